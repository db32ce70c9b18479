# Le parcours : où en est chaque module, ce qui ouvre un module, les réponses aux exercices,
# l'arrivée du bébé, le bilan d'humeur du nouveau papa.
# Français (Canada) : tutoiement, comme dans tout le paquet français
# (content/packs/core-fr-CA/TRANSLATING.md). Les messages en minuscules, sans point final, sont
# des règles qu'une saisie n'a pas respectées : ils complètent la phrase d'une erreur.

## Les titres de modules et les dates dans une phrase

curriculum-quoted = « { $title } »
curriculum-month = { $month ->
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
curriculum-date = { $day ->
        [1] 1er
       *[other] { $day }
    } { curriculum-month } { $year }

## Pourquoi un module n'est pas encore ouvert

curriculum-opens-soon = S'ouvre bientôt
curriculum-opens-after = S'ouvre après { $modules }
curriculum-we-after-own-work = Les habiletés à deux s'ouvrent après ton travail sur toi : { $modules }
curriculum-we-modules-left = { $left ->
        [one] S'ouvre quand tu auras fait le travail sur toi : il te reste { $left } module.
       *[other] S'ouvre quand tu auras fait le travail sur toi : il te reste { $left } modules.
    }
curriculum-paused-after-loss = En pause. Tu peux reprendre ce chemin dans Ton parcours, quand tu le veux.
curriculum-opens-when-born = S'ouvre quand ton bébé sera arrivé
curriculum-opens-on = S'ouvre le { $day ->
        [1] 1er
       *[other] { $day }
    } { curriculum-month }
curriculum-asks-first = Une question d'abord
curriculum-closed-until-safe = S'ouvre quand tout le monde se sent en sécurité

## Les semaines du chemin Nouveau papa

curriculum-weeks-before-due = { $weeks ->
        [one] { $weeks } semaine avant la date prévue d'accouchement
       *[other] { $weeks } semaines avant la date prévue d'accouchement
    }
curriculum-week-of-birth = La semaine de la naissance
curriculum-weeks-after-birth = { $weeks ->
        [one] { $weeks } semaine après la naissance
       *[other] { $weeks } semaines après la naissance
    }
curriculum-stage-to-due = { $weeks ->
        [one] Environ une semaine avant la date prévue d'accouchement.
       *[other] Environ { $weeks } semaines avant la date prévue d'accouchement.
    }
curriculum-stage-due-today = La date prévue d'accouchement, c'est aujourd'hui.
curriculum-stage-due-days-ago = { $days ->
        [1] La date prévue d'accouchement, c'était hier.
       *[other] La date prévue d'accouchement, c'était il y a { $days } jours.
    }
curriculum-stage-due-weeks-ago = { $weeks ->
        [one] La date prévue d'accouchement, c'était il y a { $weeks } semaine.
       *[other] La date prévue d'accouchement, c'était il y a { $weeks } semaines.
    }
curriculum-stage-first-week = Ton bébé est là : c'est sa première semaine.
curriculum-stage-baby-weeks = { $weeks ->
        [one] Ton bébé a { $weeks } semaine.
       *[other] Ton bébé a { $weeks } semaines.
    }

## La carte principale de l'accueil : la prochaine étape

curriculum-next-pick-up = Reprends où tu étais : étape { $step } sur { $steps }.
curriculum-next-recommended = Recommandé par { $name }. { $summary }
curriculum-next-start-here = Commence ici ce soir. { $summary }
curriculum-next-upcoming = { $opens }. D'ici là, fais ton bilan, écris, ou reviens sur ce que tu as déjà fait.
curriculum-next-all-done-title = Tu as fait tous les modules de ton parcours
curriculum-next-all-done = Ça t'a demandé du vrai travail. Reviens sur n'importe quel module, continue tes bilans, ou ajoute un autre chemin dans les réglages.

## Ce qu'un module fini, ou la réponse à la question sur la maison, a ouvert

curriculum-phase-open-now = C'est ouvert maintenant : { $phase }. Tu as posé les bases pour y arriver.
curriculum-module-open-now = Le module « { $title } » est maintenant ouvert

## Dans un module : pourquoi une étape ou une réponse est refusée

