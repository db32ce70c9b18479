# A counsellor's recommendation: making one, reading one.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
