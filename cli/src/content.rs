//! `groundwork content install`: what a pack file would add and what it may not change, shown
//! before anything is installed; then, with an app lock set, its PIN or passphrase.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use groundwork_core::{Groundwork, PackInstallOutcome, PackPreview};

use crate::CliError;
use crate::language::{Language, is_yes};
use crate::privacy;

/// Shows the preview of `file`, asks to confirm (unless `yes`), asks for the app's secret when a
/// lock is set (or reads it from `passphrase_env`), and installs it. With `preview_only`, shows
/// the preview (as JSON with `json`) and installs nothing.
pub fn install(
    groundwork: &Groundwork,
    out: &mut impl Write,
    file: &Path,
    options: InstallOptions<'_>,
    language: Language,
) -> Result<(), CliError> {
    let l = language;
    let bytes = std::fs::read(file).map_err(|e| privacy::cannot_read(l, file, &e))?;
    let preview = groundwork.preview_pack(bytes.clone())?;
    if options.json {
        return crate::render::json(out, &preview);
    }
    print_preview(out, l, &preview)?;
    if options.preview_only {
        return Ok(());
    }
    if !options.yes {
        if !std::io::stdin().is_terminal() {
            return Err(CliError::Usage(l.say("terminal-install-no-terminal")));
        }
        let question = l.say_with(
            "terminal-install-confirm",
            &[("confirm", preview.confirm_label.as_str().into())],
        );
        write!(out, "{question} ")?;
        out.flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !is_yes(l, &answer) {
            writeln!(out, "{}", l.say("terminal-install-not-installed"))?;
            return Ok(());
        }
    }
    let secret = match (preview.secret_kind, &preview.secret_prompt) {
        (Some(kind), Some(prompt)) => {
            let text = privacy::read_named_secret(options.passphrase_env, prompt, false, l)?;
            Some(privacy::lock_secret(kind, text))
        }
        _ => None,
    };
    let message =
        |id: &str, message: &str| CliError::Refused(l.say_with(id, &[("message", message.into())]));
    match groundwork.install_pack(bytes, secret)? {
        PackInstallOutcome::Installed { status } => crate::render::content_status(out, l, &status),
        PackInstallOutcome::SecretNeeded { message: said, .. } => {
            Err(message("terminal-install-secret-needed", &said))
        }
        PackInstallOutcome::NotInstalled { message: said, .. } => {
            Err(message("terminal-install-refused", &said))
        }
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

fn print_preview(
    out: &mut impl Write,
    language: Language,
    preview: &PackPreview,
) -> Result<(), CliError> {
    let l = language;
    writeln!(out, "{}", preview.title)?;
    writeln!(out, "{} ({})", preview.pack_title, preview.pack_id)?;
    writeln!(out, "{}", preview.made_by)?;
    let list = |out: &mut dyn Write, heading: &str, items: &[String]| -> std::io::Result<()> {
        if !items.is_empty() {
            writeln!(out, "{}", l.say(heading))?;
            for item in items {
                writeln!(out, "  - {item}")?;
            }
        }
        Ok(())
    };
    list(
        out,
        "terminal-install-modules-added",
        &preview.modules_added,
    )?;
    writeln!(
        out,
        "{}",
        l.say_with(
            "terminal-install-adds",
            &[
                ("exercises", preview.exercises_added.into()),
                ("prompts", preview.prompts_added.into()),
            ]
        )
    )?;
    list(
        out,
        "terminal-install-services-added",
        &preview.services_added,
    )?;
    list(
        out,
        "terminal-install-modules-changed",
        &preview.modules_changed,
    )?;
    list(
        out,
        "terminal-install-modules-left-out",
        &preview.modules_left_out,
    )?;
    list(
        out,
        "terminal-install-may-not-change",
        &preview.may_not_change,
    )?;
    list(out, "terminal-install-set-aside", &preview.set_aside)?;
    if let Some(kind) = preview.secret_kind {
        writeln!(
            out,
            "{}",
            l.say_with(
                "terminal-install-asks-for-secret",
                &[("kind", privacy::kind_id(kind).into())]
            )
        )?;
    }
    Ok(())
}
