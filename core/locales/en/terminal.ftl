# The terminal companion's own lines: its menus, prompts and commands around the screens.
# English, the language every other catalog falls back to.
#
# Around the core's words (titles, labels, sentences from the screen models) the terminal writes
# its own: headings, prompts, confirmations, hints and the commands to type next. Commands
# (`groundwork ...`), options (--region) and the keys of the menu ([h], [q], y/n) are given as
# values or kept as they are: the program reads them in English whatever the language. A prompt
# ends where he starts typing: the terminal adds the space after it.

## Small pieces used everywhere

# A label and its value, or a label and the command that does it: "Body: jaw tight",
# "Start: groundwork lesson body-signals". $label: the label; $value: what follows it.
terminal-label-value = { $label }: { $value }
# A heading over a list. $heading: the heading.
terminal-heading-colon = { $heading }:
# Asking for one field, before what he types. $label: the field's label.
terminal-field-prompt = { $label }:
# Asking for one field with a hint in brackets. $label: the field's label; $hint: the hint.
terminal-field-prompt-with-hint = { $label } ({ $hint }):
# Points to a key of the interactive menu. $label: what it does; $key: the key (a letter or
# number, not translated).
terminal-type-key = { $label }: type { $key }
# What comes next, under home and after onboarding. $title: the next step's title.
terminal-next = Next: { $title }
# What comes next after a module. $title: the next step's title; $detail: its one-line detail.
terminal-next-with-detail = Next: { $title }. { $detail }
# A commitment for this week. $text: what he will do; $when: until when (the core's words).
terminal-this-week = This week: { $text } ({ $when })
# Tags under a check-in or a journal entry. $tags: the tags, separated by commas.
terminal-tags-line = tags: { $tags }
# A link's words inside a lesson's text, which the terminal cannot open. $text: the link's words.
terminal-link = { $text } [link]
# A counsellor's note, quoted. $note: the note.
terminal-quoted-note = "{ $note }"
# A change was saved.
terminal-saved = Saved.

## Answers typed

# The answers that mean yes, separated by commas, any case. Keep y and yes: scripts type them.
terminal-answers-yes = y, yes
# The answers that mean no, separated by commas, any case. Keep n and no.
terminal-answers-no = n, no
# The answers that turn a reminder off, separated by commas, any case. Keep off.
terminal-answers-off = off
# A yes-or-no question. $question: the question. The letters are the first of the yes and no
# answers above.
terminal-ask-yes-no = { $question } [y/n]
# A yes-or-no question whose answers have labels. $question: the question; $yes, $no: the
# labels of yes and no.
terminal-ask-yes-no-labelled = { $question } [y = { $yes }, n = { $no }]
# A question he can answer yes or no, or skip with Enter. $question: the question; $yes, $no,
# $skip: the labels of each answer.
terminal-ask-yes-no-skip-labelled = { $question } [y = { $yes }, n = { $no }, Enter = { $skip }]
# After a label, when he may leave it empty. $label: the question.
terminal-or-enter-to-skip = { $label } (or Enter to skip)
# The same, for a label that is not a question. $label: the label.
terminal-or-enter-to-skip-colon = { $label } (or Enter to skip):
# A number was expected.
terminal-type-a-number = Type a number.
# A number was expected, or nothing.
terminal-type-a-number-or-skip = Type a number, or press Enter to skip.
# A whole number within a range was expected. $min, $max: the range.
terminal-type-whole-number-from-to = Type a whole number from { $min } to { $max }.
# A number within a range was expected. $min, $max: the range.
terminal-type-a-number-from-to = Type a number from { $min } to { $max }.
# One of the numbers in a list was expected.
terminal-type-a-number-listed = Type one of the numbers listed.
# One or more of the numbers in a list were expected.
terminal-type-numbers-listed = Type one or more of the numbers listed.
# Before the lines of a step, with no exercise: Enter goes on. $label: the button's words
# ("Next", "Finish").
terminal-enter-to = [Enter] { $label }

## The interactive menu (keys in brackets stay the same in every language)

terminal-menu-get-started = Get started
terminal-menu-check-in = Check in
terminal-menu-write = Write in the journal
terminal-menu-search = Search the journal
terminal-menu-anger-moment = Log an anger moment
terminal-menu-next-module = Next module
terminal-menu-path = Your path
terminal-menu-insights = Insights
terminal-menu-plans = Plans
terminal-menu-home = Home
terminal-menu-counsellor-code = A counsellor's code
terminal-menu-reminders = Reminders
terminal-menu-app-lock = App lock
terminal-menu-region-and-tracks = Region and tracks
terminal-menu-quit = Quit
# He typed something that is not a key of the menu.
terminal-menu-type-a-key = Type one of the letters or numbers in brackets.

