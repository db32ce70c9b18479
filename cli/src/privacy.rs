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
use crate::language::{Language, label_value};

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

/// Which secret is asked for: its name at the prompt.
#[derive(Debug, Clone, Copy)]
pub enum Secret {
    /// The app lock's PIN or passphrase, to unlock.
    AppLock(LockKind),
    /// The lock's PIN or passphrase now, to change or remove it.
    Current(LockKind),
    /// A new PIN or passphrase.
    New(LockKind),
    /// A backup's passphrase.
    Backup,
}

impl Secret {
    /// Its name at the prompt, e.g. "New PIN".
    fn name(self, language: Language) -> String {
        let (id, kind) = match self {
            Secret::AppLock(kind) => ("terminal-secret-app-lock", kind),
            Secret::Current(kind) => ("terminal-secret-current", kind),
            Secret::New(kind) => ("terminal-secret-new", kind),
            Secret::Backup => return language.say("terminal-secret-backup"),
        };
        language.say_with(id, &[("kind", kind_id(kind).into())])
    }
}

/// Reads a secret: from the environment variable `env` if named, else from a hidden prompt
/// (asked twice when `confirm`). Never echoed, never logged.
pub fn read_secret(
    env: Option<&str>,
    secret: Secret,
    confirm: bool,
    language: Language,
) -> Result<Zeroizing<String>, CliError> {
    read_named_secret(env, &secret.name(language), confirm, language)
}

/// [`read_secret`] for a secret named by the core (a pack install's prompt).
pub fn read_named_secret(
    env: Option<&str>,
    name: &str,
    confirm: bool,
    language: Language,
) -> Result<Zeroizing<String>, CliError> {
    let l = language;
    if let Some(var) = env {
        return std::env::var(var).map(Zeroizing::new).map_err(|_| {
            CliError::Usage(l.say_with("terminal-variable-not-set", &[("var", var.into())]))
        });
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Usage(l.say_with(
            "terminal-no-terminal-for-secret",
            &[("what", name.into())],
        )));
    }
    let asked = format!(
        "{} ",
        l.say_with("terminal-secret-prompt", &[("what", name.into())])
    );
    let first = Zeroizing::new(rpassword::prompt_password(asked)?);
    if confirm {
        let again = format!(
            "{} ",
            l.say_with("terminal-secret-prompt-again", &[("what", name.into())])
        );
        let again = Zeroizing::new(rpassword::prompt_password(again)?);
        if *again != *first {
            return Err(CliError::Usage(l.say("terminal-secrets-did-not-match")));
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

/// The kind of a lock as the catalogs choose its words: `pin` or `passphrase` (the value of
/// `$kind` in `terminal.ftl`).
pub fn kind_id(kind: LockKind) -> &'static str {
    match kind {
        LockKind::Pin => "pin",
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
pub fn unlock(
    data_dir: &Path,
    kind: LockKind,
    env: Option<&str>,
    language: Language,
) -> Result<DatabaseKey, CliError> {
    let secret = read_secret(env, Secret::AppLock(kind), false, language)?;
    let outcome = groundwork_core::lock::unlock(
        data_dir,
        &lock_secret(kind, secret),
        chrono::Utc::now(),
        language,
    )?;
    key_from(outcome, language)
}

/// The key from an attempt, or what to tell him.
fn key_from(outcome: UnlockOutcome, language: Language) -> Result<DatabaseKey, CliError> {
    let l = language;
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
            // Whole sentences, one after another.
            let mut text = vec![l.say("terminal-unlock-wrong")];
            if let Some(at) = retry_after {
                text.push(l.say_with(
                    "terminal-unlock-try-again-after",
                    &[("time", local_time(at).into())],
                ));
            }
            if let Some(left) = attempts_left_before_erase {
                text.push(l.say_with("terminal-unlock-attempts-left", &[("left", left.into())]));
            }
            text.join(" ")
        }
        UnlockOutcome::TooSoon { retry_after, .. } => l.say_with(
            "terminal-unlock-too-soon",
            &[("time", local_time(retry_after).into())],
        ),
        UnlockOutcome::Erased { .. } => l.say("terminal-unlock-erased"),
    };
    Err(CliError::Refused(failure))
}

fn local_time(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono::Local)
        .format("%H:%M:%S")
        .to_string()
}

