//! Reminders and discreet mode: the schedule shells hand to local notifications, and the neutral
//! texts for when someone else might see the phone.

use std::collections::HashSet;

use chrono::{Datelike, FixedOffset, NaiveDate, Timelike, Utc};
use groundwork_core::ApiError;
use groundwork_core::base::text::Language;
use groundwork_core::reminders::{
    self, DiscreetTexts, QuietHours, ReminderKind, ReminderSettings, ScheduleContext,
    ScheduledNotification, TimeOfDay, Weekday, WeeklyTime,
};
use groundwork_tests::at;

/// Words that must never appear where someone else might read them in discreet mode.
const SENSITIVE_WORDS: &[&str] = &[
    "feel",
    "emotion",
    "mood",
    "anger",
    "angry",
    "rage",
    "journal",
    "check-in",
    "check in",
    "groundwork",
    "counsel",
    "therap",
    "mental",
    "dad",
    "father",
    "baby",
    "partner",
    "safety",
    "crisis",
    "practice",
    "calm",
    "stress",
    "plan",
];

fn time(hour: u8, minute: u8) -> TimeOfDay {
    TimeOfDay { hour, minute }
}

fn daily(hour: u8, minute: u8) -> ReminderSettings {
    ReminderSettings {
        daily_check_in: Some(time(hour, minute)),
        ..ReminderSettings::default()
    }
}

fn everything_on(discreet: bool) -> ReminderSettings {
    ReminderSettings {
        daily_check_in: Some(time(20, 30)),
        weekly_practice: Some(WeeklyTime {
            weekday: Weekday::Sunday,
            time: time(10, 0),
        }),
        new_father_weekly: true,
        quiet_hours: Some(QuietHours {
            start: time(22, 0),
            end: time(7, 0),
        }),
        discreet,
    }
}

fn new_dad_context() -> ScheduleContext {
    ScheduleContext {
        practice_commitment: Some("Take a breath before answering when I feel angry".into()),
        new_father_baby_date: Some(NaiveDate::from_ymd_opt(2026, 9, 16).expect("date")),
        new_father_module_weeks: None,
        checked_in_today: false,
        language: Language::ENGLISH,
    }
}

fn plan(
    settings: &ReminderSettings,
    now: &str,
    days: u32,
    context: &ScheduleContext,
) -> Vec<ScheduledNotification> {
    reminders::schedule(settings, at(now), days, context).expect("valid settings")
}

fn local(n: &ScheduledNotification, offset_hours: i32) -> chrono::DateTime<FixedOffset> {
    n.fire_at
        .with_timezone(&FixedOffset::east_opt(offset_hours * 3600).expect("offset"))
}

fn assert_refused(result: Result<impl std::fmt::Debug, groundwork_core::Error>, field: &str) {
    match result.map_err(ApiError::from) {
        Err(ApiError::InvalidInput { field: f, .. }) => assert_eq!(f, field),
        other => panic!("expected InvalidInput for {field}, got {other:?}"),
    }
}

#[test]
fn daily_check_ins_fire_at_the_same_local_time_before_and_after_daylight_saving_starts() {
    // Sydney moves from +10:00 to +11:00 at 02:00 on 4 October 2026.
    let settings = daily(20, 0);
    let before = plan(
        &settings,
        "2026-10-02T08:00:00+10:00",
        1,
        &ScheduleContext::default(),
    );
    let after = plan(
        &settings,
        "2026-10-04T08:00:00+11:00",
        3,
        &ScheduleContext::default(),
    );

    assert_eq!(before.len(), 1);
    assert_eq!(before[0].id, "check-in-2026-10-02");
    assert_eq!(local(&before[0], 10).hour(), 20);
    assert_eq!(before[0].fire_at, at("2026-10-02T10:00:00Z"));

    assert_eq!(
        after.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        [
            "check-in-2026-10-04",
            "check-in-2026-10-05",
            "check-in-2026-10-06"
        ]
    );
    for n in &after {
        let wall = local(n, 11);
        assert_eq!((wall.hour(), wall.minute()), (20, 0), "{}", n.id);
    }
    assert_eq!(after[0].fire_at, at("2026-10-04T09:00:00Z"));
}

