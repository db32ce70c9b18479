//! Installing a content pack while the app runs: a newer edition or a counsellor's pack. Checked
//! again in full, kept beside the database, and never able to lose what he did. What a pack may
//! not change (help lines, the crisis check, the safety plan) is tested in `pack_trust.rs`.

use std::path::Path;

use groundwork_core::content::default_pack;
use groundwork_core::content::installed::PACK_FILE;
use groundwork_core::curriculum::{ModuleState, OnboardingChoices};
use groundwork_core::{
    ApiError, ContentStatus, Groundwork, HelpNowScreen, PackInstallOutcome, Situation,
};
use groundwork_tests::{
    answer_for, device_time, edited_core_en_bundle, open_at, open_step, replace_in,
    set_pack_version, walk,
};

const NOW: &str = "2026-06-10T21:00:00+10:00";

/// Help now from the built-in content alone, as a device asks for it at [`NOW`].
fn help_now(
    region: Option<&str>,
    device_locale: Option<String>,
    situation: Option<Situation>,
) -> Result<HelpNowScreen, ApiError> {
    let (now, offset) = device_time(NOW);
    let region = region.map(groundwork_tests::region);
    groundwork_core::help_now(region, device_locale, situation, now, offset)
}

/// Help now from the pack a data folder uses, before unlock, as a device asks for it at [`NOW`].
fn help_now_in(
    data_dir: String,
    region: Option<&str>,
    device_locale: Option<String>,
    situation: Option<Situation>,
) -> Result<HelpNowScreen, ApiError> {
    let (now, offset) = device_time(NOW);
    let region = region.map(groundwork_tests::region);
    groundwork_core::help_now_in(data_dir, region, device_locale, situation, now, offset)
}

/// A version above the built-in pack's.
const NEWER: &str = "90.0.0";

fn built_in_version() -> String {
    default_pack().expect("pack").manifest.version.clone()
}

/// The built-in pack as a newer edition ([`NEWER`]).
fn newer() -> Vec<u8> {
    edited_core_en_bundle(|dir| set_pack_version(dir, NEWER))
}

/// Installs `bundle`, with no app lock set.
fn install(g: &Groundwork, bundle: Vec<u8>) -> Result<ContentStatus, ApiError> {
    match g.install_pack(bundle, None)? {
        PackInstallOutcome::Installed { status } => Ok(status),
        other => panic!("expected Installed, got {other:?}"),
    }
}

fn lifeline(screen: &HelpNowScreen) -> Option<String> {
    screen
        .lines
        .iter()
        .find(|l| l.name.contains("Lifeline"))
        .and_then(|l| l.actions.first())
        .map(|a| a.target.clone())
}

fn data_dir(dir: &Path) -> String {
    dir.to_str().expect("utf-8 path").to_owned()
}

#[test]
fn an_installed_newer_edition_is_used_stays_after_reopening_and_removing_it_goes_back() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let au = || Some("AU");
    let before_unlock =
        |dir: &Path| help_now_in(data_dir(dir), au(), None, Some(Situation::SelfHarm));

    let status = install(&g, newer()).expect("install");
    assert!(status.installed);
    assert_eq!(status.version, NEWER);
    assert!(
        status.summary.contains("installed on this device"),
        "{status:?}"
    );
    assert!(status.remove_label.is_some());
    // Help keeps the built-in numbers, inside the app and before unlock.
    let inside = g
        .help_now(Some(Situation::SelfHarm), Some("en_AU".into()))
        .expect("help");
    assert_eq!(lifeline(&inside).as_deref(), Some("131114"));
    assert_eq!(
        lifeline(&before_unlock(dir.path()).expect("help")).as_deref(),
        Some("131114")
    );

    // Reopened later, the installed pack is still the one in use.
    drop(g);
    let (g, _) = open_at(dir.path(), NOW);
    assert!(g.content_status().installed);
    assert_eq!(g.pack().manifest.version, NEWER);

    // Going back to the built-in content removes the file.
    let status = g.remove_installed_pack().expect("remove");
    assert!(!status.installed);
    assert!(status.remove_label.is_none());
    assert!(!dir.path().join(PACK_FILE).exists());
    assert_eq!(
        lifeline(&help_now(au(), None, Some(Situation::SelfHarm)).expect("help")).as_deref(),
        Some("131114")
    );
}

