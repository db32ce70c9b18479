//! The interactive companion: a small menu over the same core calls the subcommands use.
//! Bad input is explained and asked again; nothing is saved until every answer is valid.

use std::io::{self, BufRead, IsTerminal, Write};

use groundwork_core::{ApiError, CheckInInput, Groundwork};

use crate::files::ask;
use crate::{CliError, render};

/// The device locale for help now: the environment's, except in tests, which must not depend on
/// the machine they run on.
fn locale() -> Option<String> {
    if cfg!(test) {
        None
    } else {
        crate::device_locale()
    }
}

/// Runs the menu on the terminal until the person quits or input ends.
pub fn run(groundwork: &Groundwork) -> Result<(), CliError> {
    let bold = io::stdout().is_terminal();
    run_with(
        groundwork,
        &mut io::stdin().lock(),
        &mut crate::files::Terminal::new(io::stdout().lock()),
        bold,
    )
}

/// Walks the module the home screen offers next, if there is one.
fn next_module(
    groundwork: &Groundwork,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let next = groundwork.home_screen()?.next_step;
    match next.module_id {
        Some(id) if next.action_label.is_some() => {
            crate::lesson::walk(groundwork, &id, input, out)?;
        }
        _ => writeln!(out, "{}. {}", next.title, next.detail)?,
    }
    Ok(())
}

/// Runs the menu over any input and output.
pub fn run_with(
    groundwork: &Groundwork,
    mut input: &mut impl BufRead,
    mut out: &mut impl Write,
    bold: bool,
) -> Result<(), CliError> {
    render::home(&mut out, &groundwork.home_screen()?)?;
    loop {
        writeln!(out)?;
        // The mood check is on the menu while home offers it.
        let home = groundwork.home_screen()?;
        let mood_card = home.dad_mood_card;
        let follow_up_card = home.follow_up_card;
        let extra = mood_card
            .as_ref()
            .map(|card| format!("  [d] {}", card.title))
            .into_iter()
            .chain(
                follow_up_card
                    .as_ref()
                    .map(|card| format!("  [f] {}", card.question)),
            )
            .collect::<String>();
        writeln!(
            out,
            "[1] Check in  [2] Write in the journal  [3] Search the journal  [4] Home  [5] Next module{extra}  [h] Help now  [q] Quit"
        )?;
        let Some(choice) = ask(&mut input, &mut out, "> ")? else {
            return Ok(());
        };
        let result = match choice.trim() {
            "1" => check_in(groundwork, &mut input, &mut out),
            "2" => write_entry(groundwork, &mut input, &mut out),
            "3" => search(groundwork, &mut input, &mut out, bold),
            "4" => groundwork
                .home_screen()
                .map_err(CliError::from)
                .and_then(|home| render::home(&mut out, &home)),
            "5" => next_module(groundwork, &mut input, &mut out),
            "d" | "D" if mood_card.is_some() => dad_check(groundwork, &mut input, &mut out),
            "f" | "F" => match &follow_up_card {
                Some(card) => follow_up(groundwork, card, &mut input, &mut out),
                None => continue,
            },
            "h" | "H" | "help" => help_now(groundwork, &mut input, &mut out),
            "q" | "Q" | "quit" | "exit" => return Ok(()),
            "" => Ok(()),
            _ => {
                writeln!(out, "Type 1, 2, 3, 4, 5, h or q.")?;
                Ok(())
            }
        };
        match result {
            Ok(()) => {}
            Err(CliError::Api(e)) => writeln!(out, "{e}")?,
            Err(other) => return Err(other),
        }
    }
}

/// The new dad's mood check at the terminal: each question answered 0 to 3, or `n` for not
/// now; then what follows (with help now after hard answers).
pub fn dad_check(
    groundwork: &Groundwork,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let check = groundwork.dad_mood_check()?;
    writeln!(out, "{}", check.intro)?;
    writeln!(out, "{}", check.stem)?;
    let mut answers = Vec::new();
    for q in &check.questions {
        writeln!(out)?;
        writeln!(out, "{}", q.text)?;
        for c in &q.choices {
            writeln!(out, "  [{}] {}", c.value, c.label)?;
        }
        let prompt = format!("> (or n: {}) ", check.not_now_label);
        loop {
            let Some(reply) = ask(input, out, &prompt)? else {
                return Ok(());
            };
            let reply = reply.trim();
            if reply.eq_ignore_ascii_case("n") {
                groundwork.skip_dad_mood_check()?;
                writeln!(out, "{}.", check.not_now_label)?;
                return Ok(());
            }
            match reply.parse::<i32>() {
                Ok(n) if q.choices.iter().any(|c| c.value == n) => {
                    answers.push(n);
                    break;
                }
                _ => writeln!(out, "Type 0, 1, 2 or 3, or n.")?,
            }
        }
    }
    let follow = groundwork.answer_dad_mood_check(answers, locale())?;
    writeln!(out)?;
    render::dad_mood_follow_up(out, &follow)
}

