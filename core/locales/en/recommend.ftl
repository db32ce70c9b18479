# A counsellor's recommendation: making one, reading one.
# English, the language every other catalog falls back to.
