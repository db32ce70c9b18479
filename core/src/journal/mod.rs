//! The journal: free entries and prompt-led ones (from the pack's prompt library or his own
//! prompts), kept exactly as written, tagged, listed a page at a time and searchable with SQLite
//! FTS5.
//!
//! The index has two columns: `body`, the words (letters and digits, any script, accents and
//! case ignored), and `symbols`, hidden, one token per emoji or other pictograph in the entry
//! (`u1f389` for 🎉; see [`symbol_tokens`]), because the tokenizer treats pictographs as
//! separators. A query is mapped the same way, so "🎉" alone, or "party 🎉", finds the entry;
//! snippets and highlights are cut from the real text.
//!
//! Deleting or editing an entry removes its old words from the index, and the index runs with
//! FTS5's `secure-delete` option, so no trace of them stays in its pages either.

mod pictographs;
pub mod recording;

use chrono::{DateTime, FixedOffset, Utc};
use groundwork_pack::Prompt;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use self::pictographs::is_pictograph;
use crate::base::days;
use crate::base::error::{Error, Reason, Result};
use crate::base::ffi_types::{Day, Timestamp};
use crate::base::rows::{parse_id, timestamp};
use crate::base::validate;
use crate::checkins::{self, Quadrant};
use crate::store::schema::DataStep;

/// Longest entry, in characters (about 30 printed pages).
pub const MAX_ENTRY_CHARS: usize = 50_000;
/// Longest search query, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most search results or list items one call returns.
pub const MAX_RESULTS: i32 = 100;
/// Most tags on one entry.
pub const MAX_TAGS: usize = 10;
/// Longest tag, in characters.
pub const MAX_TAG_CHARS: usize = 40;
/// Longest own prompt, in characters.
pub const MAX_PROMPT_CHARS: usize = 300;
/// Characters of an entry shown in a list.
const PREVIEW_CHARS: usize = 140;

/// What he wrote.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JournalEntryInput {
    /// The text, kept exactly as written.
    pub body: String,
    /// Tags, e.g. "work"; lower-cased, duplicates dropped.
    #[uniffi(default)]
    pub tags: Vec<String>,
    /// The prompt he answered: a pack prompt id, or the id of one of his own prompts.
    #[uniffi(default)]
    pub prompt_id: Option<String>,
}

/// A saved journal entry.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct JournalEntry {
    /// Stable id.
    pub id: Uuid,
    /// When it was first written.
    pub created_at: Timestamp,
    /// When it was last changed.
    pub updated_at: Timestamp,
    /// The person's UTC offset when it was written, in minutes.
    pub utc_offset_minutes: i32,
    /// The day he was living when he wrote it (the day ends at 04:00, see
    /// [`crate::base::days`]).
    pub local_day: Day,
    /// The text, exactly as written.
    pub body: String,
    /// Tags, sorted.
    pub tags: Vec<String>,
    /// The prompt answered, if any.
    pub prompt_id: Option<String>,
    /// That prompt's words as they were when he answered it.
    pub prompt_text: Option<String>,
    /// Where his latest check-in that day (before writing) sat on the mood meter, if there was one.
    pub quadrant: Option<Quadrant>,
}

/// Narrows a list or a search. Every part is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct JournalFilter {
    /// First local day to include.
    #[uniffi(default)]
    pub from_day: Option<Day>,
    /// Last local day to include, on or after `from_day`.
    #[uniffi(default)]
    pub to_day: Option<Day>,
    /// Only entries with this tag.
    #[uniffi(default)]
    pub tag: Option<String>,
    /// Only entries written when his latest check-in sat in this quadrant.
    #[uniffi(default)]
    pub quadrant: Option<Quadrant>,
}

/// One row of the journal list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct JournalListItem {
    /// The entry's id.
    pub id: Uuid,
    /// When it was written.
    pub created_at: Timestamp,
    /// The local day it was written on.
    pub local_day: Day,
    /// The first line or so of the entry.
    pub preview: String,
    /// Whether the preview stops before the end of the entry.
    pub preview_is_partial: bool,
    /// Tags, sorted.
    pub tags: Vec<String>,
    /// The prompt answered, if any.
    pub prompt_text: Option<String>,
    /// The mood-meter quadrant, if known.
    pub quadrant: Option<Quadrant>,
}

