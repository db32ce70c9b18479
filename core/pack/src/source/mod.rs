//! The source layer: reading a pack folder, with every problem located at `file:line:col`.
//!
//! Syntax problems (TOML, the Markdown subset, unknown keys, wrong types) are found here, each
//! at its exact position. Then the model rules ([`crate::rules`]) run on what could be read, and
//! their logical locations are turned into positions with a source map kept while reading.

mod module;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use crate::diagnostic::{Diagnostic, Location, ModuleAt, Seg};
use crate::model::{
    CrisisAnswer, CrisisCheck, CrisisPattern, DadMoodCheck, Emotion, Grounding, Helpline,
    HomeSafety, Inflection, Manifest, Module, Pack, PeerGroup, PhaseKind, Prompt, Region,
    RiskQuestions, Safety, SafetyPlanStep, Situation, WordClass,
};
use crate::rules::{self, Known};

/// The largest file a pack may contain; anything bigger is surely a mistake.
const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The optional list of module ids that have shipped (see `Loader::shipped`).
pub const SHIPPED_FILE: &str = "shipped.toml";

/// The optional list of peer groups ("find your people").
pub const PEER_GROUPS_FILE: &str = "peer-groups.toml";

/// The key in `pack.toml` naming the folder of shared region data (help lines and peer groups),
/// relative to the pack's folder: `regions = "../../regions"`. A pack that names one keeps no
/// `helplines.toml` or `peer-groups.toml` of its own.
pub const REGIONS_KEY: &str = "regions";

/// The language the region data is written in; another language's names and descriptions are
/// in the region folder's `<language>.toml` (e.g. `fr.toml`).
pub const REGION_DATA_LANGUAGE: &str = "en";

/// The crisis check's trained model, written by `groundwork pack train-crisis` (optional).
pub const CRISIS_MODEL_FILE: &str = "crisis-model.toml";

/// The folder of labelled lines the crisis model is trained on. It is read only by
/// `groundwork pack train-crisis` and the tests, never compiled into a bundle.
pub const CRISIS_LINES_DIR: &str = "crisis-lines";

/// The most module files a pack may contain.
const MAX_MODULES: usize = 500;

/// A pack read from its folder, with what is needed to point at its source.
#[derive(Debug)]
pub struct LoadedPack {
    pack: Pack,
    map: SourceMap,
}

impl LoadedPack {
    /// The pack.
    pub fn pack(&self) -> &Pack {
        &self.pack
    }

    /// The pack, without its source positions.
    pub fn into_pack(self) -> Pack {
        self.pack
    }

    /// Every file read, as (path as shown in diagnostics, text).
    pub fn files(&self) -> impl Iterator<Item = (&str, &str)> {
        self.map
            .files
            .iter()
            .map(|f| (f.display.as_str(), f.text.as_str()))
    }

    /// Where something is, as (file, line, col).
    pub(crate) fn locate(&self, at: &Location) -> (String, u32, u32) {
        self.map.locate(at)
    }

    /// The file (as shown in diagnostics), its text, and the byte offset of a place in one of
    /// the pack's TOML files; `None` for places in modules, or files that could not be parsed.
    pub(crate) fn toml_place(&self, at: &Location) -> Option<(&str, &str, usize)> {
        let (name, path) = match at {
            Location::Manifest(p) => ("pack.toml", p),
            Location::Emotions(p) => ("emotions.toml", p),
            Location::Helplines(p) => ("helplines.toml", p),
            Location::Prompts(p) => ("prompts.toml", p),
            Location::PeerGroups(p) => (PEER_GROUPS_FILE, p),
            Location::Safety(p) => ("safety.toml", p),
            Location::Module { .. } => return None,
        };
        let doc = *self.map.docs.get(name)?;
        let file = &self.map.files[doc.file];
        Some((
            file.display.as_str(),
            file.text.as_str(),
            self.map.toml_offset(doc, path),
        ))
    }

    /// The 1-based (line, col) of a byte offset in the file shown as `display`.
    pub(crate) fn position(&self, display: &str, offset: usize) -> (u32, u32) {
        self.map
            .files
            .iter()
            .find(|f| f.display == display)
            .map_or((0, 0), |f| f.position(offset))
    }
}

/// One file of the pack.
#[derive(Debug)]
pub(crate) struct SourceFile {
    /// The path as shown in diagnostics.
    pub display: String,
    /// The text, with any byte-order mark removed.
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    fn new(display: String, text: String) -> Self {
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            display,
            text,
            line_starts,
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..offset)
            .map_or(offset.saturating_sub(start), |s| s.chars().count());
        (to_u32(line + 1), to_u32(col + 1))
    }
}

pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A TOML document, or the TOML part of a Markdown file: where it is in its file.
///
/// Positions inside it are found again when a problem needs one, by parsing the text once more:
/// cheap, and only ever done for problems.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TomlSource {
    pub file: usize,
    pub start: usize,
    pub end: usize,
}

/// The byte offset (within the TOML text) of the deepest part of `path` that exists.
fn offset_in(text: &str, path: &[Seg]) -> usize {
    let Ok(table) = DeTable::parse(text) else {
        return 0;
    };
    let mut span = table.span();
    let mut current: Option<&DeValue<'_>> = None;
    for (i, seg) in path.iter().enumerate() {
        let next = match (i, seg, current) {
            (0, Seg::Key(k), _) => table.get_ref().get(k.as_str()),
            (_, Seg::Key(k), Some(DeValue::Table(t))) => t.get(k.as_str()),
            (_, Seg::Index(n), Some(DeValue::Array(a))) => a.get(*n),
            _ => None,
        };
        match next {
            Some(v) => {
                span = v.span();
                current = Some(v.get_ref());
            }
            None => break,
        }
    }
    span.start
}

/// Where each part of a module came from.
#[derive(Debug)]
pub(crate) struct ModuleSource {
    pub file: usize,
    pub front: Option<TomlSource>,
    pub steps: Vec<StepSource>,
}

/// Where a step came from.
#[derive(Debug)]
pub(crate) struct StepSource {
    /// Byte offset of the `##` heading.
    pub heading: usize,
    /// Byte offset of the exercise's opening fence.
    pub fence: Option<usize>,
    /// The exercise's TOML.
    pub exercise: Option<TomlSource>,
}

/// Turns logical locations into `file:line:col`.
#[derive(Debug, Default)]
pub(crate) struct SourceMap {
    files: Vec<SourceFile>,
    /// `pack.toml`, `emotions.toml`, ... by name.
    docs: HashMap<&'static str, TomlSource>,
    /// Files that exist but could not be parsed, by name.
    named: HashMap<&'static str, usize>,
    /// Parallel to `Pack::modules`.
    modules: Vec<ModuleSource>,
}

