//! `groundwork pack …`: validate and build content packs.

use std::process::ExitCode;

/// What to do with a content pack.
#[derive(Debug, clap::Subcommand)]
pub enum PackCommand {}

/// Runs a pack command.
pub fn run(command: PackCommand) -> ExitCode {
    match command {}
}