/// A page of the journal list, newest first.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct JournalPage {
    /// The entries on this page.
    pub items: Vec<JournalListItem>,
    /// Pass this back to get the next page; `None` when there are no more.
    pub next_cursor: Option<String>,
    /// The help now button of the journal screen.
    pub help: crate::safety::help::HelpButton,
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
    /// The local day it was written on.
    pub local_day: Day,
    /// A short excerpt around the match, split into plain and highlighted runs.
    pub snippet: Vec<TextRun>,
    /// Whether the excerpt starts after the beginning of the entry (show a leading ellipsis).
    pub starts_mid_entry: bool,
    /// Whether the excerpt stops before the end of the entry (show a trailing ellipsis).
    pub ends_mid_entry: bool,
}

/// A prompt of his own.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct OwnPrompt {
    /// Stable id, usable as a `prompt_id`.
    pub id: String,
    /// The question.
    pub text: String,
}

/// Validated entry content.
struct Valid {
    body: String,
    tags: Vec<String>,
}

fn validate_content(body: String, tags: &[String]) -> Result<Valid> {
    Ok(Valid {
        body: validate::required_text("body", body, MAX_ENTRY_CHARS)?,
        tags: validate::tags("tags", tags, MAX_TAGS, MAX_TAG_CHARS)?,
    })
}

/// Finds a prompt's words: a pack prompt or one of his own.
fn prompt_text(conn: &Connection, prompts: &[Prompt], prompt_id: &str) -> Result<String> {
    if let Some(p) = prompts.iter().find(|p| p.id == prompt_id) {
        return Ok(p.text.clone());
    }
    conn.query_row(
        "SELECT text FROM own_prompts WHERE id = ?1",
        [prompt_id],
        |row| row.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::invalid("prompt_id", Reason::new("journal-prompt-not-in-library")))
}

/// Validates and saves a new entry written at `now`.
pub(crate) fn write(
    tx: &Transaction<'_>,
    input: JournalEntryInput,
    prompts: &[Prompt],
    now: DateTime<FixedOffset>,
) -> Result<JournalEntry> {
    let valid = validate_content(input.body, &input.tags)?;
    let prompt = match &input.prompt_id {
        Some(id) => Some((id.clone(), prompt_text(tx, prompts, id)?)),
        None => None,
    };
    let id = Uuid::new_v4();
    let millis = now.with_timezone(&Utc).timestamp_millis();
    let local_day = days::lived_day_key(now);
    let quadrant = checkins::quadrant_on_day(tx, &local_day, millis)?;
    tx.execute(
        "INSERT INTO journal_entries (id, created_at, utc_offset_minutes, updated_at, body, local_day, prompt_id,
                                      prompt_text, quadrant, symbols)
         VALUES (?1, ?2, ?3, ?2, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            id.to_string(),
            millis,
            now.offset().local_minus_utc() / 60,
            valid.body,
            local_day,
            prompt.as_ref().map(|p| &p.0),
            prompt.as_ref().map(|p| &p.1),
            quadrant.map(Quadrant::key),
            symbol_tokens(&valid.body)
        ],
    )?;
    set_tags(tx, tx.last_insert_rowid(), &valid.tags)?;
    get(tx, id)
}

/// Replaces an entry's text and tags (the prompt and the time it was written stay).
pub(crate) fn update(
    tx: &Transaction<'_>,
    id: Uuid,
    body: String,
    tags: Vec<String>,
    now: DateTime<FixedOffset>,
) -> Result<JournalEntry> {
    let valid = validate_content(body, &tags)?;
    let rowid = rowid_of(tx, id)?;
    tx.execute(
        "UPDATE journal_entries SET body = ?2, updated_at = ?3, symbols = ?4 WHERE rowid = ?1",
        params![
            rowid,
            valid.body,
            now.with_timezone(&Utc).timestamp_millis(),
            symbol_tokens(&valid.body)
        ],
    )?;
    tx.execute("DELETE FROM journal_tags WHERE entry_rowid = ?1", [rowid])?;
    set_tags(tx, rowid, &valid.tags)?;
    get(tx, id)
}

/// Deletes an entry for good, with its tags and its place in the search index.
pub(crate) fn delete(tx: &Transaction<'_>, id: Uuid) -> Result<()> {
    match tx.execute(
        "DELETE FROM journal_entries WHERE id = ?1",
        [id.to_string()],
    )? {
        0 => Err(Error::NotFound {
            what: "journal entry",
        }),
        _ => Ok(()),
    }
}

