# The anger log: its words around the pack's, and the line after saving a moment.
# English, the language every other catalog falls back to.
