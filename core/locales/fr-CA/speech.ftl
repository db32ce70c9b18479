# What is read aloud: the words a voice says for numbers, signs and the guided exercises.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
