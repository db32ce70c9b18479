# A check-in: its form's own words, the line after saving one, and its history.
# English, the language every other catalog falls back to.
