# De l'aide maintenant, le plan de sécurité, les mots de l'app autour de la réponse de crise, les
# heures d'une ligne, et « Trouve ton monde ». Français (Canada) : tutoiement, comme dans tout le
# paquet français (content/packs/core-fr-CA/TRANSLATING.md). Les noms des lignes, les situations,
# les premiers gestes et les textes de la réponse de crise viennent du paquet : ici, seulement les
# mots de l'app autour. Les heures s'écrivent à la française : « 9 h », « 21 h 30 ».

## De l'aide maintenant

safety-help-now-title = De l'aide maintenant
safety-region-prompt = Où es-tu? Choisis ton pays pour voir les bons numéros.
safety-first-steps-title = Tout de suite
safety-pause-plan-title = Mon plan de pause
safety-make-safety-plan = Faire ton plan de sécurité
safety-edit-safety-plan = Modifier ton plan de sécurité
safety-make-pause-plan = Faire ton plan de pause
safety-edit-pause-plan = Modifier ton plan de pause
safety-region-not-listed = choisis une des régions de la liste
safety-offset-too-large = doit être à moins d'un jour de l'heure UTC
safety-questions-thanks = Merci d'avoir répondu. De l'aide est toujours à une touche.

## Le bouton d'aide sur chaque écran

safety-help-button = De l'aide maintenant
safety-help-button-accessibility = De l'aide maintenant : des lignes à appeler ou à texter, et tes plans

## Les boutons d'une ligne et d'où elle vient

safety-call = Appeler le { $number }
safety-text-word = Texter { $word } au { $number }
safety-text = Texter le { $number }
safety-website = Site web
safety-origin-built-in = Intégré à Groundwork
safety-origin-added = Ajouté par { $pack }, installé sur ce téléphone

## Une ligne lue à voix haute

safety-spoken-call = Appelle le { $number }
safety-spoken-text-word = Texte le mot { $word } au { $number }
safety-spoken-or-text-word = Ou texte le mot { $word } au { $number }
safety-spoken-text = Texte le { $number }
safety-spoken-or-text = Ou texte le { $number }
safety-spoken-website = Tu peux les joindre par leur site web

## Les heures d'une ligne, à son heure à lui

safety-hours-always = Ouvert 24 heures sur 24
safety-hours-unknown = Vérifie les heures sur le site web
safety-hours-open-until = Ouvert en ce moment, jusqu'à { $time }
safety-hours-open-until-day = Ouvert en ce moment, jusqu'à { $day } à { $time }
safety-hours-opens = Fermé en ce moment, ouvre à { $time }
safety-hours-opens-day = Fermé en ce moment, ouvre { $day } à { $time }
safety-hours-opens-midnight = Fermé en ce moment, ouvre à minuit
safety-hours-midnight = minuit
safety-day-tomorrow = demain
safety-day-weekday = { $weekday ->
        [mon] lundi
        [tue] mardi
        [wed] mercredi
        [thu] jeudi
        [fri] vendredi
        [sat] samedi
       *[sun] dimanche
    }
safety-day-next-weekday = { $weekday ->
        [mon] lundi
        [tue] mardi
        [wed] mercredi
        [thu] jeudi
        [fri] vendredi
        [sat] samedi
       *[sun] dimanche
    } prochain

## Le mode discret : l'aide sur l'écran verrouillé, sans rien qui dit à quoi sert une ligne

safety-discreet-title = Numéros
safety-discreet-accessibility = Numéros de téléphone
safety-discreet-show-details = Montrer à quoi sert chaque ligne
safety-discreet-emergency = Urgence
safety-discreet-line = Ligne { $number }

## La petite carte sur l'accueil, le lendemain d'un oui

safety-home-card-title = De l'aide est là
safety-home-card-message = Tu as dit que c'était dur. Les gens de ces lignes sont là en tout temps, et ton plan aussi.
safety-home-card-action = De l'aide maintenant

## La réponse de crise

safety-open-plan = Ouvrir { $plan }
safety-make-plan = Faire { $plan }

## Trouve ton monde : où des hommes se rencontrent dans sa région

safety-people-title = Trouve ton monde
safety-people-intro = Des endroits où des hommes se rencontrent, parlent et font des choses côte à côte. Y aller ne remplace pas l'aide; tu peux faire les deux.
safety-people-find-nearest = Trouver le plus proche
safety-people-unconfirmed = Pas encore confirmé : vérifie le site web avant d'y aller
safety-people-checked = Détails vérifiés le { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juil.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    } { $year }
safety-people-checked-undated = Détails vérifiés
safety-people-home-message = Quelques semaines déjà. Certains hommes trouvent que ça aide de rencontrer d'autres hommes qui font le même travail. Voici où des hommes se rencontrent près de chez toi.
safety-people-not-now = Pas maintenant

## Ses plans

safety-plan-title = Mon plan de sécurité
safety-plan-hint = { $prompt } Par exemple : { $examples }.
safety-plan-spoken-empty = Rien n'est écrit dedans pour l'instant. Voici ses parties
safety-plan-spoken-part = { $label } : { $text }
safety-plan-spoken-safeguards = Chaque fois que tu prends une pause
safety-plan-unknown-field = ce champ ne fait pas partie de ce document

## Les langues d'une ligne

safety-answers-in = Répond en { $languages }.
safety-language-en = anglais
safety-language-fr = français
safety-language-cr = cri
safety-language-oj = ojibwé
safety-language-iu = inuktitut
