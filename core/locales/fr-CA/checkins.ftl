# Un bilan : les mots de son formulaire, la ligne après l'enregistrement et son historique.
# Français (Canada) : tutoiement, comme dans tout le paquet français; les mêmes mots que le paquet
# (content/packs/core-fr-CA/TRANSLATING.md) : « bilan », « baromètre des émotions ».

## Les quadrants du baromètre des émotions

# Où se trouve un bilan sur le baromètre, en minuscules : sur un bilan de l'historique, sur le
# dernier bilan à l'accueil, au-dessus de chaque groupe de mots du baromètre, et à côté de chaque
# part des bilans dans les tendances. Seul, sans rien qui s'accorde avec lui.
checkin-quadrant-unpleasant-high-energy = désagréable, énergie haute
checkin-quadrant-pleasant-high-energy = agréable, énergie haute
checkin-quadrant-unpleasant-low-energy = désagréable, énergie basse
checkin-quadrant-pleasant-low-energy = agréable, énergie basse
# Sur une des lignes du milieu : ni clairement agréable ni désagréable, ou ni haute ni basse.
checkin-quadrant-middle = au milieu

## Les étiquettes offertes à chaque bilan (il peut ajouter les siennes)

# Chacune est enregistrée comme le mot qu'il a choisi, en minuscules, et revient comme étiquette,
# par exemple dans « Les jours où tu as mis l'étiquette « travail », ... » dans les tendances.
checkin-tag-work = travail
checkin-tag-partner = couple
checkin-tag-kids = enfants
checkin-tag-money = argent
checkin-tag-health = santé

## La ligne qu'il lit après avoir enregistré un bilan

# Les règles de toutes ces lignes : elles décrivent ce qu'il ressent, jamais lui (« un sentiment
# lourd », jamais « tu es à terre »), alors rien ne s'accorde avec lui : les adjectifs vont avec
# « sentiment », « mélange », « énergie »; elles ne jugent jamais si c'est bien ou mal de le
# ressentir; ses mots à lui viennent en premier quand il en a choisi; courtes, chaleureuses,
# simples.

# Quand il n'a choisi aucun mot : le sentiment, selon où le bilan se trouve sur le baromètre.
# Désagréable, énergie plus haute que 0.
checkin-saved-tense = C'est enregistré. Un sentiment tendu, à cran.
# Désagréable, énergie à 0 ou plus basse.
checkin-saved-heavy = C'est enregistré. Un sentiment lourd, à plat.
# Agréable, énergie plus haute que 0.
checkin-saved-lively = C'est enregistré. Un sentiment vif, plein d'entrain.
# Agréable, énergie à 0 ou plus basse.
checkin-saved-settled = C'est enregistré. Un sentiment calme et posé.
# Ni agréable ni désagréable (à 0).
checkin-saved-in-between = C'est enregistré. Quelque part entre les deux : ni bien, ni mal.

# Quand il a choisi des mots : ses mots d'abord, puis comment ce sentiment se porte.
# $words : ses mots en une liste, avec une majuscule au début, du baromètre ou à lui (« Stressé »,
# « Stressé et fatigué », « Stressé, fatigué et à plat » : voir checkin-word-list).
# $count : combien de mots, de 1 à 6.
checkin-saved-words-tense = C'est enregistré. { $words } : ça fait beaucoup à porter en ce moment.
checkin-saved-words-heavy = { $count ->
        [one] C'est enregistré. { $words } : c'est quelque chose de lourd à porter.
       *[other] C'est enregistré. { $words } : c'est un mélange lourd à porter.
    }
checkin-saved-words-lively = C'est enregistré. { $words } : c'est de la belle énergie.
checkin-saved-words-settled = C'est enregistré. { $words } : ça fait du bien.
checkin-saved-words-in-between = C'est enregistré. { $words } : quelque part entre les deux, et ça vaut la peine de le remarquer.

# Deux mots ou plus en une liste, pour $words plus haut. $words : tous les mots sauf le dernier,
# séparés par des virgules (« stressé, fatigué »); $last : le dernier mot (« à plat »).
checkin-word-list = { $words } et { $last }

## Un bilan refusé (dit après le nom du champ; rien n'a été enregistré)

# $limit : le plus de mots du baromètre sur un bilan (3).
checkin-emotions-up-to = { $limit ->
        [one] choisis 1 mot
       *[other] choisis jusqu'à { $limit } mots
    }
# Un mot qui n'est pas dans le vocabulaire du paquet.
checkin-emotions-from-the-list = choisis des mots dans la liste; mets les autres dans tes mots à toi
checkin-emotion-picked-twice = chaque mot peut être choisi une seule fois
# $limit : le plus de mots à lui sur un bilan (3).
checkin-own-words-up-to = { $limit ->
        [one] ajoute 1 mot à toi
       *[other] ajoute jusqu'à { $limit } mots à toi
    }
# Le même mot à lui deux fois, peu importe les majuscules.
checkin-own-word-added-twice = chaque mot peut être ajouté une seule fois
# Des heures de sommeil en dehors de 0 à 24.
checkin-hours-slept-range = donne un nombre d'heures de 0 à 24
