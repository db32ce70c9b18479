//! Find your people: the peer groups of his region (Men's Sheds, dads' groups, men's groups),
//! from the built-in pack like help lines. Help now's "I need to talk to someone" lists them,
//! the friends module's completion shows them, home offers them quietly after three weeks, and
//! an installed pack can neither add nor change them.

use groundwork_core::content::default_pack;
use groundwork_core::{Clock, ManualClock, PeerGroupType, Situation};
use groundwork_tests::region;
use groundwork_tests::{device_time, open_at, walk};

const NOW: &str = "2026-06-10T09:00:00+10:00";

/// Moves the clock on by whole days.
fn advance_days(clock: &ManualClock, days: i64) {
    clock.set(clock.now() + chrono::Duration::days(days));
}

fn calm_check_in() -> groundwork_core::CheckInInput {
    groundwork_core::CheckInInput::new(1, 0)
}

#[test]
fn talking_to_someone_lists_the_regions_groups_after_the_lines_and_other_situations_do_not() {
    let (now, offset) = device_time(NOW);
    let talk =
        groundwork_core::help_now(Some(region("GB")), None, Some(Situation::Talk), now, offset)
            .expect("help now");
    let groups = talk.peer_groups.expect("GB has groups");
    assert_eq!(groups.title, "Find your people");
    assert_eq!(groups.region_name, "United Kingdom");
    let ids: Vec<&str> = groups.groups.iter().map(|g| g.id.as_str()).collect();
    assert!(ids.contains(&"gb-mens-sheds"), "{ids:?}");
    let sheds = groups
        .groups
        .iter()
        .find(|g| g.id == "gb-mens-sheds")
        .expect("sheds");
    assert_eq!(sheds.kind, PeerGroupType::MensShed);
    assert_eq!(sheds.origin, "Built into Groundwork");
    assert!(
        sheds.checked.starts_with("Details checked "),
        "{}",
        sheds.checked
    );
    assert!(
        sheds.actions.iter().any(|a| a.uri.starts_with("https://")),
        "a way to find the nearest one"
    );

    for situation in [
        Situation::SelfHarm,
        Situation::HurtSomeone,
        Situation::BeingHurt,
        Situation::NewDad,
    ] {
        let screen =
            groundwork_core::help_now(Some(region("GB")), None, Some(situation), now, offset)
                .expect("help now");
        assert!(
            screen.peer_groups.is_none(),
            "{situation:?} lists no groups"
        );
    }
}

#[test]
fn confirmed_groups_come_before_those_not_yet_confirmed() {
    let (now, offset) = device_time(NOW);
    let pack = default_pack().expect("pack");
    for region in ["AU", "CA", "US", "GB", "NZ"] {
        let screen = groundwork_core::help_now(
            Some(groundwork_tests::region(region)),
            None,
            Some(Situation::Talk),
            now,
            offset,
        )
        .expect("help now");
        let Some(groups) = screen.peer_groups else {
            assert!(
                pack.peer_groups_in(region).is_empty(),
                "{region} has groups"
            );
            continue;
        };
        let unconfirmed: Vec<bool> = groups
            .groups
            .iter()
            .map(|card| {
                pack.peer_groups
                    .iter()
                    .find(|g| g.id == card.id)
                    .expect("from the pack")
                    .unconfirmed
            })
            .collect();
        let mut sorted = unconfirmed.clone();
        sorted.sort_unstable();
        assert_eq!(unconfirmed, sorted, "{region}: confirmed first");
        for (card, unconfirmed) in groups.groups.iter().zip(&unconfirmed) {
            assert_eq!(
                card.checked.starts_with("Not yet confirmed"),
                *unconfirmed,
                "{}",
                card.id
            );
        }
    }
}

#[test]
fn every_region_the_app_serves_has_at_least_one_group() {
    let pack = default_pack().expect("pack");
    for region in &pack.helplines {
        assert!(
            !pack.peer_groups_in(&region.code).is_empty(),
            "{} has no group",
            region.code
        );
    }
}

