//! Sharing with a counsellor: what a report would hold, and the report itself.

use super::Groundwork;
use crate::base::error::ApiError;
use crate::export::ExportFile;
use crate::share::{self, ShareFormat, SharePreview, ShareSelection};

/// Sharing with a counsellor.
#[uniffi::export]
impl Groundwork {
    /// Exactly what a report with this selection would hold: its sections, counts, the days and
    /// first lines of the chosen entries and the titles of the chosen documents. Show it before
    /// offering to make the report; when `nothing_chosen`, show its message instead. Nothing is
    /// saved.
    ///
    /// Errors: `InvalidInput` for a bad or reversed date, a span over five years, too many
    /// entries (200) or documents (20), or an entry written outside the dates; `NotFound` for an
    /// unknown journal entry or living document.
    pub fn share_preview(&self, selection: ShareSelection) -> Result<SharePreview, ApiError> {
        let report = self
            .store
            .read(|conn| share::gather(conn, &self.pack(), &selection))?;
        Ok(share::preview(&report))
    }

    /// Makes the report for his counsellor as a file to save, print or share: `Html` (one
    /// self-contained page, no scripts or outside resources, SVG charts, print-friendly) or
    /// `Markdown`. It holds only what the selection chose. Nothing is saved or sent.
    ///
    /// Errors: as `share_preview`, and `InvalidInput { field: "selection" }` when nothing is
    /// chosen.
    pub fn share_report(
        &self,
        selection: ShareSelection,
        format: ShareFormat,
    ) -> Result<ExportFile, ApiError> {
        let report = self
            .store
            .read(|conn| share::gather(conn, &self.pack(), &selection))?;
        Ok(share::report_file(&report, format)?)
    }
}
