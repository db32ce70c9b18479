//! The rules for an add-on pack, checked with the pack it extends (`core-en`): each rule broken
//! on its own, on the example add-on counsellors copy (`content/addons/between-sessions`), is
//! reported with its own message, and the example itself passes.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use groundwork_pack::{self as pack, Diagnostic, Pack};

#[path = "common/files.rs"]
mod files;

fn content(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../content")
        .join(relative)
}

/// The English pack, read once.
fn base() -> &'static Pack {
    static BASE: OnceLock<Pack> = OnceLock::new();
    BASE.get_or_init(|| {
        pack::load_dir(&content("packs/core-en"))
            .expect("the English pack is valid")
            .into_pack()
    })
}

/// The example add-on as its bundle holds it.
fn example() -> Pack {
    pack::load_addon_dir(&content("addons/between-sessions"), base())
        .expect("the example add-on is valid")
        .into_pack()
}

/// The messages of every problem in `addon`, checked with the English pack.
fn problems(addon: &Pack) -> Vec<String> {
    pack::validate_addon(addon, base())
        .into_iter()
        .map(|d: Diagnostic| d.message)
        .collect()
}

/// Asserts `addon` has exactly one problem, containing `expected`.
fn only(addon: &Pack, expected: &str) {
    let found = problems(addon);
    assert!(
        found.len() == 1 && found[0].contains(expected),
        "expected only {expected:?}, got {found:?}"
    );
}

#[test]
fn the_example_add_on_passes_with_its_base_and_is_not_read_as_a_whole_pack() {
    assert_eq!(problems(&example()), Vec::<String>::new());
    let alone = pack::load_dir(&content("addons/between-sessions")).expect_err("alone");
    assert!(
        alone[0].message.contains("add-on for `core-en`"),
        "{alone:?}"
    );
}

#[test]
fn an_add_on_must_name_the_base_it_is_checked_with() {
    let mut other = example();
    other.manifest.extends = Some("core-fr-ca".into());
    only(
        &other,
        "this add-on extends `core-fr-ca`, but is checked with `core-en`",
    );
    let mut none = example();
    none.manifest.extends = None;
    only(&none, "this pack names no base, so it is not an add-on");
}

#[test]
fn an_add_on_is_written_in_its_bases_language() {
    let mut french = example();
    french.manifest.locale = "fr-CA".into();
    only(
        &french,
        "this add-on is written in `fr-CA` and the pack it extends in `en`",
    );
    // A region of the same language is the same language.
    let mut australian = example();
    australian.manifest.locale = "en-AU".into();
    assert_eq!(problems(&australian), Vec::<String>::new());
}

#[test]
fn an_add_on_declares_no_tracks_paths_or_unlock_of_its_own() {
    let mut tracks = example();
    tracks.manifest.tracks = base().manifest.tracks[..1].to_vec();
    only(&tracks, "an add-on cannot declare tracks");
    let mut paths = example();
    paths.manifest.paths = base().manifest.paths[..1].to_vec();
    let found = problems(&paths);
    assert!(
        found
            .iter()
            .any(|m| m.contains("an add-on cannot declare \"start here\" paths")),
        "{found:?}"
    );
    let mut unlock = example();
    unlock.manifest.unlock.we_requires = vec!["where-you-are-now".into()];
    only(
        &unlock,
        "an add-on cannot declare what opens the partner phases",
    );
}

/// A part of its base's content given to an add-on.
type Give = fn(&mut Pack);

#[test]
fn an_add_on_carries_no_words_help_groups_or_safety_of_its_own() {
    let cases: [(&str, Give); 4] = [
        ("emotion words", |p| {
            p.emotions = base().emotions[..1].to_vec()
        }),
        ("help lines", |p| {
            p.helplines = base().helplines[..1].to_vec()
        }),
        ("groups where men meet", |p| {
            p.peer_groups = base().peer_groups[..1].to_vec();
        }),
        ("a safety section", |p| {
            p.safety.pause_safeguards = vec!["Agree on it first.".into()];
        }),
    ];
    for (what, give) in cases {
        let mut addon = example();
        give(&mut addon);
        assert!(
            problems(&addon)
                .iter()
                .any(|m| m
                    == &format!("an add-on cannot carry {what} of its own: it uses its base's")),
            "{what}: {:?}",
            problems(&addon)
        );
    }
}

