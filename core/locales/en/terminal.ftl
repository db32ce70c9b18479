# The terminal companion's own lines: its menus, prompts and commands around the screens.
# English, the language every other catalog falls back to.
