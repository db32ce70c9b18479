//! The terminal companion speaks the person's language: `--lang TAG`, else the locale's
//! (LC_ALL, then LC_MESSAGES, then LANG); English when it speaks none of them.

use std::path::Path;

mod support;
use support::{groundwork, text, with_locale};

#[test]
fn the_lang_option_makes_a_command_speak_french() {
    let dir = tempfile::tempdir().expect("dir");
    let listed = text(&groundwork(dir.path(), &["--lang", "fr-CA", "checkins"]));
    assert_eq!(
        listed,
        "Aucun bilan pour l'instant. `groundwork checkin --pleasantness N --energy N` en \
         enregistre un.\n"
    );
    let english = text(&groundwork(dir.path(), &["checkins"]));
    assert_eq!(
        english,
        "No check-ins yet. `groundwork checkin --pleasantness N --energy N` records one.\n"
    );
}

#[test]
fn a_french_locale_speaks_french_and_the_lang_option_wins_over_it() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let french = [("LANG", "fr_CA.UTF-8")];
    let erase = with_locale(d, &french, &["erase"]);
    assert_eq!(erase.status.code(), Some(2));
    let said = String::from_utf8_lossy(&erase.stderr);
    assert!(
        said.contains("Relance avec --yes pour continuer."),
        "{said}"
    );
    let english = with_locale(d, &french, &["--lang", "en", "erase"]);
    let said = String::from_utf8_lossy(&english.stderr);
    assert!(said.contains("Run again with --yes to go ahead."), "{said}");
    // LC_ALL comes before LANG.
    let all = with_locale(
        d,
        &[("LC_ALL", "en_US.UTF-8"), ("LANG", "fr_CA.UTF-8")],
        &["erase"],
    );
    let said = String::from_utf8_lossy(&all.stderr);
    assert!(said.contains("Run again with --yes to go ahead."), "{said}");
}

#[test]
fn a_journal_entry_is_thanked_in_french_and_the_pack_tools_stay_in_english() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let saved = text(&groundwork(
        d,
        &[
            "--lang",
            "fr-CA",
            "journal",
            "add",
            "--text",
            "Une bonne marche.",
        ],
    ));
    assert!(saved.starts_with("Enregistré dans ton journal."), "{saved}");
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/packs/core-en");
    let validated = groundwork(
        d,
        &[
            "--lang",
            "fr-CA",
            "pack",
            "validate",
            &pack.display().to_string(),
        ],
    );
    let said = String::from_utf8_lossy(&validated.stdout);
    assert!(validated.status.success(), "{said}");
    assert!(
        said.starts_with("valid: core-en "),
        "the pack tools speak English: {said}"
    );
}

#[test]
fn help_now_with_no_database_is_in_french_with_the_lang_option_whatever_the_machines_locale() {
    let dir = tempfile::tempdir().expect("dir");
    for locale in [&[][..], &[("LANG", "en_AU.UTF-8")][..]] {
        let shown = text(&with_locale(
            dir.path(),
            locale,
            &[
                "--lang",
                "fr-CA",
                "help-now",
                "--region",
                "CA",
                "--situation",
                "self-harm",
            ],
        ));
        assert!(shown.starts_with("DE L'AIDE MAINTENANT"), "{shown}");
        assert!(
            shown.contains("9-8-8 : Ligne d'aide en cas de crise de suicide"),
            "the lines' French words: {shown}"
        );
        assert!(shown.contains("Répond en anglais et français."), "{shown}");
        assert!(shown.contains("Appeler le 988"), "{shown}");
        assert!(!shown.contains("Built into Groundwork"), "{shown}");
    }
    // In English, the same lines in English.
    let english = text(&groundwork(
        dir.path(),
        &["help-now", "--region", "CA", "--situation", "self-harm"],
    ));
    assert!(
        english.contains("9-8-8 Suicide Crisis Helpline"),
        "{english}"
    );
    assert!(
        english.contains("Answers in English and French."),
        "{english}"
    );
}
