# Ce qui n'a pas marché, dit à lui : chaque erreur que le cœur de l'app renvoie, en mots simples,
# jamais avec ce qu'il a écrit. Tutoiement, comme dans tout le paquet français
# (content/packs/core-fr-CA/TRANSLATING.md). Les commentaires du fichier anglais disent où chaque
# phrase s'affiche et ce que vaut chaque valeur.
#
# Une règle qu'il n'a pas respectée est dite dans `error-invalid-input`, après le nom de ce qu'il a
# écrit (un message `field-`). Les détails techniques (`$reason` de error-storage, error-internal
# et error-pack-refused, `$changes`, `$what`) arrivent en anglais : ils sont pour la personne qui
# l'aide ou pour les auteurs du paquet.

## Ce qui n'a pas marché

error-invalid-input = Vérifie { $field } : { $reason }. Rien n'a été changé.

error-not-found = { $kind ->
        [check-in] Ce bilan n'a pas été trouvé. Rien n'a été changé.
        [anger-moment] Ce moment de colère n'a pas été trouvé. Rien n'a été changé.
        [journal-entry] Cette note du journal n'a pas été trouvée. Rien n'a été changé.
        [commitment] Cet engagement n'a pas été trouvé. Rien n'a été changé.
        [document] Ce plan n'a pas été trouvé. Rien n'a été changé.
        [module] Ce module n'a pas été trouvé. Rien n'a été changé.
        [prompt] Cette question du journal n'a pas été trouvée. Rien n'a été changé.
        [question-about-how-you-are] Cette question sur comment tu vas n'a pas été trouvée. Rien n'a été changé.
       *[other] Ce que tu cherches ({ $what }) n'a pas été trouvé. Rien n'a été changé.
    }

error-wrong-key = Cette clé ou cette phrase de passe n'ouvre pas les données de Groundwork. Rien n'a été changé.

error-closed = Groundwork est fermé. Ouvre-le de nouveau pour continuer.

error-storage-full = L'appareil est plein, alors rien n'a été enregistré. Tout ce qui a été enregistré avant est en sécurité.

error-database-too-new = Ces données ont été enregistrées par une version plus récente de Groundwork. Mets l'app à jour pour les ouvrir; rien n'a été changé.

error-storage = Problème de stockage : { $reason }

error-internal = Quelque chose n'a pas marché dans Groundwork : { $reason }

error-backup-wrong-passphrase = Cette phrase de passe n'ouvre pas la sauvegarde. Rien n'a été changé. Réessaie.

error-backup-damaged = Le fichier de sauvegarde est abîmé ou incomplet, alors il ne peut pas être restauré. Rien n'a été changé.

error-not-a-backup = Ce fichier n'est pas une sauvegarde de Groundwork. Rien n'a été changé.

error-backup-too-new = Cette sauvegarde a été faite par une version plus récente de Groundwork. Mets l'app à jour pour la restaurer; rien n'a été changé.

error-restore-needs-empty-app = Il y a déjà des données ici. Fusionne plutôt la sauvegarde avec ce qui est ici, ou efface tout d'abord. Rien n'a été changé.

error-app-lock-damaged = Le fichier du verrou de l'app est abîmé, alors ton NIP ou ta phrase de passe ne peut pas être vérifié. Cet essai n'a pas été compté et rien n'a été changé. Remets le fichier du verrou à partir d'une copie des fichiers de cet appareil, ou efface tout et recommence, puis restaure ta sauvegarde de Groundwork.

error-app-lock-too-new = Le verrou de l'app a été mis par une version plus récente de Groundwork. Mets l'app à jour pour déverrouiller; rien n'a été changé.

error-app-lock-already-set = Un verrou est déjà activé. Change-le ou enlève-le plutôt; rien n'a été changé.

error-app-lock-not-set = Aucun verrou n'est activé. Rien n'a été changé.

error-wrong-lock-kind = { $expected ->
        [pin] Ce verrou utilise un NIP, pas une phrase de passe. Cet essai n'a pas été compté.
       *[passphrase] Ce verrou utilise une phrase de passe, pas un NIP. Cet essai n'a pas été compté.
    }

error-app-lock-not-for-this-device = Ce verrou est lié à la clé sécurisée d'un autre téléphone, alors il ne peut pas être ouvert ici. Cet essai n'a pas été compté et rien n'a été changé.

error-device-key-unavailable = Le trousseau sécurisé de ce téléphone n'a pas pu protéger le verrou de l'app pour l'instant. Rien n'a été changé; le verrou est comme avant.

