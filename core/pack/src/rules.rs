//! The model rules: what a pack must satisfy, checked on the parsed [`Pack`] alone.
//!
//! These rules run both on a pack read from source files and on a pack decoded from a bundle
//! (which has no source files), so they locate problems logically (module id, step number, key
//! path) and leave turning that into `file:line:col` to the caller.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::diagnostic::{Location, ModuleAt, Problem, Seg, keys};
use crate::hours::{OpenHours, parse_time_zone};
use crate::model::{
    Block, CRISIS_ANSWER_PARTS, CRISIS_ANSWER_SITUATIONS, CrisisCheck, DAD_MOOD_ANSWERS, Exercise,
    HelpSituation, Helpline, HelplineKind, LinkTarget, Module, PROMPT_THEMES, Pack, PeerGroup,
    PhaseKind, SAFETY_PLAN_STEPS, Safety, Span, TrackTiming,
};

/// The fewest steps a module may have.
pub const MIN_STEPS: usize = 3;
/// The most steps a module may have.
pub const MAX_STEPS: usize = 7;
/// The most words of text (not counting the exercise) a step may have.
pub const MAX_STEP_WORDS: usize = 120;
/// The shortest a module may say it takes, in minutes.
pub const MIN_MINUTES: u32 = 5;
/// The longest a module may say it takes, in minutes.
pub const MAX_MINUTES: u32 = 10;
/// The fewest emotion words a pack must have.
pub const MIN_EMOTIONS: usize = 100;
/// The earliest week a timed module may have (40 weeks before the due date).
pub const MIN_WEEK: i32 = -40;
/// The latest week a timed module may have (two years after birth).
pub const MAX_WEEK: i32 = 104;
/// The words that switch on the safety rule when they are among a module's topics.
pub const SAFETY_TOPICS: [&str; 2] = ["anger", "conflict"];
/// The front matter key naming the sentence in which a module about anger or conflict says
/// plainly that he is responsible for what he does.
pub const ACCOUNTABILITY_KEY: &str = "accountability";
/// How many safeguards the pause plan shows: the five about the pause itself (agreed, announced,
/// time-limited, used to calm down, come back), and up to four more that keep everyone safe.
pub const PAUSE_SAFEGUARDS: std::ops::RangeInclusive<usize> = 5..=9;
/// How many steps a grounding exercise has.
pub const GROUNDING_STEPS: std::ops::RangeInclusive<usize> = 3..=8;
/// How long a grounding step lasts, in seconds.
pub const GROUNDING_STEP_SECONDS: std::ops::RangeInclusive<u32> = 5..=60;
/// The situations whose help starts with what he can do this minute (`first_steps`).
pub const FIRST_STEPS_REQUIRED: [HelpSituation; 1] = [HelpSituation::HurtSomeone];
/// The most first steps a situation may list.
pub const MAX_FIRST_STEPS: usize = 8;
/// The fewest examples a safety plan step may have.
pub const MIN_PLAN_EXAMPLES: usize = 2;
/// The most examples a safety plan step may have.
pub const MAX_PLAN_EXAMPLES: usize = 5;
/// The smallest and largest negation window before a wish or intent, in words.
pub const NEGATION_WINDOW: std::ops::RangeInclusive<u32> = 1..=6;
/// The smallest and largest negation window before something done, in words.
pub const DONE_NEGATION_WINDOW: std::ops::RangeInclusive<u32> = 1..=3;
/// The largest gap a crisis pattern may allow between two of its parts, in words.
pub const MAX_PATTERN_GAP: u32 = 4;
/// The most words a class entry, a negation or a saying may have.
pub const MAX_PHRASE_WORDS: usize = 8;
/// The fewest lines a crisis pattern must show it catches.
pub const MIN_PATTERN_CATCHES: usize = 2;
/// The fewest crisis patterns for each situation that needs them; other situations need none.
pub const MIN_CRISIS_PATTERNS: [(HelpSituation, usize); 3] = [
    (HelpSituation::SelfHarm, 5),
    (HelpSituation::HurtSomeone, 5),
    (HelpSituation::BeingHurt, 1),
];

/// What is known beyond the pack when some source files could not be read: the checks then
/// avoid reporting problems that are only echoes of the ones already reported.
#[derive(Debug, Default)]
pub(crate) struct Known {
    /// Ids of modules that exist but could not be read.
    pub module_ids: HashSet<String>,
    /// Ids of emotions that exist but could not be read.
    pub emotion_ids: HashSet<String>,
    /// Some emotions could not be read: skip the count.
    pub emotions_partial: bool,
    /// Some help lines or regions could not be read: skip the required regions.
    pub helplines_partial: bool,
    /// Some prompts could not be read.
    pub prompts_partial: bool,
    /// The parts of `safety.toml` (its top-level keys) that could not be read: their rules are
    /// skipped.
    pub safety_unread: BTreeSet<&'static str>,
    /// Today's date, `YYYY-MM-DD`, when the pack is checked while it is written: a
    /// `verified_on` after it is reported. `None` for a bundle (a phone's clock may be wrong).
    pub today: Option<String>,
}

/// Whether `id` is lowercase letters, digits and single dashes, 1 to 64 characters.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// Whether `date` is a real calendar date written `YYYY-MM-DD`.
pub fn is_valid_date(date: &str) -> bool {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = date.get(r)?;
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2999).contains(&y) && (1..=days).contains(&d)
}

/// Counts the words of a step's text (not its title or exercise).
pub fn step_words(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| {
            b.plain_text()
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        })
        .sum()
}

const ID_FIX: &str = "use lowercase letters, digits and single dashes, e.g. `naming-what-you-feel`";

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// Checks every model rule and returns every problem found.
pub(crate) fn check(pack: &Pack, known: &Known) -> Vec<Problem> {
    let mut out = Vec::new();
    check_manifest(pack, &mut out);
    check_paths(pack, known, &mut out);
    check_modules(pack, known, &mut out);
    check_emotions(pack, known, &mut out);
    check_helplines(pack, known, &mut out);
    check_prompts(pack, &mut out);
    check_peer_groups(pack, known, &mut out);
    check_safety_toml(pack, known, &mut out);
    check_characters(pack, &mut out);
    check_code_tags(pack, &mut out);
    out
}

/// Every rule for an add-on pack (`extends` in its manifest), checked against `base`, the pack
/// it extends: its manifest, modules, prompts and characters by the rules any pack keeps, read
/// with its base's tracks, emotion words, safety section and modules (a prerequisite may be a
/// base module); then what an add-on may not do: name another base, carry emotion words, help
/// lines, groups or a safety section of its own, declare tracks, start-here paths or what opens
/// the partner phases, or reuse an id of its base (a phase, a module, a renamed module, a prompt,
/// a recommendation code tag).
pub(crate) fn check_addon(addon: &Pack, base: &Pack, known: &Known) -> Vec<Problem> {
    let mut out = Vec::new();
    let m = &addon.manifest;
    match &m.extends {
        Some(id) if *id == base.manifest.id => {}
        Some(id) => out.push(Problem::new(
            Location::Manifest(keys!["extends"]),
            format!(
                "this add-on extends `{id}`, but is checked with `{}`",
                base.manifest.id
            ),
            "name the id of the pack it adds to, e.g. \"core-en\"",
        )),
        None => out.push(Problem::new(
            Location::Manifest(keys![]),
            "this pack names no base, so it is not an add-on",
            "add `extends = \"core-en\"` (the id of the pack it adds to) to pack.toml",
        )),
    }
    let language = |locale: &str| {
        locale
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    if language(&m.locale) != language(&base.manifest.locale) {
        out.push(Problem::new(
            Location::Manifest(keys!["locale"]),
            format!(
                "this add-on is written in `{}` and the pack it extends in `{}`: its modules would show in another language than everything around them",
                m.locale, base.manifest.locale
            ),
            "write the add-on in its base's language, or extend the pack in its own language",
        ));
    }
    for (own, key, what) in [
        (!m.tracks.is_empty(), "tracks", "tracks"),
        (!m.paths.is_empty(), "paths", "\"start here\" paths"),
        (
            !m.unlock.we_requires.is_empty(),
            "unlock",
            "what opens the partner phases",
        ),
    ] {
        if own {
            out.push(Problem::new(
                Location::Manifest(keys![key]),
                format!("an add-on cannot declare {what}: it uses its base's"),
                format!("remove `{key}` from pack.toml; its modules name the base's tracks"),
            ));
        }
    }
    for (own, what) in [
        (!addon.emotions.is_empty(), "emotion words"),
        (!addon.helplines.is_empty(), "help lines"),
        (!addon.peer_groups.is_empty(), "groups where men meet"),
        (addon.safety != Safety::default(), "a safety section"),
    ] {
        if own {
            out.push(Problem::new(
                Location::Manifest(keys![]),
                format!("an add-on cannot carry {what} of its own: it uses its base's"),
                "remove them from the add-on",
            ));
        }
    }
    for (i, phase) in m.phases.iter().enumerate() {
        if base.phase(&phase.id).is_some() {
            out.push(Problem::new(
                Location::Manifest(keys!["phases", i, "id"]),
                format!("the phase id `{}` is the base pack's", phase.id),
                "give the add-on's phase an id of its own, e.g. with its name in front",
            ));
        }
    }
    let base_ids: HashSet<&str> = base
        .modules
        .iter()
        .map(|module| module.meta.id.as_str())
        .chain(base.manifest.renamed.keys().map(String::as_str))
        .collect();
    for (index, module) in addon.modules.iter().enumerate() {
        if base_ids.contains(module.meta.id.as_str()) {
            out.push(Problem::new(
                Location::Module {
                    index,
                    at: ModuleAt::Meta(keys!["id"]),
                },
                format!("the module id `{}` is the base pack's", module.meta.id),
                "give the module an id of its own (its file is named after it)",
            ));
        } else if base.phase(&module.meta.phase).is_some() {
            out.push(Problem::new(
                Location::Module {
                    index,
                    at: ModuleAt::Meta(keys!["phase"]),
                },
                format!(
                    "the module `{}` is in the base pack's phase `{}`",
                    module.meta.id, module.meta.phase
                ),
                "put it in one of the add-on's own phases",
            ));
        }
    }
    for old in m.renamed.keys() {
        if base_ids.contains(old.as_str()) {
            out.push(Problem::new(
                Location::Manifest(keys!["renamed", old]),
                format!("`{old}` is the base pack's module id"),
                "rename only the add-on's own modules",
            ));
        }
    }
    for (i, prompt) in addon.prompts.iter().enumerate() {
        if base.prompts.iter().any(|p| p.id == prompt.id) {
            out.push(Problem::new(
                Location::Prompts(keys!["prompts", i, "id"]),
                format!("the prompt id `{}` is the base pack's", prompt.id),
                "give the prompt an id of its own",
            ));
        }
    }

    // The rules every pack keeps, on the add-on as the app will use it: its own parts, with its
    // base's tracks, words and safety section around them.
    let mut view = Pack {
        manifest: m.clone(),
        modules: addon.modules.clone(),
        emotions: base.emotions.clone(),
        helplines: Vec::new(),
        peer_groups: Vec::new(),
        prompts: addon.prompts.clone(),
        safety: base.safety.clone(),
    };
    view.manifest.tracks = base.manifest.tracks.clone();
    view.manifest.unlock = base.manifest.unlock.clone();
    view.manifest.paths = Vec::new();
    // Only the modules it could not read carry over: an add-on has no emotion words of its own,
    // and its base's are all known.
    let mut known = Known {
        module_ids: known.module_ids.clone(),
        ..Known::default()
    };
    known
        .module_ids
        .extend(base_ids.iter().map(|id| (*id).to_owned()));
    check_manifest(&view, &mut out);
    check_modules(&view, &known, &mut out);
    if !addon.prompts.is_empty() {
        check_prompts(&view, &mut out);
    }
    check_characters(addon, &mut out);
    // A counsellor's code names modules by tag: the add-on's and its base's must differ.
    let mut together = base.manifest.clone();
    together.renamed.extend(m.renamed.clone());
    let tags = Pack {
        manifest: together,
        modules: base.modules.iter().chain(&addon.modules).cloned().collect(),
        emotions: Vec::new(),
        helplines: Vec::new(),
        peer_groups: Vec::new(),
        prompts: Vec::new(),
        safety: Safety::default(),
    };
    for (tag, ids) in crate::code_tag::collisions(&tags) {
        for id in &ids {
            if let Some(index) = addon
                .modules
                .iter()
                .position(|module| &module.meta.id == id)
            {
                out.push(Problem::new(
                    Location::Module {
                        index,
                        at: ModuleAt::Meta(keys!["id"]),
                    },
                    format!(
                        "`{id}` has the same recommendation code tag ({tag}) as another module of the add-on or its base, so a counsellor's code could not tell them apart"
                    ),
                    "give this module another id",
                ));
            }
        }
    }
    out
}

/// Two modules (or a module and an old id of another) with the same recommendation code tag
/// could not be told apart in a counsellor's code.
fn check_code_tags(pack: &Pack, out: &mut Vec<Problem>) {
    for (tag, ids) in crate::code_tag::collisions(pack) {
        let first = &ids[0];
        for id in &ids[1..] {
            let at = match pack.modules.iter().position(|m| &m.meta.id == id) {
                Some(index) => Location::Module {
                    index,
                    at: ModuleAt::Meta(keys!["id"]),
                },
                None => Location::Manifest(keys!["renamed", id]),
            };
            out.push(Problem::new(
                at,
                format!(
                    "`{id}` has the same recommendation code tag ({tag}) as `{first}`, so a counsellor's code could not tell them apart"
                ),
                "give this module another id (one that has shipped is renamed under [renamed])",
            ));
        }
    }
}

/// Whether `c` may not appear in pack text: a control character (ESC, BEL, backspace, ...; a
/// line break or tab is fine) or an invisible character that reorders text (U+202E and the other
/// bidirectional overrides, embeddings and isolates). Either can hide or change what a screen or
/// terminal shows, such as a help line's number.
pub fn is_refused_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t' && c != '\r')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// The first refused character in `text`: a control or reordering character, or a carriage
/// return that does not end a line.
fn refused_char(text: &str) -> Option<char> {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if is_refused_char(c) || (c == '\r' && chars.peek() != Some(&'\n')) {
            return Some(c);
        }
    }
    None
}

