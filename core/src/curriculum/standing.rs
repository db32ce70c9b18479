//! Where he stands: which modules are open, done or still to come, and the one next step.
//!
//! The rules: "me" modules open when their prerequisites are done; the partner ("we") phases
//! open only once every module the pack lists in `unlock.we_requires` is done; timed modules
//! (the new-dad track) open by week from the baby's due date or birthday, or one after another
//! when no date was given; a counsellor's recommendation opens a module whatever its
//! prerequisites, but never a partner module before the "me" work; a started or finished module
//! always stays open. On top of all that, the exercises done together with his partner (every
//! module in a `we` phase, and modules marked `with_partner`) wait for the home safety question
//! (`home_safety.rs`): they ask first, open after a no, and stay closed for four weeks after a
//! yes or "not sure".

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate};
use groundwork_pack::{Module, Pack, PhaseKind};

use super::gate::{self as home_safety, Gate};
use super::state::{BabyDateKind, Learner, ModuleRow};
use crate::base::error::{Error, Reason, Result};
use crate::base::text::Language;

/// How far he is with a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ModuleState {
    /// Not opened yet.
    NotStarted,
    /// Opened and not finished.
    InProgress,
    /// Finished.
    Completed,
    /// Finished, then gone through again.
    Reviewed,
}

/// Whether he can open a module now.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ModuleAccess {
    /// He can open it.
    Open,
    /// It opens once other work is done (or, for an exercise for two after a yes or "not sure"
    /// to the home safety question, once the question is asked again and answered no).
    Locked {
        /// What opens it, in plain words, e.g. "Opens after \u{201c}Body signals\u{201d}".
        reason: String,
    },
    /// Its exercises are done together with his partner, and one question comes first: whether
    /// anyone at home is afraid of him. `open_module` returns the question.
    AskFirst {
        /// On the card, e.g. "One question first".
        reason: String,
    },
    /// A timed module that opens on a date.
    Upcoming {
        /// The day it opens, `YYYY-MM-DD`.
        opens_on: String,
        /// The same in words, e.g. "Opens 3 Mar".
        label: String,
    },
}

/// Whether he can open a module, before it is put in words: in the pack's language on its card
/// ([`Standing::access`]), and as the rule that refuses it ([`Standing::refusal`]).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Access {
    /// He can open it.
    Open,
    /// A rule of the path keeps it closed (prerequisites, the "me" work first, the birth, a
    /// pause after a loss).
    Locked(Reason),
    /// An exercise for two: the home safety question comes first.
    AskFirst,
    /// An exercise for two, closed for four weeks after a yes or "not sure" to that question.
    ClosedByQuestion,
    /// A timed module that opens on this day.
    Upcoming(NaiveDate),
}

/// Where he stands on one day.
pub(crate) struct Standing<'a> {
    pub pack: &'a Pack,
    pub learner: &'a Learner,
    pub today: NaiveDate,
    /// The pack's language: the words around its content are in it too.
    pub language: Language,
    /// The day weeks are counted from (birth, or the due date), when known.
    anchor: Option<NaiveDate>,
}

/// Why the new-dad modules are closed after a loss: its message id.
pub(crate) const PAUSED_AFTER_LOSS: &str = "curriculum-paused-after-loss";

/// A module's place in the week count, e.g. "6 weeks after birth", in `language`.
pub(crate) fn week_label(language: Language, week: i32) -> String {
    let weeks = [("weeks", week.unsigned_abs().into())];
    match week {
        w if w < 0 => language.say_with("curriculum-weeks-before-due", &weeks),
        0 => language.say("curriculum-week-of-birth"),
        _ => language.say_with("curriculum-weeks-after-birth", &weeks),
    }
}

/// The rule for a timed module that opens on `day`: "Opens 3 Mar".
fn opens_on(day: NaiveDate) -> Reason {
    Reason::with(
        "curriculum-opens-on",
        [("day", day.day().into()), ("month", day.month().into())],
    )
}

impl<'a> Standing<'a> {
    pub(crate) fn new(pack: &'a Pack, learner: &'a Learner, today: NaiveDate) -> Self {
        let anchor = learner.baby.as_ref().map(|b| b.date);
        Standing {
            pack,
            learner,
            today,
            language: Language::of_pack(&pack.manifest.locale),
            anchor,
        }
    }

    /// The help button for a screen opening help at `situation`, with his saved region.
    pub(crate) fn help(
        &self,
        situation: Option<crate::safety::Situation>,
    ) -> crate::safety::help::HelpButton {
        crate::safety::help::button(self.pack, self.learner.region.as_deref(), situation)
    }

    /// The help button for a module's screens (see `help::situation_for_module`).
    pub(crate) fn help_for_module(&self, module: &Module) -> crate::safety::help::HelpButton {
        self.help(crate::safety::help::situation_for_module(module))
    }