## Home

# The check-in line. $prompt: the core's question ("How are you doing right now?").
terminal-home-check-in = Check-in: { $prompt }
# His last check-in. $when: when (the core's words); $quadrant: where it sat on the mood meter.
terminal-home-last-check-in = Last: { $when } ({ $quadrant })
# The same, with the words he picked. $words: the words, separated by commas.
terminal-home-last-check-in-words = Last: { $when } ({ $quadrant }): { $words }
# The journal line. $label: how many entries (the core's words).
terminal-home-journal = Journal: { $label }
# Before onboarding, in the menu. $key: the menu's key for it.
terminal-home-new-here-menu = New here? Type { $key } to choose your region and your path.
# Before onboarding, on the command line. $command: the command that does it.
terminal-home-new-here = New here? `{ $command }` picks your region and path.
# The question after something heavy, in the menu. $title, $question: the core's words; $key:
# the menu's key for it.
terminal-home-follow-up-menu = { $title } { $question } (type { $key })

## Check-ins

# No check-in yet. $command: the command that records one.
terminal-no-check-ins = No check-ins yet. `{ $command }` records one.
# One check-in in a list. $when: its date and time; $pleasantness, $energy: where it sat, -5 to
# +5, with their sign; $quadrant: the mood meter's words for it.
terminal-check-in-line = { $when }  pleasantness { $pleasantness }, energy { $energy }  ({ $quadrant })
# Under a check-in. $level: 0 to 10.
terminal-check-in-anger = anger { $level }/10
# Under a check-in. $level: 0 to 10.
terminal-check-in-stress = stress { $level }/10
# Under a check-in. $hours: hours slept, with one decimal.
terminal-check-in-slept = slept { $hours } h
# The suggested tags, under the emotion words. $tags: the tags, separated by commas.
terminal-tags-suggested = Tags: { $tags }
# A check-in was deleted.
terminal-check-in-deleted = Check-in deleted.
# Asking where he is on the mood meter. $min, $max: the scale's ends.
terminal-check-in-how-pleasant = How pleasant does it feel? ({ $min } to { $max })
# Asking where he is on the mood meter. $min, $max: the scale's ends.
terminal-check-in-how-much-energy = How much energy do you have? ({ $min } to { $max })
# Over the emotion words he can pick.
terminal-check-in-words = Words for it, from the list or your own:
# Asking for the words, after every word is shown. $listed: how many from the list; $own: how
# many of his own.
terminal-check-in-words-prompt = Up to { $listed } from the list and { $own } of your own, separated by commas (Enter to skip):
# Asking for the words, with ? to show every word. $listed, $own: as above.
terminal-check-in-words-prompt-or-every = Up to { $listed } from the list and { $own } of your own, separated by commas (? for every word, Enter to skip):
# Asking for tags. $tags: the suggested tags, separated by commas.
terminal-check-in-tags-prompt = What it has to do with: { $tags }, or your own; separated by commas (or Enter to skip):
# A word given with --emotion is not in the list. $word: the word.
terminal-not-in-word-list = "{ $word }" is not in the word list (see `groundwork emotions`); use --word for your own words
# After a very hard check-in, without a terminal to ask. $command: the command that answers.
terminal-to-answer = To answer: { $command }
# After the two questions. $command: the command for help now.
terminal-help-now-any-time = Help now, any time: { $command }

## The anger log

# A moment was logged from the command line.
terminal-anger-moment-logged = Logged. Noticing it is the skill.
# A moment was saved from the menu.
terminal-anger-moment-saved = Saved to your anger log.
# A moment was deleted.
terminal-anger-moment-deleted = Anger moment deleted.
# No moment logged yet.
terminal-no-anger-moments = No anger moments logged.
# Under a moment. $cues: what his body did, separated by commas.
terminal-anger-body = body: { $cues }
# Under a moment. $text: what he would do next time.
terminal-anger-next-time = next time: { $text }
# Under a moment that needed putting right, once it has been.
terminal-anger-repair-done = repair: done
# Under a moment that needs putting right.
terminal-anger-repair-to-do = repair: still to do
# What happened was left empty.
terminal-anger-few-words = A few words is plenty.
# Over the list of body cues.
terminal-anger-body-question = What did your body do?
# Asking for the body cues.
terminal-anger-body-prompt = Numbers from the list or your own words, separated by commas (or Enter to skip):
# After "something needs putting right": has it been?
terminal-anger-repair-question = Has it been put right already?

