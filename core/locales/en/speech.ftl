# What is read aloud: the words a voice says for numbers, signs and the guided exercises.
# English, the language every other catalog falls back to.
