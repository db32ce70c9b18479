//! Going through a module: opening (or resuming) it, saving a half-done answer, going back, and
//! going on, which applies what the answer means (a reflection becomes a journal entry, a plan a
//! living document, a commitment this week's card) and finishes the module after its last step.

use chrono::{DateTime, Duration, FixedOffset, Utc};
use groundwork_pack::{Exercise, Module, Pack};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use uuid::Uuid;

use super::answers::{self, ExerciseAnswer};
use super::content::{self, ContentBlock, ExerciseView};
use super::home_safety::{self, HomeSafetyNotYetScreen, HomeSafetyQuestion};
use super::standing::{ModuleAccess, NextStep, Standing, find, newly_opened};
use super::state::{self, Learner, ModuleRow};
use crate::base::days::day_key as day;
use crate::base::error::{Error, Reason, Result};
use crate::base::text::Language;
use crate::journal::{self, JournalEntryInput};

/// One step of a module, ready to render.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct LessonStepScreen {
    /// The module's id (send it back with every action).
    pub module_id: String,
    /// The module's title.
    pub module_title: String,
    /// This step's position, from 0 (send it back with every action).
    pub step_index: u32,
    /// How many steps the module has.
    pub step_count: u32,
    /// "Step 2 of 5".
    pub progress_label: String,
    /// The step's title.
    pub title: String,
    /// The text, in order.
    pub blocks: Vec<ContentBlock>,
    /// The exercise at the end of the step, if there is one.
    pub exercise: Option<ExerciseView>,
    /// What he has answered so far (saved draft or earlier answer; a plan shows its living
    /// document), if anything.
    pub answer: Option<ExerciseAnswer>,
    /// Whether the exercise must be answered to go on.
    pub answer_required: bool,
    /// Whether he may go on now.
    pub can_continue: bool,
    /// The forward button: "Next", "Skip for now", "Finish".
    pub continue_label: String,
    /// Whether there is a step before this one.
    pub can_go_back: bool,
    /// Whether he is going through a module he already finished.
    pub reviewing: bool,
    /// The answer that fits when what he just wrote in an exercise holds words of crisis (the
    /// words are saved as written; show it over this step).
    pub crisis_answer: Option<crate::safety::answer::CrisisAnswer>,
    /// The help now button: at hurt-someone in an anger module, new-dad in a new-dad one.
    pub help: crate::safety::help::HelpButton,
    /// The step read aloud: its title, its text and its exercise, with no Markdown, links said
    /// as their words, abbreviations in full and numbers said as people in his region say them
    /// (`speech`). Nothing is spoken until he taps play.
    pub spoken: String,
    /// A guided exercise's lines with their timing (breathing, the body scan), to play with the
    /// screen off; empty for any other step.
    pub cues: Vec<crate::speech::SpokenCue>,
    /// "Headphones keep what you listen to..." until he has listened once
    /// (`Groundwork::listened`), then `None`.
    pub headphones_hint: Option<String>,
}

/// One of this week's commitments.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct CommitmentCard {
    /// The commitment's id (for `set_commitment_state`).
    pub id: String,
    /// What he will try.
    pub text: String,
    /// The module it came from.
    pub module_title: String,
    /// "Until Sunday", "Last day today".
    pub when_label: String,
    /// Where it stands.
    pub state: CommitmentState,
    /// The choices to show, in order, with their labels; the one matching `state` is selected.
    pub actions: Vec<CommitmentAction>,
}

/// One choice on a commitment card: "Still on it", "Done" or "Not this time".
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct CommitmentAction {
    /// What choosing it sets (with `set_commitment_state`).
    pub state: CommitmentState,
    /// Its label.
    pub label: String,
    /// Whether this is where the commitment stands now.
    pub selected: bool,
}

/// Where a commitment stands. There is no "failed": a week that did not work out is just that.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CommitmentState {
    /// Still this week.
    Open,
    /// He did it.
    Done,
    /// It did not happen this time.
    NotThisTime,
}

impl CommitmentState {
    /// The label of the choice that sets this state: its message id.
    fn label(self) -> &'static str {
        match self {
            Self::Open => "curriculum-commitment-open",
            Self::Done => "curriculum-commitment-done",
            Self::NotThisTime => "curriculum-commitment-not-this-time",
        }
    }

    /// Every choice, in the order a card shows them, with `current` selected, in `language`.
    pub(crate) fn actions(language: Language, current: Self) -> Vec<CommitmentAction> {
        [Self::Open, Self::Done, Self::NotThisTime]
            .into_iter()
            .map(|state| CommitmentAction {
                state,
                label: language.say(state.label()),
                selected: state == current,
            })
            .collect()
    }

    fn key(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Done => "done",
            Self::NotThisTime => "not-this-time",
        }
    }

    fn from_key(key: &str) -> Self {
        match key {
            "done" => Self::Done,
            "not-this-time" => Self::NotThisTime,
            _ => Self::Open,
        }
    }
}

/// A living document a module filled in.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct DocumentLink {
    /// The document's id (for `living_document`).
    pub id: String,
    /// Its title.
    pub title: String,
}

