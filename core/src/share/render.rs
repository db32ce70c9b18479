//! The preview model and the two report formats, from a gathered [`Report`]. Every piece of text
//! he wrote is escaped for the format it goes into.

use std::fmt::Write;

use super::chart;
use super::text::{esc, long_day, short_day};
use super::{
    CompletedModule, Report, SharePreview, SharePreviewItem, SharePreviewSection, ShareSectionKind,
};
use crate::anger::AngerMoment;
use crate::documents::LivingDocument;
use crate::insights::{SpanTrends, TrendSeries};
use crate::journal::JournalEntry;

const TITLE: &str = "My Groundwork report";
const INTRO: &str =
    "I made this in Groundwork to share with you. It holds only what I chose to include.";
const ENTRY_PREVIEW_CHARS: usize = 80;

/// An entry's day with its weekday: "Tue 3 Nov 2026".
fn entry_day(entry: &JournalEntry) -> String {
    entry.local_day.format("%a %-d %b %Y").to_string()
}

fn span_label(report: &Report) -> String {
    format!("{} to {}", long_day(report.from), long_day(report.to))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The first line he wrote, shortened to a preview.
fn first_line(body: &str) -> String {
    let line = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    if line.chars().count() > ENTRY_PREVIEW_CHARS {
        let cut: String = line.chars().take(ENTRY_PREVIEW_CHARS).collect();
        format!("{}…", cut.trim_end())
    } else {
        line.to_owned()
    }
}

fn check_in_sentence(trends: &SpanTrends, report: &Report) -> String {
    let span_days = (report.to - report.from).num_days() + 1;
    match trends.check_in_count {
        0 => "No check-ins on these days, so the charts are empty.".to_owned(),
        n => format!(
            "{} on {} of the {}.",
            plural(n as usize, "check-in", "check-ins"),
            trends.days_checked_in,
            plural(span_days as usize, "day", "days")
        ),
    }
}

/// A plain-words description of one trend line, for screen readers and for the Markdown, with
/// its highest single reading when that was above every day's average.
fn trend_sentence(trends: &SpanTrends, index: usize) -> String {
    let Some(series) = trends.series.get(index) else {
        return String::new();
    };
    let mut sentence = average_sentence(series, trends.bucket_days);
    if let (Some(stats), Some((value, day))) =
        (chart::stats(series), highest_reading(trends, index))
        && value > stats.highest.0
    {
        let _ = write!(
            sentence,
            " The highest single reading was {} on {}.",
            chart::number(value),
            long_day(day)
        );
    }
    sentence
}

/// What the averages of one trend line say.
fn average_sentence(series: &TrendSeries, bucket_days: i64) -> String {
    let scale = format!(
        "{} to {}",
        chart::number(series.scale_min),
        chart::number(series.scale_max)
    );
    let Some(stats) = chart::stats(series) else {
        return format!(
            "{} (from {scale}): no readings on these days.",
            series.label
        );
    };
    let (unit_one, unit_many, at) = if bucket_days == 1 {
        ("day", "days", "on")
    } else {
        ("week", "weeks", "in the week of")
    };
    if stats.points_with_readings == 1 {
        return format!(
            "{} (from {scale}): {} {at} {}, the only {unit_one} with readings.",
            series.label,
            chart::number(stats.average),
            long_day(stats.lowest.1),
        );
    }
    format!(
        "{} (from {scale}): averaged {} over {} with readings; lowest {} {at} {}, highest {} {at} {}.",
        series.label,
        chart::number(stats.average),
        plural(stats.points_with_readings, unit_one, unit_many),
        chart::number(stats.lowest.0),
        long_day(stats.lowest.1),
        chart::number(stats.highest.0),
        long_day(stats.highest.1),
    )
}

fn module_detail(module: &CompletedModule) -> String {
    let day = long_day(module.completed_day);
    format!("{}, completed {day}", module.phase_title)
}

/// The filled-in fields of a document.
fn filled(document: &LivingDocument) -> impl Iterator<Item = &crate::documents::DocumentField> {
    document
        .fields
        .iter()
        .filter(|f| !f.value.trim().is_empty())
}

fn document_detail(document: &LivingDocument) -> String {
    let parts = document.fields.len();
    match filled(document).count() {
        0 => "Nothing written in it yet".to_owned(),
        n => format!("{n} of {parts} parts filled in"),
    }
}

/// When a moment happened, on the clock he was living by: "Tue 3 Nov 2026, 19:40".
fn moment_when(moment: &AngerMoment) -> String {
    let offset = chrono::FixedOffset::east_opt(moment.utc_offset_minutes * 60)
        .unwrap_or_else(|| chrono::FixedOffset::east_opt(0).expect("zero is a valid offset"));
    moment
        .recorded_at
        .with_timezone(&offset)
        .format("%a %-d %b %Y, %H:%M")
        .to_string()
}

/// How strong a moment was: "7 of 10".
fn moment_strength(moment: &AngerMoment) -> String {
    format!("{} of 10", moment.intensity)
}

/// What he did, or a plain word when he wrote nothing.
fn moment_did(moment: &AngerMoment) -> &str {
    match moment.what_i_did.as_deref().map(str::trim) {
        Some(did) if !did.is_empty() => did,
        _ => "Not written",
    }
}

/// Whether it needed putting right, and whether he has.
fn moment_repair(moment: &AngerMoment) -> &'static str {
    match (moment.repair_needed, moment.repair_done) {
        (false, _) => "Not needed",
        (true, true) => "Done",
        (true, false) => "Not yet",
    }
}

