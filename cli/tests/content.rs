//! Installing content from the terminal: the preview comes first, a pack that changes a help
//! line is refused and help now keeps the built-in numbers, a local service a pack adds is shown
//! marked as coming from it, the app lock's PIN is asked for, and a bad file changes nothing.

use std::path::Path;
use std::process::{Command, Output};

use groundwork_tests::{copy_core_en, copy_tree};

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

/// The built-in pack's version, as its `pack.toml` says.
fn built_in_version() -> String {
    let manifest = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/packs/core-en/pack.toml"),
    )
    .expect("pack.toml");
    manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .expect("a version line")
        .to_owned()
}

/// Copies the built-in pack into `work/name`, edits it, and builds it with `pack build`.
fn build_pack(work: &Path, name: &str, edits: &[(&str, &str, &str)]) -> std::path::PathBuf {
    let source = work.join(name);
    copy_core_en(&source);
    for (file, from, to) in edits {
        edit(&source.join(file), from, to);
    }
    let bundle = work.join(format!("{name}.gwpack"));
    let built = groundwork(
        work,
        &[
            "pack",
            "build",
            source.to_str().expect("path"),
            "-o",
            bundle.to_str().expect("path"),
        ],
    );
    assert!(built.status.success(), "{}", text(&built.stderr));
    bundle
}

/// The number the call button of the line named `name` dials, in help now as JSON.
fn line_number(help_json: &[u8], name: &str) -> Option<String> {
    let screen: serde_json::Value = serde_json::from_slice(help_json).expect("json");
    screen["lines"]
        .as_array()?
        .iter()
        .find(|l| l["name"] == name)
        .and_then(|l| l["actions"][0]["target"].as_str())
        .map(str::to_owned)
}

fn help_json(data: &Path, region: Option<&str>) -> Vec<u8> {
    let mut args = vec!["help-now", "--situation", "being-hurt", "--json"];
    if let Some(region) = region {
        args.extend(["--region", region]);
    }
    let out = groundwork(data, &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    out.stdout
}

#[test]
fn a_copied_pack_that_changes_1800respect_and_000_is_refused_and_help_now_keeps_the_built_in_numbers()
 {
    let work = tempfile::tempdir().expect("dir");
    let data = work.path().join("data");
    let bundle = build_pack(
        work.path(),
        "changed",
        &[
            (
                "helplines.toml",
                "phone = \"1800 737 732\"",
                "phone = \"0491 570 006\"",
            ),
            ("helplines.toml", "phone = \"000\"", "phone = \"0001\""),
        ],
    );
    assert!(groundwork(&data, &["region", "AU"]).status.success());

    let out = groundwork(
        &data,
        &[
            "content",
            "install",
            bundle.to_str().expect("path"),
            "--yes",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let message = text(&out.stderr);
    assert!(
        message.contains("Australia's emergency number; 1800RESPECT's number in Australia"),
        "{message}"
    );
    assert!(message.contains("Nothing was changed."), "{message}");
    assert!(!data.join("groundwork.pack").exists());

    // With the database open (his saved region), and before unlock (a region given).
    for region in [None, Some("AU")] {
        let help = help_json(&data, region);
        assert_eq!(
            line_number(&help, "1800RESPECT").as_deref(),
            Some("1800737732")
        );
        let screen: serde_json::Value = serde_json::from_slice(&help).expect("json");
        assert_eq!(screen["emergency"]["actions"][0]["target"], "000");
    }
}

#[test]
fn a_pack_adding_a_local_service_shows_its_preview_installs_and_help_now_marks_where_it_came_from()
{
    let work = tempfile::tempdir().expect("dir");
    let data = work.path().join("data");
    let service = "[[regions.lines]]
id = \"au-sams-group\"
name = \"Sam's men's group\"
kinds = [\"men\"]
phone = \"02 5550 1234\"
open = [\"always\"]
time_zone = \"Australia/Sydney\"
for_whom = \"Men in Sam's practice.\"
source = \"Sam Lee\"
verified_on = \"2026-12-01\"

[[regions.lines]]
id = \"au-1800respect\"";
    let bundle = build_pack(
        work.path(),
        "sams",
        &[
            ("pack.toml", "id = \"core-en\"", "id = \"sams-practice\""),
            (
                "pack.toml",
                "title = \"Groundwork\"",
                "title = \"Sam's practice\"",
            ),
            (
                "pack.toml",
                "authors = [\"Groundwork content team\"]",
                "authors = [\"Sam Lee\"]",
            ),
            (
                "helplines.toml",
                "[[regions.lines]]\nid = \"au-1800respect\"",
                service,
            ),
        ],
    );
    let path = bundle.to_str().expect("path");

    let preview = groundwork(&data, &["content", "install", path, "--preview"]);
    assert!(preview.status.success(), "{}", text(&preview.stderr));
    let shown = text(&preview.stdout);
    for part in [
        "Install this content?",
        "Sam's practice (sams-practice)",
        "Made by Sam Lee.",
        "Sam's men's group (Australia): 02 5550 1234",
        "What it may not change:",
        "The crisis check stays the app's own.",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
    assert!(
        !data.join("groundwork.pack").exists(),
        "a preview installs nothing"
    );

    let installed = groundwork(&data, &["content", "install", path, "--yes"]);
    assert!(installed.status.success(), "{}", text(&installed.stderr));
    assert!(text(&installed.stdout).contains("installed on this device"));

    let help = groundwork(
        &data,
        &["help-now", "--region", "AU", "--situation", "talk"],
    );
    let shown = text(&help.stdout);
    assert!(
        shown.contains("Sam's men's group\n  Open 24 hours"),
        "{shown}"
    );
    assert!(
        shown.contains("Added by Sam's practice, installed on this phone"),
        "{shown}"
    );
    assert!(shown.contains("Built into Groundwork"), "{shown}");

    let removed = groundwork(&data, &["content", "remove"]);
    assert!(removed.status.success(), "{}", text(&removed.stderr));
    assert!(text(&removed.stdout).contains("built into the app"));
}

#[test]
fn with_an_app_lock_set_the_preview_says_its_pin_is_needed_and_the_install_takes_it() {
    let work = tempfile::tempdir().expect("dir");
    let data = work.path().join("data");
    let shipped = format!("version = \"{}\"", built_in_version());
    let bundle = build_pack(
        work.path(),
        "newer",
        &[("pack.toml", &shipped, "version = \"90.0.0\"")],
    );
    let path = bundle.to_str().expect("path");
    assert!(groundwork(&data, &["home"]).status.success());
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_groundwork"))
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .env("PIN", "135790")
            .output()
            .expect("run groundwork")
    };
    let set = run(&["lock", "set", "--kind", "pin", "--new-secret-env", "PIN"]);
    assert!(set.status.success(), "{}", text(&set.stderr));

    let preview = run(&[
        "--passphrase-env",
        "PIN",
        "content",
        "install",
        path,
        "--preview",
    ]);
    assert!(preview.status.success(), "{}", text(&preview.stderr));
    let shown = text(&preview.stdout);
    assert!(
        shown.contains("Installing it asks for your app lock's PIN."),
        "{shown}"
    );
    assert!(!data.join("groundwork.pack").exists());

    let installed = run(&[
        "--passphrase-env",
        "PIN",
        "content",
        "install",
        path,
        "--yes",
    ]);
    assert!(installed.status.success(), "{}", text(&installed.stderr));
    assert!(data.join("groundwork.pack").exists());
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
