//! The curriculum's screen models: the phase map, a module's overview, onboarding, and the parts
//! of the home screen that come from the curriculum.

use groundwork_pack::{Module, Pack, PhaseKind};
use rusqlite::Connection;

use super::standing::{ModuleAccess, ModuleState, Standing, week_label};
use super::state::{BabyDate, BabyDateKind, Learner};
use crate::base::error::Result;
use crate::base::region::RegionCode;
use crate::base::text::Language;
use crate::safety::RegionOption;

/// Whose work a phase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PhaseRole {
    /// Work on himself: the "me" phases come first.
    Me,
    /// Skills for two: open after the "me" work.
    We,
    /// A timed track's phase, e.g. the weeks around a birth.
    Timed,
}

impl From<PhaseKind> for PhaseRole {
    fn from(kind: PhaseKind) -> Self {
        match kind {
            PhaseKind::Me => PhaseRole::Me,
            PhaseKind::We => PhaseRole::We,
            PhaseKind::Timed => PhaseRole::Timed,
        }
    }
}

/// A module as a card on the phase map, home or a plan.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct ModuleCard {
    /// The module's stable id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// One sentence: what he gets from it.
    pub summary: String,
    /// About how long it takes.
    pub minutes: u32,
    /// "About 8 minutes".
    pub minutes_label: String,
    /// How far he is with it.
    pub state: ModuleState,
    /// "Done", "In progress: step 2 of 5", "Not started", or why it is not open yet.
    pub state_label: String,
    /// Whether he can open it now.
    pub access: ModuleAccess,
    /// For timed modules, when it belongs, e.g. "6 weeks after birth".
    pub week_label: Option<String>,
    /// "Recommended by NAME" when a counsellor recommended it.
    pub recommended_label: Option<String>,
}

/// A phase on the phase map.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PhaseCard {
    /// The phase's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// One sentence about it.
    pub summary: String,
    /// Whose work it is.
    pub role: PhaseRole,
    /// Whether any of its modules is on his active tracks.
    pub on_your_tracks: bool,
    /// Modules done.
    pub completed: u32,
    /// Modules in the phase.
    pub total: u32,
    /// "2 of 4 done".
    pub progress_label: String,
    /// Why the phase is not open yet (partner skills before the "me" work, or before the home
    /// safety question is answered no), if it is not.
    pub locked_reason: Option<String>,
    /// Its modules, in order.
    pub modules: Vec<ModuleCard>,
}

/// Every phase and module, with where he stands.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PhaseMapScreen {
    /// The screen's title.
    pub title: String,
    /// One line about the order: yourself first, then skills for two.
    pub intro: String,
    /// The phases, in order.
    pub phases: Vec<PhaseCard>,
    /// The pack's "start here" paths ("Start here if things are heated"), open to anyone from
    /// day one.
    pub start_here: Vec<super::start_here::StartHerePath>,
    /// The help now button, in the same place as on every screen.
    pub help: crate::safety::help::HelpButton,
}

/// A step in a module's outline.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct StepOutline {
    /// The step's position, from 0.
    pub index: u32,
    /// The step's title.
    pub title: String,
    /// How far he is with it.
    pub state: StepState,
}

/// How far he is with one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepState {
    /// Not reached yet.
    NotStarted,
    /// The step he is on, with an answer begun.
    InProgress,
    /// Done.
    Completed,
}

/// A module before opening it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct ModuleOverviewScreen {
    /// The module.
    pub module: ModuleCard,
    /// The phase's title.
    pub phase_title: String,
    /// The steps, in order.
    pub steps: Vec<StepOutline>,
    /// The button: "Start", "Continue", "Go through it again"; `None` when it is not open.
    /// (When it asks the home safety question first, the button opens the question.)
    pub action_label: Option<String>,
    /// The counsellor's note, when a counsellor recommended it with one.
    pub counsellor_note: Option<String>,
    /// The help now button: at hurt-someone for an anger module, new-dad for a new-dad one.
    pub help: crate::safety::help::HelpButton,
}

/// How his tracks stand, for the home screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PhaseProgress {
    /// The phase's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Modules done.
    pub completed: u32,
    /// Modules in the phase on his tracks.
    pub total: u32,
    /// Whether the phase is open.
    pub open: bool,
}

/// A track he can choose.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct TrackOption {
    /// The track's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Who it is for.
    pub summary: String,
    /// Whether he is on it.
    pub selected: bool,
    /// Whether it is timed by the baby's due date or birthday (ask for the date when chosen).
    pub asks_baby_date: bool,
}

