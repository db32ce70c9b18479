# Ce que l'app dit d'elle-même, qu'aucune fonction ne renvoie : un réglage enregistré, le verrou
# mis ou enlevé, le trousseau du téléphone qui perd ou refuse la clé, et dire une note au lieu de
# l'écrire. Tutoiement, comme dans tout le paquet français (content/packs/core-fr-CA/TRANSLATING.md).

## Réglages et verrou

saved = C'est enregistré.
lock-set = Le verrou de l'app est activé.
lock-removed = Le verrou de l'app est désactivé.

## Le trousseau du téléphone

key-missing = La clé de tes données n'est plus sur cet appareil.
key-not-moved = La clé de tes données n'a pas pu être déplacée de façon sûre, alors elle reste où elle était. Réessaie.
key-not-kept = Ce téléphone n'a pas pu garder la clé de tes données, alors rien n'a été créé. Réessaie.

## Le dire au lieu de l'écrire

dictation-label = Le dire plutôt
dictation-hint = Ce que tu dis devient du texte sur ce téléphone. Rien n'est envoyé nulle part. Tu peux le changer avant d'enregistrer.
dictation-listening = J'écoute. Touche quand tu as fini.
dictation-stop = Fini
dictation-transcript = Voici ce que j'ai entendu. Change ce que tu veux, puis enregistre.
dictation-start-again = Recommencer
dictation-failed = Ça n'a pas passé cette fois-ci. Ce que tu as écrit est encore là. Tu peux réessayer, ou l'écrire.
keep-recording-label = Garder l'enregistrement
keep-recording-hint = Désactivé à moins que tu l'actives. Gardé sous clé sur ce téléphone avec cette note, jusqu'à cinq minutes, et effacé avec elle.
recording-too-long = Cet enregistrement dure plus de cinq minutes, alors seuls les mots seront gardés.
play-recording = Écouter l'enregistrement

## Une étape de module

lesson-progress = Étape { $step } sur { $steps }
lesson-next = Suivant
lesson-skip = Passer pour l'instant
lesson-finish = Terminer

## Ton parcours : les étapes et les modules

path-title = Ton parcours
path-intro = Toi d'abord, puis les habiletés que tu partages avec ton ou ta partenaire. Ce que tu as fini reste ouvert pour y revenir.
module-minutes = Environ { $minutes } minutes
module-done = Fini
module-not-started = Pas commencé
module-in-progress = En cours : étape { $step } sur { $steps }
module-recommended-by = Recommandé par { $name }
module-start = Commencer
module-continue = Continuer
module-again = Le refaire
phase-empty = Rien ici pour l'instant
phase-all-done = Tout est fait
done-of = { $done } sur { $total } { $done ->
        [one] fait
       *[other] faits
    }

## L'accueil

onboarding-welcome = Bienvenue. C'est ton espace.
onboarding-intro = De courts modules, des bilans et un journal privé, pour travailler sur toi d'abord, puis sur les habiletés que tu partages avec ton ou ta partenaire. Va à ton rythme. Si ça devient dur, de l'aide est à une touche, sur chaque écran.
onboarding-privacy = Tout reste sur ce téléphone, chiffré. Pas de compte, rien n'est envoyé nulle part. Toi seul décides quoi exporter ou partager.
track-paused = En pause pour l'instant. Choisis-le de nouveau quand tu voudras le reprendre.
baby-date-question = Quand ton bébé doit-il naître, ou quand est-il né?
baby-date-hint = Facultatif. Avec une date, un nouveau module s'ouvre à la bonne semaine. Sans date, ils viennent l'un après l'autre. Tu peux la changer n'importe quand, par exemple si le bébé arrive plus tôt.
baby-due = Date prévue
baby-born = Né
discreet-mode-hint = Les notifications disent seulement « Rappel », et rien à l'écran ne dit à quoi sert l'app.

## Un plan sur un chemin « commence ici »

plan-nothing-written = Rien d'écrit pour l'instant
plan-parts-filled = { $filled } sur { $parts } parties remplies
plan-look-again = Le revoir
plan-fill-in = Le remplir
plan-safety-detail = { $parts } courtes parties : les signes qu'un mauvais moment s'en vient, ce qui aide, qui appeler. Écris ce que tu peux maintenant; ça reste ouvert pour le changer.
plan-detail = Écris ce que tu peux maintenant; ça reste ouvert pour le changer.

## L'engagement de la semaine

commitment-done = Fait cette semaine
commitment-not-this-time = Pas cette fois. C'est correct.
commitment-last-day = Cette semaine : dernier jour aujourd'hui
commitment-until-tomorrow = Cette semaine : jusqu'à demain
commitment-until = Cette semaine : jusqu'à { $weekday ->
        [mon] lundi
        [tue] mardi
        [wed] mercredi
        [thu] jeudi
        [fri] vendredi
        [sat] samedi
       *[sun] dimanche
    }

## Un module fini

completion-steps = { $steps ->
        [one] Tu as fait la seule étape
       *[other] Tu as fait les { $steps } étapes
    }
completion-first = Module fini. Beau travail.
completion-again = Refait au complet. C'est en répétant qu'une habileté reste.

## L'accueil de tous les jours

home-morning = Bon matin
home-afternoon = Bon après-midi
home-evening = Bonsoir
home-late = Il est tard. Content que tu sois là
home-check-in-prompt = Comment ça va, là, maintenant?
home-checked-in-today = Bilan fait aujourd'hui. Refais-le chaque fois que quelque chose change.
home-check-in = Faire mon bilan
home-check-in-hint = Comment tu te sens, en quelques secondes.
home-anger-moment = Noter un moment de colère
home-anger-moment-hint = Ce qui est arrivé et ce que tu as fait, pendant que c'est frais.
home-journal = Journal
home-journal-entries = { $entries ->
        [0] Rien d'écrit pour l'instant. Quelques lignes, c'est assez.
        [one] 1 note
       *[other] { $entries } notes
    }
home-insights = Tendances
home-insights-hint = Ce qui revient dans tes bilans, en graphiques.
home-plans = Mes plans
home-plans-hint = Ton plan de sécurité, ton plan de pause et les autres.
home-path = Ton parcours
home-path-hint = Chaque module et où tu en es.

## Le bilan

check-in-title = Comment ça va, là, maintenant?
check-in-anger = De la colère? 0, pas du tout; 10, le plus fort
check-in-stress = Du stress? 0, pas du tout; 10, le plus fort
check-in-sleep = Heures dormies la nuit passée
check-in-note = Quelque chose à ajouter (facultatif)

## Un moment de colère

anger-moment-intro = Le remarquer, c'est ça l'habileté. Quelques mots, c'est assez.
anger-moment-what-happened = Qu'est-ce qui est arrivé?
anger-moment-intensity = C'était fort comment? De 0 à 10
anger-moment-thoughts = Qu'est-ce qui t'a passé par la tête?
anger-moment-what-i-did = Qu'est-ce que tu as fait?
anger-moment-next-time = Qu'est-ce que tu aimerais faire la prochaine fois?
anger-moment-repair = Y a-t-il quelque chose à réparer avec quelqu'un?

## Listes

list-join = { $place ->
        [more] { $before }, { $next }
       *[last] { $before } et { $next }
    }
