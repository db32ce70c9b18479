//! `groundwork pack …`: validate, build, lint content packs and write their JSON Schemas.
//!
//! These commands work on pack folders (see `content/README.md`) and never open a database.
//! They are tools for content authors and speak English whatever `--lang` says.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use groundwork_pack::lint::{self, AvoidList, ReadingLanguage, TARGET_SHARE};
use groundwork_pack::{Diagnostic, LoadedPack, Pack, bundle};

/// What to do with a content pack.
#[derive(Debug, clap::Subcommand)]
pub enum PackCommand {
    /// Check a pack folder and report every problem as `file:line:col: what; how to fix it`.
    Validate {
        /// The pack folder, e.g. content/packs/core-en.
        dir: PathBuf,
    },
    /// Check a pack folder and compile it into one bundle file a person can import.
    Build {
        /// The pack folder.
        dir: PathBuf,
        /// Where to write the bundle, e.g. core-en.gwpack.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Check how the writing reads: reading level per step (in the pack's language), phrases to avoid, length limits.
    Lint {
        /// The pack folder.
        dir: PathBuf,
        /// The list of phrases to avoid (default: avoid.txt in the pack folder).
        #[arg(long, value_name = "FILE")]
        avoid: Option<PathBuf>,
        /// A sample line to run the pack's crisis check on: shows every pattern that matches it,
        /// the situation it means and whether it is urgent. Repeat for more lines.
        #[arg(long, value_name = "LINE")]
        crisis: Vec<String>,
        /// A file of sample lines for the crisis check, one a line.
        #[arg(long, value_name = "FILE")]
        crisis_file: Option<PathBuf>,
    },
    /// Train the crisis check's model on the pack's labelled lines (crisis-lines/*.toml) and the
    /// patterns' own examples, and write crisis-model.toml. The same lines always give the same
    /// file.
    TrainCrisis {
        /// The pack folder.
        dir: PathBuf,
        /// How sure the model must be that a line is not everyday talk to flag it (default: the
        /// current file's, else 0.6).
        #[arg(long)]
        threshold: Option<f64>,
        /// Only check that crisis-model.toml is what training gives; exit 1 if not.
        #[arg(long)]
        check: bool,
    },
    /// Before a release: record every module id in shipped.toml, so that a later edit that drops
    /// or renames one without saying so is caught by `validate`.
    Ship {
        /// The pack folder.
        dir: PathBuf,
    },
    /// Write the JSON Schemas for pack.toml and module front matter.
    Schema {
        /// The folder to write them to, e.g. content/schema.
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
        /// Only check that the files there are up to date; exit 1 if not.
        #[arg(long)]
        check: bool,
    },
}

/// Runs a pack command.
pub fn run(command: PackCommand) -> ExitCode {
    let mut out = crate::files::Terminal::new(io::stdout().lock());
    let result = match command {
        PackCommand::Validate { dir } => validate(&mut out, &dir),
        PackCommand::Build { dir, output } => build(&mut out, &dir, &output),
        PackCommand::Lint {
            dir,
            avoid,
            crisis,
            crisis_file,
        } => lint(
            &mut out,
            &dir,
            avoid.as_deref(),
            crisis,
            crisis_file.as_deref(),
        ),
        PackCommand::Ship { dir } => ship(&mut out, &dir),
        PackCommand::TrainCrisis {
            dir,
            threshold,
            check,
        } => train_crisis(&mut out, &dir, threshold, check),
        PackCommand::Schema { output, check } => schema(&mut out, &output, check),
    };
    match result {
        Ok(Outcome::Passed) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("groundwork: {message}");
            ExitCode::from(2)
        }
    }
}

/// Whether a command's check passed.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Passed,
    Failed,
}

fn io_err(e: io::Error) -> String {
    format!("could not write output: {e}")
}

/// The built-in pack an add-on folder extends (`extends` in its `pack.toml`), `None` for a whole
/// pack. An add-on is checked together with it.
fn addon_base(dir: &Path) -> Result<Option<std::sync::Arc<Pack>>, String> {
    let Some(id) = groundwork_pack::addon_base(dir) else {
        return Ok(None);
    };
    groundwork_core::base::text::Language::all()
        .filter_map(|language| groundwork_core::content::built_in(language).ok())
        .find(|pack| pack.manifest.id == id)
        .map(Some)
        .ok_or_else(|| {
            format!(
                "{}: this add-on extends `{id}`, which is not a pack built into this app (core-en, core-fr-ca)",
                dir.join("pack.toml").display()
            )
        })
}