impl SourceMap {
    fn add_file(&mut self, display: String, text: String) -> usize {
        self.files.push(SourceFile::new(display, text));
        self.files.len() - 1
    }

    pub(crate) fn text(&self, file: usize) -> &str {
        &self.files[file].text
    }

    fn at(&self, file: usize, offset: usize) -> (String, u32, u32) {
        let f = &self.files[file];
        let (line, col) = f.position(offset);
        (f.display.clone(), line, col)
    }

    fn toml_offset(&self, doc: TomlSource, path: &[Seg]) -> usize {
        let text = self.files[doc.file]
            .text
            .get(doc.start..doc.end)
            .unwrap_or("");
        doc.start + offset_in(text, path)
    }

    fn named_at(&self, name: &'static str, path: &[Seg]) -> (String, u32, u32) {
        match (self.docs.get(name), self.named.get(name)) {
            (Some(&doc), _) => self.at(doc.file, self.toml_offset(doc, path)),
            (None, Some(&file)) => self.at(file, 0),
            (None, None) => (name.to_owned(), 0, 0),
        }
    }

    pub(crate) fn locate(&self, at: &Location) -> (String, u32, u32) {
        match at {
            Location::Manifest(p) => self.named_at("pack.toml", p),
            Location::Emotions(p) => self.named_at("emotions.toml", p),
            Location::Helplines(p) => self.named_at("helplines.toml", p),
            Location::Prompts(p) => self.named_at("prompts.toml", p),
            Location::PeerGroups(p) => self.named_at(PEER_GROUPS_FILE, p),
            Location::Safety(p) => self.named_at("safety.toml", p),
            Location::Module { index, at } => {
                let Some(m) = self.modules.get(*index) else {
                    return ("modules".to_owned(), 0, 0);
                };
                let offset = match at {
                    ModuleAt::Whole => 0,
                    ModuleAt::Meta(p) => m.front.map_or(0, |t| self.toml_offset(t, p)),
                    ModuleAt::StepTitle(s) => m.steps.get(*s).map_or(0, |s| s.heading),
                    ModuleAt::Exercise { step, path } => {
                        m.steps
                            .get(*step)
                            .map_or(0, |s| match (s.exercise, s.fence) {
                                (Some(t), _) => self.toml_offset(t, path),
                                (None, Some(fence)) => fence,
                                (None, None) => s.heading,
                            })
                    }
                };
                self.at(m.file, offset)
            }
        }
    }
}

/// A problem found while reading, at a byte offset of a file.
#[derive(Debug)]
struct SourceProblem {
    file: usize,
    offset: usize,
    message: String,
    fix: String,
}

/// Collects problems while reading.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    list: Vec<SourceProblem>,
    /// Problems about files that could not be read at all.
    whole_files: Vec<Diagnostic>,
}

impl Problems {
    pub(crate) fn push(
        &mut self,
        file: usize,
        offset: usize,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) {
        self.list.push(SourceProblem {
            file,
            offset,
            message: message.into(),
            fix: fix.into(),
        });
    }

    /// Records a TOML error whose span is relative to `base` in `file`.
    pub(crate) fn toml(&mut self, file: usize, base: usize, error: &toml::de::Error) {
        let offset = base + error.span().map_or(0, |s| s.start);
        let message = error.message().trim().replace('\n', " ");
        let fix = toml_fix(&message);
        self.push(file, offset, message, fix);
    }

    fn file(&mut self, display: String, message: impl Into<String>, fix: impl Into<String>) {
        self.whole_files.push(Diagnostic {
            file: display,
            line: 0,
            col: 0,
            message: message.into(),
            fix: fix.into(),
        });
    }

    pub(crate) fn len(&self) -> usize {
        self.list.len() + self.whole_files.len()
    }
}

/// A fix for a TOML or deserialization error, from its message.
fn toml_fix(message: &str) -> String {
    if message.starts_with("unknown field") {
        "remove it, or correct its spelling".to_owned()
    } else if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or(rest);
        format!("add `{field} = ...`; content/README.md lists every key")
    } else if message.starts_with("unknown variant") {
        "use one of the values listed".to_owned()
    } else if message.starts_with("invalid type") {
        "check the value: text goes in \"quotes\", numbers without, lists in [brackets]".to_owned()
    } else if message.starts_with("invalid value") {
        "use a value in the range content/README.md gives".to_owned()
    } else if message.contains("duplicate key") {
        "keep only one of them".to_owned()
    } else {
        "fix the TOML syntax: `key = value`, text in \"quotes\"".to_owned()
    }
}

/// Parses TOML text; records every syntax error and returns `None` if there was any.
pub(crate) fn parse_table<'i>(
    text: &'i str,
    file: usize,
    base: usize,
    problems: &mut Problems,
) -> Option<Spanned<DeTable<'i>>> {
    let (table, errors) = DeTable::parse_recoverable(text);
    for e in &errors {
        problems.toml(file, base, e);
    }
    errors.is_empty().then_some(table)
}

/// Deserializes a parsed TOML value into `T`.
pub(crate) fn deserialize<'de, T: Deserialize<'de>>(
    value: Spanned<DeValue<'de>>,
) -> Result<T, toml::de::Error> {
    T::deserialize(ValueDeserializer::from(value))
}

/// Deserializes a parsed TOML table into `T`.
pub(crate) fn deserialize_table<'de, T: Deserialize<'de>>(
    table: Spanned<DeTable<'de>>,
) -> Result<T, toml::de::Error> {
    T::deserialize(toml::de::Deserializer::from(table))
}

/// The string at `key` of a table value, if there is one (to name what could not be read).
fn str_at<'a>(value: &'a DeValue<'_>, key: &str) -> Option<&'a str> {
    value.as_table()?.get(key)?.get_ref().as_str()
}

/// What `shipped.toml` holds.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Shipped {
    #[serde(default)]
    modules: Vec<String>,
    #[serde(default)]
    retired: Vec<String>,
}

