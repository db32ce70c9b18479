# The report for a counsellor: its preview, its headings, its charts' labels.
# English, the language every other catalog falls back to.
# The report is in his voice ("I made this"), written to his counsellor; the preview around it
# speaks to him. A measure's name ($measure: "Pleasantness", "Anger") comes from the insights.

## Days, times and numbers in the report

# The month's name in a date written in full (share-date, share-date-weekday). $month: 1 to 12.
share-month-in-date = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
# The month's name in a short date, on a chart's axis or in a table (share-date-short).
share-month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
# The weekday's name in a date written in full (share-date-weekday). $weekday: 1 (Monday) to 7.
share-weekday = { $weekday ->
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
        [6] Sat
       *[7] Sun
    }
# The weekday's name in a short date, in a table (share-date-weekday-short).
share-weekday-short = { $weekday ->
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
        [6] Sat
       *[7] Sun
    }
# A day: "3 Nov 2026". $day: the day of the month; $year. The month's name is share-month-in-date.
share-date = { $day } { share-month-in-date } { $year }
# A day on a chart's axis or in a table: "3 Nov".
share-date-short = { $day } { share-month-short }
# A day with its weekday, heading a journal entry: "Tue 3 Nov 2026".
share-date-weekday = { share-weekday } { $day } { share-month-in-date } { $year }
# A day with its weekday in the table of days: "Tue 3 Nov".
share-date-weekday-short = { share-weekday-short } { $day } { share-month-short }
# When an anger moment happened: "Tue 3 Nov 2026, 19:40". $hour (00 to 23) and $minute (00 to
# 59) are two digits each; the day is share-date-weekday.
share-date-weekday-time = { share-date-weekday }, { $hour }:{ $minute }
# A number with one decimal place: 3.5. $whole: the part before the mark (may be "-0"); $tenths:
# the digit after it.
share-decimal = { $whole }.{ $tenths }

## The report's heading

# The report's title.
share-title = My Groundwork report
# Under the title, in his voice to his counsellor.
share-intro = I made this in Groundwork to share with you. It holds only what I chose to include.
# The span the report covers, on its own line under the title. $from, $to: days (share-date).
share-span = { $from } to { $to }
# A chart's title, read out by screen readers. $measure: what it measures; $from, $to: days.
share-chart-title = { $measure }, { $from } to { $to }

## The preview, shown to him before the report is made

# The preview's heading. $from, $to: days (share-date).
share-preview-title = Report for { $from } to { $to }
# When nothing is chosen yet.
share-nothing-chosen = Nothing chosen yet. Pick what you would like to include: check-in trends, journal entries, completed modules, living documents or the anger log.
# Under the sections.
share-preview-note = Only what is listed here goes into the report. It is made on this device and goes nowhere until you choose where to save or share it.

## The sections' headings

share-trends-title = Check-in trends
share-entries-title = Journal entries
share-modules-title = Completed modules
share-documents-title = Living documents
share-anger-title = Anger log

## Check-in trends

# In the report, when there were no check-ins in the span.
share-check-ins-none = No check-ins on these days, so the charts are empty.
# In the preview, the same before the report is made.
share-check-ins-none-yet = No check-ins on these days, so the charts will be empty.
# $check_ins: check-ins in the span; $days: days with at least one; $span: days in the span.
share-check-ins = { $check_ins ->
        [one] { $check_ins } check-in
       *[other] { $check_ins } check-ins
    } on { $days } of the { $span ->
        [one] { $span } day
       *[other] { $span } days
    }.
# In the preview, after share-check-ins.
share-trends-charts = Charts of pleasantness, energy, anger and stress, and each day's average beside its highest reading.
# Under the charts.
share-charts-note = Each point is the average for a day (a week, over long spans); a ring above it marks a higher single reading that day. A break in a line is a time without readings.
# Inside a chart with no readings.
share-chart-no-readings = No readings on these days
# Beside the ring of a higher single reading, inside a chart. $value: the reading.
share-chart-highest = highest { $value }

## One measure in words (read out in place of its chart, and listed in the Markdown)
## $measure: its name; $min, $max: its scale; $average: the average; numbers as share-decimal.

share-trend-no-readings = { $measure } (from { $min } to { $max }): no readings on these days.
# One day with readings. $day: that day (share-date).
share-trend-one-day = { $measure } (from { $min } to { $max }): { $average } on { $day }, the only day with readings.
# Over a long span, points are weeks. $day: the week's first day.
share-trend-one-week = { $measure } (from { $min } to { $max }): { $average } in the week of { $day }, the only week with readings.
# $points: days with readings; $lowest, $highest: the lowest and highest day's average, on
# $lowest_day and $highest_day.
share-trend-days = { $measure } (from { $min } to { $max }): averaged { $average } over { $points ->
        [one] { $points } day
       *[other] { $points } days
    } with readings; lowest { $lowest } on { $lowest_day }, highest { $highest } on { $highest_day }.
