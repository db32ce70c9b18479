//! The privacy commands: the app lock, encrypted backup and restore, and the report for a
//! counsellor.
//!
//! Secrets (PINs and passphrases) never come from the command line, where other users and the
//! shell history can see them: they are read from a hidden prompt, or from an environment
//! variable named with an option, for scripts.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::Subcommand;
use groundwork_core::backup::{RestoreCounts, RestoreMode, RestoreSummary};
use groundwork_core::lock::{LockKind, LockSecret, UnlockOutcome};
use groundwork_core::share::{ShareFormat, SharePreview, ShareSelection};
use groundwork_core::{ApiError, DatabaseKey, Groundwork};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::CliError;
use crate::keyfile;

/// `groundwork lock ...`
#[derive(Debug, Subcommand)]
pub enum LockCommand {
    /// Set an app lock: the database key is wrapped under a PIN or passphrase and the key file
    /// is removed, so the database opens only with it.
    Set {
        /// A PIN (6 or more digits) or a passphrase (8 or more characters).
        #[arg(long, value_enum, default_value = "passphrase")]
        kind: KindArg,
        /// Read the new PIN or passphrase from this environment variable instead of asking.
        #[arg(long, value_name = "VAR")]
        new_secret_env: Option<String>,
        /// Erase everything after this many wrong attempts in a row (5 to 100). Off unless given.
        #[arg(long, value_name = "N")]
        erase_after: Option<u32>,
    },
    /// Change the PIN or passphrase (the current one is asked for, or read with
    /// --passphrase-env VAR).
    Change {
        /// The kind of the new secret (default: the kind the lock uses now).
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// Read the new PIN or passphrase from this environment variable instead of asking.
        #[arg(long, value_name = "VAR")]
        new_secret_env: Option<String>,
    },
    /// Remove the app lock: the key goes back into the key file beside the database.
    Remove,
    /// Say whether an app lock is set, and when the next try is allowed.
    Status,
}

/// A PIN or a passphrase.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum KindArg {
    /// 6 or more digits.
    Pin,
    /// 8 or more characters.
    Passphrase,
}

impl From<KindArg> for LockKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Pin => LockKind::Pin,
            KindArg::Passphrase => LockKind::Passphrase,
        }
    }
}

/// Report formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ShareFormatArg {
    /// One HTML page with charts, ready to print to PDF.
    Html,
    /// Plain Markdown.
    Markdown,
}

/// `groundwork share ...`
#[derive(Debug, clap::Args)]
pub struct ShareArgs {
    /// The first day the report covers (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    from: String,
    /// The last day the report covers (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    to: String,
    /// Include check-in trends.
    #[arg(long)]
    trends: bool,
    /// Include this journal entry (repeatable; ids from `groundwork journal list`).
    #[arg(long = "entry", value_name = "ID")]
    entries: Vec<Uuid>,
    /// Include the modules completed in these days.
    #[arg(long)]
    modules: bool,
    /// Include this living document, e.g. safety-plan (repeatable).
    #[arg(long = "document", value_name = "ID")]
    documents: Vec<String>,
    /// Include the anger log for these days: when, how strong, what you did, and putting it
    /// right (never what happened, your body's cues or your thoughts).
    #[arg(long)]
    anger_log: bool,
    /// Which kind of file.
    #[arg(long, value_enum, default_value = "html")]
    format: ShareFormatArg,
    /// Show what the report would hold and write nothing.
    #[arg(long)]
    preview: bool,
    /// Print the preview as JSON (with --preview).
    #[arg(long, requires = "preview")]
    json: bool,
    /// Where to write the report.
    #[arg(
        short = 'o',
        long = "output",
        value_name = "PATH",
        required_unless_present = "preview"
    )]
    output: Option<PathBuf>,
}

/// Reads a secret: from the environment variable `env` if named, else from a hidden prompt
/// (asked twice when `confirm`). Never echoed, never logged.
pub fn read_secret(
    env: Option<&str>,
    prompt: &str,
    confirm: bool,
) -> Result<Zeroizing<String>, CliError> {
    if let Some(var) = env {
        return std::env::var(var).map(Zeroizing::new).map_err(|_| {
            CliError::Usage(format!(
                "the environment variable {var} is not set or not valid text"
            ))
        });
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Usage(format!(
            "there is no terminal to ask for the {prompt}; name an environment variable that holds it instead"
        )));
    }
    let first = Zeroizing::new(rpassword::prompt_password(format!("{prompt}: "))?);
    if confirm {
        let again = Zeroizing::new(rpassword::prompt_password(format!("{prompt} again: "))?);
        if *again != *first {
            return Err(CliError::Usage(
                "the two did not match; nothing was changed".into(),
            ));
        }
    }
    Ok(first)
}