#[test]
fn daily_check_ins_fire_at_the_same_local_time_after_daylight_saving_ends() {
    // Sydney moves from +11:00 back to +10:00 at 03:00 on 5 April 2026.
    let settings = daily(7, 15);
    let before = plan(
        &settings,
        "2026-04-03T12:00:00+11:00",
        2,
        &ScheduleContext::default(),
    );
    let after = plan(
        &settings,
        "2026-04-05T06:00:00+10:00",
        2,
        &ScheduleContext::default(),
    );
    assert_eq!(before[0].fire_at, at("2026-04-04T07:15:00+11:00"));
    assert_eq!(after[0].id, "check-in-2026-04-05");
    assert_eq!(after[0].fire_at, at("2026-04-05T07:15:00+10:00"));
    assert_eq!(after[1].fire_at, at("2026-04-06T07:15:00+10:00"));
}

#[test]
fn a_reminder_in_overnight_quiet_hours_moves_to_the_end_of_the_quiet_period() {
    let settings = ReminderSettings {
        quiet_hours: Some(QuietHours {
            start: time(21, 0),
            end: time(6, 30),
        }),
        ..daily(21, 30)
    };
    let schedule = plan(
        &settings,
        "2026-06-10T12:00:00+10:00",
        2,
        &ScheduleContext::default(),
    );
    assert_eq!(schedule.len(), 2);
    // The 21:30 reminder of 10 June keeps its id and fires when quiet ends the next morning.
    assert_eq!(schedule[0].id, "check-in-2026-06-10");
    assert_eq!(schedule[0].fire_at, at("2026-06-11T06:30:00+10:00"));
    assert_eq!(schedule[1].id, "check-in-2026-06-11");
    assert_eq!(schedule[1].fire_at, at("2026-06-12T06:30:00+10:00"));
}

#[test]
fn a_reminder_moved_past_midnight_is_still_listed_the_next_morning() {
    let settings = ReminderSettings {
        quiet_hours: Some(QuietHours {
            start: time(22, 0),
            end: time(7, 0),
        }),
        ..daily(23, 0)
    };
    let schedule = plan(
        &settings,
        "2026-06-11T05:00:00+10:00",
        1,
        &ScheduleContext::default(),
    );
    assert_eq!(schedule.len(), 1);
    assert_eq!(schedule[0].id, "check-in-2026-06-10");
    assert_eq!(schedule[0].fire_at, at("2026-06-11T07:00:00+10:00"));
}

#[test]
fn a_reminder_in_daytime_quiet_hours_moves_to_the_same_day_end() {
    let settings = ReminderSettings {
        quiet_hours: Some(QuietHours {
            start: time(9, 0),
            end: time(17, 0),
        }),
        ..daily(12, 0)
    };
    let schedule = plan(
        &settings,
        "2026-06-10T08:00:00+10:00",
        1,
        &ScheduleContext::default(),
    );
    assert_eq!(schedule.len(), 1);
    assert_eq!(schedule[0].fire_at, at("2026-06-10T17:00:00+10:00"));
}

#[test]
fn nothing_ever_fires_inside_quiet_hours() {
    let settings = everything_on(false);
    for start in ["2026-06-10T00:00:00+10:00", "2026-09-13T21:45:00+10:00"] {
        let schedule = plan(&settings, start, 14, &new_dad_context());
        assert!(!schedule.is_empty());
        for n in &schedule {
            let hour = local(n, 10).hour();
            assert!((7..22).contains(&hour), "{} fires at {hour}:00", n.id);
        }
    }
}

#[test]
fn the_schedule_covers_only_the_days_asked_for_and_is_in_time_order() {
    let now = at("2026-06-10T21:00:00+10:00");
    let schedule = plan(
        &everything_on(false),
        "2026-06-10T21:00:00+10:00",
        7,
        &new_dad_context(),
    );
    let until = now.with_timezone(&Utc) + chrono::Duration::days(7);
    for n in &schedule {
        assert!(
            n.fire_at > now.with_timezone(&Utc),
            "{} is in the past",
            n.id
        );
        assert!(n.fire_at <= until, "{} is beyond the window", n.id);
    }
    assert!(schedule.windows(2).all(|w| w[0].fire_at <= w[1].fire_at));
    // Today's 20:30 has passed: seven daily reminders from tomorrow, one Sunday practice.
    let count = |kind| schedule.iter().filter(|n| n.kind == kind).count();
    assert_eq!(count(ReminderKind::CheckIn), 7);
    assert_eq!(count(ReminderKind::WeeklyPractice), 1);
}