/// What the anger log section says it holds, and leaves out.
const ANGER_LOG_HOLDS: &str = "For each: when, how strong (0 to 10), what you did, and whether \
     something needed putting right. What happened, your body's cues and your thoughts stay out.";

/// A day's average and, when a reading was higher, its highest: "5 (highest 8)".
fn average_and_highest(average: Option<f64>, highest: Option<f64>) -> String {
    match (average, highest) {
        (Some(average), Some(highest)) if highest > average => format!(
            "{} (highest {})",
            chart::number(average),
            chart::number(highest)
        ),
        (Some(average), _) => chart::number(average),
        (None, _) => "–".to_owned(),
    }
}

/// The days (or weeks) with readings: each label and one cell per series.
fn daily_rows(trends: &SpanTrends) -> Vec<(String, Vec<String>)> {
    let Some(first) = trends.series.first() else {
        return Vec::new();
    };
    (0..first.points.len())
        .filter(|&i| {
            trends
                .series
                .iter()
                .any(|s| s.points.get(i).is_some_and(|p| p.value.is_some()))
        })
        .map(|i| {
            let d = first.points[i].day;
            let day = match trends.bucket_days {
                1 => d.format("%a %-d %b").to_string(),
                _ => format!("Week of {}", short_day(d)),
            };
            let cells = trends
                .series
                .iter()
                .zip(&trends.highest)
                .map(|(series, highest)| {
                    average_and_highest(
                        series.points.get(i).and_then(|p| p.value),
                        highest.get(i).copied().flatten(),
                    )
                })
                .collect();
            (day, cells)
        })
        .collect()
}

/// The highest single reading of a series and the day (or week) it fell in.
fn highest_reading(trends: &SpanTrends, index: usize) -> Option<(f64, chrono::NaiveDate)> {
    let series = trends.series.get(index)?;
    let highest = trends.highest.get(index)?;
    let mut best: Option<(f64, chrono::NaiveDate)> = None;
    for (point, high) in series.points.iter().zip(highest) {
        if let Some(h) = high
            && best.is_none_or(|(b, _)| *h > b)
        {
            best = Some((*h, point.day));
        }
    }
    best
}

/// A preview section listing things, one (label, detail) each.
fn listed(
    kind: ShareSectionKind,
    title: &str,
    summary: String,
    items: Vec<(String, String)>,
) -> SharePreviewSection {
    SharePreviewSection {
        kind,
        title: title.to_owned(),
        summary,
        count: items.len() as u32,
        items: items
            .into_iter()
            .map(|(label, detail)| SharePreviewItem {
                label,
                detail: Some(detail),
            })
            .collect(),
    }
}

