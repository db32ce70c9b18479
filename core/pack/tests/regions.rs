//! Region data shared by language packs: a pack whose `pack.toml` names a region folder takes
//! its help lines and peer groups from there, with their names and descriptions in its own
//! language from the folder's `<language>.toml`; numbers and addresses come only from the
//! region data, whatever language reads them.

use std::fs;
use std::path::{Path, PathBuf};

use groundwork_pack::{self as pack, Pack};
use tempfile::TempDir;

#[path = "common/files.rs"]
mod files;
use files::copy_tree;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/packs/minimal")
}

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// `content/`-like folders in a temporary place: `packs/fixture` (the small fixture pack in
/// `locale`, naming `../../regions`) and `regions/` with the fixture's help lines and peer
/// groups.
struct Layout {
    dir: TempDir,
}

impl Layout {
    fn new(locale: &str) -> Layout {
        let dir = tempfile::tempdir().expect("temp dir");
        let pack = dir.path().join("packs/fixture");
        let regions = dir.path().join("regions");
        fs::create_dir_all(&pack).expect("pack folder");
        fs::create_dir_all(&regions).expect("regions folder");
        copy_tree(&fixture(), &pack);
        for name in ["helplines.toml", "peer-groups.toml"] {
            fs::rename(pack.join(name), regions.join(name)).expect("move to the regions");
        }
        let layout = Layout { dir };
        layout.edit(
            "packs/fixture/pack.toml",
            "locale = \"en\"",
            &format!("locale = \"{locale}\"\nregions = \"../../regions\""),
        );
        layout
    }

    fn path(&self, file: &str) -> PathBuf {
        self.dir.path().join(file)
    }

    fn edit(&self, file: &str, from: &str, to: &str) {
        let text = fs::read_to_string(self.path(file)).expect("read");
        assert!(text.contains(from), "{file} has no {from:?}");
        fs::write(self.path(file), text.replacen(from, to, 1)).expect("write");
    }

    fn write(&self, file: &str, text: &str) {
        fs::write(self.path(file), text).expect("write");
    }

    fn load(&self) -> Result<Pack, Vec<String>> {
        pack::load_dir(&self.path("packs/fixture"))
            .map(pack::LoadedPack::into_pack)
            .map_err(|problems| problems.into_iter().map(|d| d.to_string()).collect())
    }
}

#[test]
fn a_pack_naming_a_region_folder_takes_its_help_lines_and_peer_groups_from_there() {
    let own = pack::load_dir(&fixture())
        .expect("the fixture reads")
        .into_pack();
    let shared = Layout::new("en")
        .load()
        .expect("the pack reads its region data");
    assert_eq!(shared.helplines, own.helplines);
    assert_eq!(shared.peer_groups, own.peer_groups);
}

#[test]
fn a_pack_naming_a_region_folder_and_keeping_its_own_help_lines_is_refused() {
    let layout = Layout::new("en");
    fs::copy(
        layout.path("regions/helplines.toml"),
        layout.path("packs/fixture/helplines.toml"),
    )
    .expect("copy");
    let problems = layout.load().expect_err("two sources of help lines");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("packs/fixture/helplines.toml")
            && problems[0].contains("takes its help lines and peer groups from"),
        "{problems:?}"
    );
}

#[test]
fn a_region_folder_that_is_not_there_is_reported_at_the_key() {
    for (value, shown) in [
        ("\"../../nowhere\"", "`regions` names `../../nowhere`"),
        ("\"/etc\"", "`regions` names `/etc`"),
        ("\"\"", "`regions` names ``"),
        ("3", "`regions` is not a folder name"),
    ] {
        let layout = Layout::new("en");
        layout.edit(
            "packs/fixture/pack.toml",
            "regions = \"../../regions\"",
            &format!("regions = {value}"),
        );
        let problems = layout.load().expect_err("no region folder");
        assert!(
            problems
                .iter()
                .any(|p| p.contains("pack.toml:") && p.contains(shown)),
            "{value}: {problems:?}"
        );
    }
}

const FRENCH: &str = r#"
[regions.AU]
name = "Australie"

[lines.au-crisis]
name = "Ligne de crise"
for_whom = "Toute personne qui a besoin de parler."

[groups.au-sheds]
name = "Ateliers"
what = "Des endroits où des hommes fabriquent et réparent des choses ensemble."
"#;