/// A part of the pack read from one file: where its problems are, the key its list sits under
/// in that file, and its text as a value.
type Part = (
    fn(Vec<Seg>) -> Location,
    Option<&'static str>,
    serde_json::Result<serde_json::Value>,
);

/// Every text field of the pack, whatever its file, checked for [`is_refused_char`].
fn check_characters(pack: &Pack, out: &mut Vec<Problem>) {
    let mut found = |at: Location, c: char| {
        out.push(Problem::new(
            at,
            format!(
                "the text holds an invisible control or reordering character (U+{:04X})",
                u32::from(c)
            ),
            "remove it: such characters can hide or change what the app and the terminal show, such as a help line's number",
        ));
    };
    // Each file's lists sit under a key of their own there (`[[regions]]`, ...).
    let parts: [Part; 6] = [
        (
            Location::Manifest,
            None,
            serde_json::to_value(&pack.manifest),
        ),
        (
            Location::Emotions,
            Some("emotions"),
            serde_json::to_value(&pack.emotions),
        ),
        (
            Location::Helplines,
            Some("regions"),
            serde_json::to_value(&pack.helplines),
        ),
        (
            Location::Prompts,
            Some("prompts"),
            serde_json::to_value(&pack.prompts),
        ),
        (
            Location::PeerGroups,
            Some("groups"),
            serde_json::to_value(&pack.peer_groups),
        ),
        (Location::Safety, None, serde_json::to_value(&pack.safety)),
    ];
    for (at, root, value) in parts {
        if let Ok(value) = value {
            let mut path: Vec<Seg> = root.map(Seg::from).into_iter().collect();
            walk_strings(&value, &mut path, &mut |path, c| found(at(path), c));
        }
    }
    for (index, module) in pack.modules.iter().enumerate() {
        if let Ok(value) = serde_json::to_value(module) {
            walk_strings(&value, &mut Vec::new(), &mut |_, c| {
                found(
                    Location::Module {
                        index,
                        at: ModuleAt::Whole,
                    },
                    c,
                );
            });
        }
    }
}

/// Calls `found` with the path and the character for each string (key or value) in `value`
/// holding a refused character. Each value is visited once, so the walk is linear in the size of
/// the pack; its depth is the model's, which the Markdown reader bounds (`MAX_NESTING`).
fn walk_strings(
    value: &serde_json::Value,
    path: &mut Vec<Seg>,
    found: &mut dyn FnMut(Vec<Seg>, char),
) {
    match value {
        serde_json::Value::String(text) => {
            if let Some(c) = refused_char(text) {
                found(path.clone(), c);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                walk_strings(item, path, found);
                path.pop();
            }
        }
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                if let Some(c) = refused_char(key) {
                    found(path.clone(), c);
                }
                path.push(Seg::Key(key.clone()));
                walk_strings(item, path, found);
                path.pop();
            }
        }
        _ => {}
    }
}

fn check_manifest(pack: &Pack, out: &mut Vec<Problem>) {
    let m = &pack.manifest;
    let at = |p: Vec<Seg>| Location::Manifest(p);
    if !is_valid_id(&m.id) {
        out.push(Problem::new(
            at(keys!["id"]),
            format!("the pack id `{}` is not a valid id", m.id),
            ID_FIX,
        ));
    }
    for (key, value) in [
        ("version", &m.version),
        ("min_core_version", &m.min_core_version),
    ] {
        if semver::Version::parse(value).is_err() {
            out.push(Problem::new(
                at(keys![key]),
                format!("`{value}` is not a semantic version"),
                "write three numbers, e.g. \"1.0.0\"",
            ));
        }
    }
    for (key, value) in [("title", &m.title), ("licence", &m.licence)] {
        if blank(value) {
            out.push(Problem::new(
                at(keys![key]),
                format!("`{key}` is empty"),
                format!("write the pack's {key}"),
            ));
        }
    }
    if !is_valid_locale(&m.locale) {
        out.push(Problem::new(
            at(keys!["locale"]),
            format!("`{}` is not a language code", m.locale),
            "use a code like \"en\" or \"en-AU\"",
        ));
    }
    if m.authors.is_empty() || m.authors.iter().any(|a| blank(a)) {
        out.push(Problem::new(
            at(keys!["authors"]),
            "the pack names no authors, or an empty one",
            "list who wrote the pack, e.g. [\"Groundwork content team\"]",
        ));
    }
    if m.phases.is_empty() {
        out.push(Problem::new(
            at(keys![]),
            "the pack has no phases",
            "add at least one [[phases]] table",
        ));
    }
    let mut seen = HashSet::new();
    for (i, phase) in m.phases.iter().enumerate() {
        if !is_valid_id(&phase.id) {
            out.push(Problem::new(
                at(keys!["phases", i, "id"]),
                format!("the phase id `{}` is not a valid id", phase.id),
                ID_FIX,
            ));
        } else if !seen.insert(phase.id.as_str()) {
            out.push(Problem::new(
                at(keys!["phases", i, "id"]),
                format!("the phase id `{}` is used twice", phase.id),
                "give each phase its own id",
            ));
        }
        for (key, value) in [("title", &phase.title), ("summary", &phase.summary)] {
            if blank(value) {
                out.push(Problem::new(
                    at(keys!["phases", i, key]),
                    format!("the phase `{}` has an empty {key}", phase.id),
                    format!("write the phase's {key}"),
                ));
            }
        }
    }
    if m.tracks.is_empty() {
        out.push(Problem::new(
            at(keys![]),
            "the pack has no tracks",
            "add at least one [[tracks]] table",
        ));
    }
    let mut seen = HashSet::new();
    for (i, track) in m.tracks.iter().enumerate() {
        if !is_valid_id(&track.id) {
            out.push(Problem::new(
                at(keys!["tracks", i, "id"]),
                format!("the track id `{}` is not a valid id", track.id),
                ID_FIX,
            ));
        } else if !seen.insert(track.id.as_str()) {
            out.push(Problem::new(
                at(keys!["tracks", i, "id"]),
                format!("the track id `{}` is used twice", track.id),
                "give each track its own id",
            ));
        }
        for (key, value) in [("title", &track.title), ("summary", &track.summary)] {
            if blank(value) {
                out.push(Problem::new(
                    at(keys!["tracks", i, key]),
                    format!("the track `{}` has an empty {key}", track.id),
                    format!("write the track's {key}"),
                ));
            }
        }
    }
}

fn is_valid_locale(locale: &str) -> bool {
    let mut parts = locale.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()));
    lang_ok
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn phase_kind(pack: &Pack, module: &Module) -> Option<PhaseKind> {
    pack.phase(&module.meta.phase).map(|p| p.kind)
}

fn check_modules(pack: &Pack, known: &Known, out: &mut Vec<Problem>) {
    let ids: HashMap<&str, usize> = {
        let mut ids = HashMap::new();
        for (i, module) in pack.modules.iter().enumerate() {
            ids.entry(module.meta.id.as_str()).or_insert(i);
        }
        ids
    };
    let exists = |id: &str| ids.contains_key(id) || known.module_ids.contains(id);
    let emotion_ids: HashSet<&str> = pack
        .emotions
        .iter()
        .map(|e| e.id.as_str())
        .chain(known.emotion_ids.iter().map(String::as_str))
        .collect();

    for (index, module) in pack.modules.iter().enumerate() {
        let at = |a: ModuleAt| Location::Module { index, at: a };
        let meta = &module.meta;
        if !is_valid_id(&meta.id) {
            out.push(Problem::new(
                at(ModuleAt::Meta(keys!["id"])),
                format!("the module id `{}` is not a valid id", meta.id),
                ID_FIX,
            ));
        } else if ids.get(meta.id.as_str()) != Some(&index) {
            out.push(Problem::new(
                at(ModuleAt::Meta(keys!["id"])),
                format!(
                    "the module id `{}` is already used by another module",
                    meta.id
                ),
                "give each module its own id; ids never change once shipped, so rename the new one",
            ));
        }
        for (key, value) in [("title", &meta.title), ("summary", &meta.summary)] {
            if blank(value) {
                out.push(Problem::new(
                    at(ModuleAt::Meta(keys![key])),
                    format!("the module's {key} is empty"),
                    format!("write a {key}"),
                ));
            }
        }
        let phase = pack.phase(&meta.phase);
        if phase.is_none() {
            out.push(Problem::new(
                at(ModuleAt::Meta(keys!["phase"])),
                format!("there is no phase `{}` in pack.toml", meta.phase),
                format!(
                    "use one of: {}",
                    list(pack.manifest.phases.iter().map(|p| &p.id))
                ),
            ));
        }
        if meta.tracks.is_empty() {
            out.push(Problem::new(
                at(ModuleAt::Meta(keys!["tracks"])),
                "the module is on no track",
                format!(
                    "name at least one track: {}",
                    list(pack.manifest.tracks.iter().map(|t| &t.id))
                ),
            ));
        }
        for (i, track) in meta.tracks.iter().enumerate() {
            if !pack.manifest.tracks.iter().any(|t| &t.id == track) {
                out.push(Problem::new(
                    at(ModuleAt::Meta(keys!["tracks", i])),
                    format!("there is no track `{track}` in pack.toml"),
                    format!(
                        "use one of: {}",
                        list(pack.manifest.tracks.iter().map(|t| &t.id))
                    ),
                ));
            }
        }
        let mut seen = HashSet::new();
        for (i, pre) in meta.prerequisites.iter().enumerate() {
            let here = at(ModuleAt::Meta(keys!["prerequisites", i]));
            if pre == &meta.id {
                out.push(Problem::new(
                    here,
                    "the module lists itself as a prerequisite",
                    "remove it from `prerequisites`",
                ));
            } else if !exists(pre) {
                out.push(Problem::new(
                    here,
                    format!("the prerequisite `{pre}` is not a module in this pack"),
                    "use the id of an existing module, or remove it",
                ));
            } else if !seen.insert(pre.as_str()) {
                out.push(Problem::new(
                    here,
                    format!("the prerequisite `{pre}` is listed twice"),
                    "list it once",
                ));
            }
        }
        if !(MIN_MINUTES..=MAX_MINUTES).contains(&meta.minutes) {
            out.push(Problem::new(
                at(ModuleAt::Meta(keys!["minutes"])),
                format!(
                    "the module says it takes {} minutes, outside {MIN_MINUTES} to {MAX_MINUTES}",
                    meta.minutes
                ),
                format!(
                    "make it take {MIN_MINUTES} to {MAX_MINUTES} minutes; split a longer module in two"
                ),
            ));
        }
        if meta.sources.is_empty() || meta.sources.iter().any(|s| blank(s)) {
            out.push(Problem::new(
                at(ModuleAt::Meta(keys!["sources"])),
                "the module cites no source, or an empty one",
                "cite what it rests on: a seed file by name or a research note, e.g. \"research/evidence.md#exercise-types-by-phase-with-their-evidence: Emotions\"",
            ));
        }
        for (i, topic) in meta.topics.iter().enumerate() {
            if blank(topic) {
                out.push(Problem::new(
                    at(ModuleAt::Meta(keys!["topics", i])),
                    "a topic is empty",
                    "remove it",
                ));
            }
        }
        match (phase.map(|p| p.kind), meta.week) {
            (Some(PhaseKind::Timed), None) => out.push(Problem::new(
                at(ModuleAt::Meta(keys!["phase"])),
                format!(
                    "the module is in the timed phase `{}` but has no `week`",
                    meta.phase
                ),
                "add `week = N`: weeks from the baby's birth, negative before the due date",
            )),
            (Some(PhaseKind::Timed), Some(week)) if !(MIN_WEEK..=MAX_WEEK).contains(&week) => {
                out.push(Problem::new(
                    at(ModuleAt::Meta(keys!["week"])),
                    format!("week {week} is outside {MIN_WEEK} to {MAX_WEEK}"),
                    "use weeks from the baby's birth: -40 (start of pregnancy) to 104 (age two)",
                ));
            }
            (Some(PhaseKind::Me | PhaseKind::We), Some(_)) => out.push(Problem::new(
                at(ModuleAt::Meta(keys!["week"])),
                format!(
                    "only modules in a timed phase have a `week`; `{}` is not timed",
                    meta.phase
                ),
                "remove `week`, or move the module to a timed phase",
            )),
            _ => {}
        }
        if phase.is_some_and(|p| p.kind == PhaseKind::Timed)
            && !meta.tracks.iter().any(|t| {
                pack.manifest
                    .tracks
                    .iter()
                    .any(|tr| &tr.id == t && tr.timing == TrackTiming::BabyDate)
            })
        {
            out.push(Problem::new(
                at(ModuleAt::Meta(keys!["tracks"])),
                "a module in a timed phase must be on a track timed by the baby's date",
                "add a track whose `timing` is \"baby-date\"",
            ));
        }
        check_steps(index, module, &emotion_ids, out);
        check_safety(index, module, out);
    }
    check_graph(pack, known, out);
    check_unlock(pack, known, &ids, out);
}

