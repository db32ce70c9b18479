# Ce qui est lu à voix haute : les mots qu'une voix dit pour les listes, les exercices et les
# exercices guidés, et les boutons du lecteur. Français (Canada) : tutoiement, comme dans tout le
# paquet français (content/packs/core-fr-CA/TRANSLATING.md). Les nombres restent en chiffres : la
# voix française les lit.

## Avant la première écoute

speech-headphones-hint = Avec des écouteurs, ce que tu écoutes reste entre toi et l'app. Branche-les ou connecte-les, puis lance la lecture.

## Une étape de module lue à voix haute

speech-numbered-item = { $position ->
        [1] Premièrement
        [2] Deuxièmement
        [3] Troisièmement
        [4] Quatrièmement
        [5] Cinquièmement
        [6] Sixièmement
        [7] Septièmement
        [8] Huitièmement
        [9] Neuvièmement
        [10] Dixièmement
       *[other] Ensuite
    }, { $item }
speech-pick-on-scale = Choisis un nombre de { $min }, { $min_label }, à { $max }, { $max_label }
speech-pick-one = Choisis une de ces réponses
speech-pick-up-to = Choisis jusqu'à { $max ->
        [one] { $max } réponse
       *[other] { $max } réponses
    }
speech-pick-any = Choisis les réponses qui te vont
speech-pick-emotions = Choisis jusqu'à { $max ->
        [one] { $max } mot
       *[other] { $max } mots
    } sur le baromètre des émotions
speech-tick-any = Coche ce qui s'applique à toi
speech-breathing-start = Commence quand tu es prêt, et respire avec la voix
speech-body-scan-summary = { $regions ->
        [one] { $regions } partie du corps
       *[other] { $regions } parties du corps
    }, { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } sur chacune
speech-body-scan-start = Commence quand tu es prêt
speech-plan-parts = { $parts ->
        [one] { $parts } partie à remplir
       *[other] { $parts } parties à remplir
    }
speech-commitment-ideas = Quelques idées, ou prends tes propres mots

## Les exercices guidés, dits ligne par ligne avec des pauses

speech-breathing-summary = { $breaths ->
        [one] { $breaths } respiration lente
       *[other] { $breaths } respirations lentes
    } : inspire pendant { $inhale ->
        [one] { $inhale } seconde
       *[other] { $inhale } secondes
    }{ $hold ->
        [0] {""}
        [one] , retiens ton souffle pendant { $hold } seconde
       *[other] , retiens ton souffle pendant { $hold } secondes
    }, expire pendant { $exhale ->
        [one] { $exhale } seconde
       *[other] { $exhale } secondes
    }{ $hold_after ->
        [0] {""}
        [one] , retiens ton souffle pendant { $hold_after } seconde
       *[other] , retiens ton souffle pendant { $hold_after } secondes
    }.
speech-breathing-intro = Installe-toi confortablement, et laisse descendre tes épaules. { $summary }
speech-breathe-in = Inspire.
speech-breathe-in-last = Une dernière fois. Inspire.
speech-hold = Retiens.
speech-breathe-out = Expire.
speech-breathing-done = C'est ça. Remarque comment ton corps se sent maintenant. Tu peux revenir à cet exercice chaque fois que tu en as besoin.
speech-body-scan-intro = Assieds-toi ou couche-toi comme c'est confortable pour toi. Ferme les yeux si ça te va. Ton attention va passer lentement dans tout ton corps. Remarque juste ce qui est là, sans rien changer.
speech-body-scan-first = Pour commencer : { $region }.
speech-body-scan-next = Maintenant : { $region }.
speech-body-scan-done = Le balayage est fini. Prends un moment avant de passer à autre chose.

## Le lecteur (« Écouter »)

speech-read = Écouter
speech-guide = Guide-moi
speech-guide-grounding = Guide-moi pour revenir ici
speech-play = Reprendre
speech-pause = Mettre en pause
speech-back = Reculer d'une phrase
speech-stop = Arrêter
speech-unavailable = Ce téléphone n'a pas de voix hors ligne pour cette langue, alors rien n'a été lu à voix haute.
speech-speed-slower = Vitesse : plus lente
speech-speed-normal = Vitesse : normale
speech-speed-faster = Vitesse : plus rapide
speech-position-sentence = Phrase { $sentence } sur { $count }
speech-position-step = Étape { $sentence } sur { $count }
