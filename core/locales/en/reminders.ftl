# Reminders: their settings, and what the notifications say (discreet or not).
# English, the language every other catalog falls back to.

## The reminder settings: the rules a setting broke

# A time's hour is above 23.
reminders-hour-range = choose an hour from 0 to 23
# A time's minute is above 59.
reminders-minute-range = choose a minute from 0 to 59
# Quiet hours that start and end at the same time.
reminders-quiet-hours-same = the start and end must be different times
# Saved settings that cannot be read back.
reminders-settings-unreadable = the saved settings are not readable
# A schedule asked for too few or too many days. $max: the most days (14).
reminders-days-range = ask for 1 to { $max } days
# A link handed to the app (a reminder's tap, a counsellor's recommendation, help now) that is
# not one of its own.
reminders-link-not-ours = this is not a link Groundwork can open

## The notifications, discreet mode off

# The daily check-in.
reminders-check-in-title = Time for your check-in
reminders-check-in-body = A minute to notice how you're doing.
# This week's practice.
reminders-practice-title = This week's practice
reminders-practice-body = A few minutes for this week's practice.
# This week's practice, naming his commitment. $commitment: its first line, shortened.
reminders-practice-commitment = Your plan this week: { $commitment }
# A new week's module on the new-dad track.
reminders-new-dad-title = A new week as a dad
# Before the birth. $weeks: how many weeks are left (1 or more).
reminders-new-dad-weeks-to-go = { $weeks ->
        [one] { $weeks } week to go
       *[other] { $weeks } weeks to go
    }: this week's module is ready when you are.
# The week the baby is born or due.
reminders-new-dad-birth-week = Your baby's week: this week's module is ready when you are.
# After the birth. $week: the week since the birth (1 or more).
reminders-new-dad-week = Week { $week } with your baby: this week's module is ready when you are.
# A notification's body where the app is named (the title is the app's name).
reminders-notification-body = A moment for yourself.

## What shows where others might look, discreet mode off

# The share sheet's title for an export.
reminders-export-title = Export from Groundwork
# The share sheet's title for a report made for a counsellor.
reminders-report-title = Share with your counsellor
# The quick-hide action and what it does.
reminders-quick-hide = Quick hide
reminders-quick-hide-description = Locks Groundwork at once and covers the screen, so nothing you wrote shows.
# The phone's own fingerprint or face prompt: its title and the line under it.
reminders-unlock-title = Unlock Groundwork
reminders-unlock-reason = Use your fingerprint or face to open Groundwork
# That prompt's button to stop (discreet or not).
reminders-unlock-cancel = Cancel

## Discreet mode on: nothing about feelings, anger, a journal, being a dad or the app itself

# The app's name to suggest for the home screen (an alternate icon's label).
reminders-discreet-app-name = Notes
# Every notification's title and body.
reminders-discreet-notification-title = Reminder
reminders-discreet-notification-body = You have a reminder.
# The share sheet's title for an export or a report.
reminders-discreet-export-title = Export
# The quick-hide action and what it does.
reminders-discreet-hide = Hide
reminders-discreet-hide-description = Closes this screen at once and shows a blank one.
# The phone's own fingerprint or face prompt: its title and the line under it.
reminders-discreet-unlock-title = Unlock
reminders-discreet-unlock-reason = Confirm it's you
