//! The curriculum engine: progress through modules, "me then we" unlocking, the home safety
//! question before exercises done together with a partner, the new dad's mood check about 3 and
//! 6 months after the birth, tracks (the main path, the new-dad
//! track timed to the baby's date, a counsellor's plan), and every screen model of it. Shells render what it returns and send back what the person did; every action that
//! changes something returns the next screen.
//!
//! Progress is stored against the pack's stable module and exercise ids (see `state.rs`), so a
//! newer pack keeps it, and the manifest's `renamed` table carries it over to a changed id.

pub(crate) mod actions;
mod answers;
pub(crate) mod baby;
mod content;
pub(crate) mod dad_mood;
mod gate;
pub(crate) mod home_safety;
pub(crate) mod lesson;
mod screens;
mod standing;
pub(crate) mod start_here;
mod state;

pub use answers::ExerciseAnswer;
pub use baby::{
    BabyArrivalAnswer, BabyArrivalOutcome, BabyArrivalQuestion, BabyCard, BabyLossScreen,
};
pub use content::{
    BreathingPhaseLabels, ContentBlock, EmotionChoice, ExerciseView, ListItem, PlanFieldView,
    SpanLink, TextSpan,
};
pub use dad_mood::{
    DadMoodCard, DadMoodCheckScreen, DadMoodChoice, DadMoodFollowUp, DadMoodQuestion, HARD_PHQ2,
    HARD_TEMPER, WINDOW_DAYS, WINDOW_WEEKS, is_hard,
};
pub use home_safety::{
    ASK_AGAIN_AFTER_DAYS, HomeSafetyAnswer, HomeSafetyChoice, HomeSafetyNotYetScreen,
    HomeSafetyOutcome, HomeSafetyQuestion,
};
pub use lesson::{
    CommitmentAction, CommitmentCard, CommitmentState, DocumentLink, LessonOutcome,
    LessonStepScreen, ModuleCompletionScreen, ModuleOpening, WeekOutcome, WeekOutcomeChoice,
    WeekReviewCard, WeekReviewReply,
};
pub use screens::RecommendationsCard;
pub use screens::{
    ModuleCard, ModuleOverviewScreen, OnboardingChoices, OnboardingScreen, PhaseCard,
    PhaseMapScreen, PhaseProgress, PhaseRole, StepOutline, StepState, TrackOption,
};
pub use standing::{ModuleAccess, ModuleState, NextStep, NextStepKind};
pub use start_here::{HardRightNowQuestion, StartHereItem, StartHereItemKind, StartHerePath};
pub use state::{BabyDate, BabyDateKind};

use chrono::{DateTime, FixedOffset, NaiveDate};
use groundwork_pack::Pack;
use rusqlite::Connection;

use crate::base::days::{day_key, parse_day};
use crate::base::error::Result;

/// The curriculum's part of the home screen.
pub(crate) struct HomeParts {
    pub needs_onboarding: bool,
    pub next_step: NextStep,
    pub commitments: Vec<CommitmentCard>,
    pub recommendations: Option<RecommendationsCard>,
    pub phases: Vec<PhaseProgress>,
    pub dad_mood_card: Option<DadMoodCard>,
    pub start_here: Option<StartHerePath>,
    pub week_review: Option<WeekReviewCard>,
    pub baby_card: Option<BabyCard>,
}