/// Loads a pack (an add-on with the built-in pack it extends), printing every problem if there
/// is any.
fn load(out: &mut impl Write, dir: &Path) -> Result<Option<LoadedPack>, String> {
    if !dir.is_dir() {
        return Err(format!("{} is not a folder", dir.display()));
    }
    let loaded = match addon_base(dir)? {
        Some(base) => groundwork_pack::load_addon_dir(dir, &base),
        None => groundwork_pack::load_dir(dir),
    };
    match loaded {
        Ok(loaded) => Ok(Some(loaded)),
        Err(diagnostics) => {
            print_diagnostics(out, &diagnostics).map_err(io_err)?;
            writeln!(
                out,
                "{} problem{} found in {}",
                diagnostics.len(),
                if diagnostics.len() == 1 { "" } else { "s" },
                dir.display()
            )
            .map_err(io_err)?;
            Ok(None)
        }
    }
}

fn print_diagnostics(out: &mut impl Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    for d in diagnostics {
        writeln!(out, "{d}")?;
    }
    Ok(())
}

/// One line of counts: modules, steps, exercises, emotions, regions, peer groups, prompts.
fn summary(pack: &Pack) -> String {
    let steps: usize = pack.modules.iter().map(|m| m.steps.len()).sum();
    let exercises = pack
        .modules
        .iter()
        .flat_map(|m| &m.steps)
        .filter(|s| s.exercise.is_some())
        .count();
    let lines: usize = pack.helplines.iter().map(|r| r.lines.len()).sum();
    format!(
        "{} {}: {} modules, {steps} steps, {exercises} exercises, {} emotions, {} regions ({lines} help lines, {} peer groups), {} prompts",
        pack.manifest.id,
        pack.manifest.version,
        pack.modules.len(),
        pack.emotions.len(),
        pack.helplines.len(),
        pack.peer_groups.len(),
        pack.prompts.len()
    )
}

fn validate(out: &mut impl Write, dir: &Path) -> Result<Outcome, String> {
    let Some(loaded) = load(out, dir)? else {
        return Ok(Outcome::Failed);
    };
    writeln!(out, "valid: {}", summary(loaded.pack())).map_err(io_err)?;
    Ok(Outcome::Passed)
}

fn build(out: &mut impl Write, dir: &Path, output: &Path) -> Result<Outcome, String> {
    let Some(loaded) = load(out, dir)? else {
        return Ok(Outcome::Failed);
    };
    let bytes = bundle::compile(loaded.pack()).map_err(|e| e.to_string())?;
    // Never trust a file, even one just made: read it back the way an import would.
    let decoded = match addon_base(dir)? {
        Some(base) => bundle::decode_addon(&bytes, &base),
        None => bundle::decode(&bytes),
    }
    .map_err(|e| format!("the compiled bundle does not read back: {e}"))?;
    if &decoded != loaded.pack() {
        return Err("the compiled bundle reads back differently; nothing was written".to_owned());
    }
    let hash = bundle::digest_hex(&bytes).map_err(|e| e.to_string())?;
    write_atomically(output, &bytes).map_err(|e| {
        format!(
            "could not write {}: {e}; nothing was changed",
            output.display()
        )
    })?;
    writeln!(out, "built: {}", summary(loaded.pack())).map_err(io_err)?;
    writeln!(
        out,
        "wrote {} ({} bytes, sha256 {hash})",
        output.display(),
        bytes.len()
    )
    .map_err(io_err)?;
    Ok(Outcome::Passed)
}

fn ship(out: &mut impl Write, dir: &Path) -> Result<Outcome, String> {
    let Some(loaded) = load(out, dir)? else {
        return Ok(Outcome::Failed);
    };
    let text = groundwork_pack::shipped_after_release(dir, loaded.pack())?;
    let path = dir.join(groundwork_pack::SHIPPED_FILE);
    write_atomically(&path, text.as_bytes()).map_err(|e| {
        format!(
            "could not write {}: {e}; nothing was changed",
            path.display()
        )
    })?;
    writeln!(
        out,
        "recorded {} module ids in {}",
        loaded.pack().modules.len(),
        path.display()
    )
    .map_err(io_err)?;
    Ok(Outcome::Passed)
}

