//! What a lesson step shows, as records and enums the shells render natively: text blocks with
//! styled spans and links, and the exercise at the end of the step. These mirror the pack model
//! (`groundwork_pack`), which has no FFI of its own.

use groundwork_pack as pack;

use crate::base::text::Language;
use crate::safety::Situation;

/// A block of text in a lesson step.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ContentBlock {
    /// A paragraph.
    Paragraph {
        /// The paragraph's text, in styled runs.
        spans: Vec<TextSpan>,
    },
    /// A bulleted list, or a numbered one when `ordered`. (Not named `List`: that would shadow
    /// the list type inside the generated Kotlin.)
    ItemList {
        /// Whether the items are numbered.
        ordered: bool,
        /// The items, in order.
        items: Vec<ListItem>,
    },
    /// A quotation, e.g. words he might say.
    Quote {
        /// The quote's text, in styled runs.
        spans: Vec<TextSpan>,
    },
}

/// One item of a list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct ListItem {
    /// The item's text, in styled runs.
    pub spans: Vec<TextSpan>,
}

/// A run of text with one style, possibly a link.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct TextSpan {
    /// The text.
    pub text: String,
    /// Shown in italics.
    pub emphasis: bool,
    /// Shown in bold.
    pub strong: bool,
    /// Where tapping it goes, when it is a link.
    pub link: Option<SpanLink>,
}

/// Where a link in lesson text goes.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum SpanLink {
    /// A web page (`https://` only). Shells ask before leaving the app.
    Web {
        /// The address.
        url: String,
    },
    /// Help now, opened for a situation when there is one.
    HelpNow {
        /// The situation to open help for, if the link names one.
        situation: Option<Situation>,
    },
}

/// One emotion word the picker offers, placed on the mood meter.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct EmotionChoice {
    /// The vocabulary id to send back.
    pub id: String,
    /// The word shown.
    pub word: String,
    /// -5 (very unpleasant) to 5 (very pleasant).
    pub pleasantness: i32,
    /// -5 (very low energy) to 5 (very high energy).
    pub energy: i32,
    /// One plain line saying what it means.
    pub definition: String,
}

/// One field of a plan builder.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PlanFieldView {
    /// The id to send back with what he wrote.
    pub id: String,
    /// What to write.
    pub label: String,
    /// An example or a line of help.
    pub hint: Option<String>,
}

/// The words around a timed exercise (paced breathing or a body scan).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct TimedExerciseLabels {
    /// Shown before starting: "Ready when you are".
    pub ready: String,
    /// The button that starts it.
    pub start: String,
    /// The button that stops it.
    pub stop: String,
}

impl TimedExerciseLabels {
    fn standard(language: Language) -> Self {
        TimedExerciseLabels {
            ready: language.say("curriculum-exercise-ready"),
            start: language.say("curriculum-exercise-start"),
            stop: language.say("curriculum-exercise-stop"),
        }
    }
}

/// What each part of a breath is called while it lasts.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct BreathingPhaseLabels {
    /// "Breathe in".
    pub breathe_in: String,
    /// "Hold", after breathing in and after breathing out.
    pub hold: String,
    /// "Breathe out".
    pub breathe_out: String,
}

/// The exercise at the end of a lesson step, with everything needed to draw it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ExerciseView {
    /// A question to write about; the answer becomes a journal entry linked to this step.
    Reflection {
        /// The question.
        prompt: String,
        /// A line of help under it.
        hint: Option<String>,
    },
    /// Pick a whole number from `min` to `max`.
    Scale {
        /// The question.
        prompt: String,
        /// The lowest number.
        min: u32,
        /// The highest number.
        max: u32,
        /// What the lowest number means.
        min_label: String,
        /// What the highest number means.
        max_label: String,
    },
    /// Pick one option; answer with its index.
    Choice {
        /// The question.
        prompt: String,
        /// The options, in order.
        options: Vec<String>,
    },
    /// Pick several options; answer with their indices.
    MultiChoice {
        /// The question.
        prompt: String,
        /// The options, in order.
        options: Vec<String>,
        /// At most this many may be picked, if limited.
        max: Option<u32>,
    },
    /// Pick up to `max` emotion words on the mood meter.
    Emotions {
        /// The question.
        prompt: String,
        /// At most this many words.
        max: u32,
        /// The words offered, each with its place on the meter.
        words: Vec<EmotionChoice>,
    },
    /// Tick what applies; answer with the ticked indices.
    Checklist {
        /// The question.
        prompt: String,
        /// The items, in order.
        items: Vec<String>,
    },
    /// Breathe along with an animation.
    Breathing {
        /// A line shown before starting.
        prompt: Option<String>,
        /// Seconds breathing in.
        inhale: u32,
        /// Seconds holding after breathing in.
        hold: u32,
        /// Seconds breathing out.
        exhale: u32,
        /// Seconds holding after breathing out.
        hold_after: u32,
        /// How many breaths.
        cycles: u32,
        /// The whole exercise in seconds, for a progress ring.
        total_seconds: u32,
        /// What each part of a breath is called.
        phase_labels: BreathingPhaseLabels,
        /// Ready, start and stop.
        controls: TimedExerciseLabels,
    },
    /// A timed body scan: attention moves through the regions one at a time.
    BodyScan {
        /// A line shown before starting.
        prompt: Option<String>,
        /// The regions, in order.
        regions: Vec<String>,
        /// Seconds on each region.
        seconds_per_region: u32,
        /// The whole scan in seconds.
        total_seconds: u32,
        /// Ready, start and stop.
        controls: TimedExerciseLabels,
    },
    /// Fill in a plan; it becomes a living document he can edit any time.
    Plan {
        /// The living document the answers go into, e.g. "pause-plan".
        document_id: String,
        /// The plan's title.
        title: String,
        /// The fields, in order.
        fields: Vec<PlanFieldView>,
    },
    /// One thing to try this week: a suggestion or his own words.
    Commitment {
        /// The question.
        prompt: String,
        /// Ready-made actions to pick from.
        suggestions: Vec<String>,
    },
}