/// The screen after a module's last step.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct ModuleCompletionScreen {
    /// The module's id.
    pub module_id: String,
    /// The module's title.
    pub module_title: String,
    /// "Module done", or "Gone through again".
    pub headline: String,
    /// One line per thing he did, e.g. "Built \u{201c}My pause plan\u{201d}".
    pub what_you_did: Vec<String>,
    /// The thing he chose to try this week, if he chose one.
    pub commitment: Option<CommitmentCard>,
    /// The living documents this module filled in, to revisit.
    pub documents: Vec<DocumentLink>,
    /// What finishing it opened, e.g. "Skills for two is open now".
    pub newly_opened: Vec<String>,
    /// The home safety question, when finishing this module would open exercises done together
    /// with his partner and the question comes first (answer it with
    /// `answer_home_safety_question`).
    pub home_safety_question: Option<HomeSafetyQuestion>,
    /// What to do next.
    pub next: NextStep,
    /// For a module about friends and groups (topic `peer-support`), when his region is known
    /// and has some: where men meet near him ("find your people").
    pub peer_groups: Option<crate::safety::PeerGroupsCard>,
    /// The answer that fits when what he wrote in the last step holds words of crisis.
    pub crisis_answer: Option<crate::safety::answer::CrisisAnswer>,
    /// The help now button, as on the module's steps.
    pub help: crate::safety::help::HelpButton,
}

/// What going on from a step leads to.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum LessonOutcome {
    /// The next step.
    Step {
        /// The step to show.
        screen: LessonStepScreen,
    },
    /// The module is finished.
    Completed {
        /// The completion screen.
        screen: ModuleCompletionScreen,
    },
}