/// The first screens after install (and the "your path" settings later): region, tracks, the
/// baby's date, discreet mode.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct OnboardingScreen {
    /// The welcome heading.
    pub welcome: String,
    /// A few plain sentences: what this is, that it is private, that help is one tap away.
    pub intro: String,
    /// What stays on the phone.
    pub privacy_note: String,
    /// Regions for help lines.
    pub regions: Vec<RegionOption>,
    /// The region chosen before, else a guess from the device's locale, else none (ask).
    pub selected_region: Option<RegionCode>,
    /// The tracks, with the ones he is on selected (the main path by default).
    pub tracks: Vec<TrackOption>,
    /// The question asked for a timed track's date.
    pub baby_date_question: String,
    /// What to say about leaving the date out.
    pub baby_date_hint: String,
    /// The date given before, if any.
    pub baby_date: Option<BabyDate>,
    /// Due or born, with their labels; the one given before is selected (due, if none).
    pub baby_date_kinds: Vec<BabyDateKindOption>,
    /// Whether discreet mode is on.
    pub discreet_mode: bool,
    /// Are things hard at home right now? A yes puts "Start here if things are heated" first on
    /// home (`OnboardingChoices::things_are_hard`).
    pub hard_right_now: super::start_here::HardRightNowQuestion,
    /// What discreet mode does, in one sentence.
    pub discreet_mode_hint: String,
    /// Whether he has been through onboarding before.
    pub done_before: bool,
    /// The app lock offer (a PIN or passphrase just for this app, fingerprint or face, or not
    /// now, with what that means), the first time through while no lock is set; `None` after.
    pub lock_offer: Option<crate::lock::LockOffer>,
    /// The help now button, with the emergency number of the region selected.
    pub help: crate::safety::help::HelpButton,
}

/// One choice for what the baby's date is: due, or born.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct BabyDateKindOption {
    /// What choosing it means.
    pub kind: BabyDateKind,
    /// "Due" or "Born".
    pub label: String,
    /// Whether it is the one to show as chosen.
    pub selected: bool,
}

/// Due and born, in order, with `given` (else due) selected.
fn baby_date_kinds(language: Language, given: Option<BabyDateKind>) -> Vec<BabyDateKindOption> {
    let chosen = given.unwrap_or(BabyDateKind::Due);
    [
        (BabyDateKind::Due, "baby-due"),
        (BabyDateKind::Born, "baby-born"),
    ]
    .into_iter()
    .map(|(kind, label)| BabyDateKindOption {
        kind,
        label: language.say(label),
        selected: kind == chosen,
    })
    .collect()
}

/// What he chose during onboarding.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct OnboardingChoices {
    /// A region code from the screen's list (a plain string: onboarding is also sent through
    /// `AppNavigator.send`, which never fails; one with no lines is `InvalidInput` for "region").
    pub region: String,
    /// At least one track id.
    pub track_ids: Vec<String>,
    /// The baby's date, for the new-father track (optional even then).
    pub baby_date: Option<BabyDate>,
    /// Discreet mode on or off.
    pub discreet_mode: bool,
    /// His answer to "Are things hard at home right now?": a yes puts the "start here" path
    /// first on home, until everything on it is done.
    #[uniffi(default)]
    pub things_are_hard: bool,
}

pub(crate) fn minutes_label(language: Language, minutes: u32) -> String {
    language.say_with("module-minutes", &[("minutes", i64::from(minutes).into())])
}

/// The button that opens a module in `state`: "Start", "Continue", "Go through it again".
fn open_label(language: Language, state: ModuleState) -> String {
    language.say(match state {
        ModuleState::NotStarted => "module-start",
        ModuleState::InProgress => "module-continue",
        ModuleState::Completed | ModuleState::Reviewed => "module-again",
    })
}

pub(crate) fn module_card(standing: &Standing<'_>, module: &Module) -> ModuleCard {
    let id = &module.meta.id;
    let state = standing.state(id);
    let access = standing.access(module);
    let count = module.steps.len().max(1);
    let language = standing.language;
    let state_label = match (&access, state) {
        (_, ModuleState::Completed | ModuleState::Reviewed) => language.say("module-done"),
        (_, ModuleState::InProgress) => {
            let step = standing
                .learner
                .modules
                .get(id)
                .map_or(0, |r| r.current_step as usize);
            language.say_with(
                "module-in-progress",
                &[
                    (
                        "step",
                        i64::try_from(step.min(count - 1) + 1)
                            .unwrap_or(i64::MAX)
                            .into(),
                    ),
                    ("steps", i64::try_from(count).unwrap_or(i64::MAX).into()),
                ],
            )
        }
        (ModuleAccess::Open, ModuleState::NotStarted) => language.say("module-not-started"),
        (ModuleAccess::Locked { reason } | ModuleAccess::AskFirst { reason }, _) => reason.clone(),
        (ModuleAccess::Upcoming { label, .. }, _) => label.clone(),
    };
    ModuleCard {
        id: id.clone(),
        title: module.meta.title.clone(),
        summary: module.meta.summary.clone(),
        minutes: module.meta.minutes,
        minutes_label: minutes_label(language, module.meta.minutes),
        state,
        state_label,
        access,
        week_label: module.meta.week.map(|week| week_label(language, week)),
        recommended_label: standing.learner.recommended_by(id).map(|p| {
            language.say_with(
                "module-recommended-by",
                &[("name", p.from_name.as_str().into())],
            )
        }),
    }
}

