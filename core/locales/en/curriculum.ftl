# The path: modules' states, what opens a module, answers, the baby's arrival, the new dad's mood check.
# English, the language every other catalog falls back to.

## Module titles and dates inside a sentence

# A module's title inside a sentence, in quotation marks. $title: the title, from the pack.
curriculum-quoted = “{ $title }”
# A month's short name, used inside the dates below (curriculum-opens-on, curriculum-date),
# which pass it their $month: 1 (January) to 12 (December).
curriculum-month = { $month ->
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
# A date with its year, e.g. "3 Mar 2026". $day: 1 to 31; $month: 1 to 12 (see curriculum-month);
# $year: e.g. 2026.
curriculum-date = { $day } { curriculum-month } { $year }

## Why a module is not open yet (on its card, and when he tries to open it)

# A module waiting for nothing he can see yet.
curriculum-opens-soon = Opens soon
# $modules: the titles of the modules to do first, each quoted and joined as a list (list-join in app.ftl).
curriculum-opens-after = Opens after { $modules }
# A partner module before his own work is done. $modules: as in curriculum-opens-after.
curriculum-we-after-own-work = Partner skills open after your own work: { $modules }
# Why the partner phases are closed. $left: how many modules he still has to do first.
curriculum-we-modules-left = { $left ->
        [one] Opens once you've done the work on yourself: { $left } more module to go.
       *[other] Opens once you've done the work on yourself: { $left } more modules to go.
    }
# The new-dad modules after he told the app they lost the baby ("Your path" is the path screen's
# title, path-title).
curriculum-paused-after-loss = Paused. You can pick this track up again in Your path, whenever you choose.
# A new-dad module for after the birth, while a due date has passed and no birth is recorded.
curriculum-opens-when-born = Opens once your baby has arrived
# A new-dad module that opens on a day, e.g. "Opens 3 Mar". $day: 1 to 31; $month: 1 to 12
# (see curriculum-month).
curriculum-opens-on = Opens { $day } { curriculum-month }
# Refusing a step of an exercise for two left on screen while the home safety question has not
# been answered: the same words as the pack's label for it.
curriculum-asks-first = One question first
# The same after a yes or "not sure" to the home safety question, within four weeks.
curriculum-closed-until-safe = Opens when you both feel safe

## The new-dad track's weeks

# When a timed module belongs, on its card. $weeks: how many weeks before the due date (1 or more).
curriculum-weeks-before-due = { $weeks ->
        [one] { $weeks } week before the due date
       *[other] { $weeks } weeks before the due date
    }
curriculum-week-of-birth = The week of the birth
# $weeks: how many weeks after the birth (1 or more).
curriculum-weeks-after-birth = { $weeks ->
        [one] { $weeks } week after birth
       *[other] { $weeks } weeks after birth
    }
# Home's line on the new-dad track, before the due date. $weeks: about how many weeks are left
# (1 or more).
curriculum-stage-to-due = { $weeks ->
        [one] About a week to the due date.
       *[other] About { $weeks } weeks to the due date.
    }
curriculum-stage-due-today = Your due date is today.
# Once the due date has passed and no birth is recorded. $days: 1 to 13 days since it.
curriculum-stage-due-days-ago = { $days ->
        [1] Your due date was yesterday.
       *[other] Your due date was { $days } days ago.
    }
# $weeks: whole weeks since the due date (2 or more).
curriculum-stage-due-weeks-ago = { $weeks ->
        [one] Your due date was { $weeks } week ago.
       *[other] Your due date was { $weeks } weeks ago.
    }
# The baby's first week of life.
curriculum-stage-first-week = Your baby is here: this is the first week.
# $weeks: the baby's age in whole weeks (1 or more).
curriculum-stage-baby-weeks = { $weeks ->
        [one] Your baby is { $weeks } week old.
       *[other] Your baby is { $weeks } weeks old.
    }

## Home's main card: the one next step

# A module he started. $step: the step he is on, from 1; $steps: the module's steps.
curriculum-next-pick-up = Pick up where you left off: step { $step } of { $steps }.
# A module a counsellor recommended. $name: the counsellor's name or initials; $summary: the
# module's one-sentence summary, from the pack.
curriculum-next-recommended = Recommended by { $name }. { $summary }
# After he said things are hard at home: the "start here" path's module. $summary: the module's
# summary, from the pack.
curriculum-next-start-here = Start here tonight. { $summary }
# Nothing to start now, a new-dad module opens later. $opens: when, e.g. "Opens 3 Mar"
# (curriculum-opens-on).
curriculum-next-upcoming = { $opens }. Until then, check in, write, or go back over anything you've done.
# Every module on his tracks is done: the card's title and its line.
curriculum-next-all-done-title = You've done every module on your path
curriculum-next-all-done = That took real work. Revisit any module, keep checking in, or add another track in settings.

## What finishing a module, or answering the home safety question, opened

# $phase: the partner phase's title, from the pack.
curriculum-phase-open-now = { $phase } is open now. You've done the groundwork for it.
# $title: the module's title, from the pack.
curriculum-module-open-now = “{ $title }” is open now

## Going through a module: why a step or an answer was refused

curriculum-no-such-step = this module has no such step
curriculum-open-module-first = open the module first
curriculum-steps-in-order = go through the steps in order
curriculum-not-the-open-step = that is not the step that is open; open the module again
curriculum-step-has-no-exercise = this step has no exercise
curriculum-answer-to-go-on = answer this one to go on
curriculum-not-finished = this module is not finished yet
# An answer of another kind than the step's exercise. $kind: the exercise's kind, one of
# reflection, scale, choice, multi-choice, emotions, checklist, breathing, body-scan, plan,
# commitment.
curriculum-answer-wrong-kind = this step's exercise is a { $kind } exercise
curriculum-pick-an-option = pick one of the options shown
curriculum-option-once = each option can be picked once
# Something he wrote is too long. $limit: the most characters allowed.
curriculum-keep-under = { $limit ->
        [one] keep it under { $limit } character
       *[other] keep it under { $limit } characters
    }
# $min and $max: the scale's ends.
curriculum-pick-a-number = pick a number from { $min } to { $max }
# Too many options picked. $max: the most he may pick.
curriculum-pick-at-most = pick at most { $max }
# Too many emotion words picked. $max: the most he may pick.
curriculum-pick-at-most-words = { $max ->
        [one] pick at most { $max } word
       *[other] pick at most { $max } words
    }
curriculum-pick-shown-words = pick words from the ones shown
curriculum-word-once = each word can be picked once
# More breaths done than the exercise has. $breaths: how many it has.
curriculum-breaths-in-exercise = { $breaths ->
        [one] this exercise has { $breaths } breath
       *[other] this exercise has { $breaths } breaths
    }
# More parts of the body scan done than it has. $regions: how many it has.
curriculum-regions-in-scan = { $regions ->
        [one] this scan has { $regions } region
       *[other] this scan has { $regions } regions
    }
curriculum-field-not-in-plan = that field is not part of this plan
# One part of a plan is too long. $limit: the most characters allowed.
curriculum-keep-each-under = { $limit ->
        [one] keep each answer under { $limit } character
       *[other] keep each answer under { $limit } characters
    }

## A finished module: one line per thing he did

curriculum-did-reflection = Wrote a reflection, saved in your journal
# $value: the number he picked; $max: the top of the scale.
curriculum-did-rate = Rated it { $value } out of { $max }
# $option: the option he chose, from the pack.
curriculum-did-choose = Chose “{ $option }”
# $options: how many options he picked (1 or more).
curriculum-did-pick-options = { $options ->
        [one] Picked { $options } option
       *[other] Picked { $options } options
    }
# $feelings: how many emotion words he picked (1 or more).
curriculum-did-name-feelings = { $feelings ->
        [one] Named { $feelings } feeling
       *[other] Named { $feelings } feelings
    }
# $items: how many items he ticked (1 or more).
curriculum-did-tick-items = { $items ->
        [one] Ticked { $items } item
       *[other] Ticked { $items } items
    }
# $breaths: how many slow breaths he finished (1 or more).
curriculum-did-breathe = { $breaths ->
        [one] Practised { $breaths } slow breath
       *[other] Practised { $breaths } slow breaths
    }
curriculum-did-body-scan = Did the body scan
# $title: the plan's title, from the pack, e.g. "My pause plan".
curriculum-did-build = Built “{ $title }”
curriculum-did-commit = Picked one thing to try this week

## The week's commitment

# The choices on a commitment's card during its week.
curriculum-commitment-open = Still on it
curriculum-commitment-done = Done
curriculum-commitment-not-this-time = Not this time
# Home's question once a commitment's week is over.
curriculum-week-review-title = How did last week go?
# $commitment: what he said he would try, in his words.
curriculum-week-review-question = You said you'd try: “{ $commitment }”. How did it go?
curriculum-week-review-hint = There's no wrong answer. Knowing what happened helps you choose what to try next.
# The three answers to it, and what he reads after each.
curriculum-week-done = Done
curriculum-week-partly = Partly
curriculum-week-not-this-time = Not this time
curriculum-week-done-reply = You did what you set out to do. That's worth noticing: it's how change sticks, one week at a time.
curriculum-week-partly-reply = Part of it happened, and that counts. Think about what helped the times it worked, and keep that for next week.
curriculum-week-not-this-time-reply = That's fine. A week that didn't go to plan tells you something; it isn't a mark against you. Pick it up again, or choose something smaller next time.
# Answering the question before the week is over.
curriculum-week-not-over = that week isn't over yet: mark it done or not this time on its card

## Timed exercises: paced breathing and the body scan

curriculum-exercise-ready = Ready when you are
curriculum-exercise-start = Start
curriculum-exercise-stop = Stop
# What each part of a breath is called while it lasts.
curriculum-breathe-in = Breathe in
curriculum-breathe-hold = Hold
curriculum-breathe-out = Breathe out

## The tracks and the baby's date

curriculum-tracks-at-least-one = choose at least one track
curriculum-tracks-listed = choose tracks from the ones listed
curriculum-tracks-once = each track can be chosen once
# A due date too far ahead. $weeks: the most weeks ahead it may be (42).
curriculum-due-date-too-far = { $weeks ->
        [one] a due date is at most { $weeks } week away; if the baby is here, give the birthday
       *[other] a due date is at most { $weeks } weeks away; if the baby is here, give the birthday
    }
curriculum-birthday-range = a birthday is today or within the last three years
# Picking up a track that is not the one timed by the baby's date.
curriculum-resume-new-dad-only = choose the new-dad track from the ones listed

## Has your baby arrived? (home, once a due date has passed with no birth recorded)

curriculum-arrival-title = Has your baby arrived?
curriculum-arrival-message = Your due date has passed. Let Groundwork know where things are, so your modules fit.
curriculum-arrival-yes = Yes, our baby is here
curriculum-arrival-born-on = When was your baby born?
curriculum-arrival-not-yet = Not yet
curriculum-arrival-lost = We lost our baby
# An answer when there is nothing to answer.
curriculum-arrival-nothing-to-answer = there is no due date on the new-dad track to answer about
curriculum-arrival-too-soon = the due date has not come yet
# What he reads after each answer.
curriculum-arrival-congratulations = Congratulations. From here, your modules follow your baby's age.
curriculum-arrival-asked-again = Thanks. Nothing changes for now, and you'll be asked again in a few days.
curriculum-arrival-stopped = The new-dad modules and reminders have stopped.
# The screen after "We lost our baby".
curriculum-loss-title = This is a loss for you too
curriculum-loss-message = Losing a baby, at any point in a pregnancy or after the birth, is a real loss, and it is yours as well as your partner's. There is no right way to feel and no timetable for grief. Many dads put their own grief aside to look after everyone else. Yours needs room too.
curriculum-loss-paused = The new-dad modules and their reminders have stopped. Everything else you've done stays here. If and when you choose, you can pick the new-dad track up again in Your path.
curriculum-loss-lines = People who support parents after losing a baby
curriculum-loss-done = Back to home

## The new dad's mood check and the home safety question: answers refused

curriculum-mood-not-due = there is no mood check to answer now
curriculum-mood-three-answers = answer each of the three questions, once
curriculum-mood-answer-range = each answer is 0 (not at all) to 3 (nearly every day)
curriculum-home-safety-not-asked = there is no question to answer now

## Onboarding: are things hard at home right now?

curriculum-hard-question = Are things hard at home right now?
curriculum-hard-yes = Yes, things are heated right now
curriculum-hard-no = Not right now
curriculum-hard-hint = With a yes, you start with two things you can do tonight: a plan for pausing before anger takes over, and a plan for the hardest moments. Only you see this answer.

## Home's last check-in, and the journal's prompt themes

# When his last check-in was, today. $hour: the hour, two digits (00 to 23); $minute: two digits.
curriculum-home-today-at = Today, { $hour }:{ $minute }
# Earlier this week. $days: 1 to 6 days ago. (Older ones show the date: curriculum-date.)
curriculum-home-days-ago = { $days ->
        [1] Yesterday
       *[other] { $days } days ago
    }
# A theme of the journal's prompt library, as its heading. $theme: the theme's id.
curriculum-prompt-theme = { $theme ->
        [strengths] Strengths
        [body] Body
        [values] Values
        [stress] Stress
        [feelings] Feelings
        [anger] Anger
        [relationships] Relationships
        [fatherhood] Fatherhood
        [gratitude] Gratitude
        [repair] Repair
        [growth] Growth
       *[hard-days] Hard days
    }
