//! The preview model and the two report formats, from a gathered [`Report`]. Every piece of text
//! he wrote is escaped for the format it goes into. The report's own words, its days and its
//! numbers are in the report's language (`share.ftl`), the one of the pack it was gathered with.

use std::fmt::Write;

use super::chart;
use super::text::{
    esc, long_day, number, short_day, short_weekday_day, weekday_day, weekday_day_time,
};
use super::{
    CompletedModule, Report, SharePreview, SharePreviewItem, SharePreviewSection, ShareSectionKind,
};
use crate::anger::AngerMoment;
use crate::base::text::{Language, Value};
use crate::documents::LivingDocument;
use crate::insights::{Metric, SpanTrends, TrendSeries};
use crate::journal::JournalEntry;

const ENTRY_PREVIEW_CHARS: usize = 80;

/// An entry's day with its weekday: "Tue 3 Nov 2026".
fn entry_day(entry: &JournalEntry, language: Language) -> String {
    weekday_day(entry.local_day, language)
}

/// The report's first and last days, as the span messages take them.
fn span_values(report: &Report) -> [(&'static str, Value); 2] {
    let language = report.language;
    [
        ("from", long_day(report.from, language).into()),
        ("to", long_day(report.to, language).into()),
    ]
}

/// The span the report covers, on a line of its own: "1 Nov 2026 to 22 Nov 2026".
fn span_label(report: &Report) -> String {
    report.language.say_with("share-span", &span_values(report))
}

/// A count in a message that says it with its noun, singular or plural.
fn counted(language: Language, id: &str, name: &str, n: usize) -> String {
    language.say_with(id, &[(name, n.into())])
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
        0 => report.language.say("share-check-ins-none"),
        n => report.language.say_with(
            "share-check-ins",
            &[
                ("check_ins", n.into()),
                ("days", trends.days_checked_in.into()),
                ("span", span_days.into()),
            ],
        ),
    }
}

/// A plain-words description of one trend line, for screen readers and for the Markdown, with
/// its highest single reading when that was above every day's average.
fn trend_sentence(trends: &SpanTrends, index: usize, language: Language) -> String {
    let Some(series) = trends.series.get(index) else {
        return String::new();
    };
    let mut sentence = average_sentence(series, trends.bucket_days, language);
    if let (Some(stats), Some((value, day))) =
        (chart::stats(series), highest_reading(trends, index))
        && value > stats.highest.0
    {
        // A sentence of its own, after the first.
        let _ = write!(
            sentence,
            " {}",
            language.say_with(
                "share-trend-highest-reading",
                &[
                    ("value", number(value, language).into()),
                    ("day", long_day(day, language).into()),
                ],
            )
        );
    }
    sentence
}

/// What the averages of one trend line say.
fn average_sentence(series: &TrendSeries, bucket_days: i64, language: Language) -> String {
    let mut values: Vec<(&str, Value)> = vec![
        ("measure", series.label.as_str().into()),
        ("min", number(series.scale_min, language).into()),
        ("max", number(series.scale_max, language).into()),
    ];
    let Some(stats) = chart::stats(series) else {
        return language.say_with("share-trend-no-readings", &values);
    };
    let by_day = bucket_days == 1;
    values.push(("average", number(stats.average, language).into()));
    if stats.points_with_readings == 1 {
        values.push(("day", long_day(stats.lowest.1, language).into()));
        let id = if by_day {
            "share-trend-one-day"
        } else {
            "share-trend-one-week"
        };
        return language.say_with(id, &values);
    }
    values.extend([
        ("points", stats.points_with_readings.into()),
        ("lowest", number(stats.lowest.0, language).into()),
        ("lowest_day", long_day(stats.lowest.1, language).into()),
        ("highest", number(stats.highest.0, language).into()),
        ("highest_day", long_day(stats.highest.1, language).into()),
    ]);
    let id = if by_day {
        "share-trend-days"
    } else {
        "share-trend-weeks"
    };
    language.say_with(id, &values)
}

