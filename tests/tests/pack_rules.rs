//! The pack validator, one rule at a time: each test copies the small valid fixture pack
//! (`tests/fixtures/packs/minimal`), breaks one thing, and checks that exactly that problem is
//! reported, at the right `file:line:col`.

use std::fs;
use std::path::{Path, PathBuf};

use groundwork_core::content::pack::{self, Diagnostic};
use tempfile::TempDir;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/packs/minimal")
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create folder");
    for entry in fs::read_dir(from).expect("read fixture") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// A copy of the fixture pack in a temporary folder, to break.
struct Fixture {
    dir: TempDir,
}

impl Fixture {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&fixture(), dir.path());
        Self { dir }
    }

    fn path(&self, file: &str) -> PathBuf {
        self.dir.path().join(file)
    }

    fn read(&self, file: &str) -> String {
        fs::read_to_string(self.path(file)).expect("read")
    }

    /// Replaces the first `from` in `file` with `to`.
    fn edit(&self, file: &str, from: &str, to: &str) -> &Self {
        let text = self.read(file);
        assert!(text.contains(from), "{file} has no {from:?}");
        fs::write(self.path(file), text.replacen(from, to, 1)).expect("write");
        self
    }

    /// Replaces the `n`th (from 0) `from` in `file` with `to`.
    fn edit_nth(&self, file: &str, n: usize, from: &str, to: &str) -> &Self {
        let text = self.read(file);
        let (at, _) = text
            .match_indices(from)
            .nth(n)
            .unwrap_or_else(|| panic!("{file} has no {from:?} #{n}"));
        let edited = format!("{}{to}{}", &text[..at], &text[at + from.len()..]);
        fs::write(self.path(file), edited).expect("write");
        self
    }

    fn write(&self, file: &str, text: &str) -> &Self {
        if let Some(parent) = self.path(file).parent() {
            fs::create_dir_all(parent).expect("create folder");
        }
        fs::write(self.path(file), text).expect("write");
        self
    }

    /// The 1-based line and column where `needle` first appears in `file`.
    fn position(&self, file: &str, needle: &str) -> (u32, u32) {
        self.nth_position(file, needle, 0)
    }

    fn nth_position(&self, file: &str, needle: &str, n: usize) -> (u32, u32) {
        let text = self.read(file);
        let offset = text
            .match_indices(needle)
            .nth(n)
            .unwrap_or_else(|| panic!("{file} has no {needle:?} #{n}"))
            .0;
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
            .chars()
            .count()
            + 1;
        (line as u32, col as u32)
    }

    fn problems(&self) -> Vec<Diagnostic> {
        match pack::load_dir(self.dir.path()) {
            Ok(_) => panic!("the broken pack was accepted"),
            Err(problems) => problems,
        }
    }
}

/// Asserts that the only problem is `message` (a fragment) in `file` at `at`.
#[track_caller]
fn assert_only(problems: &[Diagnostic], file: &str, at: (u32, u32), message: &str) {
    assert_reported(problems, file, at, message);
    assert_eq!(
        problems.len(),
        1,
        "expected one problem, got:\n{}",
        show(problems)
    );
}

#[track_caller]
fn assert_reported(problems: &[Diagnostic], file: &str, at: (u32, u32), message: &str) {
    let found = problems.iter().any(|d| {
        Path::new(&d.file).ends_with(file)
            && (d.line, d.col) == at
            && d.message.contains(message)
            && !d.fix.is_empty()
    });
    assert!(
        found,
        "expected {file}:{}:{}: …{message}…, got:\n{}",
        at.0,
        at.1,
        show(problems)
    );
}

