//! The pack model: what a content pack holds once it has been read, and what a bundle carries.
//!
//! These types are plain serde types. The same types are read from the TOML and Markdown source
//! files, written into compiled bundles and read back from them, so the shells and the core see
//! exactly what the authors wrote. Text is already parsed into a small block and span model
//! ([`Block`], [`Span`]) that shells render natively; no shell needs a Markdown parser.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::hours::{OpenHours, OpenProblem, parse_open, parse_time_zone};

/// A content pack: everything a person reads in Groundwork.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pack {
    /// What the pack is: `pack.toml`.
    pub manifest: Manifest,
    /// The modules, in reading order: by phase, then each after its prerequisites (timed modules
    /// by week), then by file path.
    pub modules: Vec<Module>,
    /// The emotion words for the mood meter: `emotions.toml`.
    pub emotions: Vec<Emotion>,
    /// Help lines by region: `helplines.toml`.
    pub helplines: Vec<Region>,
    /// Groups where men meet other men, by region: `peer-groups.toml` ("find your people").
    pub peer_groups: Vec<PeerGroup>,
    /// Journal prompts by theme: `prompts.toml`.
    pub prompts: Vec<Prompt>,
    /// What help now, the risk questions, the safety plan, the pause plan and the private crisis
    /// check say: `safety.toml`.
    pub safety: Safety,
}

impl Pack {
    /// The module with this id, if the pack has one.
    pub fn module(&self, id: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.meta.id == id)
    }

    /// The phase with this id, if the pack has one.
    pub fn phase(&self, id: &str) -> Option<&Phase> {
        self.manifest.phases.iter().find(|p| p.id == id)
    }

    /// The help lines of a region (`AU`, `CA`, `US`, `GB`, `NZ`, ...), if the pack has it.
    pub fn region(&self, code: &str) -> Option<&Region> {
        self.helplines
            .iter()
            .find(|r| r.code.eq_ignore_ascii_case(code))
    }

    /// The peer groups of a region (`AU`, `CA`, ...), in the order of `peer-groups.toml`.
    pub fn peer_groups_in(&self, code: &str) -> Vec<&PeerGroup> {
        self.peer_groups
            .iter()
            .filter(|g| g.region.eq_ignore_ascii_case(code))
            .collect()
    }

    /// The emotion with this id, if the pack has one.
    pub fn emotion(&self, id: &str) -> Option<&Emotion> {
        self.emotions.iter().find(|e| e.id == id)
    }

    /// Whether a "start here" path (`pack.toml`'s `[[paths]]`) opens this module from day one.
    pub fn on_start_path(&self, module_id: &str) -> bool {
        self.manifest
            .paths
            .iter()
            .any(|p| p.modules.iter().any(|m| m == module_id))
    }

    /// What help now shows for a situation, if the pack has it (a valid pack has all of them).
    pub fn situation(&self, id: HelpSituation) -> Option<&Situation> {
        self.safety.situations.iter().find(|s| s.id == id)
    }
}

/// `pack.toml`: what the pack is, its phases in order, and its tracks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Lowercase letters, digits and dashes; never changes once the pack has shipped.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))
    )]
    pub id: String,
    /// The pack's version (semver, e.g. "1.0.0"); raise it whenever anything changes.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^\d+\.\d+\.\d+")))]
    pub version: String,
    /// The pack's name as a person sees it.
    pub title: String,
    /// The language of the text, e.g. "en" or "en-AU".
    pub locale: String,
    /// Who wrote the pack.
    pub authors: Vec<String>,
    /// The licence of the text, e.g. "CC BY-NC 4.0".
    pub licence: String,
    /// The oldest Groundwork core (semver) that can read this pack.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^\d+\.\d+\.\d+")))]
    pub min_core_version: String,
    /// The phases, in the order a person meets them.
    pub phases: Vec<Phase>,
    /// The tracks: paths through the modules (none in an add-on: its modules use its base's).
    #[serde(default)]
    pub tracks: Vec<Track>,
    /// What opens the partner ("we") phases.
    #[serde(default)]
    pub unlock: Unlock,
    /// Old module id = new module id: keeps a person's progress when a module's id had to change.
    #[serde(default)]
    pub renamed: BTreeMap<String, String>,
    /// Short "start here" paths open from day one, for anyone, whatever their modules'
    /// prerequisites: e.g. "Start here if things are heated" (the pause plan and the safety plan).
    #[serde(default)]
    pub paths: Vec<StartPath>,
    /// An add-on pack names the pack it extends here (e.g. "core-en"): it holds only its own
    /// modules, phases and prompts, and uses its base's tracks, emotion words, help and safety
    /// plan. Installed beside the base, its phases come after the base's on the path.
    #[serde(default)]
    pub extends: Option<String>,
}

/// A short "start here" path: a few modules and plans, each usable in one sitting, open from day
/// one without the main path's prerequisites. A module done here counts on the main path too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StartPath {
    /// Lowercase letters, digits and dashes.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))
    )]
    pub id: String,
    /// The path's name, e.g. "Start here if things are heated".
    pub title: String,
    /// One or two sentences a person sees with it.
    pub summary: String,
    /// Ids of "me" modules it opens at once, in order (never an exercise done with a partner).
    #[serde(default)]
    pub modules: Vec<String>,
    /// Ids of living documents it offers directly, e.g. "safety-plan".
    #[serde(default)]
    pub documents: Vec<String>,
}

/// A phase of the curriculum, e.g. "Know where you stand".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Lowercase letters, digits and dashes; modules name their phase by this id.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))
    )]
    pub id: String,
    /// The phase's name on the phase map.
    pub title: String,
    /// One sentence a person sees on the phase map.
    pub summary: String,
    /// Whose work the phase is: "me", "we" or "timed".
    pub kind: PhaseKind,
}

/// Whose work a phase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PhaseKind {
    /// Work on yourself: the "me" phases come first.
    Me,
    /// Partner skills: open only after the "me" work listed in `unlock.we_requires`.
    We,
    /// A timed track's own phase (e.g. new dads): modules come by week, not by unlocking.
    Timed,
}

