# Le rapport pour un intervenant ou une intervenante : son aperçu, ses titres, les mots de ses
# graphiques. Le rapport parle avec sa voix à lui (« J'ai préparé... »); l'aperçu autour lui parle
# à lui, au tutoiement. Le nom d'une mesure ($measure) vient des tendances (insights).

## Les jours, les heures et les nombres du rapport

share-month-in-date = { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }
share-month-short = { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juill.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    }
share-weekday = { $weekday ->
        [1] lundi
        [2] mardi
        [3] mercredi
        [4] jeudi
        [5] vendredi
        [6] samedi
       *[7] dimanche
    }
share-weekday-short = { $weekday ->
        [1] lun.
        [2] mar.
        [3] mer.
        [4] jeu.
        [5] ven.
        [6] sam.
       *[7] dim.
    }
# Le premier du mois s'écrit « 1er ».
share-date = { $day ->
        [1] 1er
       *[other] { $day }
    } { share-month-in-date } { $year }
share-date-short = { $day ->
        [1] 1er
       *[other] { $day }
    } { share-month-short }
share-date-weekday = { share-weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { share-month-in-date } { $year }
share-date-weekday-short = { share-weekday-short } { $day ->
        [1] 1er
       *[other] { $day }
    } { share-month-short }
share-date-weekday-time = { share-date-weekday }, { $hour } h { $minute }
share-decimal = { $whole },{ $tenths }

## Le haut du rapport

share-title = Mon rapport Groundwork
share-intro = J'ai préparé ce rapport dans Groundwork pour le partager. Il contient seulement ce que j'ai choisi d'y mettre.
share-span = Du { $from } au { $to }
share-chart-title = { $measure }, du { $from } au { $to }

## L'aperçu, montré avant que le rapport soit fait

share-preview-title = Rapport du { $from } au { $to }
share-nothing-chosen = Rien n'est choisi pour l'instant. Choisis ce que tu veux y mettre : les tendances de tes bilans, des notes du journal, les modules terminés, tes plans ou tes moments de colère.
share-preview-note = Seul ce qui est listé ici va dans le rapport. Il est fait sur cet appareil et ne va nulle part tant que tu n'as pas choisi où l'enregistrer ou le partager.

## Les titres des sections

share-trends-title = Tendances des bilans
share-entries-title = Notes du journal
share-modules-title = Modules terminés
share-documents-title = Mes plans
share-anger-title = Moments de colère

## Les tendances des bilans

share-check-ins-none = Aucun bilan ces jours-là, alors les graphiques sont vides.
share-check-ins-none-yet = Aucun bilan ces jours-là, alors les graphiques seront vides.
share-check-ins = { $check_ins ->
        [one] { $check_ins } bilan
       *[other] { $check_ins } bilans
    } en { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur { $span }.
share-trends-charts = Des graphiques pour le côté agréable, l'énergie, la colère et le stress, avec la moyenne de chaque jour à côté de sa mesure la plus haute.
share-charts-note = Chaque point est la moyenne d'une journée (d'une semaine, sur une longue période); un cercle au-dessus montre une mesure plus haute ce jour-là. Une coupure dans une ligne, c'est un moment sans mesure.
share-chart-no-readings = Aucune mesure ces jours-là
share-chart-highest = la plus haute : { $value }

## Une mesure en mots

share-trend-no-readings = { $measure } (de { $min } à { $max }) : aucune mesure ces jours-là.
share-trend-one-day = { $measure } (de { $min } à { $max }) : { $average } le { $day }, le seul jour avec des mesures.
share-trend-one-week = { $measure } (de { $min } à { $max }) : { $average } la semaine du { $day }, la seule semaine avec des mesures.
share-trend-days = { $measure } (de { $min } à { $max }) : moyenne de { $average } sur { $points ->
        [one] { $points } jour
       *[other] { $points } jours
    } avec des mesures; la plus basse, { $lowest }, le { $lowest_day }; la plus haute, { $highest }, le { $highest_day }.
share-trend-weeks = { $measure } (de { $min } à { $max }) : moyenne de { $average } sur { $points ->
        [one] { $points } semaine
       *[other] { $points } semaines
    } avec des mesures; la plus basse, { $lowest }, la semaine du { $lowest_day }; la plus haute, { $highest }, la semaine du { $highest_day }.
share-trend-highest-reading = La mesure la plus haute a été { $value }, le { $day }.

## Le tableau des jours (ou des semaines)

share-by-day = Jour par jour : la moyenne, et la mesure la plus haute quand elle dépasse la moyenne
share-by-week = Semaine par semaine : la moyenne, et la mesure la plus haute quand elle dépasse la moyenne
share-column-day = Jour
share-column-week = Semaine
share-week-of = Semaine du { $day }
share-average-and-highest = { $average } (la plus haute : { $highest })

## Le tableau des mesures du rapport en Markdown

share-column-measure = Mesure
share-column-scale = Échelle
share-column-average = Moyenne
share-column-lowest-day = Jour le plus bas
share-column-highest-day = Jour le plus haut
share-column-highest-reading = Mesure la plus haute
share-scale = { $min } à { $max }
share-no-readings-cell = aucune mesure

## Les notes du journal

share-entries-summary = { $entries ->
        [one] { $entries } note
       *[other] { $entries } notes
    }, au complet.
share-tags = Étiquettes : { $tags }

## Les modules terminés

share-modules-none = Aucun module terminé ces jours-là, pour l'instant.
share-modules-summary = { $modules ->
        [one] { $modules } module terminé
       *[other] { $modules } modules terminés
    }.
share-module-detail = { $phase }, terminé le { $day }

## Les plans (plan de sécurité, plan de pause...)

share-documents-summary = { $documents ->
        [one] { $documents } plan, tel qu'il est maintenant
       *[other] { $documents } plans, tels qu'ils sont maintenant
    }.
share-document-empty = Rien d'écrit pour l'instant
share-document-empty-sentence = Rien d'écrit pour l'instant.
share-document-filled = { $filled ->
        [one] { $filled } partie remplie sur { $parts }
       *[other] { $filled } parties remplies sur { $parts }
    }

## Les moments de colère

share-anger-none = Aucun moment de colère noté ces jours-là.
share-anger-summary = { $moments ->
        [one] { $moments } moment
       *[other] { $moments } moments
    }. Pour chacun : quand, à quelle force (de 0 à 10), ce que tu as fait, et s'il y avait quelque chose à réparer. Ce qui est arrivé, les signaux de ton corps et tes pensées restent en dehors.
share-anger-detail = Force : { $intensity } sur 10. Ce que tu as fait : { $did }. Réparer : { $repair ->
        [not-needed] pas nécessaire
        [done] fait
       *[not-yet] pas encore
    }.
share-column-when = Quand
share-column-strength = Force
share-column-did = Ce que j'ai fait
share-column-repair = Réparer
share-anger-strength = { $intensity } sur 10
share-anger-not-written = Rien d'écrit
share-repair-not-needed = Pas nécessaire
share-repair-done = Fait
share-repair-not-yet = Pas encore

## Un choix qui ne respecte pas une règle

share-rule-day-order = le dernier jour doit être le même que le premier, ou après
share-rule-span-too-long = un rapport peut couvrir cinq ans au plus; choisis une période plus courte
share-rule-too-many-entries = { $limit ->
        [one] choisis au plus { $limit } note pour un rapport
       *[other] choisis au plus { $limit } notes pour un rapport
    }
share-rule-too-many-documents = { $limit ->
        [one] choisis au plus { $limit } plan pour un rapport
       *[other] choisis au plus { $limit } plans pour un rapport
    }
share-rule-entry-outside-dates = choisis des notes écrites entre les dates du rapport
share-rule-nothing-chosen = choisis au moins une chose à mettre dans le rapport