/// Writes a file so that it is either fully there or unchanged: a temporary file beside it,
/// flushed to disk, then renamed over it.
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    // The pack tools are for content authors, in English whatever the language.
    let english = crate::language::Language::ENGLISH;
    if let Err(refused) = crate::files::refuse_unusual_target(path, english) {
        return Err(io::Error::other(refused.to_string()));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::other("the output path has no file name"))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(".tmp");
    let tmp = dir.join(tmp_name);
    let result = (|| {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn lint(
    out: &mut impl Write,
    dir: &Path,
    avoid: Option<&Path>,
    mut crisis: Vec<String>,
    crisis_file: Option<&Path>,
) -> Result<Outcome, String> {
    if let Some(path) = crisis_file {
        let text =
            fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        crisis.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned),
        );
    }
    let avoid_path = avoid.map_or_else(|| dir.join("avoid.txt"), Path::to_path_buf);
    let avoid_list = match fs::read_to_string(&avoid_path) {
        Ok(text) => AvoidList::parse(&text),
        Err(e) if avoid.is_some() => {
            return Err(format!("cannot read {}: {e}", avoid_path.display()));
        }
        Err(_) => AvoidList::default(),
    };
    let Some(loaded) = load(out, dir)? else {
        return Ok(Outcome::Failed);
    };
    let report = lint::lint(&loaded, &avoid_list);
    print_lint(out, &report, &avoid_path, avoid_list.entries.len()).map_err(io_err)?;
    if !crisis.is_empty() {
        print_crisis(out, loaded.pack(), &crisis)?;
    }
    Ok(if report.passes() {
        Outcome::Passed
    } else {
        Outcome::Failed
    })
}

