# Ce que le compagnon du terminal dit de lui-même : ses menus, ses questions et les commandes
# autour des écrans. Tutoiement, comme dans tout le paquet français
# (content/packs/core-fr-CA/TRANSLATING.md).
#
# Les commandes (`groundwork ...`), les options (--region) et les touches du menu ([h], [q], y/n)
# restent telles quelles : le programme les lit en anglais, quelle que soit la langue. Une question
# finit là où il commence à écrire : le terminal ajoute l'espace après.

## Petits morceaux utilisés partout

terminal-label-value = { $label } : { $value }
terminal-heading-colon = { $heading } :
terminal-field-prompt = { $label } :
terminal-field-prompt-with-hint = { $label } ({ $hint }) :
terminal-type-key = { $label } : tape { $key }
terminal-next = Ensuite : { $title }
terminal-next-with-detail = Ensuite : { $title }. { $detail }
terminal-this-week = Cette semaine : { $text } ({ $when })
terminal-tags-line = sujets : { $tags }
terminal-link = { $text } [lien]
terminal-quoted-note = « { $note } »
terminal-saved = C'est enregistré.

## Les réponses tapées

# Garde y et yes : des scripts les tapent.
terminal-answers-yes = o, oui, y, yes
# Garde n et no.
terminal-answers-no = n, non, no
# Garde off.
terminal-answers-off = non, aucun, off
terminal-ask-yes-no = { $question } [o/n]
terminal-ask-yes-no-labelled = { $question } [o = { $yes }, n = { $no }]
terminal-ask-yes-no-skip-labelled = { $question } [o = { $yes }, n = { $no }, Entrée = { $skip }]
terminal-or-enter-to-skip = { $label } (ou Entrée pour passer)
terminal-or-enter-to-skip-colon = { $label } (ou Entrée pour passer) :
terminal-type-a-number = Tape un nombre.
terminal-type-a-number-or-skip = Tape un nombre, ou appuie sur Entrée pour passer.
terminal-type-whole-number-from-to = Tape un nombre entier de { $min } à { $max }.
terminal-type-a-number-from-to = Tape un nombre de { $min } à { $max }.
terminal-type-a-number-listed = Tape un des numéros de la liste.
terminal-type-numbers-listed = Tape un ou plusieurs des numéros de la liste.
terminal-enter-to = [Entrée] { $label }

## Le menu (les touches entre crochets restent les mêmes dans toutes les langues)

terminal-menu-get-started = Commencer
terminal-menu-check-in = Faire mon bilan
terminal-menu-write = Écrire dans le journal
terminal-menu-search = Chercher dans le journal
terminal-menu-anger-moment = Noter un moment de colère
terminal-menu-next-module = Module suivant
terminal-menu-path = Ton parcours
terminal-menu-insights = Tendances
terminal-menu-plans = Mes plans
terminal-menu-home = Accueil
terminal-menu-counsellor-code = Le code de ton intervenant
terminal-menu-reminders = Rappels
terminal-menu-app-lock = Verrou de l'app
terminal-menu-region-and-tracks = Région et parcours
terminal-menu-quit = Quitter
terminal-menu-type-a-key = Tape une des lettres ou un des chiffres entre crochets.

## L'accueil

terminal-home-check-in = Bilan : { $prompt }
terminal-home-last-check-in = Dernier : { $when } ({ $quadrant })
terminal-home-last-check-in-words = Dernier : { $when } ({ $quadrant }) : { $words }
terminal-home-journal = Journal : { $label }
terminal-home-new-here-menu = Nouveau ici? Tape { $key } pour choisir ta région et ton parcours.
terminal-home-new-here = Nouveau ici? `{ $command }` choisit ta région et ton parcours.
terminal-home-follow-up-menu = { $title } { $question } (tape { $key })

## Les bilans

