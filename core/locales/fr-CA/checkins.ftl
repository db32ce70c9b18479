# A check-in: its form's own words, the line after saving one, and its history.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
