# The app lock: the lock screen, setting, changing and removing the lock, waits after wrong tries.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
