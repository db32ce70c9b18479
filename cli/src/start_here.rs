//! The commands for arriving in the middle of it and closing the loop: the "start here" path
//! (`start-here`), ticking off a week's commitment (`commitment`), home's week's-end question
//! (`week-review`) and a repair marked done after an anger moment (`anger repair-done`).

use std::io::Write;

use groundwork_core::Groundwork;
use groundwork_core::curriculum::{CommitmentState, WeekOutcome};
use uuid::Uuid;

use crate::language::Language;
use crate::{CliError, render};

/// What a commitment's card can be set to (`commitment`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum CommitmentArg {
    /// Still on it.
    Open,
    /// Done.
    Done,
    /// Not this time.
    NotThisTime,
}

/// How the week went (`week-review`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum WeekArg {
    /// Done.
    Done,
    /// Partly.
    Partly,
    /// Not this time.
    NotThisTime,
}

/// `start-here`: the pack's "start here" paths, with where he is on each.
pub(crate) fn start_here(
    groundwork: &Groundwork,
    out: &mut impl Write,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    let paths = groundwork.start_here_paths()?;
    if json {
        return render::json(out, &paths);
    }
    for path in &paths {
        render::start_here_path(out, language, path)?;
    }
    if let Some(path) = paths.first() {
        render::help_line(out, language, &path.help)?;
    }
    Ok(())
}

/// `commitment`: marks one of this week's commitments (the newest, unless an id is given).
pub(crate) fn commitment(
    groundwork: &Groundwork,
    out: &mut impl Write,
    state: CommitmentArg,
    id: Option<String>,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    let id = match id {
        Some(id) => id,
        None => groundwork
            .home_screen()?
            .commitments
            .first()
            .map(|c| c.id.clone())
            .ok_or_else(|| CliError::Usage(language.say("terminal-no-commitment")))?,
    };
    let state = match state {
        CommitmentArg::Open => CommitmentState::Open,
        CommitmentArg::Done => CommitmentState::Done,
        CommitmentArg::NotThisTime => CommitmentState::NotThisTime,
    };
    let home = groundwork.set_commitment_state(id.clone(), state)?;
    let card = home.commitments.iter().find(|c| c.id == id);
    if json {
        return render::json(out, &card);
    }
    match card {
        Some(card) => render::done(out, &format!("{} ({})", card.text, card.when_label)),
        None => render::done(out, &language.say("terminal-saved")),
    }
}

/// `week-review`: answers home's question about how last week's commitment went.
pub(crate) fn week_review(
    groundwork: &Groundwork,
    out: &mut impl Write,
    answer: WeekArg,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    let card = groundwork
        .home_screen()?
        .week_review
        .ok_or_else(|| CliError::Usage(language.say("terminal-nothing-to-look-back-on")))?;
    let outcome = match answer {
        WeekArg::Done => WeekOutcome::Done,
        WeekArg::Partly => WeekOutcome::Partly,
        WeekArg::NotThisTime => WeekOutcome::NotThisTime,
    };
    let reply = groundwork.answer_week_review(card.commitment_id, outcome)?;
    if json {
        render::json(out, &reply)
    } else {
        render::done(out, &reply.message)
    }
}

/// `anger repair-done`: marks the repair after a moment done.
pub(crate) fn repair_done(
    groundwork: &Groundwork,
    out: &mut impl Write,
    id: Uuid,
    json: bool,
) -> Result<(), CliError> {
    let moment = groundwork.mark_repair_done(id)?;
    if json {
        render::json(out, &moment)
    } else {
        render::done(
            out,
            &groundwork_core::repair_done_message(groundwork.language()),
        )
    }
}