pub fn lock_secret(kind: LockKind, text: Zeroizing<String>) -> LockSecret {
    match kind {
        LockKind::Pin => LockSecret::Pin(text.to_string()),
        LockKind::Passphrase => LockSecret::Passphrase(text.to_string()),
    }
}

pub fn kind_name(kind: LockKind) -> &'static str {
    match kind {
        LockKind::Pin => "PIN",
        LockKind::Passphrase => "passphrase",
    }
}

/// Whether an app lock is set in `data_dir`.
pub fn is_locked(data_dir: &Path) -> Result<Option<LockKind>, CliError> {
    let status = groundwork_core::lock::lock_status(
        data_dir,
        chrono::Utc::now(),
        groundwork_core::base::text::Language::ENGLISH,
    )?;
    Ok(status.kind.filter(|_| status.locked))
}

/// Unlocks with the secret from `--passphrase-env VAR` or a prompt and returns the key.
pub fn unlock(data_dir: &Path, kind: LockKind, env: Option<&str>) -> Result<DatabaseKey, CliError> {
    let secret = read_secret(env, &format!("App lock {}", kind_name(kind)), false)?;
    let outcome = groundwork_core::lock::unlock(
        data_dir,
        &lock_secret(kind, secret),
        chrono::Utc::now(),
        groundwork_core::base::text::Language::ENGLISH,
    )?;
    key_from(outcome)
}

/// The key from an attempt, or what to tell him.
fn key_from(outcome: UnlockOutcome) -> Result<DatabaseKey, CliError> {
    let failure = match outcome {
        UnlockOutcome::Unlocked { .. } => {
            return outcome.into_key().ok_or_else(|| {
                CliError::Api(ApiError::Internal {
                    reason: "the unlocked key has an unexpected length".into(),
                })
            });
        }
        UnlockOutcome::WrongSecret {
            attempts_left_before_erase,
            retry_after,
            ..
        } => {
            let mut text = "That was not right; the attempt was counted.".to_owned();
            if let Some(at) = retry_after {
                text.push_str(&format!(" Try again after {}.", local_time(at)));
            }
            if let Some(left) = attempts_left_before_erase {
                text.push_str(&format!(
                    " {left} more wrong attempts erase everything, as you chose."
                ));
            }
            text
        }
        UnlockOutcome::TooSoon { retry_after, .. } => format!(
            "Too soon after wrong attempts; nothing was tried. Try again after {}.",
            local_time(retry_after)
        ),
        UnlockOutcome::Erased { .. } => {
            "That was the last wrong attempt you allowed: everything has been erased, as you chose."
                .to_owned()
        }
    };
    Err(CliError::Refused(failure))
}

fn local_time(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono::Local)
        .format("%H:%M:%S")
        .to_string()
}

fn passphrase_needs_no_lock() -> CliError {
    CliError::Usage(
        "this database already opens only with your passphrase, so it needs no app lock".into(),
    )
}

/// Whether an app lock can be set over this data directory: none is set, and the key is in
/// the key file (a database opened with a passphrase needs none).
pub fn can_set_lock(data_dir: &Path) -> Result<(), CliError> {
    if is_locked(data_dir)?.is_some() {
        return Err(ApiError::AppLockAlreadySet.into());
    }
    if data_dir.join(keyfile::KDF_FILE).exists() {
        return Err(passphrase_needs_no_lock());
    }
    Ok(())
}

/// Sets an app lock: the key file's key is wrapped under `secret`, then the key file is
/// removed, so the database opens only with the PIN or passphrase.
pub fn set_lock_over_key_file(
    data_dir: &Path,
    secret: &LockSecret,
    erase_after: Option<u32>,
) -> Result<(), CliError> {
    can_set_lock(data_dir)?;
    let key = keyfile::load_or_create(data_dir, &keyfile::KeySource::KeyFile)
        .map_err(CliError::Refused)?;
    groundwork_core::lock::set_lock(data_dir, &key, secret, erase_after)?;
    keyfile::remove_key_file(data_dir).map_err(CliError::Refused)?;
    Ok(())
}