fn module_detail(module: &CompletedModule, language: Language) -> String {
    language.say_with(
        "share-module-detail",
        &[
            ("phase", module.phase_title.as_str().into()),
            ("day", long_day(module.completed_day, language).into()),
        ],
    )
}

/// The filled-in fields of a document.
fn filled(document: &LivingDocument) -> impl Iterator<Item = &crate::documents::DocumentField> {
    document
        .fields
        .iter()
        .filter(|f| !f.value.trim().is_empty())
}

fn document_detail(document: &LivingDocument, language: Language) -> String {
    let parts = document.fields.len();
    match filled(document).count() {
        0 => language.say("share-document-empty"),
        n => language.say_with(
            "share-document-filled",
            &[("filled", n.into()), ("parts", parts.into())],
        ),
    }
}

/// When a moment happened, on the clock he was living by: "Tue 3 Nov 2026, 19:40".
fn moment_when(moment: &AngerMoment, language: Language) -> String {
    let offset = chrono::FixedOffset::east_opt(moment.utc_offset_minutes * 60)
        .unwrap_or_else(|| chrono::FixedOffset::east_opt(0).expect("zero is a valid offset"));
    weekday_day_time(
        moment.recorded_at.with_timezone(&offset).naive_local(),
        language,
    )
}

/// How strong a moment was: "7 of 10".
fn moment_strength(moment: &AngerMoment, language: Language) -> String {
    language.say_with(
        "share-anger-strength",
        &[("intensity", moment.intensity.into())],
    )
}

/// What he did, or a plain word when he wrote nothing.
fn moment_did(moment: &AngerMoment, language: Language) -> String {
    match moment.what_i_did.as_deref().map(str::trim) {
        Some(did) if !did.is_empty() => did.to_owned(),
        _ => language.say("share-anger-not-written"),
    }
}

/// Whether it needed putting right, and whether he has: the key the anger messages choose their
/// words by.
fn moment_repair_key(moment: &AngerMoment) -> &'static str {
    match (moment.repair_needed, moment.repair_done) {
        (false, _) => "not-needed",
        (true, true) => "done",
        (true, false) => "not-yet",
    }
}

/// Whether it needed putting right, and whether he has, for a table cell: "Not yet".
fn moment_repair(moment: &AngerMoment, language: Language) -> String {
    language.say(&format!("share-repair-{}", moment_repair_key(moment)))
}

/// A day's average and, when a reading was higher, its highest: "5 (highest 8)".
fn average_and_highest(average: Option<f64>, highest: Option<f64>, language: Language) -> String {
    match (average, highest) {
        (Some(average), Some(highest)) if highest > average => language.say_with(
            "share-average-and-highest",
            &[
                ("average", number(average, language).into()),
                ("highest", number(highest, language).into()),
            ],
        ),
        (Some(average), _) => number(average, language),
        (None, _) => "–".to_owned(),
    }
}

