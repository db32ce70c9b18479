# The journal: its screens, prompts' words around the pack's, search, and the line after saving.
# English, the language every other catalog falls back to.