    fn row(&self, id: &str) -> Option<&'a ModuleRow> {
        self.learner.modules.get(id)
    }

    /// How far he is with a module.
    pub(crate) fn state(&self, id: &str) -> ModuleState {
        match self.row(id) {
            None => ModuleState::NotStarted,
            Some(row) => match (row.completed_at, row.reviewed_at) {
                (None, _) => ModuleState::InProgress,
                (Some(_), None) => ModuleState::Completed,
                (Some(_), Some(_)) => ModuleState::Reviewed,
            },
        }
    }

    pub(crate) fn completed(&self, id: &str) -> bool {
        self.learner.completed(id)
    }

    /// Whether the timed track counts weeks from a date (otherwise it goes one module at a time).
    pub(crate) fn has_baby_date(&self) -> bool {
        self.anchor.is_some()
    }

    /// Weeks since the birth (negative: before the due date), when a date is known.
    pub(crate) fn baby_week(&self) -> Option<i64> {
        self.anchor
            .map(|anchor| (self.today - anchor).num_days().div_euclid(7))
    }

    /// Days since the due date, while the date given is a due date (negative before it).
    pub(crate) fn days_past_due(&self) -> Option<i64> {
        match (&self.learner.baby, self.anchor) {
            (Some(baby), Some(due)) if baby.kind == BabyDateKind::Due => {
                Some((self.today - due).num_days())
            }
            _ => None,
        }
    }

    /// Where the family is, in one sentence: "Your baby is 6 weeks old.", "About 12 weeks to
    /// the due date." or, once a due date has passed with no birth recorded, "Your due date was
    /// 5 days ago." (never an age for a baby not known to be born).
    pub(crate) fn stage_label(&self) -> String {
        let language = self.language;
        if let Some(days) = self.days_past_due() {
            return match days {
                // About a week for the last seven days, whole weeks rounded up before that.
                d if d < 0 => language.say_with(
                    "curriculum-stage-to-due",
                    &[("weeks", ((-d + 6) / 7).into())],
                ),
                0 => language.say("curriculum-stage-due-today"),
                d if d < 14 => {
                    language.say_with("curriculum-stage-due-days-ago", &[("days", d.into())])
                }
                d => language.say_with(
                    "curriculum-stage-due-weeks-ago",
                    &[("weeks", (d / 7).into())],
                ),
            };
        }
        match self.baby_week() {
            None => String::new(),
            Some(week) if week <= 0 => language.say("curriculum-stage-first-week"),
            Some(week) => {
                language.say_with("curriculum-stage-baby-weeks", &[("weeks", week.into())])
            }
        }
    }

    /// The "me" modules the partner phases still wait for, in pack order.
    pub(crate) fn we_waiting_for(&self) -> Vec<&'a Module> {
        self.pack
            .manifest
            .unlock
            .we_requires
            .iter()
            .filter(|id| !self.completed(id))
            .filter_map(|id| self.pack.module(id))
            .collect()
    }

    fn phase_kind(&self, module: &Module) -> PhaseKind {
        self.pack
            .phase(&module.meta.phase)
            .map_or(PhaseKind::Me, |p| p.kind)
    }

    /// The titles of `modules` in a sentence, each quoted, joined as his language joins a list:
    /// "\u{201c}A\u{201d}, \u{201c}B\u{201d} and \u{201c}C\u{201d}".
    fn titles(&self, modules: &[&Module]) -> String {
        let language = self.language;
        let quoted: Vec<String> = modules
            .iter()
            .map(|m| {
                language.say_with(
                    "curriculum-quoted",
                    &[("title", m.meta.title.as_str().into())],
                )
            })
            .collect();
        language.list(&quoted)
    }

    /// The rule that keeps a module closed until `modules` are done: "Opens after ...".
    fn opens_after(&self, modules: &[&Module]) -> Reason {
        if modules.is_empty() {
            return Reason::new("curriculum-opens-soon");
        }
        Reason::with(
            "curriculum-opens-after",
            [("modules", self.titles(modules).into())],
        )
    }

    /// Where the home safety question stands today.
    pub(crate) fn gate(&self) -> Gate {
        Gate::of(self.learner.home_safety.as_ref(), self.today)
    }

    /// Whether the partner ("we") phases are open: the "me" work is done and the home safety
    /// question was answered no.
    pub(crate) fn we_open(&self) -> bool {
        self.we_waiting_for().is_empty() && self.gate() == Gate::Open
    }

    /// Every module whose completion still stands between him and the partner phases, in pack
    /// order: each module of `unlock.we_requires` not done yet, and, for one he cannot open yet,
    /// the prerequisites not done that stand before it (followed back as far as they go). A
    /// module done, or one he can open without its prerequisites (started, recommended by a
    /// counsellor, or on a "start here" path), brings none of its prerequisites in. So the count
    /// is what he really has left to do, never a list's length.
    pub(crate) fn still_needed_for_we(&self) -> Vec<&'a Module> {
        let mut needed: std::collections::HashSet<&str> = std::collections::HashSet::new();
        let mut to_visit: Vec<&str> = self
            .pack
            .manifest
            .unlock
            .we_requires
            .iter()
            .map(String::as_str)
            .collect();
        while let Some(id) = to_visit.pop() {
            if self.completed(id) || needed.contains(id) {
                continue;
            }
            let Some(module) = self.pack.module(id) else {
                continue;
            };
            needed.insert(module.meta.id.as_str());
            if !self.opens_without_prerequisites(module) {
                to_visit.extend(module.meta.prerequisites.iter().map(String::as_str));
            }
        }
        self.pack
            .modules
            .iter()
            .filter(|m| needed.contains(m.meta.id.as_str()))
            .collect()
    }

    /// Whether `module` opens whatever its prerequisites: he started it, a counsellor
    /// recommended it, or a "start here" path offers it.
    fn opens_without_prerequisites(&self, module: &Module) -> bool {
        let id = module.meta.id.as_str();
        self.row(id).is_some()
            || self.learner.recommended_by(id).is_some()
            || self.on_start_path(module)
    }

    /// Whether a "start here" path opens `module` from day one (only ever a "me" module done on
    /// his own; the pack rules refuse any other).
    pub(crate) fn on_start_path(&self, module: &Module) -> bool {
        self.phase_kind(module) == PhaseKind::Me
            && !module.meta.with_partner
            && self.pack.on_start_path(&module.meta.id)
    }

    /// Why the partner phases are not open, if they are not: the "me" work still to do (counted
    /// honestly, `still_needed_for_we`), or the home safety question.
    pub(crate) fn we_closed_reason(&self) -> Option<String> {
        if !self.we_waiting_for().is_empty() {
            let left = self.still_needed_for_we().len();
            return Some(
                self.language
                    .say_with("curriculum-we-modules-left", &[("left", left.into())]),
            );
        }
        let texts = &self.pack.safety.home_safety;
        match self.gate() {
            Gate::Open => None,
            Gate::Ask => Some(texts.ask_label.clone()),
            Gate::Closed { .. } => Some(texts.closed_label.clone()),
        }
    }

    /// The modules the home safety question guards that every other rule would open now.
    pub(crate) fn guarded_within_reach(&self) -> Vec<&'a Module> {
        self.pack
            .modules
            .iter()
            .filter(|m| home_safety::guards(self.pack, m))
            .filter(|m| self.access_before_question(m) == Access::Open)
            .collect()
    }

    /// Whether the home safety question is being asked: it is due, and a module it guards would
    /// otherwise open.
    pub(crate) fn asks_home_safety(&self) -> bool {
        self.gate() == Gate::Ask && !self.guarded_within_reach().is_empty()
    }

    /// When `module` is closed only by a yes or "not sure" to the home safety question: the day
    /// the question is asked again.
    pub(crate) fn closed_by_question(&self, module: &Module) -> Option<NaiveDate> {
        match self.gate() {
            Gate::Closed { asks_again_on }
                if home_safety::guards(self.pack, module)
                    && self.access_before_question(module) == Access::Open =>
            {
                Some(asks_again_on)
            }
            _ => None,
        }
    }

    /// Whether he can open `module` now, and if not, why, in the pack's language (the home
    /// safety question's labels as the pack words them).
    pub(crate) fn access(&self, module: &Module) -> ModuleAccess {
        let texts = &self.pack.safety.home_safety;
        match self.rule(module) {
            Access::Open => ModuleAccess::Open,
            Access::Locked(reason) => ModuleAccess::Locked {
                reason: reason.say(self.language),
            },
            Access::AskFirst => ModuleAccess::AskFirst {
                reason: texts.ask_label.clone(),
            },
            Access::ClosedByQuestion => ModuleAccess::Locked {
                reason: texts.closed_label.clone(),
            },
            Access::Upcoming(day) => ModuleAccess::Upcoming {
                opens_on: crate::base::days::day_key(day),
                label: opens_on(day).say(self.language),
            },
        }
    }

    /// Whether he can open `module` now.
    pub(crate) fn is_open(&self, module: &Module) -> bool {
        self.rule(module) == Access::Open
    }

    /// The rule that keeps `module` closed now, if one does: what refuses opening it.
    pub(crate) fn refusal(&self, module: &Module) -> Option<Reason> {
        match self.rule(module) {
            Access::Open => None,
            Access::Locked(reason) => Some(reason),
            Access::AskFirst => Some(Reason::new("curriculum-asks-first")),
            Access::ClosedByQuestion => Some(Reason::new("curriculum-closed-until-safe")),
            Access::Upcoming(day) => Some(opens_on(day)),
        }
    }

    /// Whether he can open `module` now, and if not, which rule keeps it closed.
    fn rule(&self, module: &Module) -> Access {
        let access = self.access_before_question(module);
        if access != Access::Open || !home_safety::guards(self.pack, module) {
            return access;
        }
        match self.gate() {
            Gate::Open => access,
            Gate::Ask => Access::AskFirst,
            Gate::Closed { .. } => Access::ClosedByQuestion,
        }
    }

    /// Whether every rule but the home safety question opens `module`, and if not, why.
    fn access_before_question(&self, module: &Module) -> Access {
        let id = module.meta.id.as_str();
        if self.row(id).is_some() || self.on_start_path(module) {
            return Access::Open;
        }
        if self.timed(module) && self.learner.paused_after_loss(self.pack) {
            return Access::Locked(Reason::new(PAUSED_AFTER_LOSS));
        }
        match self.phase_kind(module) {
            PhaseKind::Timed => self.timed_access(module),
            kind => {
                if kind == PhaseKind::We {
                    let waiting = self.we_waiting_for();
                    if !waiting.is_empty() {
                        return Access::Locked(Reason::with(
                            "curriculum-we-after-own-work",
                            [("modules", self.titles(&waiting).into())],
                        ));
                    }
                }
                if self.learner.recommended_by(id).is_some() {
                    return Access::Open;
                }
                let missing: Vec<&Module> = module
                    .meta
                    .prerequisites
                    .iter()
                    .filter(|p| !self.completed(p))
                    .filter_map(|p| self.pack.module(p))
                    .collect();
                if missing.is_empty() {
                    Access::Open
                } else {
                    Access::Locked(self.opens_after(&missing))
                }
            }
        }
    }

    fn timed_access(&self, module: &Module) -> Access {
        match (self.anchor, module.meta.week) {
            (Some(anchor), Some(week)) => {
                let opens = anchor + Duration::weeks(i64::from(week));
                if week >= 0
                    && self
                        .days_past_due()
                        .is_some_and(|days| days > 0 || opens <= self.today)
                {
                    // A due date has passed and no birth is recorded: the modules for after
                    // the birth wait for it, never assumed.
                    Access::Locked(Reason::new("curriculum-opens-when-born"))
                } else if opens <= self.today {
                    Access::Open
                } else {
                    Access::Upcoming(opens)
                }
            }
            _ => {
                // No date: one module after another, in order.
                let before: Vec<&Module> = self
                    .pack
                    .modules
                    .iter()
                    .take_while(|m| m.meta.id != module.meta.id)
                    .filter(|m| m.meta.phase == module.meta.phase)
                    .collect();
                match before.iter().rev().find(|m| !self.completed(&m.meta.id)) {
                    None => Access::Open,
                    Some(previous) => Access::Locked(self.opens_after(&[previous])),
                }
            }
        }
    }

    /// Whether a module is on one of his active tracks.
    pub(crate) fn on_active_track(&self, module: &Module) -> bool {
        module.meta.tracks.iter().any(|t| self.learner.on_track(t))
    }

    fn timed(&self, module: &Module) -> bool {
        self.phase_kind(module) == PhaseKind::Timed
    }

    /// Whether tapping `module` goes somewhere: it opens, or asks the home safety question first.
    fn can_tap(&self, module: &Module) -> bool {
        matches!(self.rule(module), Access::Open | Access::AskFirst)
    }

    /// The one next step for the home screen. A module that asks the home safety question first
    /// counts as open: opening it asks.
    pub(crate) fn next_step(&self) -> NextStep {
        let language = self.language;
        let open_and_todo = |m: &&Module| !self.completed(&m.meta.id) && self.can_tap(m);
        // 1. Pick up where he left off.
        let mut started: Vec<(&Module, &ModuleRow)> = self
            .pack
            .modules
            .iter()
            .filter_map(|m| self.row(&m.meta.id).map(|r| (m, r)))
            .filter(|(m, r)| r.completed_at.is_none() && self.can_tap(m))
            .filter(|(m, _)| !(self.timed(m) && self.learner.paused_after_loss(self.pack)))
            .collect();
        started.sort_by_key(|(_, r)| std::cmp::Reverse(r.updated_at));
        if let Some((module, row)) = started.first() {
            let count = module.steps.len().max(1);
            let step = (row.current_step as usize).min(count - 1) + 1;
            return NextStep {
                kind: NextStepKind::Continue,
                module_id: Some(module.meta.id.clone()),
                title: module.meta.title.clone(),
                detail: language.say_with(
                    "curriculum-next-pick-up",
                    &[("step", step.into()), ("steps", count.into())],
                ),
                action_label: Some(language.say("module-continue")),
            };
        }
        // 2. What a counsellor recommended.
        for plan in &self.learner.plan {
            if let Some(module) = self.pack.module(&plan.module_id)
                && open_and_todo(&module)
            {
                return NextStep {
                    kind: NextStepKind::Recommended,
                    module_id: Some(module.meta.id.clone()),
                    title: module.meta.title.clone(),
                    detail: language.say_with(
                        "curriculum-next-recommended",
                        &[
                            ("name", plan.from_name.as_str().into()),
                            ("summary", module.meta.summary.as_str().into()),
                        ],
                    ),
                    action_label: Some(language.say("module-start")),
                };
            }
        }
        // 3. This week's new-dad module: the track's opening module first, before or after
        // the birth, then the newest one open.
        let on_timed = |m: &&Module| self.timed(m) && self.on_active_track(m);
        if self.has_baby_date() {
            let opening = self
                .pack
                .modules
                .iter()
                .find(on_timed)
                .filter(open_and_todo);
            let this_week = opening.or_else(|| {
                self.pack
                    .modules
                    .iter()
                    .filter(on_timed)
                    .filter(open_and_todo)
                    .max_by_key(|m| m.meta.week)
            });
            if let Some(module) = this_week {
                return NextStep {
                    kind: NextStepKind::ThisWeek,
                    module_id: Some(module.meta.id.clone()),
                    title: module.meta.title.clone(),
                    // Two whole sentences, one after the other: where the family is, then the
                    // module's summary.
                    detail: format!("{} {}", self.stage_label(), module.meta.summary),
                    action_label: Some(language.say("module-start")),
                };
            }
        }
        // 4. The next open module on his tracks, in order.
        if let Some(module) = self
            .pack
            .modules
            .iter()
            .filter(|m| self.on_active_track(m))
            .filter(|m| !(self.timed(m) && self.has_baby_date()))
            .find(|m| open_and_todo(m))
        {
            return NextStep {
                kind: NextStepKind::Start,
                module_id: Some(module.meta.id.clone()),
                title: module.meta.title.clone(),
                detail: module.meta.summary.clone(),
                action_label: Some(language.say("module-start")),
            };
        }
        // 5. A timed module still to come.
        let upcoming = self
            .pack
            .modules
            .iter()
            .filter(on_timed)
            .filter(|m| !self.completed(&m.meta.id))
            .filter_map(|m| match self.access(m) {
                ModuleAccess::Upcoming { opens_on, label } => Some((m, opens_on, label)),
                _ => None,
            })
            .min_by(|a, b| a.1.cmp(&b.1));
        if let Some((module, _, label)) = upcoming {
            return NextStep {
                kind: NextStepKind::Upcoming,
                module_id: Some(module.meta.id.clone()),
                title: module.meta.title.clone(),
                detail: language.say_with("curriculum-next-upcoming", &[("opens", label.into())]),
                action_label: None,
            };
        }
        NextStep {
            kind: NextStepKind::AllDone,
            module_id: None,
            title: language.say("curriculum-next-all-done-title"),
            detail: language.say("curriculum-next-all-done"),
            action_label: None,
        }
    }
}