/// The text of `shipped.toml` for a release of `pack` (read from `dir`): the module ids already
/// listed there, plus every module id the pack has now, sorted; retired ids kept.
///
/// Errors: the existing file cannot be read or parsed.
pub fn shipped_after_release(dir: &Path, pack: &Pack) -> Result<String, String> {
    let path = dir.join(SHIPPED_FILE);
    let existing = match std::fs::read_to_string(&path) {
        Ok(text) => {
            toml::from_str::<Shipped>(&text).map_err(|e| format!("{}: {e}", path.display()))?
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Shipped::default(),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let mut modules: Vec<String> = existing.modules;
    modules.extend(pack.modules.iter().map(|m| m.meta.id.clone()));
    modules.sort();
    modules.dedup();
    let mut retired = existing.retired;
    retired.sort();
    retired.dedup();
    let list = |ids: &[String]| -> String {
        ids.iter()
            .map(|id| format!("  \"{id}\",\n"))
            .collect::<String>()
    };
    Ok(format!(
        "# Module ids that have shipped. People's progress is stored under them, so each must stay a\n\
         # module, be renamed under [renamed] in pack.toml, or be listed in `retired` (gone for good;\n\
         # progress is kept, the module no longer shows). `groundwork pack ship DIR` adds the pack's\n\
         # current ids before a release; `groundwork pack validate` checks them.\n\
         modules = [\n{}]\nretired = [\n{}]\n",
        list(&modules),
        list(&retired)
    ))
}

/// Reads a pack folder, checks everything, and returns the pack, or every problem found.
///
/// Problems come sorted by file and position. Files that cannot be read at all are reported
/// with line 0.
pub fn load_dir(dir: &Path) -> Result<LoadedPack, Vec<Diagnostic>> {
    load(dir, true, None)
}

/// The base an add-on pack folder names (`extends` in its `pack.toml`), if it names one: which
/// pack to check it with ([`load_addon_dir`]). `None` for a whole pack, or a `pack.toml` that
/// does not read (then [`load_dir`] reports why).
pub fn addon_base(dir: &Path) -> Option<String> {
    #[derive(Deserialize)]
    struct Extends {
        extends: Option<String>,
    }
    let text = std::fs::read_to_string(dir.join("pack.toml")).ok()?;
    toml::from_str::<Extends>(&text).ok()?.extends
}

/// Reads and checks an add-on pack folder (`extends` in its `pack.toml`) with `base`, the pack
/// it extends: its modules, phases and prompts by every rule, read with the base's tracks,
/// words and safety section, and what an add-on may not carry or reuse. The pack returned holds
/// only the add-on's own parts, as its bundle does.
pub fn load_addon_dir(dir: &Path, base: &Pack) -> Result<LoadedPack, Vec<Diagnostic>> {
    load(dir, false, Some(base))
}

/// Reads and checks a pack folder as [`load_dir`] does, but leaves out its crisis model: for
/// training a new one, when the old one may be what fails the checks.
pub fn load_dir_without_crisis_model(dir: &Path) -> Result<LoadedPack, Vec<Diagnostic>> {
    load(dir, false, None)
}

/// The files an add-on does not have: it uses its base's.
const NOT_IN_ADDON: [&str; 7] = [
    "emotions.toml",
    "helplines.toml",
    PEER_GROUPS_FILE,
    "safety.toml",
    CRISIS_MODEL_FILE,
    CRISIS_LINES_DIR,
    "avoid.txt",
];

fn load(
    dir: &Path,
    with_crisis_model: bool,
    base: Option<&Pack>,
) -> Result<LoadedPack, Vec<Diagnostic>> {
    let mut loader = Loader {
        dir,
        regions: None,
        map: SourceMap::default(),
        problems: Problems::default(),
        known: Known {
            today: today(),
            ..Known::default()
        },
    };
    let manifest = loader.manifest();
    if let Some(extends) = manifest.as_ref().and_then(|m| m.extends.clone()) {
        return load_addon(loader, manifest, extends, base);
    }
    if base.is_some() {
        loader.problems.file(
            loader.display(Path::new("pack.toml")),
            "this pack names no base (`extends`), so it is not an add-on",
            "add `extends = \"core-en\"` (the id of the pack it adds to), or check it as a whole pack",
        );
    }
    let emotions = loader.emotions();
    let mut helplines = loader.helplines();
    let prompts = loader.prompts();
    let mut peer_groups = loader.peer_groups();
    if let Some(m) = &manifest {
        loader.region_text(&m.locale, &mut helplines, &mut peer_groups);
    }
    let mut safety = loader.safety();
    if with_crisis_model {
        safety.crisis_check.model = loader.crisis_model();
    }
    let modules = loader.modules(manifest.as_ref());
    loader.shipped(manifest.as_ref(), &modules);
    finish(
        loader,
        manifest,
        modules,
        |manifest, modules| Pack {
            manifest,
            modules,
            emotions,
            helplines,
            peer_groups,
            prompts,
            safety,
        },
        rules::check,
    )
}

/// What [`load`] and [`load_addon`] read, checked once the pack is put together (`assemble`)
/// by `check`: the pack with its source map, or every problem found, located and sorted.
fn finish(
    loader: Loader<'_>,
    manifest: Option<Manifest>,
    modules: Vec<(Module, ModuleSource)>,
    assemble: impl FnOnce(Manifest, Vec<Module>) -> Pack,
    check: impl FnOnce(&Pack, &Known) -> Vec<crate::diagnostic::Problem>,
) -> Result<LoadedPack, Vec<Diagnostic>> {
    let Loader {
        mut map,
        problems,
        known,
        ..
    } = loader;
    let mut diagnostics: Vec<Diagnostic> = problems.whole_files;
    diagnostics.extend(problems.list.into_iter().map(|p| {
        let f = &map.files[p.file];
        let (line, col) = f.position(p.offset);
        Diagnostic {
            file: f.display.clone(),
            line,
            col,
            message: p.message,
            fix: p.fix,
        }
    }));
    let Some(manifest) = manifest else {
        // Without pack.toml the model rules cannot run; report what was found.
        sort(&mut diagnostics);
        return Err(diagnostics);
    };
    let (modules, sources): (Vec<Module>, Vec<ModuleSource>) = modules.into_iter().unzip();
    map.modules = sources;
    let pack = assemble(manifest, modules);
    for problem in check(&pack, &known) {
        let (file, line, col) = map.locate(&problem.at);
        diagnostics.push(Diagnostic {
            file,
            line,
            col,
            message: problem.message,
            fix: problem.fix,
        });
    }
    if diagnostics.is_empty() {
        Ok(LoadedPack { pack, map })
    } else {
        sort(&mut diagnostics);
        Err(diagnostics)
    }
}

/// The words of the region data in another language: `<language>.toml` in the region folder.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionWords {
    /// Region names by code: `[regions.CA] name = "Canada"`.
    #[serde(default)]
    regions: BTreeMap<String, RegionName>,
    /// Help lines' words by id: `[lines.ca-988] name = "..."`.
    #[serde(default)]
    lines: BTreeMap<String, LineWords>,
    /// Peer groups' words by id.
    #[serde(default)]
    groups: BTreeMap<String, GroupWords>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionName {
    name: String,
}

/// What a person reads about a help line; its numbers, address, hours and kinds are not here.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LineWords {
    name: Option<String>,
    for_whom: Option<String>,
    area: Option<String>,
}

/// What a person reads about a peer group.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupWords {
    name: Option<String>,
    what: Option<String>,
    for_whom: Option<String>,
    find: Option<String>,
}

