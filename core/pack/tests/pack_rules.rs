//! The pack validator, one rule at a time: each test copies the small valid fixture pack
//! (`tests/fixtures/packs/minimal`), breaks one thing, and checks that exactly that problem is
//! reported, at the right `file:line:col`.

use std::fs;
use std::path::{Path, PathBuf};

use groundwork_pack::{self as pack, Diagnostic};
use tempfile::TempDir;

#[path = "common/files.rs"]
mod files;
use files::copy_tree;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/packs/minimal")
}

/// A copy of the fixture pack in a temporary folder, to break.
struct Fixture {
    dir: TempDir,
}

impl Fixture {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_tree(&fixture(), dir.path());
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

/// Moves a position some columns to the right.
trait AddCols {
    fn add_cols(self, n: u32) -> Self;
}

impl AddCols for (u32, u32) {
    fn add_cols(self, n: u32) -> Self {
        (self.0, self.1 + n)
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
fn a_module_about_anger_must_name_its_accountability_line() {
    let f = Fixture::new();
    f.edit(ANGER, "accountability = \"Abuse is a choice.\"\n", "");
    assert_only(
        &f.problems(),
        ANGER,
        f.position(ANGER, "\"anger\"]"),
        "has no `accountability` line",
    );
}

#[test]
fn the_accountability_line_must_be_in_a_step() {
    let f = Fixture::new();
    f.edit(ANGER, "Abuse is a choice. ", "");
    assert_only(
        &f.problems(),
        ANGER,
        f.position(ANGER, "\"Abuse is a choice.\""),
        "`accountability` is not in any step's text",
    );
}

#[test]
fn the_accountability_line_may_be_worded_freely() {
    let f = Fixture::new();
    f.edit(
        ANGER,
        "Abuse is a choice. ",
        "What  you do with it is YOUR choice. ",
    )
    .edit(
        ANGER,
        "accountability = \"Abuse is a choice.\"",
        "accountability = \"What you do with it is your choice.\"",
    );
    if let Err(problems) = pack::load_dir(f.dir.path()) {
        panic!("the pack was refused:\n{}", show(&problems));
    }
}

#[test]
fn the_accountability_line_cannot_be_empty() {
    let f = Fixture::new();
    f.edit(
        ANGER,
        "accountability = \"Abuse is a choice.\"",
        "accountability = \" \"",
    );
    assert_only(
        &f.problems(),
        ANGER,
        f.position(ANGER, "\" \""),
        "`accountability` is empty",
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
    assert_reported(&problems, LISTENING, at, "has no `accountability` line");
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
fn a_help_line_not_yet_confirmed_says_what_is_left_to_confirm() {
    let f = Fixture::new();
    f.edit_nth(
        "helplines.toml",
        1,
        "verified_on = \"2026-11-01\"",
        "verified_on = \"2026-11-01\"\nunconfirmed = true",
    );
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.position("helplines.toml", "unconfirmed = true")
            .add_cols(14),
        "the line `au-crisis` is not yet confirmed but has no `note`",
    );
    f.edit(
        "helplines.toml",
        "unconfirmed = true",
        "unconfirmed = true\nnote = \"number from a secondary source only\"",
    );
    if let Err(problems) = pack::load_dir(f.dir.path()) {
        panic!("the pack was refused:\n{}", show(&problems));
    }
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
fn which_regions_there_are_is_the_help_lines_to_say_but_there_must_be_one() {
    let f = Fixture::new();
    let text = f.read("helplines.toml");
    // One region fewer is a pack with fewer regions: no rule names them in code.
    let last = text.rfind("[[regions]]").expect("a region");
    f.write("helplines.toml", &text[..last]);
    let fewer = pack::load_dir(f.dir.path()).expect("a pack with one region fewer is valid");
    assert_eq!(
        fewer.pack().helplines.len(),
        text.matches("[[regions]]").count() - 1
    );
    // None at all is refused: in a folder, where the file is read, and in a bundle.
    let mut none = fewer.into_pack();
    let first = text.find("[[regions]]").expect("a region");
    f.write("helplines.toml", &text[..first]);
    assert_only(
        &f.problems(),
        "helplines.toml",
        (1, 1),
        "there are no [[regions]] tables",
    );
    none.helplines.clear();
    let problems = pack::validate(&none);
    assert!(
        problems
            .iter()
            .any(|d| d.message == "there are no help lines for any region"),
        "{problems:?}"
    );
}

#[test]
fn a_help_lines_languages_are_language_codes_each_listed_once() {
    let f = Fixture::new();
    let text = f.read("helplines.toml");
    let first_line = text.find("[[regions.lines]]").expect("a line");
    let mut edited = text.clone();
    edited.insert_str(
        first_line + "[[regions.lines]]\n".len(),
        "languages = [\"fr\", \"English\", \"FR\", \"en\", \"fr\"]\n",
    );
    f.write("helplines.toml", &edited);
    let mut problems: Vec<String> = f.problems().into_iter().map(|d| d.message).collect();
    problems.sort();
    // Two or three lowercase letters: a name, or capitals, is not a code; a code listed a
    // second time is reported at that second place, and the others are fine.
    assert_eq!(
        problems,
        [
            "`English` is not a language code",
            "`FR` is not a language code",
            "`fr` is listed twice",
        ]
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

// --- safety.toml -------------------------------------------------------------------------------

const SAFETY: &str = "safety.toml";

#[test]
fn a_missing_safety_file_is_reported_by_name() {
    let f = Fixture::new();
    fs::remove_file(f.path(SAFETY)).expect("remove");
    assert_only(&f.problems(), SAFETY, (0, 0), "the file is missing");
}

#[test]
fn an_unknown_key_in_safety_toml_is_reported_at_the_key() {
    let f = Fixture::new();
    f.edit(SAFETY, "yes_label = ", "yes_lable = ");
    f.edit(
        SAFETY,
        "pause_safeguards = [",
        "pause_rules = [\"x\"]\npause_safeguards = [",
    );
    let problems = f.problems();
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "yes_lable"),
        "unknown field `yes_lable`",
    );
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "pause_rules"),
        "unknown key `pause_rules`",
    );
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

#[test]
fn an_unknown_situation_is_reported_at_the_value_without_echoes() {
    let f = Fixture::new();
    f.edit(SAFETY, "id = \"talk\"", "id = \"chat\"");
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"chat\""),
        "unknown variant `chat`",
    );
}

#[test]
fn a_situation_listed_twice_is_reported_and_the_missing_one_named() {
    let f = Fixture::new();
    f.edit(SAFETY, "id = \"new-dad\"", "id = \"talk\"");
    let problems = f.problems();
    assert_reported(
        &problems,
        SAFETY,
        f.nth_position(SAFETY, "\"talk\"", 1),
        "the situation `talk` is listed twice",
    );
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "[[situations]]"),
        "the situation `new-dad` is missing",
    );
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

#[test]
fn a_situation_needs_kinds_of_line() {
    let f = Fixture::new();
    f.edit(SAFETY, "kinds = [\"crisis\"]", "kinds = []");
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "[]"),
        "the situation `being-hurt` lists no kinds of line",
    );
}

#[test]
fn a_kind_listed_twice_in_a_situation_is_reported() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "kinds = [\"crisis\", \"emergency\"]",
        "kinds = [\"crisis\", \"crisis\"]",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.nth_position(SAFETY, "\"crisis\"", 1),
        "the kind `crisis` is listed twice",
    );
}

#[test]
fn every_region_needs_a_line_of_one_of_a_situations_kinds() {
    let f = Fixture::new();
    // `talk` shows only men's lines, and New Zealand's crisis line is no longer one.
    f.edit_nth(
        SAFETY,
        1,
        "kinds = [\"men\", \"crisis\"]",
        "kinds = [\"men\"]",
    );
    f.edit_nth(
        "helplines.toml",
        4,
        "kinds = [\"crisis\", \"men\"]",
        "kinds = [\"crisis\"]",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "kinds = [\"men\"]\n").add_cols(8),
        "NZ has no line of any kind the situation `talk` lists (men)",
    );
}

#[test]
fn a_kind_no_region_has_a_line_for_is_reported() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "kinds = [\"crisis\"]",
        "kinds = [\"violence-experienced\", \"crisis\"]",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"violence-experienced\""),
        "no help line in any region is of the kind `violence-experienced`",
    );
}

#[test]
fn a_risk_question_cannot_be_empty() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "\"Are you worried you might hurt someone?\"",
        "\"\"",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"\""),
        "`hurt_someone` is empty",
    );
}

#[test]
fn a_home_safety_text_cannot_be_empty() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "not_yet = \"Skills for two start when you both feel safe.\"",
        "not_yet = \"  \"",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"  \""),
        "`not_yet` is empty",
    );
}

