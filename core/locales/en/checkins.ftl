# A check-in: its form's own words, the line after saving one, and its history.
# English, the language every other catalog falls back to.

## The mood meter's quadrants

# Where a check-in sits on the mood meter (pleasantness across, energy up), in small letters: on
# a check-in in the history and on home's last check-in, under each group of words on the meter,
# and beside each share of check-ins on the insights screen.
checkin-quadrant-unpleasant-high-energy = unpleasant, high energy
checkin-quadrant-pleasant-high-energy = pleasant, high energy
checkin-quadrant-unpleasant-low-energy = unpleasant, low energy
checkin-quadrant-pleasant-low-energy = pleasant, low energy
# On one of the meter's middle lines: neither clearly pleasant nor unpleasant, or neither high
# nor low.
checkin-quadrant-middle = in the middle

## The tags offered on every check-in (he can add his own)

# Each is saved as the word he picked, in small letters, and shown back as a tag, e.g. in
# "On days you tagged work, ..." on the insights screen.
checkin-tag-work = work
checkin-tag-partner = partner
checkin-tag-kids = kids
checkin-tag-money = money
checkin-tag-health = health

## The line he reads after saving a check-in

# The rules for all of these lines: they describe the feeling, never him ("a heavy kind of
# feeling", never "you are down"); they never judge it good or bad for him to feel it; his own
# words lead when he chose some; short, warm, plain.

# When he chose no words: the feeling, by where the check-in sits on the mood meter.
# Unpleasant, energy above 0.
checkin-saved-tense = Saved. A tense, wound-up kind of feeling.
# Unpleasant, energy at 0 or below.
checkin-saved-heavy = Saved. A heavy, low kind of feeling.
# Pleasant, energy above 0.
checkin-saved-lively = Saved. A bright, lively kind of feeling.
# Pleasant, energy at 0 or below.
checkin-saved-settled = Saved. A calm, settled kind of feeling.
# Pleasantness at 0.
checkin-saved-in-between = Saved. Somewhere in between: not good, not bad.

# When he chose words: his words lead, then what the feeling is like.
# $words: his words as one list with a capital first letter, from the mood meter or his own
# ("Stressed", "Stressed and tired", "Stressed, tired and flat": see checkin-word-list).
# $count: how many words, 1 to 6.
checkin-saved-words-tense = Saved. { $words }: that's a lot to be holding right now.
checkin-saved-words-heavy = { $count ->
        [one] Saved. { $words }: that's a heavy thing to carry.
       *[other] Saved. { $words }: that's a heavy mix to carry.
    }
checkin-saved-words-lively = Saved. { $words }: that's good energy to have.
checkin-saved-words-settled = Saved. { $words }: that's a good place to be.
checkin-saved-words-in-between = Saved. { $words }: somewhere in between, and worth noticing.

# Two or more of his words as one list, for $words above. $words: every word but the last,
# joined by commas ("stressed, tired"); $last: the last word ("flat").
checkin-word-list = { $words } and { $last }

## A check-in refused (said after the field's name; nothing was saved)

# $limit: the most words from the mood meter on one check-in (3).
checkin-emotions-up-to = { $limit ->
        [one] pick 1 word
       *[other] pick up to { $limit } words
    }
# A word id that is not in the pack's vocabulary.
checkin-emotions-from-the-list = pick words from the list; put other words in your own words
checkin-emotion-picked-twice = each word can be picked once
# $limit: the most words of his own on one check-in (3).
checkin-own-words-up-to = { $limit ->
        [one] add 1 word of your own
       *[other] add up to { $limit } words of your own
    }
# The same word of his own twice, whatever its capitals.
checkin-own-word-added-twice = each word can be added once
# Hours slept outside 0 to 24.
checkin-hours-slept-range = give hours from 0 to 24
