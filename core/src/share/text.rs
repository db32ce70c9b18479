//! Text every part of a report shares: HTML escaping and the ways a day is written.

use chrono::NaiveDate;

/// Escapes text for HTML content and attribute values.
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A day as people write it: "3 Nov 2026".
pub(super) fn long_day(day: NaiveDate) -> String {
    day.format("%-d %b %Y").to_string()
}

/// A day for a chart axis: "3 Nov".
pub(super) fn short_day(day: NaiveDate) -> String {
    day.format("%-d %b").to_string()
}
