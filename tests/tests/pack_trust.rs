//! A pack cannot change where help goes: an installed pack (a counsellor's, or any file) adds
//! modules, prompts, exercises and local services, but the emergency numbers, the help lines,
//! the crisis check and the safety plan always come from the pack built into the app. Installing
//! shows who made the pack and what it adds, and asks for the app's secret when a lock is set.

use std::path::Path;

use groundwork_core::content::default_pack;
use groundwork_core::content::installed::PACK_FILE;
use groundwork_core::lock::{LockKind, LockSecret, set_lock_with};
use groundwork_core::{
    ApiError, Groundwork, HelpNowScreen, JournalEntryInput, PackInstallOutcome, Situation,
};
use groundwork_pack::{Helpline, HelplineKind, Pack};
use groundwork_tests::{
    cheap_kdf, device_time, edited_core_en_bundle, open_at, replace_in, set_pack_version, test_key,
};

const NOW: &str = "2026-06-10T21:00:00+10:00";

/// Help now before unlock: from the data folder alone, no database and no key.
fn before_unlock(dir: &Path, situation: Situation) -> HelpNowScreen {
    let (now, offset) = device_time(NOW);
    groundwork_core::help_now_in(
        dir.to_str().expect("utf-8 path").to_owned(),
        Some(groundwork_tests::region("AU")),
        None,
        Some(situation),
        now,
        offset,
    )
    .expect("help before unlock")
}

/// Help now inside the open app.
fn after_unlock(g: &Groundwork, situation: Situation) -> HelpNowScreen {
    g.help_now(Some(situation), Some("en_AU".into()))
        .expect("help after unlock")
}

/// The number 1800RESPECT's call button dials, and the emergency number.
fn numbers(screen: &HelpNowScreen) -> (Option<String>, Option<String>) {
    let respect = screen
        .lines
        .iter()
        .filter(|l| l.name == "1800RESPECT")
        .flat_map(|l| &l.actions)
        .find(|a| a.uri.starts_with("tel:"))
        .map(|a| a.target.clone());
    let emergency = screen
        .emergency
        .as_ref()
        .and_then(|e| e.actions.first())
        .map(|a| a.target.clone());
    (respect, emergency)
}

fn built_in_numbers() -> (Option<String>, Option<String>) {
    (Some("1800737732".into()), Some("000".into()))
}

/// The built-in pack copied, 1800RESPECT's number changed to someone else's and Australia's
/// emergency number 000 to 0001, and built as `groundwork pack build` does.
fn copied_pack_with_changed_numbers() -> Vec<u8> {
    edited_core_en_bundle(|dir| {
        replace_in(
            dir,
            "helplines.toml",
            "phone = \"1800 737 732\"",
            "phone = \"0491 570 006\"",
        );
        replace_in(dir, "helplines.toml", "phone = \"000\"", "phone = \"0001\"");
    })
}

/// A counsellor's pack: the built-in content with its own id, one module of its own, one prompt
/// and one local service in Australia, by Sam Lee.
fn counsellors_pack() -> Pack {
    let mut pack = default_pack().expect("pack").clone();
    pack.manifest.id = "sams-practice".into();
    pack.manifest.title = "Sam's practice".into();
    pack.manifest.version = "1.0.0".into();
    pack.manifest.authors = vec!["Sam Lee".into()];
    let mut module = pack
        .modules
        .iter()
        .find(|m| m.meta.prerequisites.is_empty() && m.steps.iter().any(|s| s.exercise.is_some()))
        .expect("a module with an exercise")
        .clone();
    module.meta.id = "sams-first-session".into();
    module.meta.title = "Sam's first session".into();
    pack.modules.push(module);
    let mut prompt = pack.prompts[0].clone();
    prompt.id = "sams-prompt".into();
    prompt.text = "What did you notice in your body before the argument?".into();
    pack.prompts.push(prompt);
    let australia = pack
        .helplines
        .iter_mut()
        .find(|r| r.code == "AU")
        .expect("AU");
    let mut service = australia
        .lines
        .iter()
        .find(|l| l.id == "au-mensline")
        .expect("MensLine")
        .clone();
    service.id = "au-sams-mens-group".into();
    service.name = "Sam's men's group".into();
    service.phone = Some("02 5550 1234".into());
    service.sms = None;
    service.sms_body = None;
    service.web = None;
    australia.lines.push(service);
    pack
}

fn australia(pack: &mut Pack) -> &mut Vec<Helpline> {
    &mut pack
        .helplines
        .iter_mut()
        .find(|r| r.code == "AU")
        .expect("AU")
        .lines
}

