//! Sharing with a counsellor: a preview of exactly what is chosen, then a report holding only
//! that, as HTML (self-contained, with SVG charts) or Markdown.

use std::collections::HashMap;

use groundwork_core::share::{ShareFormat, ShareSectionKind, ShareSelection};
use groundwork_core::{ApiError, CheckInInput, Groundwork, JournalEntryInput};
use groundwork_tests::{at, day, open_at};
use uuid::Uuid;

fn nothing(from: &str, to: &str) -> ShareSelection {
    ShareSelection {
        from_day: day(from),
        to_day: day(to),
        include_trends: false,
        journal_entry_ids: vec![],
        include_completed_modules: false,
        living_document_ids: vec![],
        include_anger_log: false,
    }
}

fn write(g: &Groundwork, body: &str) -> Uuid {
    g.write_journal_entry(JournalEntryInput {
        body: body.into(),
        tags: vec!["work".into()],
        prompt_id: None,
    })
    .expect("entry")
    .id
}

/// Three days of November: check-ins on the 1st and 3rd (none on the 2nd), an entry each day.
fn november(g: &Groundwork, clock: &groundwork_core::ManualClock) -> Vec<Uuid> {
    let mut ids = Vec::new();
    for (day, p) in [("01", -2), ("02", 0), ("03", 4)] {
        clock.set(at(&format!("2026-11-{day}T20:00:00+10:00")));
        if day != "02" {
            g.record_check_in(CheckInInput {
                stress: Some(6),
                anger: Some(3),
                ..CheckInInput::new(p, 1)
            })
            .expect("check-in");
        }
        ids.push(write(
            g,
            &format!("Day {day}: <b>held</b> it together & walked.\nMore."),
        ));
    }
    ids
}

/// November (as above) and a safety plan with its warning signs filled in.
fn november_with_safety_plan(
    dir: &std::path::Path,
    warning_signs: &str,
) -> (Groundwork, Vec<Uuid>) {
    let (g, clock) = open_at(dir, "2026-11-01T20:00:00+10:00");
    let ids = november(&g, &clock);
    let plan = HashMap::from([("warning-signs".to_owned(), warning_signs.to_owned())]);
    g.save_living_document("safety-plan".into(), plan)
        .expect("plan");
    (g, ids)
}

#[test]
fn the_preview_says_nothing_is_chosen_until_something_is() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-11-01T20:00:00+10:00");
    november(&g, &clock);
    let preview = g
        .share_preview(nothing("2026-11-01", "2026-11-03"))
        .expect("preview");
    assert!(preview.nothing_chosen);
    assert!(preview.sections.is_empty());
    assert!(
        preview.message.starts_with("Nothing chosen yet"),
        "{}",
        preview.message
    );
    assert_eq!(preview.title, "Report for 1 Nov 2026 to 3 Nov 2026");

    let refused = g.share_report(nothing("2026-11-01", "2026-11-03"), ShareFormat::Html);
    assert!(
        matches!(refused, Err(ApiError::InvalidInput { ref field, .. }) if field == "selection"),
        "{refused:?}"
    );
}

#[test]
fn the_preview_lists_each_chosen_part_with_counts_days_first_lines_and_titles() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, ids) = november_with_safety_plan(dir.path(), "Not sleeping");

    let preview = g
        .share_preview(ShareSelection {
            include_trends: true,
            journal_entry_ids: vec![ids[2], ids[0]],
            include_completed_modules: true,
            living_document_ids: vec!["safety-plan".into()],
            ..nothing("2026-11-01", "2026-11-03")
        })
        .expect("preview");
    assert!(!preview.nothing_chosen);
    let kinds: Vec<ShareSectionKind> = preview.sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            ShareSectionKind::Trends,
            ShareSectionKind::JournalEntries,
            ShareSectionKind::CompletedModules,
            ShareSectionKind::LivingDocuments
        ]
    );
    assert_eq!(preview.sections[0].count, 2);
    assert!(
        preview.sections[0]
            .summary
            .starts_with("2 check-ins on 2 of the 3 days."),
        "{}",
        preview.sections[0].summary
    );
    let entries = &preview.sections[1];
    assert_eq!(entries.count, 2);
    // Oldest first, whatever order they were chosen in.
    assert_eq!(entries.items[0].label, "Sun 1 Nov 2026");
    assert_eq!(
        entries.items[0].detail.as_deref(),
        Some("Day 01: <b>held</b> it together & walked.")
    );
    assert_eq!(entries.items[1].label, "Tue 3 Nov 2026");
    assert_eq!(preview.sections[2].count, 0);
    assert_eq!(preview.sections[3].items[0].label, "My safety plan");
}