#[test]
fn a_french_pack_gets_the_lines_words_in_french_and_the_same_numbers() {
    let english = Layout::new("en");
    english.write("regions/fr.toml", FRENCH);
    let english = english.load().expect("reads");
    let french = Layout::new("fr-CA");
    french.write("regions/fr.toml", FRENCH);
    let french = french.load().expect("reads");

    assert_eq!(
        english.region("AU").expect("AU").name,
        "Australia",
        "English ignores fr.toml"
    );
    let au = french.region("AU").expect("AU");
    assert_eq!(au.name, "Australie");
    let line = au.lines.iter().find(|l| l.id == "au-crisis").expect("line");
    assert_eq!(line.name, "Ligne de crise");
    assert_eq!(line.for_whom, "Toute personne qui a besoin de parler.");
    let untouched = au
        .lines
        .iter()
        .find(|l| l.id == "au-emergency")
        .expect("line");
    assert_eq!(
        untouched.name, "Emergency",
        "a line fr.toml does not name keeps its words"
    );
    let group = &french.peer_groups[0];
    assert_eq!(group.name, "Ateliers");
    assert_eq!(group.for_whom, english.peer_groups[0].for_whom);

    // Everything but the words is the region data's, whatever the language.
    // The kinds, hours and time zone too: each line's all but its words, as text to compare.
    let numbers = |p: &Pack| -> Vec<String> {
        p.helplines
            .iter()
            .flat_map(|r| &r.lines)
            .map(|l| {
                format!(
                    "{} {:?} {:?} {:?} {:?} {:?} {:?} {}",
                    l.id, l.phone, l.sms, l.sms_body, l.web, l.kinds, l.open, l.time_zone
                )
            })
            .collect()
    };
    assert_eq!(numbers(&french), numbers(&english));
}

#[test]
fn the_french_words_cannot_change_a_number_an_address_or_a_kind() {
    for key in [
        "phone = \"1800 000 000\"",
        "sms = \"0400 111 111\"",
        "web = \"https://example.com/elsewhere\"",
        "kinds = [\"emergency\"]",
        "sms_body = \"AIDE\"",
    ] {
        let layout = Layout::new("fr-CA");
        layout.write("regions/fr.toml", &format!("[lines.au-crisis]\n{key}\n"));
        let problems = layout.load().expect_err("only words may be given");
        assert!(
            problems
                .iter()
                .any(|p| p.contains("fr.toml") && p.contains("unknown field")),
            "{key}: {problems:?}"
        );
    }
}

#[test]
fn french_words_for_a_line_region_or_group_the_region_data_lacks_are_reported() {
    for (text, message) in [
        (
            "[lines.au-ghost]\nname = \"Fantôme\"\n",
            "there is no help line `au-ghost`",
        ),
        (
            "[regions.ZZ]\nname = \"Nulle part\"\n",
            "there is no region ZZ",
        ),
        (
            "[groups.ghosts]\nname = \"Fantômes\"\n",
            "there is no peer group `ghosts`",
        ),
    ] {
        let layout = Layout::new("fr-CA");
        layout.write("regions/fr.toml", text);
        let problems = layout.load().expect_err("unknown entry");
        assert!(
            problems
                .iter()
                .any(|p| p.contains("fr.toml") && p.contains(message)),
            "{message}: {problems:?}"
        );
    }
}

#[test]
fn the_english_pack_reads_the_shared_region_data() {
    let english = pack::load_dir(&content().join("packs/core-en"))
        .expect("core-en reads")
        .into_pack();
    assert!(!content().join("packs/core-en/helplines.toml").exists());
    let ca = english.region("CA").expect("Canada");
    let line = ca.lines.iter().find(|l| l.id == "ca-988").expect("988");
    assert_eq!(line.name, "9-8-8 Suicide Crisis Helpline");
    assert_eq!(line.phone.as_deref(), Some("988"));
}

#[test]
fn the_shared_french_words_name_every_canadian_line_and_group_in_french() {
    // The English pack read as a French one, beside a copy of the real region data.
    let dir = tempfile::tempdir().expect("temp dir");
    copy_tree(
        &content().join("packs/core-en"),
        &dir.path().join("packs/core-en"),
    );
    copy_tree(&content().join("regions"), &dir.path().join("regions"));
    let manifest = dir.path().join("packs/core-en/pack.toml");
    let text = fs::read_to_string(&manifest).expect("read");
    fs::write(
        &manifest,
        text.replacen("locale = \"en\"", "locale = \"fr-CA\"", 1),
    )
    .expect("write");
    let french = pack::load_dir(&dir.path().join("packs/core-en"))
        .unwrap_or_else(|p| panic!("{p:?}"))
        .into_pack();
    let english = pack::load_dir(&content().join("packs/core-en"))
        .expect("core-en reads")
        .into_pack();
    let (fr, en) = (
        french.region("CA").expect("CA"),
        english.region("CA").expect("CA"),
    );
    assert_eq!(fr.lines.len(), en.lines.len());
    for (f, e) in fr.lines.iter().zip(&en.lines) {
        assert_eq!(
            (&f.id, &f.phone, &f.sms, &f.web),
            (&e.id, &e.phone, &e.sms, &e.web)
        );
        assert_ne!(f.for_whom, e.for_whom, "{} is described in French", f.id);
    }
    assert_eq!(
        fr.lines
            .iter()
            .find(|l| l.id == "ca-988")
            .map(|l| l.name.as_str()),
        Some("9-8-8 : Ligne d'aide en cas de crise de suicide")
    );
    for group in french.peer_groups_in("CA") {
        let english = english
            .peer_groups_in("CA")
            .into_iter()
            .find(|g| g.id == group.id)
            .expect("group");
        assert_ne!(
            group.what, english.what,
            "{} is described in French",
            group.id
        );
    }
    assert_eq!(french.region("US").expect("US").name, "États-Unis");
}
