//! `groundwork`: the Groundwork terminal companion. It runs the same core as the phone apps on a
//! local encrypted database. Run it with no arguments in a terminal for the interactive
//! companion, or use the subcommands from scripts (`--json` for machine-readable output).
//! It speaks the person's language: `--lang TAG`, else the locale's (`language.rs`); its own lines
//! are in `core/locales/<tag>/terminal.ftl`.

mod commands;
mod content;
mod files;
mod interactive;
mod keyfile;
mod language;
mod lesson;
mod pack;
mod privacy;
mod recommend;
mod render;
mod start_here;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use groundwork_core::{
    ApiError, CheckInInput, Clock, Groundwork, InsightRange, JournalFilter, Quadrant, Situation,
    SystemClock,
};
use uuid::Uuid;

pub(crate) use crate::files::write_private_file;
use crate::keyfile::KeySource;
use crate::language::Language;

/// Groundwork: a private companion for doing the work on yourself first, then your relationships.
#[derive(Debug, Parser)]
#[command(name = "groundwork", version, about, long_about = None)]
struct Cli {
    /// Where the encrypted database lives (default: your platform's data directory).
    #[arg(long, global = true, env = "GROUNDWORK_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// Unlock with a passphrase read from this environment variable instead of the key file.
    #[arg(long, global = true, value_name = "VAR")]
    passphrase_env: Option<String>,