/// A track: a path through the modules (e.g. the main path, or the new-dad track).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Track {
    /// Lowercase letters, digits and dashes; modules name their tracks by this id.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))
    )]
    pub id: String,
    /// The track's name.
    pub title: String,
    /// One sentence about who the track is for.
    pub summary: String,
    /// "none", or "baby-date" for a track timed from a due date or birth date.
    pub timing: TrackTiming,
}

/// How a track is timed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum TrackTiming {
    /// Modules open by completing their prerequisites.
    #[serde(rename = "none")]
    Untimed,
    /// Modules open by week, counted from the baby's due date or birth date.
    #[serde(rename = "baby-date")]
    BabyDate,
}

/// What opens the partner ("we") phases.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Unlock {
    /// Ids of "me" modules that must all be complete before any "we" phase opens.
    #[serde(default)]
    pub we_requires: Vec<String>,
}

/// A module: one short session of 3 to 7 steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Module {
    /// The module's front matter.
    pub meta: ModuleMeta,
    /// The steps, in order; the last ends with a commitment for the week.
    pub steps: Vec<Step>,
}

/// A module's front matter: the TOML between the `+++` lines at the top of its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ModuleMeta {
    /// Stable id (lowercase letters, digits and dashes); progress is stored against it, so it
    /// never changes. The file must be named after it: `<id>.md`.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))
    )]
    pub id: String,
    /// The module's title.
    pub title: String,
    /// The id of the phase (from `pack.toml`) this module belongs to.
    pub phase: String,
    /// The ids of the tracks (from `pack.toml`) this module is on.
    pub tracks: Vec<String>,
    /// Ids of modules that must be completed first.
    #[serde(default)]
    pub prerequisites: Vec<String>,
    /// How long the module takes, 5 to 10 minutes.
    #[cfg_attr(feature = "schema", schemars(range(min = 5, max = 10)))]
    pub minutes: u32,
    /// One sentence: what the person gets from the module.
    pub summary: String,
    /// Free words about the module; "anger" or "conflict" switch on the safety rule.
    #[serde(default)]
    pub topics: Vec<String>,
    /// The sentence in the module's text that says plainly he is responsible for what he does,
    /// copied word for word from a step (e.g. "What you do with your anger is your choice.").
    /// Required when `topics` include "anger" or "conflict"; vary the wording between modules.
    #[serde(default)]
    pub accountability: Option<String>,
    /// What the module rests on: seed files by name, research notes, or references.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub sources: Vec<String>,
    /// Timed phases only: weeks from the baby's birth (negative: before the due date), -40 to 104.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(range(min = -40, max = 104)))]
    pub week: Option<i32>,
    /// Whether he does its exercises together with his partner (a team plan, time as a couple).
    /// Like every module in a `we` phase, it opens only after the home safety question
    /// (`safety.toml`'s `[home_safety]`) is answered no.
    #[serde(default)]
    pub with_partner: bool,
}

/// One step of a module: a title, a little text, and at most one exercise, which comes last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// The step's title (its `##` heading).
    pub title: String,
    /// The text, in order.
    pub blocks: Vec<Block>,
    /// The exercise at the end of the step, if it has one.
    pub exercise: Option<Exercise>,
}

/// A block of text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// A paragraph.
    Paragraph {
        /// The paragraph's text.
        spans: Vec<Span>,
    },
    /// A bulleted (or numbered, when `ordered`) list.
    List {
        /// Whether the items are numbered.
        ordered: bool,
        /// The items, each a run of text.
        items: Vec<Vec<Span>>,
    },
    /// A quotation, e.g. words to say.
    Quote {
        /// The quote's text.
        spans: Vec<Span>,
    },
}

impl Block {
    /// Every run of text in the block, in order.
    pub fn runs(&self) -> Vec<&[Span]> {
        match self {
            Self::Paragraph { spans } | Self::Quote { spans } => vec![spans.as_slice()],
            Self::List { items, .. } => items.iter().map(Vec::as_slice).collect(),
        }
    }

    /// The block's text without formatting, list items separated by newlines.
    pub fn plain_text(&self) -> String {
        self.runs()
            .into_iter()
            .map(plain_text)
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The text of a run of spans without formatting.
pub fn plain_text(spans: &[Span]) -> String {
    spans.iter().map(Span::text).collect()
}

/// A piece of text with one style, or a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Span {
    /// Plain, emphasised (italic) or strong (bold) text.
    Text {
        /// The text.
        text: String,
        /// Shown in italics.
        emphasis: bool,
        /// Shown in bold.
        strong: bool,
    },
    /// A link.
    Link {
        /// The link's text.
        text: String,
        /// Where it goes.
        target: LinkTarget,
    },
}

impl Span {
    /// The span's text.
    pub fn text(&self) -> &str {
        match self {
            Self::Text { text, .. } | Self::Link { text, .. } => text,
        }
    }
}

/// Where a link goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkTarget {
    /// A web page (`https://` only), opened in the browser after asking.
    Web {
        /// The address.
        url: String,
    },
    /// The app's help screen, optionally for one situation (`help:` or `help:self-harm`, ...).
    Help {
        /// The situation, or `None` for help in general.
        situation: Option<HelpSituation>,
    },
}

/// A situation a `help:` link can open help for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum HelpSituation {
    /// Thoughts of suicide or self-harm.
    SelfHarm,
    /// Afraid of hurting someone, or using violence.
    HurtSomeone,
    /// Being hurt, scared or controlled by someone.
    BeingHurt,
    /// Wanting to talk to someone.
    Talk,
    /// Struggling as a new or expecting dad.
    NewDad,
    /// After losing a pregnancy or a baby.
    BabyLoss,
}

impl HelpSituation {
    /// Every situation, in the order help lists them.
    pub const ALL: [Self; 6] = [
        Self::SelfHarm,
        Self::HurtSomeone,
        Self::BeingHurt,
        Self::Talk,
        Self::NewDad,
        Self::BabyLoss,
    ];