terminal-no-check-ins = Aucun bilan pour l'instant. `{ $command }` en enregistre un.
terminal-check-in-line = { $when }  agréable { $pleasantness }, énergie { $energy }  ({ $quadrant })
terminal-check-in-anger = colère { $level }/10
terminal-check-in-stress = stress : { $level }/10
terminal-check-in-slept = dormi { $hours } h
terminal-tags-suggested = Sujets : { $tags }
terminal-check-in-deleted = Bilan effacé.
terminal-check-in-how-pleasant = C'est agréable comment? (de { $min } à { $max })
terminal-check-in-how-much-energy = Tu as combien d'énergie? (de { $min } à { $max })
terminal-check-in-words = Des mots pour le dire, dans la liste ou les tiens :
terminal-check-in-words-prompt = Jusqu'à { $listed } de la liste et { $own } à toi, séparés par des virgules (Entrée pour passer) :
terminal-check-in-words-prompt-or-every = Jusqu'à { $listed } de la liste et { $own } à toi, séparés par des virgules (? pour voir tous les mots, Entrée pour passer) :
terminal-check-in-tags-prompt = De quoi ça parle : { $tags }, ou tes propres mots; séparés par des virgules (ou Entrée pour passer) :
terminal-not-in-word-list = « { $word } » n'est pas dans la liste de mots (vois `groundwork emotions`); utilise --word pour tes propres mots
terminal-to-answer = Pour répondre : { $command }
terminal-help-now-any-time = De l'aide maintenant, n'importe quand : { $command }

## Les moments de colère

terminal-anger-moment-logged = C'est noté. Le remarquer, c'est ça l'habileté.
terminal-anger-moment-saved = Enregistré dans tes moments de colère.
terminal-anger-moment-deleted = Moment de colère effacé.
terminal-no-anger-moments = Aucun moment de colère noté.
terminal-anger-body = corps : { $cues }
terminal-anger-next-time = la prochaine fois : { $text }
terminal-anger-repair-done = réparation : faite
terminal-anger-repair-to-do = réparation : encore à faire
terminal-anger-few-words = Quelques mots, c'est assez.
terminal-anger-body-question = Qu'est-ce que ton corps a fait?
terminal-anger-body-prompt = Des numéros de la liste ou tes propres mots, séparés par des virgules (ou Entrée pour passer) :
terminal-anger-repair-question = Est-ce que c'est déjà réparé?

## Le journal

terminal-entry-saved = Enregistré dans ton journal.
terminal-entry-updated = Note mise à jour.
terminal-entry-deleted = Note effacée.
terminal-nothing-written = Rien n'a été écrit, alors rien n'a été enregistré.
terminal-no-entries = Aucune note.
terminal-journal-more = La suite : { $option }
terminal-nothing-matched = Rien ne correspond.
terminal-your-prompts = Tes questions
terminal-prompt-saved = Question enregistrée : { $id }
terminal-prompt-deleted = Question effacée. Les notes qui y répondaient gardent ses mots.
terminal-write-entry = Écris autant ou aussi peu que tu veux. Une ligne avec juste un point (.) termine.
terminal-search-for = Chercher :
terminal-no-entry-text = aucun texte de note. Donne-le avec --text "...", envoie-le par un tube ({ $command }), ou règle $EDITOR pour l'écrire dans ton éditeur
terminal-no-note-text = aucun texte pour ce que tu veux ajouter. Donne-le avec --text "...", envoie-le par un tube ({ $command }), ou règle $EDITOR pour l'écrire dans ton éditeur
terminal-stdin-not-utf8 = le texte reçu sur l'entrée standard n'est pas en UTF-8
terminal-editor-did-not-finish = l'éditeur ne s'est pas terminé correctement, alors rien n'a été enregistré
terminal-editor-text-not-utf8 = le texte n'est pas en UTF-8

## Les tendances

terminal-insights-range = { $range } (du { $from } au { $to })
terminal-insights-this-week = Cette semaine
terminal-insights-no-data = pas encore de données
terminal-insights-quadrants = Où se trouvaient tes bilans
terminal-insights-top-words = Les mots que tu as choisis le plus : { $words }
terminal-insights-anger-by-time = La colère selon le moment de la journée : { $times }
terminal-insights-patterns = Ce qui revient
# Les touches : w, m, q, y en anglais; s, t, a marchent aussi.
terminal-insights-which-range = Sur quelle période? [s] la semaine, [m] le mois, [t] les trois mois ou [a] l'année passés (Entrée pour le mois)

## De l'aide maintenant et les groupes

