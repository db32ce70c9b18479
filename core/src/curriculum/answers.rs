//! Answers to exercises: their shapes, the rules they must keep, and what they say about what he
//! did. Answers are stored as JSON against the module's and exercise's stable ids.

use std::collections::{BTreeMap, HashMap, HashSet};

use groundwork_pack::{Exercise, Pack};
use serde::{Deserialize, Serialize};

use super::content::emotion_max;
use crate::base::error::{Error, Result};
use crate::base::validate;

/// The longest reflection, in characters (the journal's own limit is higher).
pub const MAX_REFLECTION_CHARS: usize = 10_000;
/// The longest commitment, in characters.
pub const MAX_COMMITMENT_CHARS: usize = 280;
/// The longest plan field, in characters.
pub const MAX_PLAN_FIELD_CHARS: usize = crate::documents::MAX_FIELD_CHARS;

/// What he did in an exercise. Its kind must match the step's exercise.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ExerciseAnswer {
    /// What he wrote (may be half-written while it is a draft).
    Reflection {
        /// The text.
        text: String,
    },
    /// The number he picked.
    Scale {
        /// From the scale's `min` to its `max`.
        value: u32,
    },
    /// The option he picked.
    Choice {
        /// The option's index.
        index: u32,
    },
    /// The options he picked.
    MultiChoice {
        /// The options' indices, each once.
        indices: Vec<u32>,
    },
    /// The emotion words he picked.
    Emotions {
        /// Vocabulary ids, each once, up to the picker's `max`.
        ids: Vec<String>,
    },
    /// What he ticked.
    Checklist {
        /// The ticked items' indices, each once.
        checked: Vec<u32>,
    },
    /// How many breaths he finished.
    Breathing {
        /// 0 to the exercise's `cycles`.
        cycles_done: u32,
    },
    /// How many regions of the body scan he went through.
    BodyScan {
        /// 0 to the number of regions.
        regions_done: u32,
    },
    /// What he wrote in each field of a plan, by field id (fields left out keep their values;
    /// an empty value clears a field).
    Plan {
        /// Field id to text.
        fields: HashMap<String, String>,
    },
    /// The one thing he will try this week.
    Commitment {
        /// A suggestion's text or his own words.
        text: String,
    },
}

impl ExerciseAnswer {
    /// Everything he wrote in his own words (a reflection, a plan's fields in field order, a
    /// commitment), one piece a line: what the crisis check reads.
    pub(crate) fn written_text(&self) -> Option<String> {
        match self {
            ExerciseAnswer::Reflection { text } | ExerciseAnswer::Commitment { text } => {
                Some(text.clone())
            }
            ExerciseAnswer::Plan { fields } => {
                let mut ids: Vec<&String> = fields.keys().collect();
                ids.sort();
                Some(
                    ids.into_iter()
                        .map(|id| fields[id].as_str())
                        .collect::<Vec<_>>()
                        .join("\n"),
                )
            }
            _ => None,
        }
    }
}

fn wrong_kind(exercise: &Exercise) -> Error {
    Error::invalid(
        "answer",
        format!("this step's exercise is a {} exercise", exercise.kind()),
    )
}

fn distinct(field: &'static str, indices: &[u32], len: usize) -> Result<()> {
    let mut seen = HashSet::new();
    for &i in indices {
        if usize::try_from(i).map_or(true, |i| i >= len) {
            return Err(Error::invalid(field, "pick one of the options shown"));
        }
        if !seen.insert(i) {
            return Err(Error::invalid(field, "each option can be picked once"));
        }
    }
    Ok(())
}

/// Checks an answer against its exercise and returns it tidied (text trimmed, plan fields
/// normalised). `draft` answers may be half-done (text may be empty); a submitted one may not.
pub(crate) fn check(
    exercise: &Exercise,
    pack: &Pack,
    answer: ExerciseAnswer,
) -> Result<ExerciseAnswer> {
    use ExerciseAnswer as A;
    Ok(match (exercise, answer) {
        (Exercise::Reflection(_), A::Reflection { text }) => {
            if text.chars().count() > MAX_REFLECTION_CHARS {
                return Err(Error::invalid(
                    "text",
                    format!("keep it under {MAX_REFLECTION_CHARS} characters"),
                ));
            }
            A::Reflection { text }
        }
        (Exercise::Scale(e), A::Scale { value }) => {
            if !(e.min..=e.max).contains(&value) {
                return Err(Error::invalid(
                    "value",
                    format!("pick a number from {} to {}", e.min, e.max),
                ));
            }
            A::Scale { value }
        }
        (Exercise::Choice(e), A::Choice { index }) => {
            distinct("index", &[index], e.options.len())?;
            A::Choice { index }
        }
        (Exercise::MultiChoice(e), A::MultiChoice { indices }) => {
            distinct("indices", &indices, e.options.len())?;
            if let Some(max) = e.max
                && indices.len() > max as usize
            {
                return Err(Error::invalid("indices", format!("pick at most {max}")));
            }
            A::MultiChoice { indices }
        }
        (Exercise::Emotions(e), A::Emotions { ids }) => {
            let max = emotion_max(e) as usize;
            if ids.len() > max {
                return Err(Error::invalid("ids", format!("pick at most {max} words")));
            }
            let mut seen = HashSet::new();
            for id in &ids {
                let offered = pack.emotion(id).is_some()
                    && e.words.as_ref().is_none_or(|only| only.contains(id));
                if !offered {
                    return Err(Error::invalid("ids", "pick words from the ones shown"));
                }
                if !seen.insert(id) {
                    return Err(Error::invalid("ids", "each word can be picked once"));
                }
            }
            A::Emotions { ids }
        }
        (Exercise::Checklist(e), A::Checklist { checked }) => {
            distinct("checked", &checked, e.items.len())?;
            A::Checklist { checked }
        }
        (Exercise::Breathing(e), A::Breathing { cycles_done }) => {
            if cycles_done > e.cycles {
                return Err(Error::invalid(
                    "cycles_done",
                    format!("this exercise has {} breaths", e.cycles),
                ));
            }
            A::Breathing { cycles_done }
        }
        (Exercise::BodyScan(e), A::BodyScan { regions_done }) => {
            if regions_done as usize > e.regions.len() {
                return Err(Error::invalid(
                    "regions_done",
                    format!("this scan has {} regions", e.regions.len()),
                ));
            }
            A::BodyScan { regions_done }
        }
        (Exercise::Plan(e), A::Plan { fields }) => {
            for (id, value) in &fields {
                if !e.fields.iter().any(|f| f.id == *id) {
                    return Err(Error::invalid(
                        "fields",
                        "that field is not part of this plan",
                    ));
                }
                if value.chars().count() > MAX_PLAN_FIELD_CHARS {
                    return Err(Error::invalid(
                        "fields",
                        format!("keep each answer under {MAX_PLAN_FIELD_CHARS} characters"),
                    ));
                }
            }
            A::Plan { fields }
        }
        (Exercise::Commitment(_), A::Commitment { text }) => {
            if text.chars().count() > MAX_COMMITMENT_CHARS {
                return Err(Error::invalid(
                    "text",
                    format!("keep it under {MAX_COMMITMENT_CHARS} characters"),
                ));
            }
            A::Commitment { text }
        }
        (exercise, _) => return Err(wrong_kind(exercise)),
    })
}