fn list<'a>(items: impl Iterator<Item = &'a String>) -> String {
    let v: Vec<String> = items.map(|s| format!("`{s}`")).collect();
    if v.is_empty() {
        "(none defined)".to_owned()
    } else {
        v.join(", ")
    }
}

fn check_steps(index: usize, module: &Module, emotion_ids: &HashSet<&str>, out: &mut Vec<Problem>) {
    let at = |a: ModuleAt| Location::Module { index, at: a };
    let steps = &module.steps;
    if !(MIN_STEPS..=MAX_STEPS).contains(&steps.len()) {
        out.push(Problem::new(
            at(ModuleAt::Whole),
            format!(
                "the module has {} steps, outside {MIN_STEPS} to {MAX_STEPS}",
                steps.len()
            ),
            if steps.len() < MIN_STEPS {
                "add steps (each starts with a `## Title` line), or merge this module into another"
            } else {
                "merge steps, or split the module in two"
            },
        ));
    }
    let mut exercise_ids = HashSet::new();
    // Whether any step has an exercise besides the commitment.
    let mut has_other = false;
    for (s, step) in steps.iter().enumerate() {
        if blank(&step.title) {
            out.push(Problem::new(
                at(ModuleAt::StepTitle(s)),
                format!("step {} has no title", s + 1),
                "write a title after `## `",
            ));
        }
        if step.blocks.is_empty() && step.exercise.is_none() {
            out.push(Problem::new(
                at(ModuleAt::StepTitle(s)),
                format!("step {} is empty", s + 1),
                "write some text or add an exercise, or remove the step",
            ));
        }
        let words = step_words(&step.blocks);
        if words > MAX_STEP_WORDS {
            out.push(Problem::new(
                at(ModuleAt::StepTitle(s)),
                format!(
                    "step {} has {words} words of text, over the limit of {MAX_STEP_WORDS}",
                    s + 1
                ),
                "cut it down, or split it into two steps",
            ));
        }
        check_blocks(index, s, &step.blocks, out);
        let Some(exercise) = &step.exercise else {
            continue;
        };
        let ex = |p: Vec<Seg>| at(ModuleAt::Exercise { step: s, path: p });
        if !is_valid_id(exercise.id()) {
            out.push(Problem::new(
                ex(keys!["id"]),
                format!("the exercise id `{}` is not a valid id", exercise.id()),
                ID_FIX,
            ));
        } else if !exercise_ids.insert(exercise.id()) {
            out.push(Problem::new(
                ex(keys!["id"]),
                format!(
                    "the exercise id `{}` is used twice in this module",
                    exercise.id()
                ),
                "give each exercise in a module its own id",
            ));
        }
        match exercise {
            Exercise::Commitment(_) if s + 1 != steps.len() => out.push(Problem::new(
                ex(keys![]),
                "a commitment is only allowed in the last step",
                "use another kind of exercise here, or move the commitment to the last step",
            )),
            Exercise::Commitment(_) => {}
            _ => has_other = true,
        }
        check_exercise(exercise, emotion_ids, &ex, out);
    }
    if let Some(last) = steps.last()
        && !matches!(last.exercise, Some(Exercise::Commitment(_)))
    {
        out.push(Problem::new(
            at(ModuleAt::StepTitle(steps.len() - 1)),
            "the module does not end with a commitment: an action for the week",
            "end the last step with a ```commitment block",
        ));
    }
    if !has_other && !steps.is_empty() {
        out.push(Problem::new(
            at(ModuleAt::Whole),
            "the module has no exercise besides its commitment",
            "give the person something to do: add a reflection, scale, choice, checklist, plan, ... in a step",
        ));
    }
}

fn check_blocks(index: usize, step: usize, blocks: &[Block], out: &mut Vec<Problem>) {
    let at = Location::Module {
        index,
        at: ModuleAt::StepTitle(step),
    };
    for block in blocks {
        let runs = block.runs();
        if runs.is_empty() || runs.iter().any(|r| r.is_empty()) {
            out.push(Problem::new(
                at.clone(),
                format!(
                    "step {} has an empty paragraph, list item or quote",
                    step + 1
                ),
                "remove it or write its text",
            ));
        }
        for span in runs.into_iter().flatten() {
            if let Span::Link {
                target: LinkTarget::Web { url },
                ..
            } = span
                && !url.starts_with("https://")
            {
                out.push(Problem::new(
                    at.clone(),
                    format!(
                        "the link `{url}` in step {} is not an https:// address",
                        step + 1
                    ),
                    "link to https:// addresses or help: only",
                ));
            }
        }
    }
}

fn check_exercise(
    exercise: &Exercise,
    emotion_ids: &HashSet<&str>,
    ex: &dyn Fn(Vec<Seg>) -> Location,
    out: &mut Vec<Problem>,
) {
    let mut text = |key: &str, value: &str| {
        if blank(value) {
            out.push(Problem::new(
                ex(keys![key]),
                format!("`{key}` is empty"),
                format!("write the {key}"),
            ));
        }
    };
    match exercise {
        Exercise::Reflection(e) => {
            text("prompt", &e.prompt);
            if let Some(hint) = &e.hint {
                text("hint", hint);
            }
        }
        Exercise::Scale(e) => {
            text("prompt", &e.prompt);
            text("min_label", &e.min_label);
            text("max_label", &e.max_label);
            if e.max > 10 || e.min >= e.max {
                out.push(Problem::new(
                    ex(keys!["max"]),
                    format!("the scale runs from {} to {}", e.min, e.max),
                    "use `min` below `max`, both from 0 to 10",
                ));
            }
        }
        Exercise::Choice(e) => {
            text("prompt", &e.prompt);
            strings(ex, "options", &e.options, 2, 6, out);
        }
        Exercise::MultiChoice(e) => {
            text("prompt", &e.prompt);
            strings(ex, "options", &e.options, 2, 8, out);
            if let Some(max) = e.max
                && (max == 0 || max as usize > e.options.len())
            {
                out.push(Problem::new(
                    ex(keys!["max"]),
                    format!("`max` is {max}, but there are {} options", e.options.len()),
                    "use 1 up to the number of options, or remove `max` for no limit",
                ));
            }
        }
        Exercise::Emotions(e) => {
            text("prompt", &e.prompt);
            if let Some(max) = e.max
                && !(1..=3).contains(&max)
            {
                out.push(Problem::new(
                    ex(keys!["max"]),
                    format!("`max` is {max}, outside 1 to 3"),
                    "a check-in holds at most three words: use 1, 2 or 3",
                ));
            }
            if let Some(words) = &e.words {
                if words.is_empty() {
                    out.push(Problem::new(
                        ex(keys!["words"]),
                        "`words` is empty",
                        "list emotion ids from emotions.toml, or remove `words` to offer them all",
                    ));
                }
                let mut seen = HashSet::new();
                for (i, word) in words.iter().enumerate() {
                    if !emotion_ids.contains(word.as_str()) {
                        out.push(Problem::new(
                            ex(keys!["words", i]),
                            format!("`{word}` is not an emotion in emotions.toml"),
                            "use an id from emotions.toml, or add the word there",
                        ));
                    } else if !seen.insert(word.as_str()) {
                        out.push(Problem::new(
                            ex(keys!["words", i]),
                            format!("`{word}` is listed twice"),
                            "list it once",
                        ));
                    }
                }
            }
        }
        Exercise::Checklist(e) => {
            text("prompt", &e.prompt);
            strings(ex, "items", &e.items, 1, 8, out);
        }
        Exercise::Breathing(e) => {
            if let Some(prompt) = &e.prompt {
                text("prompt", prompt);
            }
            let hold_after = e.hold_after.unwrap_or(0);
            for (key, value, min) in [
                ("inhale", e.inhale, 1),
                ("hold", e.hold, 0),
                ("exhale", e.exhale, 1),
                ("hold_after", hold_after, 0),
            ] {
                if !(min..=10).contains(&value) {
                    out.push(Problem::new(
                        ex(keys![key]),
                        format!("`{key}` is {value} seconds, outside {min} to 10"),
                        format!("use {min} to 10 seconds"),
                    ));
                }
            }
            if !(1..=20).contains(&e.cycles) {
                out.push(Problem::new(
                    ex(keys!["cycles"]),
                    format!("`cycles` is {}, outside 1 to 20", e.cycles),
                    "use 1 to 20 breaths",
                ));
            }
        }
        Exercise::BodyScan(e) => {
            if let Some(prompt) = &e.prompt {
                text("prompt", prompt);
            }
            strings(ex, "regions", &e.regions, 2, 10, out);
            if !(5..=60).contains(&e.seconds_per_region) {
                out.push(Problem::new(
                    ex(keys!["seconds_per_region"]),
                    format!(
                        "`seconds_per_region` is {}, outside 5 to 60",
                        e.seconds_per_region
                    ),
                    "use 5 to 60 seconds",
                ));
            }
        }
        Exercise::Plan(e) => {
            text("title", &e.title);
            if !is_valid_id(&e.document) {
                out.push(Problem::new(
                    ex(keys!["document"]),
                    format!("`{}` is not a valid document id", e.document),
                    ID_FIX,
                ));
            }
            if e.fields.is_empty() || e.fields.len() > 12 {
                out.push(Problem::new(
                    ex(keys!["fields"]),
                    format!("the plan has {} fields, outside 1 to 12", e.fields.len()),
                    "give the plan 1 to 12 [[fields]]",
                ));
            }
            let mut seen = HashSet::new();
            for (i, field) in e.fields.iter().enumerate() {
                if !is_valid_id(&field.id) {
                    out.push(Problem::new(
                        ex(keys!["fields", i, "id"]),
                        format!("the field id `{}` is not a valid id", field.id),
                        ID_FIX,
                    ));
                } else if !seen.insert(field.id.as_str()) {
                    out.push(Problem::new(
                        ex(keys!["fields", i, "id"]),
                        format!("the field id `{}` is used twice in this plan", field.id),
                        "give each field its own id",
                    ));
                }
                if blank(&field.label) {
                    out.push(Problem::new(
                        ex(keys!["fields", i, "label"]),
                        "the field's label is empty",
                        "write what goes in the field",
                    ));
                }
            }
        }
        Exercise::Commitment(e) => {
            text("prompt", &e.prompt);
            strings(ex, "suggestions", &e.suggestions, 1, 5, out);
        }
    }
}