terminal-help-now-region = { $region } (change de région avec --region)
terminal-help-now-emergency = urgence { $number }
terminal-help-now-whats-going-on = Qu'est-ce qui se passe? (--situation)
terminal-help-now-pick = Qu'est-ce qui se passe? Choisis un numéro, ou Entrée pour revenir :
terminal-help-now-region-prompt = Le code de ton pays ({ $codes }), ou Entrée pour passer :
terminal-more-help-any-time = D'autre aide, n'importe quand : { $command }
terminal-people-no-groups = Pas encore de groupes pour cette région. Choisis ta région avec `groundwork region CODE`, ou donne --region.
terminal-people-for-whom = Pour : { $who }
terminal-people-find-nearest = Trouver le plus proche : { $how }
terminal-region-saved = Région enregistrée. De l'aide maintenant va montrer ses lignes.

## Les plans

terminal-plan-started = { $title } (commencé)
terminal-plan-not-started = { $title } (pas commencé)
terminal-plan-field-empty = (vide)
terminal-plan-grounding = Pour te recentrer avec ça, environ { $seconds } secondes :
terminal-plans-open = Ouvrir un plan : son numéro, ou Entrée pour revenir :
terminal-plans-change-part = Changer une partie : son numéro, ou Entrée pour revenir :
terminal-set-takes-field-and-text = --set prend CHAMP=TEXTE, pas { $given }

## Les engagements

terminal-no-commitment = pas d'engagement cette semaine; la dernière étape d'un module en crée un
terminal-nothing-to-look-back-on = rien à revoir pour l'instant : l'accueil te le demande une fois la semaine d'un engagement finie

## Le parcours et les modules

terminal-path-open-module = Ouvrir un module : son numéro ou son id, ou Entrée pour revenir :
terminal-path-no-such-module = Il n'y a pas de module avec ce numéro ou cet id.
terminal-lesson-nothing-to-open = rien à ouvrir pour l'instant; vois `groundwork progress`
terminal-lesson-asks-first = ce module pose d'abord une question : réponds-y avec --home-safety yes|no|not-sure
terminal-lesson-closed-for-now = ce module reste fermé pour l'instant
terminal-lesson-answer-not-json = --answer n'est pas une réponse en JSON; vois `groundwork lesson --json` pour l'exercice
terminal-home-safety-pick = Choisis un numéro (Entrée pour laisser ça pour l'instant) :
terminal-type-number-of-answer = Tape le numéro d'une réponse.
terminal-write-a-line = Écris une ligne (Entrée pour passer) :
terminal-pick-from-to = Choisis de { $min } à { $max } :
terminal-pick-a-number = Choisis un numéro :
terminal-pick-numbers = Choisis des numéros, par exemple 1, 3 (Entrée pour passer) :
terminal-type-numbers-of-options = Tape les numéros des choix.
terminal-emotions-exercise = { $prompt } (jusqu'à { $max ->
        [one] { $max } mot
       *[other] { $max } mots
    }; `{ $command }` les montre)
terminal-words-prompt = Des mots, séparés par des virgules (Entrée pour passer) :
# « fois » ne change pas au pluriel.
terminal-breathing = Inspire pendant { $inhale }, retiens { $hold }, expire pendant { $exhale }, retiens { $hold_after }. { $cycles } fois.
terminal-body-scan = Environ { $seconds } secondes sur chaque partie : { $regions }.
terminal-timed-exercise = Appuie sur Entrée quand c'est fait, { $guide } pour être guidé ici à son rythme, ou { $skip } pour passer :
terminal-pick-or-write-your-own = Choisis un numéro ou écris le tien :

## Le bilan du nouveau papa

terminal-dad-check-hidden = Caché de l'accueil pour l'instant.
terminal-dad-check-prompt = > (ou n : { $not_now })
terminal-dad-check-type = Tape 0, 1, 2 ou 3, ou n.
terminal-follow-up-on = L'accueil va te demander comment tu vas après que tu auras écrit quelque chose de lourd.

## Les premiers pas

terminal-onboarding-region-default = Où es-tu? Un numéro ou un code (Entrée pour { $region }) :
terminal-onboarding-region = Où es-tu? Un numéro ou un code :
terminal-onboarding-tracks = Quels parcours? Des numéros, séparés par des virgules :
terminal-onboarding-tracks-default = Quels parcours? Des numéros, séparés par des virgules (Entrée pour { $tracks }) :
terminal-onboarding-discreet-mode = Mode discret?
terminal-nothing-to-do-now = rien à faire pour l'instant

## Le code d'un intervenant