/// `path` with each `folder/..` taken out, for showing where a file is.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir
                if matches!(
                    out.components().next_back(),
                    Some(std::path::Component::Normal(_))
                ) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Today's date in UTC, `YYYY-MM-DD`, from the system clock: a `verified_on` after it is a
/// typo. Only authoring checks use it; a bundle read on a phone never does, so a phone whose
/// clock is wrong still reads its pack.
fn today() -> Option<String> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    let days = i64::try_from(secs / 86_400).ok()?;
    // Days since 1970-01-01 to a civil date (proleptic Gregorian).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// The rest of [`load`] for an add-on folder: its modules and prompts (its own, if any), none of
/// the files it takes from its base, and the add-on rules with `base`.
fn load_addon(
    mut loader: Loader<'_>,
    manifest: Option<Manifest>,
    extends: String,
    base: Option<&Pack>,
) -> Result<LoadedPack, Vec<Diagnostic>> {
    let pack_toml = loader.display(Path::new("pack.toml"));
    let Some(base) = base else {
        loader.problems.file(
            pack_toml,
            format!("this is an add-on for `{extends}`: it is checked together with that pack"),
            "check it with `groundwork pack validate`, which finds the built-in pack it names",
        );
        return Err(loader.problems.whole_files);
    };
    for name in NOT_IN_ADDON {
        if loader.dir.join(name).exists() {
            loader.problems.file(
                loader.display(Path::new(name)),
                format!("an add-on uses its base's {name}, so it has none of its own"),
                "remove this file from the add-on",
            );
        }
    }
    if loader.regions.is_some() {
        loader.problems.file(
            pack_toml,
            format!("an add-on uses its base's help lines, so it names no `{REGIONS_KEY}` folder"),
            format!("remove `{REGIONS_KEY}` from pack.toml"),
        );
    }
    let prompts = if loader.dir.join("prompts.toml").exists() {
        loader.prompts()
    } else {
        Vec::new()
    };
    let modules = loader.modules(manifest.as_ref());
    loader.shipped(manifest.as_ref(), &modules);
    finish(
        loader,
        manifest,
        modules,
        |manifest, modules| Pack {
            manifest,
            modules,
            emotions: Vec::new(),
            helplines: Vec::new(),
            peer_groups: Vec::new(),
            prompts,
            safety: Safety::default(),
        },
        |pack, known| rules::check_addon(pack, base, known),
    )
}

fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
}

struct Loader<'a> {
    dir: &'a Path,
    /// The folder of shared region data `pack.toml` names, relative to `dir`.
    regions: Option<PathBuf>,
    map: SourceMap,
    problems: Problems,
    known: Known,
}