#[test]
fn the_weekly_practice_reminder_comes_on_its_weekday_and_names_this_weeks_commitment() {
    let settings = ReminderSettings {
        weekly_practice: Some(WeeklyTime {
            weekday: Weekday::Wednesday,
            time: time(18, 0),
        }),
        ..ReminderSettings::default()
    };
    let context = ScheduleContext {
        practice_commitment: Some("Walk  after dinner\nwith the dog".into()),
        ..ScheduleContext::default()
    };
    let schedule = plan(&settings, "2026-06-08T09:00:00+10:00", 14, &context);
    assert_eq!(schedule.len(), 2);
    for n in &schedule {
        assert_eq!(local(n, 10).weekday(), chrono::Weekday::Wed);
        assert_eq!(n.kind, ReminderKind::WeeklyPractice);
        assert_eq!(
            n.body,
            "Your plan this week: Walk after dinner with the dog"
        );
        assert_eq!(n.deep_link, "groundwork://practice");
    }
    let without = plan(
        &settings,
        "2026-06-08T09:00:00+10:00",
        14,
        &ScheduleContext::default(),
    );
    assert!(!without[0].body.contains("plan this week"));
}

#[test]
fn the_new_dad_reminder_comes_when_each_week_of_the_track_opens_and_only_while_it_is_active() {
    let settings = ReminderSettings {
        new_father_weekly: true,
        ..ReminderSettings::default()
    };
    // Born Wednesday 16 September 2026: weeks open on Wednesdays.
    let schedule = plan(
        &settings,
        "2026-09-20T09:00:00+10:00",
        14,
        &new_dad_context(),
    );
    assert_eq!(
        schedule.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        ["new-dad-2026-09-23", "new-dad-2026-09-30"]
    );
    assert_eq!(schedule[0].fire_at, at("2026-09-23T19:00:00+10:00"));
    assert!(
        schedule[0].body.starts_with("Week 1 "),
        "{}",
        schedule[0].body
    );

    let inactive = plan(
        &settings,
        "2026-09-20T09:00:00+10:00",
        14,
        &ScheduleContext::default(),
    );
    assert!(inactive.is_empty(), "no track, no reminder");

    let switched_off = plan(
        &ReminderSettings::default(),
        "2026-09-20T09:00:00+10:00",
        14,
        &new_dad_context(),
    );
    assert!(switched_off.is_empty(), "setting off, no reminder");

    let past_the_track = plan(
        &settings,
        "2028-10-01T09:00:00+10:00",
        14,
        &new_dad_context(),
    );
    assert!(past_the_track.is_empty(), "the track ends at week 104");
}

#[test]
fn todays_check_in_reminder_is_left_out_once_he_has_checked_in() {
    let context = ScheduleContext {
        checked_in_today: true,
        ..ScheduleContext::default()
    };
    let schedule = plan(&daily(20, 0), "2026-06-10T09:00:00+10:00", 2, &context);
    assert_eq!(
        schedule.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        ["check-in-2026-06-11"]
    );
}

#[test]
fn after_midnight_the_check_in_he_already_made_counts_for_the_evening_not_the_coming_day() {
    // At 01:00 he is still living 9 June, and he checked in on it: that evening's 23:30 reminder
    // is left out, and the 10th's goes ahead.
    let context = ScheduleContext {
        checked_in_today: true,
        ..ScheduleContext::default()
    };
    let late = plan(&daily(23, 30), "2026-06-10T01:00:00+10:00", 2, &context);
    assert_eq!(
        late.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        ["check-in-2026-06-10", "check-in-2026-06-11"]
    );
    // A reminder set for 02:00 falls in the day before its date: at 01:00 on the 10th, the one
    // dated the 10th belongs to the 9th, the day he already checked in on.
    let night = plan(&daily(2, 0), "2026-06-10T01:00:00+10:00", 3, &context);
    assert_eq!(
        night.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        ["check-in-2026-06-11", "check-in-2026-06-12"]
    );
}