pub(crate) fn home_parts(
    conn: &Connection,
    pack: &Pack,
    now: DateTime<FixedOffset>,
) -> Result<HomeParts> {
    let learner = state::load(conn)?;
    let today = crate::base::days::lived_day(now);
    let standing = standing::Standing::new(pack, &learner, today);
    let start_here = screens::start_here_card(conn, &standing)?;
    let mut next_step = standing.next_step();
    if next_step.kind == NextStepKind::Start
        && let Some(item) = start_here.as_ref().and_then(start_here::first_module_to_do)
    {
        // After he said things are hard: the heated path's module comes first.
        next_step = NextStep {
            kind: NextStepKind::Start,
            module_id: Some(item.id.clone()),
            title: item.title.clone(),
            detail: standing.language.say_with(
                "curriculum-next-start-here",
                &[("summary", item.detail.as_str().into())],
            ),
            action_label: Some(item.action_label.clone()),
        };
    }
    Ok(HomeParts {
        needs_onboarding: !learner.onboarded,
        next_step,
        commitments: this_weeks_commitments(conn, pack, &learner, today)?,
        recommendations: screens::recommendations(&standing),
        phases: screens::phase_progress(&standing),
        dad_mood_card: dad_mood::home_card(conn, pack, today)?,
        start_here,
        week_review: lesson::week_review_card(conn, standing.language, today)?,
        baby_card: baby::home_card(&standing),
    })
}

/// This week's commitments, without the new-dad modules' while that track is paused after a
/// loss.
fn this_weeks_commitments(
    conn: &Connection,
    pack: &Pack,
    learner: &state::Learner,
    today: chrono::NaiveDate,
) -> Result<Vec<CommitmentCard>> {
    let cards = lesson::commitment_cards(conn, pack, today, None)?;
    if !learner.paused_after_loss(pack) {
        return Ok(cards);
    }
    let timed: Vec<&str> = pack
        .modules
        .iter()
        .filter(|m| {
            pack.phase(&m.meta.phase)
                .is_some_and(|p| p.kind == groundwork_pack::PhaseKind::Timed)
        })
        .map(|m| m.meta.id.as_str())
        .collect();
    let mut stmt = conn.prepare_cached("SELECT id, module_id FROM commitments")?;
    let paused: Vec<String> = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|(_, module)| timed.contains(&module.as_str()))
        .map(|(id, _)| id)
        .collect();
    Ok(cards
        .into_iter()
        .filter(|c| !paused.contains(&c.id))
        .collect())
}

/// Carries stored progress over to the ids `pack` renamed (its manifest's `[renamed]`), in one
/// transaction; nothing is written when no stored id was renamed.
pub(crate) fn carry_renamed_progress(store: &crate::store::Store, pack: &Pack) -> Result<()> {
    if !pack.manifest.renamed.is_empty() && store.read(|conn| state::has_renamed_ids(conn, pack))? {
        store.write(|tx| state::apply_renames(tx, pack))?;
    }
    Ok(())
}

/// The baby's date when the new-father track is active, for the reminder schedule.
pub(crate) fn new_father_date(conn: &Connection, pack: &Pack) -> Result<Option<chrono::NaiveDate>> {
    let learner = state::load(conn)?;
    Ok(if learner.on_timed_track(pack) {
        learner.baby.as_ref().map(|b| b.date)
    } else {
        None
    })
}

/// The weeks (from the baby's date) in which a new-dad module opens, for its reminder. With a
/// due date, only the weeks before the birth: the modules for after it wait until the birth is
/// recorded, so no reminder announces one.
pub(crate) fn new_father_module_weeks(conn: &Connection, pack: &Pack) -> Result<Vec<i64>> {
    let due_date = state::load(conn)?
        .baby
        .is_some_and(|b| b.kind == BabyDateKind::Due);
    Ok(pack
        .modules
        .iter()
        .filter_map(|m| m.meta.week.map(i64::from))
        .filter(|week| !(due_date && *week >= 0))
        .collect())
}

/// This week's open commitment's text (the newest), for the practice reminder.
pub(crate) fn open_commitment(
    conn: &Connection,
    pack: &Pack,
    today: chrono::NaiveDate,
) -> Result<Option<String>> {
    let learner = state::load(conn)?;
    Ok(this_weeks_commitments(conn, pack, &learner, today)?
        .into_iter()
        .find(|c| c.state == CommitmentState::Open)
        .map(|c| c.text))
}