/// A phase's progress: "Nothing here yet", "Not started", "All done", "2 of 7 done".
fn progress_label(language: Language, completed: u32, total: u32) -> String {
    match (completed, total) {
        (_, 0) => language.say("phase-empty"),
        (0, _) => language.say("module-not-started"),
        (c, t) if c == t => language.say("phase-all-done"),
        (c, t) => language.say_with(
            "done-of",
            &[
                ("done", i64::from(c).into()),
                ("total", i64::from(t).into()),
            ],
        ),
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

pub(crate) fn phase_map(conn: &Connection, standing: &Standing<'_>) -> Result<PhaseMapScreen> {
    let language = standing.language;
    let pack = standing.pack;
    let we_closed = standing.we_closed_reason();
    let phases = pack
        .manifest
        .phases
        .iter()
        .map(|phase| {
            let modules: Vec<&Module> = pack
                .modules
                .iter()
                .filter(|m| m.meta.phase == phase.id)
                .collect();
            let completed = modules
                .iter()
                .filter(|m| standing.completed(&m.meta.id))
                .count();
            let locked_reason = match phase.kind {
                PhaseKind::We => we_closed.clone(),
                PhaseKind::Timed if standing.learner.paused_after_loss(pack) => {
                    Some(language.say(super::standing::PAUSED_AFTER_LOSS))
                }
                _ => None,
            };
            PhaseCard {
                id: phase.id.clone(),
                title: phase.title.clone(),
                summary: phase.summary.clone(),
                role: phase.kind.into(),
                on_your_tracks: modules.iter().any(|m| standing.on_active_track(m)),
                completed: count(completed),
                total: count(modules.len()),
                progress_label: progress_label(language, count(completed), count(modules.len())),
                locked_reason,
                modules: modules.iter().map(|m| module_card(standing, m)).collect(),
            }
        })
        .collect();
    Ok(PhaseMapScreen {
        title: language.say("path-title"),
        intro: language.say("path-intro"),
        phases,
        start_here: start_here_paths(conn, standing)?,
        help: standing.help(None),
    })
}

pub(crate) fn phase_progress(standing: &Standing<'_>) -> Vec<PhaseProgress> {
    let pack = standing.pack;
    let we_open = standing.we_open();
    pack.manifest
        .phases
        .iter()
        .filter_map(|phase| {
            let modules: Vec<&Module> = pack
                .modules
                .iter()
                .filter(|m| m.meta.phase == phase.id && standing.on_active_track(m))
                .collect();
            if modules.is_empty() {
                return None;
            }
            Some(PhaseProgress {
                id: phase.id.clone(),
                title: phase.title.clone(),
                completed: count(
                    modules
                        .iter()
                        .filter(|m| standing.completed(&m.meta.id))
                        .count(),
                ),
                total: count(modules.len()),
                open: phase.kind != PhaseKind::We || we_open,
            })
        })
        .collect()
}

pub(crate) fn overview(
    conn: &Connection,
    standing: &Standing<'_>,
    module: &Module,
) -> Result<ModuleOverviewScreen> {
    let card = module_card(standing, module);
    let row = standing.learner.modules.get(&module.meta.id);
    let drafts = super::state::draft_exercises(conn, &module.meta.id)?;
    let steps = module
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let index = count(i);
            let state = match row {
                Some(r) if r.completed_at.is_some() || index < r.furthest_step => {
                    StepState::Completed
                }
                Some(r)
                    if index == r.current_step
                        && step
                            .exercise
                            .as_ref()
                            .is_some_and(|e| drafts.contains(&e.id().to_owned())) =>
                {
                    StepState::InProgress
                }
                _ => StepState::NotStarted,
            };
            StepOutline {
                index,
                title: step.title.clone(),
                state,
            }
        })
        .collect();
    // A module that asks the home safety question first has a button too: opening it asks.
    let action_label = matches!(
        card.access,
        ModuleAccess::Open | ModuleAccess::AskFirst { .. }
    )
    .then(|| open_label(standing.language, card.state));
    Ok(ModuleOverviewScreen {
        phase_title: standing
            .pack
            .phase(&module.meta.phase)
            .map(|p| p.title.clone())
            .unwrap_or_default(),
        counsellor_note: standing
            .learner
            .recommended_by(&module.meta.id)
            .and_then(|p| p.note.clone()),
        module: card,
        steps,
        action_label,
        help: standing.help_for_module(module),
    })
}

