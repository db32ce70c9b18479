# Insights: the sentences about his check-ins and anger log, and the charts' labels.
# English, the language every other catalog falls back to.