terminal-recommendation-code = Le code ou le lien que ton intervenant t'a donné :
terminal-recommendation-add = Ajouter ces modules à ton parcours?
terminal-recommendation-added = Ajouté à ton parcours.
terminal-recommend-not-saved-yet = Rien n'est enregistré pour l'instant. Pour ajouter ce plan : { $command }
terminal-recommend-add-plan = Ajouter ce plan? [o/N]
terminal-recommend-not-added = Pas ajouté. Rien n'a été changé.
terminal-recommend-added = Ajouté à ton plan. Il vient en premier sur l'accueil ({ $command }).

## Les rappels

terminal-reminders-intro = Le compagnon du terminal n'envoie pas de rappels lui-même; ces réglages suivent une copie de sauvegarde jusqu'à l'app du téléphone.
terminal-reminders-on = activé
terminal-reminders-off = désactivé
terminal-reminders-daily = Bilan chaque jour
terminal-reminders-weekly = Pratique de la semaine
terminal-reminders-new-dad = Rappel des modules du nouveau papa
terminal-reminders-quiet = Heures tranquilles
terminal-reminders-discreet = Mode discret
terminal-reminders-change = Changer [1] le bilan chaque jour  [2] la pratique de la semaine  [3] le rappel des modules du nouveau papa  [4] les heures tranquilles  [5] le mode discret, ou Entrée pour revenir :
terminal-reminders-daily-prompt = L'heure du bilan chaque jour, HH:MM, ou non :
terminal-reminders-daily-unclear = Tape une heure comme 20:30, ou non.
terminal-reminders-weekly-prompt = Le jour et l'heure de la pratique de la semaine, par exemple dimanche 19:00, ou non :
terminal-reminders-weekly-unclear = Tape un jour et une heure comme dimanche 19:00, ou non.
terminal-reminders-quiet-prompt = Heures tranquilles, HH:MM-HH:MM, ou non :
terminal-reminders-quiet-unclear = Tape deux heures comme 22:00-07:00, ou non.
terminal-weekday = { $day ->
        [monday] lundi
        [tuesday] mardi
        [wednesday] mercredi
        [thursday] jeudi
        [friday] vendredi
        [saturday] samedi
       *[sunday] dimanche
    }

## Le verrou de l'app

terminal-enter-your-secret = Entre { $kind ->
        [pin] ton NIP
       *[other] ta phrase de passe
    }
terminal-lock-prompt = { $prompt } ([h] { $help }, [q] quitter) :
terminal-lock-wait-choice = [h] { $help }  [q] Quitter  [Entrée] Vérifier de nouveau :
terminal-secret-app-lock = { $kind ->
        [pin] NIP du verrou de l'app
       *[other] Phrase de passe du verrou de l'app
    }
terminal-secret-current = { $kind ->
        [pin] NIP actuel
       *[other] Phrase de passe actuelle
    }
terminal-secret-new = { $kind ->
        [pin] Nouveau NIP
       *[other] Nouvelle phrase de passe
    }
terminal-secret-backup = Phrase de passe de la copie de sauvegarde
terminal-secret-prompt = { $what } :
terminal-secret-prompt-again = { $what }, encore une fois :
terminal-same-secret-again = { $kind ->
        [pin] Le même NIP encore une fois :
       *[other] La même phrase de passe encore une fois :
    }
terminal-new-secret-prompt = { $kind ->
        [pin] Nouveau NIP :
       *[other] Nouvelle phrase de passe :
    }
terminal-no-terminal-for-secret = il n'y a pas de terminal pour demander ceci : { $what }. Nomme plutôt une variable d'environnement qui le contient
terminal-variable-not-set = la variable d'environnement { $var } n'existe pas ou n'est pas du texte valide
terminal-secrets-did-not-match = les deux ne correspondent pas; rien n'a été changé
terminal-secrets-did-not-match-try-again = Les deux ne correspondent pas. On réessaie.
terminal-no-lock-set = Aucun verrou n'a été mis.
terminal-lock-set = Verrou mis. Groundwork s'ouvre maintenant seulement avec { $kind ->
        [pin] ton NIP
       *[other] ta phrase de passe
    }.
terminal-lock-changed = Verrou changé : utilise { $kind ->
        [pin] ton nouveau NIP
       *[other] ta nouvelle phrase de passe
    }.