/// `groundwork lock set|change|remove`.
pub fn lock(
    data_dir: &Path,
    passphrase_env: Option<&str>,
    command: LockCommand,
) -> Result<(), CliError> {
    let current = is_locked(data_dir)?;
    match command {
        LockCommand::Status => {
            let status = groundwork_core::lock::lock_status(
                data_dir,
                chrono::Utc::now(),
                groundwork_core::base::text::Language::ENGLISH,
            )?;
            match status.kind.filter(|_| status.locked) {
                None => println!("No app lock is set."),
                Some(kind) => println!(
                    "An app lock is set: it opens with your {}.",
                    kind_name(kind)
                ),
            }
            if let Some(at) = status.retry_after {
                println!(
                    "After wrong attempts, the next try is allowed after {}.",
                    local_time(at)
                );
            }
            if let (Some(limit), Some(left)) =
                (status.erase_after, status.attempts_left_before_erase)
            {
                println!(
                    "As you chose, {limit} wrong attempts in a row erase everything; {left} are left."
                );
            }
        }
        LockCommand::Set {
            kind,
            new_secret_env,
            erase_after,
        } => {
            if current.is_some() {
                return Err(ApiError::AppLockAlreadySet.into());
            }
            if passphrase_env.is_some() {
                return Err(passphrase_needs_no_lock());
            }
            let kind = LockKind::from(kind);
            can_set_lock(data_dir)?;
            let secret = read_secret(
                new_secret_env.as_deref(),
                &format!("New {}", kind_name(kind)),
                true,
            )?;
            set_lock_over_key_file(data_dir, &lock_secret(kind, secret), erase_after)?;
            println!(
                "App lock set. Groundwork now opens only with your {}.",
                kind_name(kind)
            );
        }
        LockCommand::Change {
            kind,
            new_secret_env,
        } => {
            let old_kind = current.ok_or(ApiError::AppLockNotSet)?;
            let new_kind = kind.map(LockKind::from).unwrap_or(old_kind);
            let old = read_secret(
                passphrase_env,
                &format!("Current {}", kind_name(old_kind)),
                false,
            )?;
            let new = read_secret(
                new_secret_env.as_deref(),
                &format!("New {}", kind_name(new_kind)),
                true,
            )?;
            key_from(groundwork_core::lock::change_lock(
                data_dir,
                &lock_secret(old_kind, old),
                &lock_secret(new_kind, new),
                chrono::Utc::now(),
                groundwork_core::base::text::Language::ENGLISH,
            )?)?;
            println!("App lock changed: use your new {}.", kind_name(new_kind));
        }
        LockCommand::Remove => {
            let old_kind = current.ok_or(ApiError::AppLockNotSet)?;
            let old = read_secret(
                passphrase_env,
                &format!("Current {}", kind_name(old_kind)),
                false,
            )?;
            // The key is saved before the lock goes: were removing it to fail, the lock still
            // opens the database, and the key is never lost between the two.
            let key = key_from(groundwork_core::lock::unlock(
                data_dir,
                &lock_secret(old_kind, Zeroizing::new(old.to_string())),
                chrono::Utc::now(),
                groundwork_core::base::text::Language::ENGLISH,
            )?)?;
            keyfile::save_key_file(data_dir, &key).map_err(CliError::Refused)?;
            key_from(groundwork_core::lock::remove_lock(
                data_dir,
                &lock_secret(old_kind, old),
                chrono::Utc::now(),
                groundwork_core::base::text::Language::ENGLISH,
            )?)?;
            println!("App lock removed. The key is back in the key file beside the database.");
        }
    }
    Ok(())
}

/// `groundwork backup -o FILE`.
pub fn backup(groundwork: &Groundwork, env: Option<&str>, output: &Path) -> Result<(), CliError> {
    let passphrase = read_secret(env, "Backup passphrase", true)?;
    let file = groundwork.backup(passphrase.to_string())?;
    crate::write_private_file(output, &file.contents)?;
    println!(
        "Backup written to {}. Keep the passphrase safe: without it the backup cannot be opened.",
        output.display()
    );
    Ok(())
}