#[test]
fn every_empty_home_safety_text_is_reported_by_its_key() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "question = \"Is anyone at home afraid of you?\"",
        "question = \"\"",
    );
    f.edit(
        SAFETY,
        "not_sure_label = \"Not sure\"",
        "not_sure_label = \"\"",
    );
    let problems = f.problems();
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "question = \"\"").add_cols(11),
        "`question` is empty",
    );
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "not_sure_label = \"\"").add_cols(17),
        "`not_sure_label` is empty",
    );
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

#[test]
fn a_missing_home_safety_question_is_reported() {
    let f = Fixture::new();
    let text = f.read(SAFETY);
    let start = text.find("[home_safety]").expect("home safety question");
    let end = text.find("[dad_mood_check]").expect("mood check");
    f.write(SAFETY, &format!("{}{}", &text[..start], &text[end..]));
    assert_only(
        &f.problems(),
        SAFETY,
        (1, 1),
        "there is no [home_safety] table",
    );
}

#[test]
fn a_dad_mood_check_text_cannot_be_empty() {
    let f = Fixture::new();
    f.edit(SAFETY, "temper = \"Losing your temper\"", "temper = \"  \"");
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"  \""),
        "`temper` is empty",
    );
}

#[test]
fn the_dad_mood_check_has_exactly_four_answers_scored_in_order() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "answers = [\"Not at all\", \"Several days\", \"Most days\", \"Every day\"]",
        "answers = [\"Not at all\", \"Several days\", \"Every day\"]",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "[\"Not at all\", \"Several days\", \"Every day\"]"),
        "the mood check has 3 answers; it has exactly 4",
    );
}

#[test]
fn a_missing_dad_mood_check_is_reported() {
    let f = Fixture::new();
    let text = f.read(SAFETY);
    let start = text.find("[dad_mood_check]").expect("mood check");
    let end = text.find("[crisis_answer]").expect("crisis answer");
    f.write(SAFETY, &format!("{}{}", &text[..start], &text[end..]));
    assert_only(
        &f.problems(),
        SAFETY,
        (1, 1),
        "there is no [dad_mood_check] table",
    );
}

#[test]
fn a_missing_crisis_answer_is_reported() {
    let f = Fixture::new();
    let text = f.read(SAFETY);
    let start = text.find("[crisis_answer]").expect("crisis answer");
    let end = text.find("[[safety_plan]]").expect("safety plan");
    f.write(SAFETY, &format!("{}{}", &text[..start], &text[end..]));
    assert_only(
        &f.problems(),
        SAFETY,
        (1, 1),
        "there is no [crisis_answer] table",
    );
}

#[test]
fn every_situation_the_crisis_check_finds_has_its_own_answer() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "situation = \"being-hurt\"",
        "situation = \"self-harm\"",
    );
    let problems = f.problems();
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "[[crisis_answer.situations]]"),
        "the situation `self-harm` has 2 answers; it has exactly one",
    );
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "[[crisis_answer.situations]]"),
        "the situation `being-hurt` has 0 answers; it has exactly one",
    );
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

#[test]
fn a_crisis_answer_text_cannot_be_empty() {
    let f = Fixture::new();
    f.edit(SAFETY, "title = \"Step away now\"", "title = \"  \"");
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"  \""),
        "`title` is empty",
    );
}

#[test]
fn a_crisis_answer_lists_its_plan_lines_and_emergency_number_once_each() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "order = [\"plan\", \"lines\", \"emergency\"]",
        "order = [\"plan\", \"lines\", \"lines\"]",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "[\"plan\", \"lines\", \"lines\"]"),
        "`order` is [plan, lines, lines]",
    );
}

#[test]
fn a_crisis_answer_shows_only_fields_his_plan_has() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "plan_fields = [\"reasons-for-living\"]",
        "plan_fields = [\"reasons-to-live\"]",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "[\"reasons-to-live\"]"),
        "the plan `safety-plan` has no field `reasons-to-live`",
    );
}

#[test]
fn a_crisis_answer_names_a_plan_the_pack_defines() {
    let f = Fixture::new();
    f.edit(SAFETY, "plan = \"safety-plan\"", "plan = \"pause-plan\"");
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"pause-plan\""),
        "no plan `pause-plan` is defined in this pack",
    );
}

#[test]
fn a_crisis_answer_has_two_to_six_steps() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "steps = [\"Leave the room.\", \"Don't drive.\"]",
        "steps = [\"Leave the room.\"]",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "[\"Leave the room.\"]"),
        "there are 1 steps",
    );
}

#[test]
fn the_safety_plan_steps_have_fixed_ids_in_a_fixed_order() {
    let f = Fixture::new();
    f.edit(SAFETY, "id = \"distractions\"", "id = \"distraction\"");
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"distraction\""),
        "safety plan step 3 is `distraction`, not `distractions`",
    );
}

#[test]
fn the_safety_plan_has_exactly_seven_steps() {
    let f = Fixture::new();
    let text = f.read(SAFETY);
    let start = text
        .find("[[safety_plan]]\nid = \"reasons-for-living\"")
        .expect("step 7");
    let end = start + text[start..].find("[crisis_check]").expect("after step 7");
    f.write(SAFETY, &format!("{}{}", &text[..start], &text[end..]));
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "[[safety_plan]]"),
        "the safety plan has 6 steps; it has exactly 7 (missing: reasons-for-living)",
    );
}

#[test]
fn a_safety_plan_step_has_two_to_five_examples() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "examples = [\"My kids\", \"My dog\"]",
        "examples = [\"My kids\"]",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "[\"My kids\"]"),
        "the safety plan step `reasons-for-living` has 1 examples, outside 2 to 5",
    );
}

#[test]
fn a_repeated_example_is_reported() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "examples = [\"My kids\", \"My dog\"]",
        "examples = [\"My kids\", \"my kids\"]",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"my kids\""),
        "the example \"my kids\" is listed twice",
    );
}

#[test]
fn there_are_five_to_nine_pause_safeguards() {
    let f = Fixture::new();
    f.edit(SAFETY, "  \"Announced.\",\n", "");
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "[\n  \"Agreed"),
        "there are 4 pause safeguards, outside 5 to 9",
    );
    let f = Fixture::new();
    let more: String = (1..=4).map(|n| format!("  \"Safe {n}.\",\n")).collect();
    f.edit(
        SAFETY,
        "  \"Announced.\",\n",
        &format!("  \"Announced.\",\n{more}"),
    );
    assert!(pack::load_dir(f.dir.path()).is_ok(), "nine are fine");
    f.edit(
        SAFETY,
        "  \"Announced.\",\n",
        "  \"Announced.\",\n  \"Safe 5.\",\n",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "[\n  \"Agreed"),
        "there are 10 pause safeguards, outside 5 to 9",
    );
}

#[test]
fn worried_he_might_hurt_someone_starts_with_first_steps() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "first_steps = [\"Leave the room now.\", \"Call one of the lines below.\"]\n",
        "",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"hurt-someone\""),
        "the situation `hurt-someone` has no `first_steps`",
    );
    // Other situations may have them, or not.
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "kinds = [\"crisis\", \"emergency\"]\n",
        "kinds = [\"crisis\", \"emergency\"]\nfirst_steps = [\"Call one of the lines below.\"]\n",
    );
    assert!(pack::load_dir(f.dir.path()).is_ok());
}

#[test]
fn a_first_step_is_not_empty_or_listed_twice() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "[\"Leave the room now.\", \"Call one of the lines below.\"]",
        "[\"Leave the room now.\", \"leave the room now.\", \" \"]",
    );
    let problems = f.problems();
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "\"leave the room"),
        "the first step \"leave the room now.\" is listed twice",
    );
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "\" \""),
        "first step 3 is empty",
    );
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

#[test]
fn the_crisis_check_needs_negations() {
    let f = Fixture::new();
    f.edit(SAFETY, "negations = [\"never\", \"not\"]", "negations = []");
    let problems = f.problems();
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "[]"),
        "there are no negations",
    );
    // Without negations the check is no longer quiet on the patterns' own negated lines, and
    // says so at each.
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "\"I would never hurt her\""),
        "the check is not quiet on \"I would never hurt her\"",
    );
}

#[test]
fn the_negation_window_is_one_to_six_words() {
    let f = Fixture::new();
    f.edit(SAFETY, "negation_window = 3", "negation_window = 7");
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "7"),
        "`negation_window` is 7, outside 1 to 6",
    );
}

#[test]
fn the_negation_window_before_something_done_is_one_to_three_words() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "done_negation_window = 2",
        "done_negation_window = 0",
    );
    assert_reported(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "0\nnot_his"),
        "`done_negation_window` is 0, outside 1 to 3",
    );
}

