//! What the shell draws: one screen model from the capabilities, with the little layout the
//! apps used to work out themselves (the mood meter grid, the breathing plan, the emotion
//! picker's rows, chart days as dates).

use crate::base::region::RegionCode;
use crate::base::text::Language;
use crate::checkins::Quadrant;
use crate::curriculum::{
    BabyLossScreen, BreathingPhaseLabels, DadMoodCheckScreen, EmotionChoice, ExerciseView,
    HomeSafetyNotYetScreen, HomeSafetyQuestion, LessonStepScreen, ModuleCompletionScreen,
    ModuleOverviewScreen, OnboardingScreen, PhaseMapScreen,
};
use crate::documents::LivingDocument;
use crate::insights::{InsightsScreen, Metric, TrendSeries};
use crate::journal::{JournalEntry, JournalFilter, JournalListItem, JournalSearchHit};
use crate::lock::{LockGrace, LockStatus};
use crate::recommend::ReceivedRecommendation;
use crate::reminders::{DiscreetTexts, ReminderSettings};
use crate::safety::RegionOption;
use crate::safety::answer::CrisisAnswer;
use crate::safety::help::HelpButton;
use crate::safety::{HelpNowScreen, SafetyQuestions};
use crate::screens::content::{ContentStatus, PackPreview};
use crate::screens::forms::{AngerMomentForm, CheckInForm, EmotionOption, PromptLibrary};
use crate::screens::home::HomeScreen;

/// The screen on top, ready to draw.
// Variants hold records by value: the FFI has no boxes.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum AppScreen {
    /// Home.
    Home {
        /// The core's home screen.
        home: HomeScreen,
    },
    /// The check-in form, laid out on the mood meter.
    CheckIn {
        /// The core's form.
        form: CheckInForm,
        /// The form's words on the meter's grid.
        grid: MeterGrid,
        /// The form's words grouped by quadrant, in the pack's order.
        word_groups: Vec<QuadrantWords>,
    },
    /// The two safety questions after a hard check-in.
    SafetyQuestions {
        /// The questions.
        questions: SafetyQuestions,
    },
    /// Help now.
    HelpNow {
        /// The lines, his plans and his region.
        help: HelpNowScreen,
    },
    /// The anger moment form.
    AngerMoment {
        /// The core's form.
        form: AngerMomentForm,
    },
    /// The journal list.
    Journal {
        /// The filter in use.
        filter: JournalFilter,
        /// The entries loaded so far, newest first.
        items: Vec<JournalListItem>,
        /// Whether there are more to load (`Action::LoadMoreJournal`).
        has_more: bool,
        /// The help now button.
        help: HelpButton,
    },
    /// Writing a new entry, or editing one.
    JournalEditor {
        /// The entry being edited; `None` for a new one.
        entry: Option<JournalEntry>,
        /// Prompts to start from.
        prompts: PromptLibrary,
    },
    /// Searching the journal.
    JournalSearch {
        /// What he typed.
        query: String,
        /// What matched.
        hits: Vec<JournalSearchHit>,
        /// The help now button.
        help: HelpButton,
    },
    /// Insights over a range, with charts ready to draw.
    Insights {
        /// The core's insights.
        insights: InsightsScreen,
        /// Each trend as points with dates.
        charts: Vec<TrendChart>,
    },
    /// His living documents (plans).
    Plans {
        /// The plans.
        documents: Vec<LivingDocument>,
        /// The help now button.
        help: HelpButton,
    },
    /// One plan.
    Plan {
        /// The plan as stored.
        document: LivingDocument,
        /// The help now button.
        help: HelpButton,
    },
    /// Settings.
    Settings {
        /// Everything settings shows.
        settings: SettingsScreen,
    },
    /// A counsellor's recommendation, to accept or leave.
    Recommendation {
        /// What the code says.
        recommendation: ReceivedRecommendation,
        /// The help now button.
        help: HelpButton,
    },
    /// Onboarding (or "your path" later), with the lock offer the first time.
    Onboarding {
        /// The core's onboarding screen.
        onboarding: OnboardingScreen,
    },
    /// Every phase and module.
    PhaseMap {
        /// The map.
        map: PhaseMapScreen,
    },
    /// One module's steps.
    ModuleOverview {
        /// The overview.
        overview: ModuleOverviewScreen,
    },
    /// A lesson step, with its exercise laid out.
    LessonStep {
        /// The step.
        step: LessonStepScreen,
        /// A breathing exercise as a timeline of its parts.
        breathing: Option<BreathingTimeline>,
        /// An emotions exercise's words as rows of the mood meter.
        emotion_rows: Vec<EmotionPickerRow>,
    },
    /// A module just finished.
    ModuleCompletion {
        /// The completion screen.
        completion: ModuleCompletionScreen,
    },
    /// The question asked before exercises done together with a partner.
    HomeSafetyQuestion {
        /// The question.
        question: HomeSafetyQuestion,
    },
    /// Why those exercises stay closed for now.
    HomeSafetyNotYet {
        /// Why, with help and his own work.
        not_yet: HomeSafetyNotYetScreen,
    },
    /// The new dad's short mood check.
    DadMoodCheck {
        /// The check.
        check: DadMoodCheckScreen,
    },
    /// What he sees after saying they lost the baby: kind words and the loss lines.
    BabyLoss {
        /// The screen.
        loss: BabyLossScreen,
    },
    /// What the core answered after he saved words of crisis.
    CrisisAnswer {
        /// The answer for the situation found.
        answer: CrisisAnswer,
    },
    /// What a pack file would add, before it is installed.
    InstallPack {
        /// The preview.
        preview: PackPreview,
    },
}