#[test]
fn the_html_report_is_self_contained_escaped_and_holds_only_what_was_chosen() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, ids) = november_with_safety_plan(dir.path(), "Not <sleeping>");

    let file = g
        .share_report(
            ShareSelection {
                include_trends: true,
                journal_entry_ids: vec![ids[0]],
                ..nothing("2026-11-01", "2026-11-03")
            },
            ShareFormat::Html,
        )
        .expect("report");
    assert_eq!(
        file.file_name,
        "groundwork-report-2026-11-01-to-2026-11-03.html"
    );
    assert_eq!(file.mime_type, "text/html");
    let html = &file.contents;
    assert!(html.starts_with("<!DOCTYPE html>"));
    for forbidden in [
        "<script", "<link", "<img", "url(", "@import", "http://", "https://",
    ] {
        let outside_svg_namespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assert!(
            !outside_svg_namespace.contains(forbidden),
            "report contains {forbidden}"
        );
    }
    assert!(html.contains("@media print"));
    // His text is escaped, never markup.
    assert!(html.contains("Day 01: &lt;b&gt;held&lt;/b&gt; it together &amp; walked."));
    assert!(!html.contains("<b>held"));
    // Only the chosen entry and no documents.
    assert!(!html.contains("Day 02") && !html.contains("Day 03"));
    assert!(!html.contains("sleeping"));
    assert!(!html.contains("Living documents"));
    // Four charts with accessible names, and a text summary for each.
    assert_eq!(html.matches("<svg").count(), 4);
    assert_eq!(html.matches("role=\"img\"").count(), 4);
    assert!(html.contains("<title id=\"chart-pleasantness-title\">"));
    assert!(
        html.contains(
            "Pleasantness (from -5 to 5): averaged 1 over 2 days with readings; lowest -2 on 1 Nov 2026, highest 4 on 3 Nov 2026."
        ),
        "{html}"
    );
    assert!(html.contains("2 check-ins on 2 of the 3 days."));
    // Two readings, a day apart: joined across the middle of the chart, not two lone dots at
    // its edges, each with its value written beside it and the axis around them.
    let start = html.find("chart-pleasantness-title").expect("chart");
    let path_at = html[start..].find("class=\"line\" d=\"").expect("path") + start;
    let path = &html[path_at..path_at + html[path_at..].find("\"/>").expect("end")];
    assert_eq!(path.matches('M').count(), 1, "{path}");
    assert_eq!(path.matches('L').count(), 1, "{path}");
    let chart = &html[start..start + html[start..].find("</svg>").expect("end")];
    assert!(
        chart.contains(">-2</text>") && chart.contains(">4</text>"),
        "{chart}"
    );
    // The day-by-day table, for the days with readings.
    assert!(html.contains("<td>Sun 1 Nov</td><td>-2</td>"), "{html}");
    assert!(html.contains(">1 Nov</text>") && html.contains(">3 Nov</text>"));
}

#[test]
fn the_markdown_report_has_a_trend_table_entries_and_documents() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-11-01T20:00:00+10:00");
    let ids = november(&g, &clock);
    let file = g
        .share_report(
            ShareSelection {
                include_trends: true,
                journal_entry_ids: vec![ids[1]],
                living_document_ids: vec!["pause-plan".into()],
                ..nothing("2026-11-01", "2026-11-03")
            },
            ShareFormat::Markdown,
        )
        .expect("report");
    assert_eq!(
        file.file_name,
        "groundwork-report-2026-11-01-to-2026-11-03.md"
    );
    let md = &file.contents;
    assert!(md.starts_with("# My Groundwork report"));
    assert!(
        md.contains("| Pleasantness | -5 to 5 | 1 | -2 (1 Nov) | 4 (3 Nov) |"),
        "{md}"
    );
    assert!(
        md.contains("| Stress | 0 to 10 | 6 | 6 (1 Nov) | 6 (1 Nov) |"),
        "{md}"
    );
    assert!(md.contains("### Mon 2 Nov 2026"));
    assert!(md.contains("Day 02: \\<b>held\\</b> it together & walked."));
    assert!(md.contains("### My pause plan"), "{md}");
    assert!(md.contains("Nothing written in it yet."));
}

