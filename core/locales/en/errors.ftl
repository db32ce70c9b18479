# What went wrong, said to him: each error the core returns, in plain words, never with his data.
# English, the language every other catalog falls back to.
