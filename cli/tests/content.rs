//! Installing content from the terminal: a pack built with `groundwork pack build` changes the
//! numbers help now shows, with no database opened for help; a bad file changes nothing.

use std::path::Path;
use std::process::{Command, Output};

use groundwork_tests::{copy_tree, set_pack_version};

fn groundwork(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run groundwork")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("utf-8")
}

fn edit(path: &Path, from: &str, to: &str) {
    let old = std::fs::read_to_string(path).expect("read");
    assert!(old.contains(from), "{} holds {from}", path.display());
    std::fs::write(path, old.replacen(from, to, 1)).expect("write");
}

fn lifeline_number(help_json: &[u8]) -> Option<String> {
    let screen: serde_json::Value = serde_json::from_slice(help_json).expect("json");
    screen["lines"]
        .as_array()?
        .iter()
        .find(|l| l["name"].as_str().is_some_and(|n| n.contains("Lifeline")))
        .and_then(|l| l["actions"][0]["target"].as_str())
        .map(str::to_owned)
}

#[test]
fn an_installed_pack_changes_the_numbers_help_now_shows_and_removing_it_brings_them_back() {
    let work = tempfile::tempdir().expect("dir");
    let data = work.path().join("data");
    let source = work.path().join("core-en");
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/packs/core-en"),
        &source,
    );
    set_pack_version(&source, "90.0.0");
    edit(
        &source.join("helplines.toml"),
        "\"13 11 14\"",
        "\"13 99 99\"",
    );
    let bundle = work.path().join("update.gwpack");
    let built = groundwork(
        &data,
        &[
            "pack",
            "build",
            source.to_str().expect("path"),
            "-o",
            bundle.to_str().expect("path"),
        ],
    );
    assert!(built.status.success(), "{}", text(&built.stderr));

    let help = |data: &Path| {
        let out = groundwork(
            data,
            &[
                "help-now",
                "--region",
                "AU",
                "--situation",
                "self-harm",
                "--json",
            ],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        lifeline_number(&out.stdout)
    };
    assert_eq!(help(&data).as_deref(), Some("131114"));

    let installed = groundwork(
        &data,
        &["content", "install", bundle.to_str().expect("path")],
    );
    assert!(installed.status.success(), "{}", text(&installed.stderr));
    assert!(text(&installed.stdout).contains("installed on this device"));
    assert_eq!(help(&data).as_deref(), Some("139999"));
    let status = groundwork(&data, &["content", "status", "--json"]);
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).expect("json");
    assert_eq!(status["installed"], true);
    assert_eq!(status["version"], "90.0.0");

    let removed = groundwork(&data, &["content", "remove"]);
    assert!(removed.status.success(), "{}", text(&removed.stderr));
    assert!(text(&removed.stdout).contains("built into the app"));
    assert_eq!(help(&data).as_deref(), Some("131114"));
}

#[test]
fn a_file_that_is_not_a_pack_is_refused_plainly_and_nothing_changes() {
    let work = tempfile::tempdir().expect("dir");
    let data = work.path().join("data");
    let junk = work.path().join("notes.gwpack");
    std::fs::write(&junk, "just some notes").expect("write");
    let out = groundwork(&data, &["content", "install", junk.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    let message = text(&out.stderr);
    assert!(message.contains("cannot be used"), "{message}");
    assert!(message.contains("Nothing was changed."), "{message}");
    assert!(!data.join("groundwork.pack").exists());
    let status = groundwork(&data, &["content", "status"]);
    assert!(text(&status.stdout).contains("built into the app"));
}

#[test]
fn pack_ship_records_the_module_ids_and_validate_then_catches_one_that_silently_changed() {
    let work = tempfile::tempdir().expect("dir");
    let pack = work.path().join("pack");
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/packs/minimal"),
        &pack,
    );
    let path = pack.to_str().expect("path");
    let shipped = groundwork(work.path(), &["pack", "ship", path]);
    assert!(shipped.status.success(), "{}", text(&shipped.stderr));
    let recorded = std::fs::read_to_string(pack.join("shipped.toml")).expect("shipped.toml");
    assert!(recorded.contains("\"listening\""), "{recorded}");
    let valid = groundwork(work.path(), &["pack", "validate", path]);
    assert!(valid.status.success(), "{}", text(&valid.stdout));

    // An author changes the module's id and forgets [renamed].
    edit(
        &pack.join("modules/listening.md"),
        "id = \"listening\"",
        "id = \"listening-well\"",
    );
    for file in ["pack.toml", "modules/first-weeks.md"] {
        let path = pack.join(file);
        let old = std::fs::read_to_string(&path).expect("read");
        std::fs::write(&path, old.replace("\"listening\"", "\"listening-well\"")).expect("write");
    }
    let broken = groundwork(work.path(), &["pack", "validate", path]);
    assert_eq!(broken.status.code(), Some(1));
    let report = text(&broken.stdout) + &text(&broken.stderr);
    assert!(
        report.contains("shipped.toml:") && report.contains("module `listening` has shipped"),
        "{report}"
    );
}
