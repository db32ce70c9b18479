# Les tendances : les phrases sur ses bilans et son journal de la colère, et les mots des
# graphiques. Français (Canada) : tutoiement, comme dans tout le paquet français; « bilan »,
# « baromètre des émotions », « réparation » comme dans le lexique du paquet
# (content/packs/core-fr-CA/TRANSLATING.md). L'écran s'appelle « Tendances » (home-insights).
#
# Les règles de toutes ces phrases : un lien est un lien, jamais une cause (« un lien à
# remarquer, pas une cause »); les jours de bilan sont un compte qui ne fait que monter, jamais
# « seulement », « manqué », « juste », « tu devrais » ni une série à ne pas briser; rien ne le
# juge. Pas une traduction mot à mot : les phrases doivent sonner comme un intervenant d'ici les
# dirait.

## La période montrée

# Les boutons qui changent la période, courts.
insights-range-week = Semaine
insights-range-month = Mois
insights-range-quarter = 3 mois
insights-range-year = Année
# Au-dessus des graphiques : les jours que l'écran couvre, jusqu'à aujourd'hui.
# $range : week (semaine), month (mois), quarter (3 mois) ou year (année).
insights-range-label = { $range ->
        [week] Les 7 derniers jours
        [month] Les 30 derniers jours
        [quarter] Les 90 derniers jours
       *[year] Les 12 derniers mois
    }

## Les graphiques

# Le nom de chaque ligne (dans les tendances et dans un rapport pour un intervenant).
# À quel point ses bilans étaient agréables, de -5 à 5.
insights-metric-pleasantness = Agréable ou désagréable
# Combien d'énergie, de -5 à 5.
insights-metric-energy = Énergie
# La colère, de 0 à 10, dans les bilans et les moments de colère notés.
insights-metric-anger = Colère
# Le stress, de 0 à 10.
insights-metric-stress = Niveau de stress
# La colère selon le moment de la journée : de 5 h à 11 h 59, de 12 h à 16 h 59, de 17 h à
# 21 h 59, et le reste.
insights-morning = Matin
insights-afternoon = Après-midi
insights-evening = Soir
insights-night = Nuit
# La colère selon le jour de la semaine : le nom court de chaque jour, sous sa barre.
insights-mon = Lun
insights-tue = Mar
insights-wed = Mer
insights-thu = Jeu
insights-fri = Ven
insights-sat = Sam
insights-sun = Dim
# La marque entre les unités et les dixièmes d'un nombre, dans les moyennes d'un lien
# (« +1,5 ») : une virgule en français.
insights-decimal-mark = ,

## Ce mois-ci

# Combien de jours il a fait son bilan ce mois-ci. $days : les jours avec au moins un bilan, de 0
# à 31 (0 a sa phrase; « one » couvre 1).
insights-month-days = { $days ->
        [0] Pas encore de bilan ce mois-ci. Quand tu veux, ça prend dix secondes.
        [one] Ce mois-ci, tu as fait ton bilan 1 jour.
       *[other] Ce mois-ci, tu as fait ton bilan { $days } jours.
    }

## Les sept derniers jours en quelques phrases

# Aucun bilan dans les sept derniers jours.
insights-week-none = Pas de bilan dans les 7 derniers jours. Quand tu veux, ça prend dix secondes.
# $days : les jours, parmi les sept derniers, avec au moins un bilan (de 1 à 7).
insights-week-days = { $days ->
        [one] Tu as fait ton bilan 1 jour sur les 7 derniers.
       *[other] Tu as fait ton bilan { $days } jours sur les 7 derniers.
    }
# Le mot du baromètre qu'il a choisi le plus souvent cette semaine. $word : ce mot.
insights-week-word = Le mot que tu as choisi le plus souvent, c'est « { $word } ».
# Les deux mots qu'il a choisis le plus souvent cette semaine. $first, $second : ces mots, le plus
# choisi en premier.
insights-week-words = Les mots que tu as choisis le plus souvent, ce sont « { $first } » et « { $second } ».
# Où se trouvaient la plupart des bilans de la semaine sur le baromètre. $quadrant :
# unpleasant_high_energy, pleasant_high_energy, unpleasant_low_energy, pleasant_low_energy ou
# middle. L'adjectif s'accorde avec « bilans ».
insights-week-quadrant = { $quadrant ->
        [unpleasant_high_energy] La plupart de tes bilans étaient désagréables, avec une énergie haute.
        [pleasant_high_energy] La plupart de tes bilans étaient agréables, avec une énergie haute.
        [unpleasant_low_energy] La plupart de tes bilans étaient désagréables, avec une énergie basse.
        [pleasant_low_energy] La plupart de tes bilans étaient agréables, avec une énergie basse.
       *[middle] La plupart de tes bilans étaient au milieu du baromètre.
    }