#[test]
fn a_class_entry_must_be_lowercase_words_of_letters() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "\"end my life\", \"end it all\"",
        "\"End my life\", \"end it all!\"",
    );
    let problems = f.problems();
    for entry in ["End my life", "end it all!"] {
        assert_reported(
            &problems,
            SAFETY,
            f.position(SAFETY, &format!("\"{entry}\"")),
            &format!("the entry \"{entry}\" is not lowercase words"),
        );
    }
    // "End my life" no longer matches, so the pattern's own example is reported too.
    assert!(problems.len() >= 2, "{}", show(&problems));
}

#[test]
fn a_class_entry_is_listed_once_in_its_class() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "\"suicidal\"]",
        "\"suicidal\", \"nothing to live for\"]",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.nth_position(SAFETY, "\"nothing to live for\"", 1),
        "the entry \"nothing to live for\" is listed twice in `hopeless`",
    );
}

#[test]
fn a_pattern_naming_a_class_that_does_not_exist_is_reported_at_its_match() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "match = \"{intent} {die}\"",
        "match = \"{intents} {die}\"",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"{intents} {die}\""),
        "the class `intents` is not defined",
    );
}

#[test]
fn a_pattern_that_does_not_catch_its_own_example_is_reported_at_the_example() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "catches = [\"I want to end it all\"",
        "catches = [\"I want to go fishing\"",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"I want to go fishing\""),
        "the pattern `wish-to-die` does not catch \"I want to go fishing\" (nothing matches it)",
    );
}

#[test]
fn an_everyday_line_the_check_is_not_quiet_on_is_reported_with_the_pattern_that_matched() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "ignores = [\"Cut the grass this arvo\"]",
        "ignores = [\"Cut myself shaving this arvo\"]",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"Cut myself shaving this arvo\""),
        "the check is not quiet on \"Cut myself shaving this arvo\": `self-injury` matches it",
    );
}

#[test]
fn a_pattern_shows_two_lines_it_catches_and_one_it_must_not() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "catches = [\"she hits me\", \"my wife pushed me down the stairs\"]\nignores = [\"she never hits me\"]",
        "catches = [\"she hits me\"]\nignores = []",
    );
    let problems = f.problems();
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "[\"she hits me\"]"),
        "the pattern `hurt-by-someone` shows 1 line(s) it catches; it needs at least 2",
    );
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "[]\n"),
        "the pattern `hurt-by-someone` shows no line it must not catch",
    );
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

#[test]
fn a_pattern_id_is_used_once() {
    let f = Fixture::new();
    f.edit(SAFETY, "id = \"die-plain\"", "id = \"hopeless\"");
    let problems = f.problems();
    assert_reported(
        &problems,
        SAFETY,
        f.nth_position(SAFETY, "\"hopeless\"", 2),
        "the pattern id `hopeless` is used twice",
    );
}

#[test]
fn a_pattern_allows_at_most_four_words_between_its_parts() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "gap = 2\nmatch = \"{intent} {die}\"",
        "gap = 5\nmatch = \"{intent} {die}\"",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "5\nmatch"),
        "`gap` is 5, more than 4",
    );
}

#[test]
fn a_pattern_cannot_mean_the_talk_situation() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "situation = \"being-hurt\"\nkind = \"done\"",
        "situation = \"talk\"\nkind = \"done\"",
    );
    let problems = f.problems();
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "\"talk\"\nkind"),
        "a pattern cannot mean `talk`",
    );
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "[[crisis_check.patterns]]"),
        "`being-hurt` has 0 crisis pattern(s); it needs at least 1",
    );
}

#[test]
fn self_harm_needs_at_least_five_patterns() {
    let f = Fixture::new();
    let text = f.read(SAFETY);
    let start = text
        .find("[[crisis_check.patterns]]\nid = \"die-plain\"")
        .expect("die-plain");
    let end = start
        + text[start..]
            .find("[[crisis_check.patterns]]\nid = \"harm-intended\"")
            .expect("next pattern");
    f.write(SAFETY, &format!("{}{}", &text[..start], &text[end..]));
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "[[crisis_check.patterns]]"),
        "`self-harm` has 4 crisis pattern(s); it needs at least 5",
    );
}

#[test]
fn the_crisis_check_needs_an_urgent_class() {
    let f = Fixture::new();
    f.edit(SAFETY, "id = \"urgent\"", "id = \"soon\"");
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "[[crisis_check.classes]]"),
        "there is no `urgent` class",
    );
}

#[test]
fn a_spelling_maps_one_typed_word_to_words() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "\"i'm\" = \"i am\"",
        "\"i'm\" = \"I AM\"\n\"2nite\" = \"tonight\"",
    );
    assert_only(
        &f.problems(),
        SAFETY,
        f.position(SAFETY, "\"I AM\""),
        "the spelling \"i'm\" = \"I AM\" cannot be used",
    );
}

#[test]
fn every_broken_part_of_safety_toml_is_reported_at_once() {
    let f = Fixture::new();
    f.edit(SAFETY, "prompt = \"What helps", "promt = \"What helps");
    f.edit(SAFETY, "intro = \"These people get it.\"", "intro = 5");
    f.edit(SAFETY, "negation_window = 3", "negation_window = \"three\"");
    let problems = f.problems();
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "promt"),
        "unknown field `promt`",
    );
    assert_reported(&problems, SAFETY, f.position(SAFETY, "5\n"), "invalid type");
    assert_reported(
        &problems,
        SAFETY,
        f.position(SAFETY, "\"three\""),
        "invalid type",
    );
    assert_eq!(problems.len(), 3, "{}", show(&problems));
}

#[test]
fn a_missing_part_of_safety_toml_is_reported() {
    let f = Fixture::new();
    let text = f.read(SAFETY);
    let start = text.find("[risk_questions]").expect("risk questions");
    let end = text.find("[home_safety]").expect("home safety question");
    f.write(SAFETY, &format!("{}{}", &text[..start], &text[end..]));
    assert_only(
        &f.problems(),
        SAFETY,
        (1, 1),
        "there is no [risk_questions] table",
    );
}

// --- safety.toml: the lint -----------------------------------------------------------------------

fn lint_fixture(f: &Fixture, avoid: &str) -> Vec<Diagnostic> {
    let loaded = pack::load_dir(f.dir.path()).unwrap_or_else(|p| panic!("{}", show(&p)));
    pack::lint::lint(&loaded, &pack::lint::AvoidList::parse(avoid)).findings
}

#[test]
fn safety_prose_is_linted_at_the_word_but_crisis_phrases_are_not() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "intro = \"These people will listen.\"",
        "intro = \"These people will listen, even if you feel like a loser.\"",
    );
    f.edit(SAFETY, "\"afraid of me\"", "\"called her a loser\"");
    f.edit(
        SAFETY,
        "title = \"My warning signs\"",
        "title = \"My mental health warning signs\"",
    );
    f.edit(
        SAFETY,
        "prompt = \"What tells you a hard time is starting?\"",
        "prompt = \"What tells you your mental health is slipping?\"",
    );
    let findings = lint_fixture(&f, "loser*\nheading: mental health\n");
    assert_reported(
        &findings,
        SAFETY,
        f.position(SAFETY, "loser."),
        "\"loser\" is on the list of phrases to avoid",
    );
    assert_reported(
        &findings,
        SAFETY,
        f.position(SAFETY, "mental health warning"),
        "\"mental health\" is on the list of phrases to avoid",
    );
    assert_eq!(
        findings.len(),
        2,
        "the crisis phrase and the prompt are not flagged:\n{}",
        show(&findings)
    );
}

#[test]
fn safety_prose_above_the_target_grade_is_reported() {
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "intro = \"These people are glad to listen.\"",
        "intro = \"Experienced professional counsellors are available to provide confidential conversations regarding your circumstances.\"",
    );
    let findings = lint_fixture(&f, "");
    assert_eq!(findings.len(), 1, "{}", show(&findings));
    assert_reported(
        &findings,
        SAFETY,
        f.position(SAFETY, "\"Experienced"),
        "the situation `talk` reads at grade",
    );
}

#[test]
fn safety_text_too_long_for_a_phone_is_reported() {
    let f = Fixture::new();
    let long = "Yes, I would like to see the lines for this right now please";
    f.edit(
        SAFETY,
        "yes_label = \"Yes\"",
        &format!("yes_label = \"{long}\""),
    );
    let findings = lint_fixture(&f, "");
    assert_reported(
        &findings,
        SAFETY,
        f.position(SAFETY, &format!("\"{long}\"")),
        "the answer is 60 characters, over the limit of 30",
    );
    assert_eq!(findings.len(), 1, "{}", show(&findings));
}

