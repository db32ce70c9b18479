//! Answers to exercises: their shapes, the rules they must keep, and what they say about what he
//! did. Answers are stored as JSON against the module's and exercise's stable ids.

use std::collections::{BTreeMap, HashMap, HashSet};

use groundwork_pack::{Exercise, Pack};
use serde::{Deserialize, Serialize};

use super::content::emotion_max;
use crate::base::error::{Error, Reason, Result};
use crate::base::text::Language;
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
    /// What he wrote himself in answer to `exercise`, for the crisis check: [`Self::written_text`],
    /// except a commitment that is word for word one of the pack's own suggestions, which he
    /// picked rather than wrote (the check is for his words, and a pack's own line never brings a
    /// crisis answer).
    pub(crate) fn written_by_him(&self, exercise: &Exercise) -> Option<String> {
        if let (ExerciseAnswer::Commitment { text }, Exercise::Commitment(offered)) =
            (self, exercise)
            && offered.suggestions.iter().any(|s| s.trim() == text.trim())
        {
            return None;
        }
        self.written_text()
    }

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
        Reason::with(
            "curriculum-answer-wrong-kind",
            [("kind", exercise.kind().into())],
        ),
    )
}

/// The rule for text longer than `limit` characters.
fn keep_under(limit: usize) -> Reason {
    Reason::with("curriculum-keep-under", [("limit", limit.into())])
}

