# Backup and restore: what a backup holds, what came of restoring one.
# English, the language every other catalog falls back to.

## What came of a restore

# How many of one kind of thing a restore added, put into the list of backup-restored.
# $count: how many (1 or more).
backup-count-check-ins = { $count ->
        [one] { $count } check-in
       *[other] { $count } check-ins
    }
backup-count-anger-moments = { $count ->
        [one] { $count } anger moment
       *[other] { $count } anger moments
    }
backup-count-journal-entries = { $count ->
        [one] { $count } journal entry
       *[other] { $count } journal entries
    }
# Journal prompts he wrote himself.
backup-count-own-prompts = { $count ->
        [one] { $count } prompt of your own
       *[other] { $count } prompts of your own
    }
# His living documents: the safety plan, the pause plan and the like.
backup-count-plans = { $count ->
        [one] { $count } plan
       *[other] { $count } plans
    }
# His answers to the safety questions.
backup-count-safety-answers = { $count ->
        [one] { $count } safety answer
       *[other] { $count } safety answers
    }
backup-count-settings = { $count ->
        [one] { $count } setting
       *[other] { $count } settings
    }
# Modules he started or finished.
backup-count-modules = { $count ->
        [one] { $count } module
       *[other] { $count } modules
    }
backup-count-exercise-answers = { $count ->
        [one] { $count } exercise answer
       *[other] { $count } exercise answers
    }
# His weekly commitments.
backup-count-commitments = { $count ->
        [one] { $count } commitment
       *[other] { $count } commitments
    }
# His answers to the question about safety at home, asked before the exercises done with a
# partner.
backup-count-home-safety-answers = { $count ->
        [one] { $count } answer about home
       *[other] { $count } answers about home
    }
# The new dad's mood checks.
backup-count-mood-checks = { $count ->
        [one] { $count } mood check
       *[other] { $count } mood checks
    }
# After a restore. $list: what was added (the counts, joined as a list); $here: how many things
# in the backup were here already, and so left as they were.
backup-restored = { $here ->
        [0] Restored: { $list }.
        [one] Restored: { $list }; { $here } was already here.
       *[other] Restored: { $list }; { $here } were already here.
    }
# A restore of a backup with nothing in it.
backup-empty = The backup was empty, so there was nothing to restore.
# A restore that added nothing, because everything was here already.
backup-all-here = Everything in the backup was already here, so nothing changed.

## A backup that cannot be made (said after "Check the passphrase:")

# $characters: the fewest characters a backup passphrase may have (8).
backup-passphrase-too-short = { $characters ->
        [one] use a passphrase of at least { $characters } character
       *[other] use a passphrase of at least { $characters } characters
    }
# The scrypt work factor asked for is out of range (Rust callers and tests only). $max: 18.
backup-work-factor-range = the work factor must be from 1 to { $max }

## A backup that breaks a rule of what he writes: it is refused as damaged, nothing is restored

backup-rule-audio-not-base64 = the audio is not base64
backup-rule-out-of-range = out of range
backup-rule-too-many-words = too many words
backup-rule-not-from-the-list = not a word from the list
backup-rule-not-a-list = not a list of words
backup-rule-too-many = too many
backup-rule-repair-not-needed = without a repair needed
backup-rule-not-a-quadrant = not a quadrant
backup-rule-unknown-setting = a setting this version does not know