## The journal

# A journal entry was saved.
terminal-entry-saved = Saved to your journal.
# An entry was changed.
terminal-entry-updated = Entry updated.
# An entry was deleted.
terminal-entry-deleted = Entry deleted.
# The text was empty.
terminal-nothing-written = Nothing was written, so nothing was saved.
# No entry matches.
terminal-no-entries = No entries.
# At the end of a page. $option: the option that shows the next page.
terminal-journal-more = More: { $option }
# Nothing matched a search.
terminal-nothing-matched = Nothing matched.
# Over his own prompts.
terminal-your-prompts = Your prompts
# One of his prompts was saved. $id: its id.
terminal-prompt-saved = Prompt saved: { $id }
# One of his prompts was deleted.
terminal-prompt-deleted = Prompt deleted. Entries that answered it keep its words.
# Before he writes an entry in the menu.
terminal-write-entry = Write as much or as little as you like. A line with just a dot (.) finishes.
# Asking what to search for.
terminal-search-for = Search for:
# No entry text and no way to ask for it. $command: how to pipe it in.
terminal-no-entry-text = no entry text given. Pass it with --text "...", pipe it in ({ $command }), or set $EDITOR to write it in your editor
# No note text and no way to ask for it. $command: how to pipe it in.
terminal-no-note-text = no note text given. Pass it with --text "...", pipe it in ({ $command }), or set $EDITOR to write it in your editor
# Text piped in is not text.
terminal-stdin-not-utf8 = the text on standard input is not UTF-8
# The editor failed.
terminal-editor-did-not-finish = the editor did not finish, so nothing was saved
# The editor's file is not text.
terminal-editor-text-not-utf8 = the text is not UTF-8

## Insights

# The range shown. $range: its name (the core's words); $from, $to: its first and last days.
terminal-insights-range = { $range } ({ $from } to { $to })
# Over the week's summary.
terminal-insights-this-week = This week
# A trend with no check-in in the range.
terminal-insights-no-data = no data yet
# Over the share of check-ins in each part of the mood meter.
terminal-insights-quadrants = Where your check-ins sat
# $words: the words and how often, e.g. "tired (4), calm (2)".
terminal-insights-top-words = Words you picked most: { $words }
# $times: each part of the day with the average anger, e.g. "Evening 5.5".
terminal-insights-anger-by-time = Anger by time of day: { $times }
# Over the patterns found.
terminal-insights-patterns = Patterns
# Asking the range in the menu: w, m, q, y (and s, t, a) are the keys.
terminal-insights-which-range = Over the last [w]eek, [m]onth, [q]uarter or [y]ear? (Enter for month)

## Help now and people

# The region help now is for. $region: its name.
terminal-help-now-region = { $region } (change with --region)
# A region's emergency number in the list of regions. $number: the number.
terminal-help-now-emergency = emergency { $number }
# Over the list of situations to pick from.
terminal-help-now-whats-going-on = What's going on? (--situation)
# Asking which situation, in the menu.
terminal-help-now-pick = What's going on? Pick a number, or Enter to go back:
# Asking his region, in the menu. $codes: the codes, separated by commas.
terminal-help-now-region-prompt = Your country code ({ $codes }), or Enter to skip:
# After a loss, under the lines. $command: the command for help now.
terminal-more-help-any-time = More help any time: { $command }
# No group for the region.
terminal-people-no-groups = No groups listed for this region yet. Set your region with `groundwork region CODE`, or pass --region.
# Who a group is for. $who: the core's words.
terminal-people-for-whom = For: { $who }
# How to find the nearest group. $how: the core's words.
terminal-people-find-nearest = Find the nearest: { $how }
# The region was saved.
terminal-region-saved = Region saved. Help now will show its lines.

## Plans (living documents)

