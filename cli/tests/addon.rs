//! A counsellor's add-on in the terminal: built from its folder (checked with the built-in pack it
//! extends), installed beside the built-in content, listed by `content status`, and removed by its
//! id with the built-in content and his progress left as they were.

use std::path::Path;

mod support;
use support::{groundwork, text};

fn example() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/addons/between-sessions")
}

#[test]
fn an_add_on_is_validated_built_installed_listed_and_removed_by_its_id() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let valid = text(&groundwork(
        d,
        &["pack", "validate", example().to_str().expect("utf-8")],
    ));
    assert!(
        valid.starts_with("valid: between-sessions 1.0.0: 2 modules"),
        "{valid}"
    );
    let bundle = d.join("between-sessions.gwpack");
    text(&groundwork(
        d,
        &[
            "pack",
            "build",
            example().to_str().expect("utf-8"),
            "-o",
            bundle.to_str().expect("utf-8"),
        ],
    ));
    let preview = text(&groundwork(
        d,
        &[
            "content",
            "install",
            bundle.to_str().expect("utf-8"),
            "--preview",
        ],
    ));
    assert!(
        preview.contains("Getting ready for your session"),
        "{preview}"
    );
    text(&groundwork(
        d,
        &[
            "content",
            "install",
            bundle.to_str().expect("utf-8"),
            "--yes",
        ],
    ));
    let status = text(&groundwork(d, &["content", "status"]));
    assert!(status.contains("built into the app"), "{status}");
    assert!(
        status.contains("Between sessions 1.0.0 adds 2 modules to your path."),
        "{status}"
    );
    assert!(
        status.contains("`groundwork content remove between-sessions` removes it"),
        "{status}"
    );
    let path = text(&groundwork(d, &["progress"]));
    assert!(path.contains("Between sessions"), "{path}");

    let removed = text(&groundwork(d, &["content", "remove", "between-sessions"]));
    assert!(!removed.contains("Between sessions"), "{removed}");
    let path = text(&groundwork(d, &["progress"]));
    assert!(!path.contains("Between sessions"), "{path}");
    // Removing it again names what is missing and changes nothing.
    let again = groundwork(d, &["content", "remove", "between-sessions"]);
    assert!(!again.status.success());
}