curriculum-no-such-step = ce module n'a pas cette étape
curriculum-open-module-first = ouvre d'abord le module
curriculum-steps-in-order = fais les étapes dans l'ordre
curriculum-not-the-open-step = ce n'est pas l'étape ouverte; ouvre le module de nouveau
curriculum-step-has-no-exercise = cette étape n'a pas d'exercice
curriculum-answer-to-go-on = réponds à celle-ci pour continuer
curriculum-not-finished = ce module n'est pas encore fini
curriculum-answer-wrong-kind = l'exercice de cette étape est { $kind ->
        [reflection] une réflexion
        [scale] une échelle
        [choice] un choix
        [multi-choice] un choix multiple
        [emotions] un choix d'émotions
        [checklist] une liste à cocher
        [breathing] une respiration
        [body-scan] un balayage du corps
        [plan] un plan
        [commitment] un engagement
       *[other] d'un autre type
    }
curriculum-pick-an-option = choisis parmi les options affichées
curriculum-option-once = chaque option ne peut être choisie qu'une fois
curriculum-keep-under = { $limit ->
        [one] écris moins de { $limit } caractère
       *[other] écris moins de { $limit } caractères
    }
curriculum-pick-a-number = choisis un nombre de { $min } à { $max }
curriculum-pick-at-most = choisis-en { $max } au plus
curriculum-pick-at-most-words = { $max ->
        [one] choisis { $max } mot au plus
       *[other] choisis { $max } mots au plus
    }
curriculum-pick-shown-words = choisis parmi les mots affichés
curriculum-word-once = chaque mot ne peut être choisi qu'une fois
curriculum-breaths-in-exercise = { $breaths ->
        [one] cet exercice a { $breaths } respiration
       *[other] cet exercice a { $breaths } respirations
    }
curriculum-regions-in-scan = { $regions ->
        [one] ce balayage a { $regions } partie du corps
       *[other] ce balayage a { $regions } parties du corps
    }
curriculum-field-not-in-plan = cette partie ne fait pas partie de ce plan
curriculum-keep-each-under = { $limit ->
        [one] écris moins de { $limit } caractère par réponse
       *[other] écris moins de { $limit } caractères par réponse
    }

## Un module fini : une ligne pour chaque chose faite

curriculum-did-reflection = Tu as écrit une réflexion, gardée dans ton journal
curriculum-did-rate = Tu as donné { $value } sur { $max }
curriculum-did-choose = Tu as choisi « { $option } »
curriculum-did-pick-options = { $options ->
        [one] Tu as choisi { $options } option
       *[other] Tu as choisi { $options } options
    }
curriculum-did-name-feelings = { $feelings ->
        [one] Tu as nommé { $feelings } émotion
       *[other] Tu as nommé { $feelings } émotions
    }
curriculum-did-tick-items = { $items ->
        [one] Tu as coché { $items } élément
       *[other] Tu as coché { $items } éléments
    }
curriculum-did-breathe = { $breaths ->
        [one] Tu as pratiqué { $breaths } respiration lente
       *[other] Tu as pratiqué { $breaths } respirations lentes
    }
curriculum-did-body-scan = Tu as fait le balayage du corps
curriculum-did-build = Tu as rempli « { $title } »
curriculum-did-commit = Tu as choisi une chose à essayer cette semaine

## L'engagement de la semaine

curriculum-commitment-open = Encore en cours
curriculum-commitment-done = Fait
curriculum-commitment-not-this-time = Pas cette fois
curriculum-week-review-title = Comment ça s'est passé, la semaine dernière?
curriculum-week-review-question = Tu avais dit que tu essaierais : « { $commitment } ». Comment ça s'est passé?
curriculum-week-review-hint = Il n'y a pas de mauvaise réponse. Savoir ce qui s'est passé t'aide à choisir quoi essayer ensuite.
curriculum-week-done = Je l'ai fait
curriculum-week-partly = En partie
curriculum-week-not-this-time = Pas cette fois
curriculum-week-done-reply = Tu as fait ce que tu voulais faire. Ça vaut la peine de le remarquer : c'est comme ça qu'un changement reste, une semaine à la fois.
curriculum-week-partly-reply = Une partie s'est faite, et ça compte. Pense à ce qui t'a aidé les fois où ça a marché, et garde-le pour la semaine prochaine.
curriculum-week-not-this-time-reply = C'est correct. Une semaine qui ne se passe pas comme prévu t'apprend quelque chose; ce n'est pas une mauvaise note contre toi. Reprends-le, ou choisis quelque chose de plus petit la prochaine fois.
curriculum-week-not-over = cette semaine n'est pas encore finie : sur sa carte, indique « Fait » ou « Pas cette fois »

## Les exercices minutés : la respiration et le balayage du corps