fn rowid_of(conn: &Connection, id: Uuid) -> Result<i64> {
    conn.query_row(
        "SELECT rowid FROM journal_entries WHERE id = ?1",
        [id.to_string()],
        |row| row.get(0),
    )
    .optional()?
    .ok_or(Error::NotFound {
        what: "journal entry",
    })
}

fn set_tags(tx: &Transaction<'_>, rowid: i64, tags: &[String]) -> Result<()> {
    let mut insert =
        tx.prepare_cached("INSERT INTO journal_tags (entry_rowid, tag) VALUES (?1, ?2)")?;
    for tag in tags {
        insert.execute(params![rowid, tag])?;
    }
    Ok(())
}

const TAGS_OF: &str = "(SELECT group_concat(tag, char(31)) FROM
    (SELECT tag FROM journal_tags t WHERE t.entry_rowid = e.rowid ORDER BY tag))";

fn split_tags(tags: Option<String>) -> Vec<String> {
    tags.map(|t| t.split('\u{1f}').map(str::to_owned).collect())
        .unwrap_or_default()
}

fn quadrant_of(key: Option<String>) -> Option<Quadrant> {
    key.as_deref().and_then(Quadrant::from_key)
}

/// One entry by id.
pub(crate) fn get(conn: &Connection, id: Uuid) -> Result<JournalEntry> {
    let sql = format!(
        "SELECT e.id, e.created_at, e.updated_at, e.utc_offset_minutes, e.local_day, e.body, e.prompt_id,
                e.prompt_text, e.quadrant, {TAGS_OF}
         FROM journal_entries e WHERE e.id = ?1"
    );
    let found = conn
        .prepare_cached(&sql)?
        .query_row([id.to_string()], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, i64>(2)?,
                row.get::<_, i32>(3)?,
                row.get::<_, String>(4)?,
                row.get::<_, String>(5)?,
                row.get::<_, Option<String>>(6)?,
                row.get::<_, Option<String>>(7)?,
                row.get::<_, Option<String>>(8)?,
                row.get::<_, Option<String>>(9)?,
            ))
        })
        .optional()?
        .ok_or(Error::NotFound {
            what: "journal entry",
        })?;
    let (id, created, updated, offset, local_day, body, prompt_id, prompt_text, quadrant, tags) =
        found;
    Ok(JournalEntry {
        id: parse_id(&id)?,
        created_at: timestamp(created)?,
        updated_at: timestamp(updated)?,
        utc_offset_minutes: offset,
        local_day: days::parse_day(&local_day)?,
        body,
        tags: split_tags(tags),
        prompt_id,
        prompt_text,
        quadrant: quadrant_of(quadrant),
    })
}

/// Every entry, oldest first (for export).
pub(crate) fn all(conn: &Connection) -> Result<Vec<JournalEntry>> {
    let mut stmt = conn.prepare("SELECT id FROM journal_entries ORDER BY created_at, rowid")?;
    let ids = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    ids.iter().map(|id| get(conn, parse_id(id)?)).collect()
}

/// How many entries there are.
pub(crate) fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM journal_entries", [], |row| row.get(0))?)
}

/// The filter as SQL conditions over `e` (journal_entries), with its parameters.
struct FilterSql {
    conditions: Vec<&'static str>,
    params: Vec<rusqlite::types::Value>,
}

fn filter_sql(filter: &JournalFilter) -> Result<FilterSql> {
    use rusqlite::types::Value;
    let mut sql = FilterSql {
        conditions: Vec::new(),
        params: Vec::new(),
    };
    let (from, to) = (filter.from_day, filter.to_day);
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(Error::invalid(
            "to_day",
            Reason::new("journal-end-before-start"),
        ));
    }
    if let Some(from) = from {
        sql.conditions.push("e.local_day >= ?");
        sql.params.push(Value::Text(days::day_key(from)));
    }
    if let Some(to) = to {
        sql.conditions.push("e.local_day <= ?");
        sql.params.push(Value::Text(days::day_key(to)));
    }
    if let Some(tag) = &filter.tag {
        let tag = validate::label("tag", tag, MAX_TAG_CHARS)?.to_lowercase();
        sql.conditions.push(
            "EXISTS (SELECT 1 FROM journal_tags t WHERE t.tag = ? AND t.entry_rowid = e.rowid)",
        );
        sql.params.push(Value::Text(tag));
    }
    if let Some(q) = filter.quadrant {
        sql.conditions.push("e.quadrant = ?");
        sql.params.push(Value::Text(q.key().to_owned()));
    }
    Ok(sql)
}