impl AppScreen {
    /// The help now button this screen carries, in the same place on every screen.
    pub fn help(&self) -> &HelpButton {
        match self {
            AppScreen::Home { home } => &home.help,
            AppScreen::CheckIn { form, .. } => &form.help,
            AppScreen::SafetyQuestions { questions } => &questions.help,
            AppScreen::HelpNow { help } => &help.help,
            AppScreen::AngerMoment { form } => &form.help,
            AppScreen::Journal { help, .. }
            | AppScreen::JournalSearch { help, .. }
            | AppScreen::Plans { help, .. }
            | AppScreen::Plan { help, .. }
            | AppScreen::Recommendation { help, .. } => help,
            AppScreen::JournalEditor { prompts, .. } => &prompts.help,
            AppScreen::Insights { insights, .. } => &insights.help,
            AppScreen::Settings { settings } => &settings.help,
            AppScreen::Onboarding { onboarding } => &onboarding.help,
            AppScreen::PhaseMap { map } => &map.help,
            AppScreen::ModuleOverview { overview } => &overview.help,
            AppScreen::LessonStep { step, .. } => &step.help,
            AppScreen::ModuleCompletion { completion } => &completion.help,
            AppScreen::HomeSafetyQuestion { question } => &question.help,
            AppScreen::HomeSafetyNotYet { not_yet } => &not_yet.help,
            AppScreen::DadMoodCheck { check } => &check.help,
            AppScreen::BabyLoss { loss } => &loss.help,
            AppScreen::CrisisAnswer { answer } => &answer.help,
            AppScreen::InstallPack { preview } => &preview.help,
        }
    }

    /// The check-in form with its layout.
    pub(crate) fn check_in(form: CheckInForm) -> AppScreen {
        AppScreen::CheckIn {
            grid: MeterGrid::of(&form.emotions),
            word_groups: QuadrantWords::groups(&form.emotions),
            form,
        }
    }

    /// A lesson step with its exercise's layout.
    pub(crate) fn lesson_step(step: LessonStepScreen) -> AppScreen {
        let (breathing, emotion_rows) = match &step.exercise {
            Some(ExerciseView::Breathing {
                inhale,
                hold,
                exhale,
                hold_after,
                cycles,
                phase_labels,
                ..
            }) => (
                Some(BreathingTimeline::of(
                    [*inhale, *hold, *exhale, *hold_after],
                    *cycles,
                    phase_labels,
                )),
                Vec::new(),
            ),
            Some(ExerciseView::Emotions { words, .. }) => (None, EmotionPickerRow::rows(words)),
            _ => (None, Vec::new()),
        };
        AppScreen::LessonStep {
            step,
            breathing,
            emotion_rows,
        }
    }

    /// Insights with their charts.
    pub(crate) fn insights(insights: InsightsScreen) -> AppScreen {
        AppScreen::Insights {
            charts: insights.trends.iter().map(TrendChart::of).collect(),
            insights,
        }
    }
}

/// Settings, all of it.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SettingsScreen {
    /// The app lock: set or not, its kind, the erase-after-N opt-in.
    pub lock: LockStatus,
    /// How long the app may be away before it locks, with each choice.
    pub lock_grace: Vec<LockGraceOption>,
    /// Whether fingerprint or face guards the key on this device.
    pub biometric_key: bool,
    /// Reminders, discreet mode among them.
    pub reminders: ReminderSettings,
    /// The app name and quick-hide texts.
    pub texts: DiscreetTexts,
    /// His region for help lines.
    pub region: Option<RegionCode>,
    /// Every region to choose from.
    pub regions: Vec<RegionOption>,
    /// Which content is in use.
    pub content: ContentStatus,
    /// This core's version.
    pub core_version: String,
    /// Whether home asks how he is after he wrote something heavy.
    pub crisis_follow_up: bool,
    /// The help now button.
    pub help: HelpButton,
}

