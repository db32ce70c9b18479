# Le journal : ses écrans, les mots autour des questions du paquet, la recherche, et la ligne après
# l'enregistrement. Français (Canada) : tutoiement, comme dans tout le paquet français; « note »
# pour une entrée et « question » pour un prompt, comme dans le lexique du paquet
# (content/packs/core-fr-CA/TRANSLATING.md).

## Une note refusée (dit après le nom du champ; rien n'a été enregistré)

# La question à laquelle il a répondu n'est ni celle du paquet ni une des siennes.
journal-prompt-not-in-library = cette question n'est pas dans la liste des questions

## Une liste ou une recherche refusée

# Le journal filtré avec des dates qui finissent avant de commencer.
journal-end-before-start = la date de fin est avant la date de début
# L'endroit d'où reprendre la liste n'est pas un de ceux que l'app a donnés (un bogue de l'app).
journal-cursor-unchanged = renvoie tel quel le curseur de la page d'avant
# $limit : la recherche la plus longue, en caractères (200).
journal-search-too-long = { $limit ->
        [one] garde ta recherche à 1 caractère
       *[other] garde ta recherche à { $limit } caractères ou moins
    }
# Une recherche sans lettre, sans chiffre et sans emoji.
journal-search-empty = écris un mot ou un emoji à chercher

## Un enregistrement gardé avec une note refusé (rien n'a été enregistré)

# Ce que le téléphone a enregistré n'est pas dans un format de son.
journal-recording-not-audio = l'enregistrement n'est pas dans un format de son
journal-recording-empty = l'enregistrement est vide
# $limit : l'enregistrement gardé le plus long, en secondes (300).
journal-recording-too-long = { $limit ->
        [one] un enregistrement gardé dure au plus 1 seconde
       *[other] un enregistrement gardé dure au plus { $limit } secondes
    }
# $limit : le plus gros enregistrement gardé, en octets (10000000).
journal-recording-too-big = { $limit ->
        [one] un enregistrement gardé fait au plus 1 octet
       *[other] un enregistrement gardé fait au plus { $limit } octets
    }