/// A page of entries, newest first, after `cursor` (from the previous page).
pub(crate) fn page(
    conn: &Connection,
    filter: &JournalFilter,
    cursor: Option<&str>,
    limit: i32,
    help: crate::safety::help::HelpButton,
) -> Result<JournalPage> {
    use rusqlite::types::Value;
    let limit = validate::limit("limit", limit, MAX_RESULTS)?;
    let mut f = filter_sql(filter)?;
    if let Some(cursor) = cursor {
        let (created, rowid) = parse_cursor(cursor)?;
        f.conditions.push("(e.created_at, e.rowid) < (?, ?)");
        f.params.push(Value::Integer(created));
        f.params.push(Value::Integer(rowid));
    }
    let where_clause = if f.conditions.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", f.conditions.join(" AND "))
    };
    let sql = format!(
        "SELECT e.id, e.created_at, e.local_day, substr(e.body, 1, {len}), length(e.body), e.prompt_text,
                e.quadrant, {TAGS_OF}, e.rowid
         FROM journal_entries e {where_clause}
         ORDER BY e.created_at DESC, e.rowid DESC LIMIT {fetch}",
        len = PREVIEW_CHARS + 1,
        fetch = limit + 1
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(f.params))?;
    let mut items = Vec::new();
    let mut last = None;
    let mut more = false;
    while let Some(row) = rows.next()? {
        if items.len() == limit as usize {
            more = true;
            break;
        }
        let created: i64 = row.get(1)?;
        let rowid: i64 = row.get(8)?;
        let head: String = row.get(3)?;
        let length: i64 = row.get(4)?;
        let (preview, partial) = preview(&head, length);
        items.push(JournalListItem {
            id: parse_id(&row.get::<_, String>(0)?)?,
            created_at: timestamp(created)?,
            local_day: days::parse_day(&row.get::<_, String>(2)?)?,
            preview,
            preview_is_partial: partial,
            tags: split_tags(row.get(7)?),
            prompt_text: row.get(5)?,
            quadrant: quadrant_of(row.get(6)?),
        });
        last = Some((created, rowid));
    }
    Ok(JournalPage {
        items,
        next_cursor: match (more, last) {
            (true, Some((created, rowid))) => Some(format!("{created}.{rowid}")),
            _ => None,
        },
        help,
    })
}

fn parse_cursor(cursor: &str) -> Result<(i64, i64)> {
    let bad = || Error::invalid("cursor", Reason::new("journal-cursor-unchanged"));
    let (a, b) = cursor.split_once('.').ok_or_else(bad)?;
    Ok((a.parse().map_err(|_| bad())?, b.parse().map_err(|_| bad())?))
}

/// The first line or so of an entry, cut at a word boundary.
fn preview(head: &str, full_length: i64) -> (String, bool) {
    let first_line = head
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    let more_lines = head.trim().len() != first_line.len();
    let end = first_line
        .char_indices()
        .nth(PREVIEW_CHARS)
        .map_or(first_line.len(), |(i, _)| i);
    let over = end < first_line.len();
    if !over && !more_lines && usize::try_from(full_length).unwrap_or(usize::MAX) <= PREVIEW_CHARS {
        return (first_line.to_owned(), false);
    }
    let mut cut = &first_line[..end];
    if over
        && let Some(space) = cut.rfind(char::is_whitespace)
        && cut[..space].chars().count() > PREVIEW_CHARS / 2
    {
        cut = &cut[..space];
    }
    (cut.trim_end().to_owned(), true)
}

/// Matches ranked by relevance: the newest this many, after any filter. Ranking (BM25) costs
/// about 0.4 µs a match on the development machine. On the `daily_life` benchmark's ten years
/// (20,000 entries), "angry jaw" matches 5,621 entries and ranking all of them takes about 3 ms;
/// ranking all 12,912 matches of "the" takes 5.9 ms, past the 5 ms a search may take. So a
/// word found in up to 8,000 entries (two in five of ten years of writing) is ranked across all
/// of them; for a word in more, older entries are not ranked and not returned, and narrowing the
/// search by a date range, tag or quadrant (applied before the cap) reaches them.
pub const RANKED_MATCHES: i32 = 8_000;
/// Words in a snippet.
const SNIPPET_WORDS: usize = 16;

