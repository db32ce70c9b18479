# Le verrou de l'app : l'écran de verrouillage, mettre, changer ou enlever le verrou, et l'attente
# après des essais ratés. Tutoiement, comme dans tout le paquet français
# (content/packs/core-fr-CA/TRANSLATING.md). NIP : le mot d'ici pour « PIN ».

## L'écran de verrouillage

lock-unlock = Déverrouiller
lock-prompt-pin = Entre ton NIP
lock-prompt-passphrase = Entre ta phrase de passe

## Après un essai

lock-wrong-try-again = Ça ne correspond pas. Prends ton temps et réessaie.
lock-wrong-wait = Ça ne correspond pas. Prends une grande respiration; tu pourras réessayer { $wait }.
lock-erase-warning = { $left ->
        [one] Encore un essai raté et tout sera effacé, comme tu l'as choisi.
       *[other] Encore { $left } essais ratés et tout sera effacé, comme tu l'as choisi.
    }
lock-too-soon = Trop d'essais pour l'instant. Tu pourras réessayer { $wait }.
lock-erased = Tout a été effacé, comme tu l'as choisi dans les réglages. Tu peux recommencer quand tu seras prêt.

## L'attente, mise dans les phrases plus haut ($wait)

lock-wait-now = maintenant
lock-wait-under-a-minute = dans moins d'une minute
lock-wait-minutes = { $minutes ->
        [one] dans une minute
       *[other] dans { $minutes } minutes
    }
lock-wait-hours = { $hours ->
        [one] dans une heure
       *[other] dans { $hours } heures
    }

## Comment l'app s'ouvre, dans les réglages

lock-method-pin = Groundwork s'ouvre avec son propre NIP. Le NIP du téléphone ne l'ouvre pas.
lock-method-passphrase = Groundwork s'ouvre avec sa propre phrase de passe. Le NIP du téléphone ne l'ouvre pas.
lock-method-biometric = Groundwork s'ouvre seulement avec ton empreinte ou ton visage. Le NIP du téléphone ne l'ouvre pas.
lock-method-biometric-advice = Toute personne dont ce téléphone connaît l'empreinte ou le visage peut l'ouvrir. Pour un verrou que toi seul connais, choisis un NIP ou une phrase de passe pour l'app.
lock-method-none = Groundwork s'ouvre pour toute personne qui peut ouvrir ce téléphone.
lock-method-none-advice = Choisis un NIP ou une phrase de passe pour l'app (pas le NIP du téléphone), ou utilise ton empreinte ou ton visage, pour que ce que tu as écrit reste à toi.

## Combien de temps l'app peut rester en arrière-plan avant de se verrouiller

lock-grace-immediately = Tout de suite
lock-grace-after = { $minutes ->
        [one] Après { $minutes } minute hors de l'app
       *[other] Après { $minutes } minutes hors de l'app
    }

## Le verrou offert à l'accueil

lock-offer-title = Verrouiller Groundwork
lock-offer-why = Ce que tu écris ici est à toi. Un verrou le garde comme ça si quelqu'un d'autre prend ton téléphone pendant qu'il est déverrouillé.
lock-offer-advice = Choisis un NIP ou une phrase de passe juste pour cette app. Ne reprends pas le NIP de ton téléphone : tes proches le connaissent peut-être.
lock-offer-pin = Choisir un NIP
lock-offer-pin-detail = Six chiffres ou plus.
lock-offer-passphrase = Choisir une phrase de passe
lock-offer-passphrase-detail = Huit caractères ou plus, de n'importe quelle sorte.
lock-offer-biometric = Utiliser l'empreinte ou le visage
lock-offer-biometric-detail = Ton téléphone vérifie que c'est toi avant d'ouvrir l'app. Toute personne dont ton téléphone connaît l'empreinte ou le visage peut l'ouvrir aussi.
lock-offer-not-now = Pas maintenant
lock-offer-not-now-detail = Tu peux mettre un verrou dans les réglages n'importe quand.
lock-offer-not-now-means = Sans verrou, quiconque a ton téléphone déverrouillé peut ouvrir Groundwork et lire ce que tu as écrit. L'écran d'accueil va garder un petit rappel jusqu'à ce que tu décides.

## La petite carte de l'écran d'accueil après « pas maintenant »

lock-reminder = Groundwork s'ouvre sans verrou. Un NIP juste pour cette app garde ce que tu écris privé.
lock-reminder-action = Mettre un verrou

## Un NIP ou une phrase de passe qui ne respecte pas une règle

lock-pin-digits-only = utilise seulement les chiffres de 0 à 9
lock-pin-too-short = { $digits ->
        [one] utilise au moins { $digits } chiffre
       *[other] utilise au moins { $digits } chiffres
    }
lock-pin-too-long = { $digits ->
        [one] utilise au plus { $digits } chiffre
       *[other] utilise au plus { $digits } chiffres
    }
lock-passphrase-too-short = { $characters ->
        [one] utilise au moins { $characters } caractère
       *[other] utilise au moins { $characters } caractères
    }
lock-passphrase-too-long = { $characters ->
        [one] utilise au plus { $characters } caractère
       *[other] utilise au plus { $characters } caractères
    }
lock-erase-after-range = { $max ->
        [one] choisis de { $min } à { $max } essai raté
       *[other] choisis de { $min } à { $max } essais ratés
    }
lock-kdf-out-of-range = ces réglages Argon2id sont hors des limites permises

lock-biometric-needs-no-lock = l'empreinte ou le visage protègent la clé sur ce téléphone seulement quand aucun verrou de l'app n'est activé; enlève d'abord le verrou