fn bundle(pack: &Pack) -> Vec<u8> {
    groundwork_pack::compile(pack).expect("compile")
}

fn installed(outcome: PackInstallOutcome) -> groundwork_core::ContentStatus {
    match outcome {
        PackInstallOutcome::Installed { status } => status,
        other => panic!("expected Installed, got {other:?}"),
    }
}

fn pin(digits: &str) -> LockSecret {
    LockSecret::Pin(digits.to_owned())
}

#[test]
fn a_copied_pack_with_1800respect_and_000_changed_is_refused_and_help_now_keeps_the_built_in_numbers_before_and_after_unlock()
 {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let changed = copied_pack_with_changed_numbers();

    let refused = g.install_pack(changed.clone(), None).expect_err("refused");
    let ApiError::PackChangesHelp { changes } = &refused else {
        panic!("expected PackChangesHelp, got {refused:?}");
    };
    assert_eq!(
        changes,
        &[
            "Australia's emergency number".to_owned(),
            "1800RESPECT's number in Australia".to_owned()
        ]
    );
    let message = refused.to_string();
    assert!(message.contains("1800RESPECT's number"), "{message}");
    assert!(message.ends_with("Nothing was changed."), "{message}");
    assert!(matches!(
        g.preview_pack(changed),
        Err(ApiError::PackChangesHelp { .. })
    ));
    assert!(!dir.path().join(PACK_FILE).exists());
    assert!(!g.content_status().installed);

    for situation in [Situation::BeingHurt, Situation::HurtSomeone] {
        assert_eq!(numbers(&after_unlock(&g, situation)), built_in_numbers());
        assert_eq!(
            numbers(&before_unlock(dir.path(), situation)),
            built_in_numbers()
        );
    }
}

#[test]
fn a_changed_pack_put_beside_the_database_without_installing_is_set_aside_and_help_keeps_the_built_in_numbers()
 {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join(PACK_FILE),
        copied_pack_with_changed_numbers(),
    )
    .expect("write");

    assert_eq!(
        numbers(&before_unlock(dir.path(), Situation::BeingHurt)),
        built_in_numbers()
    );
    let help = groundwork_core::app_lock_screen(
        dir.path().to_str().expect("path").to_owned(),
        None,
        false,
        Some("AU".into()),
    )
    .help;
    assert_eq!(help.emergency_number.as_deref(), Some("000"));

    let (g, _) = open_at(dir.path(), NOW);
    assert_eq!(
        numbers(&after_unlock(&g, Situation::BeingHurt)),
        built_in_numbers()
    );
    let status = g.content_status();
    assert!(!status.installed);
    assert!(
        status
            .note
            .as_deref()
            .is_some_and(|n| n.contains("tries to change the help lines")),
        "{status:?}"
    );
}

#[test]
fn a_pack_may_not_add_an_emergency_number_a_second_line_under_a_built_in_name_or_id_or_a_region_of_its_own()
 {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let mut second_emergency = counsellors_pack();
    let lines = australia(&mut second_emergency);
    let mut emergency = lines[0].clone();
    assert!(emergency.kinds.contains(&HelplineKind::Emergency));
    emergency.id = "au-emergency-too".into();
    emergency.phone = Some("0001".into());
    lines.push(emergency);

    let mut impostor = counsellors_pack();
    let lines = australia(&mut impostor);
    let last = lines.len() - 1;
    lines[last].name = "1800RESPECT".into();

    let mut moved_id = counsellors_pack();
    australia(&mut moved_id).retain(|l| l.id != "au-lifeline");
    let new_zealand = moved_id
        .helplines
        .iter_mut()
        .find(|r| r.code == "NZ")
        .expect("NZ");
    let mut moved = new_zealand.lines[1].clone();
    moved.id = "au-lifeline".into();
    moved.name = "Another line".into();
    new_zealand.lines.push(moved);

    let mut own_region = counsellors_pack();
    let mut region = own_region.helplines[0].clone();
    region.code = "ZA".into();
    region.name = "South Africa".into();
    for line in &mut region.lines {
        line.id = format!("za-{}", line.id);
    }
    own_region.helplines.push(region);

    for (pack, expected) in [
        (second_emergency, "Australia's emergency number"),
        (impostor, "a second line called 1800RESPECT in Australia"),
        (moved_id, "a built-in line's id (au-lifeline)"),
        (own_region, "South Africa (ZA)"),
    ] {
        match g.install_pack(bundle(&pack), None) {
            Err(ApiError::PackChangesHelp { changes }) => {
                assert!(changes.iter().any(|c| c.contains(expected)), "{changes:?}");
            }
            other => panic!("{expected}: expected PackChangesHelp, got {other:?}"),
        }
        assert!(!dir.path().join(PACK_FILE).exists());
    }
}