# The same over a long span, by weeks; the days are each week's first.
share-trend-weeks = { $measure } (from { $min } to { $max }): averaged { $average } over { $points ->
        [one] { $points } week
       *[other] { $points } weeks
    } with readings; lowest { $lowest } in the week of { $lowest_day }, highest { $highest } in the week of { $highest_day }.
# After one of the above, when a single reading was higher than every average. $value: it; $day.
share-trend-highest-reading = The highest single reading was { $value } on { $day }.

## The table of days (or weeks)

# Its heading, by days.
share-by-day = Day by day: the average, and the highest reading when one was higher
# Its heading over long spans, by weeks.
share-by-week = Week by week: the average, and the highest reading when one was higher
# The first column's heading.
share-column-day = Day
share-column-week = Week
# A row over a long span. $day: the week's first day (share-date-short).
share-week-of = Week of { $day }
# A cell: a day's average, and its highest single reading when that was higher.
share-average-and-highest = { $average } (highest { $highest })

## The Markdown report's table of measures

share-column-measure = Measure
share-column-scale = Scale
share-column-average = Average
share-column-lowest-day = Lowest day
share-column-highest-day = Highest day
share-column-highest-reading = Highest reading
# A measure's scale. $min, $max: its ends.
share-scale = { $min } to { $max }
# In the Average column, for a measure with no readings.
share-no-readings-cell = no readings

## Journal entries

# In the preview. $entries: how many are chosen.
share-entries-summary = { $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    }, in full.
# Under an entry. $tags: its tags, with commas between.
share-tags = Tags: { $tags }

## Completed modules

share-modules-none = No modules completed on these days yet.
# In the preview. $modules: how many.
share-modules-summary = { $modules ->
        [one] { $modules } module
       *[other] { $modules } modules
    }.
# Beside a module's title. $phase: the phase it belongs to; $day: when he completed it.
share-module-detail = { $phase }, completed { $day }

## Living documents (the safety plan, the pause plan and the like)

# In the preview. $documents: how many are chosen.
share-documents-summary = { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }, as they are now.
# In the preview, beside a document he has not started.
share-document-empty = Nothing written in it yet
# In the report, under such a document's title.
share-document-empty-sentence = Nothing written in it yet.
# In the preview. $filled: parts with something written; $parts: all its parts.
share-document-filled = { $parts ->
        [one] { $filled } of { $parts } part filled in
       *[other] { $filled } of { $parts } parts filled in
    }

## The anger log

share-anger-none = No anger moments logged on these days.
# In the preview. $moments: how many in the span.
share-anger-summary = { $moments ->
        [one] { $moments } moment
       *[other] { $moments } moments
    }. For each: when, how strong (0 to 10), what you did, and whether something needed putting right. What happened, your body's cues and your thoughts stay out.
# In the preview, one moment. $intensity: 0 to 10; $did: what he wrote he did (or
# share-anger-not-written); $repair: "not-needed", "done" or "not-yet".
share-anger-detail = How strong: { $intensity } of 10. What you did: { $did }. Putting it right: { $repair ->
        [not-needed] not needed
        [done] done
       *[not-yet] not yet
    }.
# The report's table of moments: its headings, in his voice.
share-column-when = When
share-column-strength = How strong
share-column-did = What I did
share-column-repair = Putting it right
# A cell: how strong. $intensity: 0 to 10.
share-anger-strength = { $intensity } of 10
# When he wrote nothing about what he did.
share-anger-not-written = Not written
# Whether it needed putting right, and whether he has.
share-repair-not-needed = Not needed
share-repair-done = Done
share-repair-not-yet = Not yet

## What he chose that breaks a rule (said after "Check the dates:" and the like)

share-rule-day-order = the last day must be on or after the first day
share-rule-span-too-long = a report can cover at most five years; choose a shorter span
# $limit: the most entries one report may hold (200).
share-rule-too-many-entries = { $limit ->
        [one] choose at most { $limit } entry for one report
       *[other] choose at most { $limit } entries for one report
    }
# $limit: the most living documents one report may hold (20).
share-rule-too-many-documents = { $limit ->
        [one] choose at most { $limit } document for one report
       *[other] choose at most { $limit } documents for one report
    }
share-rule-entry-outside-dates = choose entries written within the report's dates
share-rule-nothing-chosen = choose at least one thing to include in the report