#[test]
fn a_home_safety_answer_too_long_for_a_button_is_reported() {
    let f = Fixture::new();
    let long = "I honestly do not know the answer to that one";
    f.edit(
        SAFETY,
        "not_sure_label = \"Not sure\"",
        &format!("not_sure_label = \"{long}\""),
    );
    let findings = lint_fixture(&f, "");
    assert_reported(
        &findings,
        SAFETY,
        f.position(SAFETY, &format!("\"{long}\"")),
        "the answer is 45 characters, over the limit of 30",
    );
    assert_eq!(findings.len(), 1, "{}", show(&findings));
}

// --- ids that have shipped -------------------------------------------------------------------

const SHIPPED: &str = "shipped.toml";

#[test]
fn a_module_id_that_has_shipped_and_is_gone_is_reported_in_shipped_toml() {
    let f = Fixture::new();
    f.write(
        SHIPPED,
        "modules = [\"first-steps\", \"anger-basics\", \"listening\", \"first-weeks\", \"gone-module\"]\n",
    );
    assert_only(
        &f.problems(),
        SHIPPED,
        f.position(SHIPPED, "\"gone-module\""),
        "module `gone-module` has shipped, but no module has that id now",
    );
}

#[test]
fn a_shipped_id_that_was_renamed_or_retired_is_fine_and_a_retired_one_still_present_is_not() {
    let f = Fixture::new();
    f.write(
        SHIPPED,
        "modules = [\"first-steps\", \"anger-basics\", \"listening\", \"first-weeks\", \"old-one\"]\nretired = [\"old-one\"]\n",
    );
    assert!(
        pack::load_dir(f.dir.path()).is_ok(),
        "a retired module may be gone"
    );
    f.write(
        SHIPPED,
        "modules = [\"first-steps\"]\nretired = [\"listening\"]\nextra = 1\n",
    );
    let problems = f.problems();
    assert_reported(
        &problems,
        SHIPPED,
        f.position(SHIPPED, "\"listening\""),
        "module `listening` is listed as retired, but the pack still has it",
    );
    assert_reported(
        &problems,
        SHIPPED,
        f.position(SHIPPED, "extra"),
        "unknown key `extra`",
    );
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

#[test]
fn every_problem_reads_as_file_line_col_what_is_wrong_then_how_to_fix_it() {
    let f = Fixture::new();
    f.edit(FIRST, "minutes = 5\n", "minutes = 5\ncolour = \"red\"\n");
    let problems = f.problems();
    let problem = problems.first().expect("a problem");
    let (line, col) = f.position(FIRST, "colour");
    let text = problem.to_string();
    assert!(
        text.starts_with(&format!("{}:{line}:{col}: ", problem.file)),
        "{text}"
    );
    assert!(Path::new(&problem.file).ends_with(FIRST), "{text}");
    assert_eq!(
        text,
        format!(
            "{}:{line}:{col}: {}; {}",
            problem.file, problem.message, problem.fix
        )
    );
    assert!(problem.message.contains("unknown field `colour`"), "{text}");
    assert!(!problem.fix.trim().is_empty(), "{text}");
}

/// The crisis line of AU in the fixture: its `open`, to break.
const AU_CRISIS_OPEN: &str = "open = [\"always\"]\ntime_zone = \"Australia/Sydney\"\nfor_whom = \"Anyone who needs to talk.\"";

/// Gives the fixture's AU crisis line these `open` entries.
fn au_crisis_open(f: &Fixture, entries: &str) {
    f.edit(
        "helplines.toml",
        AU_CRISIS_OPEN,
        &AU_CRISIS_OPEN.replace("[\"always\"]", entries),
    );
}

#[test]
fn opening_hours_name_days_from_mon_to_sun() {
    let f = Fixture::new();
    au_crisis_open(&f, "[\"mon-fri 09:00-17:00\", \"saturday 09:00-12:00\"]");
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.position("helplines.toml", "\"saturday"),
        "`saturday` is not a day",
    );
}

#[test]
fn a_range_of_days_runs_from_the_earlier_day_to_the_later() {
    let f = Fixture::new();
    au_crisis_open(&f, "[\"fri-mon 09:00-17:00\"]");
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.position("helplines.toml", "\"fri-mon"),
        "the days `fri-mon` run backwards",
    );
}

#[test]
fn opening_hours_are_real_times_in_24_hour_form() {
    for (bad, message) in [
        ("9:00", "`9:00` is not a time"),
        ("25:00", "`25:00` is not a time"),
        ("24:00", "`24:00` is not a time"),
        ("09:60", "`09:60` is not a time"),
    ] {
        let f = Fixture::new();
        au_crisis_open(&f, &format!("[\"mon-fri {bad}-17:00\"]"));
        assert_only(
            &f.problems(),
            "helplines.toml",
            f.position("helplines.toml", "\"mon-fri"),
            message,
        );
    }
}

#[test]
fn an_opening_hours_entry_is_days_a_space_then_two_times() {
    for bad in ["weekdays", "mon-fri 09:00 to 17:00", "mon-fri"] {
        let f = Fixture::new();
        au_crisis_open(&f, &format!("[\"{bad}\"]"));
        assert_only(
            &f.problems(),
            "helplines.toml",
            f.position("helplines.toml", &format!("\"{bad}\"")),
            "is not days and hours",
        );
    }
    let f = Fixture::new();
    au_crisis_open(&f, "[\"mon-fri 0900\"]");
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.position("helplines.toml", "\"mon-fri 0900"),
        "`0900` is not an opening and a closing time",
    );
}

#[test]
fn a_span_that_opens_and_closes_at_the_same_time_is_refused() {
    let f = Fixture::new();
    au_crisis_open(&f, "[\"mon-sun 00:00-00:00\"]");
    let problems = f.problems();
    assert_only(
        &problems,
        "helplines.toml",
        f.position("helplines.toml", "\"mon-sun"),
        "opens and closes at the same time",
    );
    assert!(problems[0].fix.contains("always"), "{}", show(&problems));
}

#[test]
fn always_stands_alone() {
    let f = Fixture::new();
    au_crisis_open(&f, "[\"always\", \"sat 09:00-12:00\"]");
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.nth_position("helplines.toml", "\"always\"", 1),
        "`always` is listed with other entries",
    );
}

#[test]
fn overlapping_spans_are_reported_at_the_later_one() {
    let f = Fixture::new();
    au_crisis_open(&f, "[\"mon-fri 09:00-17:00\", \"fri 16:00-20:00\"]");
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.position("helplines.toml", "\"fri 16:00"),
        "\"fri 16:00-20:00\" overlaps \"mon-fri 09:00-17:00\"",
    );
}

#[test]
fn spans_that_cover_the_whole_week_are_written_always() {
    let f = Fixture::new();
    au_crisis_open(&f, "[\"mon-sun 08:00-20:00\", \"mon-sun 20:00-08:00\"]");
    let problems = f.problems();
    assert_only(
        &problems,
        "helplines.toml",
        f.position("helplines.toml", "\"mon-sun 08:00"),
        "the spans cover every hour of the week",
    );
    assert!(
        problems[0].fix.contains("[\"always\"]"),
        "{}",
        show(&problems)
    );
}

#[test]
fn an_emergency_line_is_always_open() {
    let f = Fixture::new();
    f.edit(
        "helplines.toml",
        "open = [\"always\"]",
        "open = [\"mon-sun 06:00-23:00\"]",
    );
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.position("helplines.toml", "[\"mon-sun"),
        "`au-emergency` is an emergency line, so it is always open",
    );
}

#[test]
fn a_time_zone_is_an_iana_name() {
    let f = Fixture::new();
    f.edit(
        "helplines.toml",
        "time_zone = \"Australia/Sydney\"",
        "time_zone = \"Australia/Sidney\"",
    );
    let problems = f.problems();
    assert_only(
        &problems,
        "helplines.toml",
        f.position("helplines.toml", "\"Australia/Sidney\""),
        "`Australia/Sidney` is not a time zone",
    );
    assert!(problems[0].fix.contains("IANA"), "{}", show(&problems));

    let f = Fixture::new();
    f.edit(
        "helplines.toml",
        "time_zone = \"Australia/Sydney\"",
        "time_zone = \"australia/sydney\"",
    );
    let problems = f.problems();
    assert_only(
        &problems,
        "helplines.toml",
        f.position("helplines.toml", "\"australia/sydney\""),
        "`australia/sydney` is not a time zone",
    );
    assert_eq!(problems[0].fix, "write it as \"Australia/Sydney\"");

    let f = Fixture::new();
    f.edit(
        "helplines.toml",
        "time_zone = \"Australia/Sydney\"",
        "time_zone = \"\"",
    );
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.position("helplines.toml", "\"\""),
        "the line `au-emergency` has no `time_zone`",
    );
}

