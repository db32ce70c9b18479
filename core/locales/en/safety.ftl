# Help now, the safety plan, the crisis answer's own words, a line's hours, finding his people.
# English, the language every other catalog falls back to.