fn passphrase_needs_no_lock(language: Language) -> CliError {
    CliError::Usage(language.say("terminal-passphrase-needs-no-lock"))
}

/// Whether an app lock can be set over this data directory: none is set, and the key is in
/// the key file (a database opened with a passphrase needs none).
pub fn can_set_lock(data_dir: &Path, language: Language) -> Result<(), CliError> {
    if is_locked(data_dir)?.is_some() {
        return Err(ApiError::AppLockAlreadySet.into());
    }
    if data_dir.join(keyfile::KDF_FILE).exists() {
        return Err(passphrase_needs_no_lock(language));
    }
    Ok(())
}

/// Sets an app lock: the key file's key is wrapped under `secret`, then the key file is
/// removed, so the database opens only with the PIN or passphrase.
pub fn set_lock_over_key_file(
    data_dir: &Path,
    secret: &LockSecret,
    erase_after: Option<u32>,
    language: Language,
) -> Result<(), CliError> {
    can_set_lock(data_dir, language)?;
    let key = keyfile::load_or_create(data_dir, &keyfile::KeySource::KeyFile, language)
        .map_err(CliError::Refused)?;
    groundwork_core::lock::set_lock(data_dir, &key, secret, erase_after)?;
    keyfile::remove_key_file(data_dir, language).map_err(CliError::Refused)?;
    Ok(())
}