pub(crate) fn onboarding(
    pack: &Pack,
    learner: &Learner,
    stored_region: Option<String>,
    device_locale: Option<&str>,
    discreet_mode: bool,
    said_hard: bool,
) -> OnboardingScreen {
    let selected_region = stored_region
        .or_else(|| {
            device_locale
                .and_then(|l| crate::safety::region_from_locale(pack, l))
                .map(|r| r.code.clone())
        })
        .and_then(|code| RegionCode::from_kept(&code));
    let help =
        crate::safety::help::button(pack, selected_region.as_ref().map(RegionCode::as_str), None);
    let language = Language::of_pack(&pack.manifest.locale);
    OnboardingScreen {
        help,
        welcome: language.say("onboarding-welcome"),
        intro: language.say("onboarding-intro"),
        privacy_note: language.say("onboarding-privacy"),
        regions: pack
            .helplines
            .iter()
            .filter_map(crate::safety::region_option)
            .collect(),
        selected_region,
        tracks: pack
            .manifest
            .tracks
            .iter()
            .map(|t| TrackOption {
                id: t.id.clone(),
                title: t.title.clone(),
                summary: match t.timing {
                    groundwork_pack::model::TrackTiming::BabyDate
                        if learner.paused_after_loss(pack) =>
                    {
                        language.say("track-paused")
                    }
                    _ => t.summary.clone(),
                },
                selected: learner.on_track(&t.id),
                asks_baby_date: t.timing == groundwork_pack::model::TrackTiming::BabyDate,
            })
            .collect(),
        baby_date_question: language.say("baby-date-question"),
        baby_date_hint: language.say("baby-date-hint"),
        baby_date_kinds: baby_date_kinds(language, learner.baby.as_ref().map(|b| b.kind)),
        baby_date: learner.baby.clone(),
        discreet_mode,
        hard_right_now: super::start_here::hard_right_now_question(language, said_hard),
        discreet_mode_hint: language.say("discreet-mode-hint"),
        done_before: learner.onboarded,
        lock_offer: (!learner.onboarded).then(|| crate::lock::lock_offer(language)),
    }
}

/// Modules a counsellor recommended, for the home screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct RecommendationsCard {
    /// "Recommended by NAME" (the most recent counsellor).
    pub headline: String,
    /// The counsellor's note, if there is one.
    pub note: Option<String>,
    /// The modules, in the counsellor's order, finished ones included (marked done).
    pub modules: Vec<ModuleCard>,
}

pub(crate) fn recommendations(standing: &Standing<'_>) -> Option<RecommendationsCard> {
    let plan = &standing.learner.plan;
    let latest = plan.last()?;
    let modules: Vec<ModuleCard> = plan
        .iter()
        .filter_map(|p| standing.pack.module(&p.module_id))
        .map(|m| module_card(standing, m))
        .collect();
    if modules.is_empty() {
        return None;
    }
    Some(RecommendationsCard {
        headline: standing.language.say_with(
            "module-recommended-by",
            &[("name", latest.from_name.as_str().into())],
        ),
        note: latest.note.clone(),
        modules,
    })
}

/// Every "start here" path in the pack, with where he is on each.
pub(crate) fn start_here_paths(
    conn: &Connection,
    standing: &Standing<'_>,
) -> Result<Vec<super::start_here::StartHerePath>> {
    standing
        .pack
        .manifest
        .paths
        .iter()
        .map(|path| path_view(conn, standing, path))
        .collect()
}

/// The path home shows first: after he said things are hard, the first path not all done.
pub(crate) fn start_here_card(
    conn: &Connection,
    standing: &Standing<'_>,
) -> Result<Option<super::start_here::StartHerePath>> {
    if !super::start_here::said_hard(conn)? {
        return Ok(None);
    }
    Ok(start_here_paths(conn, standing)?
        .into_iter()
        .find(|p| !p.all_done))
}