#[test]
fn discreet_texts_contain_none_of_the_sensitive_words() {
    let DiscreetTexts {
        app_display_name,
        notification_title,
        notification_body,
        export_share_title,
        report_share_title,
        shared_file_name,
        quick_hide_label,
        quick_hide_description,
        unlock_prompt_title,
        unlock_prompt_reason,
        unlock_prompt_cancel,
    } = reminders::discreet_texts(true, Language::ENGLISH);
    let texts = [
        app_display_name,
        notification_title,
        notification_body,
        export_share_title,
        report_share_title,
        shared_file_name,
        quick_hide_label,
        quick_hide_description,
        unlock_prompt_title,
        unlock_prompt_reason,
        unlock_prompt_cancel,
    ];
    for text in &texts {
        assert!(!text.trim().is_empty());
        let lower = text.to_lowercase();
        for word in SENSITIVE_WORDS {
            assert!(!lower.contains(word), "{text:?} contains {word:?}");
        }
    }
    assert_eq!(texts[0], "Notes");
    assert_eq!(texts[1], "Reminder");
    assert_eq!(texts[3], "Export");
    assert_ne!(
        reminders::discreet_texts(false, Language::ENGLISH),
        reminders::discreet_texts(true, Language::ENGLISH)
    );
}

#[test]
fn discreet_notifications_say_only_reminder_and_never_quote_the_commitment() {
    let schedule = plan(
        &everything_on(true),
        "2026-09-14T06:00:00+10:00",
        14,
        &new_dad_context(),
    );
    let kinds: HashSet<ReminderKind> = schedule.iter().map(|n| n.kind).collect();
    assert_eq!(kinds.len(), 3, "every kind of reminder is in the test");
    for n in &schedule {
        assert_eq!(n.title, "Reminder");
        let text = format!("{} {}", n.title, n.body).to_lowercase();
        for word in SENSITIVE_WORDS {
            assert!(!text.contains(word), "{text:?} contains {word:?}");
        }
        assert!(!text.contains("breath"), "the commitment leaked: {text:?}");
    }

    let open = plan(
        &everything_on(false),
        "2026-09-14T06:00:00+10:00",
        14,
        &new_dad_context(),
    );
    assert!(open.iter().any(|n| n.title == "Time for your check-in"));
}

#[test]
fn invalid_settings_are_refused_with_the_field_named() {
    let context = ScheduleContext::default();
    let now = at("2026-06-10T09:00:00+10:00");
    assert_refused(
        reminders::schedule(&daily(24, 0), now, 7, &context),
        "daily check-in time",
    );
    assert_refused(
        reminders::schedule(&daily(8, 60), now, 7, &context),
        "daily check-in time",
    );
    let weekly = ReminderSettings {
        weekly_practice: Some(WeeklyTime {
            weekday: Weekday::Monday,
            time: time(99, 0),
        }),
        ..ReminderSettings::default()
    };
    assert_refused(reminders::to_json(&weekly), "weekly practice time");
    let same = ReminderSettings {
        quiet_hours: Some(QuietHours {
            start: time(22, 0),
            end: time(22, 0),
        }),
        ..ReminderSettings::default()
    };
    assert_refused(reminders::validate_settings(&same), "quiet hours");
    assert_refused(reminders::to_json(&same), "quiet hours");
    let bad_end = ReminderSettings {
        quiet_hours: Some(QuietHours {
            start: time(22, 0),
            end: time(7, 75),
        }),
        ..ReminderSettings::default()
    };
    assert_refused(reminders::to_json(&bad_end), "quiet hours end");

    for days in [0, 15, u32::MAX] {
        assert_refused(
            reminders::schedule(&daily(8, 0), now, days, &context),
            "days",
        );
    }
    assert_eq!(
        reminders::schedule(&daily(8, 0), now, 14, &context)
            .expect("14 days is allowed")
            .len(),
        14
    );
}

#[test]
fn saved_settings_that_are_unreadable_or_invalid_are_refused() {
    for json in [
        "",
        "not json",
        "[]",
        r#"{"daily_check_in": {"hour": 25, "minute": 0}}"#,
        r#"{"daily_check_in": {"hour": -1, "minute": 0}}"#,
        r#"{"weekly_practice": {"weekday": "someday", "time": {"hour": 9, "minute": 0}}}"#,
        r#"{"quiet_hours": {"start": {"hour": 1, "minute": 0}, "end": {"hour": 1, "minute": 0}}}"#,
    ] {
        let err = ApiError::from(reminders::from_json(json).expect_err("refused"));
        assert!(
            matches!(err, ApiError::InvalidInput { .. }),
            "{json:?}: {err:?}"
        );
        assert!(!err.to_string().contains("someday"), "no value in messages");
    }
}