/// The preview: what each section will hold.
pub(crate) fn preview(report: &Report) -> SharePreview {
    let title = format!("Report for {}", span_label(report));
    if report.nothing_chosen() {
        return SharePreview {
            title,
            nothing_chosen: true,
            sections: Vec::new(),
            message: "Nothing chosen yet. Pick what you would like to include: check-in trends, \
                      journal entries, completed modules, living documents or the anger log."
                .to_owned(),
        };
    }
    let mut sections = Vec::new();
    if let Some(trends) = &report.trends {
        sections.push(SharePreviewSection {
            kind: ShareSectionKind::Trends,
            title: "Check-in trends".to_owned(),
            summary: match trends.check_in_count {
                0 => "No check-ins on these days, so the charts will be empty.".to_owned(),
                _ => format!(
                    "{} Charts of pleasantness, energy, anger and stress, and each day's \
                     average beside its highest reading.",
                    check_in_sentence(trends, report)
                ),
            },
            count: trends.check_in_count.max(0) as u32,
            items: Vec::new(),
        });
    }
    if !report.entries.is_empty() {
        sections.push(listed(
            ShareSectionKind::JournalEntries,
            "Journal entries",
            format!(
                "{}, in full.",
                plural(report.entries.len(), "entry", "entries")
            ),
            report
                .entries
                .iter()
                .map(|e| (entry_day(e), first_line(&e.body)))
                .collect(),
        ));
    }
    if let Some(modules) = &report.modules {
        sections.push(listed(
            ShareSectionKind::CompletedModules,
            "Completed modules",
            match modules.len() {
                0 => "No modules completed on these days yet.".to_owned(),
                n => format!("{}.", plural(n, "module", "modules")),
            },
            modules
                .iter()
                .map(|m| (m.module_title.clone(), module_detail(m)))
                .collect(),
        ));
    }
    if !report.documents.is_empty() {
        sections.push(listed(
            ShareSectionKind::LivingDocuments,
            "Living documents",
            format!(
                "{}, as they are now.",
                plural(report.documents.len(), "document", "documents")
            ),
            report
                .documents
                .iter()
                .map(|d| (d.title.clone(), document_detail(d)))
                .collect(),
        ));
    }
    if let Some(moments) = &report.anger {
        sections.push(listed(
            ShareSectionKind::AngerLog,
            "Anger log",
            match moments.len() {
                0 => "No anger moments logged on these days.".to_owned(),
                n => format!("{}. {ANGER_LOG_HOLDS}", plural(n, "moment", "moments")),
            },
            moments
                .iter()
                .map(|m| {
                    (
                        moment_when(m),
                        format!(
                            "How strong: {}. What you did: {}. Putting it right: {}.",
                            moment_strength(m),
                            moment_did(m).trim_end_matches('.'),
                            moment_repair(m).to_lowercase()
                        ),
                    )
                })
                .collect(),
        ));
    }
    SharePreview {
        title,
        nothing_chosen: false,
        sections,
        message: "Only what is listed here goes into the report. It is made on this device and \
                  goes nowhere until you choose where to save or share it."
            .to_owned(),
    }
}

