# Insights: the sentences about his check-ins and anger log, and the charts' labels.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
