# The journal: its screens, prompts' words around the pack's, search, and the line after saving.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