#[test]
fn a_file_that_is_not_a_valid_pack_is_refused_with_the_reason_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let mut damaged = newer();
    let last = damaged.len() - 1;
    damaged[last] ^= 0xff;
    let older = edited_core_en_bundle(|dir| {
        set_pack_version(dir, "0.9.0");
    });
    let needs_newer_app = edited_core_en_bundle(|dir| {
        replace_in(
            dir,
            "pack.toml",
            "min_core_version = \"0.1.0\"",
            "min_core_version = \"99.0.0\"",
        );
    });
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("text", b"hello, this is not a pack".to_vec(), "not"),
        ("damaged", damaged, "damaged"),
        ("older edition", older, "older edition"),
        ("for a newer app", needs_newer_app, "99.0.0"),
    ];
    for (what, bytes, reason_part) in cases {
        match g.install_pack(bytes, None) {
            Err(e @ ApiError::PackRefused { .. }) => {
                let ApiError::PackRefused { reason } = &e else {
                    unreachable!()
                };
                assert!(reason.contains(reason_part), "{what}: {reason}");
                assert!(e.to_string().ends_with("Nothing was changed."), "{e}");
            }
            other => panic!("{what}: expected PackRefused, got {other:?}"),
        }
        assert!(!dir.path().join(PACK_FILE).exists(), "{what}: no file kept");
        assert!(!g.content_status().installed, "{what}");
        assert_eq!(g.pack().manifest.version, built_in_version(), "{what}");
    }
}

#[test]
fn a_pack_file_damaged_on_disk_is_set_aside_with_a_plain_note_and_help_still_shows() {
    let dir = tempfile::tempdir().expect("dir");
    {
        let (g, _) = open_at(dir.path(), NOW);
        install(&g, newer()).expect("install");
    }
    let path = dir.path().join(PACK_FILE);
    let mut bytes = std::fs::read(&path).expect("read");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&path, bytes).expect("write");

    let (g, _) = open_at(dir.path(), NOW);
    let status = g.content_status();
    assert!(!status.installed);
    assert!(
        status
            .note
            .as_deref()
            .is_some_and(|n| n.contains("built-in content is in use")),
        "{status:?}"
    );
    assert!(status.remove_label.is_some(), "he can clear the bad file");
    assert_eq!(
        lifeline(
            &help_now_in(
                data_dir(dir.path()),
                Some("AU"),
                None,
                Some(Situation::SelfHarm)
            )
            .expect("help")
        )
        .as_deref(),
        Some("131114")
    );
    g.remove_installed_pack().expect("remove");
    assert!(!path.exists());
    assert!(g.content_status().note.is_none());
}

#[test]
fn an_app_update_with_newer_built_in_content_wins_over_an_older_installed_edition() {
    let dir = tempfile::tempdir().expect("dir");
    // An installed copy of the same edition as the built-in one: it is used.
    let same_edition = edited_core_en_bundle(|_| {});
    let (g, _) = open_at(dir.path(), NOW);
    install(&g, same_edition).expect("install");
    assert!(g.content_status().installed);
    drop(g);
    // Now the file claims an older edition than the app's: the app's content wins, and says so.
    let older = edited_core_en_bundle(|dir| set_pack_version(dir, "0.9.0"));
    std::fs::write(dir.path().join(PACK_FILE), older).expect("write");
    let (g, _) = open_at(dir.path(), NOW);
    let status = g.content_status();
    assert!(!status.installed);
    assert!(
        status
            .note
            .as_deref()
            .is_some_and(|n| n.contains("newer content")),
        "{status:?}"
    );
    assert_eq!(g.pack().manifest.version, built_in_version());
}

