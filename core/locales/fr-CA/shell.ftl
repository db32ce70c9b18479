# Les lignes fixes des apps (boutons, titres et étiquettes d'accessibilité que les apps Android et
# iOS dessinent autour des écrans du cœur), données une fois sous forme de `ShellText`.
# Tutoiement, comme dans tout le paquet français.

## Les lignes que les apps affichent telles quelles
# Où chacune paraît : le commentaire au-dessus du même id dans en/shell.ftl.

shell-back = Retour
shell-close = Fermer
shell-dismiss = Fermer le message
shell-save = Enregistrer
shell-cancel = Annuler
shell-ok = Choisir
shell-done = C'est fait
shell-home = Accueil
shell-settings = Réglages
shell-hide = Cacher
shell-journal = Mon journal
shell-search-journal = Chercher dans le journal
shell-search = Recherche
shell-new-entry = Nouvelle note
shell-entry = Note
shell-show-more = En voir plus
shell-show-every-entry = voir toutes les notes
shell-write-freely = Écris librement, ou choisis une question
shell-no-prompt = Sans question
shell-prompts = Questions du journal
shell-tags-field = Étiquettes, séparées par des virgules
shell-delete-entry = Effacer la note
shell-delete-entry-again = Touche encore pour l'effacer pour de bon
shell-delete-entry-question = Effacer cette note pour de bon?
shell-delete = Effacer
shell-save-check-in = Enregistrer mon bilan
shell-own-words-field = Tes mots à toi, séparés par des virgules
shell-words = Mots
shell-tags = Étiquettes
shell-mood-meter = Baromètre des émotions
shell-more-energy = Plus d'énergie
shell-pleasant = Agréable
shell-unpleasant = Désagréable
shell-your-path = Ton parcours
shell-this-week = Cette semaine
shell-insights = Tendances
shell-meter-share-heading = Où tu as été sur le baromètre
shell-top-words-heading = Les mots que tu as choisis le plus souvent
shell-anger-by-time-heading = La colère selon le moment de la journée
shell-insight-range = Période
shell-chart-day = Jour
shell-chart-share = Part
shell-chart-quadrant = Zone du baromètre
shell-chart-time-of-day = Moment de la journée
shell-chart-average = Moyenne
shell-my-plans = Mes plans
shell-add-to-my-plan = L'ajouter à mon plan
shell-not-now = Pas maintenant
shell-own-words-answer = Ou dans tes mots à toi
shell-choose-region = Choisis ta région
shell-discreet-mode = Mode discret
shell-continue-onboarding = Continuer
shell-pin = NIP
shell-passphrase = Phrase de passe
shell-region = Région
shell-your-path-settings = Ton parcours : région, chemins, date du bébé
shell-privacy = Vie privée
shell-crisis-follow-up = Me demander comment je vais quand j'ai écrit quelque chose de lourd
shell-reminders = Rappels
shell-daily-check-in = Un bilan chaque jour
shell-reminder-at = À
shell-reminder-time = Heure
shell-new-dad-reminders = Un rappel chaque semaine pour les nouveaux papas
shell-region-for-help-now = Ta région pour De l'aide maintenant
shell-backup-and-export = Sauvegarde et exportation
shell-backup-passphrase = Phrase de passe de la sauvegarde (8 caractères ou plus)
shell-make-backup = Faire une sauvegarde chiffrée
shell-restore-passphrase = Phrase de passe de la sauvegarde à restaurer
shell-restore-backup = Restaurer une sauvegarde…
shell-export-not-encrypted = Une exportation n'est pas chiffrée : quiconque a le fichier peut le lire.
shell-export-everything = Tout exporter (JSON)
shell-export-journal = Exporter le journal (Markdown)
shell-export-check-ins = Exporter les bilans (CSV)
shell-export-menu = Exporter (pas chiffré)
shell-export-everything-short = Tout (JSON)
shell-export-journal-short = Le journal (Markdown)
shell-export-check-ins-short = Les bilans (CSV)
shell-counsellor-code = Le code de ton intervenant ou intervenante
shell-code = Le code
shell-open-code = Ouvrir
shell-erase-everything = Tout effacer
shell-erase-everything-again = Touche encore pour tout effacer, pour de bon
shell-erase-everything-question = Tout effacer, pour de bon?
shell-app-lock = Verrou de l'app
shell-your-pin = Ton NIP
shell-your-passphrase = Ta phrase de passe
shell-current-secret = Ton NIP ou ta phrase de passe actuelle
shell-new-is-passphrase = Le nouveau est une phrase de passe
shell-new-secret = Nouveau NIP ou nouvelle phrase de passe
shell-new-pin = Nouveau NIP
shell-new-passphrase = Nouvelle phrase de passe
shell-change-lock = Changer
shell-turn-off-lock = Désactiver le verrou de l'app
shell-use-passphrase = Utiliser une phrase de passe plutôt qu'un NIP
shell-passphrase-rule = Phrase de passe (8 caractères ou plus)
shell-pin-rule = NIP (6 chiffres ou plus)
shell-turn-on-lock = Activer le verrou de l'app
shell-fingerprint-or-face = Ouvrir avec ton empreinte ou ton visage
shell-face-id-or-touch-id = Ouvrir avec Face ID ou Touch ID
shell-lock-after-leaving = Verrouiller après avoir quitté l'app
shell-lock-after = Verrouiller après
shell-pack-modules-added = Les modules qu'il ajoute
shell-pack-services-added = Les services locaux qu'il ajoute à De l'aide maintenant
shell-pack-modules-changed = Les modules de l'app qu'il réécrit
shell-pack-modules-left-out = Les modules de l'app qu'il laisse de côté (tes progrès restent)
shell-pack-may-not-change = Ce qu'il n'a pas le droit de changer
shell-pack-set-aside = Pas utilisé de ce paquet
shell-erase-and-start-again = Tout effacer et recommencer
shell-erase-everything-again-short = Touche encore pour tout effacer
shell-erase-everything-question-short = Tout effacer?

## Les lignes avec une valeur que le cœur remplit

# Sous les réglages. $version : la version du cœur, par exemple 1.4.0.
shell-version = Version de l'app : { $version }
# La valeur d'un curseur de 0 à 10, pour un lecteur d'écran (la colère et le stress d'un bilan,
# l'intensité d'un moment de colère). $value : de 0 à 10.
shell-out-of-ten = { $value } sur 10
# La valeur du curseur des heures dormies d'un bilan, pour un lecteur d'écran, par demi-heure.
# $hours : les heures entières, de 0 à 16; $tenths : 0 ou 5 (une demi-heure).
shell-hours-slept = { $tenths ->
        [0] { $hours ->
                [one] { $hours } heure
               *[other] { $hours } heures
            }
       *[other] { $hours ->
                [0] une demi-heure
                [one] { $hours } heure et demie
               *[other] { $hours } heures et demie
            }
    }
# Un point de la grille du baromètre des émotions, pour un lecteur d'écran.
# $pleasantness et $energy : de -5 à 5.
shell-mood-meter-cell = Agréable { $pleasantness }, énergie { $energy }
# L'aperçu d'un paquet avant de l'installer (PackPreview.added_summary).
# $exercises : combien d'exercices ses modules ont; $prompts : combien de questions du journal il ajoute.
shell-pack-adds = { $exercises ->
        [one] { $exercises } exercice ajouté
       *[other] { $exercises } exercices ajoutés
    } et { $prompts ->
        [one] { $prompts } question du journal ajoutée
       *[other] { $prompts } questions du journal ajoutées
    }.
