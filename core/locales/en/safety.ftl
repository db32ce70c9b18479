# Help now, the safety plan, the crisis answer's own words, a line's hours, finding his people.
# English, the language every other catalog falls back to.
# The lines' names, who they are for, the situations, first steps and the crisis answer's texts
# come from the pack; these are only the app's own words around them.

## Help now

# Help now's heading.
safety-help-now-title = Help now
# When his region is not known: the question over the list of countries.
safety-region-prompt = Where are you? Pick your country to see the right numbers.
# The heading over what he can do this minute, before the lines (the situation's first steps).
safety-first-steps-title = Right now
# The heading of the pause plan's safeguards on help now (his own plan's title replaces it once
# the app is unlocked).
safety-pause-plan-title = My pause plan
# Buttons from help now to his plans: before he has written in them, and after.
safety-make-safety-plan = Make your safety plan
safety-edit-safety-plan = Edit your safety plan
safety-make-pause-plan = Make your pause plan
safety-edit-pause-plan = Edit your pause plan
# A region that is not one of help now's (the rule a region code broke).
safety-region-not-listed = choose one of the regions listed
# The phone's UTC offset is a day or more (the rule the offset broke).
safety-offset-too-large = must be less than a day from UTC
# After he answered no to the two questions after a hard check-in.
safety-questions-thanks = Thanks for answering. Help is always one tap away.

## The help button on every screen

# The button's words.
safety-help-button = Help now
# What screen readers say for it.
safety-help-button-accessibility = Help now: lines to call or text, and your plans

## A help line's buttons and where it came from

# The call button (also on the help button, for the emergency number). $number: the number as
# the service writes it ("13 11 14", "000").
safety-call = Call { $number }
# The text button when the line asks for a word. $word: the word to send ("HOME"); $number: the
# number to text.
safety-text-word = Text { $word } to { $number }
# The text button. $number: the number to text.
safety-text = Text { $number }
# The button that opens the line's web page.
safety-website = Website
# Under a line that comes with the app.
safety-origin-built-in = Built into Groundwork
# Under a local service an installed pack adds. $pack: that pack's title.
safety-origin-added = Added by { $pack }, installed on this phone

## A help line read aloud

# $number: the number as the voice says it ("thirteen eleven fourteen", or digits for a voice
# in another language).
safety-spoken-call = Call { $number }
# A line with no call number. $word: the word to send; $number: as above.
safety-spoken-text-word = Text the word { $word } to { $number }
# A line that can also be called. $word, $number: as above.
safety-spoken-or-text-word = Or text the word { $word } to { $number }
# A line with no call number and no word to send. $number: as above.
safety-spoken-text = Text { $number }
# A line that can also be called, with no word to send. $number: as above.
safety-spoken-or-text = Or text { $number }
# A line with only a website.
safety-spoken-website = Reach them through their website

## A line's hours, in his own time

# A line open day and night.
safety-hours-always = Open 24 hours
# A line whose hours are not known.
safety-hours-unknown = See the website for hours
# Open now, closing within a day. $time: when it closes ("10 pm", "midnight").
safety-hours-open-until = Open now until { $time }
# Open now, closing more than a day from now. $day: the day it closes ("tomorrow", "Sunday",
# "next Sunday"); $time: as above.
safety-hours-open-until-day = Open now until { $day } { $time }
# Closed now, opening later today. $time: when it opens ("9 am").
safety-hours-opens = Closed now, opens { $time }
# Closed now, opening on another day. $day: "tomorrow", "Monday", "next Saturday"; $time: as
# above.
safety-hours-opens-day = Closed now, opens { $day } { $time }
# Closed now, opening at the next midnight.
safety-hours-opens-midnight = Closed now, opens at midnight
# The time a line closes when that is midnight.
safety-hours-midnight = midnight
# The day after today.
safety-day-tomorrow = tomorrow
# A day within the coming week. $weekday: its short name in small letters (mon, tue, ...).
safety-day-weekday = { $weekday ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    }
# A day a week or more from today. $weekday: as above.
safety-day-next-weekday = next { $weekday ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    }

## Discreet mode: help now on the lock screen with nothing that says what a line is for

# The heading of the neutral list, and the lock screen's button (the same word).
safety-discreet-title = Numbers
# What screen readers say for that button and heading.
safety-discreet-accessibility = Phone numbers
# The button that shows the full help now.
safety-discreet-show-details = Show what each line is for
# The emergency number's neutral name.
safety-discreet-emergency = Emergency
# Each other line's neutral name. $number: its place in the list, from 1.
safety-discreet-line = Line { $number }

## The quiet card on home the day after a yes to a safety question

safety-home-card-title = Help is here
safety-home-card-message = You said things were hard. The people on these lines are there any time, and so is your plan.
# The button that opens help now.
safety-home-card-action = Help now

## The crisis answer

# One tap to his plan once he has written in it. $plan: the plan's title, first letter small
# ("my pause plan").
safety-open-plan = Open { $plan }
# One tap to make that plan, before he has written in it. $plan: as above.
safety-make-plan = Make { $plan }

## Find your people: where men meet in his region

# The heading, on help now, after the friends module and on home.
safety-people-title = Find your people
# The line before the groups.
safety-people-intro = Places where men meet, talk and do things side by side. Going along is not instead of help; you can do both.
# A group's web button.
safety-people-find-nearest = Find the nearest
# Under a group whose details are not yet confirmed.
safety-people-unconfirmed = Not yet confirmed: check the website before you go
# Under a group: when its details were checked. $day: day of the month; $month: 1 to 12;
# $year: four digits.
safety-people-checked = Details checked { $day } { $month ->
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
    } { $year }
# The same, when the date is not readable.
safety-people-checked-undated = Details checked
# Home's card, a few weeks in.
safety-people-home-message = A few weeks in. Some men find it helps to meet others doing the same work. Here is where men meet near you.
# The button that puts that card away for good.
safety-people-not-now = Not now

## His plans

# The safety plan's title.
safety-plan-title = My safety plan
# Under a safety plan step with examples. $prompt: the step's question; $examples: its examples,
# separated by "; ".
safety-plan-hint = { $prompt } For example: { $examples }.
# A plan read aloud when nothing is written in it yet, before its parts are named.
safety-plan-spoken-empty = Nothing written in it yet. These are its parts
# A plan read aloud: one part he filled in. $label: the part's name; $text: what he wrote.
safety-plan-spoken-part = { $label }: { $text }
# The pause plan read aloud: before its safeguards.
safety-plan-spoken-safeguards = Every time you take a pause
# A field the plan does not have (the rule a save broke).
safety-plan-unknown-field = that field is not part of this document

## The languages a line answers in

# Under a line whose own page names its languages. $languages: their names, joined as a list.
safety-answers-in = Answers in { $languages }.
# Languages by their code in helplines.toml (`languages`), as named inside that sentence.
safety-language-en = English
safety-language-fr = French
safety-language-cr = Cree
safety-language-oj = Ojibway
safety-language-iu = Inuktitut