#[test]
fn progress_stays_across_installing_a_pack_that_renames_the_module_in_progress() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    g.complete_onboarding(OnboardingChoices {
        region: "AU".into(),
        track_ids: vec!["general".into()],
        baby_date: None,
        discreet_mode: false,
        things_are_hard: false,
    })
    .expect("onboard");
    walk(&g, "where-you-are-now");
    let step = open_step(&g, "your-values");
    let answer = step.exercise.as_ref().map(answer_for);
    g.continue_lesson("your-values".into(), step.step_index, answer)
        .expect("one step on");

    // Version 1.1: "your-values" is now "what-matters-most".
    let mut pack = default_pack().expect("pack").clone();
    pack.manifest.version = NEWER.into();
    pack.manifest
        .renamed
        .insert("your-values".into(), "what-matters-most".into());
    for module in &mut pack.modules {
        if module.meta.id == "your-values" {
            module.meta.id = "what-matters-most".into();
        }
        for prerequisite in &mut module.meta.prerequisites {
            if prerequisite == "your-values" {
                *prerequisite = "what-matters-most".into();
            }
        }
    }
    for required in &mut pack.manifest.unlock.we_requires {
        if required == "your-values" {
            *required = "what-matters-most".into();
        }
    }
    install(&g, groundwork_pack::compile(&pack).expect("compile")).expect("install");

    let resumed = open_step(&g, "what-matters-most");
    assert_eq!(resumed.step_index, 1, "exactly where he left off");
    assert!(matches!(
        g.open_module("your-values".into()),
        Err(ApiError::NotFound { .. })
    ));
    let done = g.phase_map().expect("map");
    assert!(
        done.phases
            .iter()
            .flat_map(|p| &p.modules)
            .any(|m| m.id == "where-you-are-now" && m.state == ModuleState::Completed),
        "finished work is still finished"
    );
}

#[test]
fn help_before_unlock_refuses_an_unknown_region_plainly_and_works_for_a_folder_not_made_yet() {
    let dir = tempfile::tempdir().expect("dir");
    let missing = dir.path().join("not-made-yet");
    assert!(matches!(
        help_now_in(data_dir(&missing), Some("FR"), None, None),
        Err(ApiError::InvalidInput { ref field, .. }) if field == "region"
    ));
    let help = help_now_in(data_dir(&missing), Some("NZ"), None, None).expect("help");
    assert_eq!(help.region.map(|r| r.code).as_deref(), Some("NZ"));
    assert!(!missing.exists(), "help creates nothing");
}

#[test]
fn the_french_pack_installs_on_an_english_phone_and_keeps_the_help_of_the_french_built_in_pack() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let french = groundwork_core::content::built_in_bundle(
        groundwork_core::base::text::Language::of_pack("fr-CA"),
    )
    .expect("the French bundle");
    let status = install(&g, french).expect("a French pack installs");
    assert!(status.installed);
    assert_eq!(status.pack_id, "core-fr-ca");
    assert_eq!(g.pack().manifest.locale, "fr-CA");
    // Help is the built-in help, in the pack's language: the French words for Canada's lines.
    let help = g
        .help_now(Some(Situation::SelfHarm), Some("fr_CA".into()))
        .expect("help");
    let help = match help.region.as_ref().map(|r| r.code.as_str()) {
        Some("CA") => help,
        _ => {
            g.set_region(groundwork_tests::region("CA"))
                .expect("region");
            g.help_now(Some(Situation::SelfHarm), None).expect("help")
        }
    };
    assert!(
        help.lines
            .iter()
            .any(|l| l.name == "9-8-8 : Ligne d'aide en cas de crise de suicide"),
        "{:?}",
        help.lines.iter().map(|l| &l.name).collect::<Vec<_>>()
    );
    assert_eq!(help.help.label, "De l'aide maintenant");
}
