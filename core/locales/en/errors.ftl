# What went wrong, said to him: each error the core returns, in plain words, never with his data.
# English, the language every other catalog falls back to.
#
# An error shows as a notice on the screen he is on, on the lock screen, or on the screen that
# says the app cannot open; the terminal companion prints it. Each `error-` sentence below is one
# kind of error (`ApiError` in core/src/base/error.rs). A rule he broke is said inside
# `error-invalid-input`, after the name of what he typed (a `field-` message).

## What went wrong

# He typed or chose something that breaks a rule. $field: what he typed, in words (a `field-`
# message below, e.g. "the PIN"); $reason: the rule, in words (a rule message below, e.g. "use
# digits 0 to 9 only", or a rule from another part of the app).
error-invalid-input = Check { $field }: { $reason }. Nothing was changed.

# What he asked for is not there (it may have been deleted). $kind: which kind of thing, one of
# the keys below; $what: its English name, for a kind this list does not have yet.
error-not-found = { $kind ->
        [check-in] That check-in could not be found. Nothing was changed.
        [anger-moment] That anger moment could not be found. Nothing was changed.
        [journal-entry] That journal entry could not be found. Nothing was changed.
        [commitment] That commitment could not be found. Nothing was changed.
        [document] That document could not be found. Nothing was changed.
        [module] That module could not be found. Nothing was changed.
        [prompt] That prompt could not be found. Nothing was changed.
        [question-about-how-you-are] That question about how you are could not be found. Nothing was changed.
       *[other] That { $what } could not be found. Nothing was changed.
    }

# The key from the phone's key store, or the passphrase typed, does not open his data.
error-wrong-key = This key or passphrase does not open the Groundwork database. Nothing was changed.

# The app's data was closed (or erased) and something still asked for it.
error-closed = Groundwork is closed. Open it again to go on.

# The phone has no space left.
error-storage-full = The device is full, so nothing was saved. Everything saved earlier is safe.

# His data was saved by a newer version of the app than this one.
error-database-too-new = This data was saved by a newer version of Groundwork. Update to open it; nothing was changed.

# Reading or writing his data failed. $reason: what failed, in English technical words (e.g.
# "database error (CannotOpen)"), for someone helping him; never what the data held.
error-storage = Storage problem: { $reason }

# A bug in the app. $reason: what failed, in English technical words, for someone fixing it.
error-internal = Something went wrong inside Groundwork: { $reason }

# Restoring a backup: the passphrase typed does not open it.
error-backup-wrong-passphrase = This passphrase does not open the backup. Nothing was changed; try again.

# Restoring a backup: the file was changed or cut short.
error-backup-damaged = The backup file is damaged or incomplete, so it cannot be restored. Nothing was changed.

# Restoring a backup: the file chosen is something else.
error-not-a-backup = This file is not a Groundwork backup. Nothing was changed.

# Restoring a backup made by a newer version of the app.
error-backup-too-new = This backup was made by a newer version of Groundwork. Update the app to restore it; nothing was changed.

# Restoring a backup into an app that has data already.
error-restore-needs-empty-app = There is already data here. Merge the backup instead, or erase first. Nothing was changed.

# The lock screen: the file that holds the app lock is damaged.
error-app-lock-damaged = The app lock file is damaged, so the PIN or passphrase cannot be checked. That try was not counted and nothing was changed. Put the lock file back from a copy of this device's files, or erase and start again, then restore your Groundwork backup.

# The lock screen: a newer version of the app set the lock.
error-app-lock-too-new = The app lock was set by a newer version of Groundwork. Update the app to unlock; nothing was changed.

# Settings: he tried to set an app lock while one is set.
error-app-lock-already-set = An app lock is already set. Change it or remove it instead; nothing was changed.

# Settings: he tried to change or remove an app lock when none is set.
error-app-lock-not-set = No app lock is set. Nothing was changed.

# The lock screen: he typed a passphrase where the lock uses a PIN, or the other way round.
# $expected: what the lock uses, "pin" or "passphrase".
error-wrong-lock-kind = { $expected ->
        [pin] This app lock uses a PIN, not a passphrase. That try was not counted.
       *[passphrase] This app lock uses a passphrase, not a PIN. That try was not counted.
    }

# The lock screen: the lock was sealed with another phone's secure key (the files were copied here).
error-app-lock-not-for-this-device = This app lock belongs to another phone's secure key, so it cannot be opened here. That try was not counted and nothing was changed.

# Settings or the lock screen: the phone's secure key store refused to protect or open the lock.
error-device-key-unavailable = This phone's secure key store could not protect the app lock just now. Nothing was changed; the lock is as it was.

# Installing a content pack: the file is refused. $reason: the rule it breaks, in English, for
# the pack's authors (e.g. "pack.toml is missing").
error-pack-refused = This content pack cannot be used: { $reason }. Nothing was changed.

# Installing a content pack that tries to change help lines or emergency numbers. $changes: what
# it tries to change, in English, separated by "; ".
error-pack-changes-help = This content pack cannot be installed: it tries to change help built into the app ({ $changes }). A pack may add modules, exercises and local services, but never changes the emergency numbers or help lines. Nothing was changed.

# Opening the app: the file of his data is damaged or gone while its key is still here.
error-database-damaged = The database file is damaged or missing, so Groundwork cannot open it. Nothing was changed and no new database was made over it. Put the database file back from a copy if you have one; otherwise erase and start again, then restore your Groundwork backup.

# Erasing everything: some files are still there. $count: how many; $files: their names,
# separated by ", ".
error-erase-incomplete = { $count ->
        [one] Not everything could be erased: { $files } is still there. Remove it by hand, or try again.
       *[other] Not everything could be erased: { $files } are still there. Remove them by hand, or try again.
    }

