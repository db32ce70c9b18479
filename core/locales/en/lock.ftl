# The app lock: the lock screen, setting, changing and removing the lock, waits after wrong tries.
# English, the language every other catalog falls back to.
