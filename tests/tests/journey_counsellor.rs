//! The counsellor's loop, through the `Groundwork` object as the apps use it: a counsellor makes
//! a short code and a link for three modules; he reads the code, then accepts the link; a
//! recommended module opens out of order; home shows the plan first; and the report he makes for
//! the counsellor holds his anger log (only when he turns it on) and each day's highest reading
//! beside its average.

use groundwork_core::curriculum::{ModuleOpening, OnboardingChoices};
use groundwork_core::links::AppLink;
use groundwork_core::share::{ShareFormat, ShareSectionKind, ShareSelection};
use groundwork_core::{
    AngerMomentInput, CheckInInput, Groundwork, create_recommendation_code, read_link,
    read_recommendation_code,
};
use groundwork_tests::{at, day, open_at};

const MODULES: [&str; 3] = [
    "the-escalation-cycle",
    "naming-what-you-feel",
    "body-signals",
];

fn onboarded(dir: &std::path::Path) -> (Groundwork, std::sync::Arc<groundwork_core::ManualClock>) {
    let (g, clock) = open_at(dir, "2026-11-02T19:30:00+10:00");
    g.complete_onboarding(OnboardingChoices {
        region: "AU".into(),
        track_ids: vec!["general".into()],
        baby_date: None,
        discreet_mode: false,
        things_are_hard: false,
    })
    .expect("onboarding");
    (g, clock)
}

fn selection(include_anger_log: bool) -> ShareSelection {
    ShareSelection {
        from_day: day("2026-11-02"),
        to_day: day("2026-11-04"),
        include_trends: true,
        journal_entry_ids: vec![],
        include_completed_modules: false,
        living_document_ids: vec![],
        include_anger_log,
    }
}

/// The report with the anger log, as text.
fn report(g: &Groundwork, format: ShareFormat) -> String {
    g.share_report(selection(true), format)
        .expect("report")
        .contents
}

/// What happened, his body's cues and his thoughts never reach the report.
fn assert_keeps_out_what_happened(report: &str) {
    for private in ["car keys", "jaw tight", "Nobody listens"] {
        assert!(!report.contains(private), "{private} stays out");
    }
}