# A plan he has started. $title: its title.
terminal-plan-started = { $title } (started)
# A plan he has not started. $title: its title.
terminal-plan-not-started = { $title } (not started)
# An empty part of a plan.
terminal-plan-field-empty = (empty)
# Over the grounding exercise that goes with the pause plan. $seconds: how long in all.
terminal-plan-grounding = Grounding to go with it, about { $seconds } seconds:
# Asking which plan, in the menu.
terminal-plans-open = Open a plan: its number, or Enter to go back:
# Asking which part to change, in the menu.
terminal-plans-change-part = Change a part: its number, or Enter to go back:
# --set was not FIELD=TEXT. $given: what was given, in quotes.
terminal-set-takes-field-and-text = --set takes FIELD=TEXT, not { $given }

## Commitments

# `commitment` with none this week.
terminal-no-commitment = no commitment this week; a module's last step makes one
# `week-review` before a commitment's week is over.
terminal-nothing-to-look-back-on = nothing to look back on yet: home asks once a commitment's week is over

## The path and lessons

# Asking which module, in the menu.
terminal-path-open-module = Open a module: its number or id, or Enter to go back:
# No module has that number or id.
terminal-path-no-such-module = There is no module with that number or id.
# Nothing to open now, from the command line.
terminal-lesson-nothing-to-open = nothing to open right now; see `groundwork progress`
# A module asks the home safety question first (--json).
terminal-lesson-asks-first = this module asks one question first: answer it with --home-safety yes|no|not-sure
# A module stays closed for now (--json).
terminal-lesson-closed-for-now = this module stays closed for now
# --answer is not JSON.
terminal-lesson-answer-not-json = --answer is not an answer in JSON; see `groundwork lesson --json` for the exercise
# Asking the answer to the home safety question.
terminal-home-safety-pick = Pick a number (Enter to leave it for now):
# Not the number of an answer.
terminal-type-number-of-answer = Type the number of an answer.
# A reflection exercise.
terminal-write-a-line = Write a line (Enter to skip):
# A scale exercise. $min, $max: the scale's ends.
terminal-pick-from-to = Pick { $min } to { $max }:
# A choice exercise.
terminal-pick-a-number = Pick a number:
# A multiple choice or checklist exercise.
terminal-pick-numbers = Pick numbers, e.g. 1,3 (Enter to skip):
# Not numbers of the options.
terminal-type-numbers-of-options = Type the numbers of the options.
# An emotion words exercise. $prompt: the exercise's question; $max: how many words at most;
# $command: the command that lists them.
terminal-emotions-exercise = { $prompt } (up to { $max ->
        [one] 1 word
       *[other] { $max } words
    }; `{ $command }` lists them)
# Asking the words.
terminal-words-prompt = Words, comma-separated (Enter to skip):
# A breathing exercise. $inhale, $hold, $exhale, $hold_after: seconds for each; $cycles: how
# many times.
terminal-breathing = Breathe in for { $inhale }, hold { $hold }, out for { $exhale }, hold { $hold_after }. { $cycles ->
        [one] Once.
       *[other] { $cycles } times.
    }
# A body scan. $seconds: seconds on each part; $regions: the parts, separated by commas.
terminal-body-scan = About { $seconds } seconds on each: { $regions }.
# A timed exercise: done on his own, guided here, or skipped. $guide, $skip: the keys.
terminal-timed-exercise = Press Enter when done, { $guide } to be guided here at its pace, or { $skip } to skip:
# A commitment exercise.
terminal-pick-or-write-your-own = Pick a number or write your own:

## The new dad's mood check

# Hidden from home for now.
terminal-dad-check-hidden = Hidden from home for now.
# Asking an answer. $not_now: the label of "not now", typed n.
terminal-dad-check-prompt = > (or n: { $not_now })
# Not an answer.
terminal-dad-check-type = Type 0, 1, 2 or 3, or n.
# The question after something heavy was turned on.
terminal-follow-up-on = Home will ask how you are after you write something heavy.

## Onboarding

# Asking his region. $region: the one chosen before, kept with Enter.
terminal-onboarding-region-default = Where are you? A number or code (Enter for { $region }):
# Asking his region.
terminal-onboarding-region = Where are you? A number or code:
# Asking his tracks.
terminal-onboarding-tracks = Which tracks? Numbers, separated by commas:
# Asking his tracks. $tracks: the numbers chosen before, kept with Enter.
terminal-onboarding-tracks-default = Which tracks? Numbers, separated by commas (Enter for { $tracks }):
# Asking about discreet mode (a yes-or-no question).
terminal-onboarding-discreet-mode = Discreet mode?
# The lock offer's choice that needs nothing done.
terminal-nothing-to-do-now = nothing to do now