/// The days (or weeks) with readings: each label and one cell per series.
fn daily_rows(trends: &SpanTrends, language: Language) -> Vec<(String, Vec<String>)> {
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
                1 => short_weekday_day(d, language),
                _ => language.say_with("share-week-of", &[("day", short_day(d, language).into())]),
            };
            let cells = trends
                .series
                .iter()
                .zip(&trends.highest)
                .map(|(series, highest)| {
                    average_and_highest(
                        series.points.get(i).and_then(|p| p.value),
                        highest.get(i).copied().flatten(),
                        language,
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
    title: String,
    summary: String,
    items: Vec<(String, String)>,
) -> SharePreviewSection {
    SharePreviewSection {
        kind,
        title,
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

/// The preview: what each section will hold, in the report's language.
pub(crate) fn preview(report: &Report) -> SharePreview {
    let language = report.language;
    let title = language.say_with("share-preview-title", &span_values(report));
    if report.nothing_chosen() {
        return SharePreview {
            title,
            nothing_chosen: true,
            sections: Vec::new(),
            message: language.say("share-nothing-chosen"),
        };
    }
    let mut sections = Vec::new();
    if let Some(trends) = &report.trends {
        sections.push(SharePreviewSection {
            kind: ShareSectionKind::Trends,
            title: language.say("share-trends-title"),
            summary: match trends.check_in_count {
                0 => language.say("share-check-ins-none-yet"),
                // Two sentences: how many, then what the charts show.
                _ => format!(
                    "{} {}",
                    check_in_sentence(trends, report),
                    language.say("share-trends-charts")
                ),
            },
            count: trends.check_in_count.max(0) as u32,
            items: Vec::new(),
        });
    }
    if !report.entries.is_empty() {
        sections.push(listed(
            ShareSectionKind::JournalEntries,
            language.say("share-entries-title"),
            counted(
                language,
                "share-entries-summary",
                "entries",
                report.entries.len(),
            ),
            report
                .entries
                .iter()
                .map(|e| (entry_day(e, language), first_line(&e.body)))
                .collect(),
        ));
    }
    if let Some(modules) = &report.modules {
        sections.push(listed(
            ShareSectionKind::CompletedModules,
            language.say("share-modules-title"),
            match modules.len() {
                0 => language.say("share-modules-none"),
                n => counted(language, "share-modules-summary", "modules", n),
            },
            modules
                .iter()
                .map(|m| (m.module_title.clone(), module_detail(m, language)))
                .collect(),
        ));
    }
    if !report.documents.is_empty() {
        sections.push(listed(
            ShareSectionKind::LivingDocuments,
            language.say("share-documents-title"),
            counted(
                language,
                "share-documents-summary",
                "documents",
                report.documents.len(),
            ),
            report
                .documents
                .iter()
                .map(|d| (d.title.clone(), document_detail(d, language)))
                .collect(),
        ));
    }
    if let Some(moments) = &report.anger {
        sections.push(listed(
            ShareSectionKind::AngerLog,
            language.say("share-anger-title"),
            match moments.len() {
                0 => language.say("share-anger-none"),
                n => counted(language, "share-anger-summary", "moments", n),
            },
            moments
                .iter()
                .map(|m| {
                    (
                        moment_when(m, language),
                        language.say_with(
                            "share-anger-detail",
                            &[
                                ("intensity", m.intensity.into()),
                                ("did", moment_did(m, language).trim_end_matches('.').into()),
                                ("repair", moment_repair_key(m).into()),
                            ],
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
        message: language.say("share-preview-note"),
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

/// The id of a measure's chart on the page, the same in every language: "chart-anger".
fn chart_id(series: &TrendSeries) -> &'static str {
    match series.metric {
        Metric::Pleasantness => "chart-pleasantness",
        Metric::Energy => "chart-energy",
        Metric::Anger => "chart-anger",
        Metric::Stress => "chart-stress",
    }
}

/// The report as one self-contained HTML page in the report's language (its `lang` says which):
/// no scripts, nothing fetched.
pub(super) fn html(report: &Report) -> String {
    let language = report.language;
    let span = span_label(report);
    let title = language.say("share-title");
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}: {}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <header>\n<h1>{}</h1>\n<p class=\"span\">{}</p>\n<p class=\"intro\">{}</p>\n</header>\n",
        language.tag(),
        esc(&title),
        esc(&span),
        esc(&title),
        esc(&span),
        esc(&language.say("share-intro")),
    );
    if let Some(trends) = &report.trends {
        let _ = write!(
            out,
            "<section id=\"trends\">\n<h2>{}</h2>\n<p>{}</p>\n",
            esc(&language.say("share-trends-title")),
            esc(&check_in_sentence(trends, report))
        );
        for (index, series) in trends.series.iter().enumerate() {
            let summary = trend_sentence(trends, index, language);
            let mut chart_title = span_values(report).to_vec();
            chart_title.push(("measure", series.label.as_str().into()));
            let _ = write!(
                out,
                "<figure>\n<h3>{}</h3>\n{}\n<figcaption>{}</figcaption>\n</figure>\n",
                esc(&series.label),
                chart::svg(
                    series,
                    trends.highest.get(index).map_or(&[], Vec::as_slice),
                    chart_id(series),
                    &language.say_with("share-chart-title", &chart_title),
                    &summary,
                    language,
                ),
                esc(&summary)
            );
        }
        let _ = writeln!(
            out,
            "<p class=\"muted\">{}</p>",
            esc(&language.say("share-charts-note"))
        );
        let rows = daily_rows(trends, language);
        if !rows.is_empty() {
            let _ = write!(
                out,
                "<h3>{}</h3>\n<table>\n<thead><tr><th>{}</th>",
                esc(&by_day_title(trends, language)),
                esc(&period_word(trends, language))
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
        let _ = writeln!(
            out,
            "<section id=\"journal\">\n<h2>{}</h2>",
            esc(&language.say("share-entries-title"))
        );
        for entry in &report.entries {
            let _ = write!(
                out,
                "<article>\n<h3>{}</h3>\n",
                esc(&entry_day(entry, language))
            );
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
                    "<p class=\"tags\">{}</p>",
                    esc(&tags_line(&entry.tags.join(", "), language))
                );
            }
            out.push_str("</article>\n");
        }
        out.push_str("</section>\n");
    }
    if let Some(modules) = &report.modules {
        let _ = writeln!(
            out,
            "<section id=\"modules\">\n<h2>{}</h2>",
            esc(&language.say("share-modules-title"))
        );
        if modules.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"muted\">{}</p>",
                esc(&language.say("share-modules-none"))
            );
        } else {
            out.push_str("<ul>\n");
            for module in modules {
                let _ = writeln!(
                    out,
                    "<li><strong>{}</strong>: {}</li>",
                    esc(&module.module_title),
                    esc(&module_detail(module, language))
                );
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }
    if !report.documents.is_empty() {
        let _ = writeln!(
            out,
            "<section id=\"documents\">\n<h2>{}</h2>",
            esc(&language.say("share-documents-title"))
        );
        for document in &report.documents {
            let _ = writeln!(out, "<article>\n<h3>{}</h3>", esc(&document.title));
            if filled(document).next().is_none() {
                let _ = writeln!(
                    out,
                    "<p class=\"muted\">{}</p>",
                    esc(&language.say("share-document-empty-sentence"))
                );
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
        let _ = writeln!(
            out,
            "<section id=\"anger\">\n<h2>{}</h2>",
            esc(&language.say("share-anger-title"))
        );
        if moments.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"muted\">{}</p>",
                esc(&language.say("share-anger-none"))
            );
        } else {
            let [when, strength, did, repair] = anger_columns(language);
            let _ = write!(
                out,
                "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n\
                 <tbody>\n",
                esc(&when),
                esc(&strength),
                esc(&did),
                esc(&repair)
            );
            for moment in moments {
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&moment_when(moment, language)),
                    esc(&moment_strength(moment, language)),
                    esc(&moment_did(moment, language)),
                    esc(&moment_repair(moment, language))
                );
            }
            out.push_str("</tbody>\n</table>\n");
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The anger log table's headings: when, how strong, what he did, putting it right.
fn anger_columns(language: Language) -> [String; 4] {
    [
        "share-column-when",
        "share-column-strength",
        "share-column-did",
        "share-column-repair",
    ]
    .map(|id| language.say(id))
}

/// The line under an entry with its tags.
fn tags_line(tags: &str, language: Language) -> String {
    language.say_with("share-tags", &[("tags", tags.into())])
}

/// What one row of the table of days stands for: "Day", or "Week" over long spans.
fn period_word(trends: &SpanTrends, language: Language) -> String {
    language.say(if trends.bucket_days == 1 {
        "share-column-day"
    } else {
        "share-column-week"
    })
}

/// The heading of the table of days (or weeks).
fn by_day_title(trends: &SpanTrends, language: Language) -> String {
    language.say(if trends.bucket_days == 1 {
        "share-by-day"
    } else {
        "share-by-week"
    })
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

/// The report as Markdown in the report's language, with the trends as a small table.
pub(super) fn markdown(report: &Report) -> String {
    let language = report.language;
    let mut out = String::new();
    let _ = write!(
        out,
        "# {}\n\n**{}**\n\n{}\n",
        language.say("share-title"),
        span_label(report),
        language.say("share-intro")
    );
    if let Some(trends) = &report.trends {
        let columns = [
            "share-column-measure",
            "share-column-scale",
            "share-column-average",
            "share-column-lowest-day",
            "share-column-highest-day",
            "share-column-highest-reading",
        ]
        .map(|id| md_cell(&language.say(id)));
        let _ = write!(
            out,
            "\n## {}\n\n{}\n\n| {} |\n|---|---|---|---|---|---|\n",
            language.say("share-trends-title"),
            check_in_sentence(trends, report),
            columns.join(" | ")
        );
        for (index, series) in trends.series.iter().enumerate() {
            let scale = language.say_with(
                "share-scale",
                &[
                    ("min", number(series.scale_min, language).into()),
                    ("max", number(series.scale_max, language).into()),
                ],
            );
            match (chart::stats(series), highest_reading(trends, index)) {
                (Some(s), Some((high, high_day))) => {
                    let _ = writeln!(
                        out,
                        "| {} | {scale} | {} | {} ({}) | {} ({}) | {} ({}) |",
                        md_cell(&series.label),
                        number(s.average, language),
                        number(s.lowest.0, language),
                        short_day(s.lowest.1, language),
                        number(s.highest.0, language),
                        short_day(s.highest.1, language),
                        number(high, language),
                        short_day(high_day, language),
                    );
                }
                _ => {
                    let _ = writeln!(
                        out,
                        "| {} | {scale} | {} | – | – | – |",
                        md_cell(&series.label),
                        md_cell(&language.say("share-no-readings-cell"))
                    );
                }
            }
        }
        out.push('\n');
        for index in 0..trends.series.len() {
            let _ = writeln!(out, "- {}", trend_sentence(trends, index, language));
        }
        let rows = daily_rows(trends, language);
        if !rows.is_empty() {
            let _ = write!(
                out,
                "\n### {}\n\n| {} |",
                by_day_title(trends, language),
                period_word(trends, language)
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
        let _ = writeln!(out, "\n## {}", language.say("share-entries-title"));
        for entry in &report.entries {
            let _ = write!(out, "\n### {}\n\n", entry_day(entry, language));
            if let Some(prompt) = &entry.prompt_text {
                let _ = write!(out, "*{}*\n\n", md_text(prompt));
            }
            let _ = writeln!(out, "{}", md_text(&entry.body));
            if !entry.tags.is_empty() {
                let _ = write!(
                    out,
                    "\n{}\n",
                    tags_line(&md_text(&entry.tags.join(", ")), language)
                );
            }
        }
    }
    if let Some(modules) = &report.modules {
        let _ = write!(out, "\n## {}\n\n", language.say("share-modules-title"));
        if modules.is_empty() {
            let _ = writeln!(out, "{}", language.say("share-modules-none"));
        }
        for module in modules {
            let _ = writeln!(
                out,
                "- **{}**: {}",
                md_text(&module.module_title),
                md_text(&module_detail(module, language))
            );
        }
    }
    if !report.documents.is_empty() {
        let _ = writeln!(out, "\n## {}", language.say("share-documents-title"));
        for document in &report.documents {
            let _ = write!(out, "\n### {}\n\n", md_text(&document.title));
            if filled(document).next().is_none() {
                let _ = writeln!(out, "{}", language.say("share-document-empty-sentence"));
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
        let _ = write!(out, "\n## {}\n\n", language.say("share-anger-title"));
        if moments.is_empty() {
            let _ = writeln!(out, "{}", language.say("share-anger-none"));
        } else {
            let columns = anger_columns(language).map(|c| md_cell(&c));
            let _ = write!(out, "| {} |\n|---|---|---|---|\n", columns.join(" | "));
            for moment in moments {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    moment_when(moment, language),
                    moment_strength(moment, language),
                    md_cell(&md_text(&moment_did(moment, language))),
                    moment_repair(moment, language)
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
            language: Language::ENGLISH,
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

    fn moment(intensity: i32, what_i_did: Option<&str>, repair: (bool, bool)) -> AngerMoment {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-03T19:40:00-05:00")
            .expect("a time")
            .to_utc();
        AngerMoment {
            id: uuid::Uuid::new_v4(),
            recorded_at: at,
            updated_at: at,
            utc_offset_minutes: -300,
            local_day: day("2026-11-03"),
            what_happened: "Not in the report".to_owned(),
            intensity,
            body_cues: Vec::new(),
            thoughts: None,
            what_i_did: what_i_did.map(str::to_owned),
            next_time: None,
            repair_needed: repair.0,
            repair_done: repair.1,
        }
    }

    #[test]
    fn the_report_and_its_preview_are_in_french_with_the_french_pack() {
        let mut report = with_modules(vec![pause_module()]);
        report.anger = Some(vec![
            moment(7, Some("Je suis sorti marcher."), (true, false)),
            moment(4, None, (false, false)),
        ]);
        let english = preview(&report);
        report.language = Language::of_pack("fr-CA");
        let french = preview(&report);
        assert_eq!(
            french.title,
            "Rapport du 1er novembre 2026 au 22 novembre 2026"
        );
        assert_ne!(french.title, english.title);
        let modules = &french.sections[0];
        assert_eq!(modules.title, "Modules terminés");
        assert_eq!(modules.summary, "1 module terminé.");
        assert_eq!(
            modules.items[0].detail.as_deref(),
            Some("Me: anger as energy, terminé le 3 novembre 2026")
        );
        let anger = &french.sections[1];
        assert_eq!(anger.title, "Moments de colère");
        assert!(
            anger.summary.starts_with("2 moments. Pour chacun"),
            "{}",
            anger.summary
        );
        assert_eq!(anger.items[0].label, "mardi 3 novembre 2026, 19 h 40");
        assert_eq!(
            anger.items[0].detail.as_deref(),
            Some(
                "Force\u{a0}: 7 sur 10. Ce que tu as fait\u{a0}: Je suis sorti marcher. \
                 Réparer\u{a0}: pas encore."
            )
        );
        assert_eq!(
            anger.items[1].detail.as_deref(),
            Some(
                "Force\u{a0}: 4 sur 10. Ce que tu as fait\u{a0}: Rien d'écrit. Réparer\u{a0}: \
                 pas nécessaire."
            )
        );
        assert_ne!(french.message, english.message);

        let page = html(&report);
        assert!(page.contains("<html lang=\"fr-CA\">"), "{page}");
        assert!(page.contains("<h1>Mon rapport Groundwork</h1>"), "{page}");
        assert!(page.contains("<th>Ce que j&#39;ai fait</th>"), "{page}");
        assert!(page.contains("<td>Pas encore</td>"), "{page}");
        let md = markdown(&report);
        assert!(md.starts_with("# Mon rapport Groundwork\n"), "{md}");
        assert!(md.contains("\n## Moments de colère\n"), "{md}");
        // In English the page says so too.
        report.language = Language::ENGLISH;
        assert!(html(&report).contains("<html lang=\"en\">"));
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