fn distinct(field: &'static str, indices: &[u32], len: usize) -> Result<()> {
    let mut seen = HashSet::new();
    for &i in indices {
        if usize::try_from(i).map_or(true, |i| i >= len) {
            return Err(Error::invalid(
                field,
                Reason::new("curriculum-pick-an-option"),
            ));
        }
        if !seen.insert(i) {
            return Err(Error::invalid(field, Reason::new("curriculum-option-once")));
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
                return Err(Error::invalid("text", keep_under(MAX_REFLECTION_CHARS)));
            }
            A::Reflection { text }
        }
        (Exercise::Scale(e), A::Scale { value }) => {
            if !(e.min..=e.max).contains(&value) {
                return Err(Error::invalid(
                    "value",
                    Reason::with(
                        "curriculum-pick-a-number",
                        [("min", e.min.into()), ("max", e.max.into())],
                    ),
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
                return Err(Error::invalid(
                    "indices",
                    Reason::with("curriculum-pick-at-most", [("max", max.into())]),
                ));
            }
            A::MultiChoice { indices }
        }
        (Exercise::Emotions(e), A::Emotions { ids }) => {
            let max = emotion_max(e) as usize;
            if ids.len() > max {
                return Err(Error::invalid(
                    "ids",
                    Reason::with("curriculum-pick-at-most-words", [("max", max.into())]),
                ));
            }
            let mut seen = HashSet::new();
            for id in &ids {
                let offered = pack.emotion(id).is_some()
                    && e.words.as_ref().is_none_or(|only| only.contains(id));
                if !offered {
                    return Err(Error::invalid(
                        "ids",
                        Reason::new("curriculum-pick-shown-words"),
                    ));
                }
                if !seen.insert(id) {
                    return Err(Error::invalid("ids", Reason::new("curriculum-word-once")));
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
                    Reason::with(
                        "curriculum-breaths-in-exercise",
                        [("breaths", e.cycles.into())],
                    ),
                ));
            }
            A::Breathing { cycles_done }
        }
        (Exercise::BodyScan(e), A::BodyScan { regions_done }) => {
            if regions_done as usize > e.regions.len() {
                return Err(Error::invalid(
                    "regions_done",
                    Reason::with(
                        "curriculum-regions-in-scan",
                        [("regions", e.regions.len().into())],
                    ),
                ));
            }
            A::BodyScan { regions_done }
        }
        (Exercise::Plan(e), A::Plan { fields }) => {
            for (id, value) in &fields {
                if !e.fields.iter().any(|f| f.id == *id) {
                    return Err(Error::invalid(
                        "fields",
                        Reason::new("curriculum-field-not-in-plan"),
                    ));
                }
                if value.chars().count() > MAX_PLAN_FIELD_CHARS {
                    return Err(Error::invalid(
                        "fields",
                        Reason::with(
                            "curriculum-keep-each-under",
                            [("limit", MAX_PLAN_FIELD_CHARS.into())],
                        ),
                    ));
                }
            }
            A::Plan { fields }
        }
        (Exercise::Commitment(_), A::Commitment { text }) => {
            if text.chars().count() > MAX_COMMITMENT_CHARS {
                return Err(Error::invalid("text", keep_under(MAX_COMMITMENT_CHARS)));
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

/// One line saying what he did, for the completion screen, in `language` (`None` when he
/// skipped it).
pub(crate) fn what_he_did(
    language: Language,
    exercise: &Exercise,
    answer: &ExerciseAnswer,
) -> Option<String> {
    use ExerciseAnswer as A;
    if !is_complete(answer) {
        return None;
    }
    let count = |id: &str, name: &str, n: usize| language.say_with(id, &[(name, n.into())]);
    Some(match (exercise, answer) {
        (Exercise::Reflection(_), _) => language.say("curriculum-did-reflection"),
        (Exercise::Scale(e), A::Scale { value }) => language.say_with(
            "curriculum-did-rate",
            &[("value", (*value).into()), ("max", e.max.into())],
        ),
        (Exercise::Choice(e), A::Choice { index }) => language.say_with(
            "curriculum-did-choose",
            &[(
                "option",
                e.options
                    .get(*index as usize)
                    .map_or("", String::as_str)
                    .into(),
            )],
        ),
        (Exercise::MultiChoice(_), A::MultiChoice { indices }) => {
            count("curriculum-did-pick-options", "options", indices.len())
        }
        (Exercise::Emotions(_), A::Emotions { ids }) => {
            count("curriculum-did-name-feelings", "feelings", ids.len())
        }
        (Exercise::Checklist(_), A::Checklist { checked }) => {
            count("curriculum-did-tick-items", "items", checked.len())
        }
        (Exercise::Breathing(_), A::Breathing { cycles_done }) => language.say_with(
            "curriculum-did-breathe",
            &[("breaths", (*cycles_done).into())],
        ),
        (Exercise::BodyScan(_), A::BodyScan { .. }) => language.say("curriculum-did-body-scan"),
        (Exercise::Plan(e), _) => language.say_with(
            "curriculum-did-build",
            &[("title", e.title.as_str().into())],
        ),
        (Exercise::Commitment(_), _) => language.say("curriculum-did-commit"),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The first exercise of `kind` in `pack`.
    fn first<'p>(pack: &'p Pack, kind: &str) -> &'p Exercise {
        pack.modules
            .iter()
            .flat_map(|m| &m.steps)
            .filter_map(|s| s.exercise.as_ref())
            .find(|e| e.kind() == kind)
            .expect("the pack has one")
    }

    #[test]
    fn what_he_did_is_said_in_french_with_plurals_with_the_french_pack() {
        let pack = crate::curriculum::french_pack();
        let french = Language::of_pack(&pack.manifest.locale);
        let emotions = first(pack, "emotions");
        let named = |language, n: usize| {
            let ids = pack.emotions.iter().take(n).map(|e| e.id.clone()).collect();
            what_he_did(language, emotions, &ExerciseAnswer::Emotions { ids })
        };
        assert_eq!(named(french, 1).as_deref(), Some("Tu as nommé 1 émotion"));
        assert_eq!(named(french, 2).as_deref(), Some("Tu as nommé 2 émotions"));
        assert_eq!(
            named(Language::ENGLISH, 1).as_deref(),
            Some("Named 1 feeling")
        );
        assert_eq!(
            named(Language::ENGLISH, 2).as_deref(),
            Some("Named 2 feelings")
        );
        assert_eq!(named(french, 0), None, "nothing picked is nothing done");
        let breathing = first(pack, "breathing");
        assert_eq!(
            what_he_did(
                french,
                breathing,
                &ExerciseAnswer::Breathing { cycles_done: 4 }
            )
            .as_deref(),
            Some("Tu as pratiqué 4 respirations lentes")
        );
        let Exercise::Plan(plan) = first(pack, "plan") else {
            panic!("a plan");
        };
        let answer = ExerciseAnswer::Plan {
            fields: [(plan.fields[0].id.clone(), "x".to_owned())].into(),
        };
        assert_eq!(
            what_he_did(french, first(pack, "plan"), &answer),
            Some(format!("Tu as rempli «\u{a0}{}\u{a0}»", plan.title))
        );
    }

    #[test]
    fn an_answer_that_breaks_a_rule_says_which_in_french_with_plurals() {
        let pack = crate::curriculum::french_pack();
        let french = Language::of_pack(&pack.manifest.locale);
        let reason = |exercise, answer| match check(exercise, pack, answer) {
            Err(Error::InvalidInput { reason, .. }) => (reason.say(french), reason.to_string()),
            other => panic!("refused: {other:?}"),
        };
        let breathing = first(pack, "breathing");
        let Exercise::Breathing(b) = breathing else {
            panic!("breathing");
        };
        let (fr, en) = reason(
            breathing,
            ExerciseAnswer::Breathing {
                cycles_done: b.cycles + 1,
            },
        );
        assert_eq!(fr, format!("cet exercice a {} respirations", b.cycles));
        assert_eq!(en, format!("this exercise has {} breaths", b.cycles));
        let (fr, en) = reason(breathing, ExerciseAnswer::Scale { value: 1 });
        assert_eq!(fr, "l'exercice de cette étape est une respiration");
        assert_eq!(en, "this step's exercise is a breathing exercise");
        let (fr, en) = reason(
            first(pack, "reflection"),
            ExerciseAnswer::Reflection {
                text: "x".repeat(MAX_REFLECTION_CHARS + 1),
            },
        );
        assert_eq!(fr, "écris moins de 10000 caractères");
        assert_eq!(en, "keep it under 10000 characters");
    }
}