#[test]
fn home_offers_the_groups_after_three_weeks_of_use_until_he_puts_the_card_away() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), NOW);
    g.set_region(region("NZ")).expect("region");
    assert!(
        g.home_screen().expect("home").peer_groups_card.is_none(),
        "nothing used yet"
    );
    g.add_journal_entry("First day.".into()).expect("entry");
    g.record_check_in(calm_check_in()).expect("check-in");
    advance_days(&clock, 20);
    assert!(
        g.home_screen().expect("home").peer_groups_card.is_none(),
        "not before three weeks"
    );
    advance_days(&clock, 1);
    let card = g
        .home_screen()
        .expect("home")
        .peer_groups_card
        .expect("three weeks in");
    assert_eq!(card.groups.region_name, "New Zealand");
    assert!(card.groups.groups.iter().any(|g| g.id == "nz-menzshed"));
    assert_eq!(card.dismiss_label, "Not now");

    let home = g.dismiss_peer_groups_card().expect("dismiss");
    assert!(home.peer_groups_card.is_none());
    assert!(g.home_screen().expect("home").peer_groups_card.is_none());
    // Still there when he asks for them.
    let groups = g.peer_groups(None).expect("groups").expect("NZ has groups");
    assert!(groups.groups.iter().any(|g| g.id == "nz-menzshed"));
}

#[test]
fn home_offers_nothing_while_his_region_is_unknown() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), NOW);
    g.record_check_in(calm_check_in()).expect("check-in");
    advance_days(&clock, 30);
    assert!(g.home_screen().expect("home").peer_groups_card.is_none());
    assert!(g.peer_groups(None).expect("groups").is_none());
    assert!(
        matches!(
            g.peer_groups(Some(region("ZZ"))),
            Err(groundwork_core::ApiError::InvalidInput { .. })
        ),
        "a region with no lines is refused"
    );
}

#[test]
fn finishing_the_friends_module_shows_his_regions_groups_and_other_modules_do_not() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    g.set_region(region("AU")).expect("region");
    let first = walk(&g, "where-you-are-now");
    assert!(first.peer_groups.is_none());
    let done = walk(&g, "friends-and-not-feeling-alone");
    let groups = done.peer_groups.expect("groups after the friends module");
    assert_eq!(groups.region_name, "Australia");
    assert!(groups.groups.iter().any(|g| g.id == "au-mens-sheds"));
}

#[test]
fn an_installed_pack_can_neither_add_nor_change_the_groups() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    g.set_region(region("GB")).expect("region");
    let mut pack = default_pack().expect("pack").clone();
    pack.manifest.id = "someones-pack".into();
    pack.manifest.title = "Someone's pack".into();
    let sheds = pack
        .peer_groups
        .iter_mut()
        .find(|g| g.id == "gb-mens-sheds")
        .expect("sheds");
    sheds.web = Some("https://example.org/not-the-sheds".into());
    let mut made_up = sheds.clone();
    made_up.id = "gb-made-up-group".into();
    made_up.name = "A made-up group".into();
    made_up.web = Some("https://example.org/made-up".into());
    pack.peer_groups.push(made_up);

    let preview = g
        .preview_pack(groundwork_pack::compile(&pack).expect("compile"))
        .expect("preview");
    assert!(
        preview
            .set_aside
            .iter()
            .any(|s| s == "its own list of groups where men meet"),
        "{:?}",
        preview.set_aside
    );
    g.install_pack(groundwork_pack::compile(&pack).expect("compile"), None)
        .expect("install");
    let groups = g.peer_groups(None).expect("groups").expect("GB groups");
    assert!(groups.groups.iter().all(|g| g.id != "gb-made-up-group"));
    let sheds = groups
        .groups
        .iter()
        .find(|g| g.id == "gb-mens-sheds")
        .expect("sheds");
    assert!(
        sheds
            .actions
            .iter()
            .all(|a| !a.target.contains("example.org")),
        "the built-in address stays"
    );
}

#[test]
fn a_backup_made_after_he_put_the_card_away_restores_and_keeps_it_away() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), NOW);
    g.set_region(region("NZ")).expect("region");
    g.record_check_in(calm_check_in()).expect("check-in");
    advance_days(&clock, 21);
    g.dismiss_peer_groups_card().expect("dismiss");
    let file = g
        .backup_with_work_factor("correct horse battery", 2)
        .expect("backup");

    let other = tempfile::tempdir().expect("dir");
    let (restored, clock) = open_at(other.path(), NOW);
    restored
        .restore_backup(
            &file.contents,
            "correct horse battery",
            groundwork_core::backup::RestoreMode::ReplaceEmpty,
        )
        .expect("a setting this version writes restores");
    advance_days(&clock, 21);
    assert!(
        restored
            .home_screen()
            .expect("home")
            .peer_groups_card
            .is_none(),
        "the card stays put away"
    );
}
