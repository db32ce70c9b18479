# Reminders: their settings, and what the notifications say (discreet or not).
# English, the language every other catalog falls back to.
