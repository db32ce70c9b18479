//! The apps' own fixed lines: the buttons, headings and screen-reader labels the Android and iOS
//! shells draw around the core's screen models ("Save", "Back", "Settings", the mood meter's
//! axes...), in the navigation's language. The shells fetch them once, with
//! `AppNavigator::shell_text`, after creating the navigator, and never write a word of their own.
//!
//! A new line is one entry in [`fixed_lines!`] below and one message in each `shell.ftl`.

use crate::base::text::Language;

use super::screen::METER_RANGE;

/// Declares [`ShellText`] with its fixed lines, each once: its doc, its field and its catalog id.
macro_rules! fixed_lines {
    ($( $(#[doc = $doc:literal])+ $field:ident = $id:literal; )+) => {
        /// The apps' own fixed lines, in one language: every word the Android and iOS shells
        /// draw that is not in a screen model. Fetched once from `AppNavigator::shell_text`.
        #[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
        pub struct ShellText {
            $( $(#[doc = $doc])+ pub $field: String, )+
            /// "Version 1.4.0": under settings, this core's version.
            pub version: String,
            /// A 0-to-10 slider's value for a screen reader, by value: `out_of_ten[7]` is
            /// "7 of 10" (a check-in's anger and stress, an anger moment's intensity).
            pub out_of_ten: Vec<String>,
            /// The check-in's hours-slept slider's value for a screen reader, by half hour:
            /// `hours_slept[15]` is "7.5 hours" (0 to 16 hours, 33 values).
            pub hours_slept: Vec<String>,
            /// Each point of the mood meter grid for a screen reader, e.g. "Pleasantness -2,
            /// energy 3", in the grid's order (`MeterGrid`): rows from the most energy down,
            /// cells from unpleasant to pleasant, so `mood_meter_cells[row][cell]` is that cell's.
            pub mood_meter_cells: Vec<Vec<String>>,
        }

        impl ShellText {
            /// Every fixed line in `language`.
            pub fn new(language: Language) -> ShellText {
                ShellText {
                    $( $field: language.say($id), )+
                    version: language.say_with(
                        "shell-version",
                        &[("version", crate::ffi::core_version().into())],
                    ),
                    out_of_ten: (0..=10)
                        .map(|value: i64| language.say_with("shell-out-of-ten", &[("value", value.into())]))
                        .collect(),
                    hours_slept: (0..=32)
                        .map(|halves: i64| {
                            language.say_with(
                                "shell-hours-slept",
                                &[("hours", (halves / 2).into()), ("tenths", (halves % 2 * 5).into())],
                            )
                        })
                        .collect(),
                    mood_meter_cells: METER_RANGE
                        .rev()
                        .map(|energy| {
                            METER_RANGE
                                .map(|pleasantness| {
                                    language.say_with(
                                        "shell-mood-meter-cell",
                                        &[("pleasantness", pleasantness.into()), ("energy", energy.into())],
                                    )
                                })
                                .collect()
                        })
                        .collect(),
                }
            }

            /// Each line said as it is, with its field's name.
            #[cfg(test)]
            fn fixed(&self) -> Vec<(&'static str, &str)> {
                vec![ $( (stringify!($field), self.$field.as_str()), )+ ]
            }
        }
    };
}

fixed_lines! {
    /// "Back": the top bar's back arrow (Android, for a screen reader) and a lesson step's button
    /// back to the step before.
    back = "shell-back";
    /// "Close": the button that closes help now opened over the lock screen.
    close = "shell-close";
    /// "Dismiss": the button that closes the notice over the screen (for a screen reader).
    dismiss = "shell-dismiss";
    /// "Save": the save button of a journal entry, an anger moment and a plan.
    save = "shell-save";
    /// "Cancel": the button that closes a date or time picker without changing anything (Android).
    cancel = "shell-cancel";
    /// "OK": the button that keeps the date or time picked (Android).
    ok = "shell-ok";
    /// "Done": the button after the two safety questions and after the new dad's mood check.
    done = "shell-done";
    /// "Home": the button back to home after a module, and after the home safety question's "not
    /// yet".
    home = "shell-home";
    /// "Settings": the settings button on home (for a screen reader) and the settings screen's
    /// title.
    settings = "shell-settings";
    /// "Hide": the quick-hide button on home (for a screen reader): the neutral word, discreet mode
    /// or not.
    hide = "shell-hide";
    /// "Journal": the journal's title.
    journal = "shell-journal";
    /// "Search the journal": the journal's search button (for a screen reader) and the search
    /// field.
    search_journal = "shell-search-journal";
    /// "Search": the journal search screen's title.
    search = "shell-search";
    /// "New entry": the button that starts a journal entry (for a screen reader) and the editor's
    /// title for a new one.
    new_entry = "shell-new-entry";
    /// "Entry": the editor's title for an entry written before, and the name of its text field.
    entry = "shell-entry";
    /// "Show more": under the journal list when older entries are left.
    show_more = "shell-show-more";
    /// "show every entry": over a journal list shown for one tag, after the tag and a colon
    /// ("#work: show every entry"): the button that shows every entry again (iOS).
    show_every_entry = "shell-show-every-entry";
    /// "Write freely, or pick a prompt": a new journal entry's prompt picker, before a prompt is
    /// picked.
    write_freely = "shell-write-freely";
    /// "No prompt": a new journal entry's prompt picker: the choice of no prompt.
    no_prompt = "shell-no-prompt";
    /// "Prompts": the heading over the prompt picker (iOS).
    prompts = "shell-prompts";
    /// "Tags, separated by commas": a journal entry's tags field.
    tags_field = "shell-tags-field";
    /// "Delete entry": the button that deletes a journal entry.
    delete_entry = "shell-delete-entry";
    /// "Tap again to delete for good": the button that deletes a journal entry, once tapped: it
    /// asks for a second tap (Android).
    delete_entry_again = "shell-delete-entry-again";
    /// "Delete this entry for good?": the question before a journal entry is deleted (iOS).
    delete_entry_question = "shell-delete-entry-question";
    /// "Delete": the answer to the question before a journal entry is deleted that deletes it
    /// (iOS).
    delete = "shell-delete";
    /// "Save check-in": the check-in's save button.
    save_check_in = "shell-save-check-in";
    /// "Your own words, separated by commas": the check-in's field for his own words.
    own_words_field = "shell-own-words-field";
    /// "Words": the heading over the check-in's words (iOS).
    words = "shell-words";
    /// "Tags": the heading over the check-in's tags (iOS).
    tags = "shell-tags";
    /// "Mood meter": the mood meter grid, for a screen reader (iOS).
    mood_meter = "shell-mood-meter";
    /// "More energy": over the mood meter grid: its top row has the most energy.
    more_energy = "shell-more-energy";
    /// "Pleasant": under the mood meter grid, on the right.
    pleasant = "shell-pleasant";
    /// "Unpleasant": under the mood meter grid, on the left.
    unpleasant = "shell-unpleasant";
    /// "Your path": home's button to the path.
    your_path = "shell-your-path";
    /// "This week": the heading over this week's commitments on home (Android).
    this_week = "shell-this-week";
    /// "Insights": the insights screen's title.
    insights = "shell-insights";
    /// "Where you've been on the meter": the insights heading over the share of check-ins in each
    /// part of the mood meter.
    meter_share_heading = "shell-meter-share-heading";
    /// "Words you used most": the insights heading over the words he picked most.
    top_words_heading = "shell-top-words-heading";
    /// "Anger by time of day": the insights heading over anger by time of day.
    anger_by_time_heading = "shell-anger-by-time-heading";
    /// "Range": the insights' week, month, quarter or year picker (iOS).
    insight_range = "shell-insight-range";
    /// "Day": a chart's day axis, for a screen reader (iOS).
    chart_day = "shell-chart-day";
    /// "Share": the meter chart's share axis, for a screen reader (iOS).
    chart_share = "shell-chart-share";
    /// "Quadrant": the meter chart's axis of the mood meter's parts, for a screen reader (iOS).
    chart_quadrant = "shell-chart-quadrant";
    /// "Time": the anger chart's time-of-day axis, for a screen reader (iOS).
    chart_time_of_day = "shell-chart-time-of-day";
    /// "Average": the anger chart's average axis, for a screen reader (iOS).
    chart_average = "shell-chart-average";
    /// "My plans": the list of plans' title.
    my_plans = "shell-my-plans";
    /// "Add to my plan": a counsellor's recommendation: the button that adds its modules.
    add_to_my_plan = "shell-add-to-my-plan";
    /// "Not now": a counsellor's recommendation: the button that leaves it (Android).
    not_now = "shell-not-now";
    /// "Or in your own words": a commitment exercise's field, under the suggestions.
    own_words_answer = "shell-own-words-answer";
    /// "Choose your region": help now's region button before a region is chosen.
    choose_region = "shell-choose-region";
    /// "Discreet mode": the discreet mode switch, in onboarding and settings.
    discreet_mode = "shell-discreet-mode";
    /// "Continue": onboarding's last button.
    continue_onboarding = "shell-continue-onboarding";
    /// "PIN": onboarding's field for the PIN he chose (Android).
    pin = "shell-pin";
    /// "Passphrase": onboarding's field for the passphrase he chose (Android).
    passphrase = "shell-passphrase";
    /// "Region": the region picker, in onboarding and settings (iOS).
    region = "shell-region";
    /// "Your path: region, tracks, baby's date": settings' button to the choices made in
    /// onboarding.
    your_path_settings = "shell-your-path-settings";
    /// "Privacy": settings' heading over discreet mode and the follow-up question.
    privacy = "shell-privacy";
    /// "Ask how I am after I write something heavy": settings' switch for the question home asks
    /// after he wrote something heavy.
    crisis_follow_up = "shell-crisis-follow-up";
    /// "Reminders": settings' heading over the reminders.
    reminders = "shell-reminders";
    /// "Daily check-in": settings' switch for the daily check-in reminder.
    daily_check_in = "shell-daily-check-in";
    /// "At": before the daily reminder's time, e.g. "At 20:00" (Android).
    reminder_at = "shell-reminder-at";
    /// "Time": the daily reminder's time picker (iOS).
    reminder_time = "shell-reminder-time";
    /// "Weekly reminders for new dads": settings' switch for the new dad's weekly reminders.
    new_dad_reminders = "shell-new-dad-reminders";
    /// "Region for help now": settings' heading over the regions.
    region_for_help_now = "shell-region-for-help-now";
    /// "Backup and export": settings' heading over backup and export.
    backup_and_export = "shell-backup-and-export";
    /// "Backup passphrase (8 or more characters)": the field for a new backup's passphrase.
    backup_passphrase = "shell-backup-passphrase";
    /// "Make an encrypted backup": the button that makes a backup.
    make_backup = "shell-make-backup";
    /// "Passphrase of the backup to restore": the field for the passphrase of a backup to restore.
    restore_passphrase = "shell-restore-passphrase";
    /// "Restore a backup…": the button that picks a backup file to restore.
    restore_backup = "shell-restore-backup";
    /// "A plain export is not encrypted: anyone with the file can read it.": over the export
    /// buttons (Android).
    export_not_encrypted = "shell-export-not-encrypted";
    /// "Export everything (JSON)": the export button for everything (Android).
    export_everything = "shell-export-everything";
    /// "Export the journal (Markdown)": the export button for the journal (Android).
    export_journal = "shell-export-journal";
    /// "Export check-ins (CSV)": the export button for check-ins (Android).
    export_check_ins = "shell-export-check-ins";
    /// "Export (not encrypted)": the export menu (iOS).
    export_menu = "shell-export-menu";
    /// "Everything (JSON)": the export menu's choice of everything (iOS).
    export_everything_short = "shell-export-everything-short";
    /// "Journal (Markdown)": the export menu's choice of the journal (iOS).
    export_journal_short = "shell-export-journal-short";
    /// "Check-ins (CSV)": the export menu's choice of check-ins (iOS).
    export_check_ins_short = "shell-export-check-ins-short";
    /// "A counsellor's code": settings' heading over the field for a counsellor's code.
    counsellor_code = "shell-counsellor-code";
    /// "Code": the field for a counsellor's code.
    code = "shell-code";
    /// "Open": the button that opens the code typed.
    open_code = "shell-open-code";
    /// "Erase everything": the button that erases everything, in settings and after the key was
    /// lost.
    erase_everything = "shell-erase-everything";
    /// "Tap again to erase everything, for good": settings' erase button once tapped, asking for a
    /// second tap (Android).
    erase_everything_again = "shell-erase-everything-again";
    /// "Erase everything, for good?": the question before settings erases everything (iOS).
    erase_everything_question = "shell-erase-everything-question";
    /// "App lock": settings' heading over the app lock.
    app_lock = "shell-app-lock";
    /// "Your PIN": the field for his app PIN, to change or remove the lock (Android).
    your_pin = "shell-your-pin";
    /// "Your passphrase": the field for his app passphrase, to change or remove the lock (Android).
    your_passphrase = "shell-your-passphrase";
    /// "Current PIN or passphrase": the field for his app PIN or passphrase, to change or remove
    /// the lock (iOS).
    current_secret = "shell-current-secret";
    /// "New one is a passphrase": the switch choosing a passphrase for the new lock.
    new_is_passphrase = "shell-new-is-passphrase";
    /// "New PIN or passphrase": the field for the new PIN or passphrase (Android).
    new_secret = "shell-new-secret";
    /// "New PIN": the field for the new PIN (iOS).
    new_pin = "shell-new-pin";
    /// "New passphrase": the field for the new passphrase (iOS).
    new_passphrase = "shell-new-passphrase";
    /// "Change": the button that changes the app lock.
    change_lock = "shell-change-lock";
    /// "Turn off app lock": the button that removes the app lock.
    turn_off_lock = "shell-turn-off-lock";
    /// "Use a passphrase instead of a PIN": the switch choosing a passphrase for a first lock.
    use_passphrase = "shell-use-passphrase";
    /// "Passphrase (8 or more characters)": the field for a first lock's passphrase.
    passphrase_rule = "shell-passphrase-rule";
    /// "PIN (6 or more digits)": the field for a first lock's PIN.
    pin_rule = "shell-pin-rule";
    /// "Turn on app lock": the button that sets the app lock.
    turn_on_lock = "shell-turn-on-lock";
    /// "Fingerprint or face to open": the switch for opening with a fingerprint or face (Android).
    fingerprint_or_face = "shell-fingerprint-or-face";
    /// "Face ID or Touch ID to open": the switch for opening with Face ID or Touch ID (iOS).
    face_id_or_touch_id = "shell-face-id-or-touch-id";
    /// "Lock after leaving the app": the heading over how long the app stays open while away
    /// (Android).
    lock_after_leaving = "shell-lock-after-leaving";
    /// "Lock after": the picker of how long the app stays open while away (iOS).
    lock_after = "shell-lock-after";
    /// "Modules it adds": a pack's preview before installing: the heading over the modules it adds.
    pack_modules_added = "shell-pack-modules-added";
    /// "Local services it adds to help now": a pack's preview before installing: the heading over
    /// the local services it adds.
    pack_services_added = "shell-pack-services-added";
    /// "Built-in modules it rewrites": a pack's preview before installing: the heading over the
    /// built-in modules it rewrites.
    pack_modules_changed = "shell-pack-modules-changed";
    /// "Built-in modules it leaves out (your progress stays)": a pack's preview before installing:
    /// the heading over the built-in modules it leaves out.
    pack_modules_left_out = "shell-pack-modules-left-out";
    /// "What it may not change": a pack's preview before installing: the heading over what no pack
    /// may change.
    pack_may_not_change = "shell-pack-may-not-change";
    /// "Not used from this pack": a pack's preview before installing: the heading over the safety
    /// content of the pack that is not used.
    pack_set_aside = "shell-pack-set-aside";
    /// "Erase and start again": when the key on this device no longer opens the data: the button
    /// that starts again.
    erase_and_start_again = "shell-erase-and-start-again";
    /// "Tap again to erase everything": when the key on this device no longer opens the data, the
    /// button that starts again once tapped: it asks for a second tap (Android).
    erase_everything_again_short = "shell-erase-everything-again-short";
    /// "Erase everything?": when the key on this device no longer opens the data, the question
    /// before it erases everything (iOS).
    erase_everything_question_short = "shell-erase-everything-question-short";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ffi::navigation::screen::MeterGrid;

    fn french() -> Language {
        Language::of_pack("fr-CA")
    }

    /// Every line of `text`, the values too, with a name saying which.
    fn every_line(text: &ShellText) -> Vec<(String, String)> {
        let mut lines: Vec<(String, String)> = text
            .fixed()
            .into_iter()
            .map(|(name, line)| (name.to_owned(), line.to_owned()))
            .collect();
        lines.push(("version".to_owned(), text.version.clone()));
        for (value, line) in text.out_of_ten.iter().enumerate() {
            lines.push((format!("out_of_ten[{value}]"), line.clone()));
        }
        for (halves, line) in text.hours_slept.iter().enumerate() {
            lines.push((format!("hours_slept[{halves}]"), line.clone()));
        }
        for (row, cells) in text.mood_meter_cells.iter().enumerate() {
            for (cell, line) in cells.iter().enumerate() {
                lines.push((format!("mood_meter_cells[{row}][{cell}]"), line.clone()));
            }
        }
        lines
    }

    #[test]
    fn every_line_the_apps_draw_is_said_in_english_and_in_french_and_no_french_line_is_the_english()
    {
        let english = every_line(&ShellText::new(Language::ENGLISH));
        let french = every_line(&ShellText::new(french()));
        assert_eq!(english.len(), french.len());
        // No exceptions: every French line differs from its English one.
        for ((name, en), (_, fr)) in english.iter().zip(&french) {
            assert!(!en.trim().is_empty(), "{name} is empty in English");
            assert!(!fr.trim().is_empty(), "{name} is empty in French");
            assert!(
                !en.contains("shell-") && !fr.contains("shell-"),
                "{name}: no message: {en} / {fr}"
            );
            assert!(
                !en.contains('{') && !fr.contains('{'),
                "{name}: a value is missing: {en} / {fr}"
            );
            assert_ne!(en, fr, "{name} is still the English in French");
        }
    }

    #[test]
    fn the_english_lines_are_the_words_the_apps_drew_before() {
        let text = ShellText::new(Language::ENGLISH);
        assert_eq!(text.save, "Save");
        assert_eq!(text.search_journal, "Search the journal");
        assert_eq!(text.restore_backup, "Restore a backup…");
        assert_eq!(
            text.version,
            format!("Version {}", crate::ffi::core_version())
        );
        assert_eq!(text.out_of_ten[0], "0 of 10");
        assert_eq!(text.out_of_ten[10], "10 of 10");
        // Kotlin's `"$value hours"` of a Double.
        assert_eq!(text.hours_slept[0], "0.0 hours");
        assert_eq!(text.hours_slept[15], "7.5 hours");
        assert_eq!(text.hours_slept[32], "16.0 hours");
        assert_eq!(text.mood_meter_cells[0][0], "Pleasantness -5, energy 5");
        assert_eq!(text.mood_meter_cells[10][7], "Pleasantness 2, energy -5");
    }

    #[test]
    fn a_phone_in_french_gets_french_buttons_sliders_and_meter_points_with_plurals() {
        let text = ShellText::new(french());
        assert_eq!(text.save, "Enregistrer");
        assert_eq!(text.save_check_in, "Enregistrer mon bilan");
        assert_eq!(text.mood_meter, "Baromètre des émotions");
        assert_eq!(text.pin_rule, "NIP (6 chiffres ou plus)");
        assert_eq!(text.out_of_ten[7], "7 sur 10");
        assert_eq!(text.hours_slept[1], "une demi-heure");
        assert_eq!(text.hours_slept[2], "1 heure");
        assert_eq!(text.hours_slept[3], "1 heure et demie");
        assert_eq!(text.hours_slept[14], "7 heures");
        assert_eq!(text.hours_slept[15], "7 heures et demie");
        assert_eq!(text.mood_meter_cells[2][8], "Agréable 3, énergie 3");
    }

    #[test]
    fn the_mood_meter_labels_follow_the_grid_cell_by_cell() {
        let grid = MeterGrid::of(&[]);
        let text = ShellText::new(Language::ENGLISH);
        assert_eq!(grid.rows.len(), text.mood_meter_cells.len());
        for (row, labels) in grid.rows.iter().zip(&text.mood_meter_cells) {
            assert_eq!(row.cells.len(), labels.len());
            for (cell, label) in row.cells.iter().zip(labels) {
                assert_eq!(
                    label,
                    &format!("Pleasantness {}, energy {}", cell.pleasantness, cell.energy)
                );
            }
        }
    }
}
