//! "Start here" paths (`pack.toml`'s `[[paths]]`): a few modules and plans open from day one, for
//! anyone, without the main path's prerequisites, each usable in one sitting. The pack's "Start
//! here if things are heated" offers the pause plan and the safety plan. A module done here is
//! done on the main path too (progress is kept by module id). Onboarding asks whether things are
//! hard right now; after a yes, home shows the path first until everything on it is done. This file
//! holds the records and his answer; the paths are built with the other screen models
//! (`screens::start_here_paths`), which it sits below.

use rusqlite::{Connection, Transaction};

use crate::base::error::Result;
use crate::store::{self, Setting};

/// What a "start here" item opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StartHereItemKind {
    /// A module: `open_module(id)`.
    Module,
    /// A living document such as the safety plan: `living_document(id)`, saved with
    /// `save_living_document`.
    Plan,
}

/// One thing a "start here" path offers.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct StartHereItem {
    /// A module or a plan.
    pub kind: StartHereItemKind,
    /// The module's or the plan's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// One sentence about it.
    pub detail: String,
    /// About how long it takes (modules), e.g. "About 9 minutes".
    pub minutes_label: Option<String>,
    /// Whether it is done (a module finished, a plan with something written in it).
    pub done: bool,
    /// "Not started", "In progress: step 2 of 5", "Done", "Nothing written yet", "Started".
    pub state_label: String,
    /// The button: "Start", "Continue", "Go through it again", "Fill it in", "Look at it again".
    pub action_label: String,
}

/// A short "start here" path, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct StartHerePath {
    /// The path's id, e.g. "heated".
    pub id: String,
    /// "Start here if things are heated".
    pub title: String,
    /// One or two sentences: what it is and that each part takes one sitting.
    pub summary: String,
    /// What it offers, in order.
    pub items: Vec<StartHereItem>,
    /// "1 of 2 done".
    pub progress_label: String,
    /// Whether every item is done.
    pub all_done: bool,
    /// The help now button, at the lines for men worried they might hurt someone.
    pub help: crate::safety::help::HelpButton,
}

/// Onboarding's question: are things hard right now? A yes puts the "start here" path first
/// on home.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct HardRightNowQuestion {
    /// The question.
    pub question: String,
    /// The yes choice.
    pub yes_label: String,
    /// The no choice.
    pub no_label: String,
    /// What a yes does, in one or two sentences.
    pub hint: String,
    /// His answer before (no, the first time).
    pub answered_yes: bool,
}

/// Onboarding's question, in `language`, with his answer before.
pub(crate) fn hard_right_now_question(
    language: crate::base::text::Language,
    answered_yes: bool,
) -> HardRightNowQuestion {
    HardRightNowQuestion {
        question: language.say("curriculum-hard-question"),
        yes_label: language.say("curriculum-hard-yes"),
        no_label: language.say("curriculum-hard-no"),
        hint: language.say("curriculum-hard-hint"),
        answered_yes,
    }
}

/// The first module on `path` he has not done, if any.
pub(crate) fn first_module_to_do(path: &StartHerePath) -> Option<&StartHereItem> {
    path.items
        .iter()
        .find(|i| i.kind == StartHereItemKind::Module && !i.done)
}

/// Whether he said in onboarding that things are hard right now.
pub(crate) fn said_hard(conn: &Connection) -> Result<bool> {
    Ok(store::setting(conn, Setting::StartHere)?.as_deref() == Some("1"))
}

/// Keeps his answer to onboarding's question.
pub(crate) fn set_said_hard(tx: &Transaction<'_>, hard: bool) -> Result<()> {
    store::put_setting(tx, Setting::StartHere, if hard { "1" } else { "0" })
}