/// Full-text search, best match first, with a highlighted snippet, narrowed by `filter`.
///
/// The query is plain words and emoji, not FTS5 syntax: every word and emoji must appear, the
/// last word may be the start of a word ("ang" finds "angry"), and punctuation is ignored, so no
/// input is a syntax error. The newest [`RANKED_MATCHES`] matches (after the filter) are ranked
/// by relevance (BM25).
pub(crate) fn search(
    conn: &Connection,
    query: &str,
    filter: &JournalFilter,
    limit: i32,
) -> Result<Vec<JournalSearchHit>> {
    use rusqlite::types::Value;
    let limit = validate::limit("limit", limit, MAX_RESULTS)?;
    if query.chars().count() > MAX_QUERY_CHARS {
        return Err(Error::invalid(
            "query",
            Reason::with(
                "journal-search-too-long",
                [("limit", MAX_QUERY_CHARS.into())],
            ),
        ));
    }
    let query = Query::parse(query);
    let match_expr = query
        .fts()
        .ok_or_else(|| Error::invalid("query", Reason::new("journal-search-empty")))?;
    let f = filter_sql(filter)?;
    let mut params = vec![Value::Text(match_expr)];
    params.extend(f.params);
    // The filter is checked in a subquery, not a join, so the index stays the only table of the
    // inner query: it walks its matches newest first (its own order), ranks (BM25) only those
    // that pass the filter, and stops after RANKED_MATCHES; the best are then sorted out and
    // only their entries read. The filter reads the narrow `journal_search_filter` index (day
    // and quadrant by rowid), not the entries' pages, which would each be decrypted.
    let filtered = if f.conditions.is_empty() {
        String::new()
    } else {
        format!(
            " AND EXISTS (SELECT 1 FROM journal_entries e INDEXED BY journal_search_filter
                           WHERE e.rowid = f.rowid AND {})",
            f.conditions.join(" AND ")
        )
    };
    let sql = format!(
        "SELECT e.id, e.created_at, e.local_day, e.body FROM
            (SELECT rowid, rank FROM
                (SELECT f.rowid AS rowid, f.rank AS rank FROM journal_fts f
                  WHERE journal_fts MATCH ?{filtered}
                  ORDER BY f.rowid DESC LIMIT {RANKED_MATCHES})
              ORDER BY rank LIMIT {limit}) AS m
         JOIN journal_entries e ON e.rowid = m.rowid
         ORDER BY m.rank"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params), |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, i64>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
        ))
    })?;
    let terms = query.highlight_terms();
    let mut hits = Vec::new();
    for row in rows {
        let (id, millis, local_day, body) = row?;
        let (snippet, starts_mid_entry, ends_mid_entry) = snippet(&body, &terms);
        hits.push(JournalSearchHit {
            entry_id: parse_id(&id)?,
            created_at: timestamp(millis)?,
            local_day: days::parse_day(&local_day)?,
            snippet,
            starts_mid_entry,
            ends_mid_entry,
        });
    }
    Ok(hits)
}

/// The FTS5 expression a search for `query` runs (`None` when there is nothing to look for):
/// every word quoted, so nothing typed is read as FTS5 syntax. Public so the mapping can be
/// fuzzed against SQLite's own parser.
pub fn search_expression(query: &str) -> Option<String> {
    Query::parse(query).fts()
}

/// A search as typed, read into words and pictographs.
struct Query {
    /// Runs of letters and digits (with their combining marks and apostrophes), in order.
    words: Vec<String>,
    /// The emoji and other pictographs, each once, in order.
    symbols: Vec<char>,
}

impl Query {
    fn parse(query: &str) -> Query {
        let mut symbols: Vec<char> = Vec::new();
        for c in query.chars().filter(|c| is_pictograph(*c)) {
            if !symbols.contains(&c) {
                symbols.push(c);
            }
        }
        Query {
            words: query_words(query),
            symbols,
        }
    }

    /// A safe FTS5 expression: each word a quoted phrase in the text (quotes doubled), the last
    /// one matching as a prefix, and each pictograph its token in the hidden column; all must
    /// match. `None` when there is nothing to look for.
    fn fts(&self) -> Option<String> {
        if self.words.is_empty() && self.symbols.is_empty() {
            return None;
        }
        let last = self.words.len().saturating_sub(1);
        let words = self.words.iter().enumerate().map(|(i, w)| {
            let star = if i == last { "*" } else { "" };
            format!("body : \"{}\"{star}", w.replace('"', "\"\""))
        });
        let symbols = self
            .symbols
            .iter()
            .map(|c| format!("symbols : \"{}\"", symbol_token(*c)));
        Some(words.chain(symbols).collect::<Vec<_>>().join(" "))
    }