    /// The name used after `help:` in a link.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SelfHarm => "self-harm",
            Self::HurtSomeone => "hurt-someone",
            Self::BeingHurt => "being-hurt",
            Self::Talk => "talk",
            Self::NewDad => "new-dad",
            Self::BabyLoss => "baby-loss",
        }
    }

    /// The situation named `name` (as written after `help:`), if there is one.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// An exercise: something the person does at the end of a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Exercise {
    /// Writes an answer; it becomes a journal entry linked to the step.
    Reflection(Reflection),
    /// Picks a number on a scale.
    Scale(Scale),
    /// Picks one option.
    Choice(Choice),
    /// Picks several options.
    MultiChoice(MultiChoice),
    /// Picks emotion words on the mood meter.
    Emotions(EmotionPicker),
    /// Ticks what applies.
    Checklist(Checklist),
    /// Breathes along with an animation.
    Breathing(Breathing),
    /// Follows a timed body scan.
    BodyScan(BodyScan),
    /// Fills in a plan (a living document he can revisit and edit).
    Plan(Plan),
    /// Picks or writes one thing to try this week.
    Commitment(Commitment),
}

impl Exercise {
    /// The kind names, as written after the backticks of an exercise block.
    pub const KINDS: [&'static str; 10] = [
        "reflection",
        "scale",
        "choice",
        "multi-choice",
        "emotions",
        "checklist",
        "breathing",
        "body-scan",
        "plan",
        "commitment",
    ];

    /// The exercise's id, unique within its module.
    pub fn id(&self) -> &str {
        match self {
            Self::Reflection(e) => &e.id,
            Self::Scale(e) => &e.id,
            Self::Choice(e) => &e.id,
            Self::MultiChoice(e) => &e.id,
            Self::Emotions(e) => &e.id,
            Self::Checklist(e) => &e.id,
            Self::Breathing(e) => &e.id,
            Self::BodyScan(e) => &e.id,
            Self::Plan(e) => &e.id,
            Self::Commitment(e) => &e.id,
        }
    }

    /// The kind's name, as written after the backticks of an exercise block.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Reflection(_) => "reflection",
            Self::Scale(_) => "scale",
            Self::Choice(_) => "choice",
            Self::MultiChoice(_) => "multi-choice",
            Self::Emotions(_) => "emotions",
            Self::Checklist(_) => "checklist",
            Self::Breathing(_) => "breathing",
            Self::BodyScan(_) => "body-scan",
            Self::Plan(_) => "plan",
            Self::Commitment(_) => "commitment",
        }
    }

    /// The sentences the person reads in the exercise (prompt and hint), for reading checks.
    pub fn reading_text(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        match self {
            Self::Reflection(e) => {
                out.push(&e.prompt);
                out.extend(e.hint.as_deref());
            }
            Self::Scale(e) => out.push(&e.prompt),
            Self::Choice(e) => out.push(&e.prompt),
            Self::MultiChoice(e) => out.push(&e.prompt),
            Self::Emotions(e) => out.push(&e.prompt),
            Self::Checklist(e) => out.push(&e.prompt),
            Self::Breathing(e) => out.extend(e.prompt.as_deref()),
            Self::BodyScan(e) => out.extend(e.prompt.as_deref()),
            Self::Plan(e) => out.push(&e.title),
            Self::Commitment(e) => out.push(&e.prompt),
        }
        out
    }
}

/// A reflection prompt: the answer becomes a journal entry linked to the step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reflection {
    /// Unique within the module.
    pub id: String,
    /// The question.
    pub prompt: String,
    /// A line of help shown under the question.
    #[serde(default)]
    pub hint: Option<String>,
}

/// A scale: pick a number from `min` to `max` (0 to 10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Unique within the module.
    pub id: String,
    /// The question.
    pub prompt: String,
    /// The lowest number, 0 to 9.
    pub min: u32,
    /// The highest number, up to 10.
    pub max: u32,
    /// What the lowest number means.
    pub min_label: String,
    /// What the highest number means.
    pub max_label: String,
}

/// A single choice: pick one of 2 to 6 options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Unique within the module.
    pub id: String,
    /// The question.
    pub prompt: String,
    /// 2 to 6 options.
    pub options: Vec<String>,
}

/// A multiple choice: pick several of 2 to 8 options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MultiChoice {
    /// Unique within the module.
    pub id: String,
    /// The question.
    pub prompt: String,
    /// 2 to 8 options.
    pub options: Vec<String>,
    /// At most this many may be picked (1 to the number of options); no limit when absent.
    #[serde(default)]
    pub max: Option<u32>,
}

/// An emotion picker: pick up to `max` words from the pack's emotions on the mood meter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmotionPicker {
    /// Unique within the module.
    pub id: String,
    /// The question.
    pub prompt: String,
    /// At most this many words, 1 to 3; 3 when absent.
    #[serde(default)]
    pub max: Option<u32>,
    /// Offer only these emotion ids (from `emotions.toml`); every word when absent.
    #[serde(default)]
    pub words: Option<Vec<String>>,
}

/// A checklist: tick what applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    /// Unique within the module.
    pub id: String,
    /// The question.
    pub prompt: String,
    /// 1 to 8 items.
    pub items: Vec<String>,
}

/// Paced breathing along with an animation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Breathing {
    /// Unique within the module.
    pub id: String,
    /// A line shown before starting.
    #[serde(default)]
    pub prompt: Option<String>,
    /// Seconds breathing in, 1 to 10.
    pub inhale: u32,
    /// Seconds holding after breathing in, 0 to 10.
    pub hold: u32,
    /// Seconds breathing out, 1 to 10.
    pub exhale: u32,
    /// Seconds holding after breathing out, 0 to 10; 0 when absent.
    #[serde(default)]
    pub hold_after: Option<u32>,
    /// How many breaths, 1 to 20.
    pub cycles: u32,
}

/// A timed body scan: attention moves through the regions one at a time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyScan {
    /// Unique within the module.
    pub id: String,
    /// A line shown before starting.
    #[serde(default)]
    pub prompt: Option<String>,
    /// 2 to 10 body regions, in order.
    pub regions: Vec<String>,
    /// Seconds on each region, 5 to 60.
    pub seconds_per_region: u32,
}

/// A plan builder: named fields that become a living document he can revisit and edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Unique within the module.
    pub id: String,
    /// The living document the answers go into, e.g. `pause-plan`, `values`.
    pub document: String,
    /// The plan's title.
    pub title: String,
    /// 1 to 12 fields.
    pub fields: Vec<PlanField>,
}

/// One field of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanField {
    /// Unique within the plan.
    pub id: String,
    /// What to write.
    pub label: String,
    /// An example or a line of help.
    #[serde(default)]
    pub hint: Option<String>,
}

