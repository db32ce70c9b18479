# The report for a counsellor: its preview, its headings, its charts' labels.
# English, the language every other catalog falls back to.