#[test]
fn bad_dates_unknown_ids_and_entries_outside_the_dates_are_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-11-01T20:00:00+10:00");
    let ids = november(&g, &clock);
    let field_of = |selection: ShareSelection| match g.share_preview(selection) {
        Err(ApiError::InvalidInput { field, .. }) => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    };
    assert_eq!(field_of(nothing("2026-11-03", "2026-11-01")), "to_day");
    assert_eq!(field_of(nothing("2000-01-01", "2026-11-01")), "to_day");
    assert_eq!(
        field_of(ShareSelection {
            journal_entry_ids: vec![ids[2]],
            ..nothing("2026-11-01", "2026-11-02")
        }),
        "journal_entry_ids"
    );
    let unknown_entry = g.share_preview(ShareSelection {
        journal_entry_ids: vec![Uuid::new_v4()],
        ..nothing("2026-11-01", "2026-11-03")
    });
    assert!(
        matches!(unknown_entry, Err(ApiError::NotFound { .. })),
        "{unknown_entry:?}"
    );
    let unknown_document = g.share_report(
        ShareSelection {
            living_document_ids: vec!["diary-of-secrets".into()],
            ..nothing("2026-11-01", "2026-11-03")
        },
        ShareFormat::Markdown,
    );
    assert!(
        matches!(unknown_document, Err(ApiError::NotFound { .. })),
        "{unknown_document:?}"
    );
}

#[test]
fn a_long_span_is_drawn_one_point_a_week() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-11-01T20:00:00+10:00");
    november(&g, &clock);
    let md = g
        .share_report(
            ShareSelection {
                include_trends: true,
                ..nothing("2026-01-01", "2026-12-31")
            },
            ShareFormat::Markdown,
        )
        .expect("report")
        .contents;
    assert!(
        md.contains("Pleasantness (from -5 to 5): 1 in the week of 29 Oct 2026, the only week with readings."),
        "{md}"
    );
}

#[test]
fn completed_modules_in_the_dates_are_listed_only_when_chosen() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-11-01T20:00:00+10:00");
    groundwork_tests::walk(&g, "where-you-are-now");
    clock.set(at("2026-11-20T20:00:00+10:00"));
    groundwork_tests::walk(&g, "body-signals");
    let chosen = ShareSelection {
        include_completed_modules: true,
        ..nothing("2026-11-10", "2026-11-22")
    };
    let preview = g.share_preview(chosen.clone()).expect("preview");
    let modules = preview
        .sections
        .iter()
        .find(|s| s.kind == ShareSectionKind::CompletedModules)
        .expect("a modules section");
    assert_eq!(
        modules.count, 1,
        "only the module finished within the dates"
    );
    let html = g
        .share_report(chosen, ShareFormat::Html)
        .expect("report")
        .contents;
    assert!(html.contains("Your body"), "{html}");
    assert!(!html.contains("Where you are now"));
    let without = g
        .share_report(
            ShareSelection {
                include_trends: true,
                ..nothing("2026-11-10", "2026-11-22")
            },
            ShareFormat::Markdown,
        )
        .expect("report")
        .contents;
    assert!(!without.contains("Your body"), "not chosen, not included");
}

#[test]
fn in_discreet_mode_the_report_file_has_a_neutral_name() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, ids) = november_with_safety_plan(dir.path(), "Not sleeping");
    g.save_reminder_settings(groundwork_core::reminders::ReminderSettings {
        discreet: true,
        ..Default::default()
    })
    .expect("discreet");
    for (format, name) in [
        (ShareFormat::Html, "notes-2026-11-01-to-2026-11-03.html"),
        (ShareFormat::Markdown, "notes-2026-11-01-to-2026-11-03.md"),
    ] {
        let file = g
            .share_report(
                ShareSelection {
                    journal_entry_ids: vec![ids[0]],
                    ..nothing("2026-11-01", "2026-11-03")
                },
                format,
            )
            .expect("report");
        assert_eq!(file.file_name, name);
    }
}