/// A commitment: one thing to try this week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    /// Unique within the module.
    pub id: String,
    /// The question.
    pub prompt: String,
    /// 1 to 5 ready-made actions; he can also write his own.
    pub suggestions: Vec<String>,
}

/// An emotion word placed on the mood meter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emotion {
    /// Lowercase letters, digits and dashes; check-ins store it.
    pub id: String,
    /// The word shown; the id when absent.
    #[serde(default)]
    pub word: String,
    /// -5 (very unpleasant) to 5 (very pleasant).
    pub pleasantness: i32,
    /// -5 (very low energy) to 5 (very high energy).
    pub energy: i32,
    /// One plain line saying what the word means.
    pub definition: String,
}

/// The help lines of one region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// Two capital letters (ISO 3166-1 alpha-2, with GB for the United Kingdom).
    pub code: String,
    /// The region's name.
    pub name: String,
    /// The lines; at least one is an emergency line.
    pub lines: Vec<Helpline>,
}

/// A help line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    /// Lowercase letters, digits and dashes, unique in the pack.
    pub id: String,
    /// The service's name.
    pub name: String,
    /// What kind of help it gives.
    pub kinds: Vec<HelplineKind>,
    /// A number to call.
    #[serde(default, deserialize_with = "empty_as_none")]
    pub phone: Option<String>,
    /// A number to text.
    #[serde(default, deserialize_with = "empty_as_none")]
    pub sms: Option<String>,
    /// A keyword to text to `sms`, e.g. "HOME".
    #[serde(default, deserialize_with = "empty_as_none")]
    pub sms_body: Option<String>,
    /// A web address (`https://`).
    #[serde(default, deserialize_with = "empty_as_none")]
    pub web: Option<String>,
    /// When it answers, in its `time_zone`: `["always"]` for a line that never closes; spans
    /// such as `["mon-fri 09:00-19:30", "sat 09:00-16:00"]` (the days, `mon` to `sun` or a range
    /// such as `mon-fri`, then 24-hour times; a closing time at or before the opening time is on
    /// the next day, so `"mon-sun 17:00-00:00"` is 5 pm to midnight); or `[]` when the hours are
    /// not known, and help now sends people to the website. Read with [`Helpline::open_hours`].
    pub open: Vec<String>,
    /// The IANA time zone the service states its hours in, e.g. "Australia/Sydney". Help now
    /// says the hours in the person's own time.
    pub time_zone: String,
    /// Who it is for, in one plain sentence.
    pub for_whom: String,
    /// The part of the region it serves when it does not serve all of it, e.g. "Ontario". Help
    /// now puts lines for the whole region first, so nobody is sent to a line he cannot use.
    #[serde(default, deserialize_with = "empty_as_none")]
    pub area: Option<String>,
    /// Where the details were checked (an address or a note).
    pub source: String,
    /// A note for authors, e.g. how well the details were confirmed.
    #[serde(default, deserialize_with = "empty_as_none")]
    pub note: Option<String>,
    /// The day someone last checked the details, `YYYY-MM-DD`.
    pub verified_on: String,
    /// True while the number or hours have not been confirmed on the service's own page (or an
    /// official one): `note` then says what is still to confirm. Help now lists confirmed lines
    /// first.
    #[serde(default)]
    pub unconfirmed: bool,
    /// The languages the service answers in, as its own page (or an official one) says: language
    /// codes such as `["fr", "en"]`. Empty when no page says. Help now puts the lines that answer
    /// in his language first among lines of the same rank, and says which languages each answers in.
    #[serde(default)]
    pub languages: Vec<String>,
}

impl Helpline {
    /// `open`, read: always, unknown, or its spans; `Err` lists what is wrong with it (a valid
    /// pack has none).
    pub fn open_hours(&self) -> Result<OpenHours, Vec<OpenProblem>> {
        parse_open(&self.open)
    }

    /// `time_zone`, read (`None` if it names no zone; a valid pack always names one).
    pub fn zone(&self) -> Option<chrono_tz::Tz> {
        parse_time_zone(&self.time_zone).ok()
    }
}

/// What kind of help a line gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum HelplineKind {
    /// Police, fire, ambulance.
    Emergency,
    /// Crisis support and suicide prevention.
    Crisis,
    /// A line for men.
    Men,
    /// For people being hurt, scared or controlled.
    ViolenceExperienced,
    /// For people who use violence or abuse and want to stop.
    ViolenceUsed,
    /// For expecting and new parents.
    Perinatal,
    /// For parents after a miscarriage, a stillbirth or the death of a baby.
    Loss,
}

impl HelplineKind {
    /// Every kind.
    pub const ALL: [Self; 7] = [
        Self::Emergency,
        Self::Crisis,
        Self::Men,
        Self::ViolenceExperienced,
        Self::ViolenceUsed,
        Self::Perinatal,
        Self::Loss,
    ];

    /// The name written in `kinds = [...]`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Emergency => "emergency",
            Self::Crisis => "crisis",
            Self::Men => "men",
            Self::ViolenceExperienced => "violence-experienced",
            Self::ViolenceUsed => "violence-used",
            Self::Perinatal => "perinatal",
            Self::Loss => "loss",
        }
    }
}

/// `peer-groups.toml`: where men meet other men, region by region.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PeerGroups {
    /// The groups, in the order shown within a region.
    pub groups: Vec<PeerGroup>,
}

