//! Export: everything he wrote, in files he can read and keep. JSON holds it all (schema in
//! `docs/export.md`, versioned by `version`); Markdown holds the journal for reading; CSV holds
//! the check-ins for a spreadsheet. The JSON keys and CSV headers are a machine format and stay
//! as they are in every language; the Markdown's own words are for him, in the pack's language.

use groundwork_pack::Pack;
use rusqlite::Connection;

use crate::anger::{self, AngerMoment};
use crate::base::error::LockKind;
use crate::base::error::{Error, Result};
use crate::base::text::Language;
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
    /// A suggested file name, e.g. "groundwork-2026-11-22.json" ("notes-2026-11-22.json" in
    /// discreet mode).
    pub file_name: String,
    /// The MIME type, e.g. "application/json".
    pub mime_type: String,
    /// The file's contents (UTF-8 text).
    pub contents: String,
}

/// What the export screen shows before a plain file is made.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExportScreen {
    /// The heading.
    pub title: String,
    /// Said plainly, before anything is made: the file is not encrypted, and what that means.
    pub not_encrypted: String,
    /// The kinds of file he can choose, in order.
    pub choices: Vec<ExportChoice>,
    /// Set when an app lock is set: exporting asks for its PIN or passphrase (a number pad for a
    /// PIN).
    pub secret_kind: Option<LockKind>,
    /// The secret field's prompt, when `secret_kind` is set.
    pub secret_prompt: Option<String>,
    /// The help now button, in the same place as on every screen.
    pub help: crate::safety::help::HelpButton,
}

/// One kind of export file to choose.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExportChoice {
    /// Which file.
    pub format: ExportFormat,
    /// Its button, e.g. "Everything (JSON)".
    pub label: String,
}

/// What came of asking for a plain export.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum ExportOutcome {
    /// The file, ready to save or share.
    Exported {
        /// The file.
        file: ExportFile,
    },
    /// An app lock is set and no PIN or passphrase came with the request: ask for it (as the
    /// screen says) and export again with it. Nothing was made.
    SecretNeeded {
        /// A number pad for a PIN, a keyboard for a passphrase.
        kind: LockKind,
        /// What to ask.
        message: String,
    },
    /// The PIN or passphrase did not match (counted as a wrong attempt, with the lock screen's
    /// waits), or it is too soon after wrong attempts to try. Nothing was made.
    NotExported {
        /// What to show, with the wait in words.
        message: String,
        /// The next attempt is not allowed before this time, if he must wait.
        retry_after: Option<crate::base::ffi_types::Timestamp>,
    },
    /// That was the last wrong attempt he opted in to: everything was erased, as on the lock
    /// screen. Close this Groundwork and start again.
    Erased {
        /// What to show.
        message: String,
    },
}

