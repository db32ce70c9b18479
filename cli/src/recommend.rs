//! `groundwork recommend`: a counsellor makes a code and link for modules (no database), and
//! the man reads one and adds it to his plan (`--accept`, or yes at the question), as the apps'
//! `accept_recommendation` does. Home then shows the plan first.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use groundwork_core::recommend::ReceivedRecommendation;

use crate::CliError;
use crate::files::Terminal;
use crate::language::{Language, is_yes};

/// What `recommend` was asked to do.
pub struct RecommendArgs {
    /// Modules for a new code.
    pub modules: Vec<String>,
    /// The counsellor's name for a new code.
    pub from: Option<String>,
    /// A note for a new code's link.
    pub note: Option<String>,
    /// A code or link to read.
    pub read: Option<String>,
    /// Add what was read to his plan without asking.
    pub accept: bool,
}

/// Runs `recommend`. Only adding a plan opens the database.
pub fn run(
    data_dir: Option<PathBuf>,
    passphrase_env: Option<String>,
    args: RecommendArgs,
    language: Language,
) -> Result<(), CliError> {
    let l = language;
    let mut out = Terminal::new(std::io::stdout().lock());
    let Some(text) = args.read else {
        let made = groundwork_core::create_recommendation_code(
            args.modules,
            args.from.unwrap_or_default(),
            args.note,
        )?;
        writeln!(out, "{}", made.code)?;
        writeln!(out, "{}", made.link)?;
        return Ok(());
    };
    let received = groundwork_core::read_recommendation_code(text.clone())?;
    show(&mut out, l, &received)?;
    if !args.accept {
        if !std::io::stdin().is_terminal() {
            let command = format!("groundwork recommend --read {} --accept", quoted(&text));
            writeln!(out)?;
            writeln!(
                out,
                "{}",
                l.say_with(
                    "terminal-recommend-not-saved-yet",
                    &[("command", command.into())]
                )
            )?;
            return Ok(());
        }
        writeln!(out)?;
        write!(out, "{} ", l.say("terminal-recommend-add-plan"))?;
        out.flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !is_yes(l, &answer) {
            writeln!(out, "{}", l.say("terminal-recommend-not-added"))?;
            return Ok(());
        }
    }
    let groundwork = crate::open(data_dir, passphrase_env, l)?;
    let home = groundwork.accept_recommendation(text)?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        l.say_with(
            "terminal-recommend-added",
            &[("command", "groundwork home".into())]
        )
    )?;
    match &home.recommendations {
        Some(card) => crate::render::recommendations(&mut out, l, card),
        None => Ok(()),
    }
}

/// The plan as read: who it is from, the modules, the note.
fn show(
    out: &mut impl Write,
    language: Language,
    received: &ReceivedRecommendation,
) -> Result<(), CliError> {
    writeln!(out, "{}", received.headline)?;
    for (title, id) in received.module_titles.iter().zip(&received.module_ids) {
        writeln!(out, "  - {title}  [{id}]")?;
    }
    if let Some(note) = &received.note {
        writeln!(out, "{}", quoted_note(language, note))?;
    }
    Ok(())
}

/// A counsellor's note in the language's quotation marks.
pub(crate) fn quoted_note(language: Language, note: &str) -> String {
    language.say_with("terminal-quoted-note", &[("note", note.into())])
}

/// The text as one shell word: as it is when it is only code characters, else in single quotes.
fn quoted(text: &str) -> String {
    let text = text.trim();
    if !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return text.to_owned();
    }
    format!("'{}'", text.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn a_code_is_printed_as_it_is_and_a_link_in_quotes() {
        assert_eq!(quoted(" 4K9R-XW3D "), "4K9R-XW3D");
        assert_eq!(
            quoted("groundwork://recommend?code=4K9RXW3D&from=Sam"),
            "'groundwork://recommend?code=4K9RXW3D&from=Sam'"
        );
        assert_eq!(quoted("it's"), r"'it'\''s'");
    }
}