/// A peer group: a Men's Shed network, a dads' group, or a men's group run by a service. It
/// is not a help line: it is where a man finds company, and how to find the nearest one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PeerGroup {
    /// Lowercase letters, digits and dashes, unique among the groups, e.g. "au-mens-sheds".
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))
    )]
    pub id: String,
    /// The region it is in: a region code of `helplines.toml`, e.g. "AU".
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[A-Z]{2}$")))]
    pub region: String,
    /// Its name, e.g. "Men's Sheds".
    pub name: String,
    /// What kind of group it is.
    pub kind: PeerGroupKind,
    /// What it is, in one or two plain sentences.
    pub what: String,
    /// Who it is for, in one plain sentence.
    pub for_whom: String,
    /// How to find the nearest one, e.g. "Put in your postcode on the shed map on the website."
    pub find: String,
    /// A number to call, when the group has one.
    #[serde(default, deserialize_with = "empty_as_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    pub phone: Option<String>,
    /// Its web address (`https://`), where the nearest group can be found.
    #[serde(default, deserialize_with = "empty_as_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    pub web: Option<String>,
    /// The part of the region it serves when not all of it, e.g. "Ontario".
    #[serde(default, deserialize_with = "empty_as_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    pub area: Option<String>,
    /// Where the details were checked: the group's own page.
    pub source: String,
    /// A note for authors, e.g. what is left to confirm.
    #[serde(default, deserialize_with = "empty_as_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    pub note: Option<String>,
    /// The day someone last checked the details, `YYYY-MM-DD`, not in the future.
    pub verified_on: String,
    /// True while the details have not been confirmed on the group's own page: `note` then says
    /// what is left to confirm, and the group is listed after the confirmed ones.
    #[serde(default)]
    pub unconfirmed: bool,
}

/// What kind of peer group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PeerGroupKind {
    /// A Men's Shed: men making and fixing things side by side.
    MensShed,
    /// A dads' group: fathers meeting other fathers, often with their children.
    Dads,
    /// A men's talking group, or one run by a local service.
    MensGroup,
}

impl PeerGroupKind {
    /// The name written in `kind = "..."`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MensShed => "mens-shed",
            Self::Dads => "dads",
            Self::MensGroup => "mens-group",
        }
    }
}

/// A journal prompt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    /// Lowercase letters, digits and dashes, unique in the pack.
    pub id: String,
    /// One of [`PROMPT_THEMES`].
    pub theme: String,
    /// The question.
    pub text: String,
}

/// The themes a journal prompt can have.
pub const PROMPT_THEMES: [&str; 12] = [
    "strengths",
    "body",
    "values",
    "stress",
    "feelings",
    "anger",
    "relationships",
    "fatherhood",
    "gratitude",
    "repair",
    "growth",
    "hard-days",
];

/// `safety.toml`: what help now, the risk questions, the safety plan, the pause plan and the
/// private crisis check say. Everything here can be shown without a database or a key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Safety {
    /// The situations a person can pick on the help now screen, in the order shown: each of
    /// self-harm, hurt-someone, being-hurt, talk and new-dad once.
    #[cfg_attr(feature = "schema", schemars(length(min = 5, max = 5)))]
    pub situations: Vec<Situation>,
    /// The two optional questions asked after a check-in that shows high distress.
    pub risk_questions: RiskQuestions,
    /// The one question asked before the exercises done together with a partner open: whether
    /// anyone at home is afraid of him. Its answer stays on the phone.
    pub home_safety: HomeSafety,
    /// The short check of his own mood offered to a new dad about 3 and 6 months after the
    /// baby's birth: the two PHQ-2 questions and one on his temper, and what it says after.
    pub dad_mood_check: DadMoodCheck,
    /// What he sees straight after he writes something the crisis check finds: per situation,
    /// and the quiet question the next time he opens the app.
    pub crisis_answer: CrisisAnswer,
    /// The safety plan's steps: the six Stanley-Brown steps, then reasons for living, with the
    /// ids in `SAFETY_PLAN_STEPS`, in that order.
    #[cfg_attr(feature = "schema", schemars(length(min = 7, max = 7)))]
    pub safety_plan: Vec<SafetyPlanStep>,
    /// The pause (time-out) plan's safeguards, shown every time the pause plan is: agreed
    /// beforehand, announced, time-limited, used to calm down, always come back to talk; and
    /// what keeps everyone safe while he is worked up: the baby put down first, no driving,
    /// weapons out of reach, the kids left out of it. Five to nine lines.
    #[cfg_attr(feature = "schema", schemars(length(min = 5, max = 9)))]
    pub pause_safeguards: Vec<String>,
    /// The private crisis check: word classes and patterns over them.
    pub crisis_check: CrisisCheck,
    /// A short grounding exercise, guided by voice, offered with the pause plan: back to the
    /// here and now through the body and the senses, then the feeling named. Optional.
    #[serde(default)]
    pub grounding: Option<Grounding>,
}

/// A grounding exercise: a line to settle in, short steps each held for its seconds, a closing
/// line. Read aloud step by step (the core times it), so he can follow it with his eyes shut or
/// the screen off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Grounding {
    /// Its name, e.g. "Grounding".
    pub title: String,
    /// The line that opens it.
    pub intro: String,
    /// The steps, in order: three to eight.
    #[cfg_attr(feature = "schema", schemars(length(min = 3, max = 8)))]
    pub steps: Vec<GroundingStep>,
    /// The line that closes it.
    pub closing: String,
    /// Where it comes from (seed file names, `research/evidence.md#...` sections).
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub sources: Vec<String>,
}

/// One step of a grounding exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GroundingStep {
    /// What to do, one or two short sentences ("Name five things you can see.").
    pub say: String,
    /// Seconds to give it, from the start of the line to the next step: 5 to 60.
    #[cfg_attr(feature = "schema", schemars(range(min = 5, max = 60)))]
    pub seconds: u32,
}

/// A situation on the help now screen: its title, a calm line, and which lines come first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Situation {
    /// Which situation: "self-harm", "hurt-someone", "being-hurt", "talk", "new-dad" or
    /// "baby-loss".
    pub id: HelpSituation,
    /// What the person taps, in his words, e.g. "I'm thinking about hurting myself".
    pub title: String,
    /// One calm, plain sentence shown above the lines.
    pub intro: String,
    /// The kinds of line to show, most fitting first. Every region has a line of at least one of
    /// them; where a region has none of a kind, the app falls back to crisis lines.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub kinds: Vec<HelplineKind>,
    /// What he can do this minute, shown before the lines, one short plain step each (e.g.
    /// "Leave the room now."). Required for "hurt-someone"; may be left out for the others.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = 8)))]
    pub first_steps: Vec<String>,
}

/// The two optional questions asked when a check-in shows high distress.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RiskQuestions {
    /// A line shown before the questions, saying they are optional.
    pub intro: String,
    /// Whether he is having thoughts of hurting himself.
    pub self_harm: String,
    /// Whether he is worried he might hurt someone.
    pub hurt_someone: String,
    /// The answer "yes".
    pub yes_label: String,
    /// The answer "no".
    pub no_label: String,
    /// The choice not to answer.
    pub skip_label: String,
}