/// Reads every `crisis-lines/*.toml` of a pack, in file-name order.
fn labelled_lines(
    dir: &Path,
) -> Result<Vec<(String, Option<groundwork_pack::HelpSituation>)>, String> {
    let folder = dir.join(groundwork_pack::CRISIS_LINES_DIR);
    let mut files: Vec<PathBuf> = fs::read_dir(&folder)
        .map_err(|e| format!("cannot read {}: {e}", folder.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        for line in groundwork_pack::crisis_model::read_labelled(&text)
            .map_err(|e| format!("{}: {e}", file.display()))?
        {
            let label = line
                .label()
                .map_err(|e| format!("{}: {e}", file.display()))?;
            out.push((line.text, label));
        }
    }
    if out.is_empty() {
        return Err(format!("{} has no labelled lines", folder.display()));
    }
    Ok(out)
}

fn train_crisis(
    out: &mut impl Write,
    dir: &Path,
    threshold: Option<f64>,
    check: bool,
) -> Result<Outcome, String> {
    let loaded = match groundwork_pack::load_dir_without_crisis_model(dir) {
        Ok(loaded) => loaded,
        Err(problems) => {
            print_diagnostics(out, &problems).map_err(io_err)?;
            return Ok(Outcome::Failed);
        }
    };
    let mut crisis_check = loaded.pack().safety.crisis_check.clone();
    let current: Option<groundwork_pack::crisis_model::CrisisModel> =
        fs::read_to_string(dir.join(groundwork_pack::CRISIS_MODEL_FILE))
            .ok()
            .and_then(|t| toml::from_str(&t).ok());
    let threshold = threshold
        .or(current.as_ref().map(|m| m.threshold))
        .unwrap_or(0.6);
    if !(threshold > 0.0 && threshold < 1.0) {
        return Err(format!("the threshold {threshold} is not between 0 and 1"));
    }
    crisis_check.model = None;
    let matcher = groundwork_pack::crisis::Matcher::new(&crisis_check)
        .map_err(|_| "the crisis check does not compile; run `pack validate`".to_owned())?;
    // The labelled lines, then every pattern's own examples: the lines it catches, and the
    // everyday lines it must leave alone.
    let mut labelled = labelled_lines(dir)?;
    for pattern in &crisis_check.patterns {
        labelled.extend(
            pattern
                .catches
                .iter()
                .map(|line| (line.clone(), Some(pattern.situation))),
        );
        labelled.extend(pattern.ignores.iter().map(|line| (line.clone(), None)));
    }
    let lines: Vec<(Vec<String>, Option<groundwork_pack::HelpSituation>)> = labelled
        .into_iter()
        .map(|(text, label)| (matcher.words_of(&text), label))
        .collect();
    let model = groundwork_pack::crisis_model::train(&lines, threshold);
    let text = format!(
        "# Written by `groundwork pack train-crisis` from {}/*.toml: do not edit by hand.\n# See content/README.md, \"The crisis check\".\n\n{}",
        groundwork_pack::CRISIS_LINES_DIR,
        toml::to_string(&model).map_err(|e| format!("cannot write the model: {e}"))?
    );
    let path = dir.join(groundwork_pack::CRISIS_MODEL_FILE);
    if check {
        let current = fs::read_to_string(&path).unwrap_or_default();
        if current == text {
            writeln!(
                out,
                "{} is up to date ({} lines, {} terms)",
                path.display(),
                lines.len(),
                model.terms.len()
            )
            .map_err(io_err)?;
            return Ok(Outcome::Passed);
        }
        writeln!(
            out,
            "{} is not what training gives; run `groundwork pack train-crisis {}`",
            path.display(),
            dir.display()
        )
        .map_err(io_err)?;
        return Ok(Outcome::Failed);
    }
    write_atomically(&path, text.as_bytes()).map_err(|e| {
        format!(
            "could not write {}: {e}; nothing was changed",
            path.display()
        )
    })?;
    writeln!(
        out,
        "trained on {} labelled lines: {} terms, threshold {threshold}; wrote {}",
        lines.len(),
        model.terms.len(),
        path.display()
    )
    .map_err(io_err)?;
    Ok(Outcome::Passed)
}

/// Runs the pack's crisis check on each sample line and says what matched and why.
fn print_crisis(out: &mut impl Write, pack: &Pack, lines: &[String]) -> Result<(), String> {
    let matcher = groundwork_pack::crisis::Matcher::new(&pack.safety.crisis_check)
        .map_err(|_| "the crisis check does not compile; run `pack validate`".to_owned())?;
    writeln!(out, "crisis check on {} sample line(s):", lines.len()).map_err(io_err)?;
    for line in lines {
        let findings = matcher.findings_or_model(line);
        match matcher.check(line) {
            None => writeln!(out, "  quiet: {line}").map_err(io_err)?,
            Some(first) => {
                writeln!(
                    out,
                    "  {}{}: {line}",
                    first.situation.as_str(),
                    if first.urgent { ", urgent" } else { "" }
                )
                .map_err(io_err)?;
                for f in findings {
                    writeln!(
                        out,
                        "      pattern {} ({}{})",
                        f.pattern,
                        f.situation.as_str(),
                        if f.urgent { ", urgent" } else { "" }
                    )
                    .map_err(io_err)?;
                    if f.pattern == groundwork_pack::crisis::MODEL_PATTERN
                        && let Some(score) = matcher.model_score(line)
                    {
                        writeln!(
                            out,
                            "        concern {:.2}, because of: {}",
                            score.concern,
                            score.because.join(", ")
                        )
                        .map_err(io_err)?;
                    }
                }
            }
        }
    }
    Ok(())
}

fn print_lint(
    out: &mut impl Write,
    report: &lint::LintReport,
    avoid_path: &Path,
    avoid_entries: usize,
) -> io::Result<()> {
    let scale = report.scale;
    writeln!(
        out,
        "{} ({}) of {} steps, by {}:",
        if scale.unit.starts_with("reading") {
            scale.unit.to_owned()
        } else {
            format!("reading {}", scale.unit)
        },
        scale.formula,
        report.grades.len(),
        match scale.language {
            ReadingLanguage::English => "grade rounded up",
            ReadingLanguage::French => "reading ease rounded down to tens",
        }
    )?;
    let distribution = report.distribution();
    let most = distribution
        .iter()
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0)
        .max(1);
    for (band, n) in &distribution {
        let bar = "#".repeat((n * 40).div_ceil(most));
        writeln!(out, "  {} {band:>5}: {n:>4} {bar}", scale.unit)?;
    }
    writeln!(
        out,
        "{:.1}% of steps {} (target: {:.0}%): {}",
        report.share_meeting_target() * 100.0,
        scale.target_words(),
        TARGET_SHARE * 100.0,
        if report.reading_target_met() {
            "met"
        } else {
            "NOT met"
        }
    )?;
    let mut over: Vec<&lint::StepGrade> = report
        .grades
        .iter()
        .filter(|g| !scale.meets(g.score))
        .collect();
    over.sort_by(|a, b| scale.harder(b.score, a.score));
    if !over.is_empty() {
        writeln!(out, "steps not {}, hardest first:", scale.target_words())?;
        for g in over {
            writeln!(
                out,
                "  {}:{}: {} {:.1}, {} words in {} sentences: {} step {} \"{}\"",
                g.file,
                g.line,
                scale.unit,
                g.score,
                g.words,
                g.sentences,
                g.module,
                g.step,
                g.title
            )?;
        }
    }
    if avoid_entries == 0 {
        writeln!(
            out,
            "no phrases to avoid were checked: {} is missing or empty",
            avoid_path.display()
        )?;
    }
    print_diagnostics(out, &report.findings)?;
    if report.passes() {
        writeln!(out, "lint passed")?;
    } else {
        writeln!(
            out,
            "lint failed: {} finding{}{}",
            report.findings.len(),
            if report.findings.len() == 1 { "" } else { "s" },
            if report.reading_target_met() {
                ""
            } else {
                ", reading target not met"
            }
        )?;
    }
    Ok(())
}