/// Completed modules, for the counsellor report: (title, phase title, completed day), oldest
/// first, within the days `from..=to` (`YYYY-MM-DD`). Modules a newer pack dropped keep the title
/// they had.
pub(crate) fn completed_between(
    conn: &Connection,
    pack: &Pack,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(String, String, NaiveDate)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT module_id, title, completed_day FROM module_progress
         WHERE completed_day BETWEEN ?1 AND ?2 ORDER BY completed_at, module_id",
    )?;
    let rows = stmt
        .query_map([day_key(from), day_key(to)], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(id, title, day)| {
            let module = pack.module(&id);
            let phase = module
                .and_then(|m| pack.phase(&m.meta.phase))
                .map(|p| p.title.clone())
                .unwrap_or_default();
            let day = parse_day(&day)?;
            Ok((module.map_or(title, |m| m.meta.title.clone()), phase, day))
        })
        .collect::<Result<_>>()
}

/// His curriculum progress for the JSON export: tracks, the baby's date, each module's state
/// with his answers, commitments, the counsellor plan, his answers to the home safety
/// question and his mood checks as a new dad (documented in `docs/export.md`).
pub(crate) fn export_json(conn: &Connection) -> Result<serde_json::Value> {
    use serde_json::json;
    let learner = state::load(conn)?;
    let mut stmt = conn.prepare_cached(
        "SELECT exercise_id, answer FROM exercise_answers WHERE module_id = ?1 AND submitted = 1
         ORDER BY rowid",
    )?;
    let mut modules: Vec<&state::ModuleRow> = learner.modules.values().collect();
    modules.sort_by_key(|m| (m.started_at, m.module_id.clone()));
    let mut out_modules = Vec::new();
    for m in modules {
        let answers = stmt
            .query_map([&m.module_id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .map(|(exercise, answer)| {
                json!({
                    "exercise_id": exercise,
                    "answer": serde_json::from_str::<serde_json::Value>(&answer)
                        .unwrap_or(serde_json::Value::Null),
                })
            })
            .collect::<Vec<_>>();
        let millis = |ms: Option<i64>| {
            ms.and_then(chrono::DateTime::from_timestamp_millis)
                .map(|t| t.to_rfc3339())
        };
        out_modules.push(json!({
            "module_id": m.module_id,
            "title": m.title,
            "state": match (m.completed_at, m.reviewed_at) {
                (None, _) => "in-progress",
                (Some(_), None) => "completed",
                (Some(_), Some(_)) => "reviewed",
            },
            "started_at": millis(Some(m.started_at)),
            "completed_at": millis(m.completed_at),
            "completed_day": m.completed_day,
            "answers": answers,
        }));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT module_id, text, made_day, until_day, state, outcome FROM commitments
         ORDER BY made_at",
    )?;
    let commitments = stmt
        .query_map([], |r| {
            Ok(json!({
                "module_id": r.get::<_, String>(0)?,
                "text": r.get::<_, String>(1)?,
                "made_day": r.get::<_, String>(2)?,
                "until_day": r.get::<_, String>(3)?,
                "state": r.get::<_, String>(4)?,
                "week_outcome": r.get::<_, Option<String>>(5)?,
            }))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(json!({
        "tracks": learner.tracks,
        "baby_date": learner.baby,
        "baby_arrival": learner.arrival,
        "modules": out_modules,
        "commitments": commitments,
        "counsellor_plan": learner.plan.iter().map(|p| json!({
            "module_id": p.module_id,
            "from": p.from_name,
            "note": p.note,
        })).collect::<Vec<_>>(),
        "home_safety_answers": home_safety::export_json(conn)?,
        "dad_mood_checks": dad_mood::export_json(conn)?,
    }))
}

/// The built-in French (Canada) pack, for the tests that check the core's words come out in
/// the pack's language.
#[cfg(test)]
pub(crate) fn french_pack() -> &'static Pack {
    static PACK: std::sync::OnceLock<std::sync::Arc<Pack>> = std::sync::OnceLock::new();
    PACK.get_or_init(crate::content::french_for_tests)
}