/// `groundwork lock set|change|remove`.
pub fn lock(
    data_dir: &Path,
    passphrase_env: Option<&str>,
    command: LockCommand,
    language: Language,
) -> Result<(), CliError> {
    let l = language;
    let kind_arg = |kind: LockKind| [("kind", kind_id(kind).into())];
    let current = is_locked(data_dir)?;
    match command {
        LockCommand::Status => {
            let status = groundwork_core::lock::lock_status(data_dir, chrono::Utc::now(), l)?;
            match status.kind.filter(|_| status.locked) {
                None => println!("{}", l.say("terminal-lock-status-none")),
                Some(kind) => println!(
                    "{}",
                    l.say_with("terminal-lock-status-set", &kind_arg(kind))
                ),
            }
            if let Some(at) = status.retry_after {
                println!(
                    "{}",
                    l.say_with(
                        "terminal-lock-status-next-try",
                        &[("time", local_time(at).into())]
                    )
                );
            }
            if let (Some(limit), Some(left)) =
                (status.erase_after, status.attempts_left_before_erase)
            {
                println!(
                    "{}",
                    l.say_with(
                        "terminal-lock-status-erase-after",
                        &[("limit", limit.into()), ("left", left.into())]
                    )
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
                return Err(passphrase_needs_no_lock(l));
            }
            let kind = LockKind::from(kind);
            can_set_lock(data_dir, l)?;
            let secret = read_secret(new_secret_env.as_deref(), Secret::New(kind), true, l)?;
            set_lock_over_key_file(data_dir, &lock_secret(kind, secret), erase_after, l)?;
            println!("{}", l.say_with("terminal-lock-set", &kind_arg(kind)));
        }
        LockCommand::Change {
            kind,
            new_secret_env,
        } => {
            let old_kind = current.ok_or(ApiError::AppLockNotSet)?;
            let new_kind = kind.map(LockKind::from).unwrap_or(old_kind);
            let old = read_secret(passphrase_env, Secret::Current(old_kind), false, l)?;
            let new = read_secret(new_secret_env.as_deref(), Secret::New(new_kind), true, l)?;
            key_from(
                groundwork_core::lock::change_lock(
                    data_dir,
                    &lock_secret(old_kind, old),
                    &lock_secret(new_kind, new),
                    chrono::Utc::now(),
                    l,
                )?,
                l,
            )?;
            println!(
                "{}",
                l.say_with("terminal-lock-changed", &kind_arg(new_kind))
            );
        }
        LockCommand::Remove => {
            let old_kind = current.ok_or(ApiError::AppLockNotSet)?;
            let old = read_secret(passphrase_env, Secret::Current(old_kind), false, l)?;
            // The key is saved before the lock goes: were removing it to fail, the lock still
            // opens the database, and the key is never lost between the two.
            let key = key_from(
                groundwork_core::lock::unlock(
                    data_dir,
                    &lock_secret(old_kind, Zeroizing::new(old.to_string())),
                    chrono::Utc::now(),
                    l,
                )?,
                l,
            )?;
            keyfile::save_key_file(data_dir, &key, l).map_err(CliError::Refused)?;
            key_from(
                groundwork_core::lock::remove_lock(
                    data_dir,
                    &lock_secret(old_kind, old),
                    chrono::Utc::now(),
                    l,
                )?,
                l,
            )?;
            println!("{}", l.say("terminal-lock-removed"));
        }
    }
    Ok(())
}

/// `groundwork backup -o FILE`.
pub fn backup(
    groundwork: &Groundwork,
    env: Option<&str>,
    output: &Path,
    language: Language,
) -> Result<(), CliError> {
    let passphrase = read_secret(env, Secret::Backup, true, language)?;
    let file = groundwork.backup(passphrase.to_string())?;
    crate::write_private_file(output, &file.contents, language)?;
    println!(
        "{}",
        language.say_with(
            "terminal-backup-written",
            &[("path", output.display().to_string().into())]
        )
    );
    Ok(())
}

/// The largest file `restore` reads.
const MAX_BACKUP_BYTES: u64 = 1 << 30;

/// "cannot read FILE: why".
pub(crate) fn cannot_read(language: Language, file: &Path, error: &std::io::Error) -> CliError {
    CliError::Refused(language.say_with(
        "terminal-cannot-read",
        &[
            ("path", file.display().to_string().into()),
            ("error", error.to_string().into()),
        ],
    ))
}

/// `groundwork restore FILE [--merge]`.
pub fn restore(
    groundwork: &Groundwork,
    env: Option<&str>,
    file: &Path,
    merge: bool,
    language: Language,
) -> Result<(), CliError> {
    let size = std::fs::metadata(file)
        .map_err(|e| cannot_read(language, file, &e))?
        .len();
    if size > MAX_BACKUP_BYTES {
        return Err(ApiError::NotABackup.into());
    }
    let bytes = std::fs::read(file).map_err(|e| cannot_read(language, file, &e))?;
    let passphrase = read_secret(env, Secret::Backup, false, language)?;
    let mode = if merge {
        RestoreMode::Merge
    } else {
        RestoreMode::ReplaceEmpty
    };
    let summary = groundwork.restore(bytes, passphrase.to_string(), mode)?;
    print_summary(
        &mut crate::files::Terminal::new(std::io::stdout().lock()),
        language,
        &summary,
    )?;
    Ok(())
}

/// What a backup held, kind by kind: "check-ins 3, anger moments 0, ...".
fn counts_line(language: Language, counts: &RestoreCounts) -> String {
    language.say_with(
        "terminal-restore-counts",
        &[
            ("check_ins", counts.check_ins.into()),
            ("anger_moments", counts.anger_moments.into()),
            ("journal_entries", counts.journal_entries.into()),
            ("prompts", counts.own_prompts.into()),
            ("living_documents", counts.living_documents.into()),
            ("safety_answers", counts.safety_answers.into()),
            ("settings", counts.settings.into()),
        ],
    )
}

fn print_summary(
    out: &mut impl Write,
    language: Language,
    summary: &RestoreSummary,
) -> Result<(), CliError> {
    use chrono::{Datelike, Timelike};
    let l = language;
    let made = summary.backup_made_at.with_timezone(&chrono::Local);
    writeln!(
        out,
        "{}",
        l.say_with(
            "terminal-restored",
            &[
                ("day", made.day().to_string().into()),
                ("month", made.month().into()),
                ("year", made.year().to_string().into()),
                (
                    "time",
                    format!("{:02}:{:02}", made.hour(), made.minute()).into()
                ),
            ]
        )
    )?;
    writeln!(
        out,
        "{}",
        l.say_with(
            "terminal-restore-added",
            &[("counts", counts_line(l, &summary.added).into())]
        )
    )?;
    writeln!(
        out,
        "{}",
        l.say_with(
            "terminal-restore-already-here",
            &[("counts", counts_line(l, &summary.already_here).into())]
        )
    )?;
    Ok(())
}

/// A day typed on the command line: `InvalidInput` for `field` when it is not `YYYY-MM-DD`.
fn read_day(text: &str, field: &'static str) -> Result<chrono::NaiveDate, ApiError> {
    groundwork_core::days::read_day(text, field).map_err(ApiError::from)
}

/// `groundwork share ...`.
pub fn share(groundwork: &Groundwork, args: ShareArgs, language: Language) -> Result<(), CliError> {
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
            print_preview(&mut out, language, &preview)
        };
    }
    let format = match args.format {
        ShareFormatArg::Html => ShareFormat::Html,
        ShareFormatArg::Markdown => ShareFormat::Markdown,
    };
    let file = groundwork.share_report(selection, format)?;
    let output = args
        .output
        .ok_or_else(|| CliError::Usage(language.say("terminal-share-needs-output")))?;
    crate::write_private_file(&output, file.contents.as_bytes(), language)?;
    writeln!(
        out,
        "{}",
        language.say_with(
            "terminal-share-written",
            &[("path", output.display().to_string().into())]
        )
    )?;
    Ok(())
}

