# The terminal companion's own lines: its menus, prompts and commands around the screens.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
