# Insights: the sentences about his check-ins and anger log, and the charts' labels.
# English, the language every other catalog falls back to.
#
# The rules for every sentence here: a pattern is a pattern, never a cause; days checked in are a
# count that only grows, never "only", "missed", "just", "should" or a streak; nothing judges him.

## The range shown

# The buttons that switch the range, short.
insights-range-week = Week
insights-range-month = Month
insights-range-quarter = 3 months
insights-range-year = Year
# Above the charts: the days the screen covers, ending today. $range: week, month, quarter or year.
insights-range-label = { $range ->
        [week] Last 7 days
        [month] Last 30 days
        [quarter] Last 90 days
       *[year] Last 12 months
    }

## The charts

# The name of each trend line (on the insights screen and in a report for a counsellor).
# How pleasant his check-ins felt, from -5 to 5.
insights-metric-pleasantness = Pleasantness
# How much energy, from -5 to 5.
insights-metric-energy = Energy
# Anger, from 0 to 10, from check-ins and logged anger moments.
insights-metric-anger = Anger
# Stress, from 0 to 10.
insights-metric-stress = Stress
# Anger by part of the day: 05:00 to 11:59, 12:00 to 16:59, 17:00 to 21:59, and the rest.
insights-morning = Morning
insights-afternoon = Afternoon
insights-evening = Evening
insights-night = Night
# Anger by weekday: each day's short name under its bar.
insights-mon = Mon
insights-tue = Tue
insights-wed = Wed
insights-thu = Thu
insights-fri = Fri
insights-sat = Sat
insights-sun = Sun
# The mark between a number's whole part and its tenths, in the averages of a pattern
# ("+1.5"): a full stop in English.
insights-decimal-mark = .

## This month

# How many days he checked in this calendar month. $days: days with at least one check-in, 0 to
# 31.
insights-month-days = { $days ->
        [0] No check-ins yet this month. Whenever you're ready, one takes ten seconds.
        [one] You checked in on 1 day this month.
       *[other] You checked in on { $days } days this month.
    }

## The last seven days in a few sentences

# No check-in in the last seven days.
insights-week-none = No check-ins in the last 7 days. Whenever you're ready, one takes ten seconds.
# $days: the days, of the last seven, with at least one check-in (1 to 7).
insights-week-days = { $days ->
        [one] You checked in on 1 of the last 7 days.
       *[other] You checked in on { $days } of the last 7 days.
    }
# The word from the mood meter he picked most this week. $word: that word.
insights-week-word = The word you picked most was "{ $word }".
# The two words he picked most this week. $first, $second: those words, most picked first.
insights-week-words = The words you picked most were "{ $first }" and "{ $second }".
# Where most of this week's check-ins sat on the mood meter. $quadrant: unpleasant_high_energy,
# pleasant_high_energy, unpleasant_low_energy, pleasant_low_energy or middle.
insights-week-quadrant = { $quadrant ->
        [unpleasant_high_energy] Most of your check-ins were unpleasant, high energy.
        [pleasant_high_energy] Most of your check-ins were pleasant, high energy.
        [unpleasant_low_energy] Most of your check-ins were unpleasant, low energy.
        [pleasant_low_energy] Most of your check-ins were pleasant, low energy.
       *[middle] Most of your check-ins were in the middle.
    }
# The anger moments he logged this week. $moments: how many (1 or more); $open: how many of them
# still need a repair he said was needed (0 up to $moments).
insights-week-anger = { $open ->
        [0] { $moments ->
            [one] You logged 1 anger moment. Noticing it is the skill.
           *[other] You logged { $moments } anger moments. Noticing it is the skill.
        }
        [one] { $moments ->
            [one] You logged 1 anger moment; 1 still needs a repair.
           *[other] You logged { $moments } anger moments; 1 still needs a repair.
        }
       *[other] You logged { $moments } anger moments; { $open } still need a repair.
    }

## Patterns: a tag, or sleep, against his check-ins

# How his check-ins felt on days with a tag against the other days. $tag: the tag, as he wrote
# it; $how: more, less or same (about as pleasant); $with, $without: the two averages of
# pleasantness, from -5 to 5, with their sign and one decimal ("+1.5", "-0.3").
insights-pattern-tag = { $how ->
        [more] On days you tagged { $tag }, your check-ins were more pleasant than on other days (average { $with } against { $without }). That's a pattern to notice, not a cause.
        [less] On days you tagged { $tag }, your check-ins were less pleasant than on other days (average { $with } against { $without }). That's a pattern to notice, not a cause.
       *[same] On days you tagged { $tag }, your check-ins were about as pleasant as on other days (average { $with } against { $without }). That's a pattern to notice, not a cause.
    }
# His energy on days after 7 hours' sleep or more against days after less. $how: more (higher),
# less (lower) or same; $with, $without: the two averages of energy, from -5 to 5, as above.
insights-pattern-sleep = { $how ->
        [more] On days after 7 hours' sleep or more, your energy was higher than after less sleep (average { $with } against { $without }). That's a pattern to notice, not a cause.
        [less] On days after 7 hours' sleep or more, your energy was lower than after less sleep (average { $with } against { $without }). That's a pattern to notice, not a cause.
       *[same] On days after 7 hours' sleep or more, your energy was about the same as after less sleep (average { $with } against { $without }). That's a pattern to notice, not a cause.
    }
# Too few days with a tag, or without it, to say anything yet. $tag: the tag; $days: the fewest
# days with, and without, before a pattern is described (3).
insights-pattern-tag-not-enough = { $days ->
        [one] Days tagged { $tag }: not enough data yet. Patterns show after 1 day with it and 1 without.
       *[other] Days tagged { $tag }: not enough data yet. Patterns show after { $days } days with it and { $days } without.
    }
# Too few days after 7 hours' sleep or more, or after less. $days: as above (3).
insights-pattern-sleep-not-enough = { $days ->
        [one] Sleep: not enough data yet. Patterns show after 1 day with it and 1 without.
       *[other] Sleep: not enough data yet. Patterns show after { $days } days with it and { $days } without.
    }

## The insights read aloud (each line said as a sentence)

# The first line. $range: week, month, quarter or year, as insights-range-label.
insights-spoken-range = { $range ->
        [week] Your insights: last 7 days
        [month] Your insights: last 30 days
        [quarter] Your insights: last 90 days
       *[year] Your insights: last 12 months
    }
# The words he picked most in the range. $words: up to five words, joined by commas, most
# picked first; $count: how many.
insights-spoken-words = { $count ->
       *[other] The words you picked most: { $words }
    }
