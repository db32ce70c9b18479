//! Human-readable and JSON output. Everything shown is taken from the core's models as they are.

use std::io::{self, Write};

use chrono::Offset;
use groundwork_core::{CheckIn, HomeScreen, JournalEntry, JournalSearchHit};

use crate::CliError;

/// Prints any model as pretty JSON.
pub fn json<T: serde::Serialize>(out: &mut impl Write, value: &T) -> Result<(), CliError> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
    writeln!(out)?;
    Ok(())
}

/// The home screen.
pub fn home(out: &mut impl Write, home: &HomeScreen) -> Result<(), CliError> {
    writeln!(out, "{}.", home.greeting)?;
    writeln!(out)?;
    writeln!(out, "Check-in: {}", home.check_in_prompt)?;
    if let Some(last) = &home.last_check_in {
        write!(
            out,
            "  Last: {} ({})",
            last.when_label,
            last.quadrant.label()
        )?;
        if !last.emotions.is_empty() {
            write!(out, ": {}", last.emotions.join(", "))?;
        }
        writeln!(out)?;
    }
    writeln!(out, "Journal: {}", home.journal_label)?;
    Ok(())
}

/// Confirmation after a check-in is saved.
pub fn saved_check_in(out: &mut impl Write, check_in: &CheckIn) -> Result<(), CliError> {
    writeln!(
        out,
        "Saved. You're {} right now.",
        check_in.quadrant.label()
    )?;
    Ok(())
}

/// A list of check-ins.
pub fn check_ins(out: &mut impl Write, list: &[CheckIn]) -> Result<(), CliError> {
    if list.is_empty() {
        writeln!(
            out,
            "No check-ins yet. `groundwork checkin --pleasantness N --energy N` records one."
        )?;
    }
    for c in list {
        // Shown in the offset he was in when he checked in: that is the day he lived.
        let offset = chrono::FixedOffset::east_opt(c.utc_offset_minutes * 60)
            .unwrap_or_else(|| chrono::Utc.fix());
        let local = c.recorded_at.with_timezone(&offset);
        write!(
            out,
            "{}  pleasantness {:+}, energy {:+}  ({})",
            local.format("%Y-%m-%d %H:%M"),
            c.pleasantness,
            c.energy,
            c.quadrant.label()
        )?;
        if !c.emotions.is_empty() {
            write!(out, "  {}", c.emotions.join(", "))?;
        }
        writeln!(out)?;
        if let Some(note) = &c.note {
            writeln!(out, "    {note}")?;
        }
    }
    Ok(())
}

/// Confirmation after a journal entry is saved.
pub fn saved_entry(out: &mut impl Write, _entry: &JournalEntry) -> Result<(), CliError> {
    writeln!(out, "Saved to your journal.")?;
    Ok(())
}

/// Search results; with `bold`, matches are shown in bold (for terminals).
pub fn search_hits(
    out: &mut impl Write,
    hits: &[JournalSearchHit],
    bold: bool,
) -> Result<(), CliError> {
    if hits.is_empty() {
        writeln!(out, "Nothing matched.")?;
    }
    for hit in hits {
        write!(out, "{}  ", hit.created_at.format("%Y-%m-%d"))?;
        for run in &hit.snippet {
            if run.highlighted && bold {
                write!(out, "\x1b[1m{}\x1b[0m", run.text)?;
            } else {
                write!(out, "{}", run.text.replace('\n', " "))?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}