error-pack-refused = Ce paquet de contenu ne peut pas être utilisé : { $reason }. Rien n'a été changé.

error-pack-changes-help = Ce paquet de contenu ne peut pas être installé : il essaie de changer l'aide intégrée à l'app ({ $changes }). Un paquet peut ajouter des modules, des exercices et des services locaux, mais il ne change jamais les numéros d'urgence ni les lignes d'aide. Rien n'a été changé.

error-database-damaged = Le fichier de tes données est abîmé ou manquant, alors Groundwork ne peut pas l'ouvrir. Rien n'a été changé et aucun nouveau fichier n'a été créé par-dessus. Remets le fichier à partir d'une copie si tu en as une; sinon, efface tout et recommence, puis restaure ta sauvegarde de Groundwork.

error-erase-incomplete = { $count ->
        [one] Tout n'a pas pu être effacé : { $files } est encore là. Enlève-le à la main, ou réessaie.
       *[other] Tout n'a pas pu être effacé : { $files } sont encore là. Enlève-les à la main, ou réessaie.
    }

## Les règles, dites après « Vérifie (ce qu'il a écrit) : »

error-value-between = choisis une valeur de { $min } à { $max }

error-up-to-tags = { $limit ->
        [one] mets au plus { $limit } étiquette
       *[other] mets au plus { $limit } étiquettes
    }

error-write-a-word = écris au moins un mot

error-null-character = le texte contient un caractère nul

error-word-empty = un mot ne peut pas être vide

error-word-control-characters = un mot ne peut pas contenir de caractère invisible, comme un saut de ligne

error-at-most-characters = { $limit ->
        [one] pas plus de { $limit } caractère
       *[other] pas plus de { $limit } caractères
    }

error-ask-for-items = demande de 1 à { $max } éléments

error-region-code = utilise un code de région de deux lettres, comme CA

error-date-typed = écris la date sous la forme AAAA-MM-JJ

error-date-form = donne une date comme 2026-03-01

error-time-zone-range = donne un décalage de { $min } à { $max } minutes

error-key-length = une clé de données fait exactement { $bytes } octets

error-key-settings-range = ces réglages Argon2id sont hors des limites

error-passphrase-too-short = { $min ->
        [one] utilise au moins { $min } caractère
       *[other] utilise au moins { $min } caractères
    }

error-salt-too-short = un sel fait au moins { $min } octets

## Ce qu'il a écrit, en mots, dit après « Vérifie »

field-pleasantness = à quel point c'est agréable
field-energy = l'énergie
field-anger = le niveau de colère
field-stress = le niveau de stress
field-intensity = à quel point c'était fort
field-hours-slept = les heures dormies
field-emotions = les mots d'émotions
field-own-words = tes propres mots
field-tags = les étiquettes
field-body-cues = ce que ton corps a fait
field-note = la note
field-text = le texte
field-what-happened = ce qui est arrivé
field-thoughts = ce qui t'a passé par la tête
field-what-i-did = ce que tu as fait
field-next-time = ce que tu ferais la prochaine fois
field-repair-done = la réparation
field-answer = la réponse
field-plan = le plan
field-prompt = la question
field-module = le module
field-step = l'étape
field-pin = le NIP
field-passphrase = la phrase de passe
field-erase-after = le nombre d'essais avant d'effacer
field-code = le code de recommandation
field-link = le lien
field-region = la région
field-tracks = les chemins
field-baby-date = la date du bébé
field-date = la date
field-query = la recherche
field-dates = les dates
field-cursor = la page
field-how-many = le nombre
field-quadrant = la zone du baromètre
field-journal-entries = les notes choisies
field-living-documents = les plans choisis
field-selection = ce que contient le rapport
field-quiet-hours = les heures de silence
field-time-zone = le fuseau horaire
field-biometric = l'empreinte ou le visage
field-key = la clé
field-salt = le sel
field-kdf-parameters = les réglages de la clé
field-work-factor = le niveau de protection
field-recording = l'enregistrement
field-modules = les modules
field-from = le nom
field-id = l'engagement
field-track-id = le chemin
field-indices = les choix
field-settings = les réglages
field-reminder-settings = les réglages des rappels
field-daily-check-in-time = l'heure du bilan de chaque jour
field-weekly-practice-time = l'heure de la pratique de la semaine
field-quiet-hours-start = le début des heures de silence
field-quiet-hours-end = la fin des heures de silence
