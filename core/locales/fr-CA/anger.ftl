# The anger log: its words around the pack's, and the line after saving a moment.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