/// What opening a module leads to.
#[expect(
    clippy::large_enum_variant,
    reason = "a screen model crosses the FFI by value, once per call; uniffi has no Box"
)]
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ModuleOpening {
    /// The module opened: the step he is on.
    Step {
        /// The step to show.
        screen: LessonStepScreen,
    },
    /// Its exercises are done together with his partner, and one question comes first.
    Question {
        /// The home safety question (answer it with `answer_home_safety_question`).
        screen: HomeSafetyQuestion,
    },
    /// Its exercises are done together with his partner, and they stay closed for now (four
    /// weeks after a yes or "not sure").
    NotYet {
        /// Why, help, and what he can do on his own.
        screen: HomeSafetyNotYetScreen,
    },
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn row(conn: &Connection, module_id: &str) -> Result<Option<ModuleRow>> {
    state::load_module(conn, module_id)
}

struct StoredAnswer {
    answer: ExerciseAnswer,
    /// False while it is a draft (saved without going on).
    submitted: bool,
    journal_entry_id: Option<String>,
}

fn stored_answer(
    conn: &Connection,
    module_id: &str,
    exercise_id: &str,
) -> Result<Option<StoredAnswer>> {
    let row: Option<(String, bool, Option<String>)> = conn
        .query_row(
            "SELECT answer, submitted, journal_entry_id FROM exercise_answers
             WHERE module_id = ?1 AND exercise_id = ?2",
            [module_id, exercise_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    row.map(|(json, submitted, journal_entry_id)| {
        Ok(StoredAnswer {
            answer: answers::from_json(&json)?,
            submitted,
            journal_entry_id,
        })
    })
    .transpose()
}

fn store_answer(
    tx: &Transaction<'_>,
    module_id: &str,
    exercise_id: &str,
    answer: &ExerciseAnswer,
    submitted: bool,
    journal_entry_id: Option<&str>,
    now_ms: i64,
) -> Result<()> {
    tx.execute(
        "INSERT INTO exercise_answers (module_id, exercise_id, answer, submitted, journal_entry_id, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (module_id, exercise_id) DO UPDATE SET answer = excluded.answer,
             submitted = excluded.submitted,
             journal_entry_id = coalesce(excluded.journal_entry_id, exercise_answers.journal_entry_id),
             updated_at = excluded.updated_at",
        params![module_id, exercise_id, answers::to_json(answer)?, submitted, journal_entry_id, now_ms],
    )?;
    Ok(())
}

/// What the step shows as his answer: the stored one; for a plan, the living document as it is
/// now (he may have edited it outside the module); for a reflection, the journal entry's text.
fn shown_answer(
    conn: &Connection,
    pack: &Pack,
    module_id: &str,
    exercise: &Exercise,
) -> Result<Option<ExerciseAnswer>> {
    let stored = stored_answer(conn, module_id, exercise.id())?;
    match exercise {
        Exercise::Plan(plan) => {
            if let Some(StoredAnswer {
                answer,
                submitted: false,
                ..
            }) = stored
            {
                return Ok(Some(answer));
            }
            let doc = crate::documents::get(conn, pack, &plan.document)?;
            Ok(doc.started.then(|| ExerciseAnswer::Plan {
                fields: doc
                    .fields
                    .into_iter()
                    .filter(|f| !f.value.is_empty())
                    .map(|f| (f.id, f.value))
                    .collect(),
            }))
        }
        Exercise::Reflection(_) => match stored {
            Some(StoredAnswer {
                journal_entry_id: Some(id),
                submitted: true,
                answer,
            }) => {
                let entry = Uuid::parse_str(&id).ok().map(|id| journal::get(conn, id));
                match entry {
                    Some(Ok(entry)) => Ok(Some(ExerciseAnswer::Reflection { text: entry.body })),
                    // He deleted the entry from his journal: show nothing rather than bring it back.
                    _ => Ok(match answer {
                        ExerciseAnswer::Reflection { .. } => None,
                        other => Some(other),
                    }),
                }
            }
            other => Ok(other.map(|s| s.answer)),
        },
        _ => Ok(stored.map(|s| s.answer)),
    }
}

/// A lesson step's progress line ("Step 2 of 5") and forward button: "Finish" on the last step,
/// "Skip for now" where an exercise can be left (`skippable`), else "Next"; in `language`.
fn step_labels(language: Language, index: u32, steps: u32, skippable: bool) -> (String, String) {
    let progress = language.say_with(
        "lesson-progress",
        &[
            ("step", i64::from(index + 1).into()),
            ("steps", i64::from(steps).into()),
        ],
    );
    let forward = if index + 1 == steps {
        "lesson-finish"
    } else if skippable {
        "lesson-skip"
    } else {
        "lesson-next"
    };
    (progress, language.say(forward))
}

pub(crate) fn step_screen(
    conn: &Connection,
    pack: &Pack,
    module: &Module,
    row: &ModuleRow,
    index: u32,
) -> Result<LessonStepScreen> {
    let steps = count(module.steps.len());
    let step = module.steps.get(index as usize).ok_or_else(no_such_step)?;
    let answer = match &step.exercise {
        Some(e) => shown_answer(conn, pack, &module.meta.id, e)?,
        None => None,
    };
    let required = step.exercise.as_ref().is_some_and(answers::required);
    let complete = answer.as_ref().is_some_and(answers::is_complete);
    let region = crate::safety::saved_region(conn)?;
    let language = Language::of_pack(&pack.manifest.locale);
    let (progress_label, continue_label) = step_labels(
        language,
        index,
        steps,
        step.exercise.is_some() && !required && !complete,
    );
    Ok(LessonStepScreen {
        module_id: module.meta.id.clone(),
        module_title: module.meta.title.clone(),
        step_index: index,
        step_count: steps,
        progress_label,
        title: step.title.clone(),
        blocks: content::blocks(&step.blocks),
        exercise: step
            .exercise
            .as_ref()
            .map(|e| content::exercise(e, pack, language)),
        answer,
        answer_required: required,
        can_continue: !required || complete,
        continue_label,
        can_go_back: index > 0,
        reviewing: row.completed_at.is_some(),
        crisis_answer: None,
        help: crate::safety::help::saved(
            conn,
            pack,
            crate::safety::help::situation_for_module(module),
        )?,
        spoken: crate::speech::lesson_step(step, region.as_deref(), language),
        cues: step
            .exercise
            .as_ref()
            .map(|e| crate::speech::cues::for_exercise(e, language))
            .unwrap_or_default(),
        headphones_hint: crate::speech::headphones_hint(conn, language)?,
    })
}

fn no_such_step() -> Error {
    Error::invalid("step_index", Reason::new("curriculum-no-such-step"))
}

fn require_open(standing: &Standing<'_>, module: &Module) -> Result<()> {
    match standing.refusal(module) {
        None => Ok(()),
        Some(reason) => Err(Error::invalid("module_id", reason)),
    }
}

/// Opens a module where he left off: the first step when new, the step he was on when started
/// (with his half-done answer), the first step again to review a finished one. An exercise for
/// two asks the home safety question first, or, in the four weeks after a yes or "not sure",
/// says why it stays closed; neither changes anything.
pub(crate) fn open(
    tx: &Transaction<'_>,
    pack: &Pack,
    module_id: &str,
    now: DateTime<FixedOffset>,
) -> Result<ModuleOpening> {
    let module = find(pack, module_id)?;
    let learner = state::load(tx)?;
    let standing = Standing::new(pack, &learner, crate::base::days::lived_day(now));
    if let ModuleAccess::AskFirst { .. } = standing.access(module) {
        return Ok(ModuleOpening::Question {
            screen: home_safety::question(pack, Some(module_id), standing.help(None)),
        });
    }
    if let Some(asks_again_on) = standing.closed_by_question(module) {
        return Ok(ModuleOpening::NotYet {
            screen: home_safety::not_yet_screen(
                &standing,
                asks_again_on,
                home_safety::help_now(tx, pack, None, now)?,
            ),
        });
    }
    require_open(&standing, module)?;
    let steps = count(module.steps.len());
    let now_ms = now.with_timezone(&Utc).timestamp_millis();
    let current = match learner.modules.get(module_id) {
        None => {
            tx.execute(
                "INSERT INTO module_progress (module_id, title, current_step, furthest_step, started_at, updated_at)
                 VALUES (?1, ?2, 0, 0, ?3, ?3)",
                params![module_id, module.meta.title, now_ms],
            )?;
            0
        }
        // Finished and not being gone through again: start the review at the top.
        Some(row) if row.completed_at.is_some() && row.current_step >= steps => 0,
        // A newer pack may have fewer steps: resume at the last one.
        Some(row) => row.current_step.min(steps.saturating_sub(1)),
    };
    tx.execute(
        "UPDATE module_progress SET current_step = ?2, updated_at = ?3, title = ?4 WHERE module_id = ?1",
        params![module_id, current, now_ms, module.meta.title],
    )?;
    let row = row(tx, module_id)?.ok_or(Error::Internal("progress was not saved"))?;
    Ok(ModuleOpening::Step {
        screen: step_screen(tx, pack, module, &row, current)?,
    })
}

fn open_module_first() -> Error {
    Error::invalid("module_id", Reason::new("curriculum-open-module-first"))
}

fn no_exercise() -> Error {
    Error::invalid("answer", Reason::new("curriculum-step-has-no-exercise"))
}

fn started(conn: &Connection, module_id: &str) -> Result<ModuleRow> {
    row(conn, module_id)?.ok_or_else(open_module_first)
}

/// Goes to an earlier step (or back to one reached before).
pub(crate) fn go_to(
    tx: &Transaction<'_>,
    pack: &Pack,
    module_id: &str,
    index: u32,
    now: DateTime<FixedOffset>,
) -> Result<LessonStepScreen> {
    let module = find(pack, module_id)?;
    let row = started(tx, module_id)?;
    home_safety::require_open(tx, pack, module, crate::base::days::lived_day(now))?;
    let steps = count(module.steps.len());
    let reachable = if row.completed_at.is_some() {
        steps.saturating_sub(1)
    } else {
        row.furthest_step.min(steps.saturating_sub(1))
    };
    if index > reachable {
        return Err(Error::invalid(
            "step_index",
            Reason::new("curriculum-steps-in-order"),
        ));
    }
    tx.execute(
        "UPDATE module_progress SET current_step = ?2, updated_at = ?3 WHERE module_id = ?1",
        params![module_id, index, now.with_timezone(&Utc).timestamp_millis()],
    )?;
    let row = started(tx, module_id)?;
    step_screen(tx, pack, module, &row, index)
}

fn exercise_at<'m>(
    module: &'m Module,
    row: &ModuleRow,
    index: u32,
) -> Result<Option<&'m Exercise>> {
    if index
        != row
            .current_step
            .min(count(module.steps.len()).saturating_sub(1))
    {
        return Err(Error::invalid(
            "step_index",
            Reason::new("curriculum-not-the-open-step"),
        ));
    }
    Ok(module
        .steps
        .get(index as usize)
        .ok_or_else(no_such_step)?
        .exercise
        .as_ref())
}

/// Saves a half-done answer to the open step without going on (typing, a plan half filled).
pub(crate) fn save_draft(
    tx: &Transaction<'_>,
    pack: &Pack,
    module_id: &str,
    index: u32,
    answer: ExerciseAnswer,
    now: DateTime<FixedOffset>,
) -> Result<LessonStepScreen> {
    let module = find(pack, module_id)?;
    let row = started(tx, module_id)?;
    home_safety::require_open(tx, pack, module, crate::base::days::lived_day(now))?;
    let exercise = exercise_at(module, &row, index)?.ok_or_else(no_exercise)?;
    let answer = answers::check(exercise, pack, answer)?;
    let now_ms = now.with_timezone(&Utc).timestamp_millis();
    store_answer(tx, module_id, exercise.id(), &answer, false, None, now_ms)?;
    tx.execute(
        "UPDATE module_progress SET updated_at = ?2 WHERE module_id = ?1",
        params![module_id, now_ms],
    )?;
    step_screen(tx, pack, module, &row, index)
}

/// Applies a finished answer: journal entry, living document, commitment. Returns the journal
/// entry's id for a reflection.
fn apply(
    tx: &Transaction<'_>,
    pack: &Pack,
    module: &Module,
    exercise: &Exercise,
    answer: &ExerciseAnswer,
    now: DateTime<FixedOffset>,
) -> Result<Option<String>> {
    let module_id = module.meta.id.as_str();
    match (exercise, answer) {
        (Exercise::Reflection(r), ExerciseAnswer::Reflection { text })
            if !text.trim().is_empty() =>
        {
            let linked = stored_answer(tx, module_id, exercise.id())?
                .and_then(|s| s.journal_entry_id)
                .and_then(|id| Uuid::parse_str(&id).ok());
            if let Some(id) = linked
                && let Ok(entry) = journal::get(tx, id)
            {
                journal::update(tx, id, text.clone(), entry.tags, now)?;
                return Ok(Some(id.to_string()));
            }
            let entry = journal::write(
                tx,
                JournalEntryInput {
                    body: text.clone(),
                    tags: Vec::new(),
                    prompt_id: None,
                },
                &[],
                now,
            )?;
            // The step's question is kept with the entry, as a library prompt would be.
            tx.execute(
                "UPDATE journal_entries SET prompt_text = ?2 WHERE id = ?1",
                params![entry.id.to_string(), r.prompt],
            )?;
            Ok(Some(entry.id.to_string()))
        }
        (Exercise::Plan(plan), ExerciseAnswer::Plan { fields }) => {
            crate::documents::save(tx, pack, &plan.document, fields.clone(), now)?;
            Ok(None)
        }
        (Exercise::Commitment(_), ExerciseAnswer::Commitment { text }) => {
            let text = answers::commitment_text(text)?;
            let today = crate::base::days::lived_day(now);
            let now_ms = now.with_timezone(&Utc).timestamp_millis();
            let updated = tx.execute(
                "UPDATE commitments SET text = ?2, updated_at = ?3
                 WHERE module_id = ?1 AND state = 'open' AND until_day >= ?4",
                params![module_id, text, now_ms, day(today)],
            )?;
            if updated == 0 {
                tx.execute(
                    "INSERT INTO commitments (id, module_id, text, made_at, made_day, until_day, state, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?4)",
                    params![
                        Uuid::new_v4().to_string(),
                        module_id,
                        text,
                        now_ms,
                        day(today),
                        day(today + Duration::days(6))
                    ],
                )?;
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

/// Goes on from the open step, with its answer (or the saved draft when `answer` is `None`):
/// to the next step, or, after the last, to the completion screen.
pub(crate) fn go_on(
    tx: &Transaction<'_>,
    pack: &Pack,
    module_id: &str,
    index: u32,
    answer: Option<ExerciseAnswer>,
    now: DateTime<FixedOffset>,
) -> Result<LessonOutcome> {
    let module = find(pack, module_id)?;
    let before = state::load(tx)?;
    let row = before
        .modules
        .get(module_id)
        .cloned()
        .ok_or_else(open_module_first)?;
    home_safety::require_open(tx, pack, module, crate::base::days::lived_day(now))?;
    let exercise = exercise_at(module, &row, index)?;
    let now_ms = now.with_timezone(&Utc).timestamp_millis();
    let mut crisis_answer = None;
    match (exercise, answer) {
        (None, Some(_)) => return Err(no_exercise()),
        (None, None) => {}
        (Some(exercise), answer) => {
            let answer = match answer {
                Some(a) => Some(answers::check(exercise, pack, a)?),
                None => stored_answer(tx, module_id, exercise.id())?.map(|s| s.answer),
            };
            let complete = answer.as_ref().is_some_and(answers::is_complete);
            if answers::required(exercise) && !complete {
                return Err(Error::invalid(
                    "answer",
                    Reason::new("curriculum-answer-to-go-on"),
                ));
            }
            if let Some(answer) = answer {
                let written = complete.then(|| answer.written_by_him(exercise)).flatten();
                let journal_id = if complete {
                    apply(tx, pack, module, exercise, &answer, now)?
                } else {
                    None
                };
                store_answer(
                    tx,
                    module_id,
                    exercise.id(),
                    &answer,
                    true,
                    journal_id.as_deref(),
                    now_ms,
                )?;
                // After the answer is saved (a plan's fields too), so the answer can show them.
                if let Some(text) = written {
                    crisis_answer = crate::safety::answer_in(tx, pack, &text, now)?;
                }
            }
        }
    }
    let steps = count(module.steps.len());
    let next = index + 1;
    if next < steps {
        tx.execute(
            "UPDATE module_progress SET current_step = ?2, furthest_step = max(furthest_step, ?2),
                 updated_at = ?3 WHERE module_id = ?1",
            params![module_id, next, now_ms],
        )?;
        let row = started(tx, module_id)?;
        let mut screen = step_screen(tx, pack, module, &row, next)?;
        screen.crisis_answer = crisis_answer;
        return Ok(LessonOutcome::Step { screen });
    }
    let first_time = row.completed_at.is_none();
    if first_time {
        tx.execute(
            "UPDATE module_progress SET current_step = ?2, furthest_step = ?2, updated_at = ?3,
                 completed_at = ?3, completed_day = ?4 WHERE module_id = ?1",
            params![
                module_id,
                steps,
                now_ms,
                day(crate::base::days::lived_day(now))
            ],
        )?;
    } else {
        tx.execute(
            "UPDATE module_progress SET current_step = ?2, updated_at = ?3, reviewed_at = ?3
             WHERE module_id = ?1",
            params![module_id, steps, now_ms],
        )?;
    }
    let after = state::load(tx)?;
    let newly_opened = newly_opened(pack, &before, &after, now);
    let mut screen = completion(tx, pack, &after, module, first_time, newly_opened, now)?;
    screen.crisis_answer = crisis_answer;
    screen.home_safety_question = question_now_in_reach(pack, &before, &after, now);
    Ok(LessonOutcome::Completed { screen })
}

/// The home safety question, when it is being asked and a module it guards came within reach
/// between `before` and `after` (say, the last "me" module is done, and skills for two would open).
fn question_now_in_reach(
    pack: &Pack,
    before: &Learner,
    after: &Learner,
    now: DateTime<FixedOffset>,
) -> Option<HomeSafetyQuestion> {
    let today = crate::base::days::lived_day(now);
    let was = Standing::new(pack, before, today);
    let is = Standing::new(pack, after, today);
    let in_reach_before = was.guarded_within_reach();
    let came_into_reach = is
        .guarded_within_reach()
        .iter()
        .any(|m| !in_reach_before.iter().any(|b| b.meta.id == m.meta.id));
    (is.asks_home_safety() && came_into_reach)
        .then(|| home_safety::question(pack, None, is.help(None)))
}

pub(crate) fn commitment_cards(
    conn: &Connection,
    pack: &Pack,
    today: chrono::NaiveDate,
    module_id: Option<&str>,
) -> Result<Vec<CommitmentCard>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, module_id, text, until_day, state FROM commitments
         WHERE until_day >= ?1 AND made_day <= ?1 AND (?2 IS NULL OR module_id = ?2)
         ORDER BY made_at DESC",
    )?;
    let rows = stmt
        .query_map(params![day(today), module_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows
        .into_iter()
        .map(|(id, module_id, text, until, state)| {
            let until_day = chrono::NaiveDate::parse_from_str(&until, "%Y-%m-%d").unwrap_or(today);
            let state = CommitmentState::from_key(&state);
            let language = Language::of_pack(&pack.manifest.locale);
            CommitmentCard {
                id,
                module_title: pack
                    .module(&module_id)
                    .map(|m| m.meta.title.clone())
                    .unwrap_or_default(),
                text,
                when_label: when_label(language, state, until_day, today),
                actions: CommitmentState::actions(language, state),
                state,
            }
        })
        .collect())
}

/// Marks one of this week's commitments done, not this time, or open again.
pub(crate) fn set_commitment_state(
    tx: &Transaction<'_>,
    id: &str,
    state: CommitmentState,
    now: DateTime<FixedOffset>,
) -> Result<()> {
    let changed = tx.execute(
        "UPDATE commitments SET state = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, state.key(), now.with_timezone(&Utc).timestamp_millis()],
    )?;
    if changed == 0 {
        return Err(Error::NotFound { what: "commitment" });
    }
    Ok(())
}

/// How his week with a commitment went, as he tells it at the week's end. There is no "failed".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WeekOutcome {
    /// He did it.
    Done,
    /// Some of it happened.
    Partly,
    /// It did not happen this time.
    NotThisTime,
}

impl WeekOutcome {
    /// Every answer, in the order the card shows them.
    pub const ALL: [WeekOutcome; 3] = [Self::Done, Self::Partly, Self::NotThisTime];

    /// How it is stored (and exported).
    pub(crate) fn key(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Partly => "partly",
            Self::NotThisTime => "not-this-time",
        }
    }

    /// Its label on the card, in `language`.
    fn label(self, language: Language) -> String {
        language.say(match self {
            Self::Done => "curriculum-week-done",
            Self::Partly => "curriculum-week-partly",
            Self::NotThisTime => "curriculum-week-not-this-time",
        })
    }

    /// What he reads after answering, in `language`: warm for every answer, never blaming.
    pub fn reply(self, language: Language) -> String {
        language.say(match self {
            Self::Done => "curriculum-week-done-reply",
            Self::Partly => "curriculum-week-partly-reply",
            Self::NotThisTime => "curriculum-week-not-this-time-reply",
        })
    }
}

/// One answer on the week's-end card.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct WeekOutcomeChoice {
    /// What choosing it sends (`answer_week_review`).
    pub outcome: WeekOutcome,
    /// "Done", "Partly", "Not this time".
    pub label: String,
}

/// Home's question once a commitment's week is over and before a new one is made: how did it go?
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct WeekReviewCard {
    /// The commitment's id (send it back with the answer).
    pub commitment_id: String,
    /// "How did last week go?"
    pub title: String,
    /// What he said he would try, in his words, and the question.
    pub question: String,
    /// That there is no wrong answer.
    pub hint: String,
    /// The three answers, in order.
    pub choices: Vec<WeekOutcomeChoice>,
}

/// What comes back after answering the week's-end question.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct WeekReviewReply {
    /// The answer kept.
    pub outcome: WeekOutcome,
    /// A few warm words for it.
    pub message: String,
}

