# The app lock: the lock screen, setting, changing and removing the lock, waits after wrong tries.
# English, the language every other catalog falls back to.

## The lock screen

# The lock screen's button that opens the app.
lock-unlock = Unlock
# The lock screen's field, and the terminal companion's prompt, when the lock is a PIN.
lock-prompt-pin = Enter your PIN
# The same, when the lock is a passphrase.
lock-prompt-passphrase = Enter your passphrase

## After a try on the lock screen (also before a plain export or installing content)

# A wrong PIN or passphrase, when he may try again at once.
lock-wrong-try-again = That didn't match. Take your time and try again.
# A wrong PIN or passphrase, when there is a wait first. $wait: when, from lock-wait-* below
# (e.g. "in 5 minutes").
lock-wrong-wait = That didn't match. Take a breath; you can try again { $wait }.
# Said after either line above when he chose to erase everything after a number of wrong tries.
# $left: wrong tries left before everything is erased (1 or more).
lock-erase-warning = { $left ->
        [one] One more wrong try will erase everything, as you chose.
       *[other] { $left } more wrong tries will erase everything, as you chose.
    }
# A try made before the wait is over (nothing was checked). $wait: from lock-wait-* below.
lock-too-soon = Too many tries for now. You can try again { $wait }.
# After the last wrong try he allowed: the data and the lock are gone.
lock-erased = Everything was erased, as you chose in settings. You can start again whenever you're ready.

## The wait, put into the lines above as $wait

# The wait is over.
lock-wait-now = now
# Under a minute to wait.
lock-wait-under-a-minute = in less than a minute
# $minutes: whole minutes to wait, rounded up (1 to 59).
lock-wait-minutes = { $minutes ->
        [one] in a minute
       *[other] in { $minutes } minutes
    }
# $hours: whole hours to wait, rounded up (1 or more).
lock-wait-hours = { $hours ->
        [one] in an hour
       *[other] in { $hours } hours
    }

## How the app opens, in settings

# A PIN just for the app is set.
lock-method-pin = Groundwork opens with its own PIN. The phone's PIN does not open it.
# A passphrase just for the app is set.
lock-method-passphrase = Groundwork opens with its own passphrase. The phone's PIN does not open it.
# No app PIN or passphrase, but the phone's fingerprint or face unlock guards the app.
lock-method-biometric = Groundwork opens with your fingerprint or face only. The phone's PIN does not open it.
# Under lock-method-biometric: what could be safer.
lock-method-biometric-advice = Anyone whose fingerprint or face this phone knows can open it. For a lock only you know, set an app PIN or passphrase.
# No lock of any kind.
lock-method-none = Groundwork opens for anyone who can open this phone.
# Under lock-method-none: what to do about it.
lock-method-none-advice = Set an app PIN or passphrase (not the phone's PIN), or use your fingerprint or face, so what you wrote stays yours.

## How long the app may stay in the background before it locks (settings)

# Locks as soon as the app leaves the screen.
lock-grace-immediately = Immediately
# $minutes: how long the app may be away before it locks (1 or 5).
lock-grace-after = { $minutes ->
        [one] After { $minutes } minute away
       *[other] After { $minutes } minutes away
    }

## The lock as onboarding offers it

# The heading.
lock-offer-title = Lock Groundwork
# Why a lock.
lock-offer-why = What you write here is yours. A lock keeps it that way if someone else picks up your phone while it's unlocked.
# Not to reuse the phone's PIN.
lock-offer-advice = Choose a PIN or passphrase just for this app. Don't reuse your phone's PIN: people close to you may know it.
# The choices, each a button and one sentence under it.
lock-offer-pin = Choose a PIN
lock-offer-pin-detail = Six or more digits.
lock-offer-passphrase = Choose a passphrase
lock-offer-passphrase-detail = Eight or more characters, any kind.
lock-offer-biometric = Use fingerprint or face
lock-offer-biometric-detail = Your phone checks it's you before the app opens. Anyone whose fingerprint or face your phone knows can open it too.
lock-offer-not-now = Not now
lock-offer-not-now-detail = You can set a lock in settings at any time.
# What "not now" means, said before he chooses it.
lock-offer-not-now-means = Without a lock, anyone who has your phone unlocked can open Groundwork and read what you've written. Home will keep a small reminder until you decide.

## Home's quiet card after "not now"

# The card's line.
lock-reminder = Groundwork opens without a lock. A PIN just for this app keeps what you write private.
# Its button, which opens the lock settings.
lock-reminder-action = Set a lock

## A PIN or passphrase that breaks a rule (said after "Check the PIN:" or "Check the passphrase:")

# A PIN with something other than digits.
lock-pin-digits-only = use digits 0 to 9 only
# $digits: the fewest digits a PIN may have (6).
lock-pin-too-short = { $digits ->
        [one] use at least { $digits } digit
       *[other] use at least { $digits } digits
    }
# $digits: the most digits a PIN may have (64).
lock-pin-too-long = { $digits ->
        [one] use at most { $digits } digit
       *[other] use at most { $digits } digits
    }
# $characters: the fewest characters a passphrase may have (8).
lock-passphrase-too-short = { $characters ->
        [one] use at least { $characters } character
       *[other] use at least { $characters } characters
    }
# $characters: the most characters a passphrase may have (1024).
lock-passphrase-too-long = { $characters ->
        [one] use at most { $characters } character
       *[other] use at most { $characters } characters
    }
# The number of wrong tries that erase everything is out of range. $min: 5; $max: 100.
lock-erase-after-range = { $max ->
        [one] choose from { $min } to { $max } wrong attempt
       *[other] choose from { $min } to { $max } wrong attempts
    }
# The key derivation's settings (for Rust callers and tests only) are out of range.
lock-kdf-out-of-range = these Argon2id settings are out of range

# Refused: fingerprint or face asked for while an app lock is set (the key store does not hold
# the key then).
lock-biometric-needs-no-lock = fingerprint or face guard the key on this phone when no app lock is set; remove the lock first
