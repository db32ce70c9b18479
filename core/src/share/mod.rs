//! Sharing with a counsellor: he picks a span of days and what to include, sees a preview of
//! exactly what the report will hold, and only then makes the report, as one HTML file (with
//! SVG charts, ready to print to PDF) or as Markdown.
//!
//! Nothing is included unless he chose it: check-in trends (each day's average beside its
//! highest reading), journal entries one by one, completed modules, living documents one by
//! one, and the anger log (off unless he turns it on: when, how strong, what he did, and
//! putting it right; never what happened, his body's cues or his thoughts). Nothing is sent anywhere: the report is a
//! file handed back to the shell, which offers to save or share it.

mod chart;
mod render;
mod text;

pub(crate) use render::preview;

use std::collections::HashSet;

use chrono::NaiveDate;
use groundwork_pack::Pack;
use rusqlite::Connection;
use uuid::Uuid;

use crate::anger::AngerMoment;
use crate::base::error::{Error, Reason, Result};
use crate::base::ffi_types::Day;
use crate::base::text::Language;
use crate::documents::{self, LivingDocument};
use crate::export::ExportFile;
use crate::insights::{self, SpanTrends};
use crate::journal::{self, JournalEntry};

/// The longest span a report may cover, in days (about five years).
pub const MAX_SHARE_DAYS: i64 = 1_830;
/// The most journal entries one report may hold.
pub const MAX_SHARED_ENTRIES: usize = 200;
/// The most living documents one report may hold.
pub const MAX_SHARED_DOCUMENTS: usize = 20;

/// What he chose to put in a report for his counsellor. Nothing is included unless chosen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ShareSelection {
    /// The first local day the report covers.
    pub from_day: Day,
    /// The last local day the report covers, on or after `from_day`.
    pub to_day: Day,
    /// Include the check-in trends (pleasantness, energy, anger, stress) for those days.
    pub include_trends: bool,
    /// The journal entries to include, each written within the days covered.
    pub journal_entry_ids: Vec<Uuid>,
    /// Include the modules completed within the days covered.
    pub include_completed_modules: bool,
    /// The living documents to include, e.g. "safety-plan".
    pub living_document_ids: Vec<String>,
    /// Include the anger log for those days: for each moment when, how strong, what he did and
    /// whether it needed putting right. Off unless he turns it on.
    #[uniffi(default = false)]
    pub include_anger_log: bool,
}

/// Which kind of report file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ShareFormat {
    /// One self-contained HTML page with SVG charts, for reading or printing to PDF.
    Html,
    /// Plain Markdown, with the trends as a small table.
    Markdown,
}

/// A module he finished, as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct CompletedModule {
    /// The module's title.
    pub module_title: String,
    /// The title of the phase it belongs to.
    pub phase_title: String,
    /// The local day he completed it.
    pub completed_day: Day,
}

/// A part of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ShareSectionKind {
    /// Check-in trends.
    Trends,
    /// Chosen journal entries.
    JournalEntries,
    /// Modules completed in the span.
    CompletedModules,
    /// Chosen living documents.
    LivingDocuments,
    /// The anger log of the span.
    AngerLog,
}

/// One line of a preview section.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct SharePreviewItem {
    /// The main text: an entry's day, a module's or document's title.
    pub label: String,
    /// More: an entry's first line, a module's phase and day; `None` when there is nothing more.
    pub detail: Option<String>,
}

/// One part of the report, as the preview lists it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct SharePreviewSection {
    /// Which part.
    pub kind: ShareSectionKind,
    /// Its heading, e.g. "Journal entries".
    pub title: String,
    /// A sentence saying what it holds, e.g. "3 entries".
    pub summary: String,
    /// How many things it holds (check-ins for trends).
    pub count: u32,
    /// What it holds, one line each (empty for trends).
    pub items: Vec<SharePreviewItem>,
}

/// Exactly what a report would hold, to show before it is made.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct SharePreview {
    /// The heading, e.g. "Report for 1 Nov 2026 to 22 Nov 2026".
    pub title: String,
    /// `true` when nothing is chosen yet: show `message` and do not offer to make the report.
    pub nothing_chosen: bool,
    /// The parts of the report, in order; empty when nothing is chosen.
    pub sections: Vec<SharePreviewSection>,
    /// A plain sentence to show under the sections (or alone when nothing is chosen).
    pub message: String,
}

/// Everything a report holds, gathered and checked. The renderers only format it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Report {
    /// The language its words, days and numbers are said in: the pack's it was gathered with.
    pub language: Language,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub trends: Option<SpanTrends>,
    pub entries: Vec<JournalEntry>,
    /// `None` when not chosen; `Some(empty)` when chosen and there are none in the span.
    pub modules: Option<Vec<CompletedModule>>,
    pub documents: Vec<LivingDocument>,
    /// `None` when not chosen; `Some(empty)` when chosen and none was logged in the span.
    pub anger: Option<Vec<AngerMoment>>,
}

