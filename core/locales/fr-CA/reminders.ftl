# Reminders: their settings, and what the notifications say (discreet or not).
# Français (Canada) : tutoiement, comme dans tout le paquet français.