    /// What to highlight: folded words (the last matching as a prefix) and the pictographs.
    /// A word the index splits ("don't" -> "don", "t") is highlighted by its longer pieces only;
    /// a one-letter prefix would light up every word starting with it.
    fn highlight_terms(&self) -> Vec<Term> {
        let mut words: Vec<String> = self
            .words
            .iter()
            .flat_map(|w| tokens(w))
            .map(|(_, t)| t)
            .collect();
        if words.len() + self.symbols.len() > 1 {
            words.retain(|t| t.chars().count() > 1);
        }
        let last = words.len().saturating_sub(1);
        words
            .into_iter()
            .enumerate()
            .map(|(i, text)| Term {
                text,
                prefix: i == last,
            })
            .chain(self.symbols.iter().map(|c| Term {
                text: c.to_string(),
                prefix: false,
            }))
            .collect()
    }
}

/// One thing to highlight in a snippet: a folded token, matched whole or as a prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    text: String,
    prefix: bool,
}

/// The words of a query: runs of letters and digits (with their combining marks and apostrophes).
fn query_words(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && !is_combining(c))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(str::to_owned)
        .collect()
}

/// The index token for a pictograph: `u` and its code point in hex, e.g. `u1f389` for 🎉.
fn symbol_token(c: char) -> String {
    format!("u{:x}", u32::from(c))
}

/// The hidden search column for an entry: the token of each pictograph in it, in order,
/// separated by spaces ("" when there are none).
pub(crate) fn symbol_tokens(body: &str) -> String {
    let mut out = String::new();
    for c in body.chars().filter(|c| is_pictograph(*c)) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&symbol_token(c));
    }
    out
}

/// What the journal fills in Rust when an older database is upgraded: the emoji tokens of
/// version 6, for the entries already there.
pub(crate) const DATA_STEPS: &[DataStep] = &[DataStep {
    version: 6,
    fill: fill_symbols,
}];

/// Fills the hidden search column for every entry with a pictograph in it (after an upgrade
/// from a version without it); the index follows through its trigger.
pub(crate) fn fill_symbols(tx: &Transaction<'_>) -> Result<()> {
    let mut found: Vec<(i64, String)> = Vec::new();
    {
        let mut stmt = tx.prepare("SELECT rowid, body FROM journal_entries")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let body: String = row.get(1)?;
            let symbols = symbol_tokens(&body);
            if !symbols.is_empty() {
                found.push((row.get(0)?, symbols));
            }
        }
    }
    let mut update = tx.prepare("UPDATE journal_entries SET symbols = ?2 WHERE rowid = ?1")?;
    for (rowid, symbols) in found {
        update.execute(params![rowid, symbols])?;
    }
    Ok(())
}

/// Combining marks belong to the word they follow (e.g. a decomposed "é").
fn is_combining(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// Splits text the way the search index does (letters and digits; everything else separates),
/// returning each token's byte range and its folded form (lower case, accents removed). Each
/// pictograph is a token of its own, folded to itself.
fn tokens(text: &str) -> Vec<((usize, usize), String)> {
    use unicode_normalization::UnicodeNormalization;
    let fold = |s: &str| -> String {
        s.nfd()
            .filter(|c| !is_combining(*c))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inside = c.is_alphanumeric() || (start.is_some() && is_combining(c));
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(((s, i), fold(&text[s..i])));
                start = None;
            }
            _ => {}
        }
        if is_pictograph(c) {
            out.push(((i, i + c.len_utf8()), c.to_string()));
        }
    }
    if let Some(s) = start {
        out.push(((s, text.len()), fold(&text[s..])));
    }
    out
}