impl Loader<'_> {
    fn display(&self, relative: &Path) -> String {
        lexical(&self.dir.join(relative)).display().to_string()
    }

    /// Reads a file of the pack into the source map.
    fn read(&mut self, relative: &Path, required: bool) -> Option<usize> {
        let path = self.dir.join(relative);
        let display = self.display(relative);
        let size = match std::fs::metadata(&path) {
            Ok(meta) => meta.len(),
            Err(_) if !required => return None,
            Err(_) => {
                self.problems.file(
                    display,
                    "the file is missing",
                    "create it; content/README.md shows what goes in it",
                );
                return None;
            }
        };
        if size > MAX_FILE_BYTES {
            self.problems.file(
                display,
                format!("the file is {size} bytes, over the limit of {MAX_FILE_BYTES}"),
                "split it up; a pack file should be small",
            );
            return None;
        }
        match std::fs::read(&path).map(String::from_utf8) {
            Ok(Ok(text)) => Some(self.map.add_file(display, text)),
            Ok(Err(_)) => {
                self.problems.file(
                    display,
                    "the file is not UTF-8 text",
                    "save it as UTF-8 in your editor",
                );
                None
            }
            Err(e) => {
                self.problems.file(
                    display,
                    format!("the file cannot be read: {e}"),
                    "check its permissions",
                );
                None
            }
        }
    }

    /// Where a file of region data (`helplines.toml`, `peer-groups.toml`, a language's names)
    /// is read from: the region folder `pack.toml` names, else the pack's own folder. A pack
    /// that names a region folder and still keeps the file itself is told to remove it: help
    /// lines have one source.
    fn region_file(&mut self, name: &str) -> PathBuf {
        match &self.regions {
            Some(regions) => {
                let own = Path::new(name);
                if self.dir.join(own).exists() {
                    let display = self.display(own);
                    self.problems.file(
                        display,
                        format!(
                            "this pack takes its help lines and peer groups from `{}`, so this file is not read",
                            regions.display()
                        ),
                        "remove it, and make any change in the region folder, where every language pack reads it",
                    );
                }
                regions.join(name)
            }
            None => PathBuf::from(name),
        }
    }

    /// Reads a whole TOML file (`name`), returning its file index and text.
    fn toml_file(&mut self, name: &'static str) -> Option<(usize, String)> {
        self.toml_file_if(name, true)
    }

    /// Reads a whole TOML file (`name`) that may be missing when it is not `required`.
    fn toml_file_if(&mut self, name: &'static str, required: bool) -> Option<(usize, String)> {
        self.toml_file_at(name, Path::new(name), required)
    }

    /// Reads a whole TOML file known as `name` (for locating problems) from `relative`.
    fn toml_file_at(
        &mut self,
        name: &'static str,
        relative: &Path,
        required: bool,
    ) -> Option<(usize, String)> {
        let file = self.read(relative, required)?;
        self.map.named.insert(name, file);
        let text = self.map.text(file).to_owned();
        self.map.docs.insert(
            name,
            TomlSource {
                file,
                start: 0,
                end: text.len(),
            },
        );
        Some((file, text))
    }

    /// Reads `peer-groups.toml` when the pack has one (a pack may have no peer groups), each
    /// group on its own so that every broken one is reported.
    fn peer_groups(&mut self) -> Vec<PeerGroup> {
        let path = self.region_file(PEER_GROUPS_FILE);
        let Some((file, text)) = self.toml_file_at(PEER_GROUPS_FILE, &path, false) else {
            return Vec::new();
        };
        let Some(table) = parse_table(&text, file, 0, &mut self.problems) else {
            return Vec::new();
        };
        let (list, _) = self.entries(file, table, "groups", |this, item| {
            match deserialize::<PeerGroup>(item) {
                Ok(g) => Some(g),
                Err(e) => {
                    this.problems.toml(file, 0, &e);
                    None
                }
            }
        });
        list
    }

    /// Reads `regions` from `pack.toml`: a folder relative to the pack's, which must exist.
    fn regions_folder(&mut self, file: usize, value: Spanned<DeValue<'_>>) {
        let at = value.span().start;
        let DeValue::String(folder) = value.get_ref() else {
            self.problems.push(
                file,
                at,
                "`regions` is not a folder name",
                "write the region folder's path from the pack's folder, e.g. regions = \"../../regions\"",
            );
            return;
        };
        let relative = Path::new(folder.as_ref());
        if folder.trim().is_empty() || relative.is_absolute() || !self.dir.join(relative).is_dir() {
            self.problems.push(
                file,
                at,
                format!("`regions` names `{folder}`, which is not a folder beside this pack"),
                "write the region folder's path from the pack's folder, e.g. regions = \"../../regions\"",
            );
            return;
        }
        self.regions = Some(relative.to_path_buf());
    }

    /// Puts the names and descriptions of the region data's help lines, regions and peer groups
    /// in the pack's language, from the region folder's `<language>.toml` (`fr.toml` for
    /// `fr-CA`), when the pack takes its lines from a region folder and is not in the language
    /// the region data is written in. Only words a person reads can be given there: a number, a
    /// web address or a line's kinds never; each entry must name a region, line or group the
    /// region data has.
    fn region_text(&mut self, locale: &str, regions: &mut [Region], groups: &mut [PeerGroup]) {
        let Some(folder) = self.regions.clone() else {
            return;
        };
        let language = locale
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if language.is_empty() || language == REGION_DATA_LANGUAGE {
            return;
        }
        // A language subtag is two or three letters (the locale rule checks it later; here it
        // only names a file, which must stay in the region folder).
        if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_lowercase()) {
            return;
        }
        let Some(file) = self.read(&folder.join(format!("{language}.toml")), false) else {
            return;
        };
        let text = self.map.text(file).to_owned();
        let words: RegionWords = match toml::from_str(&text) {
            Ok(words) => words,
            Err(e) => {
                self.problems.toml(file, 0, &e);
                return;
            }
        };
        let at = |key: &str| text.find(key).unwrap_or(0);
        for (code, region) in &words.regions {
            match regions.iter_mut().find(|r| r.code == *code) {
                Some(r) => r.name.clone_from(&region.name),
                None => self.problems.push(
                    file,
                    at(&format!("[regions.{code}]")),
                    format!("there is no region {code} in the region data"),
                    "use a region code from helplines.toml",
                ),
            }
        }
        for (id, words) in &words.lines {
            let line = regions
                .iter_mut()
                .flat_map(|r| r.lines.iter_mut())
                .find(|l| l.id == *id);
            match line {
                Some(line) => {
                    if let Some(name) = &words.name {
                        line.name.clone_from(name);
                    }
                    if let Some(for_whom) = &words.for_whom {
                        line.for_whom.clone_from(for_whom);
                    }
                    if let Some(area) = &words.area {
                        line.area = Some(area.clone());
                    }
                }
                None => self.problems.push(
                    file,
                    at(&format!("[lines.{id}]")),
                    format!("there is no help line `{id}` in the region data"),
                    "use a line's id from helplines.toml",
                ),
            }
        }
        for (id, words) in &words.groups {
            match groups.iter_mut().find(|g| g.id == *id) {
                Some(group) => {
                    for (to, from) in [
                        (&mut group.name, &words.name),
                        (&mut group.what, &words.what),
                        (&mut group.for_whom, &words.for_whom),
                        (&mut group.find, &words.find),
                    ] {
                        if let Some(from) = from {
                            to.clone_from(from);
                        }
                    }
                }
                None => self.problems.push(
                    file,
                    at(&format!("[groups.{id}]")),
                    format!("there is no peer group `{id}` in the region data"),
                    "use a group's id from peer-groups.toml",
                ),
            }
        }
    }

    /// Reads `crisis-model.toml` when the pack has one, checking its shape.
    fn crisis_model(&mut self) -> Option<crate::crisis_model::CrisisModel> {
        let file = self.read(Path::new(CRISIS_MODEL_FILE), false)?;
        let text = self.map.text(file).to_owned();
        let model: crate::crisis_model::CrisisModel = match toml::from_str(&text) {
            Ok(model) => model,
            Err(e) => {
                self.problems.toml(file, 0, &e);
                return None;
            }
        };
        match crate::crisis_model::check_shape(&model) {
            Ok(()) => Some(model),
            Err(message) => {
                self.problems.push(
                    file,
                    0,
                    message,
                    "delete it and write it again with `groundwork pack train-crisis`; never edit it by hand",
                );
                None
            }
        }
    }

    fn manifest(&mut self) -> Option<Manifest> {
        let (file, text) = self.toml_file("pack.toml")?;
        let table = parse_table(&text, file, 0, &mut self.problems)?;
        // `regions` is where this folder's help lines come from, not part of the pack itself.
        let span = table.span();
        let mut table = table.into_inner();
        if let Some(regions) = table.remove(REGIONS_KEY) {
            self.regions_folder(file, regions);
        }
        match deserialize_table::<Manifest>(Spanned::new(span, table)) {
            Ok(m) => Some(m),
            Err(e) => {
                self.problems.toml(file, 0, &e);
                None
            }
        }
    }

    /// Reads a file holding one array of tables, `key`, deserializing each entry on its own so
    /// that every broken entry is reported. Returns the entries that could be read, and whether
    /// any could not.
    fn entries<'t, T>(
        &mut self,
        file: usize,
        table: Spanned<DeTable<'t>>,
        key: &str,
        mut each: impl FnMut(&mut Self, Spanned<DeValue<'t>>) -> Option<T>,
    ) -> (Vec<T>, bool) {
        let span = table.span();
        let mut items = None;
        for (k, v) in table.into_inner() {
            if k.get_ref() == key {
                items = Some(v);
            } else {
                self.problems.push(
                    file,
                    k.span().start,
                    format!("unknown key `{}`", k.get_ref()),
                    format!("this file holds only [[{key}]] tables; remove it"),
                );
            }
        }
        let Some(items) = items else {
            self.problems.push(
                file,
                span.start,
                format!("there are no [[{key}]] tables"),
                "add them; content/README.md shows one".to_owned(),
            );
            return (Vec::new(), true);
        };
        let items_span = items.span();
        let DeValue::Array(array) = items.into_inner() else {
            self.problems.push(
                file,
                items_span.start,
                format!("`{key}` is not a list of tables"),
                format!("write each entry as a [[{key}]] table"),
            );
            return (Vec::new(), true);
        };
        let mut out = Vec::new();
        let mut partial = false;
        for item in array.iter() {
            match each(self, item.clone()) {
                Some(v) => out.push(v),
                None => partial = true,
            }
        }
        (out, partial)
    }

    fn emotions(&mut self) -> Vec<Emotion> {
        let Some((file, text)) = self.toml_file("emotions.toml") else {
            self.known.emotions_partial = true;
            return Vec::new();
        };
        let Some(table) = parse_table(&text, file, 0, &mut self.problems) else {
            self.known.emotions_partial = true;
            return Vec::new();
        };
        let (list, partial) = self.entries(file, table, "emotions", |this, item| {
            let id = str_at(item.get_ref(), "id").map(str::to_owned);
            match deserialize::<Emotion>(item) {
                Ok(mut e) => {
                    if e.word.trim().is_empty() {
                        e.word.clone_from(&e.id);
                    }
                    Some(e)
                }
                Err(err) => {
                    this.problems.toml(file, 0, &err);
                    this.known.emotion_ids.extend(id);
                    None
                }
            }
        });
        self.known.emotions_partial |= partial;
        list
    }

    fn helplines(&mut self) -> Vec<Region> {
        let path = self.region_file("helplines.toml");
        let Some((file, text)) = self.toml_file_at("helplines.toml", &path, true) else {
            self.known.helplines_partial = true;
            return Vec::new();
        };
        let Some(table) = parse_table(&text, file, 0, &mut self.problems) else {
            self.known.helplines_partial = true;
            return Vec::new();
        };
        let (list, partial) = self.entries(file, table, "regions", |this, item| {
            let span = item.span();
            let DeValue::Table(mut region) = item.into_inner() else {
                this.problems.push(
                    file,
                    span.start,
                    "a region is not a table",
                    "write each region as a [[regions]] table",
                );
                return None;
            };
            let lines = region.remove("lines");
            let head: Option<(String, String)> =
                match deserialize_table::<RegionHeadNoLines>(Spanned::new(span.clone(), region)) {
                    Ok(h) => Some((h.code, h.name)),
                    Err(e) => {
                        this.problems.toml(file, 0, &e);
                        None
                    }
                };
            let mut ok = head.is_some();
            let mut out_lines = Vec::new();
            match lines.map(|l| (l.span(), l.into_inner())) {
                Some((_, DeValue::Array(array))) => {
                    for line in array.iter() {
                        match deserialize::<Helpline>(line.clone()) {
                            Ok(l) => out_lines.push(l),
                            Err(e) if e.message().starts_with("unknown field `hours`") => {
                                // The free-text hours of older packs: say what replaced them.
                                this.problems.push(
                                    file,
                                    e.span().map_or(0, |s| s.start),
                                    "unknown key `hours`: a line's hours are now `open` and `time_zone`",
                                    "replace it with, e.g., open = [\"always\"] or open = [\"mon-fri 09:00-17:00\"], and time_zone = \"Australia/Sydney\"; content/README.md shows how",
                                );
                                ok = false;
                            }
                            Err(e) => {
                                this.problems.toml(file, 0, &e);
                                ok = false;
                            }
                        }
                    }
                }
                Some((lspan, _)) => {
                    this.problems.push(
                        file,
                        lspan.start,
                        "`lines` is not a list of tables",
                        "write each line as a [[regions.lines]] table",
                    );
                    ok = false;
                }
                None => {
                    let code = head.as_ref().map_or("the region", |h| h.0.as_str());
                    this.problems.push(
                        file,
                        span.start,
                        format!("{code} has no lines"),
                        "add [[regions.lines]] tables under it, starting with its emergency number",
                    );
                    ok = false;
                }
            }
            let (code, name) = head?;
            ok.then_some(Region {
                code,
                name,
                lines: out_lines,
            })
        });
        self.known.helplines_partial |= partial;
        list
    }

    fn prompts(&mut self) -> Vec<Prompt> {
        let Some((file, text)) = self.toml_file("prompts.toml") else {
            self.known.prompts_partial = true;
            return Vec::new();
        };
        let Some(table) = parse_table(&text, file, 0, &mut self.problems) else {
            self.known.prompts_partial = true;
            return Vec::new();
        };
        let (list, partial) =
            self.entries(file, table, "prompts", |this, item| {
                match deserialize::<Prompt>(item) {
                    Ok(p) => Some(p),
                    Err(e) => {
                        this.problems.toml(file, 0, &e);
                        None
                    }
                }
            });
        self.known.prompts_partial |= partial;
        list
    }

    /// Reads `safety.toml`, each part (and each entry of a list) on its own so that every
    /// broken part is reported. A part that cannot be read is left empty and noted in
    /// `known.safety_unread`, so that the rules do not report echoes of the problem.
    fn safety(&mut self) -> Safety {
        let mut safety = Safety::default();
        let unread = |this: &mut Self| this.known.safety_unread.extend(SAFETY_PARTS);
        let Some((file, text)) = self.toml_file("safety.toml") else {
            unread(self);
            return safety;
        };
        let Some(table) = parse_table(&text, file, 0, &mut self.problems) else {
            unread(self);
            return safety;
        };
        let start = table.span().start;
        let mut seen: Vec<&'static str> = Vec::new();
        for (key, value) in table.into_inner() {
            let Some(&part) = SAFETY_PARTS.iter().find(|p| **p == key.get_ref().as_ref()) else {
                self.problems.push(
                    file,
                    key.span().start,
                    format!("unknown key `{}`", key.get_ref()),
                    format!(
                        "safety.toml holds only: {}; remove it, or correct its spelling",
                        SAFETY_PARTS.join(", ")
                    ),
                );
                continue;
            };
            seen.push(part);
            let read = match part {
                "situations" => self
                    .each::<Situation>(file, value, part)
                    .map(|v| safety.situations = v),
                "risk_questions" => self
                    .one::<RiskQuestions>(file, value)
                    .map(|v| safety.risk_questions = v),
                "home_safety" => self
                    .one::<HomeSafety>(file, value)
                    .map(|v| safety.home_safety = v),
                "dad_mood_check" => self
                    .one::<DadMoodCheck>(file, value)
                    .map(|v| safety.dad_mood_check = v),
                "crisis_answer" => self
                    .one::<CrisisAnswer>(file, value)
                    .map(|v| safety.crisis_answer = v),
                "safety_plan" => self
                    .each::<SafetyPlanStep>(file, value, part)
                    .map(|v| safety.safety_plan = v),
                "pause_safeguards" => self
                    .one::<Vec<String>>(file, value)
                    .map(|v| safety.pause_safeguards = v),
                "grounding" => self
                    .one::<Grounding>(file, value)
                    .map(|v| safety.grounding = Some(v)),
                _ => self
                    .crisis_check(file, value)
                    .map(|v| safety.crisis_check = v),
            };
            if read.is_none() {
                self.known.safety_unread.insert(part);
            }
        }
        for part in SAFETY_PARTS {
            // The grounding exercise is optional.
            if !seen.contains(&part) && part != "grounding" {
                let (message, fix) = match part {
                    "situations" | "safety_plan" => (
                        format!("there are no [[{part}]] tables"),
                        "add them; content/README.md shows one",
                    ),
                    "pause_safeguards" => (
                        "there is no `pause_safeguards` list".to_owned(),
                        "add `pause_safeguards = [...]` at the top of the file, before any [table]",
                    ),
                    _ => (
                        format!("there is no [{part}] table"),
                        "add it; content/README.md shows what goes in it",
                    ),
                };
                self.problems.push(file, start, message, fix);
                self.known.safety_unread.insert(part);
            }
        }
        safety
    }

    /// Deserializes one value, reporting the problem if it cannot be.
    fn one<'t, T: Deserialize<'t>>(
        &mut self,
        file: usize,
        value: Spanned<DeValue<'t>>,
    ) -> Option<T> {
        match deserialize::<T>(value) {
            Ok(v) => Some(v),
            Err(e) => {
                self.problems.toml(file, 0, &e);
                None
            }
        }
    }

    /// Deserializes a list of tables (`[[key]]`) entry by entry, reporting every broken entry;
    /// `None` if any could not be read.
    fn each<'t, T: Deserialize<'t>>(
        &mut self,
        file: usize,
        value: Spanned<DeValue<'t>>,
        key: &str,
    ) -> Option<Vec<T>> {
        let span = value.span();
        let DeValue::Array(array) = value.into_inner() else {
            self.problems.push(
                file,
                span.start,
                format!("`{key}` is not a list of tables"),
                format!("write each entry as a [[{key}]] table"),
            );
            return None;
        };
        let mut out = Vec::new();
        let mut ok = true;
        for item in array.iter() {
            match self.one::<T>(file, item.clone()) {
                Some(v) => out.push(v),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// Reads `[crisis_check]`: its settings, then each `[[crisis_check.classes]]` and
    /// `[[crisis_check.patterns]]` on its own, so every broken table is reported.
    fn crisis_check(&mut self, file: usize, value: Spanned<DeValue<'_>>) -> Option<CrisisCheck> {
        let span = value.span();
        let DeValue::Table(mut table) = value.into_inner() else {
            self.problems.push(
                file,
                span.start,
                "`crisis_check` is not a table",
                "write it as a [crisis_check] table, with [[crisis_check.classes]] and [[crisis_check.patterns]] tables after it",
            );
            return None;
        };
        let classes = table.remove("classes");
        let patterns = table.remove("patterns");
        let head =
            self.one::<CrisisCheckHead>(file, Spanned::new(span.clone(), DeValue::Table(table)));
        for (value, key, what) in [
            (
                classes.is_none(),
                "classes",
                "add the classes of words the patterns use, e.g. people, acts and intents",
            ),
            (
                patterns.is_none(),
                "patterns",
                "add patterns for each situation, starting with self-harm and hurt-someone",
            ),
        ] {
            if value {
                self.problems.push(
                    file,
                    span.start,
                    format!("there are no [[crisis_check.{key}]] tables"),
                    what,
                );
            }
        }
        let classes = classes.and_then(|l| self.each::<WordClass>(file, l, "crisis_check.classes"));
        let patterns =
            patterns.and_then(|l| self.each::<CrisisPattern>(file, l, "crisis_check.patterns"));
        let head = head?;
        Some(CrisisCheck {
            inflection: head.inflection,
            irregular: head.irregular,
            spellings: head.spellings,
            negations: head.negations,
            negation_flips: head.negation_flips,
            negation_window: head.negation_window,
            done_negation_window: head.done_negation_window,
            not_his: head.not_his,
            not_done: head.not_done,
            still_done: head.still_done,
            clause_breaks: head.clause_breaks,
            quiet: head.quiet,
            classes: classes?,
            patterns: patterns?,
            model: None,
        })
    }

    /// Reads every `modules/**/*.md`, in reading order.
    /// Checks `shipped.toml`, when the pack has one: every module id that has shipped must still
    /// be a module, be renamed in `pack.toml`, or be listed as retired, because people's
    /// progress is stored under it.
    fn shipped(&mut self, manifest: Option<&Manifest>, modules: &[(Module, ModuleSource)]) {
        let Some(file) = self.read(Path::new(SHIPPED_FILE), false) else {
            return;
        };
        let text = self.map.text(file).to_owned();
        let Some(table) = parse_table(&text, file, 0, &mut self.problems) else {
            return;
        };
        let mut lists: BTreeMap<&str, Vec<Spanned<String>>> = BTreeMap::new();
        for (key, value) in table.into_inner() {
            let name = key.get_ref().as_ref();
            let Some(list_name) = ["modules", "retired"].into_iter().find(|k| *k == name) else {
                self.problems.push(
                    file,
                    key.span().start,
                    format!("unknown key `{name}`"),
                    "shipped.toml holds only `modules` and `retired`; remove it",
                );
                continue;
            };
            let span = value.span();
            let DeValue::Array(items) = value.into_inner() else {
                self.problems.push(
                    file,
                    span.start,
                    format!("`{list_name}` is not a list"),
                    format!("write it as {list_name} = [\"module-id\", ...]"),
                );
                continue;
            };
            for item in items.iter() {
                match item.get_ref().as_str() {
                    Some(id) => lists
                        .entry(list_name)
                        .or_default()
                        .push(Spanned::new(item.span(), id.to_owned())),
                    None => self.problems.push(
                        file,
                        item.span().start,
                        format!("an entry of `{list_name}` is not a module id"),
                        "write each module id in quotes",
                    ),
                }
            }
        }
        // Modules that exist but could not be read still count as present.
        let current: Vec<&str> = modules
            .iter()
            .map(|(m, _)| m.meta.id.as_str())
            .chain(self.known.module_ids.iter().map(String::as_str))
            .collect();
        let retired: Vec<&str> = lists
            .get("retired")
            .map(|l| l.iter().map(|id| id.get_ref().as_str()).collect())
            .unwrap_or_default();
        for id in lists.get("modules").into_iter().flatten() {
            let name = id.get_ref().as_str();
            let renamed = manifest.is_some_and(|m| m.renamed.contains_key(name));
            if !current.contains(&name) && !renamed && !retired.contains(&name) {
                self.problems.push(
                    file,
                    id.span().start,
                    format!("module `{name}` has shipped, but no module has that id now"),
                    format!(
                        "people's progress is stored under it: give the module its id back, add \"{name}\" = \"new-id\" under [renamed] in pack.toml, or add it to `retired` if it is gone for good"
                    ),
                );
            }
        }
        for id in lists.get("retired").into_iter().flatten() {
            let name = id.get_ref().as_str();
            if current.contains(&name) {
                self.problems.push(
                    file,
                    id.span().start,
                    format!("module `{name}` is listed as retired, but the pack still has it"),
                    "remove it from `retired`",
                );
            }
        }
    }

    fn modules(&mut self, manifest: Option<&Manifest>) -> Vec<(Module, ModuleSource)> {
        let root = self.dir.join("modules");
        let mut paths = Vec::new();
        if let Err(message) = walk(&root, &mut paths) {
            self.problems.file(
                self.display(Path::new("modules")),
                message,
                "put the module files (.md) in a `modules` folder inside the pack",
            );
            return Vec::new();
        }
        paths.sort();
        if paths.len() > MAX_MODULES {
            self.problems.file(
                self.display(Path::new("modules")),
                format!(
                    "there are {} module files, over the limit of {MAX_MODULES}",
                    paths.len()
                ),
                "split the pack",
            );
            return Vec::new();
        }
        let mut out = Vec::new();
        for path in paths {
            let relative = path.strip_prefix(self.dir).unwrap_or(&path).to_path_buf();
            let Some(file) = self.read(&relative, true) else {
                continue;
            };
            let text = self.map.text(file).to_owned();
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let before = self.problems.len();
            let parsed = module::parse(&text, file, &stem, &mut self.problems);
            match parsed {
                Some((m, src)) if self.problems.len() == before => out.push((m, src, relative)),
                Some((m, _)) => {
                    self.known.module_ids.insert(m.meta.id);
                }
                None => {
                    if let Some(id) = module::front_matter_id(&text) {
                        self.known.module_ids.insert(id);
                    }
                }
            }
        }
        order(manifest, out)
    }
}

/// The top-level keys of `safety.toml`.
pub(crate) const SAFETY_PARTS: [&str; 9] = [
    "situations",
    "risk_questions",
    "home_safety",
    "dad_mood_check",
    "crisis_answer",
    "safety_plan",
    "pause_safeguards",
    "crisis_check",
    "grounding",
];

/// `[crisis_check]` without its phrases, which are read one table at a time.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CrisisCheckHead {
    inflection: Inflection,
    #[serde(default)]
    irregular: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    spellings: BTreeMap<String, String>,
    negations: Vec<String>,
    #[serde(default)]
    negation_flips: Vec<String>,
    negation_window: u32,
    done_negation_window: u32,
    #[serde(default)]
    not_his: Vec<String>,
    #[serde(default)]
    not_done: Vec<String>,
    #[serde(default)]
    still_done: Vec<String>,
    #[serde(default)]
    clause_breaks: Vec<String>,
    #[serde(default)]
    quiet: Vec<String>,
}

/// A region without its lines, which are read one by one so that every broken line is reported.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionHeadNoLines {
    code: String,
    name: String,
}

