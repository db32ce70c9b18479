# The report for a counsellor: its preview, its headings, its charts' labels.
# Français (Canada) : tutoiement, comme dans tout le paquet français.
