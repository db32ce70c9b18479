# Export: the export screen and what came of exporting.
# English, the language every other catalog falls back to.
