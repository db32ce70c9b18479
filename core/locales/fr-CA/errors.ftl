# What went wrong, said to him: each error the core returns, in plain words, never with his data.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