#[test]
fn every_help_line_says_when_it_is_open_and_in_which_time_zone() {
    for key in [
        "open = [\"always\"]\n",
        "time_zone = \"Australia/Sydney\"\n",
    ] {
        let f = Fixture::new();
        f.edit("helplines.toml", key, "");
        let name = key.split(' ').next().expect("key");
        let problems = f.problems();
        assert_eq!(problems.len(), 1, "{}", show(&problems));
        assert!(
            problems[0]
                .message
                .contains(&format!("missing field `{name}`")),
            "{}",
            show(&problems)
        );
    }
}

#[test]
fn the_old_free_text_hours_say_what_replaced_them() {
    let f = Fixture::new();
    f.edit(
        "helplines.toml",
        "open = [\"always\"]\n",
        "hours = \"24/7\"\nopen = [\"always\"]\n",
    );
    let problems = f.problems();
    assert_only(
        &problems,
        "helplines.toml",
        f.position("helplines.toml", "hours"),
        "unknown key `hours`: a line's hours are now `open` and `time_zone`",
    );
    assert!(problems[0].fix.contains("open = ["), "{}", show(&problems));
}

#[test]
fn hours_that_are_not_known_need_the_lines_web_address() {
    let f = Fixture::new();
    f.edit(
        "helplines.toml",
        "web = \"https://example.org/au/crisis\"\n",
        "",
    );
    au_crisis_open(&f, "[]");
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.position("helplines.toml", "[]"),
        "the hours of `au-crisis` are not known, and help now sends people to a website the line does not give",
    );
    // With the address, unknown hours are fine.
    f.edit(
        "helplines.toml",
        "open = []",
        "web = \"https://example.org/au/crisis\"\nopen = []",
    );
    assert!(pack::load_dir(f.dir.path()).is_ok());
}

#[test]
fn control_and_reordering_characters_are_refused_in_every_text_field() {
    for (file, from, to) in [
        (
            "helplines.toml",
            "for_whom = \"Anyone in danger right now.\"",
            "for_whom = \"Anyone in danger\\u001b[2J right now.\"",
        ),
        (
            "helplines.toml",
            "name = \"Emergency\"",
            "name = \"Emer\\u0007gency\"",
        ),
        (
            "helplines.toml",
            "name = \"Australia\"",
            "name = \"Aus\\u202Etralia\"",
        ),
        (
            FIRST,
            "That took something.",
            "That took \u{1b}[8msomething.",
        ),
        (FIRST, "Small things count.", "Small things \\u2066count."),
        ("prompts.toml", "\"", "\"\\u0008"),
    ] {
        let fixture = Fixture::new();
        fixture.edit(file, from, to);
        assert_mentioned(
            &fixture.problems(),
            "control or reordering character",
            &format!("{file}: {to}"),
        );
    }
}

#[test]
fn a_control_character_in_a_help_line_is_reported_at_its_line() {
    let fixture = Fixture::new();
    fixture.edit(
        "helplines.toml",
        "for_whom = \"Anyone in danger right now.\"",
        "for_whom = \"Anyone in danger\\u202E right now.\"",
    );
    let at = fixture.position("helplines.toml", "for_whom");
    assert_reported(
        &fixture.problems(),
        "helplines.toml",
        at.add_cols(11),
        "control or reordering character (U+202E)",
    );
}

/// Asserts that some problem's message holds `fragment`, wherever it is.
#[track_caller]
fn assert_mentioned(problems: &[Diagnostic], fragment: &str, context: &str) {
    assert!(
        problems.iter().any(|d| d.message.contains(fragment)),
        "{context}\n{}",
        show(problems)
    );
}

#[test]
fn quotes_nested_hundreds_of_thousands_deep_are_refused_at_once() {
    let fixture = Fixture::new();
    fixture.edit(
        FIRST,
        "That took something.",
        &format!("{}That took something.", ">".repeat(900_000)),
    );
    assert_mentioned(&fixture.problems(), "nested more than", "900,000 `>`");
}

// --- peer groups ("find your people") ---------------------------------------------------------

const GROUPS: &str = "peer-groups.toml";

#[test]
fn a_pack_without_peer_groups_is_valid() {
    let f = Fixture::new();
    fs::remove_file(f.path(GROUPS)).expect("remove");
    let loaded = pack::load_dir(f.dir.path()).unwrap_or_else(|p| panic!("{}", show(&p)));
    assert!(loaded.pack().peer_groups.is_empty());
}

#[test]
fn the_fixture_pack_reads_its_peer_groups_in_order() {
    let loaded = pack::load_dir(&fixture()).unwrap_or_else(|p| panic!("{}", show(&p)));
    let ids: Vec<&str> = loaded
        .pack()
        .peer_groups
        .iter()
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(ids, ["au-sheds", "gb-dads"]);
    assert_eq!(loaded.pack().peer_groups_in("au").len(), 1);
}

#[test]
fn a_peer_group_in_a_region_with_no_help_lines_is_reported_at_its_region() {
    let f = Fixture::new();
    f.edit(GROUPS, "region = \"AU\"", "region = \"IE\"");
    assert_only(
        &f.problems(),
        GROUPS,
        f.position(GROUPS, "\"IE\""),
        "the group `au-sheds` is in IE, a region with no help lines",
    );
}

#[test]
fn a_peer_group_region_must_be_two_capital_letters() {
    let f = Fixture::new();
    f.edit(GROUPS, "region = \"AU\"", "region = \"Australia\"");
    assert_only(
        &f.problems(),
        GROUPS,
        f.position(GROUPS, "\"Australia\""),
        "`Australia` is not a region code",
    );
}

#[test]
fn a_peer_group_checked_on_a_day_still_to_come_is_reported() {
    let f = Fixture::new();
    f.edit(
        GROUPS,
        "verified_on = \"2026-11-01\"",
        "verified_on = \"2999-01-01\"",
    );
    assert_only(
        &f.problems(),
        GROUPS,
        f.position(GROUPS, "\"2999-01-01\""),
        "`au-sheds` says it was checked on 2999-01-01, which is after today",
    );
}

#[test]
fn a_help_line_checked_on_a_day_still_to_come_is_reported() {
    let f = Fixture::new();
    f.edit(
        "helplines.toml",
        "verified_on = \"2026-11-01\"",
        "verified_on = \"2999-01-01\"",
    );
    assert_only(
        &f.problems(),
        "helplines.toml",
        f.position("helplines.toml", "\"2999-01-01\""),
        "`au-emergency` says it was checked on 2999-01-01, which is after today",
    );
}

#[test]
fn a_bundle_does_not_judge_dates_by_the_phones_clock() {
    // A phone whose clock is behind must still read its pack: only authoring checks dates
    // against today.
    let f = Fixture::new();
    f.edit(
        GROUPS,
        "verified_on = \"2026-11-01\"",
        "verified_on = \"2999-01-01\"",
    );
    assert!(pack::load_dir(f.dir.path()).is_err());
    let mut loaded = pack::load_dir(&fixture())
        .unwrap_or_else(|p| panic!("{}", show(&p)))
        .into_pack();
    loaded.peer_groups[0].verified_on = "2999-01-01".into();
    let bytes = pack::compile(&loaded).expect("compile");
    let decoded = pack::decode(&bytes).expect("a bundle is read whatever the date");
    assert_eq!(decoded.peer_groups[0].verified_on, "2999-01-01");
}

#[test]
fn a_peer_group_not_yet_confirmed_says_what_is_left_to_confirm() {
    let f = Fixture::new();
    f.edit(GROUPS, "note = \"found only on a news page\"\n", "");
    assert_only(
        &f.problems(),
        GROUPS,
        f.position(GROUPS, "unconfirmed = true").add_cols(14),
        "the group `gb-dads` is not yet confirmed but has no `note`",
    );
}

#[test]
fn the_same_group_listed_twice_in_a_region_is_reported() {
    let f = Fixture::new();
    let text = f.read(GROUPS);
    let first = text.split("\n\n").next().expect("first group").to_owned();
    f.write(
        GROUPS,
        &format!(
            "{text}\n{}",
            first.replace("id = \"au-sheds\"", "id = \"au-sheds-again\"")
        ),
    );
    assert_only(
        &f.problems(),
        GROUPS,
        f.nth_position(GROUPS, "\"Sheds\"", 1),
        "the group `au-sheds-again` is listed twice in AU",
    );
}

#[test]
fn a_peer_group_id_is_used_once() {
    let f = Fixture::new();
    f.edit(GROUPS, "id = \"gb-dads\"", "id = \"au-sheds\"");
    assert_only(
        &f.problems(),
        GROUPS,
        f.nth_position(GROUPS, "\"au-sheds\"", 1),
        "the group id `au-sheds` is used twice",
    );
}