fn strings(
    ex: &dyn Fn(Vec<Seg>) -> Location,
    key: &str,
    values: &[String],
    min: usize,
    max: usize,
    out: &mut Vec<Problem>,
) {
    if !(min..=max).contains(&values.len()) {
        out.push(Problem::new(
            ex(keys![key]),
            format!(
                "`{key}` has {} entries, outside {min} to {max}",
                values.len()
            ),
            format!("give {min} to {max} entries"),
        ));
    }
    let mut seen = HashSet::new();
    for (i, v) in values.iter().enumerate() {
        if blank(v) {
            out.push(Problem::new(
                ex(keys![key, i]),
                format!("entry {} of `{key}` is empty", i + 1),
                "write it, or remove it",
            ));
        } else if !seen.insert(v.trim().to_lowercase()) {
            out.push(Problem::new(
                ex(keys![key, i]),
                format!("\"{v}\" is listed twice in `{key}`"),
                "list it once",
            ));
        }
    }
}

/// A module about anger or conflict says plainly, in a sentence its front matter names as
/// `accountability`, that what he does is his choice; and it links to help.
fn check_safety(index: usize, module: &Module, out: &mut Vec<Problem>) {
    let line_at = Location::Module {
        index,
        at: ModuleAt::Meta(keys![ACCOUNTABILITY_KEY]),
    };
    if let Some(line) = module.meta.accountability.as_deref() {
        let text: String = module
            .steps
            .iter()
            .flat_map(|s| s.blocks.iter().map(Block::plain_text))
            .collect::<Vec<_>>()
            .join(" ");
        if blank(line) {
            out.push(Problem::new(
                line_at,
                format!("`{ACCOUNTABILITY_KEY}` is empty"),
                "quote the sentence in a step that says plainly that what he does is his choice",
            ));
        } else if !normalized(&text).contains(&normalized(line)) {
            out.push(Problem::new(
                line_at,
                format!(
                    "`{ACCOUNTABILITY_KEY}` is not in any step's text: \"{}\"",
                    line.trim()
                ),
                "copy the sentence word for word from a step, or write it into one",
            ));
        }
    }
    let Some(topic) = module.meta.topics.iter().position(|t| {
        SAFETY_TOPICS
            .iter()
            .any(|s| t.trim().eq_ignore_ascii_case(s))
    }) else {
        return;
    };
    let at = Location::Module {
        index,
        at: ModuleAt::Meta(keys!["topics", topic]),
    };
    if module.meta.accountability.is_none() {
        out.push(Problem::new(
            at.clone(),
            format!(
                "the module is about {} but has no `{ACCOUNTABILITY_KEY}` line saying plainly that what he does is his choice",
                module.meta.topics[topic].trim()
            ),
            "add `accountability = \"...\"` to the front matter, quoting the sentence in a step that says it, e.g. \"Anger is a feeling. What you do with it is your choice.\"",
        ));
    }
    let has_help = module.steps.iter().any(|s| {
        s.blocks.iter().any(|b| {
            b.runs().into_iter().flatten().any(|span| {
                matches!(
                    span,
                    Span::Link {
                        target: LinkTarget::Help { .. },
                        ..
                    }
                )
            })
        })
    });
    if !has_help {
        out.push(Problem::new(
            at,
            format!(
                "the module is about {} but has no link to help",
                module.meta.topics[topic].trim()
            ),
            "add a help link in a step, e.g. [talk to someone now](help:hurt-someone)",
        ));
    }
}

/// Text compared ignoring case, runs of white space, and curly apostrophes and quotes.
fn normalized(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .replace(['\u{2019}', '\u{2018}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
}

/// Prerequisite cycles, and "we" modules reachable without any "me" module.
fn check_graph(pack: &Pack, known: &Known, out: &mut Vec<Problem>) {
    let index: HashMap<&str, usize> = pack
        .modules
        .iter()
        .enumerate()
        .rev()
        .map(|(i, m)| (m.meta.id.as_str(), i))
        .collect();
    // Depth-first search; a prerequisite that leads back to a module on the current path closes a
    // cycle, reported at the prerequisite entry that closes it.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let n = pack.modules.len();
    let mut mark = vec![Mark::New; n];
    let mut reported: BTreeSet<Vec<usize>> = BTreeSet::new();
    for start in 0..n {
        if mark[start] != Mark::New {
            continue;
        }
        // Explicit stack of (module, next prerequisite to look at).
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        mark[start] = Mark::OnPath;
        while let Some(top) = stack.last_mut() {
            let (m, k) = *top;
            top.1 += 1;
            let pres = &pack.modules[m].meta.prerequisites;
            if k >= pres.len() {
                mark[m] = Mark::Done;
                stack.pop();
                continue;
            }
            let Some(&p) = index.get(pres[k].as_str()) else {
                continue;
            };
            if p == m {
                continue; // reported as "lists itself"
            }
            match mark[p] {
                Mark::New => {
                    mark[p] = Mark::OnPath;
                    stack.push((p, 0));
                }
                Mark::OnPath => {
                    let from = stack.iter().position(|&(x, _)| x == p).unwrap_or(0);
                    let cycle: Vec<usize> = stack[from..].iter().map(|&(x, _)| x).collect();
                    let mut key = cycle.clone();
                    key.sort_unstable();
                    if reported.insert(key) {
                        let names: Vec<&str> = cycle
                            .iter()
                            .chain(std::iter::once(&p))
                            .map(|&x| pack.modules[x].meta.id.as_str())
                            .collect();
                        out.push(Problem::new(
                            Location::Module {
                                index: m,
                                at: ModuleAt::Meta(keys!["prerequisites", k]),
                            },
                            format!(
                                "prerequisite cycle: {} (each needs the next first, so none can ever open)",
                                names.join(" needs ")
                            ),
                            format!(
                                "remove `{}` from the prerequisites of `{}`, or break the cycle elsewhere",
                                pres[k], pack.modules[m].meta.id
                            ),
                        ));
                    }
                }
                Mark::Done => {}
            }
        }
    }

    // A "we" module must sit behind at least one "me" module: through `unlock.we_requires`, or
    // through its own prerequisites.
    let gate_ok = !pack.manifest.unlock.we_requires.is_empty()
        && pack.manifest.unlock.we_requires.iter().all(|id| {
            index
                .get(id.as_str())
                .is_some_and(|&i| phase_kind(pack, &pack.modules[i]) == Some(PhaseKind::Me))
        });
    if gate_ok {
        return;
    }
    for (i, module) in pack.modules.iter().enumerate() {
        if phase_kind(pack, module) != Some(PhaseKind::We) {
            continue;
        }
        // Breadth-first through prerequisites looking for a "me" module.
        let mut seen = HashSet::from([i]);
        let mut queue = vec![i];
        let mut found = false;
        let mut unknown = false;
        while let Some(x) = queue.pop() {
            for pre in &pack.modules[x].meta.prerequisites {
                match index.get(pre.as_str()) {
                    Some(&p) => {
                        if phase_kind(pack, &pack.modules[p]) == Some(PhaseKind::Me) {
                            found = true;
                        }
                        if seen.insert(p) {
                            queue.push(p);
                        }
                    }
                    None => unknown |= known.module_ids.contains(pre),
                }
            }
        }
        if !found && !unknown {
            out.push(Problem::new(
                Location::Module {
                    index: i,
                    at: ModuleAt::Meta(keys!["prerequisites"]),
                },
                format!(
                    "the partner module `{}` can be reached without any \"me\" module (me, then we)",
                    module.meta.id
                ),
                "add a \"me\" module to its prerequisites (or to those of a module before it), or list \"me\" modules in `unlock.we_requires` in pack.toml",
            ));
        }
    }
}

fn check_unlock(pack: &Pack, known: &Known, ids: &HashMap<&str, usize>, out: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    for (i, id) in pack.manifest.unlock.we_requires.iter().enumerate() {
        let at = Location::Manifest(keys!["unlock", "we_requires", i]);
        match ids.get(id.as_str()) {
            None if known.module_ids.contains(id) => {}
            None => out.push(Problem::new(
                at,
                format!("`{id}` in `we_requires` is not a module in this pack"),
                "use the id of an existing \"me\" module, or remove it",
            )),
            Some(&m) => {
                if phase_kind(pack, &pack.modules[m]) != Some(PhaseKind::Me) {
                    out.push(Problem::new(
                        at,
                        format!("`{id}` in `we_requires` is not in a \"me\" phase"),
                        "list only modules from phases whose kind is \"me\"",
                    ));
                } else if !seen.insert(id.as_str()) {
                    out.push(Problem::new(
                        at,
                        format!("`{id}` is listed twice"),
                        "list it once",
                    ));
                }
            }
        }
    }
    for (old, new) in &pack.manifest.renamed {
        let at = Location::Manifest(keys!["renamed", old]);
        if !is_valid_id(old) || !is_valid_id(new) {
            out.push(Problem::new(
                at,
                format!("`{old} = \"{new}\"` does not pair two valid ids"),
                ID_FIX,
            ));
        } else if ids.contains_key(old.as_str()) {
            out.push(Problem::new(
                at,
                format!("`{old}` was renamed, but a module still uses that id"),
                "a renamed id can never be used again: give that module another id",
            ));
        } else if !ids.contains_key(new.as_str()) && !known.module_ids.contains(new) {
            out.push(Problem::new(
                at,
                format!("`{old}` was renamed to `{new}`, which is not a module in this pack"),
                "point it at the module's current id",
            ));
        } else if pack.manifest.renamed.contains_key(new) {
            out.push(Problem::new(
                at,
                format!("`{old}` is renamed to `{new}`, which was itself renamed"),
                "point every old id straight at the current id",
            ));
        }
    }
}

/// `[[paths]]`: short "start here" paths. Each opens its modules from day one, so a module on one
/// must be a "me" module (an exercise done with a partner waits for the home safety question), and
/// each document must be one the pack defines.
fn check_paths(pack: &Pack, known: &Known, out: &mut Vec<Problem>) {
    let documents = plan_documents(pack);
    let mut path_ids = HashSet::new();
    for (i, path) in pack.manifest.paths.iter().enumerate() {
        let at = |p: Vec<Seg>| Location::Manifest(p);
        if !is_valid_id(&path.id) {
            out.push(Problem::new(
                at(keys!["paths", i, "id"]),
                format!("the path id `{}` is not a valid id", path.id),
                ID_FIX,
            ));
        } else if !path_ids.insert(path.id.as_str()) {
            out.push(Problem::new(
                at(keys!["paths", i, "id"]),
                format!("the path id `{}` is used twice", path.id),
                "give each path its own id",
            ));
        }
        for (key, value) in [("title", &path.title), ("summary", &path.summary)] {
            if blank(value) {
                out.push(Problem::new(
                    at(keys!["paths", i, key]),
                    format!("the path `{}` has no {key}", path.id),
                    "say it in a few plain words",
                ));
            }
        }
        if path.modules.is_empty() && path.documents.is_empty() {
            out.push(Problem::new(
                at(keys!["paths", i]),
                format!("the path `{}` offers nothing", path.id),
                "list at least one module in `modules` or one plan in `documents`",
            ));
        }
        let mut seen = HashSet::new();
        for (j, id) in path.modules.iter().enumerate() {
            let at = Location::Manifest(keys!["paths", i, "modules", j]);
            match pack.module(id) {
                None if known.module_ids.contains(id) => {}
                None => out.push(Problem::new(
                    at,
                    format!(
                        "`{id}` on the path `{}` is not a module in this pack",
                        path.id
                    ),
                    "use the id of an existing \"me\" module, or remove it",
                )),
                Some(module) => {
                    if phase_kind(pack, module) != Some(PhaseKind::Me) || module.meta.with_partner {
                        out.push(Problem::new(
                            at,
                            format!(
                                "`{id}` on the path `{}` is not a \"me\" module done on his own",
                                path.id
                            ),
                            "a path opens its modules from day one: list only modules from a \"me\" phase, never one done with a partner",
                        ));
                    } else if !seen.insert(id.as_str()) {
                        out.push(Problem::new(
                            at,
                            format!("`{id}` is listed twice"),
                            "list it once",
                        ));
                    }
                }
            }
        }
        let mut seen = HashSet::new();
        for (j, id) in path.documents.iter().enumerate() {
            let at = Location::Manifest(keys!["paths", i, "documents", j]);
            if !documents.contains_key(id) {
                out.push(Problem::new(
                    at,
                    format!(
                        "`{id}` on the path `{}` is not a plan in this pack",
                        path.id
                    ),
                    "use \"safety-plan\" or the `document` of a plan exercise in a module",
                ));
            } else if !seen.insert(id.as_str()) {
                out.push(Problem::new(
                    at,
                    format!("`{id}` is listed twice"),
                    "list it once",
                ));
            }
        }
    }
}

fn check_emotions(pack: &Pack, known: &Known, out: &mut Vec<Problem>) {
    if !known.emotions_partial && pack.emotions.len() < MIN_EMOTIONS {
        out.push(Problem::new(
            Location::Emotions(keys![]),
            format!(
                "the pack has {} emotion words; it needs at least {MIN_EMOTIONS}",
                pack.emotions.len()
            ),
            "add more [[emotions]], spread over the four corners of the mood meter",
        ));
    }
    let mut ids = HashSet::new();
    let mut words = HashSet::new();
    for (i, e) in pack.emotions.iter().enumerate() {
        let at = |key: &str| Location::Emotions(keys!["emotions", i, key]);
        if !is_valid_id(&e.id) {
            out.push(Problem::new(
                at("id"),
                format!("the emotion id `{}` is not a valid id", e.id),
                ID_FIX,
            ));
        } else if !ids.insert(e.id.as_str()) {
            out.push(Problem::new(
                at("id"),
                format!("the emotion id `{}` is used twice", e.id),
                "give each emotion its own id",
            ));
        }
        if blank(&e.word) {
            out.push(Problem::new(
                at("word"),
                "the word is empty",
                "write the word, or remove `word` to show the id",
            ));
        } else if !words.insert(e.word.trim().to_lowercase()) {
            out.push(Problem::new(
                at("word"),
                format!("the word \"{}\" is used twice", e.word),
                "keep one of them",
            ));
        }
        for (key, value) in [("pleasantness", e.pleasantness), ("energy", e.energy)] {
            if !(-5..=5).contains(&value) {
                out.push(Problem::new(
                    at(key),
                    format!("`{key}` is {value}, outside -5 to 5"),
                    "place the word on the mood meter with -5 to 5",
                ));
            }
        }
        if blank(&e.definition) {
            out.push(Problem::new(
                at("definition"),
                format!("\"{}\" has no definition", e.word),
                "write one plain line saying what the word means",
            ));
        }
    }
}

fn check_helplines(pack: &Pack, known: &Known, out: &mut Vec<Problem>) {
    // Which regions there are is the region data's to say (`content/regions/helplines.toml`,
    // shared by every language pack): a pack needs help lines for at least one.
    if !known.helplines_partial && pack.helplines.is_empty() {
        out.push(Problem::new(
            Location::Helplines(keys![]),
            "there are no help lines for any region",
            "add a [[regions]] table with its code and lines, or name the shared region data with `regions = \"../../regions\"` in pack.toml",
        ));
    }
    let mut codes = HashSet::new();
    let mut line_ids = HashSet::new();
    for (r, region) in pack.helplines.iter().enumerate() {
        let at = |p: Vec<Seg>| Location::Helplines(p);
        let code_ok = region.code.len() == 2 && region.code.bytes().all(|b| b.is_ascii_uppercase());
        if !code_ok {
            out.push(Problem::new(
                at(keys!["regions", r, "code"]),
                format!("`{}` is not a region code", region.code),
                "use two capital letters, e.g. \"AU\" or \"GB\"",
            ));
        } else if !codes.insert(region.code.as_str()) {
            out.push(Problem::new(
                at(keys!["regions", r, "code"]),
                format!("the region {} is listed twice", region.code),
                "put all of a region's lines under one [[regions]] table",
            ));
        }
        if blank(&region.name) {
            out.push(Problem::new(
                at(keys!["regions", r, "name"]),
                "the region's name is empty",
                "write its name",
            ));
        }
        if !region
            .lines
            .iter()
            .any(|l| l.kinds.contains(&HelplineKind::Emergency))
        {
            out.push(Problem::new(
                at(keys!["regions", r, "code"]),
                format!("{} has no emergency line", region.code),
                "add a line with kinds = [\"emergency\"] (police, fire, ambulance)",
            ));
        }
        for (l, line) in region.lines.iter().enumerate() {
            let at = |key: &str| Location::Helplines(keys!["regions", r, "lines", l, key]);
            if !is_valid_id(&line.id) {
                out.push(Problem::new(
                    at("id"),
                    format!("the line id `{}` is not a valid id", line.id),
                    ID_FIX,
                ));
            } else if !line_ids.insert(line.id.as_str()) {
                out.push(Problem::new(
                    at("id"),
                    format!("the line id `{}` is used twice", line.id),
                    "give each line its own id, e.g. starting with the region code",
                ));
            }
            for (key, value) in [("name", &line.name), ("for_whom", &line.for_whom)] {
                if blank(value) {
                    out.push(Problem::new(
                        at(key),
                        format!("`{key}` is empty"),
                        format!("write the line's {key}"),
                    ));
                }
            }
            if line.kinds.is_empty() {
                out.push(Problem::new(
                    at("kinds"),
                    "the line has no kind",
                    "use one or more of: emergency, crisis, men, violence-experienced, violence-used, perinatal",
                ));
            }
            if line.phone.is_none() && line.sms.is_none() && line.web.is_none() {
                out.push(Problem::new(
                    at("phone"),
                    format!(
                        "the line `{}` has no number, text number or web address",
                        line.id
                    ),
                    "give at least one of `phone`, `sms`, `web`",
                ));
            }
            let mut languages = HashSet::new();
            for (i, code) in line.languages.iter().enumerate() {
                let language_ok =
                    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
                if !language_ok {
                    out.push(Problem::new(
                        Location::Helplines(keys!["regions", r, "lines", l, "languages", i]),
                        format!("`{code}` is not a language code"),
                        "use two or three lowercase letters, e.g. \"fr\" or \"en\"",
                    ));
                } else if !languages.insert(code.as_str()) {
                    out.push(Problem::new(
                        Location::Helplines(keys!["regions", r, "lines", l, "languages", i]),
                        format!("`{code}` is listed twice"),
                        "list each language once",
                    ));
                }
            }
            if line.sms_body.is_some() && line.sms.is_none() {
                out.push(Problem::new(
                    at("sms_body"),
                    "`sms_body` is set but there is no `sms` number to text it to",
                    "add the `sms` number, or remove `sms_body`",
                ));
            }
            check_open(line, (r, l), out);
            if let Err(fix) = parse_time_zone(&line.time_zone) {
                out.push(Problem::new(
                    at("time_zone"),
                    if blank(&line.time_zone) {
                        format!("the line `{}` has no `time_zone`", line.id)
                    } else {
                        format!("`{}` is not a time zone", line.time_zone)
                    },
                    fix,
                ));
            }
            if blank(&line.source) {
                out.push(Problem::new(
                    at("source"),
                    format!("the line `{}` has no source", line.id),
                    "say where the details were checked, e.g. the service's own web page",
                ));
            }
            check_checked(
                &Checked {
                    what: "line",
                    id: &line.id,
                    numbers: [
                        ("phone", line.phone.as_deref()),
                        ("sms", line.sms.as_deref()),
                    ],
                    web: line.web.as_deref(),
                    verified_on: &line.verified_on,
                    unconfirmed: line.unconfirmed,
                    note: line.note.as_deref(),
                },
                known,
                &at,
                out,
            );
        }
    }
}

/// Checks the `open` of `line` (line `l` of region `r`): every entry readable, an emergency line
/// always open, and a line with unknown hours giving the website people are sent to for them.
fn check_open(line: &Helpline, (r, l): (usize, usize), out: &mut Vec<Problem>) {
    let open = || Location::Helplines(keys!["regions", r, "lines", l, "open"]);
    let hours = match line.open_hours() {
        Ok(hours) => hours,
        Err(problems) => {
            out.extend(problems.into_iter().map(|p| {
                Problem::new(
                    Location::Helplines(keys!["regions", r, "lines", l, "open", p.index]),
                    p.message,
                    p.fix,
                )
            }));
            return;
        }
    };
    if line.kinds.contains(&HelplineKind::Emergency) && hours != OpenHours::Always {
        out.push(Problem::new(
            open(),
            format!(
                "`{}` is an emergency line, so it is always open, but `open` gives other hours",
                line.id
            ),
            "write open = [\"always\"]",
        ));
    }
    if hours == OpenHours::Unknown && line.web.as_deref().is_none_or(blank) {
        out.push(Problem::new(
            open(),
            format!(
                "the hours of `{}` are not known, and help now sends people to a website the line does not give",
                line.id
            ),
            "add the service's `web` address, or its hours in `open`",
        ));
    }
}

fn is_dialable(number: &str) -> bool {
    let digits = number.bytes().filter(u8::is_ascii_digit).count();
    let plus_ok = number
        .trim_start()
        .strip_prefix('+')
        .unwrap_or(number)
        .bytes()
        .all(|b| b != b'+');
    digits >= 2
        && plus_ok
        && number
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'(' | b')' | b'+'))
}

