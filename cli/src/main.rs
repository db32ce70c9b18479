//! `groundwork`: the Groundwork terminal companion. It runs the same core as the phone apps on a
//! local encrypted database. Run it with no arguments in a terminal for the interactive
//! companion, or use the subcommands from scripts (`--json` for machine-readable output).

mod interactive;
mod keyfile;
mod pack;
mod render;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use groundwork_core::{ApiError, CheckInInput, Groundwork, SystemClock};

use crate::keyfile::KeySource;

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

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Record a check-in: where you are on the mood meter right now.
    Checkin {
        /// How pleasant it feels, -5 (very unpleasant) to 5 (very pleasant).
        #[arg(long, allow_negative_numbers = true)]
        pleasantness: i8,
        /// How much energy you have, -5 (very low) to 5 (very high).
        #[arg(long, allow_negative_numbers = true)]
        energy: i8,
        /// A word for what you feel (up to three: repeat the option).
        #[arg(long = "emotion", value_name = "WORD")]
        emotions: Vec<String>,
        /// Anything you want to add.
        #[arg(long)]
        note: Option<String>,
        /// Print the saved check-in as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List recent check-ins, newest first.
    Checkins {
        /// How many to show (1 to 500).
        #[arg(long, default_value_t = 20)]
        limit: u32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write in or search the journal.
    Journal {
        #[command(subcommand)]
        command: JournalCommand,
    },
    /// Show the home screen.
    Home {
        /// Print the home screen model as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Validate, build and lint content packs.
    Pack {
        #[command(subcommand)]
        command: pack::PackCommand,
    },
}

#[derive(Debug, Subcommand)]
enum JournalCommand {
    /// Add an entry.
    Add {
        /// The entry's text.
        #[arg(long)]
        text: String,
        /// Print the saved entry as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Search entries; every word must appear, the last may be the start of a word.
    Search {
        /// What to look for.
        query: String,
        /// How many results (1 to 100).
        #[arg(long, default_value_t = 20)]
        limit: u32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let command = match cli.command {
        Some(Command::Pack { command }) => return pack::run(command),
        Some(command) => Some(command),
        None => None,
    };
    let groundwork = match open(cli.data_dir, cli.passphrase_env) {
        Ok(g) => g,
        Err(message) => return fail(&message),
    };
    let result = match command {
        Some(command) => run(&groundwork, command),
        None if std::io::stdin().is_terminal() => interactive::run(&groundwork),
        None => Err(CliError::Usage(
            "no command given; run `groundwork --help`, or run it in a terminal for the interactive companion".into(),
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Api(e)) => fail(&e.to_string()),
        Err(CliError::Usage(message)) => {
            eprintln!("groundwork: {message}");
            ExitCode::from(2)
        }
        Err(CliError::Io(e)) => fail(&format!("could not write output: {e}")),
    }
}

/// Why a command failed.
#[derive(Debug)]
pub enum CliError {
    /// The core refused or failed.
    Api(ApiError),
    /// The command line was not usable.
    Usage(String),
    /// Writing to the terminal failed.
    Io(std::io::Error),
}

impl From<ApiError> for CliError {
    fn from(e: ApiError) -> Self {
        CliError::Api(e)
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::Io(e)
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("groundwork: {message}");
    ExitCode::FAILURE
}

fn open(data_dir: Option<PathBuf>, passphrase_env: Option<String>) -> Result<Groundwork, String> {
    let data_dir = match data_dir {
        Some(dir) => dir,
        None => directories::ProjectDirs::from("app", "Groundwork", "Groundwork")
            .map(|dirs| dirs.data_dir().to_owned())
            .ok_or("cannot find a home directory; pass --data-dir DIR")?,
    };
    let source = match passphrase_env {
        Some(var) => KeySource::PassphraseEnv(var),
        None => KeySource::KeyFile,
    };
    let key = keyfile::load_or_create(&data_dir, &source)?;
    Groundwork::open_with(&data_dir, &key, Arc::new(SystemClock)).map_err(|e| match e {
        ApiError::WrongKey => match source {
            KeySource::KeyFile => {
                "the key file does not open this database. Nothing was changed.".to_owned()
            }
            KeySource::PassphraseEnv(_) => {
                "wrong passphrase: it does not open this database. Nothing was changed.".to_owned()
            }
        },
        other => other.to_string(),
    })
}

fn run(groundwork: &Groundwork, command: Command) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match command {
        Command::Checkin {
            pleasantness,
            energy,
            emotions,
            note,
            json,
        } => {
            let saved = groundwork.record_check_in(CheckInInput {
                pleasantness,
                energy,
                emotions,
                note,
            })?;
            if json {
                render::json(&mut out, &saved)
            } else {
                render::saved_check_in(&mut out, &saved)
            }
        }
        Command::Checkins { limit, json } => {
            let list = groundwork.recent_check_ins(limit)?;
            if json {
                render::json(&mut out, &list)
            } else {
                render::check_ins(&mut out, &list)
            }
        }
        Command::Journal {
            command: JournalCommand::Add { text, json },
        } => {
            let entry = groundwork.add_journal_entry(text)?;
            if json {
                render::json(&mut out, &entry)
            } else {
                render::saved_entry(&mut out, &entry)
            }
        }
        Command::Journal {
            command: JournalCommand::Search { query, limit, json },
        } => {
            let hits = groundwork.search_journal(query, limit)?;
            if json {
                render::json(&mut out, &hits)
            } else {
                render::search_hits(&mut out, &hits, std::io::stdout().is_terminal())
            }
        }
        Command::Home { json } => {
            let home = groundwork.home_screen()?;
            if json {
                render::json(&mut out, &home)
            } else {
                render::home(&mut out, &home)
            }
        }
        Command::Pack { .. } => Err(CliError::Usage(
            "pack commands do not open a database".into(),
        )),
    }
}
