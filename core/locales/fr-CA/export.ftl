# Export: the export screen and what came of exporting.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