#[test]
fn a_counsellors_pack_adds_its_local_service_after_the_built_in_lines_and_help_now_says_where_each_came_from()
 {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let status = installed(
        g.install_pack(bundle(&counsellors_pack()), None)
            .expect("install"),
    );
    assert!(status.installed);
    assert_eq!(status.pack_id, "sams-practice");

    for screen in [
        after_unlock(&g, Situation::Talk),
        before_unlock(dir.path(), Situation::Talk),
    ] {
        assert_eq!(numbers(&screen), built_in_numbers());
        let emergency = screen.emergency.as_ref().expect("emergency");
        assert!(emergency.built_in);
        assert_eq!(emergency.origin, "Built into Groundwork");
        let position = screen
            .lines
            .iter()
            .position(|l| l.name == "Sam's men's group")
            .expect("the local service is shown");
        let service = &screen.lines[position];
        assert!(!service.built_in);
        assert_eq!(
            service.origin,
            "Added by Sam's practice, installed on this phone"
        );
        assert!(
            screen.lines[..position].iter().all(|l| l.built_in),
            "every built-in line that fits as well comes first"
        );
        let built_in_ids: Vec<&str> = default_pack()
            .expect("pack")
            .helplines
            .iter()
            .find(|r| r.code == "AU")
            .expect("AU")
            .lines
            .iter()
            .filter(|l| !l.kinds.contains(&HelplineKind::Emergency))
            .map(|l| l.id.as_str())
            .collect();
        for id in built_in_ids {
            let line = screen
                .lines
                .iter()
                .find(|l| l.id == id)
                .expect("no built-in line is hidden");
            assert_eq!(line.origin, "Built into Groundwork");
        }
    }
    assert!(g.open_module("sams-first-session".into()).is_ok());
}

#[test]
fn the_preview_says_who_made_the_pack_what_it_adds_and_what_it_may_not_change() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let mut pack = counsellors_pack();
    pack.safety.pause_safeguards[0] = "Sam's own wording for the first safeguard.".into();
    let preview = g.preview_pack(bundle(&pack)).expect("preview");

    assert_eq!(preview.pack_title, "Sam's practice");
    assert_eq!(preview.pack_id, "sams-practice");
    assert_eq!(preview.version, "1.0.0");
    assert_eq!(preview.authors, vec!["Sam Lee".to_owned()]);
    assert_eq!(preview.made_by, "Made by Sam Lee. Version 1.0.0.");
    assert_eq!(
        preview.modules_added,
        vec!["Sam's first session".to_owned()]
    );
    assert!(preview.modules_changed.is_empty(), "{preview:?}");
    assert!(preview.modules_left_out.is_empty(), "{preview:?}");
    assert_eq!(preview.prompts_added, 1);
    let exercises = pack
        .module("sams-first-session")
        .expect("module")
        .steps
        .iter()
        .filter(|s| s.exercise.is_some())
        .count();
    assert!(exercises > 0);
    assert_eq!(preview.exercises_added as usize, exercises);
    let exercises_said = if exercises == 1 {
        "1 exercise".to_owned()
    } else {
        format!("{exercises} exercises")
    };
    assert_eq!(
        preview.added_summary,
        format!("{exercises_said} and 1 journal prompt added.")
    );
    assert_eq!(
        preview.services_added,
        vec!["Sam's men's group (Australia): 02 5550 1234".to_owned()]
    );
    let may_not = preview.may_not_change.join(" ");
    for part in [
        "Emergency numbers and help lines",
        "crisis check",
        "safety plan",
    ] {
        assert!(may_not.contains(part), "{may_not}");
    }
    assert_eq!(
        preview.set_aside,
        vec!["its own pause plan safeguards".to_owned()]
    );
    assert_eq!(preview.secret_kind, None, "no lock is set");
    assert_eq!(preview.secret_prompt, None);
    assert_eq!(preview.confirm_label, "Install");
    assert_eq!(preview.help.label, "Help now");
    assert!(
        !dir.path().join(PACK_FILE).exists(),
        "a preview stores nothing"
    );
}