terminal-lock-removed = Verrou enlevé. La clé est de retour dans le fichier de clé, à côté de la base de données.
terminal-lock-not-needed-with-passphrase = Ici, Groundwork s'ouvre déjà seulement avec ta phrase de passe, alors il n'a pas besoin de verrou.
terminal-passphrase-needs-no-lock = cette base de données s'ouvre déjà seulement avec ta phrase de passe, alors elle n'a pas besoin de verrou
terminal-lock-is-set-menu = Un verrou est mis : Groundwork s'ouvre seulement avec { $kind ->
        [pin] ton NIP
       *[other] ta phrase de passe
    }.
terminal-lock-how-to-change = Pour le changer ou l'enlever : { $change }, ou { $remove }.
terminal-lock-status-none = Aucun verrou n'est mis.
terminal-lock-status-set = Un verrou est mis : Groundwork s'ouvre avec { $kind ->
        [pin] ton NIP
       *[other] ta phrase de passe
    }.
terminal-lock-status-next-try = Après des essais ratés, le prochain essai est permis après { $time }.
terminal-lock-status-erase-after = Comme tu l'as choisi, { $limit } essais ratés de suite effacent tout; il en reste { $left }.
terminal-unlock-wrong = Ce n'était pas ça; l'essai a été compté.
terminal-unlock-try-again-after = Réessaie après { $time }.
terminal-unlock-attempts-left = { $left ->
        [one] Encore { $left } essai raté et tout est effacé, comme tu l'as choisi.
       *[other] Encore { $left } essais ratés et tout est effacé, comme tu l'as choisi.
    }
terminal-unlock-too-soon = Trop tôt après des essais ratés; rien n'a été essayé. Réessaie après { $time }.
terminal-unlock-erased = C'était le dernier essai raté que tu avais permis : tout a été effacé, comme tu l'as choisi.

## Les copies de sauvegarde et le rapport pour un intervenant

terminal-backup-written = Copie de sauvegarde écrite dans { $path }. Garde la phrase de passe en lieu sûr : sans elle, la copie ne peut pas être ouverte.
terminal-restored = Copie de sauvegarde du { $day } { $month ->
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
    } { $year } à { $time } restaurée.
terminal-restore-counts = bilans { $check_ins }, moments de colère { $anger_moments }, notes du journal { $journal_entries }, questions { $prompts }, plans { $living_documents }, réponses de sécurité { $safety_answers }, réglages { $settings }
terminal-restore-added = Ajouté : { $counts }.
terminal-restore-already-here = Déjà ici, laissé tel quel : { $counts }.
terminal-share-needs-output = dis où écrire le rapport avec -o CHEMIN
terminal-share-written = Rapport écrit dans { $path }. Il contient seulement ce que tu as choisi; donne-le à ton intervenant quand tu seras prêt.
terminal-exported = Exporté dans { $path }. Garde-le dans un endroit privé.

## Installer un paquet de contenu

terminal-content-modules = { $modules ->
        [one] { $modules } module
       *[other] { $modules } modules
    } (paquet { $pack }).
terminal-content-remove-goes-back = `{ $command }` revient au contenu de l'app.
terminal-content-remove-addon = `{ $command }` l'enlève; le reste ne bouge pas.
terminal-install-modules-added = Les modules qu'il ajoute :
terminal-install-adds = Il ajoute { $exercises ->
        [one] { $exercises } exercice
       *[other] { $exercises } exercices
    } et { $prompts ->
        [one] { $prompts } question du journal
       *[other] { $prompts } questions du journal
    }.
