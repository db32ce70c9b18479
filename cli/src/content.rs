//! `groundwork content install`: what a pack file would add and what it may not change, shown
//! before anything is installed; then, with an app lock set, its PIN or passphrase.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use groundwork_core::lock::LockKind;
use groundwork_core::{Groundwork, PackInstallOutcome, PackPreview};

use crate::CliError;
use crate::privacy;

/// Shows the preview of `file`, asks to confirm (unless `yes`), asks for the app's secret when a
/// lock is set (or reads it from `passphrase_env`), and installs it. With `preview_only`, shows
/// the preview (as JSON with `json`) and installs nothing.
pub fn install(
    groundwork: &Groundwork,
    out: &mut impl Write,
    file: &Path,
    options: InstallOptions<'_>,
) -> Result<(), CliError> {
    let bytes = std::fs::read(file)
        .map_err(|e| CliError::Refused(format!("cannot read {}: {e}", file.display())))?;
    let preview = groundwork.preview_pack(bytes.clone())?;
    if options.json {
        return crate::render::json(out, &preview);
    }
    print_preview(out, &preview)?;
    if options.preview_only {
        return Ok(());
    }
    if !options.yes {
        if !std::io::stdin().is_terminal() {
            return Err(CliError::Usage(
                "there is no terminal to confirm the install; add --yes once you have read the preview (--preview)".into(),
            ));
        }
        write!(out, "{}? [y/N] ", preview.confirm_label)?;
        out.flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "Yes") {
            writeln!(out, "Not installed. Nothing was changed.")?;
            return Ok(());
        }
    }
    let secret = match (preview.secret_kind, &preview.secret_prompt) {
        (Some(kind), Some(prompt)) => {
            let text = privacy::read_secret(options.passphrase_env, prompt, false)?;
            Some(privacy::lock_secret(kind, text))
        }
        _ => None,
    };
    match groundwork.install_pack(bytes, secret)? {
        PackInstallOutcome::Installed { status } => crate::render::content_status(out, &status),
        PackInstallOutcome::SecretNeeded { message, .. } => Err(CliError::Refused(format!(
            "{message}. Nothing was changed."
        ))),
        PackInstallOutcome::NotInstalled { message, .. } => Err(CliError::Refused(format!(
            "{message} Nothing was installed."
        ))),
        PackInstallOutcome::Erased { message } => Err(CliError::Refused(message)),
    }
}

/// How `install` runs.
pub struct InstallOptions<'a> {
    /// Show the preview and install nothing.
    pub preview_only: bool,
    /// Print the preview as JSON (with `preview_only`).
    pub json: bool,
    /// Install without asking to confirm.
    pub yes: bool,
    /// The environment variable holding the app lock's PIN or passphrase, if named.
    pub passphrase_env: Option<&'a str>,
}

fn print_preview(out: &mut impl Write, preview: &PackPreview) -> Result<(), CliError> {
    writeln!(out, "{}", preview.title)?;
    writeln!(out, "{} ({})", preview.pack_title, preview.pack_id)?;
    writeln!(out, "{}", preview.made_by)?;
    let list = |out: &mut dyn Write, heading: &str, items: &[String]| -> std::io::Result<()> {
        if !items.is_empty() {
            writeln!(out, "{heading}")?;
            for item in items {
                writeln!(out, "  - {item}")?;
            }
        }
        Ok(())
    };
    list(out, "Modules it adds:", &preview.modules_added)?;
    writeln!(
        out,
        "It adds {} exercises and {} journal prompts.",
        preview.exercises_added, preview.prompts_added
    )?;
    list(
        out,
        "Local services it adds to help now (after the built-in lines, marked as from this pack):",
        &preview.services_added,
    )?;
    list(
        out,
        "Built-in modules it rewrites:",
        &preview.modules_changed,
    )?;
    list(
        out,
        "Built-in modules it leaves out (hidden while it is installed; your progress stays):",
        &preview.modules_left_out,
    )?;
    list(out, "What it may not change:", &preview.may_not_change)?;
    list(
        out,
        "Not used from this pack (the app's own are):",
        &preview.set_aside,
    )?;
    match preview.secret_kind {
        Some(LockKind::Pin) => writeln!(out, "Installing it asks for your app lock's PIN.")?,
        Some(LockKind::Passphrase) => {
            writeln!(out, "Installing it asks for your app lock's passphrase.")?
        }
        None => {}
    }
    Ok(())
}