/// The peer groups ("find your people"): each in a region the pack has help lines for, with
/// its own id, a name and the words a person reads, a way to find the nearest group (a
/// number a phone can dial or an https:// address), a source and a checked date that is not
/// in the future, and a `note` while it is unconfirmed. The same group is not listed twice
/// in a region (by name or by web address).
fn check_peer_groups(pack: &Pack, known: &Known, out: &mut Vec<Problem>) {
    let mut ids = HashSet::new();
    let mut seen: HashSet<(String, String)> = HashSet::new();
    for (i, group) in pack.peer_groups.iter().enumerate() {
        let at = |key: &str| Location::PeerGroups(keys!["groups", i, key]);
        check_peer_group_text(group, &at, out);
        if !is_valid_id(&group.id) {
            out.push(Problem::new(
                at("id"),
                format!("the group id `{}` is not a valid id", group.id),
                ID_FIX,
            ));
        } else if !ids.insert(group.id.as_str()) {
            out.push(Problem::new(
                at("id"),
                format!("the group id `{}` is used twice", group.id),
                "give each group its own id, e.g. starting with the region code",
            ));
        }
        let code_ok =
            group.region.len() == 2 && group.region.bytes().all(|b| b.is_ascii_uppercase());
        if !code_ok {
            out.push(Problem::new(
                at("region"),
                format!("`{}` is not a region code", group.region),
                "use two capital letters, e.g. \"AU\" or \"GB\"",
            ));
        } else if !known.helplines_partial && pack.region(&group.region).is_none() {
            out.push(Problem::new(
                at("region"),
                format!(
                    "the group `{}` is in {}, a region with no help lines",
                    group.id, group.region
                ),
                "use a region listed in helplines.toml, or add the region there first",
            ));
        }
        let region = group.region.to_ascii_uppercase();
        let name_key = (region.clone(), group.name.trim().to_lowercase());
        let web_key = group
            .web
            .as_deref()
            .map(|w| (region.clone(), w.trim_end_matches('/').to_lowercase()));
        let named_twice = !blank(&group.name) && !seen.insert(name_key);
        let web_twice = web_key.is_some_and(|k| !seen.insert(k));
        if named_twice || web_twice {
            out.push(Problem::new(
                at(if named_twice { "name" } else { "web" }),
                format!(
                    "the group `{}` is listed twice in {}",
                    group.id, group.region
                ),
                "keep one entry per group in a region",
            ));
        }
        if group.phone.is_none() && group.web.is_none() {
            out.push(Problem::new(
                at("web"),
                format!(
                    "the group `{}` gives no way to find the nearest one",
                    group.id
                ),
                "give its `web` address or a `phone` number",
            ));
        }
        check_checked(
            &Checked {
                what: "group",
                id: &group.id,
                numbers: [("phone", group.phone.as_deref()), ("sms", None)],
                web: group.web.as_deref(),
                verified_on: &group.verified_on,
                unconfirmed: group.unconfirmed,
                note: group.note.as_deref(),
            },
            known,
            &at,
            out,
        );
    }
}

/// What is checked the same way on a help line and on a peer group.
struct Checked<'a> {
    /// "line" or "group", for the messages.
    what: &'static str,
    id: &'a str,
    /// The numbers, by key (`phone`, `sms`).
    numbers: [(&'static str, Option<&'a str>); 2],
    web: Option<&'a str>,
    verified_on: &'a str,
    unconfirmed: bool,
    note: Option<&'a str>,
}

