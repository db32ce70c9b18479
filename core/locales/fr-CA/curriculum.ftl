# The path: modules' states, what opens a module, answers, the baby's arrival, the new dad's mood check.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