fn schema(out: &mut impl Write, dir: &Path, check: bool) -> Result<Outcome, String> {
    let files = groundwork_pack::schema::files();
    if check {
        let stale: Vec<&str> = files
            .iter()
            .filter(|(name, text)| fs::read_to_string(dir.join(name)).ok().as_ref() != Some(text))
            .map(|(name, _)| *name)
            .collect();
        if stale.is_empty() {
            writeln!(out, "schemas in {} are up to date", dir.display()).map_err(io_err)?;
            return Ok(Outcome::Passed);
        }
        writeln!(
            out,
            "out of date in {}: {}; run `groundwork pack schema -o {}`",
            dir.display(),
            stale.join(", "),
            dir.display()
        )
        .map_err(io_err)?;
        return Ok(Outcome::Failed);
    }
    fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for (name, text) in &files {
        let path = dir.join(name);
        write_atomically(&path, text.as_bytes())
            .map_err(|e| format!("could not write {}: {e}", path.display()))?;
        writeln!(out, "wrote {}", path.display()).map_err(io_err)?;
    }
    Ok(Outcome::Passed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
    }

    fn output(f: impl FnOnce(&mut Vec<u8>) -> Result<Outcome, String>) -> (Outcome, String) {
        let mut out = Vec::new();
        let outcome = f(&mut out).expect("command runs");
        (outcome, String::from_utf8(out).expect("utf-8 output"))
    }

    #[test]
    fn the_committed_json_schemas_are_up_to_date() {
        let dir = content().join("schema");
        for (name, text) in groundwork_pack::schema::files() {
            let committed = fs::read_to_string(dir.join(name)).unwrap_or_default();
            assert!(
                committed == text,
                "content/schema/{name} is out of date: run `cargo run -p groundwork-cli -- pack schema -o content/schema`"
            );
        }
    }

    #[test]
    fn validating_the_english_pack_prints_a_one_line_summary() {
        let (outcome, text) = output(|out| validate(out, &content().join("packs/core-en")));
        assert_eq!(outcome, Outcome::Passed, "{text}");
        assert_eq!(text.lines().count(), 1, "{text}");
        assert!(text.starts_with("valid: core-en "), "{text}");
        assert!(
            text.contains(" modules, ") && text.contains(" prompts"),
            "{text}"
        );
    }

    #[test]
    fn validating_a_broken_pack_prints_every_problem_and_fails() {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::write(dir.path().join("pack.toml"), "id = \"x\"\nbogus = 1\n").expect("write");
        let (outcome, text) = output(|out| validate(out, dir.path()));
        assert_eq!(outcome, Outcome::Failed);
        assert!(text.contains("pack.toml:"), "{text}");
        assert!(
            text.contains("emotions.toml: the file is missing"),
            "{text}"
        );
        assert!(
            text.lines()
                .last()
                .is_some_and(|l| l.contains("problems found")),
            "{text}"
        );
    }

    #[test]
    fn a_missing_folder_is_a_usage_error() {
        let mut out = Vec::new();
        assert!(validate(&mut out, Path::new("/no/such/pack")).is_err());
    }

    #[test]
    fn building_writes_a_bundle_that_imports() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("core-en.gwpack");
        let (outcome, text) = output(|out| build(out, &content().join("packs/core-en"), &file));
        assert_eq!(outcome, Outcome::Passed, "{text}");
        let bytes = fs::read(&file).expect("bundle written");
        assert!(
            text.contains(&format!("({} bytes, sha256 ", bytes.len())),
            "{text}"
        );
        let pack = bundle::decode(&bytes).expect("imports");
        assert_eq!(pack.manifest.id, "core-en");
        assert_eq!(
            fs::read_dir(dir.path()).expect("list").count(),
            1,
            "no temporary file left behind"
        );
    }

    #[test]
    fn linting_the_english_pack_passes_and_shows_the_distribution() {
        let (outcome, text) = output(|out| {
            lint(
                out,
                &content().join("packs/core-en"),
                None,
                Vec::new(),
                None,
            )
        });
        assert_eq!(outcome, Outcome::Passed, "{text}");
        assert!(text.contains("grade  <= 4:"), "{text}");
        assert!(text.contains("(target: 95%): met"), "{text}");
        assert!(!text.contains("no phrases to avoid were checked"), "{text}");
        assert!(!text.contains("crisis check on"), "{text}");
    }

    #[test]
    fn linting_the_french_pack_scores_its_reading_ease_by_french_rules() {
        let (outcome, text) = output(|out| {
            lint(
                out,
                &content().join("packs/core-fr-CA"),
                None,
                Vec::new(),
                None,
            )
        });
        assert_eq!(outcome, Outcome::Passed, "{text}");
        assert!(
            text.starts_with("reading ease (Kandel-Moles) of 203 steps"),
            "{text}"
        );
        assert!(text.contains("reading ease >= 90:"), "{text}");
        assert!(
            text.contains("at a reading ease of 60 or above (target: 95%): met"),
            "{text}"
        );
        assert!(!text.contains("grade"), "{text}");
    }

    #[test]
    fn linting_with_sample_lines_shows_what_the_crisis_check_finds_and_why() {
        let dir = tempfile::tempdir().expect("temp dir");
        let samples = dir.path().join("lines.txt");
        fs::write(
            &samples,
            "I put my hands on her neck\n\nmy phone died again\n",
        )
        .expect("write");
        let (outcome, text) = output(|out| {
            lint(
                out,
                &content().join("packs/core-en"),
                None,
                vec!["honestly I want to kill myself tonight".to_owned()],
                Some(&samples),
            )
        });
        assert_eq!(outcome, Outcome::Passed, "{text}");
        assert!(text.contains("crisis check on 3 sample line(s):"), "{text}");
        assert!(
            text.contains("  self-harm, urgent: honestly I want to kill myself tonight"),
            "{text}"
        );
        assert!(
            text.contains("  hurt-someone: I put my hands on her neck"),
            "{text}"
        );
        assert!(
            text.contains("      pattern hands-on-neck (hurt-someone)"),
            "{text}"
        );
        assert!(text.contains("  quiet: my phone died again"), "{text}");
    }

    #[test]
    fn schema_check_fails_on_a_stale_folder_and_writing_fixes_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (outcome, _) = output(|out| schema(out, dir.path(), true));
        assert_eq!(outcome, Outcome::Failed);
        let (outcome, _) = output(|out| schema(out, dir.path(), false));
        assert_eq!(outcome, Outcome::Passed);
        let (outcome, _) = output(|out| schema(out, dir.path(), true));
        assert_eq!(outcome, Outcome::Passed);
    }
}