impl ExportOutcome {
    /// The file, when one was made.
    pub fn into_file(self) -> Option<ExportFile> {
        match self {
            ExportOutcome::Exported { file } => Some(file),
            _ => None,
        }
    }
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

/// Builds an export file; the Markdown's own words are in the language of `pack`.
pub(crate) fn export(
    conn: &Connection,
    pack: &Pack,
    format: ExportFormat,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<ExportFile> {
    // The day he is living, as on everything he wrote (an export at 01:00 is dated the evening
    // before).
    let day = crate::base::days::lived_day_key(now);
    let discreet = crate::reminders::discreet_on(conn)?;
    let name = |holds: Option<&str>, extension: &str| {
        crate::reminders::shared_file_name(discreet, holds, &day, extension)
    };
    match format {
        ExportFormat::Json => {
            let docs = documents::all(conn, pack)?;
            let everything = Everything {
                format: "groundwork-export",
                version: EXPORT_VERSION,
                exported_at: now.to_rfc3339(),
                core_version: env!("CARGO_PKG_VERSION"),
                region: crate::store::setting(conn, crate::store::Setting::Region)?,
                check_ins: checkins::all(
                    conn,
                    crate::base::text::Language::of_pack(&pack.manifest.locale),
                )?,
                anger_moments: anger::all(conn)?,
                journal_entries: journal::all(conn)?,
                own_prompts: journal::own_prompts(conn)?,
                living_documents: docs.iter().filter(|d| d.started).collect(),
                curriculum: crate::curriculum::export_json(conn)?,
            };
            Ok(ExportFile {
                file_name: name(None, "json"),
                mime_type: "application/json".to_owned(),
                contents: serde_json::to_string_pretty(&everything)
                    .map_err(|_| Error::Internal("the export could not be written"))?,
            })
        }
        ExportFormat::Markdown => {
            let language = Language::of_pack(&pack.manifest.locale);
            let mut out = format!("# {}\n", language.say("export-journal-heading"));
            let mut last_day = None;
            for entry in journal::all(conn)? {
                if last_day != Some(entry.local_day) {
                    out.push_str(&format!("\n## {}\n", entry.local_day));
                    last_day = Some(entry.local_day);
                }
                // Each entry under its own heading: the time on his clock when he wrote it.
                out.push_str(&format!("\n### {}\n\n", entry_time(&entry)));
                if let Some(prompt) = &entry.prompt_text {
                    out.push_str(&format!("> {prompt}\n\n"));
                }
                out.push_str(&entry.body);
                out.push('\n');
                if !entry.tags.is_empty() {
                    let tags =
                        language.say_with("export-tags", &[("tags", entry.tags.join(", ").into())]);
                    out.push_str(&format!("\n{tags}\n"));
                }
            }
            Ok(ExportFile {
                file_name: name(Some("journal"), "md"),
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
            for c in checkins::all(
                conn,
                crate::base::text::Language::of_pack(&pack.manifest.locale),
            )? {
                writer
                    .write_record([
                        c.recorded_at.to_rfc3339(),
                        c.local_day.to_string(),
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
                file_name: name(Some("check-ins"), "csv"),
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

/// When an entry was written, as the clock on his wall said it then ("21:05").
fn entry_time(entry: &JournalEntry) -> String {
    use chrono::Offset;
    let offset = chrono::FixedOffset::east_opt(entry.utc_offset_minutes.saturating_mul(60))
        .unwrap_or_else(|| chrono::Utc.fix());
    entry
        .created_at
        .with_timezone(&offset)
        .format("%H:%M")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn french_pack() -> Pack {
        (*crate::content::french_for_tests()).clone()
    }

    #[test]
    fn the_journal_in_markdown_has_its_headings_in_french_with_the_french_pack() {
        let (_dir, store) = crate::store::scratch();
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-03T21:05:00-05:00").expect("time");
        store
            .write(|tx| {
                journal::write(
                    tx,
                    journal::JournalEntryInput {
                        body: "Une bonne soirée.".to_owned(),
                        tags: vec!["famille".to_owned(), "travail".to_owned()],
                        prompt_id: None,
                    },
                    &[],
                    now,
                )
            })
            .expect("written");
        let markdown = |pack: &Pack| {
            store
                .read(|conn| export(conn, pack, ExportFormat::Markdown, now))
                .expect("exported")
                .contents
        };
        let english = markdown(crate::content::default_pack().expect("built in"));
        assert!(english.starts_with("# Journal\n"), "{english}");
        assert!(english.contains("\nTags: famille, travail\n"), "{english}");
        let french = markdown(&french_pack());
        assert!(french.starts_with("# Mon journal\n"), "{french}");
        assert!(
            french.contains("\nÉtiquettes\u{a0}: famille, travail\n"),
            "{french}"
        );
        assert!(
            french.contains("### 21:05"),
            "the time stays as the clock said it"
        );
        // The CSV's headers are a machine format: the same in every language.
        let csv = store
            .read(|conn| export(conn, &french_pack(), ExportFormat::Csv, now))
            .expect("exported");
        assert!(
            csv.contents.starts_with("recorded_at,local_day,"),
            "{}",
            csv.contents
        );
    }
}
