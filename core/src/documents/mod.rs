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

use crate::base::error::{Error, Result};
use crate::base::ffi_types::Timestamp;
use crate::base::rows::timestamp;
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

/// The safety plan's definition, from the pack's safety section.
fn safety_plan_definition(pack: &Pack) -> Option<Definition> {
    let steps = &pack.safety.safety_plan;
    (!steps.is_empty()).then(|| Definition {
        title: "My safety plan".to_owned(),
        fields: steps
            .iter()
            .map(|s| {
                let hint = if s.examples.is_empty() {
                    s.prompt.clone()
                } else {
                    format!("{} For example: {}.", s.prompt, s.examples.join("; "))
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
            (PAUSE_PLAN, Some(g)) => crate::speech::cues::grounding(g),
            _ => Vec::new(),
        },
        id: id.to_owned(),
        title: def.title,
        started,
        fields,
        updated_at: stored.map(|(_, at)| timestamp(at)).transpose()?,
    })
}

/// A plan read aloud: what he wrote in each part, or the parts to fill in; the pause plan's
/// safeguards after it.
fn spoken(
    pack: &Pack,
    id: &str,
    title: &str,
    fields: &[DocumentField],
    started: bool,
    region: Option<&str>,
) -> String {
    use crate::speech::{join, say, sentence};
    let mut parts = vec![say(title, region)];
    if started {
        for field in fields.iter().filter(|f| !f.value.trim().is_empty()) {
            let label = say(&field.label, region);
            let label = label.trim_end_matches(['.', ':', '?']);
            parts.push(format!("{label}: {}", sentence(&say(&field.value, region))));
        }
    } else {
        parts.push("Nothing written in it yet. These are its parts".to_owned());
        parts.extend(fields.iter().map(|f| say(&f.label, region)));
    }
    if id == PAUSE_PLAN && !pack.safety.pause_safeguards.is_empty() {
        parts.push("Every time you take a pause".to_owned());
        parts.extend(pack.safety.pause_safeguards.iter().map(|s| say(s, region)));
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
                "that field is not part of this document",
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