impl RiskQuestions {
    /// Every text with its key, in file order: for checks that treat them alike.
    pub fn texts(&self) -> [(&'static str, &String); 6] {
        [
            ("intro", &self.intro),
            ("self_harm", &self.self_harm),
            ("hurt_someone", &self.hurt_someone),
            ("yes_label", &self.yes_label),
            ("no_label", &self.no_label),
            ("skip_label", &self.skip_label),
        ]
    }
}

/// The question asked once before the exercises he does together with his partner open (the
/// `we` phases and modules marked `with_partner`): is anyone at home afraid of him, or have they
/// been in the past few months? A yes or "not sure" keeps those exercises closed and offers help
/// for him on his own; the question comes back after four weeks. A no opens them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HomeSafety {
    /// A line above the question: why it is asked, that it is private, that no answer is wrong.
    pub intro: String,
    /// The question: is his partner, or anyone at home, afraid of him, or have they been in the
    /// past few months?
    pub question: String,
    /// The answer "yes".
    pub yes_label: String,
    /// The answer "no".
    pub no_label: String,
    /// The answer "not sure".
    pub not_sure_label: String,
    /// On a module card before he has answered, e.g. "One question first".
    pub ask_label: String,
    /// After a yes or "not sure": why the exercises for two stay closed, with respect, and that
    /// help on his own comes first.
    pub not_yet: String,
    /// After a yes or "not sure": that the question comes back in four weeks.
    pub ask_again: String,
    /// On a module card while those exercises are closed.
    pub closed_label: String,
    /// The heading above the modules he can do on his own.
    pub own_work: String,
    /// After a no: that the exercises for two are open.
    pub after_no: String,
}

impl HomeSafety {
    /// Every text with its key, in file order: for checks that treat them alike.
    pub fn texts(&self) -> [(&'static str, &String); 11] {
        [
            ("intro", &self.intro),
            ("question", &self.question),
            ("yes_label", &self.yes_label),
            ("no_label", &self.no_label),
            ("not_sure_label", &self.not_sure_label),
            ("ask_label", &self.ask_label),
            ("not_yet", &self.not_yet),
            ("ask_again", &self.ask_again),
            ("closed_label", &self.closed_label),
            ("own_work", &self.own_work),
            ("after_no", &self.after_no),
        ]
    }
}

/// How many answers each question of the new dad's mood check has: scored 0 to 3 in order.
pub const DAD_MOOD_ANSWERS: usize = 4;

/// The short check of his own mood, offered on the new-father track about 13 and 26 weeks after
/// the baby's birth (fathers' postnatal depression peaks 3 to 6 months after the birth, and often
/// shows as irritability or anger rather than sadness). Two questions are the PHQ-2 (public
/// domain; Kroenke, Spitzer & Williams 2003), one asks about his temper. A PHQ-2 score of 3 or
/// more, or his temper at "more than half the days" or more, brings help now at the new-dad
/// lines and a word to talk to his doctor; otherwise credit and a pointer back to his plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DadMoodCheck {
    /// The quiet card on home while the check is offered: its heading.
    pub card_title: String,
    /// One line on the card: what it is, that it is quick.
    pub card_message: String,
    /// The button that opens the check, e.g. "Start".
    pub start_label: String,
    /// The button that hides it until the next time it is offered, e.g. "Not now".
    pub not_now_label: String,
    /// Above the questions: it takes a minute, it stays on the phone, it is optional.
    pub intro: String,
    /// The lead-in shared by the questions, e.g. "Over the last 2 weeks, how often have you been
    /// bothered by ...".
    pub stem: String,
    /// PHQ-2 item 1: little interest or pleasure in doing things.
    pub interest: String,
    /// PHQ-2 item 2: feeling down, depressed or hopeless.
    pub down: String,
    /// How it often shows in men: snapping or losing his temper more than usual.
    pub temper: String,
    /// The four answers, scored 0 to 3 in this order: not at all, several days, more than half
    /// the days, nearly every day.
    #[cfg_attr(feature = "schema", schemars(length(min = 4, max = 4)))]
    pub answers: Vec<String>,
    /// After hard answers: plain and never shaming, that this is common and gets better with
    /// support.
    pub hard: String,
    /// After hard answers: talk to his doctor; the lines below are for new dads.
    pub hard_next: String,
    /// After the other answers: a word of credit for checking on himself.
    pub easy: String,
    /// After the other answers: a pointer back to his plan.
    pub easy_next: String,
    /// The button that closes the check, back to home.
    pub done_label: String,
}

impl DadMoodCheck {
    /// Every single text with its key, in file order (the answers are listed apart).
    pub fn texts(&self) -> [(&'static str, &String); 14] {
        [
            ("card_title", &self.card_title),
            ("card_message", &self.card_message),
            ("start_label", &self.start_label),
            ("not_now_label", &self.not_now_label),
            ("intro", &self.intro),
            ("stem", &self.stem),
            ("interest", &self.interest),
            ("down", &self.down),
            ("temper", &self.temper),
            ("hard", &self.hard),
            ("hard_next", &self.hard_next),
            ("easy", &self.easy),
            ("easy_next", &self.easy_next),
            ("done_label", &self.done_label),
        ]
    }
}

/// The situations the crisis check can find, each of which has its own answer.
pub const CRISIS_ANSWER_SITUATIONS: [HelpSituation; 4] = [
    HelpSituation::SelfHarm,
    HelpSituation::HurtSomeone,
    HelpSituation::BeingHurt,
    HelpSituation::NewDad,
];

/// The parts of an answer that `order` arranges: his plan (or the built-in steps when he has
/// none), the lines for the situation, and the emergency number.
pub const CRISIS_ANSWER_PARTS: [&str; 3] = ["plan", "lines", "emergency"];

/// What he sees straight after he writes something the crisis check finds (in a journal entry,
/// a check-in note, an anger moment or an exercise answer), and the question the next time he
/// opens the app. Written per situation, never one sentence for all: the answer to "I want to
/// die tonight" is not the answer to "I might hit her".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CrisisAnswer {
    /// The button that opens help now with every line, e.g. "See all help".
    pub more_help_label: String,
    /// The button that closes the answer, back to what he was doing.
    pub done_label: String,
    /// Above the calls when the answer is urgent: the emergency number and the line lead.
    pub urgent_calls_title: String,
    /// When his region is not known: the heading above every region's emergency number.
    pub unknown_region_title: String,
    /// One answer for each situation the check can find: self-harm, hurt-someone, being-hurt
    /// and new-dad, once each.
    #[cfg_attr(feature = "schema", schemars(length(min = 4, max = 4)))]
    pub situations: Vec<CrisisAnswerSituation>,
    /// The question the next time he opens the app.
    pub follow_up: CrisisFollowUp,
}

