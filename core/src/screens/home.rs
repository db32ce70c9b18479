//! The home screen.

use chrono::{DateTime, Datelike, FixedOffset, Timelike};
use groundwork_pack::Pack;
use rusqlite::Connection;

use crate::base::days;
use crate::base::error::Result;
use crate::base::ffi_types::Timestamp;
use crate::base::text::Language;
use crate::checkins::{self, CheckIn, Quadrant};
use crate::curriculum::{self, CommitmentCard, NextStep, PhaseProgress, RecommendationsCard};
use crate::journal;

/// The first screen a person sees after opening the app.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct HomeScreen {
    /// A greeting for the time of day, e.g. "Good morning".
    pub greeting: String,
    /// The help now button, in the same place as on every screen.
    pub help: crate::safety::help::HelpButton,
    /// Whether to show onboarding first (nothing chosen yet).
    pub needs_onboarding: bool,
    /// The one next step: continue a module, start a recommended or this week's one, or what
    /// comes when.
    pub next_step: NextStep,
    /// This week's commitments.
    pub commitments: Vec<CommitmentCard>,
    /// Once a commitment's week is over, and before a new one is made: how did it go? (done,
    /// partly, not this time; `answer_week_review`).
    pub week_review: Option<crate::curriculum::WeekReviewCard>,
    /// After he said in onboarding that things are hard right now: "Start here if things are
    /// heated" (the pause plan and his safety plan), first on home until both are done.
    pub start_here: Option<crate::curriculum::StartHerePath>,
    /// Modules a counsellor recommended, if any.
    pub recommendations: Option<RecommendationsCard>,
    /// Progress per phase on his tracks.
    pub phases: Vec<PhaseProgress>,
    /// The invitation on the check-in card.
    pub check_in_prompt: String,
    /// How many times he has checked in today (the day he is living: it ends at 04:00).
    pub check_ins_today: i32,
    /// The most recent check-in, if any.
    pub last_check_in: Option<CheckInSummary>,
    /// How many journal entries there are.
    pub journal_entry_count: i64,
    /// A one-line description of the journal, e.g. "12 entries".
    pub journal_label: String,
    /// A quiet card offering help, the day he said yes to a safety question and the day after.
    pub safety_card: Option<crate::safety::SafetyCard>,
    /// A quiet card offering the new dad's short mood check, about 13 and 26 weeks after the
    /// baby's birth (new-father track, with a birthday), until he answers or puts it off.
    pub dad_mood_card: Option<crate::curriculum::DadMoodCard>,
    /// On the new-dad track with a date: weeks to the due date or the baby's age, and once a
    /// due date has passed with no birth recorded, "Has your baby arrived?" (never an age for a
    /// baby not known to be born).
    pub baby_card: Option<crate::curriculum::BabyCard>,
    /// The quiet question the next time he opens the app after writing something heavy ("How
    /// are you now?"), once, until he answers or turns it off. Never in a counsellor's report.
    pub follow_up_card: Option<crate::safety::answer::FollowUpCard>,
    /// A quiet card offering the groups where men meet in his region ("find your people"),
    /// once his first check-in or module is three weeks old, until he puts it away
    /// (`dismiss_peer_groups_card`).
    pub peer_groups_card: Option<crate::safety::PeerGroupsHomeCard>,
    /// A quiet reminder that the app opens without a lock, after he said "not now" to the lock
    /// in onboarding, until he sets one.
    pub lock_reminder: Option<crate::lock::LockReminderCard>,
    /// The everyday places, one tap each from home, in the order to show them. Logging an anger
    /// moment is among them, so it is two taps from opening the app to saving one.
    pub shortcuts: Vec<HomeShortcut>,
}

/// Where a home shortcut goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HomeDestination {
    /// The check-in form.
    CheckIn,
    /// The short anger moment form.
    AngerMoment,
    /// The journal.
    Journal,
    /// Insights, this month.
    Insights,
    /// His living documents: safety plan, pause plan and the rest.
    Plans,
    /// The phase map: every module and where he is.
    Path,
}

/// One tap from home to an everyday place.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct HomeShortcut {
    /// Where it goes.
    pub destination: HomeDestination,
    /// The button's words.
    pub label: String,
    /// One line under it, also read out by screen readers.
    pub hint: String,
}