pub(crate) fn blocks(blocks: &[pack::Block]) -> Vec<ContentBlock> {
    blocks
        .iter()
        .map(|block| match block {
            pack::Block::Paragraph { spans } => ContentBlock::Paragraph {
                spans: self::spans(spans),
            },
            pack::Block::Quote { spans } => ContentBlock::Quote {
                spans: self::spans(spans),
            },
            pack::Block::List { ordered, items } => ContentBlock::ItemList {
                ordered: *ordered,
                items: items
                    .iter()
                    .map(|item| ListItem { spans: spans(item) })
                    .collect(),
            },
        })
        .collect()
}

fn spans(spans: &[pack::Span]) -> Vec<TextSpan> {
    spans
        .iter()
        .map(|span| match span {
            pack::Span::Text {
                text,
                emphasis,
                strong,
            } => TextSpan {
                text: text.clone(),
                emphasis: *emphasis,
                strong: *strong,
                link: None,
            },
            pack::Span::Link { text, target } => TextSpan {
                text: text.clone(),
                emphasis: false,
                strong: false,
                link: Some(match target {
                    pack::LinkTarget::Web { url } => SpanLink::Web { url: url.clone() },
                    pack::LinkTarget::Help { situation } => SpanLink::HelpNow {
                        situation: situation.map(Situation::from),
                    },
                }),
            },
        })
        .collect()
}

/// The most words an emotion picker allows when the pack does not say.
const DEFAULT_EMOTION_MAX: u32 = 3;

pub(crate) fn emotion_max(picker: &pack::EmotionPicker) -> u32 {
    picker.max.unwrap_or(DEFAULT_EMOTION_MAX)
}

/// The exercise to draw, with the words around a timed one in `language` (the pack's).
pub(crate) fn exercise(
    exercise: &pack::Exercise,
    pack: &pack::Pack,
    language: Language,
) -> ExerciseView {
    use pack::Exercise as E;
    match exercise {
        E::Reflection(e) => ExerciseView::Reflection {
            prompt: e.prompt.clone(),
            hint: e.hint.clone(),
        },
        E::Scale(e) => ExerciseView::Scale {
            prompt: e.prompt.clone(),
            min: e.min,
            max: e.max,
            min_label: e.min_label.clone(),
            max_label: e.max_label.clone(),
        },
        E::Choice(e) => ExerciseView::Choice {
            prompt: e.prompt.clone(),
            options: e.options.clone(),
        },
        E::MultiChoice(e) => ExerciseView::MultiChoice {
            prompt: e.prompt.clone(),
            options: e.options.clone(),
            max: e.max,
        },
        E::Emotions(e) => ExerciseView::Emotions {
            prompt: e.prompt.clone(),
            max: emotion_max(e),
            words: pack
                .emotions
                .iter()
                .filter(|w| e.words.as_ref().is_none_or(|only| only.contains(&w.id)))
                .map(|w| EmotionChoice {
                    id: w.id.clone(),
                    word: if w.word.is_empty() {
                        w.id.clone()
                    } else {
                        w.word.clone()
                    },
                    pleasantness: w.pleasantness,
                    energy: w.energy,
                    definition: w.definition.clone(),
                })
                .collect(),
        },
        E::Checklist(e) => ExerciseView::Checklist {
            prompt: e.prompt.clone(),
            items: e.items.clone(),
        },
        E::Breathing(e) => {
            let hold_after = e.hold_after.unwrap_or(0);
            ExerciseView::Breathing {
                prompt: e.prompt.clone(),
                inhale: e.inhale,
                hold: e.hold,
                exhale: e.exhale,
                hold_after,
                cycles: e.cycles,
                total_seconds: (e.inhale + e.hold + e.exhale + hold_after) * e.cycles,
                phase_labels: BreathingPhaseLabels {
                    breathe_in: language.say("curriculum-breathe-in"),
                    hold: language.say("curriculum-breathe-hold"),
                    breathe_out: language.say("curriculum-breathe-out"),
                },
                controls: TimedExerciseLabels::standard(language),
            }
        }
        E::BodyScan(e) => ExerciseView::BodyScan {
            prompt: e.prompt.clone(),
            regions: e.regions.clone(),
            seconds_per_region: e.seconds_per_region,
            total_seconds: e.seconds_per_region * u32::try_from(e.regions.len()).unwrap_or(0),
            controls: TimedExerciseLabels::standard(language),
        },
        E::Plan(e) => ExerciseView::Plan {
            document_id: e.document.clone(),
            title: e.title.clone(),
            fields: e
                .fields
                .iter()
                .map(|f| PlanFieldView {
                    id: f.id.clone(),
                    label: f.label.clone(),
                    hint: f.hint.clone(),
                })
                .collect(),
        },
        E::Commitment(e) => ExerciseView::Commitment {
            prompt: e.prompt.clone(),
            suggestions: e.suggestions.clone(),
        },
    }
}