#[test]
fn a_peer_group_needs_a_way_to_find_it_that_a_phone_can_use() {
    let f = Fixture::new();
    f.edit(GROUPS, "phone = \"0800 000 000\"", "phone = \"call us\"");
    assert_only(
        &f.problems(),
        GROUPS,
        f.position(GROUPS, "\"call us\""),
        "`call us` is not a number a phone can dial",
    );
    let f = Fixture::new();
    f.edit(
        GROUPS,
        "web = \"https://example.org/au/sheds\"",
        "web = \"http://example.org/au/sheds\"",
    );
    assert_only(
        &f.problems(),
        GROUPS,
        f.position(GROUPS, "\"http://example.org/au/sheds\""),
        "is not an https:// address",
    );
    let f = Fixture::new();
    f.edit(GROUPS, "phone = \"0800 000 000\"\n", "");
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{}", show(&problems));
    assert!(
        problems[0]
            .message
            .contains("the group `gb-dads` gives no way to find the nearest one"),
        "{}",
        show(&problems)
    );
}

#[test]
fn a_peer_group_with_an_unknown_kind_or_key_is_reported_where_it_is() {
    let f = Fixture::new();
    f.edit(GROUPS, "kind = \"dads\"", "kind = \"bowling\"");
    f.edit(
        GROUPS,
        "name = \"Sheds\"",
        "name = \"Sheds\"\nhours = \"Tuesdays\"",
    );
    let problems = f.problems();
    assert_reported(
        &problems,
        GROUPS,
        f.position(GROUPS, "\"bowling\""),
        "bowling",
    );
    assert_reported(&problems, GROUPS, f.position(GROUPS, "hours"), "hours");
}

const PATH: &str = "[[paths]]\nid = \"heated\"\ntitle = \"Start here\"\nsummary = \"Two things for tonight.\"\nmodules = [\"anger-basics\", \"listening\"]\ndocuments = [\"safety-plan\", \"no-such-plan\"]\n\n[unlock]";

#[test]
fn a_start_here_path_may_open_only_me_modules_and_plans_the_pack_defines() {
    let f = Fixture::new();
    f.edit("pack.toml", "[unlock]", PATH);
    let problems = f.problems();
    assert_reported(
        &problems,
        "pack.toml",
        f.position("pack.toml", "\"listening\""),
        "`listening` on the path `heated` is not a \"me\" module done on his own",
    );
    assert_reported(
        &problems,
        "pack.toml",
        f.position("pack.toml", "\"no-such-plan\""),
        "`no-such-plan` on the path `heated` is not a plan in this pack",
    );
    assert_eq!(problems.len(), 2, "{}", show(&problems));
}

#[test]
fn a_start_here_path_of_me_modules_and_the_safety_plan_is_valid_and_opens_them_from_day_one() {
    let f = Fixture::new();
    f.edit("pack.toml", "[unlock]", PATH)
        .edit("pack.toml", ", \"listening\"", "")
        .edit("pack.toml", ", \"no-such-plan\"", "");
    let loaded = pack::load_dir(f.dir.path()).expect("valid");
    assert!(loaded.pack().on_start_path("anger-basics"));
    assert!(!loaded.pack().on_start_path("first-steps"));
}

/// An old id whose recommendation code tag is a module's: a counsellor's code could not tell
/// which is meant, so the pack is refused, pointing at the old id in `pack.toml`.
#[test]
fn an_old_id_sharing_a_modules_code_tag_is_refused_at_the_old_id() {
    let modules = ["anger-basics", "first-steps", "first-weeks", "listening"];
    let old = (0..)
        .map(|n| format!("an-old-module-{n}"))
        .find(|old| {
            let tag = pack::code_tag::module_tag(old);
            modules
                .iter()
                .any(|m| *m != "listening" && pack::code_tag::module_tag(m) == tag)
        })
        .expect("some id shares a tag");
    let f = Fixture::new();
    f.edit(
        "pack.toml",
        "old-first = \"first-steps\"",
        &format!("old-first = \"first-steps\"\n{old} = \"listening\""),
    );
    let problems = f.problems();
    let clash: Vec<&Diagnostic> = problems
        .iter()
        .filter(|d| d.message.contains("recommendation code tag"))
        .collect();
    assert_eq!(clash.len(), 1, "{problems:?}");
    assert!(clash[0].file.ends_with("pack.toml"), "{}", clash[0].file);
    assert!(clash[0].message.contains(&old), "{}", clash[0].message);
}

#[test]
fn a_pack_that_names_no_authors_or_an_empty_one_is_refused() {
    for authors in ["[]", "[\" \"]", "[\"Groundwork tests\", \"\"]"] {
        let f = Fixture::new();
        f.edit(
            "pack.toml",
            "authors = [\"Groundwork tests\"]",
            &format!("authors = {authors}"),
        );
        let problems = f.problems();
        assert!(
            problems
                .iter()
                .any(|d| d.message.contains("names no authors")),
            "{authors}: {problems:?}"
        );
    }
}

#[test]
fn a_module_on_a_track_the_pack_does_not_have_is_refused() {
    let f = Fixture::new();
    f.edit(
        "modules/listening.md",
        "tracks = [\"general\"]",
        "tracks = [\"general\", \"night-shift\"]",
    );
    let problems = f.problems();
    assert!(
        problems
            .iter()
            .any(|d| d.message.contains("there is no track `night-shift`")),
        "{problems:?}"
    );
}

/// Too few steps asks for more; too many asks to merge or split; exactly the most words a step
/// may hold is fine, and one more is not.
#[test]
fn a_module_outside_three_to_seven_steps_is_told_which_way_to_fix_it() {
    let f = Fixture::new();
    let text = f.read("modules/listening.md");
    let pick = text.find("## Pick one").expect("the second step");
    let last = text.find("## This week").expect("the last step");
    // The first and last steps only.
    let two = format!("{}{}", &text[..pick], &text[last..]);
    f.write("modules/listening.md", &two);
    let problems = f.problems();
    let steps = problems
        .iter()
        .find(|d| d.message.contains("steps, outside 3 to 7"))
        .unwrap_or_else(|| panic!("{problems:?}"));
    assert!(steps.fix.starts_with("add steps"), "{}", steps.fix);

    let f = Fixture::new();
    let extra: String = (0..5)
        .map(|n| format!("## More {n}\n\nA line.\n\n"))
        .collect();
    f.edit(
        "modules/listening.md",
        "## Pick one\n",
        &format!("{extra}## Pick one\n"),
    );
    let problems = f.problems();
    let steps = problems
        .iter()
        .find(|d| d.message.contains("steps, outside 3 to 7"))
        .unwrap_or_else(|| panic!("{problems:?}"));
    assert!(steps.fix.starts_with("merge steps"), "{}", steps.fix);
}

#[test]
fn a_step_of_exactly_the_most_words_is_accepted_and_one_more_is_refused() {
    let words = |n: usize| vec!["word"; n].join(" ");
    let f = Fixture::new();
    f.edit(
        "modules/listening.md",
        "Listen to understand, not to win.\n\n- Ask one question.\n- Say back what you heard.",
        &words(120),
    );
    assert!(
        pack::load_dir(f.dir.path()).is_ok(),
        "120 words is the limit"
    );
    let f = Fixture::new();
    f.edit(
        "modules/listening.md",
        "Listen to understand, not to win.\n\n- Ask one question.\n- Say back what you heard.",
        &words(121),
    );
    assert!(
        f.problems()
            .iter()
            .any(|d| d.message.contains("121 words of text, over the limit")),
    );
}

#[test]
fn a_timed_module_on_a_track_not_timed_by_the_babys_date_is_refused() {
    let f = Fixture::new();
    f.edit(
        "modules/first-weeks.md",
        "tracks = [\"new-father\"]",
        "tracks = [\"general\"]",
    );
    let problems = f.problems();
    assert!(
        problems.iter().any(|d| d
            .message
            .contains("must be on a track timed by the baby's date")),
        "{problems:?}"
    );
}

// --- exercises, at the edges of their rules -----------------------------------------------------

/// The breathing exercise in `anger-basics`, which the tests below replace with another kind.
const BREATHING: &str =
    "```breathing\nid = \"slow-breath\"\ninhale = 4\nhold = 1\nexhale = 6\ncycles = 5\n```";

/// The fixture with `anger-basics`' breathing exercise replaced by `block`; the messages of the
/// problems found (none when the pack loads).
fn with_exercise(block: &str) -> Vec<String> {
    let f = Fixture::new();
    f.edit(ANGER, BREATHING, block);
    match pack::load_dir(f.dir.path()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.into_iter().map(|d| d.message).collect(),
    }
}