/// The question after something heavy: "How are you now?", answered by number, or turned off.
pub fn follow_up(
    groundwork: &Groundwork,
    card: &groundwork_core::FollowUpCard,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Result<(), CliError> {
    writeln!(out, "{} {}", card.title, card.question)?;
    for (i, choice) in card.choices.iter().enumerate() {
        writeln!(out, "  [{}] {}", i + 1, choice.label)?;
    }
    writeln!(out, "  [0] {}", card.turn_off_label)?;
    loop {
        let Some(reply) = ask(input, out, "> ")? else {
            return Ok(());
        };
        let reply = reply.trim();
        if reply == "0" {
            if let Some(said) = groundwork.set_crisis_follow_up(false)? {
                writeln!(out, "{said}")?;
            }
            return Ok(());
        }
        let picked = reply
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| card.choices.get(i));
        match picked {
            Some(choice) => {
                let outcome = groundwork.answer_crisis_follow_up(choice.answer)?;
                return render::follow_up_outcome(out, &outcome);
            }
            None => writeln!(out, "Type a number from 0 to {}.", card.choices.len())?,
        }
    }
}

/// Asks for a whole number until it parses; `None` at end of input.
fn ask_axis(
    input: &mut impl BufRead,
    out: &mut impl Write,
    prompt: &str,
) -> io::Result<Option<i32>> {
    loop {
        let Some(answer) = ask(input, out, prompt)? else {
            return Ok(None);
        };
        match answer.trim().parse::<i32>() {
            Ok(n) if (-5..=5).contains(&n) => return Ok(Some(n)),
            _ => writeln!(out, "Type a whole number from -5 to 5.")?,
        }
    }
}

fn check_in(
    groundwork: &Groundwork,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let Some(pleasantness) = ask_axis(input, out, "How pleasant does it feel? (-5 to 5) ")? else {
        return Ok(());
    };
    let Some(energy) = ask_axis(input, out, "How much energy do you have? (-5 to 5) ")? else {
        return Ok(());
    };
    loop {
        let Some(words) = ask(
            input,
            out,
            "Up to three words for it, separated by commas (or leave blank): ",
        )?
        else {
            return Ok(());
        };
        let Some(note) = ask(input, out, "Anything to add? (or leave blank): ")? else {
            return Ok(());
        };
        let typed: Vec<String> = words.split(',').map(|w| w.trim().to_owned()).collect();
        let sorted = groundwork.sort_emotion_words(typed)?;
        match groundwork.submit_check_in(CheckInInput {
            emotions: sorted.emotions,
            own_words: sorted.own_words,
            note: Some(note),
            ..CheckInInput::new(pleasantness, energy)
        }) {
            Ok(outcome) => {
                render::saved_check_in(out, &outcome)?;
                if let Some(questions) = outcome.safety_questions {
                    return safety_questions(groundwork, input, out, &questions);
                }
                render::crisis_answer(out, outcome.crisis_answer.as_ref())?;
                return Ok(());
            }
            Err(e @ ApiError::InvalidInput { .. }) => {
                writeln!(out, "{e}. Let's try the words and note again.")?
            }
            Err(e) => return Err(e.into()),
        }
    }
}