## A counsellor's code

# Asking the code, in the menu.
terminal-recommendation-code = The code or link your counsellor gave you:
# Asking to add the plan, in the menu (a yes-or-no question).
terminal-recommendation-add = Add these to your path?
# The plan was added, in the menu.
terminal-recommendation-added = Added to your path.
# Without a terminal to ask. $command: the command that adds it.
terminal-recommend-not-saved-yet = Nothing is saved yet. To add this plan: { $command }
# Asking to add the plan; no unless he says yes.
terminal-recommend-add-plan = Add this plan? [y/N]
# He did not add it.
terminal-recommend-not-added = Not added. Nothing was changed.
# It was added. $command: the command for home.
terminal-recommend-added = Added to your plan. It comes first on home ({ $command }).

## Reminders

# Before the settings.
terminal-reminders-intro = The terminal companion sends no reminders itself; these settings go with a backup to the phone app.
# A setting that is on.
terminal-reminders-on = on
# A setting that is off.
terminal-reminders-off = off
terminal-reminders-daily = Daily check-in
terminal-reminders-weekly = Weekly practice
terminal-reminders-new-dad = New-dad module reminder
terminal-reminders-quiet = Quiet hours
terminal-reminders-discreet = Discreet mode
# Which one to change: the numbers are the keys.
terminal-reminders-change = Change [1] daily check-in  [2] weekly practice  [3] new-dad module reminder  [4] quiet hours  [5] discreet mode, or Enter to go back:
terminal-reminders-daily-prompt = Time for a daily check-in, HH:MM, or off:
terminal-reminders-daily-unclear = Type a time like 20:30, or off.
terminal-reminders-weekly-prompt = Day and time for the weekly practice, e.g. sunday 19:00, or off:
terminal-reminders-weekly-unclear = Type a day and a time like sunday 19:00, or off.
terminal-reminders-quiet-prompt = Quiet hours, HH:MM-HH:MM, or off:
terminal-reminders-quiet-unclear = Type two times like 22:00-07:00, or off.
# A day's name as the settings show it and as he may type it. $day: monday ... sunday.
terminal-weekday = { $day ->
        [monday] monday
        [tuesday] tuesday
        [wednesday] wednesday
        [thursday] thursday
        [friday] friday
        [saturday] saturday
       *[sunday] sunday
    }

## The app lock

# $kind everywhere below: pin or passphrase.
# The lock screen's question when the core gives none.
terminal-enter-your-secret = Enter your { $kind ->
        [pin] PIN
       *[other] passphrase
    }
# The lock screen's question. $prompt: the question; $help: help now's label. h and q are keys.
terminal-lock-prompt = { $prompt } ([h] { $help }, [q] quit):
# While he must wait before another try. $help: help now's label. h and q are keys.
terminal-lock-wait-choice = [h] { $help }  [q] Quit  [Enter] Check again:
# Names of the secret asked for, at the prompt and in messages.
terminal-secret-app-lock = App lock { $kind ->
        [pin] PIN
       *[other] passphrase
    }
terminal-secret-current = Current { $kind ->
        [pin] PIN
       *[other] passphrase
    }
terminal-secret-new = New { $kind ->
        [pin] PIN
       *[other] passphrase
    }
terminal-secret-backup = Backup passphrase
# Asking a secret. $what: its name, above.
terminal-secret-prompt = { $what }:
# Asking it a second time. $what: its name.
terminal-secret-prompt-again = { $what } again:
# Asking it a second time, in the menu.
terminal-same-secret-again = The same { $kind ->
        [pin] PIN
       *[other] passphrase
    } again:
# Asking a new one, in the menu.
terminal-new-secret-prompt = New { $kind ->
        [pin] PIN
       *[other] passphrase
    }:
# No terminal to ask a secret on. $what: its name.
terminal-no-terminal-for-secret = there is no terminal to ask for the { $what }; name an environment variable that holds it instead
# The environment variable named is missing. $var: its name.
terminal-variable-not-set = the environment variable { $var } is not set or not valid text
# The two did not match, on the command line.
terminal-secrets-did-not-match = the two did not match; nothing was changed
# The two did not match, in the menu.
terminal-secrets-did-not-match-try-again = The two did not match. Let's try again.
# He left the new secret empty.
terminal-no-lock-set = No app lock was set.
terminal-lock-set = App lock set. Groundwork now opens only with your { $kind ->
        [pin] PIN
       *[other] passphrase
    }.