fn body_scan(seconds: u32) -> String {
    format!(
        "```body-scan\nid = \"scan\"\nregions = [\"Jaw\", \"Hands\"]\nseconds_per_region = {seconds}\n```"
    )
}

#[test]
fn a_body_scan_gives_each_region_five_to_sixty_seconds() {
    for ok in [5, 60] {
        assert_eq!(with_exercise(&body_scan(ok)), Vec::<String>::new(), "{ok}");
    }
    for bad in [4, 61] {
        assert_eq!(
            with_exercise(&body_scan(bad)),
            [format!("`seconds_per_region` is {bad}, outside 5 to 60")],
        );
    }
}

fn plan(document: &str, field_ids: &[&str]) -> String {
    let fields: String = field_ids
        .iter()
        .map(|id| format!("\n[[fields]]\nid = \"{id}\"\nlabel = \"A line\"\n"))
        .collect();
    let fields = if field_ids.is_empty() {
        "fields = []\n".to_owned()
    } else {
        fields
    };
    format!("```plan\nid = \"a-plan\"\ndocument = \"{document}\"\ntitle = \"My plan\"\n{fields}```")
}

#[test]
fn a_plan_needs_a_valid_document_id_and_one_to_twelve_fields_with_their_own_valid_ids() {
    let ids: Vec<String> = (1..=13).map(|n| format!("field-{n}")).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    assert_eq!(
        with_exercise(&plan("my-plan", &ids[..1])),
        Vec::<String>::new()
    );
    assert_eq!(
        with_exercise(&plan("my-plan", &ids[..12])),
        Vec::<String>::new()
    );
    assert_eq!(
        with_exercise(&plan("my-plan", &ids)),
        ["the plan has 13 fields, outside 1 to 12"]
    );
    assert_eq!(
        with_exercise(&plan("my-plan", &[])),
        ["the plan has 0 fields, outside 1 to 12"]
    );
    assert_eq!(
        with_exercise(&plan("My Plan", &ids[..2])),
        ["`My Plan` is not a valid document id"]
    );
    assert_eq!(
        with_exercise(&plan("my-plan", &["field-1", "Field 2"])),
        ["the field id `Field 2` is not a valid id"]
    );
    assert_eq!(
        with_exercise(&plan("my-plan", &["field-1", "field-1"])),
        ["the field id `field-1` is used twice in this plan"]
    );
}

fn multi_choice(max: u32) -> String {
    format!(
        "```multi-choice\nid = \"pick\"\nprompt = \"Pick some.\"\noptions = [\"One\", \"Two\", \"Three\"]\nmax = {max}\n```"
    )
}

#[test]
fn a_multi_choice_may_limit_picks_to_one_up_to_its_number_of_options() {
    for ok in [1, 3] {
        assert_eq!(
            with_exercise(&multi_choice(ok)),
            Vec::<String>::new(),
            "{ok}"
        );
    }
    for bad in [0, 4] {
        assert_eq!(
            with_exercise(&multi_choice(bad)),
            [format!("`max` is {bad}, but there are 3 options")],
        );
    }
}

#[test]
fn a_link_to_an_https_page_is_accepted() {
    let f = Fixture::new();
    f.edit(
        ANGER,
        "Anger is a feeling.",
        "Anger is a feeling, [as this page says](https://example.org/anger).",
    );
    if let Err(problems) = pack::load_dir(f.dir.path()) {
        panic!("{}", show(&problems));
    }
}

/// The fixture pack's model, changed by `edit` and checked by the rules alone, as a bundle is.
fn model_problems(edit: impl FnOnce(&mut pack::Pack)) -> Vec<String> {
    let mut model = pack::load_dir(&fixture())
        .unwrap_or_else(|p| panic!("{}", show(&p)))
        .into_pack();
    edit(&mut model);
    pack::validate(&model)
        .into_iter()
        .map(|d| d.message)
        .collect()
}

fn text(words: &str) -> pack::Span {
    pack::Span::Text {
        text: words.to_owned(),
        emphasis: false,
        strong: false,
    }
}

#[test]
fn a_bundle_with_an_empty_paragraph_list_or_list_item_is_refused() {
    assert_eq!(model_problems(|_| {}), Vec::<String>::new());
    let empty_blocks = [
        pack::Block::Paragraph { spans: vec![] },
        pack::Block::List {
            ordered: false,
            items: vec![],
        },
        pack::Block::List {
            ordered: true,
            items: vec![vec![text("One")], vec![]],
        },
    ];
    for block in empty_blocks {
        let shown = format!("{block:?}");
        let problems = model_problems(|p| p.modules[0].steps[1].blocks.push(block));
        assert_eq!(
            problems,
            ["step 2 has an empty paragraph, list item or quote"],
            "{shown}"
        );
    }
}

#[test]
fn a_bundle_linking_to_a_page_that_is_not_https_is_refused() {
    let link = |url: &str| pack::Block::Paragraph {
        spans: vec![pack::Span::Link {
            text: "a page".to_owned(),
            target: pack::LinkTarget::Web {
                url: url.to_owned(),
            },
        }],
    };
    assert_eq!(
        model_problems(|p| p.modules[0].steps[0]
            .blocks
            .push(link("https://example.org"))),
        Vec::<String>::new()
    );
    assert_eq!(
        model_problems(|p| p.modules[0].steps[0]
            .blocks
            .push(link("http://example.org"))),
        ["the link `http://example.org` in step 1 is not an https:// address"]
    );
}

/// The problems' messages, or none when the pack loads.
fn messages(f: &Fixture) -> Vec<String> {
    match pack::load_dir(f.dir.path()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.into_iter().map(|d| d.message).collect(),
    }
}

#[test]
fn we_requires_naming_only_a_partner_module_does_not_stand_in_for_a_me_module() {
    let f = Fixture::new();
    f.edit(
        "pack.toml",
        "we_requires = [\"first-steps\"]",
        "we_requires = [\"listening\"]",
    );
    f.edit(
        LISTENING,
        "prerequisites = [\"anger-basics\"]",
        "prerequisites = []",
    );
    let found = messages(&f);
    for expected in [
        "`listening` in `we_requires` is not in a \"me\" phase",
        "the partner module `listening` can be reached without any \"me\" module",
    ] {
        assert!(found.iter().any(|m| m.contains(expected)), "{found:?}");
    }
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_partner_module_behind_a_me_module_that_could_not_be_read_is_not_also_reported_as_ungated() {
    let f = Fixture::new();
    f.edit(
        "pack.toml",
        "we_requires = [\"first-steps\"]",
        "we_requires = []",
    );
    f.edit(ANGER, "minutes = 7", "minutes = 7\ncolour = \"red\"");
    let problems = f.problems();
    assert_only(&problems, ANGER, f.position(ANGER, "colour"), "colour");
}

#[test]
fn a_renamed_id_pointing_at_an_id_that_is_not_valid_is_reported_as_such() {
    let f = Fixture::new();
    f.edit(
        "pack.toml",
        "old-first = \"first-steps\"",
        "old-first = \"First Steps\"",
    );
    assert_eq!(
        messages(&f),
        ["`old-first = \"First Steps\"` does not pair two valid ids"]
    );
}

#[test]
fn a_start_here_path_may_offer_only_modules_or_only_plans_but_not_nothing() {
    let only_modules = Fixture::new();
    only_modules
        .edit("pack.toml", "[unlock]", PATH)
        .edit("pack.toml", ", \"listening\"", "")
        .edit(
            "pack.toml",
            "documents = [\"safety-plan\", \"no-such-plan\"]",
            "documents = []",
        );
    assert_eq!(messages(&only_modules), Vec::<String>::new());
    let only_plans = Fixture::new();
    only_plans
        .edit("pack.toml", "[unlock]", PATH)
        .edit(
            "pack.toml",
            "modules = [\"anger-basics\", \"listening\"]",
            "modules = []",
        )
        .edit("pack.toml", ", \"no-such-plan\"", "");
    assert_eq!(messages(&only_plans), Vec::<String>::new());
    let nothing = Fixture::new();
    nothing
        .edit("pack.toml", "[unlock]", PATH)
        .edit(
            "pack.toml",
            "modules = [\"anger-basics\", \"listening\"]",
            "modules = []",
        )
        .edit(
            "pack.toml",
            "documents = [\"safety-plan\", \"no-such-plan\"]",
            "documents = []",
        );
    assert_eq!(messages(&nothing), ["the path `heated` offers nothing"]);
}

#[test]
fn a_start_here_path_naming_no_module_is_reported_unless_the_module_could_not_be_read() {
    let ghost = Fixture::new();
    ghost
        .edit("pack.toml", "[unlock]", PATH)
        .edit("pack.toml", "\"listening\"", "\"ghost\"")
        .edit("pack.toml", ", \"no-such-plan\"", "");
    assert_eq!(
        messages(&ghost),
        ["`ghost` on the path `heated` is not a module in this pack"]
    );
    let unread = Fixture::new();
    unread
        .edit("pack.toml", "[unlock]", PATH)
        .edit("pack.toml", ", \"listening\"", "")
        .edit("pack.toml", ", \"no-such-plan\"", "")
        .edit(ANGER, "minutes = 7", "minutes = 7\ncolour = \"red\"");
    let found = messages(&unread);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("colour"), "{found:?}");
}

