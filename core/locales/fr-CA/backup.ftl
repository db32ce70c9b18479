# La sauvegarde et la restauration : ce qu'une sauvegarde contient, ce qu'en a fait une
# restauration. Tutoiement, comme dans tout le paquet français.

## Ce qu'une restauration a fait

backup-count-check-ins = { $count ->
        [one] { $count } bilan
       *[other] { $count } bilans
    }
backup-count-anger-moments = { $count ->
        [one] { $count } moment de colère
       *[other] { $count } moments de colère
    }
backup-count-journal-entries = { $count ->
        [one] { $count } note du journal
       *[other] { $count } notes du journal
    }
backup-count-own-prompts = { $count ->
        [one] { $count } question à toi
       *[other] { $count } questions à toi
    }
backup-count-plans = { $count ->
        [one] { $count } de tes plans
       *[other] { $count } de tes plans
    }
backup-count-safety-answers = { $count ->
        [one] { $count } réponse sur ta sécurité
       *[other] { $count } réponses sur ta sécurité
    }
backup-count-settings = { $count ->
        [one] { $count } réglage
       *[other] { $count } réglages
    }
backup-count-modules = { $count ->
        [one] { $count } module commencé ou fini
       *[other] { $count } modules commencés ou finis
    }
backup-count-exercise-answers = { $count ->
        [one] { $count } réponse d'exercice
       *[other] { $count } réponses d'exercice
    }
backup-count-commitments = { $count ->
        [one] { $count } engagement
       *[other] { $count } engagements
    }
backup-count-home-safety-answers = { $count ->
        [one] { $count } réponse sur ta sécurité à la maison
       *[other] { $count } réponses sur ta sécurité à la maison
    }
backup-count-mood-checks = { $count ->
        [one] { $count } bilan d'humeur
       *[other] { $count } bilans d'humeur
    }
backup-restored = { $here ->
        [0] Restauré : { $list }.
        [one] Restauré : { $list }; { $here } élément était déjà ici.
       *[other] Restauré : { $list }; { $here } éléments étaient déjà ici.
    }
backup-empty = La sauvegarde était vide, alors il n'y avait rien à restaurer.
backup-all-here = Tout ce qui était dans la sauvegarde était déjà ici, alors rien n'a changé.

## Une sauvegarde qui ne peut pas être faite

backup-passphrase-too-short = { $characters ->
        [one] utilise une phrase de passe d'au moins { $characters } caractère
       *[other] utilise une phrase de passe d'au moins { $characters } caractères
    }
backup-work-factor-range = le facteur de travail doit aller de 1 à { $max }

## Une sauvegarde qui ne respecte pas une règle : elle est refusée comme abîmée

backup-rule-audio-not-base64 = l'audio n'est pas en base64
backup-rule-out-of-range = hors des limites
backup-rule-too-many-words = trop de mots
backup-rule-not-from-the-list = pas un mot de la liste
backup-rule-not-a-list = pas une liste de mots
backup-rule-too-many = trop nombreux
backup-rule-repair-not-needed = une réparation faite sans réparation à faire
backup-rule-not-a-quadrant = pas un quadrant
backup-rule-unknown-setting = un réglage que cette version ne connaît pas
