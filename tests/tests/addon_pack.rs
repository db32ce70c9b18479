//! A counsellor's add-on pack: two modules in a phase of its own, with no emotion words, help
//! lines or safety section, naming the pack it extends. It validates with its base, installs
//! beside the built-in content, shows on the path after the base's phases, stays after reopening,
//! and is removed without touching the base or anything he did. The example is the one counsellors
//! copy: `content/addons/between-sessions`.

use std::path::{Path, PathBuf};

use groundwork_core::content::default_pack;
use groundwork_core::content::installed::ADDONS_DIR;
use groundwork_core::curriculum::StepState;
use groundwork_core::{ApiError, ContentStatus, Groundwork, PackInstallOutcome};
use groundwork_pack::BundleError;
use groundwork_tests::{copy_tree, open_at, replace_in, walk};

const NOW: &str = "2026-06-10T21:00:00+10:00";
const ADDON: &str = "between-sessions";

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../content/addons")
        .join(ADDON)
}

/// The example add-on's folder, checked with the built-in English pack and compiled.
fn bundle_of(dir: &Path) -> Vec<u8> {
    let base = default_pack().expect("the built-in pack");
    let loaded = groundwork_pack::load_addon_dir(dir, base).unwrap_or_else(|problems| {
        panic!(
            "the add-on is not valid:\n{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    groundwork_pack::compile(loaded.pack()).expect("compile")
}

/// A copy of the example add-on, edited by `edit`, as problems or a pack.
fn edited(
    edit: impl FnOnce(&Path),
) -> Result<groundwork_pack::LoadedPack, Vec<groundwork_pack::Diagnostic>> {
    let dir = tempfile::tempdir().expect("dir");
    copy_tree(&example(), dir.path());
    edit(dir.path());
    groundwork_pack::load_addon_dir(dir.path(), default_pack().expect("pack"))
}

/// A change to a copy of the example, given its folder.
type Edit = Box<dyn FnOnce(&Path)>;

fn install(g: &Groundwork, bundle: Vec<u8>) -> Result<ContentStatus, ApiError> {
    match g.install_pack(bundle, None)? {
        PackInstallOutcome::Installed { status } => Ok(status),
        other => panic!("expected Installed, got {other:?}"),
    }
}

/// The titles of the path's phases, in order.
fn phases(g: &Groundwork) -> Vec<String> {
    g.phase_map()
        .expect("path")
        .phases
        .into_iter()
        .map(|p| p.id)
        .collect()
}

fn addon_modules(g: &Groundwork) -> Vec<String> {
    g.phase_map()
        .expect("path")
        .phases
        .into_iter()
        .filter(|p| p.id == ADDON)
        .flat_map(|p| p.modules)
        .map(|m| m.id)
        .collect()
}

#[test]
fn the_example_add_on_validates_with_its_base_and_carries_nothing_of_its_own_but_modules() {
    let base = default_pack().expect("the built-in pack");
    let loaded = groundwork_pack::load_addon_dir(&example(), base).expect("valid");
    let addon = loaded.pack();
    assert_eq!(addon.manifest.extends.as_deref(), Some("core-en"));
    assert_eq!(addon.modules.len(), 2);
    assert!(addon.emotions.is_empty());
    assert!(addon.helplines.is_empty());
    assert!(addon.peer_groups.is_empty());
    assert_eq!(addon.safety, groundwork_pack::Safety::default());
    // On its own, as a whole pack, it is not read: it says what it is.
    let alone = groundwork_pack::load_dir(&example()).expect_err("an add-on alone");
    assert!(
        alone
            .iter()
            .any(|d| d.message.contains("add-on for `core-en`")),
        "{alone:?}"
    );
    // Its bundle is read only with its base.
    let bytes = bundle_of(&example());
    assert_eq!(
        groundwork_pack::decode(&bytes),
        Err(BundleError::AddOn {
            base: "core-en".into()
        })
    );
    assert_eq!(
        groundwork_pack::decode_addon(&bytes, base).as_ref(),
        Ok(addon)
    );
    assert_eq!(groundwork_pack::extends(&bytes), Ok(Some("core-en".into())));
}

#[test]
fn an_add_on_reusing_its_bases_ids_or_carrying_its_own_safety_is_refused_with_the_rule() {
    let cases: [(&str, Edit, &str); 6] = [
        (
            "another language than its base",
            Box::new(|dir: &Path| {
                replace_in(dir, "pack.toml", "locale = \"en\"", "locale = \"fr-CA\"");
            }),
            "this add-on is written in `fr-CA` and the pack it extends in `en`",
        ),
        (
            "a module id of the base",
            Box::new(|dir: &Path| {
                replace_in(
                    dir,
                    "modules/before-the-session.md",
                    "id = \"before-the-session\"",
                    "id = \"body-signals\"",
                );
                std::fs::rename(
                    dir.join("modules/before-the-session.md"),
                    dir.join("modules/body-signals.md"),
                )
                .expect("rename");
                replace_in(
                    dir,
                    "modules/after-the-session.md",
                    "prerequisites = [\"before-the-session\"]",
                    "prerequisites = [\"body-signals\"]",
                );
            }),
            "the module id `body-signals` is the base pack's",
        ),
        (
            "a phase id of the base",
            Box::new(|dir: &Path| {
                replace_in(
                    dir,
                    "pack.toml",
                    "id = \"between-sessions\"\ntitle = \"Between sessions\"\nsummary",
                    "id = \"emotions\"\ntitle = \"Between sessions\"\nsummary",
                );
                for module in ["before-the-session", "after-the-session"] {
                    replace_in(
                        dir,
                        &format!("modules/{module}.md"),
                        "phase = \"between-sessions\"",
                        "phase = \"emotions\"",
                    );
                }
            }),
            "the phase id `emotions` is the base pack's",
        ),
        (
            "emotion words of its own",
            Box::new(|dir: &Path| {
                std::fs::write(dir.join("emotions.toml"), "emotions = []\n").expect("write");
            }),
            "an add-on uses its base's emotions.toml",
        ),
        (
            "a track of its own",
            Box::new(|dir: &Path| {
                let mut text = std::fs::read_to_string(dir.join("pack.toml")).expect("read");
                text.push_str("\n[[tracks]]\nid = \"mine\"\ntitle = \"Mine\"\nsummary = \"Mine.\"\ntiming = \"none\"\n");
                std::fs::write(dir.join("pack.toml"), text).expect("write");
            }),
            "an add-on cannot declare tracks",
        ),
        (
            "another base",
            Box::new(|dir: &Path| {
                replace_in(
                    dir,
                    "pack.toml",
                    "extends = \"core-en\"",
                    "extends = \"core-fr-ca\"",
                );
            }),
            "this add-on extends `core-fr-ca`, but is checked with `core-en`",
        ),
    ];
    for (case, edit, expected) in cases {
        let problems = edited(edit).expect_err(case);
        assert!(
            problems.iter().any(|d| d.message.contains(expected)),
            "{case}: {problems:?}"
        );
    }
    // Unedited, the same copy passes: the cases above fail for their edit alone.
    assert!(edited(|_| {}).is_ok());
}

#[test]
fn an_add_on_installs_beside_the_built_in_content_shows_on_the_path_and_is_removed_cleanly() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let base_phases = phases(&g);
    let base_modules = g.pack().modules.len();
    // He has done a module of the base before.
    walk(&g, "where-you-are-now");

    let bytes = bundle_of(&example());
    let preview = g.preview_pack(bytes.clone()).expect("preview");
    assert_eq!(preview.pack_id, ADDON);
    assert_eq!(
        preview.modules_added,
        [
            "Getting ready for your session",
            "Keeping what you worked on"
        ]
    );
    assert!(preview.modules_changed.is_empty());
    assert!(preview.modules_left_out.is_empty());
    assert!(preview.set_aside.is_empty());
    assert!(preview.services_added.is_empty());

    let status = install(&g, bytes.clone()).expect("install");
    // Beside the base, not instead of it.
    assert!(!status.installed);
    assert_eq!(status.pack_id, "core-en");
    assert_eq!(status.addons.len(), 1, "{status:?}");
    assert_eq!(status.addons[0].pack_id, ADDON);
    assert_eq!(status.addons[0].modules, 2);
    assert_eq!(
        status.addons[0].summary,
        "Between sessions 1.0.0 adds 2 modules to your path."
    );
    assert!(
        dir.path()
            .join(ADDONS_DIR)
            .join("between-sessions.pack")
            .exists()
    );

    // The path: every base phase, then the add-on's own.
    let mut expected = base_phases.clone();
    expected.push(ADDON.to_owned());
    assert_eq!(phases(&g), expected);
    assert_eq!(
        addon_modules(&g),
        ["before-the-session", "after-the-session"]
    );
    assert_eq!(g.pack().modules.len(), base_modules + 2);
    // Its modules open and are done like any other; the base's help and words are around them.
    let done = walk(&g, "before-the-session");
    assert_eq!(done.module_id, "before-the-session");
    assert_eq!(g.pack().emotions, default_pack().expect("pack").emotions);

    // Reopened, it is still there.
    drop(g);
    let (g, _) = open_at(dir.path(), NOW);
    assert_eq!(phases(&g), expected);
    assert_eq!(g.content_status().addons.len(), 1);

    // Removed: its phase leaves the path, the base and what he did in it stay.
    let status = g.remove_addon(ADDON.to_owned()).expect("remove");
    assert!(status.addons.is_empty());
    assert_eq!(phases(&g), base_phases);
    assert!(
        !dir.path()
            .join(ADDONS_DIR)
            .join("between-sessions.pack")
            .exists()
    );
    assert!(
        g.module_overview("where-you-are-now".into())
            .expect("a base module")
            .steps
            .iter()
            .all(|s| s.state == StepState::Completed),
        "the base module's progress stays"
    );
    assert!(matches!(
        g.remove_addon(ADDON.to_owned()),
        Err(ApiError::NotFound { .. })
    ));

    // Installed again, his answers in it come back: removing it deleted none of them.
    install(&g, bytes).expect("install again");
    assert!(
        g.module_overview("before-the-session".into())
            .expect("the add-on's module")
            .steps
            .iter()
            .all(|s| s.state == StepState::Completed)
    );
}

#[test]
fn an_add_on_for_other_content_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let before = phases(&g);
    let other = {
        let copy = tempfile::tempdir().expect("dir");
        copy_tree(&example(), copy.path());
        replace_in(
            copy.path(),
            "pack.toml",
            "extends = \"core-en\"",
            "extends = \"core-fr-ca\"",
        );
        replace_in(
            copy.path(),
            "pack.toml",
            "locale = \"en\"",
            "locale = \"fr-CA\"",
        );
        let french = groundwork_core::content::built_in(
            groundwork_core::base::text::Language::of_pack("fr-CA"),
        )
        .expect("the French pack");
        let loaded = groundwork_pack::load_addon_dir(copy.path(), &french);
        // Made for the French content: installing it on English content is what must refuse it.
        groundwork_pack::compile(loaded.expect("valid with its base").pack()).expect("compile")
    };
    let refused = g.install_pack(other, None).expect_err("refused");
    assert!(
        matches!(&refused, ApiError::PackRefused { reason } if reason.contains("core-fr-ca")),
        "{refused:?}"
    );
    assert_eq!(phases(&g), before);
    assert!(!dir.path().join(ADDONS_DIR).exists());
}

#[test]
fn erasing_everything_erases_the_add_ons_too() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    install(&g, bundle_of(&example())).expect("install");
    let file = dir.path().join(ADDONS_DIR).join("between-sessions.pack");
    assert!(file.exists());
    g.erase_everything().expect("erase");
    assert!(!file.exists(), "the add-on is a file the core keeps");
    let left: Vec<_> = std::fs::read_dir(dir.path().join(ADDONS_DIR))
        .map(|entries| entries.filter_map(Result::ok).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "{left:?}");
}
