//! The home screen's shortcuts: the everyday places one tap from home, with the core's words.

use groundwork_core::HomeDestination;
use groundwork_tests::open_at;

#[test]
fn logging_an_anger_moment_is_one_tap_from_home_among_the_everyday_places() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T07:15:00+10:00");
    let home = g.home_screen().expect("home");
    let destinations: Vec<HomeDestination> = home.shortcuts.iter().map(|s| s.destination).collect();
    assert_eq!(
        destinations,
        [
            HomeDestination::CheckIn,
            HomeDestination::AngerMoment,
            HomeDestination::Journal,
            HomeDestination::Insights,
            HomeDestination::Plans,
            HomeDestination::Path,
        ]
    );
    let anger = &home.shortcuts[1];
    assert_eq!(anger.label, "Log an anger moment");
    assert!(
        home.shortcuts
            .iter()
            .all(|s| !s.label.is_empty() && !s.hint.is_empty())
    );

    // The journal's line follows what is in it.
    g.add_journal_entry("A few lines.".into()).expect("entry");
    let home = g.home_screen().expect("home");
    let journal = home
        .shortcuts
        .iter()
        .find(|s| s.destination == HomeDestination::Journal)
        .expect("journal");
    assert_eq!(journal.hint, "1 entry");
}
