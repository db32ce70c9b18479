# La recommandation d'un intervenant ou d'une intervenante : la faire, la lire.
# Français (Canada) : tutoiement, comme dans tout le paquet français
# (content/packs/core-fr-CA/TRANSLATING.md). Les messages en minuscules, sans point final, sont
# des règles qu'une saisie n'a pas respectées : ils complètent la phrase d'une erreur.

recommend-unnamed-from = ton intervenant ou intervenante

## Pourquoi un code ou un lien n'a pas pu être lu

recommend-not-a-code = ce n'est pas un code ni un lien de recommandation de Groundwork
recommend-mistyped = un caractère est faux, manque ou est en trop; compare avec le code qu'on t'a donné
recommend-other-pack = ce code a été fait pour un autre contenu de Groundwork, alors il ne peut pas s'ouvrir ici
recommend-too-new = ce code a été fait par une version plus récente de Groundwork; mets l'app à jour pour l'ouvrir
recommend-modules-not-in-pack = ce code nomme des modules que cette version de Groundwork n'a pas; mets l'app à jour pour l'ouvrir

## Pourquoi une recommandation n'a pas pu être faite

recommend-unknown-module = il n'y a pas de module « { $id } » dans ce contenu
recommend-choose-a-module = choisis au moins un module
recommend-too-many-modules = { $limit ->
        [one] choisis { $limit } module au plus
       *[other] choisis { $limit } modules au plus
    }
recommend-name-missing = écris le nom à afficher
recommend-name-too-long = { $limit ->
        [one] utilise { $limit } caractère au plus
       *[other] utilise { $limit } caractères au plus
    }
recommend-name-control = un nom ne peut pas contenir de caractères de contrôle ni de retours à la ligne
recommend-note-too-long = { $limit ->
        [one] utilise { $limit } caractère au plus
       *[other] utilise { $limit } caractères au plus
    }
recommend-note-control = une note ne peut pas contenir de caractères de contrôle