/// Its numbers can be dialled, its web address is https://, `verified_on` is a real day and not
/// after today, and while it is `unconfirmed` a `note` says what is left to confirm.
fn check_checked(
    item: &Checked<'_>,
    known: &Known,
    at: &dyn Fn(&str) -> Location,
    out: &mut Vec<Problem>,
) {
    for (key, value) in item.numbers {
        if let Some(number) = value
            && !is_dialable(number)
        {
            out.push(Problem::new(
                at(key),
                format!("`{number}` is not a number a phone can dial"),
                "use digits, spaces, dashes, brackets and a leading +",
            ));
        }
    }
    if let Some(web) = item.web
        && !web.starts_with("https://")
    {
        out.push(Problem::new(
            at("web"),
            format!("`{web}` is not an https:// address"),
            "use the https:// address",
        ));
    }
    if !is_valid_date(item.verified_on) {
        out.push(Problem::new(
            at("verified_on"),
            if blank(item.verified_on) {
                format!("the {} `{}` has no `verified_on` date", item.what, item.id)
            } else {
                format!("`{}` is not a date", item.verified_on)
            },
            "write the day the details were checked as \"YYYY-MM-DD\"",
        ));
    } else if let Some(today) = known.today.as_deref()
        && item.verified_on > today
    {
        out.push(Problem::new(
            at("verified_on"),
            format!(
                "`{}` says it was checked on {}, which is after today ({today})",
                item.id, item.verified_on
            ),
            "write the day the details were really checked; a date in the future is a typo",
        ));
    }
    if item.unconfirmed && item.note.is_none_or(blank) {
        out.push(Problem::new(
            at("unconfirmed"),
            format!(
                "the {} `{}` is not yet confirmed but has no `note` saying what is left to confirm",
                item.what, item.id
            ),
            "add a `note`, e.g. \"found only on a news page; confirm on the service's own page\"",
        ));
    }
}

/// The words a person reads about a group, and its source, are written.
fn check_peer_group_text(group: &PeerGroup, at: &dyn Fn(&str) -> Location, out: &mut Vec<Problem>) {
    for (key, value) in [
        ("name", &group.name),
        ("what", &group.what),
        ("for_whom", &group.for_whom),
        ("find", &group.find),
        ("source", &group.source),
    ] {
        if blank(value) {
            out.push(Problem::new(
                at(key),
                format!("the group `{}` has no `{key}`", group.id),
                format!("write its {key}"),
            ));
        }
    }
}

fn check_prompts(pack: &Pack, out: &mut Vec<Problem>) {
    let mut ids = HashSet::new();
    for (i, p) in pack.prompts.iter().enumerate() {
        let at = |key: &str| Location::Prompts(keys!["prompts", i, key]);
        if !is_valid_id(&p.id) {
            out.push(Problem::new(
                at("id"),
                format!("the prompt id `{}` is not a valid id", p.id),
                ID_FIX,
            ));
        } else if !ids.insert(p.id.as_str()) {
            out.push(Problem::new(
                at("id"),
                format!("the prompt id `{}` is used twice", p.id),
                "give each prompt its own id",
            ));
        }
        if !PROMPT_THEMES.contains(&p.theme.as_str()) {
            out.push(Problem::new(
                at("theme"),
                format!("`{}` is not a prompt theme", p.theme),
                format!("use one of: {}", PROMPT_THEMES.join(", ")),
            ));
        }
        if blank(&p.text) {
            out.push(Problem::new(
                at("text"),
                "the prompt's text is empty",
                "write the question",
            ));
        }
    }
}

/// Whether `phrase` is lowercase words of letters and apostrophes, separated by single spaces,
/// 1 to [`MAX_PHRASE_WORDS`] words: what the crisis check can match.
///
/// A word of a phrase may end in `*` to match any word starting with it ("hit*" matches "hit",
/// "hits", "hitting"), when at least [`MIN_PREFIX_LETTERS`] letters come before the `*`.
/// Negations take no `*` ([`is_valid_negation`]).
pub fn is_valid_phrase(phrase: &str) -> bool {
    words_ok(phrase, true)
}

/// Whether `negation` is lowercase words of letters and apostrophes, separated by single
/// spaces, 1 to [`MAX_PHRASE_WORDS`] words (like a crisis phrase, without `*`).
pub fn is_valid_negation(negation: &str) -> bool {
    words_ok(negation, false)
}

/// The fewest letters before the `*` of a word in a crisis phrase.
pub const MIN_PREFIX_LETTERS: usize = 3;

fn words_ok(text: &str, prefixes: bool) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    let letter = |c: char| c == '\'' || (c.is_alphabetic() && !c.is_uppercase());
    (1..=MAX_PHRASE_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            let (stem, star) = match w.strip_suffix('*') {
                Some(stem) if prefixes => (stem, true),
                _ => (*w, false),
            };
            stem.chars().all(letter)
                && if star {
                    stem.chars().filter(|c| c.is_alphabetic()).count() >= MIN_PREFIX_LETTERS
                } else {
                    stem.chars().any(char::is_alphabetic)
                }
        })
}

