# The lines the app says about itself, that no capability returns: a setting saved, the lock set
# or removed, the phone's key store losing or refusing the key, and saying an entry instead of
# typing it. English, the language every other catalog falls back to.

## Settings and the lock

# A setting was changed.
saved = Saved.
# An app lock was set.
lock-set = App lock is on.
# The app lock was removed.
lock-removed = App lock is off.

## The phone's key store

# The key store has no key for a database that exists.
key-missing = The key for your data isn't on this device any more.
# The key store could not confirm the key's new home, so its old home stays.
key-not-moved = The key for your data could not be moved safely, so it stays where it was. Try again.
# The key store could not keep a new key, so nothing was created.
key-not-kept = This phone could not keep the key for your data, so nothing was set up. Try again.

## Saying it instead of typing it

# The microphone button on a form.
dictation-label = Say it instead
# Under the button, before he taps it.
dictation-hint = What you say is turned into text on this phone. Nothing is sent anywhere. You can change it before saving.
# While the phone listens.
dictation-listening = Listening. Tap when you're done.
# The button that stops listening.
dictation-stop = Done
# Over the words heard, before he saves.
dictation-transcript = Here's what I heard. Change anything you like, then save.
# Drops the words heard and listens again.
dictation-start-again = Start again
# Listening did not work; what he typed is kept.
dictation-failed = That didn't come through this time. What you typed is still here. You can try again, or type it.
# The switch that keeps the audio with a new journal entry.
keep-recording-label = Keep the recording
# Under that switch.
keep-recording-hint = Off unless you turn it on. Kept locked on this phone with this entry, up to five minutes, and deleted with it.
# A recording over the limits (journal::recording::MAX_RECORDING_SECONDS): the words stay, the
# audio is not kept.
recording-too-long = That recording is longer than five minutes, so only the words will be kept.
# Plays a kept recording on the entry's screen.
play-recording = Play the recording

## A lesson step

# Where he is in the module. $step: this step, from 1; $steps: how many there are.
lesson-progress = Step { $step } of { $steps }
# The forward button on most steps.
lesson-next = Next
# The forward button where the step's exercise can be left for now.
lesson-skip = Skip for now
# The forward button on the module's last step.
lesson-finish = Finish

## Your path: phases and module cards

# The path's heading and what it is.
path-title = Your path
path-intro = Yourself first, then the skills you share with a partner. Anything you've finished stays open to go back to.
# How long a module takes. $minutes: 5 to 10.
module-minutes = About { $minutes } minutes
# A module's state on its card.
module-done = Done
module-not-started = Not started
# $step: the step he is on, from 1; $steps: the module's steps.
module-in-progress = In progress: step { $step } of { $steps }
# $name: the counsellor's name or initials from the recommendation.
module-recommended-by = Recommended by { $name }
# The button that opens a module.
module-start = Start
module-continue = Continue
module-again = Go through it again
# A phase's progress.
phase-empty = Nothing here yet
phase-all-done = All done
# $done of $total things done.
done-of = { $done } of { $total } done

## Onboarding

onboarding-welcome = Welcome. This is your space.
onboarding-intro = Short modules, check-ins and a private journal, for working on yourself first and then on the skills you share with a partner. Go at your own pace. If things get hard, help is one tap away, on every screen.
onboarding-privacy = Everything stays on this phone, encrypted. No account, nothing sent anywhere. Only you decide what to export or share.
# The new-dad track after a loss.
track-paused = Paused for now. Choose it again whenever you want to pick it up.
baby-date-question = When is your baby due, or when was your baby born?
baby-date-hint = Optional. With a date, a new module opens at the right week. Without one, they come one after another. You can change it any time, for example if the baby comes early.
# Whether the baby's date is a due date or a birth date.
baby-due = Due
baby-born = Born
discreet-mode-hint = Notifications just say “Reminder”, and nothing on the screen says what the app is about.

## A plan on a "start here" path

plan-nothing-written = Nothing written yet
# $filled of the plan's $parts parts have something written.
plan-parts-filled = { $filled } of { $parts } parts filled in
plan-look-again = Look at it again
plan-fill-in = Fill it in
# The safety plan on a path. $parts: how many parts it has.
plan-safety-detail = { $parts } short parts: the signs a bad moment is coming, what helps, who to call. Write what you can now; it stays open to change.
plan-detail = Write what you can now; it stays open to change.

## A week's commitment

commitment-done = Done this week
commitment-not-this-time = Not this time. That's fine.
commitment-last-day = This week: last day today
commitment-until-tomorrow = This week: until tomorrow
# $weekday: the day it is due, as chrono writes it in small letters (mon, tue, ...).
commitment-until = This week: until { $weekday ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    }

## A finished module

# $steps: how many steps the module has.
completion-steps = { $steps ->
        [one] Went through 1 step
       *[other] Went through all { $steps } steps
    }
completion-first = Module done. Well worked.
completion-again = Gone through again. Repetition is how skills stick.

## Home

home-morning = Good morning
home-afternoon = Good afternoon
home-evening = Good evening
home-late = It's late. Glad you're here
home-check-in-prompt = How are you doing right now?
home-checked-in-today = Checked in today. Check in again whenever something shifts.
# The shortcuts: each label and the line under it.
home-check-in = Check in
home-check-in-hint = How you feel, in a few seconds.
home-anger-moment = Log an anger moment
home-anger-moment-hint = What happened and what you did, while it is fresh.
home-journal = Journal
# Under the journal's shortcut. $entries: how many entries he has written.
home-journal-entries = { $entries ->
        [0] Nothing written yet. A few lines is plenty.
        [one] 1 entry
       *[other] { $entries } entries
    }
home-insights = Insights
home-insights-hint = Patterns in your check-ins, as charts.
home-plans = My plans
home-plans-hint = Your safety plan, pause plan and the rest.
home-path = Your path
home-path-hint = Every module and where you are.

## The check-in form

check-in-title = How are you, right now?
check-in-anger = Any anger? 0 is none, 10 is the most
check-in-stress = Stress? 0 is none, 10 is the most
check-in-sleep = Hours slept last night
check-in-note = Anything you want to add (optional)

## The anger moment form (its title is home-anger-moment)

anger-moment-intro = Noticing it is the skill. A few words is plenty.
anger-moment-what-happened = What happened?
anger-moment-intensity = How strong was it? 0 to 10
anger-moment-thoughts = What went through your head?
anger-moment-what-i-did = What did you do?
anger-moment-next-time = What would you like to do next time?
anger-moment-repair = Does something need putting right with someone?

## Lists

# Joins a list one item at a time (Language::list): $before is the list so far, $next the item
# added, $place "last" for the last item and "more" for any before it.
list-join = { $place ->
        [more] { $before }, { $next }
       *[last] { $before } and { $next }
    }
