# The anger log: its words around the pack's, and the line after saving a moment.
# English, the language every other catalog falls back to.

## Body cues offered as quick picks on the anger moment form (he can add his own)

# Each is saved as the words he picked, in small letters, and shown back on the moment.
anger-cue-jaw-tight = jaw tight
anger-cue-fists-clenched = fists clenched
anger-cue-face-hot = face hot
anger-cue-heart-racing = heart racing
anger-cue-shoulders-up = shoulders up
anger-cue-stomach-churning = stomach churning
anger-cue-voice-getting-loud = voice getting loud
anger-cue-shaking = shaking

## After the fact

# What he reads once he marks the repair after a moment done.
anger-repair-done = Repair marked done. Putting it right takes strength.

## A moment refused (said after the field's name; nothing was saved)

# $limit: the most body cues on one moment (8).
anger-body-cues-up-to = { $limit ->
        [one] pick 1
       *[other] pick up to { $limit }
    }
# A repair marked done on a moment where he said none was needed.
anger-repair-not-needed = a repair can only be done where one was needed