const STYLE: &str = "\
:root{color-scheme:light}
body{font-family:Georgia,'Times New Roman',serif;color:#222;background:#fff;margin:0;line-height:1.5}
main{max-width:44rem;margin:0 auto;padding:2rem 1.25rem}
h1{font-size:1.6rem;margin:0 0 .25rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccc;padding-bottom:.25rem}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
.span{font-weight:bold;margin:0}
.intro,.muted{color:#555}
figure{margin:1rem 0}
figcaption{font-size:.9rem;color:#444}
.chart .grid{stroke:#ddd;stroke-width:1}
.chart .axis{font:11px sans-serif;fill:#555}
.chart .line{fill:none;stroke:#2f5d62;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}
.chart .dot{fill:#2f5d62}
.chart .high{fill:none;stroke:#8a3b12;stroke-width:1.5}
.chart .value{font:12px sans-serif;fill:#222}
table{border-collapse:collapse;margin:.5rem 0;font-size:.95rem}
th,td{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left;vertical-align:top}
.chart .empty{font:13px sans-serif;fill:#777}
.prompt{font-style:italic;color:#444;margin:.25rem 0}
.body{white-space:pre-wrap;margin:.25rem 0}
.tags{font-size:.9rem;color:#555}
dt{font-weight:bold;margin-top:.5rem}
dd{margin:0 0 0 1rem;white-space:pre-wrap}
@media print{
  body{font-size:11pt}
  main{max-width:none;padding:0}
  h2{break-after:avoid}
  figure,article{break-inside:avoid}
}
@page{margin:18mm}
";

/// The report as one self-contained HTML page: no scripts, nothing fetched.
pub(super) fn html(report: &Report) -> String {
    let span = span_label(report);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{TITLE}: {}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <header>\n<h1>{TITLE}</h1>\n<p class=\"span\">{}</p>\n<p class=\"intro\">{INTRO}</p>\n</header>\n",
        esc(&span),
        esc(&span)
    );
    if let Some(trends) = &report.trends {
        let _ = write!(
            out,
            "<section id=\"trends\">\n<h2>Check-in trends</h2>\n<p>{}</p>\n",
            esc(&check_in_sentence(trends, report))
        );
        for (index, series) in trends.series.iter().enumerate() {
            let summary = trend_sentence(trends, index);
            let id = format!("chart-{}", series.label.to_ascii_lowercase());
            let _ = write!(
                out,
                "<figure>\n<h3>{}</h3>\n{}\n<figcaption>{}</figcaption>\n</figure>\n",
                esc(&series.label),
                chart::svg(
                    series,
                    trends.highest.get(index).map_or(&[], Vec::as_slice),
                    &id,
                    &summary,
                    &span
                ),
                esc(&summary)
            );
        }
        out.push_str(
            "<p class=\"muted\">Each point is the average for a day (a week, over long spans); \
             a ring above it marks a higher single reading that day. A break in a line is a \
             time without readings.</p>\n",
        );
        let rows = daily_rows(trends);
        if !rows.is_empty() {
            let _ = write!(
                out,
                "<h3>{}</h3>\n<table>\n<thead><tr><th>{}</th>",
                by_day_title(trends),
                period_word(trends)
            );
            for series in &trends.series {
                let _ = write!(out, "<th>{}</th>", esc(&series.label));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for (day, cells) in rows {
                let _ = write!(out, "<tr><td>{}</td>", esc(&day));
                for cell in cells {
                    let _ = write!(out, "<td>{}</td>", esc(&cell));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        out.push_str("</section>\n");
    }
    if !report.entries.is_empty() {
        out.push_str("<section id=\"journal\">\n<h2>Journal entries</h2>\n");
        for entry in &report.entries {
            let _ = write!(out, "<article>\n<h3>{}</h3>\n", esc(&entry_day(entry)));
            if let Some(prompt) = &entry.prompt_text {
                let _ = writeln!(out, "<p class=\"prompt\">{}</p>", esc(prompt));
            }
            let _ = writeln!(
                out,
                "<div class=\"body\">{}</div>",
                esc(entry.body.trim_end())
            );
            if !entry.tags.is_empty() {
                let _ = writeln!(
                    out,
                    "<p class=\"tags\">Tags: {}</p>",
                    esc(&entry.tags.join(", "))
                );
            }
            out.push_str("</article>\n");
        }
        out.push_str("</section>\n");
    }
    if let Some(modules) = &report.modules {
        out.push_str("<section id=\"modules\">\n<h2>Completed modules</h2>\n");
        if modules.is_empty() {
            out.push_str("<p class=\"muted\">No modules completed on these days yet.</p>\n");
        } else {
            out.push_str("<ul>\n");
            for module in modules {
                let _ = writeln!(
                    out,
                    "<li><strong>{}</strong>: {}</li>",
                    esc(&module.module_title),
                    esc(&module_detail(module))
                );
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }
    if !report.documents.is_empty() {
        out.push_str("<section id=\"documents\">\n<h2>Living documents</h2>\n");
        for document in &report.documents {
            let _ = writeln!(out, "<article>\n<h3>{}</h3>", esc(&document.title));
            if filled(document).next().is_none() {
                out.push_str("<p class=\"muted\">Nothing written in it yet.</p>\n");
            } else {
                out.push_str("<dl>\n");
                for field in filled(document) {
                    let _ = writeln!(
                        out,
                        "<dt>{}</dt><dd>{}</dd>",
                        esc(&field.label),
                        esc(field.value.trim_end())
                    );
                }
                out.push_str("</dl>\n");
            }
            out.push_str("</article>\n");
        }
        out.push_str("</section>\n");
    }
    if let Some(moments) = &report.anger {
        out.push_str("<section id=\"anger\">\n<h2>Anger log</h2>\n");
        if moments.is_empty() {
            out.push_str("<p class=\"muted\">No anger moments logged on these days.</p>\n");
        } else {
            out.push_str(
                "<table>\n<thead><tr><th>When</th><th>How strong</th><th>What I did</th>\
                 <th>Putting it right</th></tr></thead>\n<tbody>\n",
            );
            for moment in moments {
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&moment_when(moment)),
                    esc(&moment_strength(moment)),
                    esc(moment_did(moment)),
                    moment_repair(moment)
                );
            }
            out.push_str("</tbody>\n</table>\n");
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// What one row of the table of days stands for: "Day", or "Week" over long spans.
fn period_word(trends: &SpanTrends) -> &'static str {
    if trends.bucket_days == 1 {
        "Day"
    } else {
        "Week"
    }
}

/// The heading of the table of days (or weeks).
fn by_day_title(trends: &SpanTrends) -> &'static str {
    if trends.bucket_days == 1 {
        "Day by day: the average, and the highest reading when one was higher"
    } else {
        "Week by week: the average, and the highest reading when one was higher"
    }
}

/// Keeps his text from being read as Markdown structure or HTML: a backslash before `<` and
/// before any character that would start a heading, list, quote or table at a line's start.
fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.trim_end().lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with(['#', '>', '-', '+', '*', '|', '=', '`', '~']) {
            out.push_str(&line[..line.len() - trimmed.len()]);
            out.push('\\');
            out.push_str(&trimmed.replace('<', "\\<"));
        } else {
            out.push_str(&line.replace('<', "\\<"));
        }
    }
    out
}

/// Text in a table cell: one line, no cell breaks.
fn md_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The report as Markdown, with the trends as a small table.
pub(super) fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = write!(out, "# {TITLE}\n\n**{}**\n\n{INTRO}\n", span_label(report));
    if let Some(trends) = &report.trends {
        let _ = write!(
            out,
            "\n## Check-in trends\n\n{}\n\n| Measure | Scale | Average | Lowest day | Highest day | Highest reading |\n|---|---|---|---|---|---|\n",
            check_in_sentence(trends, report)
        );
        for (index, series) in trends.series.iter().enumerate() {
            let scale = format!(
                "{} to {}",
                chart::number(series.scale_min),
                chart::number(series.scale_max)
            );
            match (chart::stats(series), highest_reading(trends, index)) {
                (Some(s), Some((high, high_day))) => {
                    let _ = writeln!(
                        out,
                        "| {} | {scale} | {} | {} ({}) | {} ({}) | {} ({}) |",
                        md_cell(&series.label),
                        chart::number(s.average),
                        chart::number(s.lowest.0),
                        short_day(s.lowest.1),
                        chart::number(s.highest.0),
                        short_day(s.highest.1),
                        chart::number(high),
                        short_day(high_day),
                    );
                }
                _ => {
                    let _ = writeln!(
                        out,
                        "| {} | {scale} | no readings | – | – | – |",
                        md_cell(&series.label)
                    );
                }
            }
        }
        out.push('\n');
        for index in 0..trends.series.len() {
            let _ = writeln!(out, "- {}", trend_sentence(trends, index));
        }
        let rows = daily_rows(trends);
        if !rows.is_empty() {
            let _ = write!(
                out,
                "\n### {}\n\n| {} |",
                by_day_title(trends),
                period_word(trends)
            );
            for series in &trends.series {
                let _ = write!(out, " {} |", md_cell(&series.label));
            }
            let _ = write!(out, "\n|---|{}\n", "---|".repeat(trends.series.len()));
            for (day, cells) in rows {
                let _ = write!(out, "| {day} |");
                for cell in cells {
                    let _ = write!(out, " {cell} |");
                }
                out.push('\n');
            }
        }
    }
    if !report.entries.is_empty() {
        out.push_str("\n## Journal entries\n");
        for entry in &report.entries {
            let _ = write!(out, "\n### {}\n\n", entry_day(entry));
            if let Some(prompt) = &entry.prompt_text {
                let _ = write!(out, "*{}*\n\n", md_text(prompt));
            }
            let _ = writeln!(out, "{}", md_text(&entry.body));
            if !entry.tags.is_empty() {
                let _ = write!(out, "\nTags: {}\n", md_text(&entry.tags.join(", ")));
            }
        }
    }
    if let Some(modules) = &report.modules {
        out.push_str("\n## Completed modules\n\n");
        if modules.is_empty() {
            out.push_str("No modules completed on these days yet.\n");
        }
        for module in modules {
            let _ = writeln!(
                out,
                "- **{}**: {}",
                md_text(&module.module_title),
                md_text(&module_detail(module))
            );
        }
    }
    if !report.documents.is_empty() {
        out.push_str("\n## Living documents\n");
        for document in &report.documents {
            let _ = write!(out, "\n### {}\n\n", md_text(&document.title));
            if filled(document).next().is_none() {
                out.push_str("Nothing written in it yet.\n");
            }
            for field in filled(document) {
                let _ = write!(
                    out,
                    "**{}**\n\n{}\n\n",
                    md_text(&field.label),
                    md_text(&field.value)
                );
            }
        }
    }
    if let Some(moments) = &report.anger {
        out.push_str("\n## Anger log\n\n");
        if moments.is_empty() {
            out.push_str("No anger moments logged on these days.\n");
        } else {
            out.push_str(
                "| When | How strong | What I did | Putting it right |\n|---|---|---|---|\n",
            );
            for moment in moments {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    moment_when(moment),
                    moment_strength(moment),
                    md_cell(&md_text(moment_did(moment))),
                    moment_repair(moment)
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::days::parse_day;
    use chrono::NaiveDate;

    fn day(text: &str) -> NaiveDate {
        parse_day(text).expect("a valid day")
    }

    fn with_modules(modules: Vec<CompletedModule>) -> Report {
        Report {
            from: day("2026-11-01"),
            to: day("2026-11-22"),
            trends: None,
            entries: Vec::new(),
            modules: Some(modules),
            documents: Vec::new(),
            anger: None,
        }
    }

    fn pause_module() -> CompletedModule {
        CompletedModule {
            module_title: "The <pause> plan".to_owned(),
            phase_title: "Me: anger as energy".to_owned(),
            completed_day: day("2026-11-03"),
        }
    }

    #[test]
    fn completed_modules_are_listed_with_their_phase_and_day_in_every_format() {
        let report = with_modules(vec![
            pause_module(),
            CompletedModule {
                module_title: "Naming what you feel".to_owned(),
                phase_title: "Me: self-awareness".to_owned(),
                completed_day: day("2026-11-19"),
            },
        ]);
        let html = html(&report);
        assert!(html.contains("<h2>Completed modules</h2>"), "{html}");
        assert!(
            html.contains(
                "<strong>The &lt;pause&gt; plan</strong>: Me: anger as energy, completed 3 Nov 2026"
            ),
            "{html}"
        );
        assert!(html.contains("Naming what you feel"));
        let md = markdown(&report);
        assert!(
            md.contains("- **The \\<pause> plan**: Me: anger as energy, completed 3 Nov 2026"),
            "{md}"
        );
        let preview = preview(&report);
        assert!(!preview.nothing_chosen);
        let section = &preview.sections[0];
        assert_eq!(section.kind, ShareSectionKind::CompletedModules);
        assert_eq!(section.count, 2);
        assert_eq!(section.items[1].label, "Naming what you feel");
        assert_eq!(
            section.items[0].detail.as_deref(),
            Some("Me: anger as energy, completed 3 Nov 2026")
        );
    }

    #[test]
    fn chosen_modules_with_none_completed_say_so_kindly() {
        let report = with_modules(Vec::new());
        assert!(html(&report).contains("No modules completed on these days yet."));
        assert!(markdown(&report).contains("No modules completed on these days yet."));
        assert_eq!(preview(&report).sections[0].count, 0);
    }

    #[test]
    fn text_that_looks_like_markup_stays_text_in_markdown() {
        assert_eq!(
            md_text("# not a heading\n- not a list"),
            "\\# not a heading\n\\- not a list"
        );
        assert_eq!(md_text("a <b> c"), "a \\<b> c");
    }

    #[test]
    fn html_escaping_covers_tags_quotes_and_ampersands() {
        assert_eq!(
            esc(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