/// Collects every `.md` file under `dir`, skipping hidden files and folders.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read the folder: {e}"))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read the folder: {e}"))?;
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry
            .file_type()
            .map_err(|e| format!("cannot read the folder: {e}"))?;
        if kind.is_dir() {
            walk(&path, out)?;
        } else if kind.is_file() && path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
    Ok(())
}

/// Puts modules in reading order: by phase (as listed in pack.toml), then timed modules by week,
/// then each after its prerequisites, then by file path.
fn order(
    manifest: Option<&Manifest>,
    modules: Vec<(Module, ModuleSource, PathBuf)>,
) -> Vec<(Module, ModuleSource)> {
    let phase_index = |phase: &str| {
        manifest
            .and_then(|m| m.phases.iter().position(|p| p.id == phase))
            .unwrap_or(usize::MAX)
    };
    let timed = |phase: &str| {
        manifest
            .and_then(|m| m.phases.iter().find(|p| p.id == phase))
            .is_some_and(|p| p.kind == PhaseKind::Timed)
    };
    let by_id: BTreeMap<&str, usize> = modules
        .iter()
        .enumerate()
        .map(|(i, (m, _, _))| (m.meta.id.as_str(), i))
        .collect();
    // Depth: the longest chain of prerequisites; cycles (reported elsewhere) count once.
    let mut depth: Vec<Option<usize>> = vec![None; modules.len()];
    fn depth_of(
        i: usize,
        modules: &[(Module, ModuleSource, PathBuf)],
        by_id: &BTreeMap<&str, usize>,
        depth: &mut [Option<usize>],
        visiting: &mut Vec<usize>,
    ) -> usize {
        if let Some(d) = depth[i] {
            return d;
        }
        if visiting.contains(&i) || visiting.len() > MAX_MODULES {
            return 0;
        }
        visiting.push(i);
        let mut d = 0;
        for pre in &modules[i].0.meta.prerequisites {
            if let Some(&p) = by_id.get(pre.as_str()) {
                d = d.max(1 + depth_of(p, modules, by_id, depth, visiting));
            }
        }
        visiting.pop();
        depth[i] = Some(d);
        d
    }
    let keys: Vec<(usize, i32, usize, PathBuf)> = (0..modules.len())
        .map(|i| {
            let meta = &modules[i].0.meta;
            let d = depth_of(i, &modules, &by_id, &mut depth, &mut Vec::new());
            let week = if timed(&meta.phase) {
                meta.week.unwrap_or(i32::MAX)
            } else {
                0
            };
            (phase_index(&meta.phase), week, d, modules[i].2.clone())
        })
        .collect();
    let mut indexed: Vec<(usize, (Module, ModuleSource, PathBuf))> =
        modules.into_iter().enumerate().collect();
    indexed.sort_by(|(a, _), (b, _)| keys[*a].cmp(&keys[*b]));
    indexed.into_iter().map(|(_, (m, s, _))| (m, s)).collect()
}
