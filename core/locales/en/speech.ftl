# What is read aloud: the words a voice says for numbers, signs and the guided exercises.
# English, the language every other catalog falls back to.

## Before he first listens

# Shown the first time he taps "Read to me" (and on a lesson step until he has listened once).
speech-headphones-hint = Headphones keep what you listen to between you and the app. Plug them in or pair them, then tap play.

## A lesson step read aloud

# An item of a numbered list, read as a sentence of its own. $position: its place in the list,
# from 1; $item: the item's words, first letter small.
speech-numbered-item = { $position ->
        [1] First
        [2] Second
        [3] Third
        [4] Fourth
        [5] Fifth
        [6] Sixth
        [7] Seventh
        [8] Eighth
        [9] Ninth
        [10] Tenth
       *[other] Next
    }, { $item }
# After a scale's question. $min and $max: its ends (numbers); $min_label and $max_label: what
# each end means, first letter small.
speech-pick-on-scale = Pick a number from { $min }, { $min_label }, to { $max }, { $max_label }
# Before the options of a choice of one.
speech-pick-one = Pick one of these
# Before the options of a choice of several. $max: how many he may pick.
speech-pick-up-to = Pick up to { $max } of these
# Before the options of a choice of several, with no limit.
speech-pick-any = Pick any of these
# After the question of an emotion picker. $max: how many words he may pick (1 to 3).
speech-pick-emotions = Pick up to { $max ->
        [one] { $max } word
       *[other] { $max } words
    } on the mood meter
# Before the items of a checklist.
speech-tick-any = Tick any that fit
# After the summary of a breathing exercise.
speech-breathing-start = Start when you are ready, and breathe along
# A body scan's length. $regions: how many parts of the body; $seconds: seconds on each.
speech-body-scan-summary = { $regions ->
        [one] { $regions } part of the body
       *[other] { $regions } parts of the body
    }, { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } on each
# After a body scan's summary.
speech-body-scan-start = Start when you are ready
# After a plan's title. $parts: how many parts it has.
speech-plan-parts = { $parts ->
        [one] { $parts } part
       *[other] { $parts } parts
    } to fill in
# Before the suggestions of a commitment.
speech-commitment-ideas = Some ideas, or use your own words

## The guided exercises, said line by line with pauses

# One sentence about a breathing exercise. $breaths: how many breaths; $inhale, $hold, $exhale,
# $hold_after: seconds of each part (a hold of 0 is not said).
speech-breathing-summary = { $breaths ->
        [one] { $breaths } slow breath
       *[other] { $breaths } slow breaths
    }: in for { $inhale ->
        [one] { $inhale } second
       *[other] { $inhale } seconds
    }{ $hold ->
        [0] {""}
        [one] , hold for { $hold } second
       *[other] , hold for { $hold } seconds
    }, out for { $exhale ->
        [one] { $exhale } second
       *[other] { $exhale } seconds
    }{ $hold_after ->
        [0] {""}
        [one] , hold for { $hold_after } second
       *[other] , hold for { $hold_after } seconds
    }.
# The first line of a breathing exercise. $summary: the sentence above.
speech-breathing-intro = Get comfortable, and let your shoulders drop. { $summary }
# Each breath: in, hold, out.
speech-breathe-in = Breathe in.
speech-breathe-in-last = Last one. Breathe in.
speech-hold = Hold.
speech-breathe-out = Breathe out.
# The last line of a breathing exercise.
speech-breathing-done = That's it. Notice how your body feels now. You can come back to this whenever you need it.
# The first line of a body scan.
speech-body-scan-intro = Sit or lie however is comfortable. Close your eyes if that feels okay. Your attention will move slowly through your body. Just notice what is there, without changing it.
# The first part of the body. $region: its name from the lesson, first letter small ("feet and legs").
speech-body-scan-first = Start with your { $region }.
# Each part after the first. $region: as above.
speech-body-scan-next = Now your { $region }.
# The last line of a body scan.
speech-body-scan-done = That's the scan done. Take a moment before you move on.

## The player ("Read to me")

# The button that reads the screen aloud.
speech-read = Read to me
# The button that starts a lesson's guided exercise.
speech-guide = Guide me through it
# The button that starts the grounding exercise offered with the pause plan.
speech-guide-grounding = Guide me through grounding
# The play button after a pause.
speech-play = Play
# The pause button.
speech-pause = Pause
# Goes back to the sentence before.
speech-back = Back one sentence
# Closes the player.
speech-stop = Stop
# The phone has no voice it can use offline for the language of the text.
speech-unavailable = This phone has no voice it can use offline for this language, so nothing was read aloud.
# The speed button, at each of its three speeds.
speech-speed-slower = Speed: slower
speech-speed-normal = Speed: normal
speech-speed-faster = Speed: faster
# Where the player is in what it reads. $sentence: this one, from 1; $count: how many.
speech-position-sentence = Sentence { $sentence } of { $count }
# Where the player is in a guided exercise. $sentence: this line, from 1; $count: how many.
speech-position-step = Step { $sentence } of { $count }
