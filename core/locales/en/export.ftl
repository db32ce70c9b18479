# Export: the export screen and what came of exporting.
# English, the language every other catalog falls back to.
# The JSON keys and CSV headers of an export are a machine format and are not here.

## The export screen

# The heading.
export-title = Export what you wrote
# Said before anything is made.
export-not-encrypted = This file is not encrypted. Anyone who gets it, or the phone or computer it is saved on, can read everything in it. For a copy only you can open, make an encrypted backup instead.
# The kinds of file, one button each; the format's name in brackets stays as it is.
export-choice-json = Everything (JSON)
export-choice-markdown = Journal (Markdown)
export-choice-csv = Check-ins (CSV)
# The field asking for the app's secret before a plain export, when the lock is a PIN.
export-secret-prompt-pin = Enter your app PIN to export
# The same, when the lock is a passphrase.
export-secret-prompt-passphrase = Enter your app passphrase to export

## The journal as a Markdown file

# The file's heading.
export-journal-heading = Journal
# Under an entry. $tags: its tags, as he wrote them, with commas between.
export-tags = Tags: { $tags }