#[test]
fn with_a_lock_set_installing_asks_for_its_pin_and_a_wrong_one_installs_nothing_and_counts() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    set_lock_with(
        dir.path(),
        &test_key(),
        &pin("135790"),
        Some(10),
        cheap_kdf(),
    )
    .expect("lock");
    let file = bundle(&counsellors_pack());

    let preview = g.preview_pack(file.clone()).expect("preview");
    assert_eq!(preview.secret_kind, Some(LockKind::Pin));
    assert_eq!(
        preview.secret_prompt.as_deref(),
        Some("Enter your app PIN to install this content")
    );

    match g.install_pack(file.clone(), None).expect("asked") {
        PackInstallOutcome::SecretNeeded { kind, message } => {
            assert_eq!(kind, LockKind::Pin);
            assert!(message.contains("PIN"), "{message}");
        }
        other => panic!("expected SecretNeeded, got {other:?}"),
    }
    assert!(!dir.path().join(PACK_FILE).exists());

    match g
        .install_pack(file.clone(), Some(pin("000000")))
        .expect("tried")
    {
        PackInstallOutcome::NotInstalled { message, .. } => {
            assert!(message.contains("didn't match"), "{message}");
        }
        other => panic!("expected NotInstalled, got {other:?}"),
    }
    assert!(!dir.path().join(PACK_FILE).exists());
    assert!(!g.content_status().installed);
    let status = groundwork_core::lock::lock_status(
        dir.path(),
        chrono::Utc::now(),
        groundwork_core::base::text::Language::ENGLISH,
    )
    .expect("s");
    assert_eq!(
        status.attempts_left_before_erase,
        Some(9),
        "counted as a wrong attempt"
    );

    assert!(matches!(
        g.install_pack(
            file.clone(),
            Some(LockSecret::Passphrase("a long passphrase".into()))
        ),
        Err(ApiError::WrongLockKind {
            expected: LockKind::Pin
        })
    ));

    // After the first wrong tries there is no wait yet, so the right PIN installs it.
    let status = installed(
        g.install_pack(file, Some(pin("135790")))
            .expect("installed"),
    );
    assert!(status.installed);
    assert!(dir.path().join(PACK_FILE).exists());
}

#[test]
fn the_crisis_check_and_the_safety_plan_stay_the_built_in_ones_whatever_an_installed_pack_carries()
{
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let entry = |text: &str| JournalEntryInput {
        body: text.to_owned(),
        prompt_id: None,
        tags: vec![],
    };
    let crisis = "I want to kill myself tonight";
    assert!(
        g.submit_journal_entry(entry(crisis))
            .expect("save")
            .crisis_answer
            .is_some()
    );
    let quiet = "I keep staring at the old quarry";
    assert!(
        g.submit_journal_entry(entry(quiet))
            .expect("save")
            .crisis_answer
            .is_none()
    );

    // A newer edition of the built-in pack whose crisis check reads the quiet line as self-harm
    // and whose safety plan asks another first question.
    let file = edited_core_en_bundle(|dir| {
        set_pack_version(dir, "90.0.0");
        replace_in(
            dir,
            "safety.toml",
            "id = \"preparing\"\nwords = [\n",
            "id = \"preparing\"\nwords = [\n  \"staring at the old quarry\",\n",
        );
        replace_in(
            dir,
            "safety.toml",
            "title = \"My warning signs\"",
            "title = \"Changed question\"",
        );
    });
    let preview = g.preview_pack(file.clone()).expect("preview");
    assert!(
        preview
            .set_aside
            .contains(&"its own crisis check".to_owned()),
        "{preview:?}"
    );
    assert!(
        preview
            .set_aside
            .contains(&"its own safety plan questions".to_owned()),
        "{preview:?}"
    );
    installed(g.install_pack(file, None).expect("install"));

    let built_in = default_pack().expect("pack");
    assert_eq!(g.pack().manifest.version, "90.0.0", "the pack is in use");
    assert_eq!(g.pack().safety, built_in.safety);
    let saved = g.submit_journal_entry(entry(crisis)).expect("save");
    assert_eq!(
        saved.crisis_answer.map(|o| o.situation),
        Some(Situation::SelfHarm)
    );
    let saved = g.submit_journal_entry(entry(quiet)).expect("save");
    assert!(
        saved.crisis_answer.is_none(),
        "the pack's own phrase is not used"
    );
    let plan = g
        .living_document("safety-plan".into())
        .expect("safety plan");
    assert_eq!(plan.fields[0].label, built_in.safety.safety_plan[0].title);
}
