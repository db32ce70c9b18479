//! The one link reader: every `groundwork://` link the app opens, and a typed refusal for anything
//! else.

use groundwork_core::links::AppLink;
use groundwork_core::safety::Situation;
use groundwork_core::{ApiError, create_recommendation_code, read_link};

fn refused_field(url: &str) -> &'static str {
    match read_link(url.to_owned()) {
        Err(ApiError::InvalidInput { field, .. }) => match field.as_str() {
            "link" => "link",
            "code" => "code",
            other => panic!("unexpected field {other} for {url}"),
        },
        other => panic!("expected InvalidInput for {url}, got {other:?}"),
    }
}

#[test]
fn the_plain_links_open_their_screens_in_any_case_and_with_a_trailing_slash() {
    let read = |url: &str| read_link(url.to_owned()).expect(url);
    assert_eq!(read("groundwork://check-in"), AppLink::CheckIn);
    assert_eq!(read("GROUNDWORK://Check-In/"), AppLink::CheckIn);
    assert_eq!(read("groundwork://practice"), AppLink::Practice);
    assert_eq!(read(" groundwork://new-dad\n"), AppLink::NewDad);
}

#[test]
fn a_help_link_opens_help_now_at_the_situation_it_names() {
    let read = |url: &str| read_link(url.to_owned()).expect(url);
    assert_eq!(
        read("groundwork://help"),
        AppLink::HelpNow { situation: None }
    );
    assert_eq!(
        read("groundwork://help?situation=self-harm"),
        AppLink::HelpNow {
            situation: Some(Situation::SelfHarm)
        }
    );
    assert_eq!(
        read("groundwork://help?situation=new-dad#top"),
        AppLink::HelpNow {
            situation: Some(Situation::NewDad)
        }
    );
    assert_eq!(
        refused_field("groundwork://help?situation=somewhere"),
        "link",
        "an unknown situation is refused rather than guessed"
    );
}

#[test]
fn a_recommendation_link_carries_the_read_recommendation() {
    let made = create_recommendation_code(vec!["the-pause-plan".into()], "Sam".into(), None)
        .expect("made");
    match read_link(made.link.clone()).expect("reads") {
        AppLink::Recommendation { recommendation } => {
            assert_eq!(recommendation.from, "Sam");
            assert_eq!(recommendation.module_ids, ["the-pause-plan"]);
            assert_eq!(recommendation.headline, "Recommended by Sam");
        }
        other => panic!("expected a recommendation, got {other:?}"),
    }
}

#[test]
fn the_longest_recommendation_link_opens() {
    let made = create_recommendation_code(
        vec!["the-pause-plan".into()],
        "🌿".repeat(40),
        Some("🌿".repeat(140)),
    )
    .expect("made");
    assert!(made.link.chars().count() > 2048, "{}", made.link.len());
    match read_link(made.link).expect("reads") {
        AppLink::Recommendation { recommendation } => {
            assert_eq!(recommendation.from, "🌿".repeat(40));
            assert_eq!(recommendation.note, Some("🌿".repeat(140)));
        }
        other => panic!("expected a recommendation, got {other:?}"),
    }
}

#[test]
fn a_broken_recommendation_link_gives_the_same_typed_error_as_reading_its_code() {
    assert_eq!(refused_field("groundwork://recommend?code=NOPE"), "code");
    assert_eq!(refused_field("groundwork://recommend"), "code");
}

#[test]
fn anything_else_is_refused_as_a_link_without_quoting_it() {
    for url in [
        "",
        "check-in",
        "https://example.org/check-in",
        "groundwork://",
        "groundwork://journal/secret-entry",
        "groundwork:check-in",
        &format!("groundwork://check-in?{}", "a".repeat(5000)),
    ] {
        assert_eq!(refused_field(url), "link", "{url:.40}");
        let message = read_link(url.to_owned()).expect_err("refused").to_string();
        assert!(!message.contains("secret-entry"), "{message}");
    }
}
