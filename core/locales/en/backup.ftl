# Backup and restore: what a backup holds, what came of restoring one.
# English, the language every other catalog falls back to.
