# Backup and restore: what a backup holds, what came of restoring one.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