# Les moments de colère qu'il a notés cette semaine. $moments : combien (1 ou plus); $open :
# combien d'entre eux attendent encore une réparation qu'il a dit nécessaire (de 0 à $moments;
# 0 a sa phrase, avant « one »).
insights-week-anger = { $open ->
        [0] { $moments ->
            [one] Tu as noté 1 moment de colère. Le remarquer, c'est ça l'habileté.
           *[other] Tu as noté { $moments } moments de colère. Le remarquer, c'est ça l'habileté.
        }
        [one] { $moments ->
            [one] Tu as noté 1 moment de colère; il reste 1 réparation à faire.
           *[other] Tu as noté { $moments } moments de colère; il reste 1 réparation à faire.
        }
       *[other] Tu as noté { $moments } moments de colère; il reste { $open } réparations à faire.
    }

## Les liens : une étiquette, ou le sommeil, et ses bilans

# Ses bilans les jours avec une étiquette, comparés aux autres jours. $tag : l'étiquette, comme il
# l'a écrite; $how : more (plus agréables), less (moins) ou same (à peu près pareil); $with,
# $without : les deux moyennes, de -5 à 5, avec leur signe et une décimale (« +1,5 », « -0,3 »).
insights-pattern-tag = { $how ->
        [more] Les jours où tu as mis l'étiquette « { $tag } », tes bilans étaient plus agréables que les autres jours (moyenne de { $with } contre { $without }). C'est un lien à remarquer, pas une cause.
        [less] Les jours où tu as mis l'étiquette « { $tag } », tes bilans étaient moins agréables que les autres jours (moyenne de { $with } contre { $without }). C'est un lien à remarquer, pas une cause.
       *[same] Les jours où tu as mis l'étiquette « { $tag } », tes bilans étaient à peu près aussi agréables que les autres jours (moyenne de { $with } contre { $without }). C'est un lien à remarquer, pas une cause.
    }
# Son énergie les jours après une nuit de 7 heures ou plus, comparée aux jours après une nuit plus
# courte. $how : more (plus haute), less (plus basse) ou same; $with, $without : les deux moyennes
# d'énergie, de -5 à 5, comme plus haut.
insights-pattern-sleep = { $how ->
        [more] Les jours après une nuit de 7 heures ou plus, ton énergie était plus haute qu'après une nuit plus courte (moyenne de { $with } contre { $without }). C'est un lien à remarquer, pas une cause.
        [less] Les jours après une nuit de 7 heures ou plus, ton énergie était plus basse qu'après une nuit plus courte (moyenne de { $with } contre { $without }). C'est un lien à remarquer, pas une cause.
       *[same] Les jours après une nuit de 7 heures ou plus, ton énergie était à peu près la même qu'après une nuit plus courte (moyenne de { $with } contre { $without }). C'est un lien à remarquer, pas une cause.
    }
# Trop peu de jours avec une étiquette, ou sans, pour dire quoi que ce soit. $tag : l'étiquette;
# $days : le moins de jours avec, et sans, avant de décrire un lien (3).
insights-pattern-tag-not-enough = { $days ->
        [one] Jours avec l'étiquette « { $tag } » : pas encore assez de bilans. Un lien peut se voir après 1 jour avec et 1 jour sans.
       *[other] Jours avec l'étiquette « { $tag } » : pas encore assez de bilans. Un lien peut se voir après { $days } jours avec et { $days } jours sans.
    }
# Trop peu de jours après une nuit de 7 heures ou plus, ou après une nuit plus courte. $days :
# comme plus haut (3).
insights-pattern-sleep-not-enough = { $days ->
        [one] Sommeil : pas encore assez de bilans. Un lien peut se voir après 1 nuit de 7 heures ou plus et 1 nuit plus courte.
       *[other] Sommeil : pas encore assez de bilans. Un lien peut se voir après { $days } nuits de 7 heures ou plus et { $days } nuits plus courtes.
    }

## Les tendances lues à voix haute (chaque ligne dite comme une phrase)

# La première ligne. $range : week, month, quarter ou year, comme insights-range-label.
insights-spoken-range = { $range ->
        [week] Tes tendances : les 7 derniers jours
        [month] Tes tendances : les 30 derniers jours
        [quarter] Tes tendances : les 90 derniers jours
       *[year] Tes tendances : les 12 derniers mois
    }
# Les mots qu'il a choisis le plus souvent dans la période. $words : jusqu'à cinq mots, séparés
# par des virgules, le plus choisi en premier; $count : combien.
insights-spoken-words = { $count ->
        [one] Le mot que tu as choisi le plus souvent : { $words }
       *[other] Les mots que tu as choisis le plus souvent : { $words }
    }