terminal-lock-changed = App lock changed: use your new { $kind ->
        [pin] PIN
       *[other] passphrase
    }.
terminal-lock-removed = App lock removed. The key is back in the key file beside the database.
# A passphrase already opens the database: no lock, in the menu.
terminal-lock-not-needed-with-passphrase = Groundwork already opens only with your passphrase here, so it needs no app lock.
# The same, on the command line.
terminal-passphrase-needs-no-lock = this database already opens only with your passphrase, so it needs no app lock
# In the menu, with a lock set.
terminal-lock-is-set-menu = An app lock is set: Groundwork opens only with your { $kind ->
        [pin] PIN
       *[other] passphrase
    }.
# $change, $remove: the commands.
terminal-lock-how-to-change = To change or remove it: { $change }, or { $remove }.
# `lock status`.
terminal-lock-status-none = No app lock is set.
terminal-lock-status-set = An app lock is set: it opens with your { $kind ->
        [pin] PIN
       *[other] passphrase
    }.
# $time: the time of day, HH:MM:SS.
terminal-lock-status-next-try = After wrong attempts, the next try is allowed after { $time }.
# $limit: wrong attempts in a row that erase everything; $left: how many are left.
terminal-lock-status-erase-after = As you chose, { $limit } wrong attempts in a row erase everything; { $left ->
        [one] 1 is left.
       *[other] { $left } are left.
    }
# A wrong secret on the command line. The two below may follow it.
terminal-unlock-wrong = That was not right; the attempt was counted.
# $time: the time of day, HH:MM:SS.
terminal-unlock-try-again-after = Try again after { $time }.
# $left: wrong attempts left before everything is erased.
terminal-unlock-attempts-left = { $left ->
        [one] 1 more wrong attempt erases everything, as you chose.
       *[other] { $left } more wrong attempts erase everything, as you chose.
    }
# $time: the time of day, HH:MM:SS.
terminal-unlock-too-soon = Too soon after wrong attempts; nothing was tried. Try again after { $time }.
terminal-unlock-erased = That was the last wrong attempt you allowed: everything has been erased, as you chose.

## Backups and the report for a counsellor

# $path: where it was written.
terminal-backup-written = Backup written to { $path }. Keep the passphrase safe: without it the backup cannot be opened.
# $day, $month (1 to 12), $year, $time (HH:MM): when the backup was made.
terminal-restored = Restored the backup made { $day } { $month ->
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
    } { $year } { $time }.
# What a backup held, kind by kind. Each value is a count.
terminal-restore-counts = check-ins { $check_ins }, anger moments { $anger_moments }, journal entries { $journal_entries }, prompts { $prompts }, living documents { $living_documents }, safety answers { $safety_answers }, settings { $settings }
# $counts: the line above.
terminal-restore-added = Added: { $counts }.
# $counts: the line above.
terminal-restore-already-here = Already here, left as they were: { $counts }.
terminal-share-needs-output = say where to write the report with -o PATH
# $path: where it was written.
terminal-share-written = Report written to { $path }. It holds only what you chose; share it with your counsellor when you are ready.
# $path: where it was written.
terminal-exported = Exported to { $path }. Keep it somewhere private.

## Installing a content pack

# $modules: how many modules; $pack: the pack's id.
terminal-content-modules = { $modules ->
        [one] 1 module
       *[other] { $modules } modules
    } (pack { $pack }).
# $command: the command.
terminal-content-remove-goes-back = `{ $command }` goes back to the built-in content.
# Under an add-on in the content status. $command: the command that removes it.
terminal-content-remove-addon = `{ $command }` removes it; the rest stays.
terminal-install-modules-added = Modules it adds:
# $exercises, $prompts: how many.
terminal-install-adds = It adds { $exercises ->
        [one] 1 exercise
       *[other] { $exercises } exercises
    } and { $prompts ->
        [one] 1 journal prompt
       *[other] { $prompts } journal prompts
    }.
terminal-install-services-added = Local services it adds to help now (after the built-in lines, marked as from this pack):
terminal-install-modules-changed = Built-in modules it rewrites:
terminal-install-modules-left-out = Built-in modules it leaves out (hidden while it is installed; your progress stays):
terminal-install-may-not-change = What it may not change:
terminal-install-set-aside = Not used from this pack (the app's own are):
terminal-install-asks-for-secret = Installing it asks for your app lock's { $kind ->
        [pin] PIN
       *[other] passphrase
    }.