fn path_view(
    conn: &Connection,
    standing: &Standing<'_>,
    path: &groundwork_pack::StartPath,
) -> Result<super::start_here::StartHerePath> {
    use super::start_here::{StartHereItem, StartHereItemKind, StartHerePath};
    let pack: &Pack = standing.pack;
    let language = standing.language;
    let mut items = Vec::new();
    for module in path.modules.iter().filter_map(|id| pack.module(id)) {
        let card = module_card(standing, module);
        let done = matches!(card.state, ModuleState::Completed | ModuleState::Reviewed);
        items.push(StartHereItem {
            kind: StartHereItemKind::Module,
            id: card.id,
            title: card.title,
            detail: card.summary,
            minutes_label: Some(card.minutes_label),
            done,
            state_label: card.state_label,
            action_label: open_label(language, card.state),
        });
    }
    for id in &path.documents {
        let Ok(document) = crate::documents::get(conn, pack, id) else {
            continue;
        };
        let filled = document
            .fields
            .iter()
            .filter(|f| !f.value.trim().is_empty())
            .count();
        items.push(StartHereItem {
            kind: StartHereItemKind::Plan,
            id: document.id.clone(),
            detail: start_here_plan_detail(language, id, document.fields.len()),
            title: document.title,
            minutes_label: None,
            done: document.started,
            state_label: match filled {
                0 => language.say("plan-nothing-written"),
                n => language.say_with(
                    "plan-parts-filled",
                    &[
                        ("filled", i64::try_from(n).unwrap_or(i64::MAX).into()),
                        (
                            "parts",
                            i64::try_from(document.fields.len())
                                .unwrap_or(i64::MAX)
                                .into(),
                        ),
                    ],
                ),
            },
            action_label: language.say(if document.started {
                "plan-look-again"
            } else {
                "plan-fill-in"
            }),
        });
    }
    let done = items.iter().filter(|i| i.done).count();
    Ok(StartHerePath {
        id: path.id.clone(),
        title: path.title.clone(),
        summary: path.summary.clone(),
        progress_label: language.say_with(
            "done-of",
            &[
                ("done", i64::try_from(done).unwrap_or(i64::MAX).into()),
                (
                    "total",
                    i64::try_from(items.len()).unwrap_or(i64::MAX).into(),
                ),
            ],
        ),
        all_done: done == items.len(),
        items,
        help: standing.help(Some(crate::safety::Situation::HurtSomeone)),
    })
}

fn start_here_plan_detail(language: Language, id: &str, fields: usize) -> String {
    if id == crate::documents::SAFETY_PLAN {
        language.say_with(
            "plan-safety-detail",
            &[("parts", i64::try_from(fields).unwrap_or(i64::MAX).into())],
        )
    } else {
        language.say("plan-detail")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_around_the_path_are_in_the_packs_language() {
        let english = Language::of_pack("en");
        let french = Language::of_pack("fr-CA");
        assert_eq!(minutes_label(english, 7), "About 7 minutes");
        assert_eq!(minutes_label(french, 7), "Environ 7 minutes");
        assert_eq!(progress_label(english, 0, 0), "Nothing here yet");
        assert_eq!(progress_label(english, 0, 5), "Not started");
        assert_eq!(progress_label(english, 5, 5), "All done");
        assert_eq!(progress_label(english, 2, 7), "2 of 7 done");
        assert_eq!(progress_label(french, 1, 7), "1 sur 7 fait");
        assert_eq!(progress_label(french, 2, 7), "2 sur 7 faits");
        assert_eq!(progress_label(french, 7, 7), "Tout est fait");
        assert_eq!(open_label(english, ModuleState::NotStarted), "Start");
        assert_eq!(open_label(english, ModuleState::InProgress), "Continue");
        assert_eq!(
            open_label(english, ModuleState::Reviewed),
            "Go through it again"
        );
        assert_eq!(open_label(french, ModuleState::Completed), "Le refaire");
        let kinds = |language| -> Vec<String> {
            baby_date_kinds(language, None)
                .into_iter()
                .map(|k| k.label)
                .collect()
        };
        assert_eq!(kinds(english), ["Due", "Born"]);
        assert_eq!(kinds(french), ["Date prévue", "Né"]);
        assert!(
            start_here_plan_detail(english, crate::documents::SAFETY_PLAN, 7)
                .starts_with("7 short parts: the signs")
        );
        assert!(
            start_here_plan_detail(french, crate::documents::SAFETY_PLAN, 7)
                .starts_with("7 courtes parties")
        );
        assert_eq!(
            start_here_plan_detail(french, "pause-plan", 4),
            "Écris ce que tu peux maintenant; ça reste ouvert pour le changer."
        );
    }
}