/// The week's-end question for home: his newest commitment, once its week is over, while he has
/// neither answered nor marked it during the week (done or not this time). A newer commitment
/// means a new week has started, so the old one is not asked about.
pub(crate) fn week_review_card(
    conn: &Connection,
    language: Language,
    today: chrono::NaiveDate,
) -> Result<Option<WeekReviewCard>> {
    let newest: Option<(String, String, String, String, Option<String>)> = conn
        .prepare_cached(
            "SELECT id, text, until_day, state, outcome FROM commitments
             ORDER BY made_at DESC, rowid DESC LIMIT 1",
        )?
        .query_row([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .optional()?;
    let Some((id, text, until, state, outcome)) = newest else {
        return Ok(None);
    };
    if until.as_str() >= day(today).as_str() || state != "open" || outcome.is_some() {
        return Ok(None);
    }
    Ok(Some(WeekReviewCard {
        commitment_id: id,
        title: language.say("curriculum-week-review-title"),
        question: language.say_with(
            "curriculum-week-review-question",
            &[("commitment", text.into())],
        ),
        hint: language.say("curriculum-week-review-hint"),
        choices: WeekOutcome::ALL
            .into_iter()
            .map(|outcome| WeekOutcomeChoice {
                outcome,
                label: outcome.label(language),
            })
            .collect(),
    }))
}

/// Keeps his answer to the week's-end question (a new answer replaces an earlier one).
/// `NotFound` for a commitment that does not exist; `InvalidInput { field: "id" }` while its week
/// is not over yet. Nothing changes on error.
pub(crate) fn answer_week_review(
    tx: &Transaction<'_>,
    language: Language,
    id: &str,
    outcome: WeekOutcome,
    now: DateTime<FixedOffset>,
) -> Result<WeekReviewReply> {
    let until: Option<String> = tx
        .query_row(
            "SELECT until_day FROM commitments WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    let Some(until) = until else {
        return Err(Error::NotFound { what: "commitment" });
    };
    let today = crate::base::days::lived_day(now);
    if until.as_str() >= day(today).as_str() {
        return Err(Error::invalid(
            "id",
            Reason::new("curriculum-week-not-over"),
        ));
    }
    let at = now.with_timezone(&Utc).timestamp_millis();
    tx.execute(
        "UPDATE commitments SET outcome = ?2, outcome_at = ?3, updated_at = ?3 WHERE id = ?1",
        params![id, outcome.key(), at],
    )?;
    Ok(WeekReviewReply {
        outcome,
        message: outcome.reply(language),
    })
}

/// When a week's commitment is due, or how it went: "This week: until Friday", "Done this
/// week", in `language` (the day's name too).
fn when_label(
    language: Language,
    state: CommitmentState,
    until_day: chrono::NaiveDate,
    today: chrono::NaiveDate,
) -> String {
    use chrono::Datelike;
    match (state, (until_day - today).num_days()) {
        (CommitmentState::Done, _) => language.say("commitment-done"),
        (CommitmentState::NotThisTime, _) => language.say("commitment-not-this-time"),
        (_, 0) => language.say("commitment-last-day"),
        (_, 1) => language.say("commitment-until-tomorrow"),
        _ => {
            let weekday = until_day.weekday().to_string().to_lowercase();
            language.say_with("commitment-until", &[("weekday", weekday.as_str().into())])
        }
    }
}

/// The completion screen of a finished module.
pub(crate) fn completion(
    conn: &Connection,
    pack: &Pack,
    learner: &Learner,
    module: &Module,
    first_time: bool,
    newly_opened: Vec<String>,
    now: DateTime<FixedOffset>,
) -> Result<ModuleCompletionScreen> {
    let module_id = module.meta.id.as_str();
    let language = Language::of_pack(&pack.manifest.locale);
    let mut what_you_did = vec![language.say_with(
        "completion-steps",
        &[(
            "steps",
            i64::try_from(module.steps.len()).unwrap_or(i64::MAX).into(),
        )],
    )];
    let mut documents = Vec::new();
    for exercise in module.steps.iter().filter_map(|s| s.exercise.as_ref()) {
        if let Some(stored) = stored_answer(conn, module_id, exercise.id())?
            && let Some(line) = answers::what_he_did(language, exercise, &stored.answer)
        {
            what_you_did.push(line);
            if let Exercise::Plan(plan) = exercise {
                documents.push(DocumentLink {
                    id: plan.document.clone(),
                    title: plan.title.clone(),
                });
            }
        }
    }
    let today = crate::base::days::lived_day(now);
    let standing = Standing::new(pack, learner, today);
    Ok(ModuleCompletionScreen {
        module_id: module_id.to_owned(),
        module_title: module.meta.title.clone(),
        headline: language.say(if first_time {
            "completion-first"
        } else {
            "completion-again"
        }),
        what_you_did,
        commitment: commitment_cards(conn, pack, today, Some(module_id))?
            .into_iter()
            .next(),
        documents,
        newly_opened,
        home_safety_question: None,
        next: standing.next_step(),
        peer_groups: peer_groups_for(pack, learner, module),
        crisis_answer: None,
        help: standing.help_for_module(module),
    })
}

/// The groups of his region, for a module about friends and groups.
fn peer_groups_for(
    pack: &Pack,
    learner: &Learner,
    module: &Module,
) -> Option<crate::safety::PeerGroupsCard> {
    let about_groups = module
        .meta
        .topics
        .iter()
        .any(|t| t == crate::safety::people::PEER_SUPPORT_TOPIC);
    about_groups
        .then_some(learner.region.as_deref())
        .flatten()
        .and_then(|region| crate::safety::people::card(pack, region))
}

/// The completion screen of a module he finished before.
pub(crate) fn completion_of(
    conn: &Connection,
    pack: &Pack,
    module_id: &str,
    now: DateTime<FixedOffset>,
) -> Result<ModuleCompletionScreen> {
    let module = find(pack, module_id)?;
    let learner = state::load(conn)?;
    let row = learner
        .modules
        .get(module_id)
        .filter(|r| r.completed_at.is_some())
        .ok_or_else(|| Error::invalid("module_id", Reason::new("curriculum-not-finished")))?;
    completion(
        conn,
        pack,
        &learner,
        module,
        row.reviewed_at.is_none(),
        Vec::new(),
        now,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_steps_labels_say_where_he_is_and_what_the_button_does_in_the_packs_language() {
        let english = Language::of_pack("en");
        assert_eq!(
            step_labels(english, 0, 4, false),
            ("Step 1 of 4".to_owned(), "Next".to_owned())
        );
        assert_eq!(step_labels(english, 1, 4, true).1, "Skip for now");
        assert_eq!(
            step_labels(english, 3, 4, true),
            ("Step 4 of 4".to_owned(), "Finish".to_owned()),
            "the last step finishes, even where its exercise could be left"
        );
        let french = Language::of_pack("fr-CA");
        assert_eq!(
            step_labels(french, 1, 5, false),
            ("Étape 2 sur 5".to_owned(), "Suivant".to_owned())
        );
        assert_eq!(step_labels(french, 1, 5, true).1, "Passer pour l'instant");
        assert_eq!(step_labels(french, 4, 5, false).1, "Terminer");
    }

    #[test]
    fn a_commitments_week_is_said_with_the_days_name_in_the_packs_language() {
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).expect("a day");
        let (english, french) = (Language::of_pack("en"), Language::of_pack("fr-CA"));
        // 2026-12-07 is a Monday; the 11th a Friday.
        assert_eq!(
            when_label(english, CommitmentState::Open, day(11), day(7)),
            "This week: until Friday"
        );
        assert_eq!(
            when_label(french, CommitmentState::Open, day(11), day(7)),
            "Cette semaine\u{a0}: jusqu'à vendredi"
        );
        assert_eq!(
            when_label(english, CommitmentState::Open, day(8), day(7)),
            "This week: until tomorrow"
        );
        assert_eq!(
            when_label(english, CommitmentState::Open, day(7), day(7)),
            "This week: last day today"
        );
        assert_eq!(
            when_label(english, CommitmentState::Done, day(11), day(7)),
            "Done this week"
        );
        assert_eq!(
            when_label(french, CommitmentState::NotThisTime, day(11), day(7)),
            "Pas cette fois. C'est correct."
        );
        for d in 7..=13 {
            let said = when_label(english, CommitmentState::Open, day(d), day(5));
            assert!(
                said.starts_with("This week: until ") && !said.contains('{'),
                "{said}"
            );
        }
    }

    #[test]
    fn the_weeks_end_question_its_answers_and_reply_are_in_french_with_the_french_pack() {
        let french = Language::of_pack("fr-CA");
        let (_dir, store) = crate::store::scratch();
        store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO commitments (id, module_id, text, made_at, made_day, until_day,
                         state, updated_at)
                     VALUES ('c1', 'the-pause-plan', 'Marcher dix minutes', 0, '2026-03-01',
                         '2026-03-07', 'open', 0)",
                    [],
                )?;
                Ok(())
            })
            .expect("a commitment");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 9).expect("a day");
        let card = |language| {
            store
                .read(|conn| week_review_card(conn, language, today))
                .expect("read")
                .expect("its week is over")
        };
        let english = card(Language::ENGLISH);
        let card = card(french);
        assert_eq!(card.title, "Comment ça s'est passé, la semaine dernière?");
        assert_eq!(
            card.question,
            "Tu avais dit que tu essaierais\u{a0}: «\u{a0}Marcher dix minutes\u{a0}». Comment ça s'est passé?"
        );
        assert_eq!(
            english.question,
            "You said you'd try: \u{201c}Marcher dix minutes\u{201d}. How did it go?"
        );
        let labels: Vec<&str> = card.choices.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["Je l'ai fait", "En partie", "Pas cette fois"]);
        let now = DateTime::parse_from_rfc3339("2026-03-09T10:00:00-05:00").expect("a time");
        let reply = store
            .write(|tx| answer_week_review(tx, french, "c1", WeekOutcome::Partly, now))
            .expect("answered");
        assert!(
            reply
                .message
                .starts_with("Une partie s'est faite, et ça compte."),
            "{}",
            reply.message
        );
        assert_ne!(reply.message, WeekOutcome::Partly.reply(Language::ENGLISH));
        let actions: Vec<String> = CommitmentState::actions(french, CommitmentState::Done)
            .into_iter()
            .map(|a| a.label)
            .collect();
        assert_eq!(actions, ["Encore en cours", "Fait", "Pas cette fois"]);
    }
}
