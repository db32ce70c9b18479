# Content packs: their status, a pack's preview before installing, what came of installing or removing.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