/// The answer for one situation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CrisisAnswerSituation {
    /// Which situation: "self-harm", "hurt-someone", "being-hurt" or "new-dad".
    pub situation: HelpSituation,
    /// The heading, e.g. "Step away now".
    pub title: String,
    /// Two or three short sentences: warm, direct, never a lecture.
    pub message: String,
    /// The heading when the words carry time, a plan or the means ("tonight", pills).
    pub urgent_title: String,
    /// What to say then: the calls lead, and why.
    pub urgent_message: String,
    /// In discreet mode: a heading that says nothing of what he wrote.
    pub discreet_title: String,
    /// In discreet mode: a message that says nothing of what he wrote. The numbers stay.
    pub discreet_message: String,
    /// The order of the parts below the message when it is not urgent: each of "plan", "lines"
    /// and "emergency" once. When it is urgent the emergency number and the lines come first.
    #[cfg_attr(feature = "schema", schemars(length(min = 3, max = 3)))]
    pub order: Vec<String>,
    /// The heading above the lines for this situation, e.g. "Talk to someone now".
    pub lines_title: String,
    /// The heading above the emergency number, e.g. "If anyone is in danger now".
    pub emergency_title: String,
    /// His own plan to show, if he has written it: "safety-plan" or "pause-plan".
    #[serde(default)]
    pub plan: Option<String>,
    /// The fields of that plan to show, in order (only those he has filled in appear).
    #[serde(default)]
    pub plan_fields: Vec<String>,
    /// The heading above his own plan, e.g. "From your pause plan".
    #[serde(default)]
    pub plan_title: Option<String>,
    /// The heading above the built-in steps, e.g. "Right now".
    pub steps_title: String,
    /// What he can do this minute when he has not written that plan yet: two to six short
    /// steps.
    #[cfg_attr(feature = "schema", schemars(length(min = 2, max = 6)))]
    pub steps: Vec<String>,
}

impl CrisisAnswerSituation {
    /// Every single text with its key, in file order (the steps are listed apart).
    pub fn texts(&self) -> Vec<(&'static str, &String)> {
        let mut out = vec![
            ("title", &self.title),
            ("message", &self.message),
            ("urgent_title", &self.urgent_title),
            ("urgent_message", &self.urgent_message),
            ("discreet_title", &self.discreet_title),
            ("discreet_message", &self.discreet_message),
            ("lines_title", &self.lines_title),
            ("emergency_title", &self.emergency_title),
        ];
        if let Some(title) = &self.plan_title {
            out.push(("plan_title", title));
        }
        out.push(("steps_title", &self.steps_title));
        out
    }
}

impl CrisisAnswer {
    /// The answer for `situation`, if the pack has one.
    pub fn situation(&self, situation: HelpSituation) -> Option<&CrisisAnswerSituation> {
        self.situations.iter().find(|s| s.situation == situation)
    }

    /// Every single text outside the situations, with its key.
    pub fn texts(&self) -> [(&'static str, &String); 4] {
        [
            ("more_help_label", &self.more_help_label),
            ("done_label", &self.done_label),
            ("urgent_calls_title", &self.urgent_calls_title),
            ("unknown_region_title", &self.unknown_region_title),
        ]
    }
}

/// The quiet question on home the next time he opens the app, within a few days of writing
/// something heavy: how is he now? Each answer leads somewhere: worse to the same help again,
/// better to a word of credit and his plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CrisisFollowUp {
    /// The card's heading, e.g. "Last time you wrote something heavy."
    pub title: String,
    /// The question, e.g. "How are you now?"
    pub question: String,
    /// In discreet mode: a heading that says nothing of what he wrote, e.g. "Checking in".
    pub discreet_title: String,
    /// The answer "better".
    pub better_label: String,
    /// The answer "about the same".
    pub same_label: String,
    /// The answer "worse".
    pub worse_label: String,
    /// The choice not to say.
    pub rather_not_say_label: String,
    /// The button that stops these questions, e.g. "Don't ask me this".
    pub turn_off_label: String,
    /// After "better": credit for what got him through, and his plan.
    pub after_better: String,
    /// After "about the same": that it can take a while, and his plan and the lines.
    pub after_same: String,
    /// Above the help shown again after "worse".
    pub after_worse: String,
    /// After "rather not say": that is fine, help is always there.
    pub after_rather_not_say: String,
    /// After turning it off: that it is off and where to turn it on again.
    pub after_turn_off: String,
}

impl CrisisFollowUp {
    /// Every text with its key, in file order.
    pub fn texts(&self) -> [(&'static str, &String); 13] {
        [
            ("title", &self.title),
            ("question", &self.question),
            ("discreet_title", &self.discreet_title),
            ("better_label", &self.better_label),
            ("same_label", &self.same_label),
            ("worse_label", &self.worse_label),
            ("rather_not_say_label", &self.rather_not_say_label),
            ("turn_off_label", &self.turn_off_label),
            ("after_better", &self.after_better),
            ("after_same", &self.after_same),
            ("after_worse", &self.after_worse),
            ("after_rather_not_say", &self.after_rather_not_say),
            ("after_turn_off", &self.after_turn_off),
        ]
    }
}

/// The ids of the safety plan's steps, in order: the six Stanley-Brown steps, then reasons for
/// living.
pub const SAFETY_PLAN_STEPS: [&str; 7] = [
    "warning-signs",
    "coping-alone",
    "distractions",
    "people-to-ask",
    "professionals",
    "safer-surroundings",
    "reasons-for-living",
];

/// One step of the safety plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SafetyPlanStep {
    /// warning-signs, coping-alone, distractions, people-to-ask, professionals,
    /// safer-surroundings or reasons-for-living (`SAFETY_PLAN_STEPS`, in that order); the
    /// person's answers are stored against it.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(
            pattern = r"^(warning-signs|coping-alone|distractions|people-to-ask|professionals|safer-surroundings|reasons-for-living)$"
        ))
    )]
    pub id: String,
    /// The step's title.
    pub title: String,
    /// What to write.
    pub prompt: String,
    /// 2 to 5 short examples.
    #[cfg_attr(feature = "schema", schemars(length(min = 2, max = 5)))]
    pub examples: Vec<String>,
}

