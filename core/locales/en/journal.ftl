# The journal: its screens, prompts' words around the pack's, search, and the line after saving.
# English, the language every other catalog falls back to.

## An entry refused (said after the field's name; nothing was saved)

# The prompt he answered is neither the pack's nor one of his own.
journal-prompt-not-in-library = that prompt is not in the library

## A list or a search refused

# The journal narrowed to dates that end before they start.
journal-end-before-start = the end date is before the start date
# The place to go on from in the list was not one the app handed out (a bug in a shell).
journal-cursor-unchanged = pass back the cursor from the previous page unchanged
# $limit: the longest search, in characters (200).
journal-search-too-long = { $limit ->
        [one] keep a search to 1 character
       *[other] keep a search to { $limit } characters or fewer
    }
# A search with no letters, digits or emoji in it.
journal-search-empty = type a word or an emoji to search for

## A recording kept with an entry refused (nothing was saved)

# What the phone recorded is not a sound format.
journal-recording-not-audio = the recording's format is not audio
journal-recording-empty = the recording is empty
# $limit: the longest kept recording, in seconds (300).
journal-recording-too-long = { $limit ->
        [one] a kept recording is at most 1 second
       *[other] a kept recording is at most { $limit } seconds
    }
# $limit: the largest kept recording, in bytes (10000000).
journal-recording-too-big = { $limit ->
        [one] a kept recording is at most 1 byte
       *[other] a kept recording is at most { $limit } bytes
    }