fn show(problems: &[Diagnostic]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

const FIRST: &str = "modules/first-steps.md";
const ANGER: &str = "modules/anger-basics.md";
const LISTENING: &str = "modules/listening.md";
const DAD: &str = "modules/first-weeks.md";

#[test]
fn the_fixture_pack_is_valid() {
    let loaded = pack::load_dir(&fixture()).unwrap_or_else(|p| panic!("{}", show(&p)));
    let ids: Vec<&str> = loaded
        .pack()
        .modules
        .iter()
        .map(|m| m.meta.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["first-steps", "anger-basics", "listening", "first-weeks"],
        "modules come in phase order"
    );
}

// --- syntax and unknown keys -----------------------------------------------------------------

#[test]
fn an_unknown_key_in_front_matter_is_reported_at_the_key() {
    let f = Fixture::new();
    f.edit(FIRST, "minutes = 5\n", "minutes = 5\ncolour = \"red\"\n");
    assert_only(
        &f.problems(),
        FIRST,
        f.position(FIRST, "colour"),
        "unknown field `colour`",
    );
}

#[test]
fn an_unknown_key_in_an_exercise_is_reported_at_its_line_in_the_markdown_file() {
    let f = Fixture::new();
    f.edit(ANGER, "cycles = 5\n", "cycles = 5\nspeed = 2\n");
    assert_only(
        &f.problems(),
        ANGER,
        f.position(ANGER, "speed"),
        "unknown field `speed`",
    );
}

#[test]
fn an_unknown_key_in_pack_toml_is_reported_at_the_key() {
    let f = Fixture::new();
    f.edit("pack.toml", "licence = \"CC0\"", "license = \"CC0\"");
    let problems = f.problems();
    assert_reported(
        &problems,
        "pack.toml",
        f.position("pack.toml", "license"),
        "unknown field `license`",
    );
}

#[test]
fn every_broken_emotion_is_reported_not_only_the_first() {
    let f = Fixture::new();
    f.edit("emotions.toml", "definition = ", "meaning = ");
    f.edit_nth("emotions.toml", 40, "energy = ", "enrgy = ");
    let problems = f.problems();
    assert_reported(
        &problems,
        "emotions.toml",
        f.position("emotions.toml", "meaning"),
        "unknown field `meaning`",
    );
    assert_reported(
        &problems,
        "emotions.toml",
        f.position("emotions.toml", "enrgy"),
        "unknown field `enrgy`",
    );
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

#[test]
fn a_toml_syntax_error_in_an_exercise_is_located_in_the_markdown_file() {
    let f = Fixture::new();
    f.edit(
        FIRST,
        "prompt = \"What do you do well?\"",
        "prompt = What do you do well?",
    );
    let problems = f.problems();
    assert!(
        problems.iter().all(|d| Path::new(&d.file).ends_with(FIRST)
            && d.line == f.position(FIRST, "prompt = What").0),
        "{}",
        show(&problems)
    );
    assert!(!problems.is_empty());
}

#[test]
fn a_value_of_the_wrong_type_is_reported_at_the_value() {
    let f = Fixture::new();
    f.edit(FIRST, "minutes = 5", "minutes = \"five\"");
    assert_only(
        &f.problems(),
        FIRST,
        f.position(FIRST, "\"five\""),
        "invalid type",
    );
}

#[test]
fn a_missing_required_key_is_reported() {
    let f = Fixture::new();
    f.edit(LISTENING, "summary = \"Listen to understand.\"\n", "");
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{}", show(&problems));
    assert!(
        problems[0].message.contains("missing field `summary`"),
        "{}",
        show(&problems)
    );
    assert!(Path::new(&problems[0].file).ends_with(LISTENING));
}

#[test]
fn a_missing_file_is_reported_by_name() {
    let f = Fixture::new();
    fs::remove_file(f.path("prompts.toml")).expect("remove");
    let problems = f.problems();
    assert_only(&problems, "prompts.toml", (0, 0), "the file is missing");
    let shown = problems[0].to_string();
    assert!(
        shown.contains("prompts.toml: the file is missing; "),
        "{shown}"
    );
}

// --- Markdown subset ---------------------------------------------------------------------------

#[test]
fn markdown_outside_the_subset_is_reported_where_it_is() {
    let f = Fixture::new();
    f.edit(
        LISTENING,
        "Listen to understand, not to win.",
        "Listen to understand, not to win.\n\n### Deeper\n\n![a picture](https://example.org/a.png)\n\n<div>hi</div>",
    );
    let problems = f.problems();
    assert_reported(
        &problems,
        LISTENING,
        f.position(LISTENING, "### Deeper"),
        "`###` headings are not allowed",
    );
    assert_reported(
        &problems,
        LISTENING,
        f.position(LISTENING, "![a picture]"),
        "images are not allowed",
    );
    assert_reported(
        &problems,
        LISTENING,
        f.position(LISTENING, "<div>"),
        "HTML is not allowed",
    );
    assert_eq!(problems.len(), 3, "{}", show(&problems));
}

#[test]
fn text_before_the_first_step_is_reported() {
    let f = Fixture::new();
    f.edit(LISTENING, "## Listen first", "Hello.\n\n## Listen first");
    assert_only(
        &f.problems(),
        LISTENING,
        f.position(LISTENING, "Hello."),
        "text before the first step",
    );
}

#[test]
fn text_after_a_steps_exercise_is_reported() {
    let f = Fixture::new();
    f.edit(
        LISTENING,
        "\"You always do this.\"]\n```\n",
        "\"You always do this.\"]\n```\n\nAnd then.\n",
    );
    assert_only(
        &f.problems(),
        LISTENING,
        f.position(LISTENING, "And then."),
        "text after the step's exercise",
    );
}

#[test]
fn an_unknown_exercise_kind_is_reported_at_its_fence() {
    let f = Fixture::new();
    f.edit(DAD, "```checklist", "```tickbox");
    assert_only(
        &f.problems(),
        DAD,
        f.position(DAD, "```tickbox"),
        "`tickbox` is not an exercise kind",
    );
}

#[test]
fn a_link_that_is_not_https_or_help_is_reported() {
    let f = Fixture::new();
    f.edit(DAD, "as a team.", "as a [team](http://example.org).");
    assert_only(
        &f.problems(),
        DAD,
        f.position(DAD, "[team]"),
        "neither https:// nor help:",
    );
}

#[test]
fn an_unknown_help_situation_is_reported_at_the_link() {
    let f = Fixture::new();
    f.edit(ANGER, "help:hurt-someone", "help:angry");
    assert_only(
        &f.problems(),
        ANGER,
        f.position(ANGER, "[talk to someone now]"),
        "`help:angry` is not a help situation",
    );
}

// --- ids and the prerequisite graph ------------------------------------------------------------

#[test]
fn a_duplicate_module_id_is_reported_at_the_second_module() {
    let f = Fixture::new();
    let copy = f
        .read(DAD)
        .replace("id = \"first-weeks\"", "id = \"first-steps\"");
    f.write("modules/extra/first-steps.md", &copy);
    let problems = f.problems();
    assert_only(
        &problems,
        "modules/extra/first-steps.md",
        f.position("modules/extra/first-steps.md", "\"first-steps\""),
        "the module id `first-steps` is already used by another module",
    );
}

#[test]
fn a_malformed_id_is_reported() {
    let f = Fixture::new();
    f.edit("prompts.toml", "id = \"good-today\"", "id = \"Good Today\"");
    assert_only(
        &f.problems(),
        "prompts.toml",
        f.position("prompts.toml", "\"Good Today\""),
        "the prompt id `Good Today` is not a valid id",
    );
}

#[test]
fn a_module_file_must_be_named_after_its_id() {
    let f = Fixture::new();
    fs::rename(f.path(DAD), f.path("modules/weeks.md")).expect("rename");
    assert_only(
        &f.problems(),
        "modules/weeks.md",
        f.position("modules/weeks.md", "\"first-weeks\""),
        "the file is named `weeks.md` but the module's id is `first-weeks`",
    );
}

#[test]
fn a_missing_prerequisite_is_reported_at_the_entry() {
    let f = Fixture::new();
    f.edit(
        LISTENING,
        "[\"anger-basics\"]",
        "[\"anger-basics\", \"nope\"]",
    );
    assert_only(
        &f.problems(),
        LISTENING,
        f.position(LISTENING, "\"nope\""),
        "the prerequisite `nope` is not a module in this pack",
    );
}

#[test]
fn a_prerequisite_cycle_is_reported_at_the_module_that_closes_it() {
    let f = Fixture::new();
    f.edit(
        FIRST,
        "prerequisites = []",
        "prerequisites = [\"listening\"]",
    );
    // first-steps needs listening, which needs anger-basics, which needs first-steps: the search
    // starts at first-steps, so anger-basics closes the cycle.
    assert_only(
        &f.problems(),
        ANGER,
        f.position(ANGER, "\"first-steps\""),
        "prerequisite cycle: first-steps needs listening needs anger-basics needs first-steps",
    );
}

#[test]
fn a_partner_module_reachable_without_any_me_module_is_reported() {
    let f = Fixture::new();
    f.edit(
        "pack.toml",
        "we_requires = [\"first-steps\"]",
        "we_requires = []",
    );
    f.edit(
        LISTENING,
        "prerequisites = [\"anger-basics\"]",
        "prerequisites = []",
    );
    assert_only(
        &f.problems(),
        LISTENING,
        f.position(LISTENING, "[]"),
        "the partner module `listening` can be reached without any \"me\" module",
    );
}

#[test]
fn we_requires_must_name_existing_me_modules() {
    let f = Fixture::new();
    f.edit(
        "pack.toml",
        "we_requires = [\"first-steps\"]",
        "we_requires = [\"first-steps\", \"listening\", \"ghost\"]",
    );
    let problems = f.problems();
    assert_reported(
        &problems,
        "pack.toml",
        f.position("pack.toml", "\"listening\""),
        "`listening` in `we_requires` is not in a \"me\" phase",
    );
    assert_reported(
        &problems,
        "pack.toml",
        f.position("pack.toml", "\"ghost\""),
        "`ghost` in `we_requires` is not a module in this pack",
    );
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

#[test]
fn a_renamed_id_must_point_at_an_existing_module() {
    let f = Fixture::new();
    f.edit(
        "pack.toml",
        "old-first = \"first-steps\"",
        "old-first = \"gone\"",
    );
    assert_only(
        &f.problems(),
        "pack.toml",
        f.position("pack.toml", "\"gone\""),
        "`old-first` was renamed to `gone`",
    );
}

#[test]
fn an_unknown_phase_is_reported_with_the_phases_to_choose_from() {
    let f = Fixture::new();
    f.edit(LISTENING, "phase = \"together\"", "phase = \"couples\"");
    let problems = f.problems();
    assert_only(
        &problems,
        LISTENING,
        f.position(LISTENING, "\"couples\""),
        "there is no phase `couples`",
    );
    assert!(
        problems[0].fix.contains("`together`"),
        "{}",
        show(&problems)
    );
}

// --- module shape ------------------------------------------------------------------------------

#[test]
fn a_module_that_does_not_end_with_a_commitment_is_reported_at_its_last_step() {
    let f = Fixture::new();
    f.edit(
        DAD,
        "```commitment\nid = \"this-week\"\nprompt = \"Pick one thing to try.\"\nsuggestions = [\"Take one night feed\"]",
        "```reflection\nid = \"this-week\"\nprompt = \"What will you try?\"",
    );
    assert_only(
        &f.problems(),
        DAD,
        f.position(DAD, "## This week"),
        "does not end with a commitment",
    );
}

#[test]
fn a_step_over_the_word_limit_is_reported_at_its_heading() {
    let f = Fixture::new();
    let long = "We share the load. ".repeat(31);
    f.edit(DAD, "Share the nights as a team.", &long);
    assert_only(
        &f.problems(),
        DAD,
        f.position(DAD, "## Nights"),
        "step 1 has 124 words of text, over the limit of 120",
    );
}

#[test]
fn a_module_needs_three_to_seven_steps() {
    let f = Fixture::new();
    f.edit(DAD, "## Nights\n\nShare the nights as a team.\n\n", "");
    assert_only(
        &f.problems(),
        DAD,
        (1, 1),
        "the module has 2 steps, outside 3 to 7",
    );
}

#[test]
fn a_module_takes_five_to_ten_minutes() {
    let f = Fixture::new();
    f.edit(ANGER, "minutes = 7", "minutes = 25");
    assert_only(
        &f.problems(),
        ANGER,
        f.position(ANGER, "25"),
        "takes 25 minutes, outside 5 to 10",
    );
}

#[test]
fn a_module_needs_an_exercise_besides_its_commitment() {
    let f = Fixture::new();
    f.edit(
        DAD,
        "```checklist\nid = \"helps\"\nprompt = \"What could help this week?\"\nitems = [\"Take a night feed\", \"Ask family for a meal\"]\n```\n",
        "Sleep when the baby sleeps.\n",
    );
    assert_only(
        &f.problems(),
        DAD,
        (1, 1),
        "no exercise besides its commitment",
    );
}

#[test]
fn a_module_must_cite_a_source() {
    let f = Fixture::new();
    f.edit(
        DAD,
        "sources = [\"seeds/004_9477a582b8cad1e0.txt\"]",
        "sources = []",
    );
    assert_only(
        &f.problems(),
        DAD,
        f.position(DAD, "[]"),
        "the module cites no source",
    );
}

#[test]
fn a_commitment_before_the_last_step_is_reported() {
    let f = Fixture::new();
    f.edit(
        DAD,
        "```checklist\nid = \"helps\"\nprompt = \"What could help this week?\"\nitems = [\"Take a night feed\", \"Ask family for a meal\"]",
        "```commitment\nid = \"helps\"\nprompt = \"What could help this week?\"\nsuggestions = [\"Take a night feed\"]",
    );
    let problems = f.problems();
    assert_reported(
        &problems,
        DAD,
        f.nth_position(DAD, "id = \"helps\"", 0),
        "a commitment is only allowed in the last step",
    );
}

#[test]
fn exercise_ids_are_unique_within_a_module() {
    let f = Fixture::new();
    f.edit(FIRST, "id = \"feel-now\"", "id = \"good-at\"");
    assert_only(
        &f.problems(),
        FIRST,
        f.nth_position(FIRST, "\"good-at\"", 1),
        "the exercise id `good-at` is used twice",
    );
}

// --- exercises ---------------------------------------------------------------------------------

#[test]
fn a_scale_beyond_ten_is_reported_at_its_max() {
    let f = Fixture::new();
    f.edit(ANGER, "max = 10", "max = 12");
    assert_only(
        &f.problems(),
        ANGER,
        f.position(ANGER, "12"),
        "the scale runs from 0 to 12",
    );
}

#[test]
fn breathing_out_of_range_reports_each_field() {
    let f = Fixture::new();
    f.edit(ANGER, "exhale = 6", "exhale = 0");
    f.edit(ANGER, "cycles = 5", "cycles = 40");
    let problems = f.problems();
    assert_reported(
        &problems,
        ANGER,
        f.position(ANGER, "0\ncycles"),
        "`exhale` is 0 seconds, outside 1 to 10",
    );
    assert_reported(
        &problems,
        ANGER,
        f.position(ANGER, "40"),
        "`cycles` is 40, outside 1 to 20",
    );
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

#[test]
fn a_choice_needs_two_to_six_options() {
    let f = Fixture::new();
    f.edit(
        LISTENING,
        "[\"That sounds hard.\", \"You always do this.\"]",
        "[\"That sounds hard.\"]",
    );
    assert_only(
        &f.problems(),
        LISTENING,
        f.position(LISTENING, "[\"That sounds hard.\"]"),
        "`options` has 1 entries, outside 2 to 6",
    );
}

#[test]
fn an_emotion_picker_may_offer_only_words_from_emotions_toml() {
    let f = Fixture::new();
    f.edit(FIRST, "[\"calm\", \"tired\"]", "[\"calm\", \"grumpy-ish\"]");
    assert_only(
        &f.problems(),
        FIRST,
        f.position(FIRST, "\"grumpy-ish\""),
        "`grumpy-ish` is not an emotion in emotions.toml",
    );
}

#[test]
fn an_emotion_picker_offers_at_most_three_words() {
    let f = Fixture::new();
    f.edit(FIRST, "max = 2", "max = 5");
    assert_only(
        &f.problems(),
        FIRST,
        f.position(FIRST, "5\nwords"),
        "`max` is 5, outside 1 to 3",
    );
}

// --- safety ------------------------------------------------------------------------------------

#[test]
fn a_module_about_anger_must_say_abuse_is_a_choice() {
    let f = Fixture::new();
    f.edit(ANGER, "Abuse is a choice. ", "");
    assert_only(
        &f.problems(),
        ANGER,
        f.position(ANGER, "\"anger\"]"),
        "never says plainly that abuse is a choice",
    );
}

#[test]
fn a_module_about_conflict_must_link_to_help() {
    let f = Fixture::new();
    f.edit(
        LISTENING,
        "topics = [\"listening\"]",
        "topics = [\"listening\", \"conflict\"]",
    );
    let problems = f.problems();
    let at = f.position(LISTENING, "\"conflict\"");
    assert_reported(
        &problems,
        LISTENING,
        at,
        "never says plainly that abuse is a choice",
    );
    assert_reported(&problems, LISTENING, at, "has no link to help");
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

// --- timed track -------------------------------------------------------------------------------

#[test]
fn a_timed_module_needs_a_week() {
    let f = Fixture::new();
    f.edit(DAD, "week = 2\n", "");
    assert_only(
        &f.problems(),
        DAD,
        f.position(DAD, "\"dad\""),
        "has no `week`",
    );
}

#[test]
fn only_timed_modules_have_a_week() {
    let f = Fixture::new();
    f.edit(LISTENING, "minutes = 6", "minutes = 6\nweek = 4");
    assert_only(
        &f.problems(),
        LISTENING,
        f.position(LISTENING, "4"),
        "only modules in a timed phase have a `week`",
    );
}

#[test]
fn a_week_is_within_pregnancy_and_the_first_two_years() {
    let f = Fixture::new();
    f.edit(DAD, "week = 2", "week = -52");
    assert_only(
        &f.problems(),
        DAD,
        f.position(DAD, "-52"),
        "week -52 is outside -40 to 104",
    );
}

// --- emotions, help lines, prompts -------------------------------------------------------------

#[test]
fn a_pack_needs_at_least_a_hundred_emotions() {
    let f = Fixture::new();
    let text = f.read("emotions.toml");
    let cut = text.rfind("[[emotions]]").expect("an emotion");
    f.write("emotions.toml", &text[..cut]);
    assert_only(
        &f.problems(),
        "emotions.toml",
        (1, 1),
        "the pack has 99 emotion words; it needs at least 100",
    );
}

#[test]
fn emotion_coordinates_run_from_minus_five_to_five() {
    let f = Fixture::new();
    f.edit("emotions.toml", "energy = ", "energy = 6 #");
    assert_only(
        &f.problems(),
        "emotions.toml",
        f.position("emotions.toml", "6 #"),
        "`energy` is 6, outside -5 to 5",
    );
}

#[test]
fn an_emotion_needs_a_definition() {
    let f = Fixture::new();
    let text = f.read("emotions.toml");
    let start = text.find("definition = ").expect("definition");
    let end = start + text[start..].find('\n').expect("line end");
    f.write(
        "emotions.toml",
        &format!("{}definition = \"\"{}", &text[..start], &text[end..]),
    );
    assert_only(
        &f.problems(),
        "emotions.toml",
        f.position("emotions.toml", "\"\""),
        "has no definition",
    );
}

#[test]
fn a_help_line_without_a_source_is_reported() {
    let f = Fixture::new();
    f.edit(
        "helplines.toml",
        "source = \"https://example.org/ca\"",
        "source = \"\"",
    );
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.position("helplines.toml", "\"\""),
        "the line `ca-emergency` has no source",
    );
}

#[test]
fn a_help_line_needs_a_real_verified_on_date() {
    let f = Fixture::new();
    f.edit(
        "helplines.toml",
        "verified_on = \"2026-11-01\"",
        "verified_on = \"2026-02-30\"",
    );
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.position("helplines.toml", "\"2026-02-30\""),
        "`2026-02-30` is not a date",
    );
}

#[test]
fn every_region_needs_an_emergency_line() {
    let f = Fixture::new();
    f.edit(
        "helplines.toml",
        "kinds = [\"emergency\"]",
        "kinds = [\"crisis\"]",
    );
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.position("helplines.toml", "\"AU\""),
        "AU has no emergency line",
    );
}

#[test]
fn the_five_required_regions_must_all_be_there() {
    let f = Fixture::new();
    let text = f.read("helplines.toml");
    let nz = text.rfind("[[regions]]").expect("a region");
    f.write("helplines.toml", &text[..nz]);
    assert_only(
        &f.problems(),
        "helplines.toml",
        (1, 1),
        "there are no help lines for NZ",
    );
}

#[test]
fn an_unknown_help_line_kind_is_reported_at_the_value() {
    let f = Fixture::new();
    f.edit(
        "helplines.toml",
        "[\"crisis\", \"men\"]",
        "[\"crisis\", \"blokes\"]",
    );
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.position("helplines.toml", "\"blokes\""),
        "unknown variant `blokes`",
    );
}

#[test]
fn a_prompt_needs_a_known_theme() {
    let f = Fixture::new();
    f.edit("prompts.toml", "theme = \"anger\"", "theme = \"rage\"");
    assert_only(
        &f.problems(),
        "prompts.toml",
        f.position("prompts.toml", "\"rage\""),
        "`rage` is not a prompt theme",
    );
}

// --- all at once -------------------------------------------------------------------------------

#[test]
fn every_problem_in_every_file_is_reported_at_once() {
    let f = Fixture::new();
    f.edit("pack.toml", "version = \"0.1.0\"", "version = \"one\"");
    f.edit(ANGER, "max = 10", "max = 12");
    f.edit(
        LISTENING,
        "[\"anger-basics\"]",
        "[\"anger-basics\", \"nope\"]",
    );
    f.edit(DAD, "```checklist", "```tickbox");
    f.edit("prompts.toml", "theme = \"anger\"", "theme = \"rage\"");
    f.edit(
        "helplines.toml",
        "verified_on = \"2026-11-01\"",
        "verified_on = \"soon\"",
    );
    let problems = f.problems();
    assert_eq!(problems.len(), 6, "{}", show(&problems));
    for d in &problems {
        let text = d.to_string();
        assert!(text.contains(&format!(":{}:{}: ", d.line, d.col)), "{text}");
        assert!(text.contains("; "), "{text}");
    }
}