/// A window of the entry around the best cluster of matching words, split into plain and
/// highlighted runs, and whether it was cut at the start or the end.
fn snippet(body: &str, terms: &[Term]) -> (Vec<TextRun>, bool, bool) {
    let toks = tokens(body);
    if toks.is_empty() {
        let run = TextRun {
            text: body.to_owned(),
            highlighted: false,
        };
        return (vec![run], false, false);
    }
    let is_hit = |t: &str| {
        terms.iter().any(|term| {
            if term.prefix {
                t.starts_with(term.text.as_str())
            } else {
                t == term.text
            }
        })
    };
    let hits: Vec<bool> = toks.iter().map(|(_, t)| is_hit(t)).collect();
    let window = SNIPPET_WORDS.min(toks.len());
    let mut count: usize = hits[..window].iter().filter(|h| **h).count();
    let mut best = (0usize, count);
    for start in 1..=toks.len() - window {
        count = count + usize::from(hits[start + window - 1]) - usize::from(hits[start - 1]);
        if count > best.1 {
            best = (start, count);
        }
    }
    let first = best.0;
    let last = first + window - 1;
    let from = if first == 0 { 0 } else { toks[first].0.0 };
    let to = if last + 1 == toks.len() {
        body.len()
    } else {
        toks[last].0.1
    };
    let mut runs: Vec<TextRun> = Vec::new();
    let mut push = |text: &str, highlighted: bool| {
        if text.is_empty() {
            return;
        }
        match runs.last_mut() {
            Some(run) if run.highlighted == highlighted => run.text.push_str(text),
            _ => runs.push(TextRun {
                text: text.to_owned(),
                highlighted,
            }),
        }
    };
    let mut cursor = from;
    for (i, ((s, e), _)) in toks.iter().enumerate().take(last + 1).skip(first) {
        push(&body[cursor..*s], false);
        push(&body[*s..*e], hits[i]);
        cursor = *e;
    }
    push(&body[cursor..to], false);
    (runs, first > 0, last + 1 < toks.len())
}

/// Saves a prompt of his own.
pub(crate) fn add_own_prompt(
    tx: &Transaction<'_>,
    text: String,
    now: DateTime<FixedOffset>,
) -> Result<OwnPrompt> {
    let text = validate::required_text("text", text, MAX_PROMPT_CHARS)?;
    let id = format!("own-{}", Uuid::new_v4());
    tx.execute(
        "INSERT INTO own_prompts (id, text, created_at) VALUES (?1, ?2, ?3)",
        params![id, text, now.with_timezone(&Utc).timestamp_millis()],
    )?;
    Ok(OwnPrompt { id, text })
}

/// Removes one of his prompts (entries that answered it keep its words).
pub(crate) fn delete_own_prompt(tx: &Transaction<'_>, id: &str) -> Result<()> {
    match tx.execute("DELETE FROM own_prompts WHERE id = ?1", [id])? {
        0 => Err(Error::NotFound { what: "prompt" }),
        _ => Ok(()),
    }
}

