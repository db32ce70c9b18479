//! The journal: free writing, kept exactly as written, searchable with SQLite FTS5.

use chrono::{DateTime, FixedOffset, Utc};
use rusqlite::{Connection, Transaction, params};
use uuid::Uuid;

use crate::ffi_types::Timestamp;

use crate::error::{Error, Result};
use crate::validate;

/// Longest entry, in characters (about 30 printed pages).
pub const MAX_ENTRY_CHARS: usize = 50_000;
/// Longest search query, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most search results one call returns.
pub const MAX_RESULTS: u32 = 100;

// Private-use characters mark the highlighted words inside a snippet. If a person's own text
// ever held them, the worst outcome is a wrongly highlighted run; the entry itself is untouched.
const HIGHLIGHT_START: char = '\u{E000}';
const HIGHLIGHT_END: char = '\u{E001}';

/// A saved journal entry.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct JournalEntry {
    /// Stable id.
    pub id: Uuid,
    /// When it was first written.
    pub created_at: Timestamp,
    /// The person's UTC offset when it was written, in minutes.
    pub utc_offset_minutes: i32,
    /// When it was last changed.
    pub updated_at: Timestamp,
    /// The text, exactly as written.
    pub body: String,
}

/// A run of snippet text; `highlighted` runs are the words that matched the search.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct TextRun {
    /// The text of this run.
    pub text: String,
    /// Whether this run matched the search.
    pub highlighted: bool,
}

/// One search result, best match first.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct JournalSearchHit {
    /// The entry that matched.
    pub entry_id: Uuid,
    /// When that entry was written.
    pub created_at: Timestamp,
    /// A short excerpt around the match, split into plain and highlighted runs.
    pub snippet: Vec<TextRun>,
}

/// Validates and saves a new entry written at `now`.
pub(crate) fn add(
    tx: &Transaction<'_>,
    body: String,
    now: DateTime<FixedOffset>,
) -> Result<JournalEntry> {
    let body = validate::required_text("body", body, MAX_ENTRY_CHARS)?;
    let id = Uuid::new_v4();
    let millis = now.with_timezone(&Utc).timestamp_millis();
    let offset = now.offset().local_minus_utc() / 60;
    tx.execute(
        "INSERT INTO journal_entries (id, created_at, utc_offset_minutes, updated_at, body)
         VALUES (?1, ?2, ?3, ?2, ?4)",
        params![id.to_string(), millis, offset, body],
    )?;
    let at = DateTime::<Utc>::from_timestamp_millis(millis)
        .ok_or(Error::Internal("time out of range"))?;
    Ok(JournalEntry {
        id,
        created_at: at,
        utc_offset_minutes: offset,
        updated_at: at,
        body,
    })
}

/// How many entries there are.
pub(crate) fn count(conn: &Connection) -> Result<u64> {
    let n: i64 = conn.query_row("SELECT count(*) FROM journal_entries", [], |row| row.get(0))?;
    Ok(u64::try_from(n).unwrap_or_default())
}

/// Full-text search, best match first, with a highlighted snippet.
///
/// The query is plain words, not FTS5 syntax: every word must appear, the last one may be the
/// start of a word ("ang" finds "angry"), and punctuation is ignored, so no input is a syntax error.
pub(crate) fn search(conn: &Connection, query: &str, limit: u32) -> Result<Vec<JournalSearchHit>> {
    let limit = validate::limit("limit", limit, MAX_RESULTS)?;
    if query.chars().count() > MAX_QUERY_CHARS {
        return Err(Error::invalid(
            "query",
            format!("keep a search to {MAX_QUERY_CHARS} characters or fewer"),
        ));
    }
    let match_expr =
        fts_query(query).ok_or_else(|| Error::invalid("query", "type a word to search for"))?;
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, e.created_at, snippet(journal_fts, 0, char(57344), char(57345), '…', 16)
         FROM journal_fts JOIN journal_entries e ON e.rowid = journal_fts.rowid
         WHERE journal_fts MATCH ?1
         ORDER BY rank
         LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![match_expr, limit], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, i64>(1)?,
            row.get::<_, String>(2)?,
        ))
    })?;
    let mut hits = Vec::new();
    for row in rows {
        let (id, millis, snippet) = row?;
        hits.push(JournalSearchHit {
            entry_id: Uuid::parse_str(&id)
                .map_err(|_| Error::Internal("a stored entry id is malformed"))?,
            created_at: DateTime::<Utc>::from_timestamp_millis(millis)
                .ok_or(Error::Internal("a stored time is out of range"))?,
            snippet: split_snippet(&snippet),
        });
    }
    Ok(hits)
}

/// Turns what a person typed into a safe FTS5 expression: each word becomes a quoted phrase
/// (quotes doubled), all must match, and the last one matches as a prefix.
fn fts_query(query: &str) -> Option<String> {
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && !is_combining(c))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(format!("{}*", words.join(" ")))
}

/// Combining marks belong to the word they follow (e.g. a decomposed "é").
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn split_snippet(snippet: &str) -> Vec<TextRun> {
    let mut runs = Vec::new();
    let mut current = String::new();
    let mut highlighted = false;
    for c in snippet.chars() {
        let toggle = match c {
            HIGHLIGHT_START => Some(true),
            HIGHLIGHT_END => Some(false),
            _ => None,
        };
        match toggle {
            Some(next) => {
                if !current.is_empty() {
                    runs.push(TextRun {
                        text: std::mem::take(&mut current),
                        highlighted,
                    });
                }
                highlighted = next;
            }
            None => current.push(c),
        }
    }
    if !current.is_empty() {
        runs.push(TextRun {
            text: current,
            highlighted,
        });
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts_syntax_typed_by_a_person_is_treated_as_plain_words() {
        assert_eq!(
            fts_query("NEAR(\"a\" b) OR -c").as_deref(),
            Some("\"NEAR\" \"a\" \"b\" \"OR\" \"c\"*")
        );
        assert_eq!(fts_query("  ...  ").as_deref(), None);
        assert_eq!(fts_query("don't").as_deref(), Some("\"don't\"*"));
    }

    #[test]
    fn a_snippet_splits_into_plain_and_highlighted_runs() {
        let runs = split_snippet("I felt \u{E000}angry\u{E001} today");
        assert_eq!(
            runs,
            vec![
                TextRun {
                    text: "I felt ".into(),
                    highlighted: false
                },
                TextRun {
                    text: "angry".into(),
                    highlighted: true
                },
                TextRun {
                    text: " today".into(),
                    highlighted: false
                },
            ]
        );
    }
}