fn shortcuts(language: Language, journal_label: &str) -> Vec<HomeShortcut> {
    let shortcut = |destination, id: &str| HomeShortcut {
        destination,
        label: language.say(&format!("home-{id}")),
        hint: language.say(&format!("home-{id}-hint")),
    };
    vec![
        shortcut(HomeDestination::CheckIn, "check-in"),
        shortcut(HomeDestination::AngerMoment, "anger-moment"),
        HomeShortcut {
            destination: HomeDestination::Journal,
            label: language.say("home-journal"),
            hint: journal_label.to_owned(),
        },
        shortcut(HomeDestination::Insights, "insights"),
        shortcut(HomeDestination::Plans, "plans"),
        shortcut(HomeDestination::Path, "path"),
    ]
}

/// A short view of one check-in for cards and lists.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct CheckInSummary {
    /// When it was made, as a phrase relative to now: "Today, 08:30", "Yesterday", "3 days ago".
    pub when_label: String,
    /// Exact time, for accessibility and sorting.
    pub recorded_at: Timestamp,
    /// Where it sat on the mood meter.
    pub quadrant: Quadrant,
    /// The quadrant in plain words, e.g. "unpleasant, high energy".
    pub quadrant_label: String,
    /// -5..=5.
    pub pleasantness: i32,
    /// -5..=5.
    pub energy: i32,
    /// The vocabulary ids picked.
    pub emotions: Vec<String>,
    /// Every word to show: the vocabulary words, then his own.
    pub words: Vec<String>,
}

/// Builds the home screen for `now`.
/// `opened_at` is when the app opened the database this time: the question about how he is
/// comes back once the app has been opened again since he wrote something heavy.
/// `app_lock_set`: a PIN or passphrase guards the database, so no lock reminder.
pub(crate) fn build(
    conn: &Connection,
    pack: &Pack,
    now: DateTime<FixedOffset>,
    opened_at: DateTime<chrono::Utc>,
    app_lock_set: bool,
) -> Result<HomeScreen> {
    let curriculum = curriculum::home_parts(conn, pack, now)?;
    let today = days::lived_day(now);
    let check_ins_today = checkins::count_on_day(conn, &crate::base::days::day_key(today))?;
    let language = Language::of_pack(&pack.manifest.locale);
    let last = checkins::recent(conn, 1, language)?.into_iter().next();
    let journal_entry_count = journal::count(conn)?;
    let journal_label = language.say_with(
        "home-journal-entries",
        &[("entries", journal_entry_count.into())],
    );
    Ok(HomeScreen {
        greeting: greeting(language, now.hour()),
        help: crate::safety::help::saved(conn, pack, None)?,
        needs_onboarding: curriculum.needs_onboarding,
        next_step: curriculum.next_step,
        commitments: curriculum.commitments,
        week_review: curriculum.week_review,
        start_here: curriculum.start_here,
        recommendations: curriculum.recommendations,
        phases: curriculum.phases,
        check_in_prompt: language.say(match check_ins_today {
            0 => "home-check-in-prompt",
            _ => "home-checked-in-today",
        }),
        check_ins_today,
        last_check_in: last.map(|c| summarize(language, &c, now)),
        journal_entry_count,
        safety_card: crate::safety::home_card(conn, today, language)?,
        dad_mood_card: curriculum.dad_mood_card,
        baby_card: curriculum.baby_card,
        follow_up_card: crate::safety::answer::card_for_home(
            conn,
            pack,
            now.with_timezone(&chrono::Utc),
            opened_at,
        )?,
        peer_groups_card: crate::safety::people::home_card(
            conn,
            pack,
            now.with_timezone(&chrono::Utc),
        )?,
        lock_reminder: (!app_lock_set && crate::lock::lifecycle::put_off_earlier(conn)?)
            .then(|| crate::lock::lock_reminder_card(language)),
        shortcuts: shortcuts(language, &journal_label),
        journal_label,
    })
}

/// When a check-in was made, `days` lived days before today: "Today, 08:30", "Yesterday", "3
/// days ago", then its date.
fn when_label(language: Language, local: DateTime<FixedOffset>, days: i64) -> String {
    match days {
        0 => language.say_with(
            "curriculum-home-today-at",
            &[
                ("hour", local.format("%H").to_string().into()),
                ("minute", local.format("%M").to_string().into()),
            ],
        ),
        1..=6 => language.say_with("curriculum-home-days-ago", &[("days", days.into())]),
        _ => language.say_with(
            "curriculum-date",
            &[
                ("day", local.day().into()),
                ("month", local.month().into()),
                ("year", local.year().into()),
            ],
        ),
    }
}