#[test]
fn an_add_on_reuses_none_of_its_bases_ids() {
    let mut phase = example();
    phase.manifest.phases[0].id = "emotions".into();
    for module in &mut phase.modules {
        module.meta.phase = "emotions".into();
    }
    let found = problems(&phase);
    assert!(
        found.contains(&"the phase id `emotions` is the base pack's".to_owned()),
        "{found:?}"
    );

    let mut module = example();
    module.modules[0].meta.id = "body-signals".into();
    module.modules[1].meta.prerequisites = vec!["body-signals".into()];
    let found = problems(&module);
    assert!(
        found.contains(&"the module id `body-signals` is the base pack's".to_owned()),
        "{found:?}"
    );

    let mut in_base_phase = example();
    in_base_phase.modules[1].meta.phase = "emotions".into();
    let found = problems(&in_base_phase);
    assert!(
        found.contains(
            &"the module `after-the-session` is in the base pack's phase `emotions`".to_owned()
        ),
        "{found:?}"
    );

    let mut renamed = example();
    renamed
        .manifest
        .renamed
        .insert("body-signals".into(), "before-the-session".into());
    let found = problems(&renamed);
    assert!(
        found.contains(&"`body-signals` is the base pack's module id".to_owned()),
        "{found:?}"
    );
    // An id the base renamed away is the base's too, never to be used again.
    let mut with_old = base().clone();
    with_old
        .manifest
        .renamed
        .insert("old-body-signals".into(), "body-signals".into());
    let mut renamed_old = example();
    renamed_old
        .manifest
        .renamed
        .insert("old-body-signals".into(), "before-the-session".into());
    let found: Vec<String> = pack::validate_addon(&renamed_old, &with_old)
        .into_iter()
        .map(|d| d.message)
        .collect();
    assert!(
        found.contains(&"`old-body-signals` is the base pack's module id".to_owned()),
        "{found:?}"
    );

    let mut prompt = example();
    prompt.prompts = base().prompts[..1].to_vec();
    let found = problems(&prompt);
    assert!(
        found.contains(&format!(
            "the prompt id `{}` is the base pack's",
            base().prompts[0].id
        )),
        "{found:?}"
    );
}

#[test]
fn an_add_ons_own_prompts_and_modules_keep_every_rule_of_a_pack() {
    // A prompt of its own with no known theme.
    let mut prompt = example();
    let mut own = base().prompts[0].clone();
    own.id = "between-sessions-prompt".into();
    own.theme = "rage".into();
    prompt.prompts = vec![own];
    only(&prompt, "`rage` is not a prompt theme");
    // A prerequisite may be a module of the base, not one that exists nowhere.
    let mut base_prerequisite = example();
    base_prerequisite.modules[0].meta.prerequisites = vec!["where-you-are-now".into()];
    assert_eq!(problems(&base_prerequisite), Vec::<String>::new());
    let mut unknown = example();
    unknown.modules[0].meta.prerequisites = vec!["no-such-module".into()];
    assert!(
        problems(&unknown)
            .iter()
            .any(|m| m.contains("no-such-module")),
        "{:?}",
        problems(&unknown)
    );
}

#[test]
fn an_add_on_module_with_a_base_modules_code_tag_is_refused() {
    // Find an id of the add-on's shape whose recommendation tag is a base module's.
    let taken: Vec<String> = base()
        .modules
        .iter()
        .map(|m| pack::code_tag::module_tag_text(&m.meta.id))
        .collect();
    let id = (0..100_000)
        .map(|n| format!("between-sessions-{n}"))
        .find(|id| taken.contains(&pack::code_tag::module_tag_text(id)))
        .expect("an id sharing a base module's tag");
    let mut addon = example();
    addon.modules[0].meta.id = id.clone();
    addon.modules[1].meta.prerequisites = vec![id.clone()];
    let found = pack::validate_addon(&addon, base());
    // Reported at that module, the one to rename.
    assert!(
        found.iter().any(|d| d
            .message
            .starts_with(&format!("`{id}` has the same recommendation code tag"))
            && d.file.contains(&format!("module {id}"))),
        "{found:?}"
    );
}

#[test]
fn a_broken_module_of_an_add_on_is_reported_once_not_again_as_a_missing_prerequisite() {
    let dir = tempfile::tempdir().expect("dir");
    files::copy_tree(&content("addons/between-sessions"), dir.path());
    let path = dir.path().join("modules/before-the-session.md");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replace("minutes = 6", "minutes = \"six\"")).expect("write");
    let found = pack::load_addon_dir(dir.path(), base()).expect_err("a broken module");
    assert_eq!(found.len(), 1, "{found:?}");
}