fn write_entry(
    groundwork: &Groundwork,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Result<(), CliError> {
    writeln!(
        out,
        "Write as much or as little as you like. A line with just a dot (.) finishes."
    )?;
    let mut text = String::new();
    loop {
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 || line.trim_end_matches(['\n', '\r']) == "." {
            break;
        }
        text.push_str(&line);
    }
    let text = text.trim_end_matches(['\n', '\r']).to_owned();
    if text.trim().is_empty() {
        writeln!(out, "Nothing written, nothing saved.")?;
        return Ok(());
    }
    let outcome = groundwork.submit_journal_entry(groundwork_core::JournalEntryInput {
        body: text,
        tags: Vec::new(),
        prompt_id: None,
    })?;
    render::saved_entry(out, &outcome.entry)?;
    render::crisis_answer(out, outcome.crisis_answer.as_ref())?;
    Ok(())
}

/// Help now: shows the lines, asks for the region if it is unknown, and lets him pick what is
/// going on to put the best-fitting lines first.
fn help_now(
    groundwork: &Groundwork,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let mut screen = groundwork.help_now(None, locale())?;
    render::help_now(out, &screen)?;
    if screen.region.is_none() {
        let Some(code) = ask(
            input,
            out,
            "Your country code (AU, CA, US, GB, NZ), or Enter to skip: ",
        )?
        else {
            return Ok(());
        };
        if !code.trim().is_empty() {
            match groundwork.set_region(code) {
                Ok(()) => {}
                Err(e @ ApiError::InvalidInput { .. }) => writeln!(out, "{e}")?,
                Err(e) => return Err(e.into()),
            }
        }
    }
    let choices: Vec<String> = screen
        .situations
        .iter()
        .enumerate()
        .map(|(i, s)| format!("[{}] {}", i + 1, s.title))
        .collect();
    writeln!(out, "{}", choices.join("  "))?;
    let Some(pick) = ask(
        input,
        out,
        "What's going on? Pick a number, or Enter to go back: ",
    )?
    else {
        return Ok(());
    };
    let situation = pick
        .trim()
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| screen.situations.get(i))
        .map(|s| s.situation);
    if situation.is_some() || screen.region.is_none() {
        screen = groundwork.help_now(situation, locale())?;
        render::help_now(out, &screen)?;
    }
    Ok(())
}

/// Asks the two optional questions; y or n, anything else skips.
pub(crate) fn safety_questions(
    groundwork: &Groundwork,
    input: &mut impl BufRead,
    out: &mut impl Write,
    q: &groundwork_core::SafetyQuestions,
) -> Result<(), CliError> {
    writeln!(out, "{}", q.intro)?;
    let mut answer = |question: &str| -> Result<Option<bool>, CliError> {
        let prompt = format!(
            "{question} [y = {}, n = {}, Enter = {}] ",
            q.yes_label, q.no_label, q.skip_label
        );
        Ok(match ask(input, out, &prompt)?.as_deref().map(str::trim) {
            Some("y" | "Y" | "yes") => Some(true),
            Some("n" | "N" | "no") => Some(false),
            _ => None,
        })
    };
    let self_harm = answer(&q.self_harm)?;
    let hurt_someone = answer(&q.hurt_someone)?;
    let follow =
        groundwork.answer_safety_questions(q.check_in_id, self_harm, hurt_someone, locale())?;
    if let Some(screen) = follow.help_now {
        render::help_now(out, &screen)?;
    }
    if let Some(message) = follow.message {
        writeln!(out, "{message}")?;
    }
    Ok(())
}

