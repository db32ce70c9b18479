# The path: modules' states, what opens a module, answers, the baby's arrival, the new dad's mood check.
# English, the language every other catalog falls back to.