    /// The language to speak, e.g. fr-CA or en (default: the locale's, from LC_ALL, then
    /// LC_MESSAGES, then LANG, with LANGUAGE's list first when the locale is not C; English
    /// when it speaks none of them). The `pack` commands, for content authors, stay in English.
    #[arg(long, global = true, value_name = "TAG")]
    lang: Option<String>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Record a check-in: where you are on the mood meter right now.
    Checkin(CheckinArgs),
    /// List recent check-ins (newest first), or show, edit or delete one.
    #[command(args_conflicts_with_subcommands = true)]
    Checkins {
        #[command(subcommand)]
        command: Option<CheckinsCommand>,
        /// How many to show (1 to 500).
        #[arg(long, default_value_t = 20)]
        limit: i32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The emotion words you can pick, placed on the mood meter.
    Emotions {
        /// Print the check-in form model as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Log an anger moment, or list or delete them.
    Anger {
        #[command(subcommand)]
        command: AngerCommand,
    },
    /// Write in, list, search or edit the journal.
    Journal {
        #[command(subcommand)]
        command: JournalCommand,
    },
    /// Trends and patterns from your check-ins, as sparklines.
    Insights {
        /// How far back to look.
        #[arg(long, value_enum, default_value = "month")]
        range: RangeArg,
        /// Print the insights screen model as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show the home screen.
    Home {
        /// Print the home screen model as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Your path: every phase and module, with what is done and what opens next.
    Progress {
        /// Print the phase map model as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Work through a module step by step: the one you're on, or the next on your path.
    /// Exercises done together with a partner ask one question first: whether anyone at home is
    /// afraid of you.
    Lesson {
        /// The module's id (`groundwork progress` lists them).
        module: Option<String>,
        /// Print what opening the module gives as JSON (for scripts) instead of walking it: its
        /// step (`"type": "step"`), or the home safety question (`"type": "question"`), or why
        /// it stays closed for now (`"type": "not-yet"`).
        #[arg(long)]
        json: bool,
        /// With --json: go on from the open step with this answer, as JSON, e.g.
        /// '{"type":"choice","index":0}'; prints what comes next.
        #[arg(long, requires = "json", value_name = "JSON")]
        answer: Option<String>,
        /// With --json: go on from the open step without an answer (or with the saved one).
        #[arg(long, requires = "json", conflicts_with = "answer")]
        next: bool,
        /// With --json: answer the home safety question the module asks (is anyone at home
        /// afraid of you?); prints what comes next.
        #[arg(
            long,
            value_enum,
            requires = "json",
            conflicts_with_all = ["answer", "next"],
            value_name = "ANSWER"
        )]
        home_safety: Option<HomeSafetyArg>,
        /// When following a breathing exercise or body scan here (g at its step), print its
        /// cues one after another instead of waiting each one's seconds (for scripts and
        /// tests).
        #[arg(long, conflicts_with = "json")]
        fast: bool,
    },
    /// A one-minute check on your own mood as a new dad, offered about 13 and 26 weeks after the
    /// birth (home shows it when it is). Asked one question at a time; for scripts, --json
    /// prints the questions and --answers answers them.
    DadCheck {
        /// Your answers, one per question in order, each 0 (not at all) to 3 (nearly every
        /// day), comma-separated, e.g. 1,0,2.
        #[arg(
            long,
            value_delimiter = ',',
            allow_negative_numbers = true,
            conflicts_with = "not_now",
            value_name = "N,N,N"
        )]
        answers: Option<Vec<i32>>,
        /// Not now: hide it until it is offered next.
        #[arg(long)]
        not_now: bool,
        /// Print JSON: the check, or what follows the answers.
        #[arg(long)]
        json: bool,
    },
    /// New dads: answer home's "Has your baby arrived?" once the due date has passed.
    Baby {
        #[command(subcommand)]
        command: BabyCommand,
        /// Print JSON: what the answer gives.
        #[arg(long, global = true)]
        json: bool,
    },
    /// Tracks: pick the new-dad track up again when you choose.
    Track {
        #[command(subcommand)]
        command: TrackCommand,
    },
    /// Answer the question home asks after you wrote something heavy ("How are you now?"), or
    /// turn it off or on.
    FollowUp {
        /// better, same, worse or rather-not-say; or off / on.
        #[arg(value_enum)]
        answer: FollowUpArg,
        /// Print JSON: where the answer leads.
        #[arg(long)]
        json: bool,
    },
    /// Choose your region, tracks and (for the new-dad track) the baby's date.
    Onboard {
        /// AU, CA, US, GB or NZ.
        #[arg(long)]
        region: String,
        /// Tracks, comma-separated: general, new-father.
        #[arg(long, value_delimiter = ',', default_value = "general")]
        tracks: Vec<String>,
        /// The baby's due date, YYYY-MM-DD.
        #[arg(long, conflicts_with = "born")]
        due: Option<String>,
        /// The baby's birthday, YYYY-MM-DD.
        #[arg(long)]
        born: Option<String>,
        /// Discreet mode: neutral notification texts.
        #[arg(long)]
        discreet: bool,
        /// Things are hard at home right now: home starts you with "Start here if things are
        /// heated" (the pause plan and your safety plan).
        #[arg(long)]
        things_are_hard: bool,
    },
    /// Start here if things are heated: the pause plan and your safety plan, open from day one.
    StartHere {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Mark this week's commitment (the newest, or the one with --id): done, not-this-time, or
    /// open again.
    Commitment {
        /// done, not-this-time or open.
        #[arg(value_enum)]
        state: start_here::CommitmentArg,
        /// The commitment's id (from `home --json`).
        #[arg(long)]
        id: Option<String>,
        /// Print the card as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Answer home's question once a commitment's week is over: how did it go?
    WeekReview {
        /// done, partly or not-this-time.
        #[arg(value_enum)]
        answer: start_here::WeekArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Help now: crisis lines for your region, no database or key needed.
    HelpNow {
        /// Your region: AU, CA, US, GB or NZ (default: the one you set, else a guess from $LANG).
        #[arg(long)]
        region: Option<String>,
        /// What is going on.
        #[arg(long, value_enum)]
        situation: Option<SituationArg>,
        /// Print the help now screen model as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Find your people: Men's Sheds, dads' groups and men's groups in your region, and how to
    /// find the nearest one. No database or key needed.
    People {
        /// Your region: AU, CA, US, GB or NZ (default: the one you set, else a guess from $LANG).
        #[arg(long)]
        region: Option<String>,
        /// Print the groups as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Remember your region for help now.
    Region {
        /// AU, CA, US, GB or NZ.
        code: String,
    },
    /// The content in use: install a pack file (a counsellor's modules, prompts and local
    /// services), or go back to the built-in content.
    Content {
        #[command(subcommand)]
        command: ContentCommand,
    },
    /// Your living documents: safety plan, pause plan, values and the rest.
    Plan {
        /// The document to show or edit, e.g. safety-plan or pause-plan; none lists them all.
        id: Option<String>,
        /// Set a field: FIELD=TEXT (repeatable; an empty TEXT clears the field).
        #[arg(long = "set", value_name = "FIELD=TEXT")]
        set: Vec<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Export everything you wrote: JSON (all of it), Markdown (the journal) or CSV (check-ins).
    Export {
        /// Which kind of file.
        #[arg(long, value_enum)]
        format: FormatArg,
        /// Where to write it.
        #[arg(short = 'o', long = "output", value_name = "PATH")]
        output: PathBuf,
    },
    /// Set, change or remove the app lock (a PIN or passphrase between the database and anyone
    /// else at this computer).
    Lock {
        #[command(subcommand)]
        command: privacy::LockCommand,
    },
    /// Make an encrypted backup of everything, locked with a passphrase.
    Backup {
        /// Where to write it.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
        /// Read the backup passphrase from this environment variable instead of asking.
        #[arg(long, value_name = "VAR")]
        backup_passphrase_env: Option<String>,
    },
    /// Restore a backup: into an empty Groundwork, or with --merge add what is missing here.
    Restore {
        /// The backup file.
        file: PathBuf,
        /// Add what the backup has and this Groundwork lacks, instead of filling an empty one.
        #[arg(long)]
        merge: bool,
        /// Read the backup passphrase from this environment variable instead of asking.
        #[arg(long, value_name = "VAR")]
        backup_passphrase_env: Option<String>,
    },
    /// Make a report for your counsellor with only what you choose (--preview shows it first).
    Share(privacy::ShareArgs),
    /// For counsellors: make a recommendation code for modules. For you: read one, and add it to
    /// your plan.
    Recommend {
        /// Module ids, comma-separated.
        #[arg(long, value_delimiter = ',', required_unless_present = "read")]
        modules: Vec<String>,
        /// Your name as the client will see it.
        #[arg(long, required_unless_present = "read")]
        from: Option<String>,
        /// A short note (up to 140 characters).
        #[arg(long)]
        note: Option<String>,
        /// Read a code or link instead of making one (at a terminal, you are asked whether to add
        /// it to your plan).
        #[arg(long, value_name = "CODE", num_args = 1.., conflicts_with_all = ["modules", "from", "note"])]
        read: Option<Vec<String>>,
        /// With --read: add the plan without asking; its modules open and come first on home.
        #[arg(long, requires = "read")]
        accept: bool,
    },
    /// Erase everything: the database, its logs, and the key or passphrase settings. No undo.
    Erase {
        /// Confirm: without it nothing is erased.
        #[arg(long)]
        yes: bool,
    },
    /// The interactive companion (what running with no command does in a terminal), also with
    /// answers piped in, one a line.
    Menu,
    /// Validate, build and lint content packs: tools for content authors, in English whatever
    /// the language.
    Pack {
        #[command(subcommand)]
        command: pack::PackCommand,
    },
}

#[derive(Debug, clap::Args)]
struct CheckinArgs {
    /// How pleasant it feels, -5 (very unpleasant) to 5 (very pleasant).
    #[arg(long, allow_negative_numbers = true)]
    pleasantness: i32,
    /// How much energy you have, -5 (very low) to 5 (very high).
    #[arg(long, allow_negative_numbers = true)]
    energy: i32,
    /// A word from the list (`groundwork emotions`); repeat for up to three.
    #[arg(long = "emotion", value_name = "WORD")]
    emotions: Vec<String>,
    /// A word of your own; repeat for up to three.
    #[arg(long = "word", value_name = "WORD")]
    own_words: Vec<String>,
    /// Anger, 0 to 10.
    #[arg(long)]
    anger: Option<i32>,
    /// Stress, 0 to 10.
    #[arg(long)]
    stress: Option<i32>,
    /// Hours slept last night.
    #[arg(long = "sleep", value_name = "HOURS")]
    hours_slept: Option<f64>,
    /// What it has to do with (work, partner, kids, money, health, or your own); repeatable.
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,
    /// Anything you want to add; `-` reads it from standard input (text given here can be seen
    /// by other users in the process list).
    #[arg(long)]
    note: Option<String>,
    /// Print the saved check-in as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
enum CheckinsCommand {
    /// Show one check-in.
    Show {
        /// Its id.
        id: Uuid,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Replace what a check-in says (when it was made stays).
    Edit {
        /// Its id.
        id: Uuid,
        #[command(flatten)]
        values: CheckinArgs,
    },
    /// Delete a check-in for good.
    Delete {
        /// Its id.
        id: Uuid,
    },
    /// Answer the two optional questions after a hard check-in (leave one out to skip it).
    Answer {
        /// The check-in's id.
        id: Uuid,
        /// Are you having thoughts of hurting yourself?
        #[arg(long, value_enum)]
        self_harm: Option<YesNo>,
        /// Are you worried you might hurt someone?
        #[arg(long, value_enum)]
        hurt_someone: Option<YesNo>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// An answer to "Has your baby arrived?".
#[derive(Debug, Subcommand)]
enum BabyCommand {
    /// Yes: the baby is here, born on DATE.
    Arrived {
        /// The birthday, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        date: String,
    },
    /// Not yet: the due date stays, and home asks again in a few days.
    NotYet,
    /// We lost our baby: the new-dad modules and reminders stop, and the loss lines for your
    /// region are shown.
    Lost,
}

#[derive(Debug, Subcommand)]
enum TrackCommand {
    /// Pick a track timed by the baby's date up again, e.g. `track resume new-father`.
    Resume {
        /// The track's id: new-father.
        track: String,
        /// A new due date, YYYY-MM-DD.
        #[arg(long, conflicts_with = "born")]
        due: Option<String>,
        /// A birthday, YYYY-MM-DD.
        #[arg(long)]
        born: Option<String>,
    },
}

/// An answer to the question after something heavy, or turning it off or on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FollowUpArg {
    Better,
    Same,
    Worse,
    RatherNotSay,
    Off,
    On,
}

/// An answer to the home safety question.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum HomeSafetyArg {
    Yes,
    No,
    NotSure,
}

impl From<HomeSafetyArg> for groundwork_core::curriculum::HomeSafetyAnswer {
    fn from(arg: HomeSafetyArg) -> Self {
        match arg {
            HomeSafetyArg::Yes => Self::Yes,
            HomeSafetyArg::No => Self::No,
            HomeSafetyArg::NotSure => Self::NotSure,
        }
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum YesNo {
    Yes,
    No,
}

impl YesNo {
    fn is_yes(self) -> bool {
        matches!(self, YesNo::Yes)
    }
}

#[derive(Debug, Subcommand)]
enum AngerCommand {
    /// Log a moment of anger.
    Add {
        /// What happened, in a few words.
        #[arg(long = "what")]
        what_happened: String,
        /// How strong it was, 0 to 10.
        #[arg(long)]
        intensity: i32,
        /// What your body did (repeatable), e.g. "jaw tight".
        #[arg(long = "cue", value_name = "CUE")]
        body_cues: Vec<String>,
        /// What went through your head.
        #[arg(long)]
        thoughts: Option<String>,
        /// What you did.
        #[arg(long = "did")]
        what_i_did: Option<String>,
        /// What you'd like to do next time.
        #[arg(long)]
        next_time: Option<String>,
        /// Something needs putting right with someone.
        #[arg(long)]
        repair_needed: bool,
        /// ...and it has been.
        #[arg(long, requires = "repair_needed")]
        repair_done: bool,
        /// Print the saved moment as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List recent moments, newest first.
    List {
        /// How many (1 to 500).
        #[arg(long, default_value_t = 20)]
        limit: i32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Delete a moment for good.
    Delete {
        /// Its id.
        id: Uuid,
    },
    /// Mark the repair after a moment done (one saved with --repair-needed).
    RepairDone {
        /// Its id.
        id: Uuid,
        /// Print the moment as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, clap::Args)]
struct FilterArgs {
    /// First day to include (YYYY-MM-DD).
    #[arg(long = "from", value_name = "DAY")]
    from_day: Option<String>,
    /// Last day to include (YYYY-MM-DD).
    #[arg(long = "to", value_name = "DAY")]
    to_day: Option<String>,
    /// Only entries with this tag.
    #[arg(long)]
    tag: Option<String>,
    /// Only entries written in this mood-meter quadrant.
    #[arg(long, value_enum)]
    quadrant: Option<QuadrantArg>,
}

impl TryFrom<FilterArgs> for JournalFilter {
    type Error = ApiError;

    /// The days as typed: `InvalidInput` for "from_day" or "to_day" when one is not a date.
    fn try_from(a: FilterArgs) -> Result<Self, ApiError> {
        let day = |text: Option<String>, field| {
            text.map(|t| groundwork_core::days::read_day(&t, field))
                .transpose()
                .map_err(ApiError::from)
        };
        Ok(JournalFilter {
            from_day: day(a.from_day, "from_day")?,
            to_day: day(a.to_day, "to_day")?,
            tag: a.tag,
            quadrant: a.quadrant.map(Quadrant::from),
        })
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum QuadrantArg {
    UnpleasantHighEnergy,
    PleasantHighEnergy,
    UnpleasantLowEnergy,
    PleasantLowEnergy,
    Middle,
}

impl From<QuadrantArg> for Quadrant {
    fn from(q: QuadrantArg) -> Self {
        match q {
            QuadrantArg::UnpleasantHighEnergy => Quadrant::UnpleasantHighEnergy,
            QuadrantArg::PleasantHighEnergy => Quadrant::PleasantHighEnergy,
            QuadrantArg::UnpleasantLowEnergy => Quadrant::UnpleasantLowEnergy,
            QuadrantArg::PleasantLowEnergy => Quadrant::PleasantLowEnergy,
            QuadrantArg::Middle => Quadrant::Middle,
        }
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Json,
    Markdown,
    Csv,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum SituationArg {
    SelfHarm,
    HurtSomeone,
    BeingHurt,
    Talk,
    NewDad,
    BabyLoss,
}

impl From<SituationArg> for Situation {
    fn from(s: SituationArg) -> Self {
        match s {
            SituationArg::SelfHarm => Situation::SelfHarm,
            SituationArg::HurtSomeone => Situation::HurtSomeone,
            SituationArg::BeingHurt => Situation::BeingHurt,
            SituationArg::Talk => Situation::Talk,
            SituationArg::NewDad => Situation::NewDad,
            SituationArg::BabyLoss => Situation::BabyLoss,
        }
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum RangeArg {
    Week,
    Month,
    Quarter,
    Year,
}

impl From<RangeArg> for InsightRange {
    fn from(r: RangeArg) -> Self {
        match r {
            RangeArg::Week => InsightRange::Week,
            RangeArg::Month => InsightRange::Month,
            RangeArg::Quarter => InsightRange::Quarter,
            RangeArg::Year => InsightRange::Year,
        }
    }
}

#[derive(Debug, Subcommand)]
enum ContentCommand {
    /// Which content is in use.
    Status {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Install a pack file made with `groundwork pack build`: it is checked again in full, what
    /// it adds is shown first, and with an app lock set its PIN or passphrase is asked for (or
    /// read with --passphrase-env VAR). A pack never changes the built-in help lines.
    Install {
        /// The .gwpack file.
        file: PathBuf,
        /// Show what it would add and may not change, and install nothing.
        #[arg(long)]
        preview: bool,
        /// Print the preview as JSON (with --preview).
        #[arg(long, requires = "preview")]
        json: bool,
        /// Install without asking to confirm (for scripts; read the preview first).
        #[arg(long, conflicts_with = "preview")]
        yes: bool,
    },
    /// Remove the installed pack and go back to the built-in content, or, given its id, remove one
    /// add-on (a counsellor's modules beside the content). Your progress stays.
    Remove {
        /// The id of the add-on to remove, as `content status` lists it.
        addon: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum JournalCommand {
    /// Add an entry.
    Add {
        /// The entry's text. Without it (or with `-`) the text is read from standard input,
        /// `$EDITOR`, or a prompt: text given here can be seen by other users in the process list.
        #[arg(long)]
        text: Option<String>,
        /// A tag (repeatable).
        #[arg(long = "tag", value_name = "TAG")]
        tags: Vec<String>,
        /// The prompt you are answering (an id from `groundwork journal prompts`).
        #[arg(long = "prompt", value_name = "ID")]
        prompt_id: Option<String>,
        /// Print the saved entry as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List entries, newest first, a page at a time.
    List {
        #[command(flatten)]
        filter: FilterArgs,
        /// Continue after this cursor (printed at the end of the previous page).
        #[arg(long)]
        cursor: Option<String>,
        /// Entries per page (1 to 100).
        #[arg(long, default_value_t = 20)]
        limit: i32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one entry in full.
    Show {
        /// Its id.
        id: Uuid,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Replace an entry's text and tags.
    Edit {
        /// Its id.
        id: Uuid,
        /// The new text. Without it (or with `-`) the text is read from standard input,
        /// `$EDITOR`, or a prompt: text given here can be seen by other users in the process list.
        #[arg(long)]
        text: Option<String>,
        /// Tags (repeatable); replaces the old ones.
        #[arg(long = "tag", value_name = "TAG")]
        tags: Vec<String>,
    },
    /// Delete an entry for good.
    Delete {
        /// Its id.
        id: Uuid,
    },
    /// Search entries; every word must appear, the last may be the start of a word.
    Search {
        /// What to look for.
        query: String,
        #[command(flatten)]
        filter: FilterArgs,
        /// How many results (1 to 100).
        #[arg(long, default_value_t = 20)]
        limit: i32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The prompt library; add or delete prompts of your own.
    #[command(args_conflicts_with_subcommands = true)]
    Prompts {
        #[command(subcommand)]
        command: Option<PromptsCommand>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
enum PromptsCommand {
    /// Save a prompt of your own (up to 300 characters), to answer with `journal add --prompt`.
    Add {
        /// The question.
        #[arg(long)]
        text: String,
        /// Print the saved prompt as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Delete one of your own prompts; entries that answered it keep its words.
    Delete {
        /// Its id, as `groundwork journal prompts` lists it (own-...).
        id: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Chosen once: every line the companion writes for him is in it (`pack` stays in English).
    let language = language::chosen(cli.lang.as_deref());
    let command = match cli.command {
        Some(Command::Pack { command }) => return pack::run(command),
        Some(Command::Menu) => {
            let result = interactive::start(cli.data_dir, cli.passphrase_env, language);
            return exit(language, result);
        }
        None if std::io::stdin().is_terminal() => {
            let result = interactive::start(cli.data_dir, cli.passphrase_env, language);
            return exit(language, result);
        }
        Some(Command::Erase { yes }) => return erase(cli.data_dir.as_deref(), yes, language),
        Some(Command::Lock { command }) => {
            let result = match data_dir_or_default(cli.data_dir.as_deref()) {
                Some(dir) => privacy::lock(&dir, cli.passphrase_env.as_deref(), command, language),
                None => Err(no_home_directory(language)),
            };
            return exit(language, result);
        }
        Some(Command::Recommend {
            modules,
            from,
            note,
            read,
            accept,
        }) => {
            let args = recommend::RecommendArgs {
                modules,
                from,
                note,
                read: read.map(|words| words.join(" ")),
                accept,
            };
            return exit(
                language,
                recommend::run(cli.data_dir, cli.passphrase_env, args, language),
            );
        }
        Some(Command::HelpNow {
            region,
            situation,
            json,
        }) => {
            // Help needs no database and no key: with a region given, no database yet, or a
            // database that cannot be opened right now (no key, wrong passphrase, damaged), the
            // lines come from the built-in content alone.
            let situation = situation.map(Situation::from);
            // With an app lock set, help does not wait for the PIN.
            let unlocked = open_without_waiting(
                &cli.data_dir,
                &cli.passphrase_env,
                region.as_deref(),
                language,
            );
            let result = match unlocked {
                Some(g) => g
                    .help_now(situation, device_locale())
                    .map_err(CliError::from)
                    .and_then(|screen| {
                        let mut out = files::Terminal::new(std::io::stdout().lock());
                        if json {
                            render::json(&mut out, &screen)
                        } else {
                            render::help_now(&mut out, language, &screen)
                        }
                    }),
                None => help_now_without_database(
                    data_dir_or_default(cli.data_dir.as_deref()),
                    region,
                    situation,
                    json,
                    language,
                ),
            };
            return exit_with(result);
        }
        Some(Command::People { region, json }) => {
            // Like help now: no database or key needed, and no wait for the PIN.
            let unlocked = open_without_waiting(
                &cli.data_dir,
                &cli.passphrase_env,
                region.as_deref(),
                language,
            );
            return exit_with(commands::people(unlocked.as_ref(), region, json, language));
        }
        Some(command) => Some(command),
        None => None,
    };
    let passphrase_env = cli.passphrase_env.clone();
    let groundwork = match open(cli.data_dir, cli.passphrase_env, language) {
        Ok(g) => g,
        Err(CliError::Usage(message)) => return usage(&message),
        Err(CliError::Refused(message)) => return fail(&message),
        Err(CliError::Api(e)) => return fail(&e.say(language)),
        Err(CliError::Io(e)) => return fail(&e.to_string()),
    };
    let result = match command {
        Some(command) => run(&groundwork, command, passphrase_env.as_deref(), language),
        None => Err(CliError::Usage(language.say("terminal-no-command"))),
    };
    exit(language, result)
}

/// The exit status for a command's result, with its message on standard error.
fn exit(language: Language, result: Result<(), CliError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Api(e)) => fail(&e.say(language)),
        Err(CliError::Refused(message)) => fail(&message),
        Err(CliError::Usage(message)) => usage(&message),
        Err(CliError::Io(e)) => fail(&language.say_with(
            "terminal-cannot-write-output",
            &[("error", e.to_string().into())],
        )),
    }
}

/// No data directory was given and there is no home directory to put the default one in.
pub(crate) fn no_home_directory(language: Language) -> CliError {
    CliError::Usage(language.say("terminal-no-home-directory"))
}

fn usage(message: &str) -> ExitCode {
    eprintln!("groundwork: {message}");
    ExitCode::from(2)
}

/// Why a command failed.
#[derive(Debug)]
pub enum CliError {
    /// The core refused or failed.
    Api(ApiError),
    /// The command line was not usable.
    Usage(String),
    /// Refused for a reason the core did not give (a wrong PIN, a file that cannot be read).
    Refused(String),
    /// Writing to the terminal failed.
    Io(std::io::Error),
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CliError::Api(e) => write!(f, "{e}"),
            CliError::Usage(m) | CliError::Refused(m) => f.write_str(m),
            CliError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<ApiError> for CliError {
    fn from(e: ApiError) -> Self {
        CliError::Api(e)
    }
}

impl From<groundwork_core::Error> for CliError {
    fn from(e: groundwork_core::Error) -> Self {
        CliError::Api(e.into())
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::Io(e)
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("groundwork: {}", files::printable(message));
    ExitCode::FAILURE
}

fn open(
    data_dir: Option<PathBuf>,
    passphrase_env: Option<String>,
    language: Language,
) -> Result<Groundwork, CliError> {
    let data_dir = data_dir_or_default(data_dir.as_deref())
        .ok_or_else(|| CliError::Refused(language.say("terminal-no-home-directory")))?;
    files::prepare_data_dir(&data_dir, language)?;
    files::use_private_dir(&data_dir);
    // With an app lock set, the key comes from the lock: --passphrase-env names its PIN or
    // passphrase, or it is asked for.
    if let Some(kind) = privacy::is_locked(&data_dir)? {
        let key = privacy::unlock(&data_dir, kind, passphrase_env.as_deref(), language)?;
        return Ok(open_database(&data_dir, &key, language)?);
    }
    let source = match passphrase_env {
        Some(var) => KeySource::PassphraseEnv(var),
        None => KeySource::KeyFile,
    };
    let key = keyfile::load_or_create(&data_dir, &source, language).map_err(CliError::Refused)?;
    open_database(&data_dir, &key, language).map_err(|e| {
        CliError::Refused(match e {
            ApiError::WrongKey => match source {
                KeySource::KeyFile => language.say("terminal-key-file-does-not-open"),
                KeySource::PassphraseEnv(_) => language.say("terminal-wrong-passphrase"),
            },
            other => other.say(language),
        })
    })
}

/// Opens the database in `data_dir` with its key: the one place the companion opens the core.
/// `language` is the one the companion speaks (`--lang`, else the locale's): the built-in content
/// is opened in it too, so the screens and the lines around them agree.
pub(crate) fn open_database(
    data_dir: &std::path::Path,
    key: &groundwork_core::DatabaseKey,
    language: Language,
) -> Result<Groundwork, ApiError> {
    Groundwork::open_in(data_dir, key, Arc::new(SystemClock), language)
}

/// After a check-in is saved (or edited): the check-in, then the two optional questions when it
/// shows high distress (asked at the terminal, or named with the command that answers them), and
/// a gentle offer of help when the note suggests it. `--json` prints the check-in with both.
fn after_check_in(
    groundwork: &Groundwork,
    out: &mut impl std::io::Write,
    outcome: &groundwork_core::CheckInOutcome,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    if json {
        let mut value = to_json(&outcome.check_in)?;
        value["safety_questions"] = to_json(&outcome.safety_questions)?;
        value["crisis_answer"] = to_json(&outcome.crisis_answer)?;
        value["saved_message"] = to_json(&outcome.saved_message)?;
        return render::json(out, &value);
    }
    render::saved_check_in(out, outcome)?;
    if let Some(questions) = &outcome.safety_questions {
        if std::io::stdin().is_terminal() {
            let mut input = std::io::stdin().lock();
            return interactive::safety_questions(groundwork, &mut input, out, questions, language);
        }
        writeln!(out, "{}", questions.intro)?;
        writeln!(out, "  {}", questions.self_harm)?;
        writeln!(out, "  {}", questions.hurt_someone)?;
        let command = format!(
            "groundwork checkins answer {} --self-harm yes|no --hurt-someone yes|no",
            questions.check_in_id
        );
        writeln!(
            out,
            "{}",
            language.say_with("terminal-to-answer", &[("command", command.into())])
        )?;
        writeln!(
            out,
            "{}",
            language.say_with(
                "terminal-help-now-any-time",
                &[("command", "groundwork help-now".into())]
            )
        )?;
        return Ok(());
    }
    render::crisis_answer(out, language, outcome.crisis_answer.as_ref())
}

/// A saved entry as JSON, with the crisis answer (or null) beside its fields.
fn with_crisis_answer(
    entry: &impl serde::Serialize,
    answer: &Option<groundwork_core::CrisisAnswer>,
) -> Result<serde_json::Value, CliError> {
    let mut value = to_json(entry)?;
    value["crisis_answer"] = to_json(answer)?;
    Ok(value)
}

fn to_json(value: &impl serde::Serialize) -> Result<serde_json::Value, CliError> {
    serde_json::to_value(value).map_err(|e| CliError::Io(std::io::Error::other(e)))
}

fn check_in_input(
    groundwork: &Groundwork,
    a: CheckinArgs,
    language: Language,
) -> Result<(CheckInInput, bool), CliError> {
    let sorted = groundwork.sort_emotion_words(a.emotions)?;
    if let Some(unknown) = sorted.own_words.first() {
        return Err(CliError::Usage(language.say_with(
            "terminal-not-in-word-list",
            &[("word", unknown.as_str().into())],
        )));
    }
    Ok((
        CheckInInput {
            pleasantness: a.pleasantness,
            energy: a.energy,
            emotions: sorted.emotions,
            own_words: a.own_words,
            anger: a.anger,
            stress: a.stress,
            hours_slept: a.hours_slept,
            tags: a.tags,
            note: a
                .note
                .map(|n| files::text_or_ask(Some(n), files::TextFor::Note, language))
                .transpose()?,
        },
        a.json,
    ))
}

fn data_dir_or_default(data_dir: Option<&std::path::Path>) -> Option<PathBuf> {
    data_dir.map(std::path::Path::to_owned).or_else(|| {
        directories::ProjectDirs::from("app", "Groundwork", "Groundwork")
            .map(|d| d.data_dir().to_owned())
    })
}

/// Erases the database files and the key material beside them; needs no key, so a forgotten
/// passphrase is no obstacle.
fn erase(data_dir: Option<&std::path::Path>, yes: bool, language: Language) -> ExitCode {
    let Some(dir) = data_dir_or_default(data_dir) else {
        return fail(&language.say("terminal-no-home-directory"));
    };
    if !yes {
        eprintln!(
            "groundwork: {}",
            language.say_with(
                "terminal-erase-needs-yes",
                &[("dir", dir.display().to_string().into())]
            )
        );
        return ExitCode::from(2);
    }
    let mut left = match groundwork_core::wipe::erase_data_dir(&dir).map_err(ApiError::from) {
        Ok(()) => Vec::new(),
        Err(ApiError::EraseIncomplete { remaining }) => remaining,
        Err(e) => return fail(&e.to_string()),
    };
    for file in [keyfile::KEY_FILE, keyfile::KDF_FILE] {
        let path = dir.join(file);
        let _ = groundwork_core::wipe::shred_file(&path);
        if std::fs::symlink_metadata(&path).is_ok() {
            left.push(file.to_owned());
        }
    }
    if !left.is_empty() {
        return fail(&language.say_with(
            "terminal-erase-incomplete",
            &[
                ("files", left.join(", ").into()),
                ("count", left.len().into()),
            ],
        ));
    }
    // The folder goes too when nothing else is in it; another file of yours keeps it.
    let removed = std::fs::remove_dir(&dir).is_ok() || !dir.exists();
    if removed {
        println!("{}", language.say("terminal-erased-and-folder-gone"));
    } else {
        println!(
            "{}",
            language.say_with(
                "terminal-erased-folder-stays",
                &[("dir", files::printable(&dir.display().to_string()).into())]
            )
        );
    }
    ExitCode::SUCCESS
}

fn app_lock_set(data_dir: Option<&std::path::Path>) -> bool {
    data_dir_or_default(data_dir)
        .is_some_and(|d| groundwork_core::lock::lock_file_path(&d).exists())
}

fn database_exists(data_dir: Option<&std::path::Path>) -> bool {
    data_dir_or_default(data_dir).is_some_and(|d| groundwork_core::database_path(&d).exists())
}

/// The device locale, as the phone shells pass it: `LC_ALL`, `LC_MESSAGES` or `LANG`.
pub fn device_locale() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty() && v != "C" && v != "POSIX" && !v.starts_with("C."))
}

/// The locale to hand help now when no database is open: the machine's locale when it is in
/// `language` (its region guesses his country), else `language`'s own tag, so `--lang fr-CA`
/// shows help in French whatever the machine's locale.
pub fn device_locale_in(language: Language) -> Option<String> {
    let locale = device_locale();
    if locale.as_deref().map(|l| Language::from_locale(Some(l))) == Some(language) {
        locale
    } else {
        Some(language.tag().to_owned())
    }
}

/// Help now from the pack the data directory uses (an installed pack's newer numbers), else the
/// built-in content.
fn help_now_without_database(
    data_dir: Option<PathBuf>,
    region: Option<String>,
    situation: Option<Situation>,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    // The device's clock, as a phone passes it: the moment and its UTC offset.
    let now = SystemClock.now();
    let (at, offset) = (now.to_utc(), now.offset().local_minus_utc() / 60);
    let region = region.as_deref().map(commands::region_code).transpose()?;
    let screen = match data_dir {
        Some(dir) => groundwork_core::help_now_at(
            &dir,
            region,
            device_locale_in(language),
            situation,
            at,
            offset,
        )?,
        None => {
            groundwork_core::help_now(region, device_locale_in(language), situation, at, offset)?
        }
    };
    let mut out = files::Terminal::new(std::io::stdout().lock());
    if json {
        render::json(&mut out, &screen)
    } else {
        render::help_now(&mut out, language, &screen)
    }
}

/// The exit code of a command that needs no database, saying what went wrong if anything did.
fn exit_with(result: Result<(), CliError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Api(e)) => fail(&e.to_string()),
        Err(CliError::Usage(m) | CliError::Refused(m)) => fail(&m),
        Err(CliError::Io(e)) => fail(&e.to_string()),
    }
}

/// The open database for a command that needs none (help now, people): only when no region was
/// given, a database exists, no app lock is set (help does not wait for the PIN) and it opens;
/// otherwise `None`, and the command uses the built-in content alone.
fn open_without_waiting(
    data_dir: &Option<PathBuf>,
    passphrase_env: &Option<String>,
    region: Option<&str>,
    language: Language,
) -> Option<Groundwork> {
    (region.is_none() && database_exists(data_dir.as_deref()) && !app_lock_set(data_dir.as_deref()))
        .then(|| open(data_dir.clone(), passphrase_env.clone(), language).ok())
        .flatten()
}

/// The command table: each command that needs the open database, and the function that runs it
/// (`commands.rs`), in the language the companion speaks.
fn run(
    groundwork: &Groundwork,
    command: Command,
    passphrase_env: Option<&str>,
    language: Language,
) -> Result<(), CliError> {
    let mut terminal = files::Terminal::new(std::io::stdout().lock());
    let out = &mut terminal;
    let bold = std::io::stdout().is_terminal();
    let g = groundwork;
    let l = language;
    match command {
        Command::Checkin(args) => commands::check_in(g, out, args, l),
        Command::Checkins {
            command,
            limit,
            json,
        } => commands::check_ins(g, out, command, limit, json, l),
        Command::Emotions { json } => commands::emotions(g, out, json, l),
        Command::Anger { command } => commands::anger(g, out, command, l),
        Command::Journal { command } => commands::journal(g, out, command, bold, l),
        Command::Insights { range, json } => commands::insights(g, out, range, json, l),
        Command::Export { format, output } => commands::export(g, out, format, &output, l),
        Command::Region { code } => commands::region(g, out, code, l),
        Command::Content { command } => commands::content(g, out, command, passphrase_env, l),
        Command::Plan { id, set, json } => commands::plan(g, out, id, set, json, l),
        Command::DadCheck {
            answers,
            not_now,
            json,
        } => commands::dad_check(g, out, answers, not_now, json, l),
        Command::Baby { command, json } => commands::baby(g, out, command, json, l),
        Command::Track { command } => commands::track(g, out, command, l),
        Command::FollowUp { answer, json } => commands::follow_up(g, out, answer, json, l),
        Command::Home { json } => commands::home(g, out, json, l),
        Command::Progress { json } => commands::progress(g, out, json, l),
        Command::Lesson {
            module,
            json,
            answer,
            next,
            home_safety,
            fast,
        } => {
            let flags = commands::LessonFlags {
                json,
                answer,
                next,
                home_safety,
                fast,
            };
            commands::lesson(g, out, module, flags, l)
        }
        Command::Onboard {
            region,
            tracks,
            due,
            born,
            discreet,
            things_are_hard,
        } => {
            let choices = commands::OnboardFlags {
                region,
                tracks,
                due,
                born,
                discreet,
                things_are_hard,
            };
            commands::onboard(g, out, choices, l)
        }
        Command::StartHere { json } => start_here::start_here(g, out, json, l),
        Command::Commitment { state, id, json } => {
            start_here::commitment(g, out, state, id, json, l)
        }
        Command::WeekReview { answer, json } => start_here::week_review(g, out, answer, json, l),
        Command::Backup {
            output,
            backup_passphrase_env,
        } => privacy::backup(g, backup_passphrase_env.as_deref(), &output, l),
        Command::Restore {
            file,
            merge,
            backup_passphrase_env,
        } => privacy::restore(g, backup_passphrase_env.as_deref(), &file, merge, l),
        Command::Share(args) => privacy::share(g, args, l),
        Command::Pack { .. }
        | Command::Menu
        | Command::Lock { .. }
        | Command::Erase { .. }
        | Command::HelpNow { .. }
        | Command::People { .. }
        | Command::Recommend { .. } => Err(CliError::Usage(l.say("terminal-opens-no-database"))),
    }
}