fn search(
    groundwork: &Groundwork,
    input: &mut impl BufRead,
    out: &mut impl Write,
    bold: bool,
) -> Result<(), CliError> {
    let Some(query) = ask(input, out, "Search for: ")? else {
        return Ok(());
    };
    let hits = groundwork.search_journal(query, 20)?;
    render::search_hits(out, &hits, bold)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use groundwork_core::{DatabaseKey, SystemClock};

    use super::*;

    fn session(script: &str) -> (String, Groundwork, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("temp dir");
        let g = Groundwork::open_with(dir.path(), &DatabaseKey::generate(), Arc::new(SystemClock))
            .expect("open");
        let mut out = Vec::new();
        run_with(&g, &mut script.as_bytes(), &mut out, false).expect("session");
        (String::from_utf8(out).expect("utf-8"), g, dir)
    }

    #[test]
    fn a_check_in_typed_at_the_menu_is_saved_after_a_bad_number_is_asked_again() {
        let (out, g, _dir) = session("1\n9\n-2\n3\nangry, tired\nlong day\nq\n");
        assert!(out.contains("Type a whole number from -5 to 5."), "{out}");
        let saved = g.recent_check_ins(5).expect("list");
        assert_eq!(saved.len(), 1);
        assert_eq!((saved[0].pleasantness, saved[0].energy), (-2, 3));
        assert_eq!(
            saved[0].emotions,
            vec!["angry".to_owned(), "tired".to_owned()]
        );
        assert_eq!(saved[0].note.as_deref(), Some("long day"));
    }

    #[test]
    fn a_journal_entry_ends_at_a_dot_line_and_can_then_be_found() {
        let (out, g, _dir) = session("2\nfirst line\nsecond line\n.\n3\nsecond\nq\n");
        assert!(out.contains("Saved to your journal."), "{out}");
        assert!(out.contains("second line"), "{out}");
        assert_eq!(g.home_screen().expect("home").journal_entry_count, 1);
    }

    #[test]
    fn four_emotion_words_are_refused_and_nothing_is_saved_until_corrected() {
        let (out, g, _dir) = session("1\n1\n1\ncalm, tired, proud, flat\n\nq\n");
        assert!(out.contains("pick up to 3 words"), "{out}");
        assert!(g.recent_check_ins(5).expect("list").is_empty());
    }

    #[test]
    fn a_very_hard_check_in_asks_the_safety_questions_and_a_yes_shows_help() {
        let (out, g, _dir) = session("1\n-5\n-3\n\n\nn\ny\nq\n");
        assert!(
            out.contains("worried you might hurt someone") || out.contains("hurt someone"),
            "{out}"
        );
        assert!(
            out.contains("My pause plan"),
            "help now with the pause plan: {out}"
        );
        assert!(g.home_screen().expect("home").safety_card.is_some());
    }

    #[test]
    fn help_now_is_one_key_away_from_the_menu() {
        let (out, g, _dir) = session("h\nau\n2\nq\n");
        assert!(out.contains("HELP NOW"), "{out}");
        assert_eq!(g.region().expect("region").as_deref(), Some("AU"));
        assert!(
            out.contains("000"),
            "the emergency number once the region is known: {out}"
        );
        assert!(
            out.contains("Men's Referral"),
            "the lines for the picked situation: {out}"
        );
    }

    #[test]
    fn the_next_module_at_the_menu_asks_the_home_safety_question_first_and_not_sure_shows_help() {
        use groundwork_core::curriculum::{
            BabyDate, BabyDateKind, ModuleOpening, OnboardingChoices,
        };
        let dir = tempfile::tempdir().expect("temp dir");
        let g = Groundwork::open_with(dir.path(), &DatabaseKey::generate(), Arc::new(SystemClock))
            .expect("open");
        // Born eleven weeks ago, the track's opening module done: this week's module is the
        // team one, done with his partner.
        let born = chrono::Local::now().date_naive() - chrono::Duration::weeks(11);
        g.complete_onboarding(OnboardingChoices {
            region: "AU".into(),
            track_ids: vec!["new-father".into()],
            baby_date: Some(BabyDate {
                kind: BabyDateKind::Born,
                date: born.format("%Y-%m-%d").to_string(),
            }),
            discreet_mode: false,
            things_are_hard: false,
        })
        .expect("onboarding");
        groundwork_tests::walk(&g, "becoming-a-dad");
        let mut out = Vec::new();
        run_with(&g, &mut "5\n3\nq\n".as_bytes(), &mut out, false).expect("session");
        let out = String::from_utf8(out).expect("utf-8");
        let texts = g.pack().safety.home_safety.clone();
        assert!(out.contains(&texts.question), "{out}");
        assert!(out.contains(&texts.not_yet), "{out}");
        assert!(out.contains("HELP NOW"), "{out}");
        assert!(out.contains(&texts.own_work), "{out}");
        assert!(matches!(
            g.open_module("co-parenting-as-a-team".into())
                .expect("open"),
            ModuleOpening::NotYet { .. }
        ));
    }

    #[test]
    fn the_session_ends_quietly_when_input_ends() {
        let (out, _g, _dir) = session("");
        assert!(out.contains("How are you doing right now?"), "{out}");
    }

    #[test]
    fn the_menu_offers_the_dad_check_while_it_is_due_and_a_hard_answer_shows_new_dad_help() {
        use groundwork_core::curriculum::{BabyDate, BabyDateKind, OnboardingChoices};
        let dir = tempfile::tempdir().expect("temp dir");
        let g = Groundwork::open_with(dir.path(), &DatabaseKey::generate(), Arc::new(SystemClock))
            .expect("open");
        // Born 100 days ago: inside the window from 13 weeks, whatever the hour.
        let born = chrono::Local::now().date_naive() - chrono::Duration::days(100);
        g.complete_onboarding(OnboardingChoices {
            region: "AU".into(),
            track_ids: vec!["general".into(), "new-father".into()],
            baby_date: Some(BabyDate {
                kind: BabyDateKind::Born,
                date: born.format("%Y-%m-%d").to_string(),
            }),
            discreet_mode: false,
            things_are_hard: false,
        })
        .expect("onboarding");
        let texts = g.pack().safety.dad_mood_check.clone();
        let mut out = Vec::new();
        run_with(&g, &mut "d\n2\n2\n0\nq\n".as_bytes(), &mut out, false).expect("session");
        let out = String::from_utf8(out).expect("utf-8");
        assert!(out.contains(&format!("[d] {}", texts.card_title)), "{out}");
        assert!(out.contains(&texts.temper), "{out}");
        assert!(out.contains(&texts.hard), "{out}");
        assert!(out.contains("PANDA"), "{out}");
        // Answered: the menu no longer offers it.
        let last_menu = out.rsplit("[1] Check in").next().expect("a menu");
        assert!(!last_menu.contains("[d]"), "{last_menu}");
    }
}