/// Whether the exercise must be answered before he may go on. Quick picks and the week's
/// commitment are required; writing, practice and plans can be skipped and come back to.
pub(crate) fn required(exercise: &Exercise) -> bool {
    matches!(
        exercise,
        Exercise::Scale(_) | Exercise::Choice(_) | Exercise::Commitment(_)
    )
}

/// Whether an answer counts as done (a required exercise needs a complete one).
pub(crate) fn is_complete(answer: &ExerciseAnswer) -> bool {
    use ExerciseAnswer as A;
    match answer {
        A::Reflection { text } | A::Commitment { text } => !text.trim().is_empty(),
        A::Scale { .. } | A::Choice { .. } => true,
        A::MultiChoice { indices } => !indices.is_empty(),
        A::Emotions { ids } => !ids.is_empty(),
        A::Checklist { checked } => !checked.is_empty(),
        A::Breathing { cycles_done } => *cycles_done > 0,
        A::BodyScan { regions_done } => *regions_done > 0,
        A::Plan { fields } => fields.values().any(|v| !v.trim().is_empty()),
    }
}

/// The commitment text, trimmed and checked for a submitted answer.
pub(crate) fn commitment_text(text: &str) -> Result<String> {
    validate::required_text("text", text.to_owned(), MAX_COMMITMENT_CHARS)
}

/// One line saying what he did, for the completion screen (`None` when he skipped it).
pub(crate) fn what_he_did(exercise: &Exercise, answer: &ExerciseAnswer) -> Option<String> {
    use ExerciseAnswer as A;
    if !is_complete(answer) {
        return None;
    }
    Some(match (exercise, answer) {
        (Exercise::Reflection(_), _) => "Wrote a reflection, saved in your journal".to_owned(),
        (Exercise::Scale(e), A::Scale { value }) => {
            format!("Rated it {value} out of {}", e.max)
        }
        (Exercise::Choice(e), A::Choice { index }) => format!(
            "Chose \u{201c}{}\u{201d}",
            e.options.get(*index as usize).map_or("", String::as_str)
        ),
        (Exercise::MultiChoice(_), A::MultiChoice { indices }) => match indices.len() {
            1 => "Picked 1 option".to_owned(),
            n => format!("Picked {n} options"),
        },
        (Exercise::Emotions(_), A::Emotions { ids }) => match ids.len() {
            1 => "Named 1 feeling".to_owned(),
            n => format!("Named {n} feelings"),
        },
        (Exercise::Checklist(_), A::Checklist { checked }) => match checked.len() {
            1 => "Ticked 1 item".to_owned(),
            n => format!("Ticked {n} items"),
        },
        (Exercise::Breathing(_), A::Breathing { cycles_done }) => match cycles_done {
            1 => "Practised 1 slow breath".to_owned(),
            n => format!("Practised {n} slow breaths"),
        },
        (Exercise::BodyScan(_), A::BodyScan { .. }) => "Did the body scan".to_owned(),
        (Exercise::Plan(e), _) => format!("Built \u{201c}{}\u{201d}", e.title),
        (Exercise::Commitment(_), _) => "Picked one thing to try this week".to_owned(),
        _ => return None,
    })
}

/// Stored form.
pub(crate) fn to_json(answer: &ExerciseAnswer) -> Result<String> {
    // Sorted, so the stored text does not depend on hash order.
    let value = match answer {
        ExerciseAnswer::Plan { fields } => {
            let sorted: BTreeMap<&String, &String> = fields.iter().collect();
            serde_json::json!({ "type": "plan", "fields": sorted })
        }
        other => serde_json::to_value(other)
            .map_err(|_| Error::Internal("an answer could not be stored"))?,
    };
    Ok(value.to_string())
}

/// Reads a stored answer.
pub(crate) fn from_json(json: &str) -> Result<ExerciseAnswer> {
    serde_json::from_str(json).map_err(|_| Error::Internal("a stored answer is malformed"))
}