impl Report {
    fn nothing_chosen(&self) -> bool {
        self.trends.is_none()
            && self.entries.is_empty()
            && self.modules.is_none()
            && self.documents.is_empty()
            && self.anger.is_none()
    }
}

/// The modules he completed from `from` to `to` (inclusive), oldest first, from the curriculum
/// progress store. A module a newer pack dropped keeps the title it had.
fn completed_modules_between(
    conn: &Connection,
    pack: &Pack,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<CompletedModule>> {
    Ok(crate::curriculum::completed_between(conn, pack, from, to)?
        .into_iter()
        .map(
            |(module_title, phase_title, completed_day)| CompletedModule {
                module_title,
                phase_title,
                completed_day,
            },
        )
        .collect())
}

/// Checks the selection and gathers everything it names, in one read; the report is in the
/// language of `pack`.
///
/// Errors: `InvalidInput` for a bad or reversed date, a span over [`MAX_SHARE_DAYS`], too many
/// entries or documents, or an entry written outside the span; `NotFound` for an unknown
/// journal entry or living document.
pub(crate) fn gather(conn: &Connection, pack: &Pack, selection: &ShareSelection) -> Result<Report> {
    use crate::base::days::day_key;
    let (from, to) = (selection.from_day, selection.to_day);
    if to < from {
        return Err(Error::invalid(
            "to_day",
            Reason::new("share-rule-day-order"),
        ));
    }
    if (to - from).num_days() + 1 > MAX_SHARE_DAYS {
        return Err(Error::invalid(
            "to_day",
            Reason::new("share-rule-span-too-long"),
        ));
    }
    let entry_ids = unique(&selection.journal_entry_ids);
    if entry_ids.len() > MAX_SHARED_ENTRIES {
        return Err(Error::invalid(
            "journal_entry_ids",
            Reason::with(
                "share-rule-too-many-entries",
                [("limit", MAX_SHARED_ENTRIES.into())],
            ),
        ));
    }
    let document_ids = unique(&selection.living_document_ids);
    if document_ids.len() > MAX_SHARED_DOCUMENTS {
        return Err(Error::invalid(
            "living_document_ids",
            Reason::with(
                "share-rule-too-many-documents",
                [("limit", MAX_SHARED_DOCUMENTS.into())],
            ),
        ));
    }

    let mut entries = Vec::with_capacity(entry_ids.len());
    for id in entry_ids {
        let entry = journal::get(conn, id)?;
        let written = entry.local_day;
        if written < from || written > to {
            return Err(Error::invalid(
                "journal_entry_ids",
                Reason::new("share-rule-entry-outside-dates"),
            ));
        }
        entries.push(entry);
    }
    entries.sort_by_key(|e| e.created_at);

    let documents = document_ids
        .into_iter()
        .map(|id| documents::get(conn, pack, id.trim()))
        .collect::<Result<Vec<_>>>()?;

    Ok(Report {
        language: Language::of_pack(&pack.manifest.locale),
        from,
        to,
        trends: selection
            .include_trends
            .then(|| {
                let language = crate::base::text::Language::of_pack(&pack.manifest.locale);
                insights::trends_between(conn, from, to, language)
            })
            .transpose()?,
        entries,
        modules: selection
            .include_completed_modules
            .then(|| completed_modules_between(conn, pack, from, to))
            .transpose()?,
        documents,
        anger: selection
            .include_anger_log
            .then(|| crate::anger::between(conn, &day_key(from), &day_key(to)))
            .transpose()?,
    })
}

/// The items once each, in the order first chosen.
fn unique<T: Eq + std::hash::Hash + Clone>(items: &[T]) -> Vec<T> {
    let mut seen = HashSet::new();
    items
        .iter()
        .filter(|item| seen.insert((*item).clone()))
        .cloned()
        .collect()
}

/// Makes the report file. Refuses when nothing is chosen.
pub(crate) fn report_file(
    report: &Report,
    format: ShareFormat,
    discreet: bool,
) -> Result<ExportFile> {
    if report.nothing_chosen() {
        return Err(Error::invalid(
            "selection",
            Reason::new("share-rule-nothing-chosen"),
        ));
    }
    let days = format!(
        "{}-to-{}",
        crate::base::days::day_key(report.from),
        crate::base::days::day_key(report.to)
    );
    let name =
        |extension| crate::reminders::shared_file_name(discreet, Some("report"), &days, extension);
    Ok(match format {
        ShareFormat::Html => ExportFile {
            file_name: name("html"),
            mime_type: "text/html".to_owned(),
            contents: render::html(report),
        },
        ShareFormat::Markdown => ExportFile {
            file_name: name("md"),
            mime_type: "text/markdown".to_owned(),
            contents: render::markdown(report),
        },
    })
}