fn print_preview(
    out: &mut impl Write,
    language: Language,
    preview: &SharePreview,
) -> Result<(), CliError> {
    writeln!(out, "{}", preview.title)?;
    for section in &preview.sections {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            label_value(language, &section.title, &section.summary)
        )?;
        for item in &section.items {
            match &item.detail {
                Some(detail) => {
                    writeln!(out, "  - {}", label_value(language, &item.label, detail))?
                }
                None => writeln!(out, "  - {}", item.label)?,
            }
        }
    }
    writeln!(out, "\n{}", preview.message)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(outcome: UnlockOutcome, language: Language) -> String {
        match key_from(outcome, language) {
            Err(CliError::Refused(message)) => message,
            other => panic!("not refused: {:?}", other.map(|_| ())),
        }
    }

    fn wrong(left: u32) -> UnlockOutcome {
        UnlockOutcome::WrongSecret {
            attempts_left_before_erase: Some(left),
            retry_after: None,
            message: String::new(),
        }
    }

    #[test]
    fn a_wrong_pin_says_how_many_tries_are_left_in_french_one_or_many() {
        let french = Language::negotiate(&["fr-CA"]);
        assert_eq!(
            refused(wrong(1), french),
            "Ce n'était pas ça; l'essai a été compté. Encore 1 essai raté et tout est \
             effacé, comme tu l'as choisi."
        );
        assert_eq!(
            refused(wrong(3), french),
            "Ce n'était pas ça; l'essai a été compté. Encore 3 essais ratés et tout est \
             effacé, comme tu l'as choisi."
        );
        assert_eq!(
            refused(wrong(3), Language::ENGLISH),
            "That was not right; the attempt was counted. 3 more wrong attempts erase \
             everything, as you chose."
        );
    }

    #[test]
    fn the_secret_asked_for_is_named_whole_in_each_language() {
        let french = Language::negotiate(&["fr-CA"]);
        assert_eq!(
            Secret::New(LockKind::Passphrase).name(french),
            "Nouvelle phrase de passe"
        );
        assert_eq!(Secret::Current(LockKind::Pin).name(french), "NIP actuel");
        assert_eq!(
            Secret::New(LockKind::Pin).name(Language::ENGLISH),
            "New PIN"
        );
        assert_eq!(
            Secret::AppLock(LockKind::Passphrase).name(Language::ENGLISH),
            "App lock passphrase"
        );
    }
}