terminal-install-services-added = Les services locaux qu'il ajoute à De l'aide maintenant (après les lignes de l'app, marqués comme venant de ce paquet) :
terminal-install-modules-changed = Les modules de l'app qu'il réécrit :
terminal-install-modules-left-out = Les modules de l'app qu'il laisse de côté (cachés tant qu'il est installé; tes progrès restent) :
terminal-install-may-not-change = Ce qu'il n'a pas le droit de changer :
terminal-install-set-aside = Pas utilisé de ce paquet (ceux de l'app le sont) :
terminal-install-asks-for-secret = L'installer demande { $kind ->
        [pin] le NIP
       *[other] la phrase de passe
    } du verrou de l'app.
terminal-install-confirm = { $confirm }? [o/N]
terminal-install-not-installed = Pas installé. Rien n'a été changé.
terminal-install-no-terminal = il n'y a pas de terminal pour confirmer l'installation; ajoute --yes une fois que tu as lu l'aperçu (--preview)
terminal-install-secret-needed = { $message }. Rien n'a été changé.
terminal-install-refused = { $message } Rien n'a été installé.

## Les fichiers, les clés et le dossier des données

terminal-no-command = aucune commande donnée; lance `groundwork --help`, lance-le dans un terminal pour le compagnon interactif, ou `groundwork menu` pour lui passer tes réponses, une par ligne
terminal-opens-no-database = cette commande n'ouvre pas de base de données
terminal-cannot-write-output = impossible d'écrire la sortie : { $error }
terminal-no-home-directory = impossible de trouver ton dossier personnel; donne --data-dir DOSSIER
terminal-key-file-does-not-open = le fichier de clé n'ouvre pas cette base de données. Rien n'a été changé. Si c'est le fichier de la base de données qui est abîmé plutôt que la clé qui a changé, restaure une copie de sauvegarde : groundwork erase --yes, puis groundwork restore FICHIER.
terminal-wrong-passphrase = mauvaise phrase de passe : elle n'ouvre pas cette base de données. Rien n'a été changé.
terminal-erase-needs-yes = ça efface pour de bon chaque bilan, chaque note et chaque plan dans { $dir }. Relance avec --yes pour continuer.
terminal-erase-incomplete = { $count ->
        [one] Tout n'a pas pu être effacé dans le dossier des données : { $files } est encore là. Enlève-le à la main, ou réessaie.
       *[other] Tout n'a pas pu être effacé dans le dossier des données : { $files } sont encore là. Enlève-les à la main, ou réessaie.
    }
terminal-erased-and-folder-gone = Tout est effacé, et le dossier des données n'est plus là.
terminal-erased-folder-stays = Tout ce que Groundwork gardait est effacé. Le dossier des données { $dir } reste : il contient des fichiers qui ne sont pas à Groundwork.
terminal-cannot-read = impossible de lire { $path } : { $error }
terminal-cannot-write = impossible d'écrire { $path } : { $error }
terminal-cannot-create = impossible de créer { $path } : { $error }
terminal-cannot-remove = impossible d'enlever { $path } : { $error }
terminal-not-a-regular-file = { $path } existe et n'est pas un fichier ordinaire (un lien, un appareil ou un dossier), alors il a été laissé tel quel; choisis un autre nom
terminal-data-dir-not-a-folder = { $dir } n'est pas un dossier; choisis un dossier pour les données
terminal-data-dir-shared = { $dir } est partagé avec d'autres personnes (tout le monde peut y écrire), alors Groundwork n'y gardera pas ses données et n'y changera rien; fais-toi un dossier à toi dedans, par exemple { $option }
terminal-data-dir-cannot-create = impossible de créer le dossier des données : { $error }
terminal-database-missing-beside-key = { $database } manque alors que sa clé est ici, donc ce n'est pas un premier démarrage : les données ont peut-être été déplacées ou perdues. Rien n'a été changé et aucune nouvelle base de données n'a été créée. Remets le fichier de la base de données si tu en as une copie; sinon, recommence avec groundwork erase --yes et restaure une copie de sauvegarde avec groundwork restore FICHIER.
terminal-key-file-damaged = le fichier de clé { $path } est abîmé (il devrait contenir 64 chiffres hexadécimaux)
terminal-key-file-missing = le fichier de clé { $path } manque, alors la base de données ne peut pas être ouverte. Si tu as choisi une phrase de passe, donne --passphrase-env VARIABLE.
terminal-key-file-unreadable = impossible de lire le fichier de clé { $path } : { $error }
terminal-kdf-file-damaged = le fichier des réglages de la phrase de passe { $path } est abîmé
terminal-kdf-damaged = le fichier des réglages de la phrase de passe est abîmé
terminal-not-set-up-with-passphrase = cette base de données n'a pas été créée avec une phrase de passe; ouvre-la sans --passphrase-env
terminal-kdf-file-too-new = le fichier des réglages de la phrase de passe a été écrit par une version plus récente
terminal-kdf-out-of-range = le fichier des réglages de la phrase de passe { $path } demande des réglages Argon2id hors limites (mémoire, passes ou voies), alors il n'a pas été utilisé : il est abîmé ou n'a pas été fait par Groundwork. Rien n'a été changé.