/// One grace period to choose.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LockGraceOption {
    /// The choice.
    pub grace: LockGrace,
    /// Its words.
    pub label: String,
    /// Whether it is the one in use.
    pub selected: bool,
}

impl LockGraceOption {
    pub(crate) fn all(current: LockGrace, language: Language) -> Vec<LockGraceOption> {
        LockGrace::ALL
            .into_iter()
            .map(|grace| LockGraceOption {
                grace,
                label: grace.label(language),
                selected: grace == current,
            })
            .collect()
    }
}

/// The mood meter's range on both axes.
pub const METER_RANGE: std::ops::RangeInclusive<i32> = -5..=5;

/// The mood meter as a grid: energy from high (top row) to low, pleasantness from unpleasant
/// (left) to pleasant, each cell with the words the pack places there.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MeterGrid {
    /// Top row (most energy) first.
    pub rows: Vec<MeterRow>,
}

/// One row of the grid.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MeterRow {
    /// Its energy, 5 to -5.
    pub energy: i32,
    /// Cells from unpleasant to pleasant.
    pub cells: Vec<MeterCell>,
}

/// One point of the meter.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MeterCell {
    /// -5 to 5.
    pub pleasantness: i32,
    /// -5 to 5.
    pub energy: i32,
    /// The words at this point.
    pub words: Vec<EmotionOption>,
    /// Which quadrant it is in, for its colour (the middle lines: `Middle`).
    pub quadrant: crate::checkins::Quadrant,
}

impl MeterGrid {
    /// `emotions` placed on the grid.
    pub fn of(emotions: &[EmotionOption]) -> MeterGrid {
        MeterGrid {
            rows: METER_RANGE
                .rev()
                .map(|energy| MeterRow {
                    energy,
                    cells: METER_RANGE
                        .map(|pleasantness| MeterCell {
                            pleasantness,
                            energy,
                            words: emotions
                                .iter()
                                .filter(|e| e.pleasantness == pleasantness && e.energy == energy)
                                .cloned()
                                .collect(),
                            quadrant: crate::checkins::Quadrant::of(pleasantness, energy),
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// Every word on the grid, top row first, left to right.
    pub fn all_words(&self) -> impl Iterator<Item = &EmotionOption> {
        self.rows
            .iter()
            .flat_map(|r| r.cells.iter().flat_map(|c| c.words.iter()))
    }
}

/// The words of one quadrant, in the pack's order.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QuadrantWords {
    /// The quadrant.
    pub quadrant: Quadrant,
    /// Its words.
    pub words: Vec<EmotionOption>,
}

impl QuadrantWords {
    /// `emotions` grouped by quadrant, in the order each quadrant first appears.
    pub fn groups(emotions: &[EmotionOption]) -> Vec<QuadrantWords> {
        let mut groups: Vec<QuadrantWords> = Vec::new();
        for emotion in emotions {
            match groups.iter_mut().find(|g| g.quadrant == emotion.quadrant) {
                Some(group) => group.words.push(emotion.clone()),
                None => groups.push(QuadrantWords {
                    quadrant: emotion.quadrant,
                    words: vec![emotion.clone()],
                }),
            }
        }
        groups
    }
}

/// Paced breathing as a timeline: each breath's parts in order, parts of zero seconds left out.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BreathingTimeline {
    /// Every part of every breath, in order.
    pub phases: Vec<BreathingStep>,
}

/// One part of a breath.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BreathingStep {
    /// The core's name for it ("Breathe in").
    pub label: String,
    /// How long it lasts.
    pub seconds: u32,
    /// Whether the lungs are full (the circle drawn large).
    pub expanded: bool,
    /// Which breath it belongs to, from 1.
    pub cycle: u32,
    /// Breaths finished once this part is over.
    pub breaths_done_after: u32,
}

impl BreathingTimeline {
    /// In, hold, out, hold after (seconds), for `cycles` breaths.
    pub fn of(seconds: [u32; 4], cycles: u32, labels: &BreathingPhaseLabels) -> BreathingTimeline {
        let names = [
            (&labels.breathe_in, true),
            (&labels.hold, true),
            (&labels.breathe_out, false),
            (&labels.hold, false),
        ];
        let parts: Vec<_> = names
            .into_iter()
            .zip(seconds)
            .filter(|(_, s)| *s > 0)
            .collect();
        let last = parts.len().saturating_sub(1);
        BreathingTimeline {
            phases: (1..=cycles)
                .flat_map(|cycle| {
                    parts
                        .iter()
                        .enumerate()
                        .map(move |(i, ((label, expanded), seconds))| BreathingStep {
                            label: (*label).clone(),
                            seconds: *seconds,
                            expanded: *expanded,
                            cycle,
                            breaths_done_after: if i == last { cycle } else { cycle - 1 },
                        })
                })
                .collect(),
        }
    }
}

/// One row of the emotion picker: one energy, unpleasant to pleasant.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EmotionPickerRow {
    /// The row's energy.
    pub energy: i32,
    /// Its words, unpleasant first.
    pub words: Vec<EmotionChoice>,
}

impl EmotionPickerRow {
    /// `words` as rows, most energy first.
    pub fn rows(words: &[EmotionChoice]) -> Vec<EmotionPickerRow> {
        let mut energies: Vec<i32> = words.iter().map(|w| w.energy).collect();
        energies.sort_unstable_by(|a, b| b.cmp(a));
        energies.dedup();
        energies
            .into_iter()
            .map(|energy| {
                let mut row: Vec<EmotionChoice> = words
                    .iter()
                    .filter(|w| w.energy == energy)
                    .cloned()
                    .collect();
                row.sort_by_key(|w| w.pleasantness);
                EmotionPickerRow { energy, words: row }
            })
            .collect()
    }
}

/// A calendar date, for a chart's axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, uniffi::Record)]
pub struct CalendarDay {
    /// e.g. 2026.
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
}

impl CalendarDay {
    /// "2026-11-22" as a day; `None` for anything else.
    pub fn parse(text: &str) -> Option<CalendarDay> {
        let date = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
        Some(CalendarDay::from(date))
    }
}

impl From<chrono::NaiveDate> for CalendarDay {
    fn from(date: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        CalendarDay {
            year: date.year(),
            month: date.month(),
            day: date.day(),
        }
    }
}

/// A trend ready to chart.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TrendChart {
    /// What it measures.
    pub metric: Metric,
    /// Its name.
    pub label: String,
    /// The bottom of its scale.
    pub scale_min: f64,
    /// The top of its scale (never below the bottom).
    pub scale_max: f64,
    /// Whether there is anything to draw.
    pub has_data: bool,
    /// Its points, with dates.
    pub points: Vec<TrendChartPoint>,
}

/// One point of a chart.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TrendChartPoint {
    /// The lived day.
    pub day: CalendarDay,
    /// That day's value, if any.
    pub value: Option<f64>,
    /// The smoothed line there.
    pub smoothed: Option<f64>,
}

