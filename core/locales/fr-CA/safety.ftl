# Help now, the safety plan, the crisis answer's own words, a line's hours, finding his people.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