# $confirm: the core's words for the button ("Install this pack"); no unless he says yes.
terminal-install-confirm = { $confirm }? [y/N]
terminal-install-not-installed = Not installed. Nothing was changed.
terminal-install-no-terminal = there is no terminal to confirm the install; add --yes once you have read the preview (--preview)
# $message: the core's sentence, without its full stop.
terminal-install-secret-needed = { $message }. Nothing was changed.
# $message: the core's sentence.
terminal-install-refused = { $message } Nothing was installed.

## Files, keys and the data folder

terminal-no-command = no command given; run `groundwork --help`, run it in a terminal for the interactive companion, or `groundwork menu` to pipe answers to it
# Only from a command that needs no database, which never reaches it.
terminal-opens-no-database = this command does not open a database
# $error: the system's words.
terminal-cannot-write-output = could not write output: { $error }
terminal-no-home-directory = cannot find a home directory; pass --data-dir DIR
terminal-key-file-does-not-open = the key file does not open this database. Nothing was changed. If the database file was damaged rather than the key changed, restore a backup: groundwork erase --yes, then groundwork restore FILE.
terminal-wrong-passphrase = wrong passphrase: it does not open this database. Nothing was changed.
# $dir: the data folder.
terminal-erase-needs-yes = this erases every check-in, entry and plan in { $dir } for good. Run again with --yes to go ahead.
# $files: the files left, separated by commas; $count: how many.
terminal-erase-incomplete = { $count ->
        [one] Not everything in the data directory could be erased: { $files } is still there. Remove it by hand, or try again.
       *[other] Not everything in the data directory could be erased: { $files } are still there. Remove them by hand, or try again.
    }
terminal-erased-and-folder-gone = Everything is erased, and the data directory is gone.
# $dir: the data folder.
terminal-erased-folder-stays = Everything Groundwork kept is erased. The data directory { $dir } stays: it holds files that are not Groundwork's.
# $path: the file; $error: the system's words.
terminal-cannot-read = cannot read { $path }: { $error }
# $path: the file; $error: the system's words.
terminal-cannot-write = cannot write { $path }: { $error }
# $path: the file; $error: the system's words.
terminal-cannot-create = cannot create { $path }: { $error }
# $path: the file; $error: the system's words.
terminal-cannot-remove = cannot remove { $path }: { $error }
# $path: what was named as the output.
terminal-not-a-regular-file = { $path } exists and is not a regular file (a link, a device or a folder), so it was left alone; choose another name
# $dir: the data folder named.
terminal-data-dir-not-a-folder = { $dir } is not a folder; choose a folder for the data
# $dir: the folder named; $option: the option for a folder inside it.
terminal-data-dir-shared = { $dir } is shared with other users (anyone can write in it), so Groundwork will not keep its data there or change it; make a folder of your own inside it, e.g. { $option }
# $error: the system's words.
terminal-data-dir-cannot-create = cannot create the data directory: { $error }
# $database: the database file.
terminal-database-missing-beside-key = { $database } is missing though its key is here, so this is not a first start: the data may have been moved or lost. Nothing was changed and no new database was made. Put the database file back if you have a copy; otherwise start again with groundwork erase --yes and restore a backup with groundwork restore FILE.
# $path: the key file.
terminal-key-file-damaged = the key file { $path } is damaged (it should hold 64 hex digits)
# $path: the key file.
terminal-key-file-missing = the key file { $path } is missing, so the existing database cannot be opened. If you set a passphrase, pass --passphrase-env VAR.
# $path: the key file; $error: the system's words.
terminal-key-file-unreadable = cannot read the key file { $path }: { $error }
# $path: the passphrase settings file.
terminal-kdf-file-damaged = the passphrase settings file { $path } is damaged
terminal-kdf-damaged = the passphrase settings file is damaged
terminal-not-set-up-with-passphrase = this database was not set up with a passphrase; open it without --passphrase-env
terminal-kdf-file-too-new = the passphrase settings file was written by a newer version
# $path: the passphrase settings file.
terminal-kdf-out-of-range = the passphrase settings file { $path } asks for Argon2id settings out of range (memory, passes or lanes), so it was not used: it is damaged or was not made by Groundwork. Nothing was changed.