#[test]
fn settings_survive_a_round_trip_through_json_and_missing_fields_are_off() {
    let settings = everything_on(true);
    let json = reminders::to_json(&settings).expect("valid");
    assert_eq!(reminders::from_json(&json).expect("readable"), settings);
    assert_eq!(
        reminders::from_json("{}").expect("empty object"),
        ReminderSettings::default()
    );
    let older = reminders::from_json(r#"{"daily_check_in": {"hour": 8, "minute": 5}}"#)
        .expect("older settings");
    assert_eq!(older, daily(8, 5));
    assert_eq!(reminders::SETTINGS_KEY, "reminders");
}

#[test]
fn ids_are_stable_so_recomputing_replaces_notifications_instead_of_duplicating_them() {
    let context = new_dad_context();
    let first = plan(
        &everything_on(false),
        "2026-09-14T06:00:00+10:00",
        14,
        &context,
    );
    let ids: HashSet<&str> = first.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids.len(), first.len(), "no two notifications share an id");

    // A day later, in discreet mode, at a new offset, with the check-in moved to the morning: the
    // reminders still pending keep their ids.
    let later = plan(
        &ReminderSettings {
            daily_check_in: Some(time(8, 0)),
            ..everything_on(true)
        },
        "2026-09-15T05:00:00+11:00",
        14,
        &context,
    );
    let later_ids: HashSet<&str> = later.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(later_ids.len(), later.len());
    for day in 15..=27 {
        let id = format!("check-in-2026-09-{day}");
        assert!(
            ids.contains(id.as_str()) && later_ids.contains(id.as_str()),
            "{id}"
        );
    }
    assert!(later_ids.contains("practice-2026-09-20"));
    assert!(later_ids.contains("new-dad-2026-09-23"));

    // The same inputs give exactly the same schedule.
    assert_eq!(
        first,
        plan(
            &everything_on(false),
            "2026-09-14T06:00:00+10:00",
            14,
            &context
        )
    );
}

#[test]
fn saved_reminder_settings_drive_the_schedule_and_skip_today_after_a_check_in() {
    use groundwork_core::CheckInInput;
    use groundwork_core::reminders::{ReminderSettings, TimeOfDay};
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = groundwork_tests::open_at(dir.path(), "2026-06-10T08:00:00+10:00");
    assert_eq!(
        g.reminder_settings().expect("defaults"),
        ReminderSettings::default()
    );
    let settings = ReminderSettings {
        daily_check_in: Some(TimeOfDay {
            hour: 20,
            minute: 30,
        }),
        discreet: true,
        ..ReminderSettings::default()
    };
    g.save_reminder_settings(settings.clone()).expect("save");
    assert_eq!(g.reminder_settings().expect("read back"), settings);
    let before = g.reminder_schedule(3).expect("schedule");
    assert_eq!(before.len(), 3);
    assert!(
        before.iter().all(|n| n.title == "Reminder"),
        "discreet texts"
    );
    g.record_check_in(CheckInInput::new(1, 1))
        .expect("check in");
    let after = g.reminder_schedule(3).expect("schedule");
    assert_eq!(
        after.len(),
        2,
        "today's reminder goes once he has checked in"
    );
    assert!(g.discreet_texts().expect("texts").app_display_name != "Groundwork");
}

#[test]
fn every_reminder_kinds_link_reads_back_as_the_screen_it_opens() {
    use groundwork_core::links::AppLink;
    let schedule = plan(
        &everything_on(false),
        "2026-09-20T09:00:00+10:00",
        14,
        &new_dad_context(),
    );
    let mut seen = HashSet::new();
    for n in &schedule {
        let link =
            groundwork_core::read_link(n.deep_link.clone()).expect("the core reads its own link");
        // A match with no wildcard: a new kind fails to compile here until its link is routed.
        let expected = match n.kind {
            ReminderKind::CheckIn => AppLink::CheckIn,
            ReminderKind::WeeklyPractice => AppLink::Practice,
            ReminderKind::NewModule => AppLink::NewDad,
        };
        assert_eq!(link, expected, "{}", n.deep_link);
        assert_eq!(n.deep_link, n.kind.deep_link());
        seen.insert(n.kind);
    }
    assert_eq!(
        seen,
        HashSet::from([
            ReminderKind::CheckIn,
            ReminderKind::WeeklyPractice,
            ReminderKind::NewModule
        ]),
        "the schedule holds every kind"
    );
}