/// The largest file `restore` reads.
const MAX_BACKUP_BYTES: u64 = 1 << 30;

/// `groundwork restore FILE [--merge]`.
pub fn restore(
    groundwork: &Groundwork,
    env: Option<&str>,
    file: &Path,
    merge: bool,
) -> Result<(), CliError> {
    let size = std::fs::metadata(file)
        .map_err(|e| CliError::Refused(format!("cannot read {}: {e}", file.display())))?
        .len();
    if size > MAX_BACKUP_BYTES {
        return Err(ApiError::NotABackup.into());
    }
    let bytes = std::fs::read(file)
        .map_err(|e| CliError::Refused(format!("cannot read {}: {e}", file.display())))?;
    let passphrase = read_secret(env, "Backup passphrase", false)?;
    let mode = if merge {
        RestoreMode::Merge
    } else {
        RestoreMode::ReplaceEmpty
    };
    let summary = groundwork.restore(bytes, passphrase.to_string(), mode)?;
    print_summary(
        &mut crate::files::Terminal::new(std::io::stdout().lock()),
        &summary,
    )?;
    Ok(())
}

fn counts_line(counts: &RestoreCounts) -> String {
    [
        ("check-ins", counts.check_ins),
        ("anger moments", counts.anger_moments),
        ("journal entries", counts.journal_entries),
        ("prompts", counts.own_prompts),
        ("living documents", counts.living_documents),
        ("safety answers", counts.safety_answers),
        ("settings", counts.settings),
    ]
    .iter()
    .map(|(what, n)| format!("{what} {n}"))
    .collect::<Vec<_>>()
    .join(", ")
}

fn print_summary(out: &mut impl Write, summary: &RestoreSummary) -> Result<(), CliError> {
    writeln!(
        out,
        "Restored the backup made {}.",
        summary
            .backup_made_at
            .with_timezone(&chrono::Local)
            .format("%-d %b %Y %H:%M")
    )?;
    writeln!(out, "Added: {}.", counts_line(&summary.added))?;
    writeln!(
        out,
        "Already here, left as they were: {}.",
        counts_line(&summary.already_here)
    )?;
    Ok(())
}

/// A day typed on the command line: `InvalidInput` for `field` when it is not `YYYY-MM-DD`.
fn read_day(text: &str, field: &'static str) -> Result<chrono::NaiveDate, ApiError> {
    groundwork_core::days::read_day(text, field).map_err(ApiError::from)
}

/// `groundwork share ...`.
pub fn share(groundwork: &Groundwork, args: ShareArgs) -> Result<(), CliError> {
    let selection = ShareSelection {
        from_day: read_day(&args.from, "from_day")?,
        to_day: read_day(&args.to, "to_day")?,
        include_trends: args.trends,
        journal_entry_ids: args.entries,
        include_completed_modules: args.modules,
        living_document_ids: args.documents,
        include_anger_log: args.anger_log,
    };
    let mut out = crate::files::Terminal::new(std::io::stdout().lock());
    if args.preview {
        let preview = groundwork.share_preview(selection)?;
        return if args.json {
            crate::render::json(&mut out, &preview)
        } else {
            print_preview(&mut out, &preview)
        };
    }
    let format = match args.format {
        ShareFormatArg::Html => ShareFormat::Html,
        ShareFormatArg::Markdown => ShareFormat::Markdown,
    };
    let file = groundwork.share_report(selection, format)?;
    let output = args
        .output
        .ok_or_else(|| CliError::Usage("say where to write the report with -o PATH".into()))?;
    crate::write_private_file(&output, file.contents.as_bytes())?;
    writeln!(
        out,
        "Report written to {}. It holds only what you chose; share it with your counsellor when you are ready.",
        output.display()
    )?;
    Ok(())
}

fn print_preview(out: &mut impl Write, preview: &SharePreview) -> Result<(), CliError> {
    writeln!(out, "{}", preview.title)?;
    for section in &preview.sections {
        writeln!(out, "\n{}: {}", section.title, section.summary)?;
        for item in &section.items {
            match &item.detail {
                Some(detail) => writeln!(out, "  - {}: {detail}", item.label)?,
                None => writeln!(out, "  - {}", item.label)?,
            }
        }
    }
    writeln!(out, "\n{}", preview.message)?;
    Ok(())
}