impl TrendChart {
    /// A trend from insights as a chart.
    pub fn of(series: &TrendSeries) -> TrendChart {
        TrendChart {
            metric: series.metric,
            label: series.label.clone(),
            scale_min: series.scale_min,
            scale_max: series.scale_max.max(series.scale_min),
            has_data: series.has_data,
            points: series
                .points
                .iter()
                .map(|p| TrendChartPoint {
                    day: CalendarDay::from(p.day),
                    value: p.value,
                    smoothed: p.smoothed,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> BreathingPhaseLabels {
        BreathingPhaseLabels {
            breathe_in: "In".into(),
            hold: "Hold".into(),
            breathe_out: "Out".into(),
        }
    }

    #[test]
    fn a_breathing_plan_leaves_out_empty_parts_and_counts_finished_breaths() {
        let plan = BreathingTimeline::of([4, 0, 6, 0], 2, &labels());
        let parts: Vec<_> = plan
            .phases
            .iter()
            .map(|p| {
                (
                    p.label.as_str(),
                    p.seconds,
                    p.expanded,
                    p.breaths_done_after,
                )
            })
            .collect();
        assert_eq!(
            parts,
            [
                ("In", 4, true, 0),
                ("Out", 6, false, 1),
                ("In", 4, true, 1),
                ("Out", 6, false, 2)
            ]
        );
    }

    #[test]
    fn emotion_picker_rows_run_from_most_energy_unpleasant_first() {
        let word = |id: &str, pleasantness, energy| EmotionChoice {
            id: id.into(),
            word: id.into(),
            pleasantness,
            energy,
            definition: String::new(),
        };
        let rows = EmotionPickerRow::rows(&[
            word("calm", 3, -2),
            word("tense", -3, 3),
            word("excited", 4, 3),
        ]);
        let shape: Vec<(i32, Vec<&str>)> = rows
            .iter()
            .map(|r| (r.energy, r.words.iter().map(|w| w.id.as_str()).collect()))
            .collect();
        assert_eq!(shape, [(3, vec!["tense", "excited"]), (-2, vec!["calm"])]);
    }

    #[test]
    fn days_parse_as_dates_and_anything_else_is_left_out() {
        assert_eq!(
            CalendarDay::parse("2026-11-22"),
            Some(CalendarDay {
                year: 2026,
                month: 11,
                day: 22
            })
        );
        assert_eq!(CalendarDay::parse("2026-02-30"), None);
        assert_eq!(CalendarDay::parse("yesterday"), None);
    }
}