/// The private, on-device check of what he writes, for words of crisis. A match never blocks or
/// changes what was written; after saving, the app answers with help that fits the situation.
///
/// It is compositional: the pack names classes of words (people, acts, intents, means...) and
/// patterns over them ("{intent} {harm} {person}"), so a new way of putting it needs a word added
/// to a class, not a new sentence. `crisis.rs` in this crate is the matcher; content/README.md
/// explains the format.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CrisisCheck {
    /// How the first word of an entry in an inflected class gets its other forms: "english"
    /// (hit, hits, hitting; kick, kicked; choke, choking; cry, cried) or "none".
    pub inflection: Inflection,
    /// Forms the rules cannot make, by the word they belong to: `throw = ["threw", "thrown"]`.
    #[serde(default)]
    pub irregular: BTreeMap<String, Vec<String>>,
    /// How people spell it, mapped to the words the classes are written in, before anything is
    /// matched: `gonna = "going to"`, `dont = "do not"`, `gf = "girlfriend"`.
    #[serde(default)]
    pub spellings: BTreeMap<String, String>,
    /// Words that cancel a wish or an intent when they end at most `negation_window` words before
    /// it ("I would never hurt her"), or stand inside it ("she has never hit me"). Written as
    /// they read after `spellings` ("not", "never").
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub negations: Vec<String>,
    /// Words that, right after a negation, undo it: "can not stop thinking about dying" still
    /// counts ("stop", "help").
    #[serde(default)]
    pub negation_flips: Vec<String>,
    /// How many words before a wish or intent a negation cancels it, 1 to 6.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 6)))]
    pub negation_window: u32,
    /// How many words before an act that was done a negation cancels it, 1 to 3: "I did not hit
    /// her" is a denial, but "I did not mean to hit her" is still an admission.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 3)))]
    pub done_negation_window: u32,
    /// Words right before a match that make it someone else's act or wish, not his ("she",
    /// "he has been", "my wife"): no pattern matches after them.
    #[serde(default)]
    pub not_his: Vec<String>,
    /// Words right before an act that make it not a thing done ("to", "will", "could"): a
    /// pattern of something done does not match after them (the wish patterns read those).
    #[serde(default)]
    pub not_done: Vec<String>,
    /// Words right before an act that still say it was done ("mean to", "tried to"): after
    /// them a pattern of something done matches whatever negation comes before ("I did not mean
    /// to hit her").
    #[serde(default)]
    pub still_done: Vec<String>,
    /// Words that start a new clause, as punctuation does ("but"): no pattern or negation
    /// reaches across them.
    #[serde(default)]
    pub clause_breaks: Vec<String>,
    /// Everyday sayings that share words with a crisis ("killing it at work", "hit her up"): a
    /// match that overlaps one of these is dropped.
    #[serde(default)]
    pub quiet: Vec<String>,
    /// The classes of words the patterns are built from.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub classes: Vec<WordClass>,
    /// The patterns, each naming the situation it means.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub patterns: Vec<CrisisPattern>,
    /// The model that reads what no pattern names, from the pack's `crisis-model.toml` (written
    /// by `groundwork pack train-crisis` from the labelled lines in `crisis-lines/`).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub model: Option<crate::crisis_model::CrisisModel>,
}

/// How the first word of an inflected class entry gets its other forms.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Inflection {
    /// No forms beyond the word itself and `irregular`.
    #[default]
    None,
    /// English verb and noun endings: -s, -es, -ed, -d, -ing, a doubled last consonant, y to i.
    English,
}

/// A class of words: entries of one to eight words, any of which stands where a pattern names
/// the class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WordClass {
    /// The name patterns use in braces: `{person}`.
    pub id: String,
    /// Whether the first word of each entry also matches its other forms (see `inflection`).
    #[serde(default)]
    pub inflect: bool,
    /// The entries, lowercase words as they read after `spellings`.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub words: Vec<String>,
}

/// What a pattern reads as, which decides what a negation does to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PatternKind {
    /// A wish, a fear, an intent or a plan: a negation just before it cancels it ("I do not
    /// want to die", "I would never hurt her").
    Wish,
    /// Something done: only a negation right before it cancels it ("I never hit her"); "I did
    /// not mean to hit her" and "I do not know why I pushed her" still count.
    Done,
}

/// One pattern of the crisis check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CrisisPattern {
    /// Names the pattern in what a match reports, e.g. "threat-to-kill".
    pub id: String,
    /// The situation a match means.
    pub situation: HelpSituation,
    /// A wish or intent, or something done.
    pub kind: PatternKind,
    /// Whether a match is urgent by itself (a plan, the means, preparation, harm happening now).
    /// Any match is also urgent when a word of the `urgent` class stands in its sentence.
    #[serde(default)]
    pub urgent: bool,
    /// How many other words may stand between two parts of the pattern, 0 to 4.
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = 4)))]
    pub gap: u32,
    /// Classes each of which must also have an entry somewhere in the text for a match to
    /// count, e.g. "unwanted" for a new dad's frightening thoughts ("it terrifies me").
    #[serde(default)]
    pub requires: Vec<String>,
    /// The parts in order, one space apart: `{class}` or a literal word, e.g.
    /// "{threat} {kill} {person}".
    #[serde(rename = "match")]
    pub sequence: String,
    /// At least two lines this pattern must catch; the validator runs them.
    #[cfg_attr(feature = "schema", schemars(length(min = 2)))]
    pub catches: Vec<String>,
    /// At least one line the whole check must stay quiet on; the validator runs them.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub ignores: Vec<String>,
}

/// Reads an optional string, treating an empty or blank one as absent.
fn empty_as_none<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<String>::deserialize(deserializer)?.filter(|s| !s.trim().is_empty()))
}
