# The apps' own fixed lines (buttons, headings and accessibility labels the Android and iOS
# shells draw around the screen models), handed to them once as `ShellText`.
# English, the language every other catalog falls back to.

## Lines the shells draw as they are

# The top bar's back arrow (Android, for a screen reader) and a lesson step's button back to the step before.
shell-back = Back
# The button that closes help now opened over the lock screen.
shell-close = Close
# The button that closes the notice over the screen (for a screen reader).
shell-dismiss = Dismiss
# The save button of a journal entry, an anger moment and a plan.
shell-save = Save
# The button that closes a date or time picker without changing anything (Android).
shell-cancel = Cancel
# The button that keeps the date or time picked (Android).
shell-ok = OK
# The button after the two safety questions and after the new dad's mood check.
shell-done = Done
# The button back to home after a module, and after the home safety question's "not yet".
shell-home = Home
# The settings button on home (for a screen reader) and the settings screen's title.
shell-settings = Settings
# The quick-hide button on home (for a screen reader): the neutral word, discreet mode or not.
shell-hide = Hide
# The journal's title.
shell-journal = Journal
# The journal's search button (for a screen reader) and the search field.
shell-search-journal = Search the journal
# The journal search screen's title.
shell-search = Search
# The button that starts a journal entry (for a screen reader) and the editor's title for a new one.
shell-new-entry = New entry
# The editor's title for an entry written before, and the name of its text field.
shell-entry = Entry
# Under the journal list when older entries are left.
shell-show-more = Show more
# Over a journal list shown for one tag, after the tag and a colon ("#work: show every entry"): the button that shows every entry again (iOS).
shell-show-every-entry = show every entry
# A new journal entry's prompt picker, before a prompt is picked.
shell-write-freely = Write freely, or pick a prompt
# A new journal entry's prompt picker: the choice of no prompt.
shell-no-prompt = No prompt
# The heading over the prompt picker (iOS).
shell-prompts = Prompts
# A journal entry's tags field.
shell-tags-field = Tags, separated by commas
# The button that deletes a journal entry.
shell-delete-entry = Delete entry
# The button that deletes a journal entry, once tapped: it asks for a second tap (Android).
shell-delete-entry-again = Tap again to delete for good
# The question before a journal entry is deleted (iOS).
shell-delete-entry-question = Delete this entry for good?
# The answer to the question before a journal entry is deleted that deletes it (iOS).
shell-delete = Delete
# The check-in's save button.
shell-save-check-in = Save check-in
# The check-in's field for his own words.
shell-own-words-field = Your own words, separated by commas
# The heading over the check-in's words (iOS).
shell-words = Words
# The heading over the check-in's tags (iOS).
shell-tags = Tags
# The mood meter grid, for a screen reader (iOS).
shell-mood-meter = Mood meter
# Over the mood meter grid: its top row has the most energy.
shell-more-energy = More energy
# Under the mood meter grid, on the right.
shell-pleasant = Pleasant
# Under the mood meter grid, on the left.
shell-unpleasant = Unpleasant
# Home's button to the path.
shell-your-path = Your path
# The heading over this week's commitments on home (Android).
shell-this-week = This week
# The insights screen's title.
shell-insights = Insights
# The insights heading over the share of check-ins in each part of the mood meter.
shell-meter-share-heading = Where you've been on the meter
# The insights heading over the words he picked most.
shell-top-words-heading = Words you used most
# The insights heading over anger by time of day.
shell-anger-by-time-heading = Anger by time of day
# The insights' week, month, quarter or year picker (iOS).
shell-insight-range = Range
# A chart's day axis, for a screen reader (iOS).
shell-chart-day = Day
# The meter chart's share axis, for a screen reader (iOS).
shell-chart-share = Share
# The meter chart's axis of the mood meter's parts, for a screen reader (iOS).
shell-chart-quadrant = Quadrant
# The anger chart's time-of-day axis, for a screen reader (iOS).
shell-chart-time-of-day = Time
# The anger chart's average axis, for a screen reader (iOS).
shell-chart-average = Average
# The list of plans' title.
shell-my-plans = My plans
# A counsellor's recommendation: the button that adds its modules.
shell-add-to-my-plan = Add to my plan
# A counsellor's recommendation: the button that leaves it (Android).
shell-not-now = Not now
# A commitment exercise's field, under the suggestions.
shell-own-words-answer = Or in your own words
# Help now's region button before a region is chosen.
shell-choose-region = Choose your region
# The discreet mode switch, in onboarding and settings.
shell-discreet-mode = Discreet mode
# Onboarding's last button.
shell-continue-onboarding = Continue
# Onboarding's field for the PIN he chose (Android).
shell-pin = PIN
# Onboarding's field for the passphrase he chose (Android).
shell-passphrase = Passphrase
# The region picker, in onboarding and settings (iOS).
shell-region = Region
# Settings' button to the choices made in onboarding.
shell-your-path-settings = Your path: region, tracks, baby's date
# Settings' heading over discreet mode and the follow-up question.
shell-privacy = Privacy
# Settings' switch for the question home asks after he wrote something heavy.
shell-crisis-follow-up = Ask how I am after I write something heavy
# Settings' heading over the reminders.
shell-reminders = Reminders
# Settings' switch for the daily check-in reminder.
shell-daily-check-in = Daily check-in
# Before the daily reminder's time, e.g. "At 20:00" (Android).
shell-reminder-at = At
# The daily reminder's time picker (iOS).
shell-reminder-time = Time
# Settings' switch for the new dad's weekly reminders.
shell-new-dad-reminders = Weekly reminders for new dads
# Settings' heading over the regions.
shell-region-for-help-now = Region for help now
# Settings' heading over backup and export.
shell-backup-and-export = Backup and export
# The field for a new backup's passphrase.
shell-backup-passphrase = Backup passphrase (8 or more characters)
# The button that makes a backup.
shell-make-backup = Make an encrypted backup
# The field for the passphrase of a backup to restore.
shell-restore-passphrase = Passphrase of the backup to restore
# The button that picks a backup file to restore.
shell-restore-backup = Restore a backup…
# Over the export buttons (Android).
shell-export-not-encrypted = A plain export is not encrypted: anyone with the file can read it.
# The export button for everything (Android).
shell-export-everything = Export everything (JSON)
# The export button for the journal (Android).
shell-export-journal = Export the journal (Markdown)
# The export button for check-ins (Android).
shell-export-check-ins = Export check-ins (CSV)
# The export menu (iOS).
shell-export-menu = Export (not encrypted)
# The export menu's choice of everything (iOS).
shell-export-everything-short = Everything (JSON)
# The export menu's choice of the journal (iOS).
shell-export-journal-short = Journal (Markdown)
# The export menu's choice of check-ins (iOS).
shell-export-check-ins-short = Check-ins (CSV)
# Settings' heading over the field for a counsellor's code.
shell-counsellor-code = A counsellor's code
# The field for a counsellor's code.
shell-code = Code
# The button that opens the code typed.
shell-open-code = Open
# The button that erases everything, in settings and after the key was lost.
shell-erase-everything = Erase everything
# Settings' erase button once tapped, asking for a second tap (Android).
shell-erase-everything-again = Tap again to erase everything, for good
# The question before settings erases everything (iOS).
shell-erase-everything-question = Erase everything, for good?
# Settings' heading over the app lock.
shell-app-lock = App lock
# The field for his app PIN, to change or remove the lock (Android).
shell-your-pin = Your PIN
# The field for his app passphrase, to change or remove the lock (Android).
shell-your-passphrase = Your passphrase
# The field for his app PIN or passphrase, to change or remove the lock (iOS).
shell-current-secret = Current PIN or passphrase
# The switch choosing a passphrase for the new lock.
shell-new-is-passphrase = New one is a passphrase
# The field for the new PIN or passphrase (Android).
shell-new-secret = New PIN or passphrase
# The field for the new PIN (iOS).
shell-new-pin = New PIN
# The field for the new passphrase (iOS).
shell-new-passphrase = New passphrase
# The button that changes the app lock.
shell-change-lock = Change
# The button that removes the app lock.
shell-turn-off-lock = Turn off app lock
# The switch choosing a passphrase for a first lock.
shell-use-passphrase = Use a passphrase instead of a PIN
# The field for a first lock's passphrase.
shell-passphrase-rule = Passphrase (8 or more characters)
# The field for a first lock's PIN.
shell-pin-rule = PIN (6 or more digits)
# The button that sets the app lock.
shell-turn-on-lock = Turn on app lock
# The switch for opening with a fingerprint or face (Android).
shell-fingerprint-or-face = Fingerprint or face to open
# The switch for opening with Face ID or Touch ID (iOS).
shell-face-id-or-touch-id = Face ID or Touch ID to open
# The heading over how long the app stays open while away (Android).
shell-lock-after-leaving = Lock after leaving the app
# The picker of how long the app stays open while away (iOS).
shell-lock-after = Lock after
# A pack's preview before installing: the heading over the modules it adds.
shell-pack-modules-added = Modules it adds
# A pack's preview before installing: the heading over the local services it adds.
shell-pack-services-added = Local services it adds to help now
# A pack's preview before installing: the heading over the built-in modules it rewrites.
shell-pack-modules-changed = Built-in modules it rewrites
# A pack's preview before installing: the heading over the built-in modules it leaves out.
shell-pack-modules-left-out = Built-in modules it leaves out (your progress stays)
# A pack's preview before installing: the heading over what no pack may change.
shell-pack-may-not-change = What it may not change
# A pack's preview before installing: the heading over the safety content of the pack that is not used.
shell-pack-set-aside = Not used from this pack
# When the key on this device no longer opens the data: the button that starts again.
shell-erase-and-start-again = Erase and start again
# When the key on this device no longer opens the data, the button that starts again once tapped: it asks for a second tap (Android).
shell-erase-everything-again-short = Tap again to erase everything
# When the key on this device no longer opens the data, the question before it erases everything (iOS).
shell-erase-everything-question-short = Erase everything?

## Lines with a value the core fills in

# Under settings. $version: this core's version, e.g. 1.4.0.
shell-version = Version { $version }
# A 0-to-10 slider's value, for a screen reader (a check-in's anger and stress, an anger moment's
# intensity). $value: 0 to 10.
shell-out-of-ten = { $value } of 10
# The check-in's hours-slept slider's value, for a screen reader, in half hours.
# $hours: the whole hours, 0 to 16; $tenths: 0 or 5 (half an hour).
shell-hours-slept = { $hours }.{ $tenths } hours
# One point of the mood meter grid, for a screen reader. $pleasantness and $energy: -5 to 5.
shell-mood-meter-cell = Pleasantness { $pleasantness }, energy { $energy }
# A pack's preview before installing (PackPreview.added_summary).
# $exercises: how many exercises its modules hold; $prompts: how many journal prompts it adds.
shell-pack-adds = { $exercises ->
        [one] { $exercises } exercise
       *[other] { $exercises } exercises
    } and { $prompts ->
        [one] { $prompts } journal prompt
       *[other] { $prompts } journal prompts
    } added.
