# Content packs: their status, a pack's preview before installing, what came of installing or removing.
# English, the language every other catalog falls back to.