fn kind_names(kinds: &[HelplineKind]) -> String {
    kinds
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn check_safety_toml(pack: &Pack, known: &Known, out: &mut Vec<Problem>) {
    // Each part of `safety.toml`, checked only when it was read from the file.
    type Check<'a> = &'a dyn Fn(&Pack, &mut Vec<Problem>);
    let parts: [(&str, Check<'_>); 9] = [
        ("situations", &|pack, out| {
            check_situations(pack, known, out)
        }),
        ("risk_questions", &|pack, out| {
            check_risk_questions(pack, out)
        }),
        ("home_safety", &|pack, out| check_home_safety(pack, out)),
        ("dad_mood_check", &|pack, out| {
            check_dad_mood_check(pack, out)
        }),
        ("crisis_answer", &|pack, out| check_crisis_answer(pack, out)),
        ("safety_plan", &|pack, out| check_safety_plan(pack, out)),
        ("pause_safeguards", &|pack, out| {
            check_pause_safeguards(pack, out)
        }),
        ("crisis_check", &|pack, out| check_crisis_check(pack, out)),
        ("grounding", &|pack, out| check_grounding(pack, out)),
    ];
    for (part, check) in parts {
        if !known.safety_unread.contains(part) {
            check(pack, out);
        }
    }
}

/// The situations: each listed once, with its words and lines.
fn check_situations(pack: &Pack, known: &Known, out: &mut Vec<Problem>) {
    let safety = &pack.safety;
    let at = |p: Vec<Seg>| Location::Safety(p);
    let mut seen = HashSet::new();
    for (i, situation) in safety.situations.iter().enumerate() {
        let name = situation.id.as_str();
        if !seen.insert(situation.id) {
            out.push(Problem::new(
                at(keys!["situations", i, "id"]),
                format!("the situation `{name}` is listed twice"),
                "list each situation once",
            ));
        }
        for (key, value) in [("title", &situation.title), ("intro", &situation.intro)] {
            if blank(value) {
                out.push(Problem::new(
                    at(keys!["situations", i, key]),
                    format!("the situation `{name}` has an empty {key}"),
                    format!("write its {key}"),
                ));
            }
        }
        let steps = &situation.first_steps;
        if steps.is_empty() && FIRST_STEPS_REQUIRED.contains(&situation.id) {
            out.push(Problem::new(
                at(keys!["situations", i, "id"]),
                format!("the situation `{name}` has no `first_steps`"),
                "list what he can do this minute, before the lines, e.g. first_steps = [\"Leave the room now.\"]",
            ));
        } else if steps.len() > MAX_FIRST_STEPS {
            out.push(Problem::new(
                at(keys!["situations", i, "first_steps"]),
                format!(
                    "the situation `{name}` has {} first steps; it may have at most {MAX_FIRST_STEPS}",
                    steps.len()
                ),
                "keep the few that matter most this minute",
            ));
        }
        check_text_list(
            steps,
            |s| at(keys!["situations", i, "first_steps", s]),
            "first step",
            out,
        );
        let kinds_at = at(keys!["situations", i, "kinds"]);
        if situation.kinds.is_empty() {
            out.push(Problem::new(
                kinds_at,
                format!("the situation `{name}` lists no kinds of line"),
                "list the kinds of line to show, most fitting first, e.g. [\"crisis\", \"emergency\"]",
            ));
            continue;
        }
        let mut kinds = HashSet::new();
        for (k, kind) in situation.kinds.iter().enumerate() {
            if !kinds.insert(*kind) {
                out.push(Problem::new(
                    at(keys!["situations", i, "kinds", k]),
                    format!("the kind `{}` is listed twice", kind.as_str()),
                    "list it once",
                ));
            } else if !known.helplines_partial
                && !pack
                    .helplines
                    .iter()
                    .flat_map(|r| &r.lines)
                    .any(|l| l.kinds.contains(kind))
            {
                out.push(Problem::new(
                    at(keys!["situations", i, "kinds", k]),
                    format!(
                        "no help line in any region is of the kind `{}`",
                        kind.as_str()
                    ),
                    "remove it, or add such lines to helplines.toml",
                ));
            }
        }
        if !known.helplines_partial {
            for region in &pack.helplines {
                let covered = region
                    .lines
                    .iter()
                    .any(|l| l.kinds.iter().any(|k| situation.kinds.contains(k)));
                if !covered {
                    out.push(Problem::new(
                        kinds_at.clone(),
                        format!(
                            "{} has no line of any kind the situation `{name}` lists ({})",
                            region.code,
                            kind_names(&situation.kinds)
                        ),
                        format!(
                            "add a kind that {} has a line for (\"crisis\" works everywhere), or add such a line to helplines.toml",
                            region.code
                        ),
                    ));
                }
            }
        }
    }
    for situation in HelpSituation::ALL {
        if !seen.contains(&situation) {
            out.push(Problem::new(
                at(keys!["situations"]),
                format!("the situation `{}` is missing", situation.as_str()),
                format!(
                    "add a [[situations]] table with id = \"{}\"; help now offers every one",
                    situation.as_str()
                ),
            ));
        }
    }
}

/// The two questions after a hard check-in: every text written.
fn check_risk_questions(pack: &Pack, out: &mut Vec<Problem>) {
    let safety = &pack.safety;
    let at = |p: Vec<Seg>| Location::Safety(p);
    for (key, value) in safety.risk_questions.texts() {
        if blank(value) {
            out.push(Problem::new(
                at(keys!["risk_questions", key]),
                format!("`{key}` is empty"),
                format!("write the risk questions' {key}"),
            ));
        }
    }
}

/// The home safety question: every text written.
fn check_home_safety(pack: &Pack, out: &mut Vec<Problem>) {
    let safety = &pack.safety;
    let at = |p: Vec<Seg>| Location::Safety(p);
    for (key, value) in safety.home_safety.texts() {
        if blank(value) {
            out.push(Problem::new(
                at(keys!["home_safety", key]),
                format!("`{key}` is empty"),
                format!("write the home safety question's {key}"),
            ));
        }
    }
}

/// The new dad's mood check: every text and its four answers.
fn check_dad_mood_check(pack: &Pack, out: &mut Vec<Problem>) {
    let safety = &pack.safety;
    let at = |p: Vec<Seg>| Location::Safety(p);
    let check = &safety.dad_mood_check;
    for (key, value) in check.texts() {
        if blank(value) {
            out.push(Problem::new(
                at(keys!["dad_mood_check", key]),
                format!("`{key}` is empty"),
                format!("write the new dad's mood check's {key}"),
            ));
        }
    }
    if check.answers.len() != DAD_MOOD_ANSWERS {
        out.push(Problem::new(
            at(keys!["dad_mood_check", "answers"]),
            format!(
                "the mood check has {} answers; it has exactly {DAD_MOOD_ANSWERS}",
                check.answers.len()
            ),
            "list not at all, several days, more than half the days and nearly every day, in that order (scored 0 to 3)",
        ));
    }
    for (i, answer) in check.answers.iter().enumerate() {
        if blank(answer) {
            out.push(Problem::new(
                at(keys!["dad_mood_check", "answers", i]),
                format!("answer {} is empty", i + 1),
                "write the answer's words",
            ));
        }
    }
}

/// The safety plan: its steps, each with a prompt.
fn check_safety_plan(pack: &Pack, out: &mut Vec<Problem>) {
    let safety = &pack.safety;
    let at = |p: Vec<Seg>| Location::Safety(p);
    let ids: Vec<&str> = safety.safety_plan.iter().map(|s| s.id.as_str()).collect();
    let expected = SAFETY_PLAN_STEPS.join(", ");
    if ids.len() != SAFETY_PLAN_STEPS.len() {
        let missing: Vec<&str> = SAFETY_PLAN_STEPS
            .iter()
            .copied()
            .filter(|id| !ids.contains(id))
            .collect();
        out.push(Problem::new(
            at(keys!["safety_plan"]),
            if missing.is_empty() {
                format!(
                    "the safety plan has {} steps; it has exactly {}",
                    ids.len(),
                    SAFETY_PLAN_STEPS.len()
                )
            } else {
                format!(
                    "the safety plan has {} steps; it has exactly {} (missing: {})",
                    ids.len(),
                    SAFETY_PLAN_STEPS.len(),
                    missing.join(", ")
                )
            },
            format!("use these step ids, in this order: {expected}"),
        ));
    } else {
        for (i, (id, want)) in ids.iter().zip(SAFETY_PLAN_STEPS).enumerate() {
            if *id != want {
                out.push(Problem::new(
                    at(keys!["safety_plan", i, "id"]),
                    format!("safety plan step {} is `{id}`, not `{want}`", i + 1),
                    format!("use these step ids, in this order: {expected}"),
                ));
            }
        }
    }
    for (i, step) in safety.safety_plan.iter().enumerate() {
        for (key, value) in [("title", &step.title), ("prompt", &step.prompt)] {
            if blank(value) {
                out.push(Problem::new(
                    at(keys!["safety_plan", i, key]),
                    format!("the safety plan step `{}` has an empty {key}", step.id),
                    format!("write its {key}"),
                ));
            }
        }
        let n = step.examples.len();
        if !(MIN_PLAN_EXAMPLES..=MAX_PLAN_EXAMPLES).contains(&n) {
            out.push(Problem::new(
                at(keys!["safety_plan", i, "examples"]),
                format!(
                    "the safety plan step `{}` has {n} examples, outside {MIN_PLAN_EXAMPLES} to {MAX_PLAN_EXAMPLES}",
                    step.id
                ),
                format!("give {MIN_PLAN_EXAMPLES} to {MAX_PLAN_EXAMPLES} short examples"),
            ));
        }
        check_text_list(
            &step.examples,
            |e| at(keys!["safety_plan", i, "examples", e]),
            "example",
            out,
        );
    }
}

/// The pause plan's safeguards: how many, none empty or repeated.
fn check_pause_safeguards(pack: &Pack, out: &mut Vec<Problem>) {
    let safety = &pack.safety;
    let at = |p: Vec<Seg>| Location::Safety(p);
    let n = safety.pause_safeguards.len();
    if !PAUSE_SAFEGUARDS.contains(&n) {
        out.push(Problem::new(
            at(keys!["pause_safeguards"]),
            format!(
                "there are {n} pause safeguards, outside {} to {}",
                PAUSE_SAFEGUARDS.start(),
                PAUSE_SAFEGUARDS.end()
            ),
            "one short line each: agreed beforehand, announced, time-limited, used to calm down, always come back to talk; then, if you like, the baby, driving, weapons and the kids",
        ));
    }
    check_text_list(
        &safety.pause_safeguards,
        |i| at(keys!["pause_safeguards", i]),
        "safeguard",
        out,
    );
}

/// The grounding exercise, when there is one: three to eight steps of 5 to 60 seconds, no
/// blank or repeated line, its sources named.
fn check_grounding(pack: &Pack, out: &mut Vec<Problem>) {
    let Some(g) = &pack.safety.grounding else {
        return;
    };
    let at = |p: Vec<Seg>| Location::Safety(p);
    if !GROUNDING_STEPS.contains(&g.steps.len()) {
        out.push(Problem::new(
            at(keys!["grounding", "steps"]),
            format!(
                "the grounding exercise has {} steps, outside {} to {}",
                g.steps.len(),
                GROUNDING_STEPS.start(),
                GROUNDING_STEPS.end()
            ),
            "one short step each: the body, then the senses, then the feeling named",
        ));
    }
    for (i, step) in g.steps.iter().enumerate() {
        if !GROUNDING_STEP_SECONDS.contains(&step.seconds) {
            out.push(Problem::new(
                at(keys!["grounding", "steps", i, "seconds"]),
                format!(
                    "a grounding step of {} seconds, outside {} to {}",
                    step.seconds,
                    GROUNDING_STEP_SECONDS.start(),
                    GROUNDING_STEP_SECONDS.end()
                ),
                "give each step the time it takes to do it, at most a minute",
            ));
        }
    }
    for (key, text) in [
        ("title", &g.title),
        ("intro", &g.intro),
        ("closing", &g.closing),
    ] {
        if blank(text) {
            out.push(Problem::new(
                at(keys!["grounding", key]),
                format!("the grounding exercise's `{key}` is empty"),
                "write it",
            ));
        }
    }
    let says: Vec<String> = g.steps.iter().map(|s| s.say.clone()).collect();
    check_text_list(
        &says,
        |i| at(keys!["grounding", "steps", i, "say"]),
        "step",
        out,
    );
    if g.sources.iter().all(|s| blank(s)) {
        out.push(Problem::new(
            at(keys!["grounding", "sources"]),
            "the grounding exercise names no source".to_owned(),
            "cite the seeds or research/evidence.md sections it rests on",
        ));
    }
}

/// Reports empty and repeated entries of a list of short texts.
fn check_text_list(
    items: &[String],
    at: impl Fn(usize) -> Location,
    what: &str,
    out: &mut Vec<Problem>,
) {
    let mut seen = HashSet::new();
    for (i, item) in items.iter().enumerate() {
        if blank(item) {
            out.push(Problem::new(
                at(i),
                format!("{what} {} is empty", i + 1),
                "write it, or remove it",
            ));
        } else if !seen.insert(item.trim().to_lowercase()) {
            out.push(Problem::new(
                at(i),
                format!("the {what} \"{item}\" is listed twice"),
                "keep one of them",
            ));
        }
    }
}

fn check_crisis_check(pack: &Pack, out: &mut Vec<Problem>) {
    let check = &pack.safety.crisis_check;
    check_crisis_words(check, out);
    check_crisis_classes(check, out);
    check_crisis_patterns(check, out);
    check_crisis_examples(check, out);
}

/// How a word list of the crisis check is to be written.
const WORDS_FIX: &str = "write lowercase words of letters and apostrophes (' not \u{2019}), one space apart, at most 8 words, e.g. \"my wife\"";

/// The crisis check's word lists, windows, spellings and irregular forms.
fn check_crisis_words(check: &CrisisCheck, out: &mut Vec<Problem>) {
    let at = |p: Vec<Seg>| Location::Safety(p);
    if check.negations.is_empty() {
        out.push(Problem::new(
            at(keys!["crisis_check", "negations"]),
            "there are no negations",
            "list the words that cancel a wish just after them, e.g. [\"never\", \"not\"]",
        ));
    }
    let word_list = |list: &[String], key: &'static str, what: &str, out: &mut Vec<Problem>| {
        let mut seen = HashSet::new();
        for (i, item) in list.iter().enumerate() {
            let here = at(keys!["crisis_check", key, i]);
            if !is_valid_negation(item) {
                out.push(Problem::new(
                    here,
                    format!("the {what} \"{item}\" is not lowercase words"),
                    WORDS_FIX,
                ));
            } else if !seen.insert(item.as_str()) {
                out.push(Problem::new(
                    here,
                    format!("the {what} \"{item}\" is listed twice"),
                    "list it once",
                ));
            }
        }
    };
    word_list(&check.negations, "negations", "negation", out);
    word_list(&check.negation_flips, "negation_flips", "word", out);
    word_list(&check.clause_breaks, "clause_breaks", "clause break", out);
    word_list(&check.not_his, "not_his", "word", out);
    word_list(&check.not_done, "not_done", "word", out);
    word_list(&check.still_done, "still_done", "word", out);
    word_list(&check.quiet, "quiet", "saying", out);
    let windows = [
        (
            "negation_window",
            check.negation_window,
            NEGATION_WINDOW,
            "use how many words before a wish a negation still cancels it, e.g. 3",
        ),
        (
            "done_negation_window",
            check.done_negation_window,
            DONE_NEGATION_WINDOW,
            "use how many words before something done a negation still cancels it, e.g. 2",
        ),
    ];
    for (key, value, allowed, fix) in windows {
        if !allowed.contains(&value) {
            out.push(Problem::new(
                at(keys!["crisis_check", key]),
                format!(
                    "`{key}` is {value}, outside {} to {}",
                    allowed.start(),
                    allowed.end()
                ),
                fix,
            ));
        }
    }
    let one_word = |w: &str| is_valid_negation(w) && !w.contains(' ');
    // What people type may hold digits ("2nite"); what it is respelled to is words.
    let typed = |w: &str| {
        !w.is_empty()
            && w.chars().any(char::is_alphabetic)
            && w.chars().all(|c| {
                c == '\'' || c.is_ascii_digit() || (c.is_alphabetic() && !c.is_uppercase())
            })
    };
    for (from, to) in &check.spellings {
        if !typed(from) || !is_valid_negation(to) {
            out.push(Problem::new(
                at(keys!["crisis_check", "spellings", from.as_str()]),
                format!("the spelling \"{from}\" = \"{to}\" cannot be used"),
                "map one lowercase word to the lowercase words it stands for, e.g. gonna = \"going to\"",
            ));
        }
    }
    for (word, forms) in &check.irregular {
        if !one_word(word) || forms.is_empty() || !forms.iter().all(|f| one_word(f)) {
            out.push(Problem::new(
                at(keys!["crisis_check", "irregular", word.as_str()]),
                format!("the forms of \"{word}\" cannot be used"),
                "map one lowercase word to the single-word forms the rules cannot make, e.g. throw = [\"threw\", \"thrown\"]",
            ));
        }
    }
}

/// The word classes: valid, unique ids with words, and an `urgent` class.
fn check_crisis_classes(check: &CrisisCheck, out: &mut Vec<Problem>) {
    let at = |p: Vec<Seg>| Location::Safety(p);
    let mut class_ids: HashSet<&str> = HashSet::new();
    for (c, class) in check.classes.iter().enumerate() {
        if !is_valid_id(&class.id) {
            out.push(Problem::new(
                at(keys!["crisis_check", "classes", c, "id"]),
                format!(
                    "the class id \"{}\" is not lowercase words joined by dashes",
                    class.id
                ),
                "name it like \"harm-act\"",
            ));
        } else if !class_ids.insert(class.id.as_str()) {
            out.push(Problem::new(
                at(keys!["crisis_check", "classes", c, "id"]),
                format!("the class `{}` is defined twice", class.id),
                "keep one class of that name, with all its words",
            ));
        }
        if class.words.is_empty() {
            out.push(Problem::new(
                at(keys!["crisis_check", "classes", c, "words"]),
                format!("the class `{}` has no words", class.id),
                "list its words, or remove the class",
            ));
        }
        let mut seen = HashSet::new();
        for (w, entry) in class.words.iter().enumerate() {
            let here = at(keys!["crisis_check", "classes", c, "words", w]);
            if !is_valid_negation(entry) {
                out.push(Problem::new(
                    here,
                    format!("the entry \"{entry}\" is not lowercase words"),
                    WORDS_FIX,
                ));
            } else if !seen.insert(entry.as_str()) {
                out.push(Problem::new(
                    here,
                    format!("the entry \"{entry}\" is listed twice in `{}`", class.id),
                    "list it once",
                ));
            }
        }
    }
    if !class_ids.contains(crate::crisis::URGENT_CLASS) {
        out.push(Problem::new(
            at(keys!["crisis_check", "classes"]),
            "there is no `urgent` class",
            "add a class with id = \"urgent\" listing words that make a match urgent, e.g. [\"tonight\", \"right now\"]",
        ));
    }
}

/// The patterns: valid, unique ids, situations, gaps, examples, and enough per situation.
fn check_crisis_patterns(check: &CrisisCheck, out: &mut Vec<Problem>) {
    let at = |p: Vec<Seg>| Location::Safety(p);
    let mut pattern_ids = HashSet::new();
    let mut per_situation: HashMap<HelpSituation, usize> = HashMap::new();
    for (p, pattern) in check.patterns.iter().enumerate() {
        let here = |key: &'static str| at(keys!["crisis_check", "patterns", p, key]);
        if !is_valid_id(&pattern.id) {
            out.push(Problem::new(
                here("id"),
                format!(
                    "the pattern id \"{}\" is not lowercase words joined by dashes",
                    pattern.id
                ),
                "name it like \"threat-to-kill\"",
            ));
        } else if !pattern_ids.insert(pattern.id.as_str()) {
            out.push(Problem::new(
                here("id"),
                format!("the pattern id `{}` is used twice", pattern.id),
                "give each pattern its own id",
            ));
        }
        if !crate::crisis::MATCH_SITUATIONS.contains(&pattern.situation) {
            out.push(Problem::new(
                here("situation"),
                format!("a pattern cannot mean `{}`", pattern.situation.as_str()),
                "use self-harm, hurt-someone, being-hurt or new-dad",
            ));
        }
        *per_situation.entry(pattern.situation).or_default() += 1;
        if pattern.gap > MAX_PATTERN_GAP {
            out.push(Problem::new(
                here("gap"),
                format!("`gap` is {}, more than {MAX_PATTERN_GAP}", pattern.gap),
                "allow at most 4 words between two parts; a wider gap joins words that do not belong together",
            ));
        }
        if pattern.catches.len() < MIN_PATTERN_CATCHES {
            out.push(Problem::new(
                here("catches"),
                format!(
                    "the pattern `{}` shows {} line(s) it catches; it needs at least {MIN_PATTERN_CATCHES}",
                    pattern.id,
                    pattern.catches.len()
                ),
                "add lines a man might really write that this pattern must catch",
            ));
        }
        if pattern.ignores.is_empty() {
            out.push(Problem::new(
                here("ignores"),
                format!(
                    "the pattern `{}` shows no line it must not catch",
                    pattern.id
                ),
                "add an everyday line sharing its words that the check must stay quiet on",
            ));
        }
    }
    for (situation, min) in MIN_CRISIS_PATTERNS {
        let n = per_situation.get(&situation).copied().unwrap_or(0);
        if n < min {
            out.push(Problem::new(
                at(keys!["crisis_check", "patterns"]),
                format!(
                    "`{}` has {n} crisis pattern(s); it needs at least {min}",
                    situation.as_str()
                ),
                "add patterns for the ways men write about it",
            ));
        }
    }
}

/// Every pattern catches its own examples and stays quiet on its everyday lines.
fn check_crisis_examples(check: &CrisisCheck, out: &mut Vec<Problem>) {
    let at = |p: Vec<Seg>| Location::Safety(p);
    let matcher = match crate::crisis::Matcher::new(check) {
        Ok(matcher) => matcher,
        Err(problems) => {
            for problem in problems {
                out.push(Problem::new(
                    at(keys!["crisis_check", "patterns", problem.pattern, "match"]),
                    problem.message,
                    "write the parts as {class} names defined under [[crisis_check.classes]], or plain lowercase words",
                ));
            }
            return;
        }
    };
    for (p, pattern) in check.patterns.iter().enumerate() {
        for (i, line) in pattern.catches.iter().enumerate() {
            let findings = matcher.findings(line);
            if !findings.iter().any(|f| f.pattern == pattern.id) {
                let what = match findings.first() {
                    Some(f) => format!("only `{}` matches it", f.pattern),
                    None => "nothing matches it".to_owned(),
                };
                out.push(Problem::new(
                    at(keys!["crisis_check", "patterns", p, "catches", i]),
                    format!(
                        "the pattern `{}` does not catch \"{line}\" ({what})",
                        pattern.id
                    ),
                    "change the pattern or its classes so it does, or move the line to the pattern that should catch it",
                ));
            }
        }
        for (i, line) in pattern.ignores.iter().enumerate() {
            if let Some(f) = matcher.findings(line).first() {
                out.push(Problem::new(
                    at(keys!["crisis_check", "patterns", p, "ignores", i]),
                    format!(
                        "the check is not quiet on \"{line}\": `{}` matches it",
                        f.pattern
                    ),
                    "narrow that pattern, add the saying to `quiet`, or check the line is really everyday talk",
                ));
            }
        }
    }
}

/// Built-in steps in one situation's crisis answer.
pub const CRISIS_ANSWER_STEPS: std::ops::RangeInclusive<usize> = 2..=6;

/// `[crisis_answer]`: every text written, one answer per situation the check can find, the
/// parts in a real order, and a plan that names fields the pack defines.
fn check_crisis_answer(pack: &Pack, out: &mut Vec<Problem>) {
    let answer = &pack.safety.crisis_answer;
    let at = |p: Vec<Seg>| Location::Safety(p);
    let empty = |out: &mut Vec<Problem>, path: Vec<Seg>, key: &str| {
        out.push(Problem::new(
            at(path),
            format!("`{key}` is empty"),
            format!("write the crisis answer's {key}"),
        ));
    };
    for (key, value) in answer.texts() {
        if blank(value) {
            empty(out, keys!["crisis_answer", key], key);
        }
    }
    for (key, value) in answer.follow_up.texts() {
        if blank(value) {
            empty(out, keys!["crisis_answer", "follow_up", key], key);
        }
    }
    for wanted in CRISIS_ANSWER_SITUATIONS {
        let count = answer
            .situations
            .iter()
            .filter(|s| s.situation == wanted)
            .count();
        if count != 1 {
            out.push(Problem::new(
                at(keys!["crisis_answer", "situations"]),
                format!(
                    "the situation `{}` has {count} answers; it has exactly one",
                    wanted.as_str()
                ),
                "write one [[crisis_answer.situations]] for each of self-harm, hurt-someone, being-hurt and new-dad",
            ));
        }
    }
    let documents = plan_documents(pack);
    for (i, situation) in answer.situations.iter().enumerate() {
        let here = |key: &str| keys!["crisis_answer", "situations", i, key];
        if !CRISIS_ANSWER_SITUATIONS.contains(&situation.situation) {
            out.push(Problem::new(
                at(here("situation")),
                format!(
                    "the crisis check never finds `{}`, so it has no answer",
                    situation.situation.as_str()
                ),
                "answer only self-harm, hurt-someone, being-hurt and new-dad",
            ));
        }
        for (key, value) in situation.texts() {
            if blank(value) {
                empty(out, here(key), key);
            }
        }
        let mut order: Vec<&str> = situation.order.iter().map(String::as_str).collect();
        order.sort_unstable();
        let mut parts = CRISIS_ANSWER_PARTS.to_vec();
        parts.sort_unstable();
        if order != parts {
            out.push(Problem::new(
                at(here("order")),
                format!("`order` is [{}]", situation.order.join(", ")),
                "list \"plan\", \"lines\" and \"emergency\" once each, in the order shown",
            ));
        }
        if !CRISIS_ANSWER_STEPS.contains(&situation.steps.len()) {
            out.push(Problem::new(
                at(here("steps")),
                format!("there are {} steps", situation.steps.len()),
                format!(
                    "write {} to {} short steps he can take this minute",
                    CRISIS_ANSWER_STEPS.start(),
                    CRISIS_ANSWER_STEPS.end()
                ),
            ));
        }
        for (s, step) in situation.steps.iter().enumerate() {
            if blank(step) {
                out.push(Problem::new(
                    at(keys!["crisis_answer", "situations", i, "steps", s]),
                    format!("step {} is empty", s + 1),
                    "write the step, or remove it",
                ));
            }
        }
        check_answer_plan(situation, &documents, here, out);
    }
}

/// The plan an answer shows: a document the pack defines, fields it has, and a heading.
fn check_answer_plan(
    situation: &crate::model::CrisisAnswerSituation,
    documents: &HashMap<String, Vec<String>>,
    here: impl Fn(&str) -> Vec<Seg>,
    out: &mut Vec<Problem>,
) {
    let at = Location::Safety;
    let Some(plan) = &situation.plan else {
        if !situation.plan_fields.is_empty() || situation.plan_title.is_some() {
            out.push(Problem::new(
                at(here("plan")),
                "`plan_fields` or `plan_title` are set, but no `plan`".to_owned(),
                "name the plan (\"safety-plan\" or \"pause-plan\"), or remove them",
            ));
        }
        return;
    };
    let Some(fields) = documents.get(plan) else {
        out.push(Problem::new(
            at(here("plan")),
            format!("no plan `{plan}` is defined in this pack"),
            format!(
                "name one of: {}",
                documents.keys().cloned().collect::<Vec<_>>().join(", ")
            ),
        ));
        return;
    };
    if situation.plan_fields.is_empty() {
        out.push(Problem::new(
            at(here("plan_fields")),
            "no fields of the plan are named".to_owned(),
            "list the fields of his plan to show, e.g. [\"reasons-for-living\"]",
        ));
    }
    for field in &situation.plan_fields {
        if !fields.contains(field) {
            out.push(Problem::new(
                at(here("plan_fields")),
                format!("the plan `{plan}` has no field `{field}`"),
                format!("use one of: {}", fields.join(", ")),
            ));
        }
    }
    if situation.plan_title.as_deref().is_none_or(blank) {
        out.push(Problem::new(
            at(here("plan_title")),
            "`plan_title` is missing".to_owned(),
            "write the heading above his plan, e.g. \"From your safety plan\"",
        ));
    }
}

/// Every living document the pack defines, with its field ids: the plans of its modules'
/// `plan` exercises, and the safety plan.
fn plan_documents(pack: &Pack) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for step in pack.modules.iter().flat_map(|m| &m.steps) {
        if let Some(Exercise::Plan(plan)) = &step.exercise {
            out.entry(plan.document.clone())
                .or_insert_with(|| plan.fields.iter().map(|f| f.id.clone()).collect());
        }
    }
    // The safety plan's ids are fixed (checked on their own), so a broken safety plan is
    // reported once, there.
    out.insert(
        "safety-plan".to_owned(),
        SAFETY_PLAN_STEPS
            .iter()
            .map(|id| (*id).to_owned())
            .collect(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_words_joined_by_single_dashes() {
        for ok in ["a", "naming-what-you-feel", "step-2", "1800respect"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in ["", "Naming", "naming_what", "-a", "a-", "a--b", "a b", "é"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn control_and_reordering_characters_are_refused_and_line_breaks_and_tabs_are_not() {
        for c in [
            '\u{1b}', '\u{7}', '\u{8}', '\u{0}', '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}',
            '\u{200E}', '\u{200F}', '\u{61C}',
        ] {
            assert!(is_refused_char(c), "{c:?}");
        }
        for c in ['\n', '\t', '\r', 'a', ' ', '9', '\u{2065}', '\u{2029}'] {
            assert!(!is_refused_char(c), "{c:?}");
        }
    }

    #[test]
    fn a_carriage_return_is_refused_unless_it_ends_a_line() {
        assert_eq!(refused_char("Call 13 11 14\r\nany time"), None);
        assert_eq!(refused_char("plain text"), None);
        assert_eq!(refused_char("Call 13\r11 14"), Some('\r'));
        assert_eq!(refused_char("Call 13 11 14\r"), Some('\r'));
        assert_eq!(refused_char("Call \u{202E}41 11 31"), Some('\u{202E}'));
        assert_eq!(refused_char("x\u{1b}[31m"), Some('\u{1b}'));
    }

    #[test]
    fn dates_must_be_real_calendar_days() {
        assert!(is_valid_date("2026-11-01"));
        assert!(is_valid_date("2024-02-29"));
        assert!(
            is_valid_date("2000-02-29"),
            "a century divisible by 400 is a leap year"
        );
        assert!(is_valid_date("2025-02-28"));
        for bad in [
            "1900-02-29",
            "2025-02-29",
            "2026-01x01",
            "2026x01-01",
            "2026-13-01",
            "2026-1-01",
            "01-11-2026",
            "",
            "2026-11-31",
            "2026-1a-01",
        ] {
            assert!(!is_valid_date(bad), "{bad}");
        }
    }

    #[test]
    fn phone_numbers_take_digits_spaces_and_a_leading_plus() {
        assert!(is_dialable("13 11 14"));
        assert!(is_dialable("+44 116 123"));
        assert!(is_dialable("1-800-799-7233"));
        assert!(!is_dialable("call us"));
        assert!(!is_dialable("1"));
        assert!(!is_dialable("12+34"));
    }

    #[test]
    fn crisis_phrases_are_lowercase_words_of_letters_and_apostrophes() {
        for ok in [
            "kill myself",
            "i can't go on",
            "no",
            "better off without me",
            "kill* myself",
            "los* it and hit*",
        ] {
            assert!(is_valid_phrase(ok), "{ok}");
        }
        assert!(is_valid_negation("would never"));
        for bad in ["nev*", "Never", "never ", "n't!"] {
            assert!(!is_valid_negation(bad), "{bad:?}");
        }
        for bad in [
            "",
            "Kill myself",
            "kill  myself",
            " kill myself",
            "kill myself ",
            "kill-myself",
            "end it all!",
            "i can’t go on",
            "'",
            "one two three four five six seven eight nine",
            "hi* her",
            "*kill myself",
            "kill** myself",
            "ki*ll myself",
            "*",
        ] {
            assert!(!is_valid_phrase(bad), "{bad:?}");
        }
    }

    #[test]
    fn locales_are_a_language_code_with_optional_subtags() {
        assert!(is_valid_locale("en"));
        assert!(is_valid_locale("en-AU"));
        assert!(!is_valid_locale("English"));
        assert!(!is_valid_locale("en_AU"));
        assert!(is_valid_locale("fr-CA"));
        for bad in ["EN", "english", "e", "en-a", "en-a!b", "en-abcdefghi"] {
            assert!(!is_valid_locale(bad), "{bad}");
        }
    }
}
