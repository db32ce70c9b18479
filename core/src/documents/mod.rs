//! Living documents: plans he fills in once and keeps editing, outside the module that built
//! them: the values list, the warning signs, the pause plan, the dad plan, the safety plan.
//!
//! A document's fields are defined by the pack (a module's `plan` exercise, or the safety
//! plan's steps); what he wrote is stored by field id, so renaming a label in a newer pack
//! keeps his words.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, FixedOffset, Utc};
use groundwork_pack::{Exercise, Pack};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::base::error::{Error, Reason, Result};
use crate::base::ffi_types::Timestamp;
use crate::base::rows::timestamp;
use crate::base::text::Language;
use crate::base::validate;

/// The id of the safety plan document.
pub const SAFETY_PLAN: &str = "safety-plan";
/// The id of the pause plan document.
pub const PAUSE_PLAN: &str = "pause-plan";
/// Longest answer in one field, in characters.
pub const MAX_FIELD_CHARS: usize = 2_000;

/// One field of a living document.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct DocumentField {
    /// Stable id, to send back when saving.
    pub id: String,
    /// The question or label shown.
    pub label: String,
    /// A hint or example, if any.
    pub hint: Option<String>,
    /// What he wrote ("" if nothing yet).
    pub value: String,
}

/// A living document, ready to show or edit.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct LivingDocument {
    /// The document's id, e.g. "pause-plan".
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its fields, in order.
    pub fields: Vec<DocumentField>,
    /// Whether any field has been filled in.
    pub started: bool,
    /// When he last saved it.
    pub updated_at: Option<Timestamp>,
    /// The plan read aloud: its title, then each part he has filled in with what he wrote (or
    /// the parts to fill in, when nothing is written yet); the pause plan's safeguards after
    /// it, every time.
    pub spoken: String,
    /// A guided exercise offered with the plan, timed by the core: the pack's grounding
    /// exercise with the pause plan; empty for the others.
    pub cues: Vec<crate::speech::SpokenCue>,
}

/// What the pack says a document holds: title, and (id, label, hint) per field.
pub(crate) struct Definition {
    pub title: String,
    pub fields: Vec<(String, String, Option<String>)>,
}

/// Every document the pack defines, in pack order.
pub(crate) fn definitions(pack: &Pack) -> Vec<(String, Definition)> {
    let mut out: Vec<(String, Definition)> = Vec::new();
    for module in &pack.modules {
        for step in &module.steps {
            if let Some(Exercise::Plan(plan)) = &step.exercise
                && !out.iter().any(|(id, _)| *id == plan.document)
            {
                out.push((
                    plan.document.clone(),
                    Definition {
                        title: plan.title.clone(),
                        fields: plan
                            .fields
                            .iter()
                            .map(|f| (f.id.clone(), f.label.clone(), f.hint.clone()))
                            .collect(),
                    },
                ));
            }
        }
    }
    if let Some(def) = safety_plan_definition(pack) {
        out.push((SAFETY_PLAN.to_owned(), def));
    }
    out
}

/// The safety plan's definition, from the pack's safety section, its title and the words
/// around the examples in the pack's language.
fn safety_plan_definition(pack: &Pack) -> Option<Definition> {
    let steps = &pack.safety.safety_plan;
    let language = Language::of_pack(&pack.manifest.locale);
    (!steps.is_empty()).then(|| Definition {
        title: language.say("safety-plan-title"),
        fields: steps
            .iter()
            .map(|s| {
                let hint = if s.examples.is_empty() {
                    s.prompt.clone()
                } else {
                    language.say_with(
                        "safety-plan-hint",
                        &[
                            ("prompt", s.prompt.as_str().into()),
                            ("examples", s.examples.join("; ").into()),
                        ],
                    )
                };
                (s.id.clone(), s.title.clone(), Some(hint))
            })
            .collect(),
    })
}

fn definition(pack: &Pack, id: &str) -> Result<Definition> {
    definitions(pack)
        .into_iter()
        .find(|(doc, _)| doc == id)
        .map(|(_, def)| def)
        .ok_or(Error::NotFound { what: "document" })
}