#[test]
fn a_counsellors_code_opens_his_plan_and_his_report_carries_the_anger_log_he_chose_to_share() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = onboarded(dir.path());

    // The counsellor makes the code: twelve characters for three modules and initials.
    let made = create_recommendation_code(
        MODULES.iter().map(|m| (*m).to_owned()).collect(),
        "Sam Wood".into(),
        Some("Start with catching it early. See you Thursday.".into()),
    )
    .expect("a code is made");
    assert_eq!(made.code.chars().filter(|c| *c != '-').count(), 12);
    insta::assert_debug_snapshot!("counsellor_code_made", made);

    // He types the code off the card: the modules and the initials, no note.
    let typed = read_recommendation_code(made.code.to_lowercase().replace('-', " "))
        .expect("the typed code reads");
    assert_eq!(typed.from, "S.W.");
    assert_eq!(typed.note, None);
    insta::assert_json_snapshot!("counsellor_code_read", typed);

    // The link carries the name and the note.
    let AppLink::Recommendation { recommendation } =
        read_link(made.link.clone()).expect("the link reads")
    else {
        panic!("a recommendation link");
    };
    assert_eq!(recommendation.from, "Sam Wood");
    insta::assert_json_snapshot!("counsellor_link_read", recommendation);

    // Before he accepts, "Catch it early" waits for the modules before it.
    let before = g
        .module_overview("the-escalation-cycle".into())
        .expect("overview");
    insta::assert_json_snapshot!("counsellor_module_before_accepting", before);

    let home = g
        .accept_recommendation(made.link.clone())
        .expect("accepted");
    let card = home.recommendations.clone().expect("home shows the plan");
    assert_eq!(card.headline, "Recommended by Sam Wood");
    assert_eq!(
        card.modules
            .iter()
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>(),
        MODULES
    );
    assert_eq!(
        home.next_step.module_id.as_deref(),
        Some("the-escalation-cycle")
    );
    insta::assert_json_snapshot!("counsellor_home_with_plan", home);

    // Out of order: "Catch it early" opens now, ahead of the path.
    let after = g
        .module_overview("the-escalation-cycle".into())
        .expect("overview");
    assert_ne!(before, after);
    insta::assert_json_snapshot!("counsellor_module_after_accepting", after);
    let opening = g.open_module("the-escalation-cycle".into()).expect("opens");
    assert!(matches!(opening, ModuleOpening::Step { .. }), "{opening:?}");
    insta::assert_json_snapshot!("counsellor_module_opened", opening);

    // A day of an 8 and a 2, and an anger moment the next day.
    clock.set(at("2026-11-03T08:00:00+10:00"));
    g.submit_check_in(CheckInInput {
        anger: Some(8),
        stress: Some(7),
        ..CheckInInput::new(-3, 3)
    })
    .expect("check-in");
    clock.set(at("2026-11-03T21:00:00+10:00"));
    g.submit_check_in(CheckInInput {
        anger: Some(2),
        stress: Some(3),
        ..CheckInInput::new(2, -1)
    })
    .expect("check-in");
    clock.set(at("2026-11-04T18:40:00+10:00"));
    g.submit_anger_moment(AngerMomentInput {
        what_happened: "Argument about the car keys".into(),
        intensity: 6,
        body_cues: vec!["jaw tight".into()],
        thoughts: Some("Nobody listens to me".into()),
        what_i_did: Some("Took my pause and came back in 20 minutes".into()),
        next_time: None,
        repair_needed: true,
        repair_done: false,
    })
    .expect("anger moment");

    // The anger log is off unless he turns it on.
    let without = g.share_preview(selection(false)).expect("preview");
    assert!(
        without
            .sections
            .iter()
            .all(|s| s.kind != ShareSectionKind::AngerLog)
    );
    let preview = g.share_preview(selection(true)).expect("preview");
    let log = preview
        .sections
        .iter()
        .find(|s| s.kind == ShareSectionKind::AngerLog)
        .expect("the anger log section");
    assert_eq!(log.count, 1);
    assert!(
        log.summary
            .contains("What happened, your body's cues and your thoughts stay out.")
    );
    insta::assert_json_snapshot!("counsellor_report_preview", preview);

    let html = report(&g, ShareFormat::Html);
    assert!(html.contains("<h2>Anger log</h2>"), "{html}");
    assert!(
        html.contains(
            "<tr><td>Wed 4 Nov 2026, 18:40</td><td>6 of 10</td><td>Took my pause and came back in 20 minutes</td><td>Not yet</td></tr>"
        ),
        "{html}"
    );
    // The 8 and the 2 average 5, and the day's highest says 8.
    assert!(html.contains("<td>Tue 3 Nov</td>"), "{html}");
    assert!(html.contains("<td>5 (highest 8)</td>"), "{html}");
    assert!(
        html.contains("The highest single reading was 8 on 3 Nov 2026."),
        "{html}"
    );
    assert_keeps_out_what_happened(&html);

    let markdown = report(&g, ShareFormat::Markdown);
    assert!(markdown.contains("## Anger log"), "{markdown}");
    assert!(
        markdown.contains(
            "| Wed 4 Nov 2026, 18:40 | 6 of 10 | Took my pause and came back in 20 minutes | Not yet |"
        ),
        "{markdown}"
    );
    assert!(
        markdown.contains("| Tue 3 Nov | -0.5 (highest 2) |"),
        "{markdown}"
    );
    assert!(markdown.contains("5 (highest 8)"), "{markdown}");
    assert_keeps_out_what_happened(&markdown);
    let without_log = g
        .share_report(selection(false), ShareFormat::Markdown)
        .expect("report")
        .contents;
    assert!(!without_log.contains("Anger log"));
}
