//! Export: everything he wrote, in files he can read and keep. JSON holds it all (schema in
//! `docs/export.md`, versioned by `version`); Markdown holds the journal for reading; CSV holds
//! the check-ins for a spreadsheet.

use groundwork_pack::Pack;
use rusqlite::Connection;

use crate::anger::{self, AngerMoment};
use crate::base::error::{Error, Result};
use crate::checkins::{self, CheckIn};
use crate::documents::{self, LivingDocument};
use crate::journal::{self, JournalEntry, OwnPrompt};

/// The export format's version. Raise it when a field changes meaning or goes away; adding a
/// field keeps the version.
pub const EXPORT_VERSION: u32 = 2;

/// Which kind of file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ExportFormat {
    /// Everything, as JSON.
    Json,
    /// The journal, as Markdown.
    Markdown,
    /// The check-ins, as CSV.
    Csv,
}

/// An export ready to save or share.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExportFile {
    /// A suggested file name, e.g. "groundwork-2026-11-22.json".
    pub file_name: String,
    /// The MIME type, e.g. "application/json".
    pub mime_type: String,
    /// The file's contents (UTF-8 text).
    pub contents: String,
}

#[derive(serde::Serialize)]
struct Everything<'a> {
    format: &'static str,
    version: u32,
    exported_at: String,
    core_version: &'static str,
    region: Option<String>,
    check_ins: Vec<CheckIn>,
    anger_moments: Vec<AngerMoment>,
    journal_entries: Vec<JournalEntry>,
    own_prompts: Vec<OwnPrompt>,
    living_documents: Vec<&'a LivingDocument>,
    curriculum: serde_json::Value,
}

/// Builds an export file.
pub(crate) fn export(
    conn: &Connection,
    pack: &Pack,
    format: ExportFormat,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<ExportFile> {
    // The day he is living, as on everything he wrote (an export at 01:00 is dated the evening
    // before).
    let day = crate::base::days::lived_day_key(now);
    match format {
        ExportFormat::Json => {
            let docs = documents::all(conn, pack)?;
            let everything = Everything {
                format: "groundwork-export",
                version: EXPORT_VERSION,
                exported_at: now.to_rfc3339(),
                core_version: env!("CARGO_PKG_VERSION"),
                region: crate::store::setting(conn, crate::store::Setting::Region)?,
                check_ins: checkins::all(conn)?,
                anger_moments: anger::all(conn)?,
                journal_entries: journal::all(conn)?,
                own_prompts: journal::own_prompts(conn)?,
                living_documents: docs.iter().filter(|d| d.started).collect(),
                curriculum: crate::curriculum::export_json(conn)?,
            };
            Ok(ExportFile {
                file_name: format!("groundwork-{day}.json"),
                mime_type: "application/json".to_owned(),
                contents: serde_json::to_string_pretty(&everything)
                    .map_err(|_| Error::Internal("the export could not be written"))?,
            })
        }
        ExportFormat::Markdown => {
            let mut out = String::from("# Journal\n");
            let mut last_day = String::new();
            for entry in journal::all(conn)? {
                if entry.local_day != last_day {
                    out.push_str(&format!("\n## {}\n", entry.local_day));
                    last_day.clone_from(&entry.local_day);
                }
                out.push('\n');
                if let Some(prompt) = &entry.prompt_text {
                    out.push_str(&format!("> {prompt}\n\n"));
                }
                out.push_str(&entry.body);
                out.push('\n');
                if !entry.tags.is_empty() {
                    out.push_str(&format!("\nTags: {}\n", entry.tags.join(", ")));
                }
            }
            Ok(ExportFile {
                file_name: format!("groundwork-journal-{day}.md"),
                mime_type: "text/markdown".to_owned(),
                contents: out,
            })
        }
        ExportFormat::Csv => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            let csv_error = |_| Error::Internal("the export could not be written");
            writer
                .write_record([
                    "recorded_at",
                    "local_day",
                    "utc_offset_minutes",
                    "pleasantness",
                    "energy",
                    "quadrant",
                    "emotions",
                    "own_words",
                    "anger",
                    "stress",
                    "hours_slept",
                    "tags",
                    "note",
                ])
                .map_err(csv_error)?;
            let opt = |v: Option<i32>| v.map(|n| n.to_string()).unwrap_or_default();
            for c in checkins::all(conn)? {
                writer
                    .write_record([
                        c.recorded_at.to_rfc3339(),
                        c.local_day.clone(),
                        c.utc_offset_minutes.to_string(),
                        c.pleasantness.to_string(),
                        c.energy.to_string(),
                        c.quadrant_label.clone(),
                        text_cell(&c.emotion_words.join("; ")),
                        text_cell(&c.own_words.join("; ")),
                        opt(c.anger),
                        opt(c.stress),
                        c.hours_slept.map(|h| format!("{h:.2}")).unwrap_or_default(),
                        text_cell(&c.tags.join("; ")),
                        text_cell(c.note.as_deref().unwrap_or_default()),
                    ])
                    .map_err(csv_error)?;
            }
            let bytes = writer
                .into_inner()
                .map_err(|_| Error::Internal("the export could not be written"))?;
            Ok(ExportFile {
                file_name: format!("groundwork-check-ins-{day}.csv"),
                mime_type: "text/csv".to_owned(),
                contents: String::from_utf8(bytes)
                    .map_err(|_| Error::Internal("the export could not be written"))?,
            })
        }
    }
}

/// A cell of text he wrote, safe to open in a spreadsheet: one starting with `=`, `+`, `-`, `@`
/// (or a tab or carriage return) would be run as a formula, so it gets a leading `'`, which
/// spreadsheets show as text. Numbers are written by the export itself and never pass here.
fn text_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}