fn stored(conn: &Connection, id: &str) -> Result<Option<(BTreeMap<String, String>, i64)>> {
    let row: Option<(String, i64)> = conn
        .query_row(
            "SELECT fields, updated_at FROM living_documents WHERE id = ?1",
            [id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    row.map(|(json, at)| {
        serde_json::from_str(&json)
            .map(|fields| (fields, at))
            .map_err(|_| Error::Internal("a stored document is malformed"))
    })
    .transpose()
}

/// A document with what he wrote in it.
pub(crate) fn get(conn: &Connection, pack: &Pack, id: &str) -> Result<LivingDocument> {
    let def = definition(pack, id)?;
    let stored = stored(conn, id)?;
    let values = stored.as_ref().map(|(v, _)| v.clone()).unwrap_or_default();
    let fields: Vec<DocumentField> = def
        .fields
        .into_iter()
        .map(|(field, label, hint)| DocumentField {
            value: values.get(&field).cloned().unwrap_or_default(),
            id: field,
            label,
            hint,
        })
        .collect();
    let region = crate::store::setting(conn, crate::store::Setting::Region)?;
    let started = fields.iter().any(|f| !f.value.trim().is_empty());
    Ok(LivingDocument {
        spoken: spoken(pack, id, &def.title, &fields, started, region.as_deref()),
        cues: match (id, &pack.safety.grounding) {
            (PAUSE_PLAN, Some(g)) => {
                crate::speech::cues::grounding(g, Language::of_pack(&pack.manifest.locale))
            }
            _ => Vec::new(),
        },
        id: id.to_owned(),
        title: def.title,
        started,
        fields,
        updated_at: stored.map(|(_, at)| timestamp(at)).transpose()?,
    })
}

/// A plan read aloud in the pack's language: what he wrote in each part, or the parts to fill
/// in; the pause plan's safeguards after it.
fn spoken(
    pack: &Pack,
    id: &str,
    title: &str,
    fields: &[DocumentField],
    started: bool,
    region: Option<&str>,
) -> String {
    use crate::speech::{join, sentence};
    let language = Language::of_pack(&pack.manifest.locale);
    let say = |text: &str| crate::speech::say(text, region, language);
    let mut parts = vec![say(title)];
    if started {
        for field in fields.iter().filter(|f| !f.value.trim().is_empty()) {
            let label = say(&field.label);
            let label = label.trim_end_matches(['.', ':', '?']);
            parts.push(language.say_with(
                "safety-plan-spoken-part",
                &[
                    ("label", label.into()),
                    ("text", sentence(&say(&field.value)).into()),
                ],
            ));
        }
    } else {
        parts.push(language.say("safety-plan-spoken-empty"));
        parts.extend(fields.iter().map(|f| say(&f.label)));
    }
    if id == PAUSE_PLAN && !pack.safety.pause_safeguards.is_empty() {
        parts.push(language.say("safety-plan-spoken-safeguards"));
        parts.extend(pack.safety.pause_safeguards.iter().map(|s| say(s)));
    }
    join(parts)
}

/// Every document the pack defines, with what he wrote.
pub(crate) fn all(conn: &Connection, pack: &Pack) -> Result<Vec<LivingDocument>> {
    definitions(pack)
        .into_iter()
        .map(|(id, _)| get(conn, pack, &id))
        .collect()
}

/// Saves the given fields (others keep their values; an empty value clears a field).
///
/// Errors: `NotFound` for a document the pack does not define; `InvalidInput` for a field the
/// document does not have or an answer over 2,000 characters.
pub(crate) fn save(
    tx: &Transaction<'_>,
    pack: &Pack,
    id: &str,
    values: HashMap<String, String>,
    now: DateTime<FixedOffset>,
) -> Result<LivingDocument> {
    let def = definition(pack, id)?;
    let mut current = stored(tx, id)?.map(|(v, _)| v).unwrap_or_default();
    for (field, value) in values {
        if !def.fields.iter().any(|(f, _, _)| *f == field) {
            return Err(Error::invalid(
                "fields",
                Reason::new("safety-plan-unknown-field"),
            ));
        }
        if value.trim().is_empty() {
            current.remove(&field);
        } else {
            current.insert(
                field,
                validate::required_text("fields", value, MAX_FIELD_CHARS)?,
            );
        }
    }
    let json = serde_json::to_string(&current)
        .map_err(|_| Error::Internal("a document could not be stored"))?;
    tx.execute(
        "INSERT INTO living_documents (id, fields, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET fields = excluded.fields, updated_at = excluded.updated_at",
        params![id, json, now.with_timezone(&Utc).timestamp_millis()],
    )?;
    get(tx, pack, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn french_pack() -> Pack {
        (*crate::content::french_for_tests()).clone()
    }

    #[test]
    fn the_safety_plan_is_titled_and_read_in_french_with_the_french_pack() {
        let french = french_pack();
        let (_dir, store) = crate::store::scratch();
        let plan = store
            .read(|conn| get(conn, &french, SAFETY_PLAN))
            .expect("the safety plan");
        assert_eq!(plan.title, "Mon plan de sécurité");
        assert!(
            plan.fields[0]
                .hint
                .as_deref()
                .is_some_and(|h| h.contains("\u{a0}: Je ne réponds plus aux textos; ")),
            "{:?}",
            plan.fields[0].hint
        );
        assert!(
            plan.spoken.starts_with(
                "Mon plan de sécurité.\nRien n'est écrit dedans pour l'instant. Voici ses parties.\n\
                 Mes signes avant-coureurs."
            ),
            "{}",
            plan.spoken
        );
        let now = chrono::DateTime::parse_from_rfc3339("2026-12-06T21:00:00-05:00").expect("time");
        let saved = store
            .write(|tx| {
                save(
                    tx,
                    &french,
                    SAFETY_PLAN,
                    HashMap::from([("warning-signs".to_owned(), "je serre les poings".to_owned())]),
                    now,
                )
            })
            .expect("saved");
        assert!(
            saved
                .spoken
                .ends_with("\nMes signes avant-coureurs\u{a0}: Je serre les poings."),
            "{}",
            saved.spoken
        );
        let english = crate::content::default_pack().expect("built in");
        let plan = store
            .read(|conn| get(conn, english, SAFETY_PLAN))
            .expect("the safety plan");
        assert_eq!(plan.title, "My safety plan");
        let refused = store
            .write(|tx| {
                save(
                    tx,
                    &french,
                    SAFETY_PLAN,
                    HashMap::from([("no-such-field".to_owned(), "x".to_owned())]),
                    now,
                )
            })
            .expect_err("no such field");
        match refused {
            Error::InvalidInput { reason, .. } => assert_eq!(
                reason.say(Language::of_pack("fr-CA")),
                "ce champ ne fait pas partie de ce document"
            ),
            other => panic!("{other:?}"),
        }
    }
}