## The rules he can break, said after "Check (what he typed):"

# A point on the mood meter, a level from 0 to 10. $min, $max: the lowest and highest allowed.
error-value-between = choose a value from { $min } to { $max }

# Tags on a check-in or an entry. $limit: how many tags at most.
error-up-to-tags = { $limit ->
        [one] use up to { $limit } tag
       *[other] use up to { $limit } tags
    }

# Text he must write (an entry, what happened) is empty.
error-write-a-word = write at least one word

# Text holds a character no one can type (a null character).
error-null-character = the text contains a null character

# A word (a tag, an emotion word of his own) is empty.
error-word-empty = a word cannot be empty

# A word holds an invisible control character, like a line break.
error-word-control-characters = a word cannot contain control characters

# Text is too long. $limit: how many characters at most.
error-at-most-characters = { $limit ->
        [one] keep it to { $limit } character or fewer
       *[other] keep it to { $limit } characters or fewer
    }

# A list asked for too many or too few items. $max: how many at most.
error-ask-for-items = ask for 1 to { $max } items

# The region for help lines is not a two-letter code.
error-region-code = use a two-letter region code, such as AU

# A date typed in the wrong form: it must be written year, month, day in digits.
error-date-typed = write the date as YYYY-MM-DD

# A date sent in the wrong form: it must be year, month, day in digits, like the example.
error-date-form = give a date such as 2026-03-01

# A time zone out of range, for tests of the app. $min, $max: in minutes from UTC.
error-time-zone-range = give an offset from { $min } to { $max } minutes

# A database key of the wrong size. $bytes: the size it must be.
error-key-length = a database key is exactly { $bytes } bytes

# The settings for the key's strength are out of range.
error-key-settings-range = these Argon2id settings are out of range

# A passphrase that is too short. $min: how many characters at least.
error-passphrase-too-short = { $min ->
        [one] use at least { $min } character
       *[other] use at least { $min } characters
    }

# A technical value for making a key is too short. $min: how many bytes at least.
error-salt-too-short = a salt is at least { $min } bytes

## What he typed, in words, said after "Check"

# The mood meter's side to side: how pleasant it feels.
field-pleasantness = how pleasant it feels
# The mood meter's up and down: the energy.
field-energy = the energy
# A check-in's anger level, 0 to 10.
field-anger = the anger level
# A check-in's stress level, 0 to 10.
field-stress = the stress level
# How strong an anger moment was, 0 to 10.
field-intensity = how strong it was
# A check-in's hours slept.
field-hours-slept = the hours slept
# The emotion words picked on a check-in.
field-emotions = the emotion words
# Words for feelings he typed himself.
field-own-words = your own words
# Tags on a check-in or an entry.
field-tags = the tags
# An anger moment: what his body did.
field-body-cues = what your body did
# A check-in's note.
field-note = the note
# A journal entry's or an answer's text.
field-text = the text
# An anger moment: what happened.
field-what-happened = what happened
# An anger moment: what went through his head.
field-thoughts = what went through your head
# An anger moment: what he did.
field-what-i-did = what you did
# An anger moment: what he would do next time.
field-next-time = what you'd do next time
# An anger moment: the repair he made.
field-repair-done = the repair
# An answer to an exercise or a question.
field-answer = the answer
# A plan he fills in (safety plan, pause plan).
field-plan = the plan
# A journal prompt.
field-prompt = the prompt
# A module of the path.
field-module = the module
# A step of a module.
field-step = the step
# The app lock's PIN.
field-pin = the PIN
# The app lock's or a backup's passphrase.
field-passphrase = the passphrase
# The lock's setting: how many wrong tries before everything is erased.
field-erase-after = the number of tries before erasing
# A recommendation code someone gave him.
field-code = the recommendation code
# A link opened in the app.
field-link = the link
# His region, for help lines.
field-region = the region
# The paths he follows (the main path, new dad).
field-tracks = the tracks
# The baby's due date or birthday.
field-baby-date = the baby's date
# A date.
field-date = the date
# A journal search.
field-query = the search
# The first or last day of a span.
field-dates = the dates
# A page of a long list.
field-cursor = the page
# How many things to show.
field-how-many = how many
# A part of the mood meter.
field-quadrant = the quadrant
# The journal entries chosen for a report.
field-journal-entries = the entries chosen
# The plans chosen for a report.
field-living-documents = the plans chosen
# What a report to share holds.
field-selection = what the report holds
# The hours reminders stay quiet.
field-quiet-hours = the quiet hours
# The phone's time zone.
field-time-zone = the time zone
# Opening the app with a fingerprint or face.
field-biometric = fingerprint or face
# The key of his data (from the phone's key store).
field-key = key
# A technical value for making a key from a passphrase.
field-salt = salt
# The settings for how hard a key is to guess.
field-kdf-parameters = kdf parameters
# How hard a backup's passphrase is made to guess.
field-work-factor = work factor
# A voice recording kept with an entry.
field-recording = recording
# The modules in a recommendation.
field-modules = modules
# The name shown on a recommendation, of the person who gives it.
field-from = from
# A week's commitment.
field-id = id
# A path timed by the baby's date (the new dad path).
field-track-id = track id
# The options picked in a question with several answers.
field-indices = indices
# The settings in a backup.
field-settings = settings
# The reminders' settings.
field-reminder-settings = reminder settings
# The time of the daily check-in reminder.
field-daily-check-in-time = daily check-in time
# The time of the weekly practice reminder.
field-weekly-practice-time = weekly practice time
# When the quiet hours start.
field-quiet-hours-start = quiet hours start
# When the quiet hours end.
field-quiet-hours-end = quiet hours end