fn greeting(language: Language, hour: u32) -> String {
    language.say(match hour {
        5..=11 => "home-morning",
        12..=16 => "home-afternoon",
        17..=21 => "home-evening",
        _ => "home-late",
    })
}

/// Describes `check_in` relative to `now`, in the person's current local time and lived days
/// ("Today" runs to 04:00), in `language`.
pub(crate) fn summarize(
    language: Language,
    check_in: &CheckIn,
    now: DateTime<FixedOffset>,
) -> CheckInSummary {
    let local = check_in.recorded_at.with_timezone(now.offset());
    let days = (days::lived_day(now) - days::lived_day(local)).num_days();
    let when_label = when_label(language, local, days);
    CheckInSummary {
        when_label,
        recorded_at: check_in.recorded_at,
        quadrant: check_in.quadrant,
        quadrant_label: check_in.quadrant_label.clone(),
        pleasantness: check_in.pleasantness,
        energy: check_in.energy,
        emotions: check_in.emotions.clone(),
        words: check_in
            .emotion_words
            .iter()
            .chain(&check_in.own_words)
            .cloned()
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn when_the_last_check_in_was_is_said_in_french_with_plurals_with_the_french_pack() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-03-01T08:30:00-05:00").expect("a time");
        let (english, french) = (Language::of_pack("en"), Language::of_pack("fr-CA"));
        assert_eq!(when_label(english, at, 0), "Today, 08:30");
        assert_eq!(when_label(french, at, 0), "Aujourd'hui, 08\u{a0}h\u{a0}30");
        assert_eq!(when_label(english, at, 1), "Yesterday");
        assert_eq!(when_label(french, at, 1), "Hier");
        assert_eq!(when_label(english, at, 3), "3 days ago");
        assert_eq!(when_label(french, at, 3), "Il y a 3 jours");
        assert_eq!(when_label(english, at, 9), "1 Mar 2026");
        assert_eq!(when_label(french, at, 9), "1er mars 2026");
        let later =
            chrono::DateTime::parse_from_rfc3339("2026-10-12T08:30:00-05:00").expect("a time");
        assert_eq!(when_label(english, later, 30), "12 Oct 2026");
        assert_eq!(when_label(french, later, 30), "12 octobre 2026");
    }

    #[test]
    fn greetings_follow_the_local_hour() {
        let english = Language::of_pack("en");
        assert_eq!(greeting(english, 5), "Good morning");
        assert_eq!(greeting(english, 12), "Good afternoon");
        assert_eq!(greeting(english, 21), "Good evening");
        assert_eq!(greeting(english, 2), "It's late. Glad you're here");
        let french = Language::of_pack("fr-CA");
        assert_eq!(greeting(french, 8), "Bon matin");
        assert_eq!(greeting(french, 23), "Il est tard. Content que tu sois là");
    }

    #[test]
    fn home_shortcuts_are_in_the_packs_language() {
        let labels = |language| -> Vec<String> {
            shortcuts(language, "x")
                .into_iter()
                .map(|s| s.label)
                .collect()
        };
        assert_eq!(
            labels(Language::of_pack("en")),
            [
                "Check in",
                "Log an anger moment",
                "Journal",
                "Insights",
                "My plans",
                "Your path"
            ]
        );
        assert_eq!(
            labels(Language::of_pack("fr-CA")),
            [
                "Faire mon bilan",
                "Noter un moment de colère",
                "Journal",
                "Tendances",
                "Mes plans",
                "Ton parcours"
            ]
        );
        let hints: Vec<String> = shortcuts(Language::of_pack("en"), "x")
            .into_iter()
            .map(|s| s.hint)
            .collect();
        assert_eq!(hints[0], "How you feel, in a few seconds.");
        assert_eq!(hints[2], "x", "the journal's hint is its count");
    }

    #[test]
    fn the_journals_count_is_said_with_nothing_one_or_many() {
        let say = |language: Language, n: i64| {
            language.say_with("home-journal-entries", &[("entries", n.into())])
        };
        let (english, french) = (Language::of_pack("en"), Language::of_pack("fr-CA"));
        assert_eq!(
            say(english, 0),
            "Nothing written yet. A few lines is plenty."
        );
        assert_eq!(say(english, 1), "1 entry");
        assert_eq!(say(english, 12), "12 entries");
        assert!(say(french, 0).starts_with("Rien d'écrit"));
        assert_eq!(say(french, 1), "1 note");
        assert_eq!(say(french, 12), "12 notes");
    }
}