#[test]
fn a_peer_group_region_in_small_letters_is_not_a_region_code() {
    let f = Fixture::new();
    f.edit(GROUPS, "region = \"AU\"", "region = \"au\"");
    assert_eq!(messages(&f), ["`au` is not a region code"]);
}

#[test]
fn a_group_named_twice_in_a_region_is_reported_even_with_another_web_address() {
    let f = Fixture::new();
    let text = f.read(GROUPS);
    let first = text.split("\n\n").next().expect("first group").to_owned();
    let again = first
        .replace("id = \"au-sheds\"", "id = \"au-sheds-again\"")
        .replace(
            "https://example.org/au/sheds",
            "https://example.org/au/sheds-too",
        );
    f.write(GROUPS, &format!("{text}\n{again}"));
    assert_eq!(
        messages(&f),
        ["the group `au-sheds-again` is listed twice in AU"]
    );
}

#[test]
fn a_peer_group_checked_today_is_accepted() {
    let today = chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    let f = Fixture::new();
    f.edit(
        GROUPS,
        "verified_on = \"2026-11-01\"",
        &format!("verified_on = \"{today}\""),
    );
    assert_eq!(messages(&f), Vec::<String>::new());
}

#[test]
fn each_thing_a_man_reads_about_a_group_must_be_written() {
    for key in ["name", "what", "for_whom", "find", "source"] {
        let f = Fixture::new();
        let line = f
            .read(GROUPS)
            .lines()
            .find(|l| l.starts_with(&format!("{key} = ")))
            .expect("the key")
            .to_owned();
        f.edit(GROUPS, &line, &format!("{key} = \" \""));
        let found = messages(&f);
        assert!(
            found.contains(&format!("the group `au-sheds` has no `{key}`")),
            "{key}: {found:?}"
        );
    }
}

#[test]
fn a_situation_may_list_up_to_eight_first_steps_and_not_nine() {
    let steps = |n: usize| {
        let list: Vec<String> = (1..=n).map(|s| format!("\"Step number {s}.\"")).collect();
        format!("[{}]", list.join(", "))
    };
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "[\"Leave the room now.\", \"Call one of the lines below.\"]",
        &steps(pack::rules::MAX_FIRST_STEPS),
    );
    assert_eq!(messages(&f), Vec::<String>::new());
    let f = Fixture::new();
    f.edit(
        SAFETY,
        "[\"Leave the room now.\", \"Call one of the lines below.\"]",
        &steps(pack::rules::MAX_FIRST_STEPS + 1),
    );
    assert_eq!(
        messages(&f),
        ["the situation `hurt-someone` has 9 first steps; it may have at most 8"]
    );
}

/// The fixture with a grounding exercise of one step per entry of `seconds`, changed by `edit`.
fn with_grounding(seconds: &[u32], edit: impl FnOnce(String) -> String) -> Vec<String> {
    let steps: String = seconds
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!("\n[[grounding.steps]]\nsay = \"Notice thing number {i}.\"\nseconds = {s}\n")
        })
        .collect();
    let grounding = format!(
        "\n[grounding]\ntitle = \"Grounding\"\nintro = \"Two minutes, right here.\"\nclosing = \"You're here.\"\nsources = [\"research/evidence.md\"]\n{steps}"
    );
    let f = Fixture::new();
    let text = f.read(SAFETY);
    f.write(SAFETY, &format!("{text}{}", edit(grounding)));
    messages(&f)
}

#[test]
fn a_grounding_exercise_of_three_to_eight_steps_of_five_to_sixty_seconds_is_accepted() {
    assert_eq!(with_grounding(&[5, 60, 10], |g| g), Vec::<String>::new());
    assert_eq!(with_grounding(&[10; 8], |g| g), Vec::<String>::new());
}

#[test]
fn a_grounding_exercise_outside_its_step_count_or_step_length_is_refused() {
    assert_eq!(
        with_grounding(&[10, 10], |g| g),
        ["the grounding exercise has 2 steps, outside 3 to 8"]
    );
    assert_eq!(
        with_grounding(&[10; 9], |g| g),
        ["the grounding exercise has 9 steps, outside 3 to 8"]
    );
    assert_eq!(
        with_grounding(&[4, 10, 61], |g| g),
        [
            "a grounding step of 4 seconds, outside 5 to 60",
            "a grounding step of 61 seconds, outside 5 to 60"
        ]
    );
}

#[test]
fn a_grounding_exercise_says_what_it_is_and_names_its_sources() {
    for key in ["title", "intro", "closing"] {
        let found = with_grounding(&[10; 3], |g| {
            let line = g
                .lines()
                .find(|l| l.starts_with(&format!("{key} = ")))
                .expect("the key")
                .to_owned();
            g.replace(&line, &format!("{key} = \" \""))
        });
        assert_eq!(
            found,
            [format!("the grounding exercise's `{key}` is empty")],
            "{key}"
        );
    }
    assert_eq!(
        with_grounding(&[10; 3], |g| g
            .replace("[\"research/evidence.md\"]", "[\" \"]")),
        ["the grounding exercise names no source"]
    );
}

#[test]
fn a_spelling_maps_a_typed_word_in_small_letters_with_at_least_one_letter() {
    let with_spelling = |line: &str| {
        let f = Fixture::new();
        f.edit(
            SAFETY,
            "\"i'm\" = \"i am\"",
            &format!("\"i'm\" = \"i am\"\n{line}"),
        );
        messages(&f)
    };
    assert_eq!(
        with_spelling("\"2nite\" = \"tonight\""),
        Vec::<String>::new()
    );
    for (line, shown) in [
        (
            "\"2\" = \"to\"",
            "the spelling \"2\" = \"to\" cannot be used",
        ),
        (
            "\"Gonna\" = \"going to\"",
            "the spelling \"Gonna\" = \"going to\" cannot be used",
        ),
    ] {
        assert_eq!(with_spelling(line), [shown], "{line}");
    }
}

#[test]
fn an_irregular_word_maps_one_word_to_forms_of_one_word_each() {
    let with_forms = |line: &str| {
        let f = Fixture::new();
        f.edit(
            SAFETY,
            "shake = [\"shook\"]",
            &format!("shake = [\"shook\"]\n{line}"),
        );
        messages(&f)
    };
    assert_eq!(
        with_forms("bite = [\"bit\", \"bitten\"]"),
        Vec::<String>::new()
    );
    for (line, word) in [
        ("bite = [\"bit off\"]", "bite"),
        ("bite = []", "bite"),
        ("\"bite off\" = [\"bit\"]", "bite off"),
    ] {
        assert_eq!(
            with_forms(line),
            [format!("the forms of \"{word}\" cannot be used")],
            "{line}"
        );
    }
}

#[test]
fn a_pattern_may_allow_up_to_four_words_between_its_parts() {
    let f = Fixture::new();
    f.edit(SAFETY, "gap = 2", "gap = 4");
    assert_eq!(messages(&f), Vec::<String>::new());
    let f = Fixture::new();
    f.edit(SAFETY, "gap = 2", "gap = 5");
    assert_eq!(messages(&f), ["`gap` is 5, more than 4"]);
}

#[test]
fn an_answer_naming_plan_fields_or_a_plan_title_without_a_plan_is_refused() {
    for keep in [
        "plan_fields = [\"reasons-for-living\"]\n",
        "plan_title = \"From your safety plan\"\n",
    ] {
        let f = Fixture::new();
        f.edit(SAFETY, "plan = \"safety-plan\"\n", "");
        for other in [
            "plan_fields = [\"reasons-for-living\"]\n",
            "plan_title = \"From your safety plan\"\n",
        ] {
            if other != keep {
                f.edit(SAFETY, other, "");
            }
        }
        assert_eq!(
            messages(&f),
            ["`plan_fields` or `plan_title` are set, but no `plan`"],
            "{keep}"
        );
    }
}

#[test]
fn a_help_line_region_in_small_letters_is_not_a_region_code() {
    let f = Fixture::new();
    f.edit("helplines.toml", "code = \"AU\"", "code = \"au\"");
    assert_eq!(messages(&f), ["`au` is not a region code"]);
}