/// What the home screen's main card invites him to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NextStepKind {
    /// Continue a module he started.
    Continue,
    /// Start a module a counsellor recommended.
    Recommended,
    /// Start this week's new-dad module.
    ThisWeek,
    /// Start the next module on his path.
    Start,
    /// Nothing to start now; a timed module opens later.
    Upcoming,
    /// Every module on his tracks is done.
    AllDone,
}

/// The one next step, ready to show as the home screen's main card.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct NextStep {
    /// What kind of step it is (for an icon; the words are below).
    pub kind: NextStepKind,
    /// The module to open when he taps the action (`open_module`), if there is one.
    pub module_id: Option<String>,
    /// The card's title.
    pub title: String,
    /// One or two plain sentences.
    pub detail: String,
    /// The button's text; no button when `None`.
    pub action_label: Option<String>,
}

pub(crate) fn find<'p>(pack: &'p Pack, module_id: &str) -> Result<&'p Module> {
    pack.module(module_id)
        .ok_or(Error::NotFound { what: "module" })
}

/// What became open between `before` and `after`, in words: the partner phases (once the "me"
/// work is done and the home safety question answered no), and modules on his tracks.
pub(crate) fn newly_opened(
    pack: &Pack,
    before: &Learner,
    after: &Learner,
    now: DateTime<FixedOffset>,
) -> Vec<String> {
    let today = crate::base::days::lived_day(now);
    let was = Standing::new(pack, before, today);
    let is = Standing::new(pack, after, today);
    let mut out = Vec::new();
    if !was.we_open() && is.we_open() {
        for phase in pack
            .manifest
            .phases
            .iter()
            .filter(|p| p.kind == groundwork_pack::PhaseKind::We)
        {
            out.push(is.language.say_with(
                "curriculum-phase-open-now",
                &[("phase", phase.title.as_str().into())],
            ));
        }
    }
    for module in &pack.modules {
        if is.on_active_track(module) && !was.is_open(module) && is.is_open(module) {
            out.push(is.language.say_with(
                "curriculum-module-open-now",
                &[("title", module.meta.title.as_str().into())],
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curriculum::state::{BabyDate, PlanRow};

    fn pack() -> &'static Pack {
        crate::content::default_pack().expect("the built-in pack")
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date")
    }

    fn access(learner: &Learner, today: &str, id: &str) -> ModuleAccess {
        let pack = pack();
        let module = pack.module(id).expect("the module is in the pack");
        Standing::new(pack, learner, day(today)).access(module)
    }

    fn started(id: &str) -> ModuleRow {
        ModuleRow {
            module_id: id.to_owned(),
            title: id.to_owned(),
            current_step: 1,
            furthest_step: 1,
            started_at: 0,
            updated_at: 0,
            completed_at: None,
            completed_day: None,
            reviewed_at: None,
        }
    }

    #[test]
    fn the_week_forty_new_dad_module_stays_upcoming_until_its_week_and_opens_on_the_day() {
        let learner = Learner {
            tracks: vec!["new-father".into()],
            baby: Some(BabyDate {
                kind: BabyDateKind::Born,
                date: crate::base::days::parse_day("2026-01-05").expect("a day"),
            }),
            onboarded: true,
            ..Learner::default()
        };
        let module = "the-dad-you-are-becoming";
        let upcoming = ModuleAccess::Upcoming {
            opens_on: "2026-10-12".into(),
            label: "Opens 12 Oct".into(),
        };
        assert_eq!(access(&learner, "2026-03-01", module), upcoming);
        assert_eq!(access(&learner, "2026-10-11", module), upcoming);
        assert_eq!(access(&learner, "2026-10-12", module), ModuleAccess::Open);
    }

    #[test]
    fn week_labels_name_the_week_of_the_birth_and_say_one_week_in_the_singular() {
        let english = Language::ENGLISH;
        assert_eq!(week_label(english, -3), "3 weeks before the due date");
        assert_eq!(week_label(english, -1), "1 week before the due date");
        assert_eq!(week_label(english, 0), "The week of the birth");
        assert_eq!(week_label(english, 1), "1 week after birth");
        assert_eq!(week_label(english, 6), "6 weeks after birth");
    }

    /// What `still_needed_for_we` lists for `learner`, by id.
    fn still_needed(learner: &Learner) -> Vec<String> {
        Standing::new(pack(), learner, day("2026-03-01"))
            .still_needed_for_we()
            .iter()
            .map(|m| m.meta.id.clone())
            .collect()
    }

    fn done(id: &str) -> ModuleRow {
        ModuleRow {
            completed_at: Some(1),
            ..started(id)
        }
    }

    #[test]
    fn the_work_left_before_the_partner_phases_follows_prerequisites_back_but_not_past_a_start_path()
     {
        // The pack's `we_requires` and their prerequisites: anger-as-information needs
        // under-the-anger; the pause plan needs the escalation cycle, but a "start here" path
        // opens it from day one, so nothing behind it counts.
        let fresh = Learner {
            onboarded: true,
            ..Learner::default()
        };
        assert_eq!(
            still_needed(&fresh),
            [
                "where-you-are-now",
                "body-signals",
                "naming-what-you-feel",
                "under-the-anger",
                "anger-as-information",
                "the-pause-plan",
            ]
        );
        let mut learner = fresh.clone();
        learner
            .modules
            .insert("where-you-are-now".into(), done("where-you-are-now"));
        learner.modules.insert(
            "anger-as-information".into(),
            started("anger-as-information"),
        );
        assert_eq!(
            still_needed(&learner),
            [
                "body-signals",
                "naming-what-you-feel",
                "anger-as-information",
                "the-pause-plan",
            ],
            "a module done counts no more; one started brings none of its prerequisites in"
        );
        let mut recommended = fresh.clone();
        recommended.plan = vec![PlanRow {
            module_id: "anger-as-information".into(),
            from_name: "Sam".into(),
            note: None,
        }];
        assert!(
            !still_needed(&recommended).contains(&"under-the-anger".to_owned()),
            "a counsellor's recommendation opens it whatever its prerequisites"
        );
    }

    #[test]
    fn only_a_me_module_on_a_start_path_opens_from_day_one() {
        let fresh = Learner {
            onboarded: true,
            ..Learner::default()
        };
        let standing = Standing::new(pack(), &fresh, day("2026-03-01"));
        let module = |id: &str| pack().module(id).expect("in the pack");
        assert!(standing.on_start_path(module("the-pause-plan")));
        assert!(!standing.on_start_path(module("the-escalation-cycle")));
    }

    #[test]
    fn with_a_due_date_the_modules_for_after_the_birth_wait_upcoming_then_for_the_birth() {
        // The week-40 module, for a due date of 1 June: upcoming until the due date and on it,
        // waiting for the birth from the day after (never assumed).
        let due = day("2026-06-01");
        let learner = Learner {
            tracks: vec!["new-father".into()],
            baby: Some(BabyDate {
                kind: BabyDateKind::Due,
                date: due,
            }),
            onboarded: true,
            ..Learner::default()
        };
        let module = "the-dad-you-are-becoming";
        let upcoming = ModuleAccess::Upcoming {
            opens_on: "2027-03-08".into(),
            label: "Opens 8 Mar".into(),
        };
        let waiting = ModuleAccess::Locked {
            reason: "Opens once your baby has arrived".into(),
        };
        assert_eq!(access(&learner, "2026-05-25", module), upcoming);
        assert_eq!(access(&learner, "2026-06-01", module), upcoming);
        assert_eq!(access(&learner, "2026-06-02", module), waiting);
        assert_eq!(access(&learner, "2027-03-08", module), waiting);
    }

    #[test]
    fn a_yes_to_the_home_safety_question_closes_only_the_partner_modules_that_would_be_open() {
        let learner = Learner {
            tracks: vec!["general".into(), "new-father".into()],
            baby: Some(BabyDate {
                kind: BabyDateKind::Born,
                date: day("2025-06-01"),
            }),
            home_safety: Some(crate::curriculum::gate::StoredHomeSafety {
                answer: crate::curriculum::HomeSafetyAnswer::Yes,
                local_day: "2026-02-20".into(),
            }),
            onboarded: true,
            ..Learner::default()
        };
        let standing = Standing::new(pack(), &learner, day("2026-03-01"));
        let module = |id: &str| pack().module(id).expect("in the pack");
        let Gate::Closed { asks_again_on } = standing.gate() else {
            panic!("a yes closes the gate for a while");
        };
        let team = module("co-parenting-as-a-team");
        assert_eq!(standing.access_before_question(team), Access::Open);
        assert_eq!(standing.closed_by_question(team), Some(asks_again_on));
        let me = module("where-you-are-now");
        assert_eq!(standing.access_before_question(me), Access::Open);
        assert_eq!(
            standing.closed_by_question(me),
            None,
            "not a partner module"
        );
        let partner_later = module("gentle-start-up");
        assert_ne!(standing.access_before_question(partner_later), Access::Open);
        assert_eq!(
            standing.closed_by_question(partner_later),
            None,
            "closed by its prerequisites, not by the question"
        );
    }

    fn next(learner: &Learner, today: &str) -> NextStep {
        Standing::new(pack(), learner, day(today)).next_step()
    }

    #[test]
    fn the_next_step_picks_up_a_started_module_at_its_step_and_never_past_its_last() {
        let id = "where-you-are-now";
        let count = pack().module(id).expect("in the pack").steps.len();
        let mut learner = Learner {
            tracks: vec!["general".into()],
            onboarded: true,
            ..Learner::default()
        };
        learner.modules.insert(id.into(), started(id));
        let step = next(&learner, "2026-03-01");
        assert_eq!(step.kind, NextStepKind::Continue);
        assert_eq!(
            step.detail,
            format!("Pick up where you left off: step 2 of {count}.")
        );
        learner.modules.get_mut(id).expect("started").current_step = 99;
        assert_eq!(
            next(&learner, "2026-03-01").detail,
            format!("Pick up where you left off: step {count} of {count}.")
        );
        learner.modules.insert(id.into(), done(id));
        let step = next(&learner, "2026-03-01");
        assert_eq!(
            step.kind,
            NextStepKind::Start,
            "a module done is not picked up"
        );
        assert_ne!(step.module_id.as_deref(), Some(id));
    }

    #[test]
    fn a_new_dad_picks_up_the_new_dad_module_he_started() {
        let id = "co-parenting-as-a-team";
        let mut learner = Learner {
            tracks: vec!["new-father".into()],
            baby: Some(BabyDate {
                kind: BabyDateKind::Born,
                date: day("2025-06-01"),
            }),
            onboarded: true,
            ..Learner::default()
        };
        learner.modules.insert(id.into(), started(id));
        let step = next(&learner, "2026-03-01");
        assert_eq!(step.kind, NextStepKind::Continue);
        assert_eq!(step.module_id.as_deref(), Some(id));
    }

    #[test]
    fn a_baby_date_kept_after_leaving_the_new_dad_track_does_not_time_the_general_path() {
        let learner = Learner {
            tracks: vec!["general".into()],
            baby: Some(BabyDate {
                kind: BabyDateKind::Born,
                date: day("2026-01-05"),
            }),
            onboarded: true,
            ..Learner::default()
        };
        let step = next(&learner, "2026-03-01");
        assert_eq!(step.kind, NextStepKind::Start);
        assert_eq!(step.module_id.as_deref(), Some("where-you-are-now"));
    }

    #[test]
    fn with_every_open_new_dad_module_done_the_next_step_is_the_one_still_to_come() {
        let today = "2026-03-01";
        let mut learner = Learner {
            tracks: vec!["new-father".into()],
            baby: Some(BabyDate {
                kind: BabyDateKind::Born,
                date: day(today),
            }),
            onboarded: true,
            ..Learner::default()
        };
        let standing = Standing::new(pack(), &learner, day(today));
        let open: Vec<String> = pack()
            .modules
            .iter()
            .filter(|m| standing.on_active_track(m) && standing.access(m) == ModuleAccess::Open)
            .map(|m| m.meta.id.clone())
            .collect();
        assert!(!open.is_empty());
        for id in open {
            learner.modules.insert(id.clone(), done(&id));
        }
        let step = next(&learner, today);
        assert_eq!(step.kind, NextStepKind::Upcoming);
        assert!(step.detail.starts_with("Opens "), "{}", step.detail);
    }

    /// Home's line for a new dad whose date is `kind` and `days` before today.
    fn stage(kind: BabyDateKind, days: i64) -> String {
        let today = day("2026-06-15");
        let learner = Learner {
            tracks: vec!["new-father".into()],
            baby: Some(BabyDate {
                kind,
                date: today - chrono::Duration::days(days),
            }),
            onboarded: true,
            ..Learner::default()
        };
        Standing::new(pack(), &learner, today).stage_label()
    }

    #[test]
    fn the_stage_line_counts_to_the_due_date_past_it_and_from_the_birth_at_each_boundary() {
        let due = |days_past: i64| stage(BabyDateKind::Due, days_past);
        assert_eq!(due(-15), "About 3 weeks to the due date.");
        assert_eq!(due(-14), "About 2 weeks to the due date.");
        assert_eq!(due(-8), "About 2 weeks to the due date.");
        assert_eq!(due(-7), "About a week to the due date.");
        assert_eq!(due(-1), "About a week to the due date.");
        assert_eq!(due(0), "Your due date is today.");
        assert_eq!(due(1), "Your due date was yesterday.");
        assert_eq!(due(2), "Your due date was 2 days ago.");
        assert_eq!(due(13), "Your due date was 13 days ago.");
        assert_eq!(due(14), "Your due date was 2 weeks ago.");
        assert_eq!(due(27), "Your due date was 3 weeks ago.");
        let born = |days_old: i64| stage(BabyDateKind::Born, days_old);
        assert_eq!(born(0), "Your baby is here: this is the first week.");
        assert_eq!(born(6), "Your baby is here: this is the first week.");
        assert_eq!(born(7), "Your baby is 1 week old.");
        assert_eq!(born(42), "Your baby is 6 weeks old.");
    }

    #[test]
    fn a_new_dad_with_no_date_given_goes_one_module_at_a_time_with_no_baby_card() {
        let mut learner = Learner {
            tracks: vec!["new-father".into()],
            onboarded: true,
            ..Learner::default()
        };
        let today = day("2026-03-01");
        let standing = Standing::new(pack(), &learner, today);
        assert!(!standing.has_baby_date());
        assert!(crate::curriculum::baby::home_card(&standing).is_none());
        assert_eq!(standing.next_step().kind, NextStepKind::Start);

        learner.baby = Some(BabyDate {
            kind: BabyDateKind::Born,
            date: today,
        });
        let standing = Standing::new(pack(), &learner, today);
        assert!(standing.has_baby_date());
        assert!(crate::curriculum::baby::home_card(&standing).is_some());
        assert_eq!(standing.next_step().kind, NextStepKind::ThisWeek);
    }

    #[test]
    fn a_started_module_stays_open_when_the_counsellor_plan_that_opened_it_is_cleared() {
        let module = "shame-and-guilt";
        let mut learner = Learner {
            onboarded: true,
            ..Learner::default()
        };
        assert!(
            matches!(
                access(&learner, "2026-03-01", module),
                ModuleAccess::Locked { .. }
            ),
            "its prerequisite is not done"
        );
        learner.plan = vec![PlanRow {
            module_id: module.into(),
            from_name: "Sam".into(),
            note: None,
        }];
        assert_eq!(access(&learner, "2026-03-01", module), ModuleAccess::Open);
        learner.modules.insert(module.into(), started(module));
        learner.plan.clear();
        assert_eq!(access(&learner, "2026-03-01", module), ModuleAccess::Open);
    }

    #[test]
    fn a_locked_module_says_what_opens_it_in_french_with_the_french_pack_joining_titles_with_et() {
        let fresh = Learner {
            onboarded: true,
            ..Learner::default()
        };
        let reason = |pack: &'static Pack| {
            let module = pack
                .module("turning-toward-bids")
                .expect("a partner module");
            match Standing::new(pack, &fresh, day("2026-03-01")).access(module) {
                ModuleAccess::Locked { reason } => reason,
                other => panic!("a partner module waits for the \"me\" work: {other:?}"),
            }
        };
        let quoted = |pack: &Pack, id: &str, open: &str, close: &str| {
            format!(
                "{open}{}{close}",
                pack.module(id).expect("in the pack").meta.title
            )
        };
        let english = reason(pack());
        let first = quoted(pack(), "where-you-are-now", "\u{201c}", "\u{201d}");
        let last = quoted(pack(), "the-pause-plan", "\u{201c}", "\u{201d}");
        assert!(
            english.starts_with(&format!(
                "Partner skills open after your own work: {first}, "
            )),
            "{english}"
        );
        assert!(english.ends_with(&format!(" and {last}")), "{english}");
        assert_eq!(english.matches(" and ").count(), 1, "{english}");

        let french_pack = crate::curriculum::french_pack();
        let french = reason(french_pack);
        let first = quoted(french_pack, "where-you-are-now", "«\u{a0}", "\u{a0}»");
        let last = quoted(french_pack, "the-pause-plan", "«\u{a0}", "\u{a0}»");
        assert!(
            french.starts_with(&format!(
                "Les habiletés à deux s'ouvrent après ton travail sur toi\u{a0}: {first}, "
            )),
            "{french}"
        );
        assert!(french.ends_with(&format!(" et {last}")), "{french}");
        assert!(!french.contains(" and "), "{french}");
        assert_eq!(
            Standing::new(french_pack, &fresh, day("2026-03-01")).we_closed_reason(),
            Some(
                "S'ouvre quand tu auras fait le travail sur toi\u{a0}: il te reste 6 modules."
                    .to_owned()
            )
        );
    }

    #[test]
    fn the_new_dad_weeks_and_dates_are_said_in_french_with_plurals_with_the_french_pack() {
        let french = Language::of_pack("fr-CA");
        assert_eq!(
            week_label(french, -1),
            "1 semaine avant la date prévue d'accouchement"
        );
        assert_eq!(
            week_label(french, -3),
            "3 semaines avant la date prévue d'accouchement"
        );
        assert_eq!(week_label(french, 0), "La semaine de la naissance");
        assert_eq!(week_label(french, 1), "1 semaine après la naissance");
        assert_eq!(week_label(french, 6), "6 semaines après la naissance");

        let pack = crate::curriculum::french_pack();
        let learner = Learner {
            tracks: vec!["new-father".into()],
            baby: Some(BabyDate {
                kind: BabyDateKind::Born,
                date: day("2026-01-05"),
            }),
            onboarded: true,
            ..Learner::default()
        };
        let module = pack
            .module("the-dad-you-are-becoming")
            .expect("the week-40 module");
        let standing = Standing::new(pack, &learner, day("2026-03-01"));
        assert_eq!(
            standing.access(module),
            ModuleAccess::Upcoming {
                opens_on: "2026-10-12".into(),
                label: "S'ouvre le 12 octobre".into(),
            }
        );
        assert_eq!(standing.stage_label(), "Ton bébé a 7 semaines.");
        assert_eq!(
            Standing::new(pack, &learner, day("2026-01-12")).stage_label(),
            "Ton bébé a 1 semaine."
        );
        // Refused in the same words, said in either language.
        let refusal = standing.refusal(module).expect("not open yet");
        assert_eq!(refusal.say(french), "S'ouvre le 12 octobre");
        assert_eq!(refusal.say(Language::ENGLISH), "Opens 12 Oct");
        let due = Learner {
            baby: Some(BabyDate {
                kind: BabyDateKind::Due,
                date: day("2026-02-24"),
            }),
            ..learner.clone()
        };
        let card =
            crate::curriculum::baby::home_card(&Standing::new(pack, &due, day("2026-03-01")))
                .expect("a card");
        assert_eq!(
            card.stage,
            "La date prévue d'accouchement, c'était il y a 5 jours."
        );
        assert_eq!(
            card.question.expect("asked").title,
            "Ton bébé est-il arrivé?"
        );
        assert_eq!(
            opens_on(day("2026-10-01")).say(french),
            "S'ouvre le 1er octobre"
        );
        assert_eq!(
            opens_on(day("2026-10-01")).say(Language::ENGLISH),
            "Opens 1 Oct"
        );
    }
}