/// His own prompts, oldest first.
pub(crate) fn own_prompts(conn: &Connection) -> Result<Vec<OwnPrompt>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, text FROM own_prompts ORDER BY created_at, rowid")?;
    let rows = stmt.query_map([], |row: &Row<'_>| {
        Ok(OwnPrompt {
            id: row.get(0)?,
            text: row.get(1)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fts(q: &str) -> Option<String> {
        Query::parse(q).fts()
    }

    fn words(terms: &[&str]) -> Vec<Term> {
        let last = terms.len().saturating_sub(1);
        terms
            .iter()
            .enumerate()
            .map(|(i, t)| Term {
                text: (*t).to_owned(),
                prefix: i == last,
            })
            .collect()
    }

    #[test]
    fn fts_syntax_typed_by_a_person_is_treated_as_plain_words() {
        assert_eq!(
            fts("NEAR(\"a\" b) OR -c").as_deref(),
            Some("body : \"NEAR\" body : \"a\" body : \"b\" body : \"OR\" body : \"c\"*")
        );
        assert_eq!(fts("  ...  ").as_deref(), None);
        assert_eq!(fts("don't").as_deref(), Some("body : \"don't\"*"));
    }

    #[test]
    fn emoji_in_a_query_look_in_the_hidden_column_and_words_keep_their_prefix() {
        assert_eq!(fts("🎉").as_deref(), Some("symbols : \"u1f389\""));
        assert_eq!(
            fts("party🎉 🙏 🎉").as_deref(),
            Some("body : \"party\"* symbols : \"u1f389\" symbols : \"u1f64f\"")
        );
        assert_eq!(
            symbol_tokens("Proud 👨\u{200d}👧 🎉, 👍🏽"),
            "u1f468 u1f467 u1f389 u1f44d"
        );
        assert_eq!(symbol_tokens("no pictures here"), "");
    }

    #[test]
    fn an_emoji_is_highlighted_in_the_real_text_next_to_the_words() {
        let body = "Party for Sam 🎉 and we walked home 🎉";
        let query = Query::parse("walk 🎉");
        let (runs, _, _) = snippet(body, &query.highlight_terms());
        assert_eq!(highlighted(&runs), vec!["🎉", "walked", "🎉"]);
        assert_eq!(
            runs.iter().map(|r| r.text.as_str()).collect::<String>(),
            body
        );
    }

    fn highlighted(runs: &[TextRun]) -> Vec<&str> {
        runs.iter()
            .filter(|r| r.highlighted)
            .map(|r| r.text.as_str())
            .collect()
    }

    #[test]
    fn a_snippet_highlights_whole_words_and_the_last_term_as_a_prefix() {
        let body = "I felt angry today, then walked it off.";
        let (runs, starts, ends) = snippet(body, &words(&["angry", "walk"]));
        assert_eq!(highlighted(&runs), vec!["angry", "walked"]);
        assert_eq!(
            runs.iter().map(|r| r.text.as_str()).collect::<String>(),
            body
        );
        assert!(!starts && !ends);
    }

    #[test]
    fn a_long_entry_is_cut_around_the_best_cluster_of_matches() {
        let body = format!(
            "{} the fight about money {}",
            "quiet ".repeat(30),
            "calm ".repeat(30)
        );
        let (runs, starts, ends) = snippet(&body, &words(&["fight", "money"]));
        assert!(starts && ends);
        assert_eq!(highlighted(&runs), vec!["fight", "money"]);
        let text: String = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(text.split_whitespace().count(), SNIPPET_WORDS);
    }

    #[test]
    fn accents_and_case_do_not_stop_a_highlight() {
        let (runs, _, _) = snippet("Café with Zoë", &words(&["cafe", "zoe"]));
        assert_eq!(highlighted(&runs), vec!["Café", "Zoë"]);
        let (runs, _, _) = snippet("cafe\u{301} again", &words(&["cafe"]));
        assert_eq!(highlighted(&runs), vec!["cafe\u{301}"]);
    }

    #[test]
    fn previews_take_the_first_line_and_cut_long_ones_at_a_word() {
        assert_eq!(preview("Short day.", 10), ("Short day.".to_owned(), false));
        assert_eq!(
            preview("\nFirst line\nSecond", 18),
            ("First line".to_owned(), true)
        );
        let long = "word ".repeat(40);
        let (p, partial) = preview(&long, 200);
        assert!(
            partial && p.chars().count() <= PREVIEW_CHARS && p.ends_with("word"),
            "{p}"
        );
    }

    fn refused<T>(result: Result<T>) -> Reason {
        match result.err() {
            Some(Error::InvalidInput { reason, .. }) => reason,
            other => panic!("refused as invalid input, not {other:?}"),
        }
    }

    #[test]
    fn a_refused_search_says_why_in_french_with_the_french_pack() {
        let french = crate::base::text::Language::of_pack("fr-CA");
        let conn = Connection::open_in_memory().expect("a database");
        let filter = JournalFilter::default();
        let empty = refused(search(&conn, " ... ", &filter, 10));
        assert_eq!(empty.to_string(), "type a word or an emoji to search for");
        assert_eq!(empty.say(french), "écris un mot ou un emoji à chercher");
        let long = refused(search(&conn, &"a".repeat(MAX_QUERY_CHARS + 1), &filter, 10));
        assert_eq!(long.to_string(), "keep a search to 200 characters or fewer");
        assert_eq!(
            long.say(french),
            "garde ta recherche à 200 caractères ou moins"
        );
        let backwards = refused(filter_sql(&JournalFilter {
            from_day: chrono::NaiveDate::from_ymd_opt(2026, 3, 2),
            to_day: chrono::NaiveDate::from_ymd_opt(2026, 3, 1),
            ..JournalFilter::default()
        }));
        assert_eq!(
            backwards.say(french),
            "la date de fin est avant la date de début"
        );
        assert_ne!(backwards.say(french), backwards.to_string());
    }

    #[test]
    fn a_cursor_that_was_not_handed_out_is_refused() {
        assert!(parse_cursor("12.34").is_ok());
        assert!(matches!(
            parse_cursor("nonsense"),
            Err(Error::InvalidInput {
                field: "cursor",
                ..
            })
        ));
    }
}