curriculum-exercise-ready = Commence quand tu es prêt
curriculum-exercise-start = Commencer
curriculum-exercise-stop = Arrêter
curriculum-breathe-in = Inspire
curriculum-breathe-hold = Retiens
curriculum-breathe-out = Expire

## Les chemins et la date du bébé

curriculum-tracks-at-least-one = choisis au moins un chemin
curriculum-tracks-listed = choisis des chemins dans la liste
curriculum-tracks-once = chaque chemin ne peut être choisi qu'une fois
curriculum-due-date-too-far = { $weeks ->
        [one] une date prévue d'accouchement est dans { $weeks } semaine au plus; si le bébé est là, donne sa date de naissance
       *[other] une date prévue d'accouchement est dans { $weeks } semaines au plus; si le bébé est là, donne sa date de naissance
    }
curriculum-birthday-range = une date de naissance est aujourd'hui ou dans les trois dernières années
curriculum-resume-new-dad-only = choisis le chemin Nouveau papa dans la liste

## Ton bébé est-il arrivé?

curriculum-arrival-title = Ton bébé est-il arrivé?
curriculum-arrival-message = La date prévue d'accouchement est passée. Dis à Groundwork où vous en êtes, pour que tes modules arrivent au bon moment.
curriculum-arrival-yes = Oui, notre bébé est là
curriculum-arrival-born-on = Quand ton bébé est-il né?
curriculum-arrival-not-yet = Pas encore
curriculum-arrival-lost = On a perdu notre bébé
curriculum-arrival-nothing-to-answer = il n'y a pas de date prévue d'accouchement à confirmer sur le chemin Nouveau papa
curriculum-arrival-too-soon = la date prévue d'accouchement n'est pas encore arrivée
curriculum-arrival-congratulations = Félicitations. À partir de maintenant, tes modules suivent l'âge de ton bébé.
curriculum-arrival-asked-again = Merci. Rien ne change pour l'instant, et on va te reposer la question dans quelques jours.
curriculum-arrival-stopped = Les modules et les rappels pour nouveaux papas sont arrêtés.
curriculum-loss-title = C'est une perte pour toi aussi
curriculum-loss-message = Perdre un bébé, à n'importe quel moment de la grossesse ou après la naissance, c'est une vraie perte, et c'est la tienne autant que celle de ton ou ta partenaire. Il n'y a pas de bonne façon de se sentir, et pas d'horaire pour le deuil. Beaucoup de papas mettent leur propre peine de côté pour s'occuper de tout le monde. La tienne a besoin de place aussi.
curriculum-loss-paused = Les modules et les rappels pour nouveaux papas sont arrêtés. Tout le reste de ce que tu as fait reste ici. Si tu le veux, quand tu le voudras, tu peux reprendre le chemin Nouveau papa dans Ton parcours.
curriculum-loss-lines = Des gens qui soutiennent les parents après la perte d'un bébé
curriculum-loss-done = Retour à l'accueil

## Le bilan d'humeur du nouveau papa et la question sur la maison : réponses refusées

curriculum-mood-not-due = les questions sur ton humeur ne sont pas offertes en ce moment
curriculum-mood-three-answers = réponds une fois à chacune des trois questions
curriculum-mood-answer-range = chaque réponse va de 0 (pas du tout) à 3 (presque tous les jours)
curriculum-home-safety-not-asked = il n'y a pas de question à laquelle répondre maintenant

## L'accueil : c'est difficile à la maison en ce moment?

curriculum-hard-question = C'est difficile à la maison en ce moment?
curriculum-hard-yes = Oui, la tension monte en ce moment
curriculum-hard-no = Pas en ce moment
curriculum-hard-hint = Avec un oui, tu commences par deux choses que tu peux faire dès ce soir : un plan pour prendre une pause avant que la colère prenne le dessus, et un plan pour les moments les plus durs. Toi seul vois cette réponse.

## Le dernier bilan sur l'accueil, et les thèmes des questions du journal

curriculum-home-today-at = Aujourd'hui, { $hour } h { $minute }
curriculum-home-days-ago = { $days ->
        [1] Hier
       *[other] Il y a { $days } jours
    }
curriculum-prompt-theme = { $theme ->
        [strengths] Tes forces
        [body] Ton corps
        [values] Tes valeurs
        [stress] Le stress
        [feelings] Tes émotions
        [anger] La colère
        [relationships] Tes relations
        [fatherhood] Être papa
        [gratitude] La gratitude
        [repair] Réparer
        [growth] Grandir
       *[hard-days] Les jours difficiles
    }
