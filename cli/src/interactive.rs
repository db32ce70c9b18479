//! The interactive companion: how a newcomer meets Groundwork at a terminal. A menu over the
//! same core the apps use: onboarding, the full check-in, the journal, the anger log, the path
//! and any module, insights, plans, a counsellor's code, reminders, the app lock and help now.
//!
//! Every decision is the core's: this file asks, shows the core's screen models and words, and
//! sends back what he typed. Bad input is explained and only that answer is asked again; nothing
//! is saved until the core accepts the whole of it.

use std::collections::HashMap;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use groundwork_core::curriculum::{BabyDate, OnboardingChoices};
use groundwork_core::lock::{LockChoice, LockKind, UnlockOutcome};
use groundwork_core::navigation::screen::QuadrantWords;
use groundwork_core::reminders::{QuietHours, ReminderSettings, TimeOfDay, Weekday, WeeklyTime};
use groundwork_core::{
    AngerMomentInput, ApiError, CheckInForm, CheckInInput, Clock, DatabaseKey, Groundwork,
    HelpNowScreen, InsightRange, Quadrant, Situation, SystemClock,
};
use zeroize::Zeroizing;

use crate::files::ask;
use crate::language::{Language, is_no, is_off, is_yes, label_value, prompt, prompt_with};
use crate::lesson::field_prompt;
use crate::{CliError, privacy, render};

/// The device locale for help now: the environment's, except in tests, which must not depend on
/// the machine they run on.
fn locale(language: Language) -> Option<String> {
    if cfg!(test) {
        None
    } else {
        crate::device_locale_in(language)
    }
}

/// One session of the companion over an open database.
pub struct Companion<'a> {
    g: &'a Groundwork,
    /// The data directory: the app lock lives there.
    data_dir: &'a Path,
    /// Secrets are typed at a hidden prompt on a terminal; piped input gives them as lines.
    hidden_secrets: bool,
    /// Search hits are shown in bold on a terminal.
    bold: bool,
    /// The database opens with a passphrase (`--passphrase-env`), so it takes no app lock.
    passphrase_key: bool,
    /// The language it speaks (`--lang`, else the locale's).
    language: Language,
}

/// Opens the data in `data_dir` and runs the menu on this terminal (or on input piped in, one
/// answer a line). With an app lock set, its PIN or passphrase is asked for as often as needed
/// (the core's waits apply), and help now is there before unlock.
pub fn start(
    data_dir: Option<PathBuf>,
    passphrase_env: Option<String>,
    language: Language,
) -> Result<(), CliError> {
    let hidden = io::stdin().is_terminal();
    let bold = io::stdout().is_terminal();
    let dir = crate::data_dir_or_default(data_dir.as_deref())
        .ok_or_else(|| CliError::Refused(language.say("terminal-no-home-directory")))?;
    let mut input = io::stdin().lock();
    let mut out = crate::files::Terminal::new(io::stdout().lock());
    crate::files::prepare_data_dir(&dir, language)?;
    let passphrase_key = passphrase_env.is_some();
    let groundwork = match privacy::is_locked(&dir)? {
        Some(kind) if !passphrase_key => {
            match lock_screen(&dir, kind, &mut input, &mut out, hidden, language)? {
                Some(key) => crate::open_database(&dir, &key, language)?,
                None => return Ok(()),
            }
        }
        _ => crate::open(Some(dir.clone()), passphrase_env, language)?,
    };
    crate::files::use_private_dir(&dir);
    Companion {
        g: &groundwork,
        data_dir: &dir,
        hidden_secrets: hidden,
        bold,
        passphrase_key,
        language,
    }
    .run(&mut input, &mut out)
}

/// Reads a secret: at a hidden prompt on a terminal, else one line of the input.
fn read_secret(
    input: &mut impl BufRead,
    out: &mut impl Write,
    prompt: &str,
    hidden: bool,
) -> Result<Option<Zeroizing<String>>, CliError> {
    if hidden {
        out.flush()?;
        return match rpassword::prompt_password(prompt) {
            Ok(text) => Ok(Some(Zeroizing::new(text))),
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(None),
            Err(e) => Err(e.into()),
        };
    }
    Ok(ask(input, out, prompt)?.map(Zeroizing::new))
}

/// The lock screen: asks for the PIN or passphrase until it is right; after wrong tries, while
/// the core says to wait, it says how long instead of asking. `h` shows help now (no key
/// needed), `q` leaves. The key, or `None` when he left or everything was erased.
pub fn lock_screen(
    dir: &Path,
    kind: LockKind,
    input: &mut impl BufRead,
    out: &mut impl Write,
    hidden: bool,
    language: Language,
) -> Result<Option<DatabaseKey>, CliError> {
    let l = language;
    let screen = groundwork_core::app_lock_screen(
        dir.to_string_lossy().into_owned(),
        Some(kind),
        false,
        None,
    );
    writeln!(out, "{}", screen.title)?;
    let asked = screen.prompt.clone().unwrap_or_else(|| {
        l.say_with(
            "terminal-enter-your-secret",
            &[("kind", privacy::kind_id(kind).into())],
        )
    });
    let help = screen.help.label.as_str();
    loop {
        let status = groundwork_core::lock::lock_status(dir, chrono::Utc::now(), l)?;
        if let Some(wait) = status.message {
            writeln!(out, "{wait}")?;
            let choice = prompt_with(l, "terminal-lock-wait-choice", &[("help", help.into())]);
            match ask(input, out, &choice)?.as_deref().map(str::trim) {
                None | Some("q" | "Q") => return Ok(None),
                Some("h" | "H") => help_before_unlock(dir, input, out, l)?,
                Some(_) => {}
            }
            continue;
        }
        let line = prompt_with(
            l,
            "terminal-lock-prompt",
            &[("prompt", asked.as_str().into()), ("help", help.into())],
        );
        let Some(typed) = read_secret(input, out, &line, hidden)? else {
            return Ok(None);
        };
        // A PIN is digits and a passphrase at least eight characters: neither is "h" or "q".
        match typed.trim() {
            "" => continue,
            "h" | "H" => {
                help_before_unlock(dir, input, out, l)?;
                continue;
            }
            "q" | "Q" => return Ok(None),
            _ => {}
        }
        let secret = privacy::lock_secret(kind, typed);
        match groundwork_core::lock::unlock(dir, &secret, chrono::Utc::now(), l)? {
            outcome @ UnlockOutcome::Unlocked { .. } => {
                return outcome.into_key().map(Some).ok_or_else(|| {
                    CliError::Api(ApiError::Internal {
                        reason: "the unlocked key has an unexpected length".into(),
                    })
                });
            }
            UnlockOutcome::WrongSecret { message, .. } | UnlockOutcome::TooSoon { message, .. } => {
                writeln!(out, "{message}")?
            }
            UnlockOutcome::Erased { message } => {
                writeln!(out, "{message}")?;
                return Ok(None);
            }
        }
    }
}

/// Help now before unlock: from the content alone and the region he chose (kept beside the
/// database, no key needed).
fn help_before_unlock(
    dir: &Path,
    input: &mut impl BufRead,
    out: &mut impl Write,
    language: Language,
) -> Result<(), CliError> {
    let now = SystemClock.now();
    let (at, offset) = (now.to_utc(), now.offset().local_minus_utc() / 60);
    pick_help(input, out, language, |situation| {
        Ok(groundwork_core::help_now_at(
            dir,
            None,
            locale(language),
            situation,
            at,
            offset,
        )?)
    })
}

/// Shows help now from `fetch`, then lets him pick what is going on to put the best-fitting
/// lines first.
fn pick_help(
    input: &mut impl BufRead,
    out: &mut impl Write,
    language: Language,
    fetch: impl Fn(Option<Situation>) -> Result<HelpNowScreen, CliError>,
) -> Result<(), CliError> {
    let screen = fetch(None)?;
    render::help_now(out, language, &screen)?;
    let choices: Vec<String> = screen
        .situations
        .iter()
        .enumerate()
        .map(|(i, s)| format!("[{}] {}", i + 1, s.title))
        .collect();
    writeln!(out, "{}", choices.join("  "))?;
    let asked = prompt(language, "terminal-help-now-pick");
    let Some(pick) = ask(input, out, &asked)? else {
        return Ok(());
    };
    let situation = pick_from(&pick, &screen.situations).map(|s| s.situation);
    if situation.is_some() {
        render::help_now(out, language, &fetch(situation)?)?;
    }
    Ok(())
}

/// The item numbered `reply` (from 1) in `items`.
fn pick_from<'i, T>(reply: &str, items: &'i [T]) -> Option<&'i T> {
    reply
        .trim()
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| items.get(i))
}

/// The fields of a check-in that can be asked again on their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CheckInField {
    Words,
    Anger,
    Stress,
    Sleep,
    Tags,
    Note,
}

impl CheckInField {
    const ALL: [CheckInField; 6] = [
        CheckInField::Words,
        CheckInField::Anger,
        CheckInField::Stress,
        CheckInField::Sleep,
        CheckInField::Tags,
        CheckInField::Note,
    ];

    /// The answer to ask again after the core refused `field`.
    fn of(field: &str) -> Option<CheckInField> {
        Some(match field {
            "emotions" | "own_words" | "ids" => CheckInField::Words,
            "anger" => CheckInField::Anger,
            "stress" => CheckInField::Stress,
            "hours_slept" | "sleep_minutes" => CheckInField::Sleep,
            "tag" | "tags" => CheckInField::Tags,
            "note" => CheckInField::Note,
            _ => return None,
        })
    }
}

/// The fields of an anger moment that can be asked again on their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AngerField {
    What,
    Intensity,
    Cues,
    Thoughts,
    Did,
    NextTime,
    Repair,
}

impl AngerField {
    const ALL: [AngerField; 7] = [
        AngerField::What,
        AngerField::Intensity,
        AngerField::Cues,
        AngerField::Thoughts,
        AngerField::Did,
        AngerField::NextTime,
        AngerField::Repair,
    ];

    fn of(field: &str) -> Option<AngerField> {
        Some(match field {
            "what_happened" => AngerField::What,
            "intensity" => AngerField::Intensity,
            "body_cues" => AngerField::Cues,
            "thoughts" => AngerField::Thoughts,
            "what_i_did" => AngerField::Did,
            "next_time" => AngerField::NextTime,
            "repair_done" => AngerField::Repair,
            _ => return None,
        })
    }
}

/// What came of asking: an answer, or the end of input.
type Asked<T> = Option<T>;

/// Asks for a whole number until one is typed; `Some(None)` when he skips with Enter (only when
/// `optional`), `None` at the end of input.
fn ask_number<T: std::str::FromStr>(
    input: &mut impl BufRead,
    out: &mut impl Write,
    prompt: &str,
    optional: bool,
    language: Language,
) -> io::Result<Asked<Option<T>>> {
    loop {
        let Some(answer) = ask(input, out, prompt)? else {
            return Ok(None);
        };
        let answer = answer.trim();
        if answer.is_empty() && optional {
            return Ok(Some(None));
        }
        match answer.parse::<T>() {
            Ok(n) => return Ok(Some(Some(n))),
            Err(_) if optional => {
                writeln!(out, "{}", language.say("terminal-type-a-number-or-skip"))?
            }
            Err(_) => writeln!(out, "{}", language.say("terminal-type-a-number"))?,
        }
    }
}

/// Asks for a whole number on the mood meter until it parses; `None` at end of input.
fn ask_axis(
    input: &mut impl BufRead,
    out: &mut impl Write,
    prompt: &str,
    language: Language,
) -> io::Result<Option<i32>> {
    let range = groundwork_core::navigation::screen::METER_RANGE;
    loop {
        let Some(answer) = ask(input, out, prompt)? else {
            return Ok(None);
        };
        match answer.trim().parse::<i32>() {
            Ok(n) if range.contains(&n) => {
                return Ok(Some(n));
            }
            _ => writeln!(
                out,
                "{}",
                language.say_with(
                    "terminal-type-whole-number-from-to",
                    &[
                        ("min", (*range.start()).into()),
                        ("max", (*range.end()).into())
                    ]
                )
            )?,
        }
    }
}

/// A line of optional text: `None` at end of input, `Some(None)` when left blank.
fn ask_text(
    input: &mut impl BufRead,
    out: &mut impl Write,
    prompt: &str,
) -> io::Result<Asked<Option<String>>> {
    Ok(ask(input, out, prompt)?.map(|t| Some(t).filter(|t| !t.trim().is_empty())))
}

/// A comma-separated list, each item trimmed, empty ones left out.
fn list(line: &str) -> Vec<String> {
    line.split(',')
        .map(|w| w.trim().to_owned())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Yes or no; anything but yes (y, or in French o or oui too) is no. `None` at end of input.
fn ask_yes(
    input: &mut impl BufRead,
    out: &mut impl Write,
    question: &str,
    language: Language,
) -> io::Result<Option<bool>> {
    let asked = prompt_with(
        language,
        "terminal-ask-yes-no",
        &[("question", question.into())],
    );
    Ok(ask(input, out, &asked)?.map(|a| is_yes(language, &a)))
}

/// A form's fields in the order they are asked, and the field a refused input's name is.
type Form<'a, F> = (&'a [F], fn(&str) -> Option<F>);

/// Asks every one of the form's fields into `draft`, then submits it until the core accepts it:
/// what the core refuses is explained (in `language`) and only that answer is asked again (the
/// form's `field_of` names it). The saved record, or `None` when input ended first (nothing is
/// saved then).
fn until_accepted<D: Clone, F: Copy, T, I: BufRead, O: Write>(
    draft: &mut D,
    input: &mut I,
    out: &mut O,
    (fields, field_of): Form<'_, F>,
    submit: impl Fn(D) -> Result<T, ApiError>,
    ask: impl Fn(F, &mut D, &mut I, &mut O) -> Result<bool, CliError>,
    language: Language,
) -> Result<Option<T>, CliError> {
    for field in fields {
        if !ask(*field, draft, input, out)? {
            return Ok(None);
        }
    }
    loop {
        let error = match submit(draft.clone()) {
            Ok(saved) => return Ok(Some(saved)),
            Err(error) => error,
        };
        let again = match &error {
            ApiError::InvalidInput { field, .. } => field_of(field),
            _ => None,
        };
        let Some(again) = again else {
            return Err(error.into());
        };
        say(out, &error, language)?;
        if !ask(again, draft, input, out)? {
            return Ok(None);
        }
    }
}

/// Prints the core's error as he should read it, and goes on.
/// What went wrong, said in `language`.
fn say(out: &mut impl Write, error: &ApiError, language: Language) -> io::Result<()> {
    writeln!(out, "{}", error.say(language))
}

impl Companion<'_> {
    /// Runs the menu over any input and output until he quits or input ends.
    pub fn run(
        &self,
        mut input: &mut impl BufRead,
        mut out: &mut impl Write,
    ) -> Result<(), CliError> {
        let g = self.g;
        let l = self.language;
        render::home_in_menu(&mut out, l, &g.home_screen()?)?;
        // A key of the menu and what it does: the keys are the same in every language.
        let item = |key: &str, id: &str| format!("[{key}] {}", l.say(id));
        loop {
            writeln!(out)?;
            let home = g.home_screen()?;
            let mood_card = home.dad_mood_card.is_some();
            let follow_up_card = home.follow_up_card.clone();
            let mut first = Vec::new();
            if home.needs_onboarding {
                first.push(item("o", "terminal-menu-get-started"));
            }
            first.extend([
                item("1", "terminal-menu-check-in"),
                item("2", "terminal-menu-write"),
                item("3", "terminal-menu-search"),
                item("4", "terminal-menu-anger-moment"),
                item("5", "terminal-menu-next-module"),
            ]);
            let mut second = vec![
                item("6", "terminal-menu-path"),
                item("7", "terminal-menu-insights"),
                item("8", "terminal-menu-plans"),
                item("9", "terminal-menu-home"),
                item("c", "terminal-menu-counsellor-code"),
                item("r", "terminal-menu-reminders"),
                item("l", "terminal-menu-app-lock"),
            ];
            if !home.needs_onboarding {
                second.push(item("o", "terminal-menu-region-and-tracks"));
            }
            if let Some(card) = &home.dad_mood_card {
                second.push(format!("[d] {}", card.title));
            }
            if let Some(card) = &follow_up_card {
                second.push(format!("[f] {}", card.question));
            }
            second.push(format!("[h] {}", home.help.label));
            second.push(item("q", "terminal-menu-quit"));
            writeln!(out, "{}", first.join("  "))?;
            writeln!(out, "{}", second.join("  "))?;
            let Some(choice) = ask(&mut input, &mut out, "> ")? else {
                return Ok(());
            };
            let result = match choice.trim() {
                "o" | "O" => self.onboarding(&mut input, &mut out),
                "1" => self.check_in(&mut input, &mut out),
                "2" => self.write_entry(&mut input, &mut out),
                "3" => self.search(&mut input, &mut out),
                "4" => self.anger_moment(&mut input, &mut out),
                "5" => self.next_module(&mut input, &mut out),
                "6" => self.path(&mut input, &mut out),
                "7" => self.insights(&mut input, &mut out),
                "8" => self.plans(&mut input, &mut out),
                "9" => g
                    .home_screen()
                    .map_err(CliError::from)
                    .and_then(|home| render::home_in_menu(&mut out, l, &home)),
                "c" | "C" => self.recommendation(&mut input, &mut out),
                "r" | "R" => self.reminders(&mut input, &mut out),
                "l" | "L" => self.app_lock(&mut input, &mut out),
                "d" | "D" if mood_card => dad_check(g, &mut input, &mut out, l),
                "f" | "F" => match &follow_up_card {
                    Some(card) => follow_up(g, card, &mut input, &mut out, l),
                    None => continue,
                },
                "h" | "H" | "help" => self.help_now(&mut input, &mut out),
                "q" | "Q" | "quit" | "exit" => return Ok(()),
                "" => Ok(()),
                _ => {
                    writeln!(out, "{}", l.say("terminal-menu-type-a-key"))?;
                    Ok(())
                }
            };
            match result {
                Ok(()) => {}
                Err(CliError::Api(e)) => say(&mut out, &e, self.language)?,
                Err(CliError::Refused(message) | CliError::Usage(message)) => {
                    writeln!(out, "{message}")?
                }
                Err(other) => return Err(other),
            }
        }
    }

    /// Onboarding from the menu: region, tracks, the baby's date when a track asks it, discreet
    /// mode, and the first time, the app lock offer.
    fn onboarding(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let l = self.language;
        let screen = self.g.onboarding_screen(locale(self.language))?;
        writeln!(out)?;
        lesson_heading(out, &screen.welcome)?;
        writeln!(out, "{}", screen.intro)?;
        writeln!(out, "{}", screen.privacy_note)?;
        writeln!(out)?;
        for (i, region) in screen.regions.iter().enumerate() {
            writeln!(out, "  [{}] {}", i + 1, region.name)?;
        }
        let default_region = screen.selected_region.clone();
        let region = loop {
            let prompt = match default_region
                .as_ref()
                .and_then(|code| screen.regions.iter().find(|r| &r.code == code))
            {
                Some(r) => prompt_with(
                    l,
                    "terminal-onboarding-region-default",
                    &[("region", r.name.as_str().into())],
                ),
                None => prompt(l, "terminal-onboarding-region"),
            };
            let Some(reply) = ask(input, out, &prompt)? else {
                return Ok(());
            };
            let typed = pick_from(&reply, &screen.regions).or_else(|| {
                screen
                    .regions
                    .iter()
                    .find(|r| r.code.as_str().eq_ignore_ascii_case(reply.trim()))
            });
            match (typed, &default_region) {
                (Some(r), _) => break r.code.clone(),
                (None, Some(code)) if reply.trim().is_empty() => break code.clone(),
                _ => writeln!(out, "{}", l.say("terminal-type-a-number-listed"))?,
            }
        };
        writeln!(out)?;
        for (i, track) in screen.tracks.iter().enumerate() {
            writeln!(
                out,
                "  [{}] {}",
                i + 1,
                label_value(l, &track.title, &track.summary)
            )?;
        }
        let defaults: Vec<String> = screen
            .tracks
            .iter()
            .enumerate()
            .filter(|(_, t)| t.selected)
            .map(|(i, _)| (i + 1).to_string())
            .collect();
        let prompt = if defaults.is_empty() {
            prompt(l, "terminal-onboarding-tracks")
        } else {
            prompt_with(
                l,
                "terminal-onboarding-tracks-default",
                &[("tracks", defaults.join(", ").into())],
            )
        };
        let tracks = loop {
            let Some(reply) = ask(input, out, &prompt)? else {
                return Ok(());
            };
            let reply = if reply.trim().is_empty() {
                defaults.join(",")
            } else {
                reply
            };
            let picked: Option<Vec<_>> = list(&reply)
                .iter()
                .map(|n| {
                    pick_from(n, &screen.tracks)
                        .or_else(|| screen.tracks.iter().find(|t| t.id == *n))
                })
                .collect();
            match picked {
                Some(picked) if !picked.is_empty() => break picked,
                _ => writeln!(out, "{}", l.say("terminal-type-numbers-listed"))?,
            }
        };
        let asks_date = tracks.iter().any(|t| t.asks_baby_date);
        let track_ids: Vec<String> = tracks.iter().map(|t| t.id.clone()).collect();
        let mut baby_date = None;
        if asks_date {
            let Some(date) = self.ask_baby_date(&screen, input, out)? else {
                return Ok(());
            };
            baby_date = Some(date);
        }
        let hard = &screen.hard_right_now;
        writeln!(out, "{}", hard.hint)?;
        let prompt = prompt_with(
            l,
            "terminal-ask-yes-no-labelled",
            &[
                ("question", hard.question.as_str().into()),
                ("yes", hard.yes_label.as_str().into()),
                ("no", hard.no_label.as_str().into()),
            ],
        );
        let Some(things_are_hard) = ask(input, out, &prompt)? else {
            return Ok(());
        };
        let things_are_hard = is_yes(l, &things_are_hard);
        writeln!(out, "{}", screen.discreet_mode_hint)?;
        let discreet_mode = l.say("terminal-onboarding-discreet-mode");
        let Some(discreet) = ask_yes(input, out, &discreet_mode, l)? else {
            return Ok(());
        };
        let home = loop {
            match self.g.complete_onboarding(OnboardingChoices {
                region: region.to_string(),
                track_ids: track_ids.clone(),
                baby_date: baby_date.clone(),
                discreet_mode: discreet,
                things_are_hard,
            }) {
                Ok(home) => break home,
                Err(e) if matches!(&e, ApiError::InvalidInput { field, .. } if field == "baby_date") =>
                {
                    say(out, &e, self.language)?;
                    let Some(date) = self.ask_baby_date(&screen, input, out)? else {
                        return Ok(());
                    };
                    baby_date = Some(date);
                }
                Err(e) => return Err(e.into()),
            }
        };
        writeln!(out)?;
        writeln!(out, "{}", render::next(l, &home.next_step.title))?;
        writeln!(out, "  {}", home.next_step.detail)?;
        if let Some(offer) = &screen.lock_offer {
            self.lock_offer(offer, input, out)?;
        }
        Ok(())
    }

    /// The baby's date: due or born, then the date.
    fn ask_baby_date(
        &self,
        screen: &groundwork_core::curriculum::OnboardingScreen,
        input: &mut impl BufRead,
        out: &mut impl Write,
    ) -> Result<Option<BabyDate>, CliError> {
        let l = self.language;
        writeln!(out, "{}", screen.baby_date_question)?;
        for (i, kind) in screen.baby_date_kinds.iter().enumerate() {
            writeln!(out, "  [{}] {}", i + 1, kind.label)?;
        }
        let kind = loop {
            let Some(reply) = ask(input, out, "> ")? else {
                return Ok(None);
            };
            match pick_from(&reply, &screen.baby_date_kinds) {
                Some(k) => break k.kind,
                None => writeln!(out, "{}", l.say("terminal-type-a-number-listed"))?,
            }
        };
        let date = loop {
            let Some(text) = ask(input, out, &field_prompt(l, &screen.baby_date_hint))? else {
                return Ok(None);
            };
            match groundwork_core::days::read_day(&text, "baby_date") {
                Ok(day) => break day,
                Err(e) => say(out, &ApiError::from(e), self.language)?,
            }
        };
        Ok(Some(BabyDate { kind, date }))
    }

    /// The app lock as onboarding offers it: a PIN, a passphrase, or not now.
    fn lock_offer(
        &self,
        offer: &groundwork_core::lock::LockOffer,
        input: &mut impl BufRead,
        out: &mut impl Write,
    ) -> Result<(), CliError> {
        writeln!(out)?;
        writeln!(out, "{}", offer.title)?;
        writeln!(out, "{}", offer.why)?;
        writeln!(out, "{}", offer.advice)?;
        // Fingerprint and face are the phone apps' to offer.
        let choices: Vec<_> = offer
            .choices
            .iter()
            .filter(|c| c.choice != LockChoice::Biometric)
            .collect();
        for (i, c) in choices.iter().enumerate() {
            writeln!(
                out,
                "  [{}] {}",
                i + 1,
                label_value(self.language, &c.label, &c.detail)
            )?;
        }
        let Some(reply) = ask(input, out, "> ")? else {
            return Ok(());
        };
        let kind = match pick_from(&reply, &choices).map(|c| c.choice) {
            Some(LockChoice::Pin) => LockKind::Pin,
            Some(LockChoice::Passphrase) => LockKind::Passphrase,
            _ => {
                self.g.put_off_app_lock()?;
                writeln!(out, "{}", offer.not_now_means)?;
                return Ok(());
            }
        };
        if !self.set_lock(kind, input, out)? {
            // Not set after all: home keeps the quiet reminder.
            self.g.put_off_app_lock()?;
        }
        Ok(())
    }

    /// Sets an app lock of `kind`, asking for the secret twice. Whether it was set.
    fn set_lock(
        &self,
        kind: LockKind,
        input: &mut impl BufRead,
        out: &mut impl Write,
    ) -> Result<bool, CliError> {
        let l = self.language;
        if self.passphrase_key {
            writeln!(out, "{}", l.say("terminal-lock-not-needed-with-passphrase"))?;
            return Ok(false);
        }
        privacy::can_set_lock(self.data_dir, l)?;
        let kind_arg = [("kind", privacy::kind_id(kind).into())];
        loop {
            let new = prompt_with(l, "terminal-new-secret-prompt", &kind_arg);
            let Some(first) = read_secret(input, out, &new, self.hidden_secrets)? else {
                return Ok(false);
            };
            if first.trim().is_empty() {
                writeln!(out, "{}", l.say("terminal-no-lock-set"))?;
                return Ok(false);
            }
            let same = prompt_with(l, "terminal-same-secret-again", &kind_arg);
            let Some(again) = read_secret(input, out, &same, self.hidden_secrets)? else {
                return Ok(false);
            };
            if *first != *again {
                writeln!(out, "{}", l.say("terminal-secrets-did-not-match-try-again"))?;
                continue;
            }
            let secret = privacy::lock_secret(kind, first);
            match privacy::set_lock_over_key_file(self.data_dir, &secret, None, l) {
                Ok(()) => {
                    writeln!(out, "{}", l.say_with("terminal-lock-set", &kind_arg))?;
                    return Ok(true);
                }
                Err(CliError::Api(e @ ApiError::InvalidInput { .. })) => {
                    say(out, &e, self.language)?
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// The app lock from the menu: set one, or say how it stands and how to change it.
    fn app_lock(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let l = self.language;
        if let Some(kind) = privacy::is_locked(self.data_dir)? {
            writeln!(
                out,
                "{}",
                l.say_with(
                    "terminal-lock-is-set-menu",
                    &[("kind", privacy::kind_id(kind).into())]
                )
            )?;
            writeln!(
                out,
                "{}",
                l.say_with(
                    "terminal-lock-how-to-change",
                    &[
                        ("change", "groundwork lock change".into()),
                        ("remove", "groundwork lock remove".into())
                    ]
                )
            )?;
            return Ok(());
        }
        let offer = groundwork_core::lock::lock_offer(self.language);
        self.lock_offer(&offer, input, out)
    }

    /// The full check-in: the mood meter, words from the list by quadrant and his own, anger,
    /// stress, sleep, tags and a note. What the core refuses is asked again on its own.
    fn check_in(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let l = self.language;
        let form = self.g.check_in_form()?;
        writeln!(out, "{}", form.title)?;
        let range = groundwork_core::navigation::screen::METER_RANGE;
        let range = [
            ("min", (*range.start()).into()),
            ("max", (*range.end()).into()),
        ];
        let pleasant = prompt_with(l, "terminal-check-in-how-pleasant", &range);
        let Some(pleasantness) = ask_axis(input, out, &pleasant, l)? else {
            return Ok(());
        };
        let energetic = prompt_with(l, "terminal-check-in-how-much-energy", &range);
        let Some(energy) = ask_axis(input, out, &energetic, l)? else {
            return Ok(());
        };
        let mut draft = CheckInInput::new(pleasantness, energy);
        let ask = |field, draft: &mut _, input: &mut _, out: &mut _| {
            self.ask_check_in_field(field, &form, draft, input, out)
        };
        let saved = until_accepted(
            &mut draft,
            input,
            out,
            (&CheckInField::ALL, CheckInField::of),
            |draft| self.g.submit_check_in(draft),
            ask,
            self.language,
        )?;
        let Some(outcome) = saved else {
            return Ok(());
        };
        render::saved_check_in(out, &outcome)?;
        if let Some(questions) = outcome.safety_questions {
            return safety_questions(self.g, input, out, &questions, l);
        }
        render::crisis_answer(out, l, outcome.crisis_answer.as_ref())
    }

    /// Asks one part of the check-in into `draft`; `false` at the end of input.
    fn ask_check_in_field(
        &self,
        field: CheckInField,
        form: &CheckInForm,
        draft: &mut CheckInInput,
        input: &mut impl BufRead,
        out: &mut impl Write,
    ) -> Result<bool, CliError> {
        let l = self.language;
        let or_skip = |label: &str| {
            prompt_with(
                l,
                "terminal-or-enter-to-skip-colon",
                &[("label", label.into())],
            )
        };
        match field {
            CheckInField::Words => {
                // His quadrant's words first (the core places his numbers); every word on `?`.
                let here = Quadrant::of(draft.pleasantness, draft.energy);
                let groups = QuadrantWords::groups(&form.emotions);
                let mut every = false;
                let line = loop {
                    writeln!(out, "{}", l.say("terminal-check-in-words"))?;
                    for group in groups.iter().filter(|g| every || g.quadrant == here) {
                        let words: Vec<&str> =
                            group.words.iter().map(|w| w.word.as_str()).collect();
                        let quadrant = render::capitalise(&group.quadrant.label(self.g.language()));
                        writeln!(out, "  {}", label_value(l, &quadrant, &words.join(", ")))?;
                    }
                    let id = if every {
                        "terminal-check-in-words-prompt"
                    } else {
                        "terminal-check-in-words-prompt-or-every"
                    };
                    let prompt = prompt_with(
                        l,
                        id,
                        &[
                            ("listed", form.max_emotions.into()),
                            ("own", form.max_own_words.into()),
                        ],
                    );
                    let Some(line) = ask(input, out, &prompt)? else {
                        return Ok(false);
                    };
                    if line.trim() == "?" && !every {
                        every = true;
                        continue;
                    }
                    break line;
                };
                let sorted = self.g.sort_emotion_words(list(&line))?;
                draft.emotions = sorted.emotions;
                draft.own_words = sorted.own_words;
            }
            CheckInField::Anger => {
                let Some(n) = ask_number(input, out, &or_skip(&form.anger_label), true, l)? else {
                    return Ok(false);
                };
                draft.anger = n;
            }
            CheckInField::Stress => {
                let Some(n) = ask_number(input, out, &or_skip(&form.stress_label), true, l)? else {
                    return Ok(false);
                };
                draft.stress = n;
            }
            CheckInField::Sleep => {
                let Some(n) = ask_number(input, out, &or_skip(&form.sleep_label), true, l)? else {
                    return Ok(false);
                };
                draft.hours_slept = n;
            }
            CheckInField::Tags => {
                let prompt = prompt_with(
                    l,
                    "terminal-check-in-tags-prompt",
                    &[("tags", form.suggested_tags.join(", ").into())],
                );
                let Some(line) = ask(input, out, &prompt)? else {
                    return Ok(false);
                };
                draft.tags = list(&line);
            }
            CheckInField::Note => {
                let prompt = field_prompt(l, &form.note_placeholder);
                let Some(note) = ask_text(input, out, &prompt)? else {
                    return Ok(false);
                };
                draft.note = note;
            }
        }
        Ok(true)
    }

    /// The anger moment log: the core's form, asked a line at a time.
    fn anger_moment(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let form = self.g.anger_moment_form()?;
        writeln!(out, "{}", form.title)?;
        writeln!(out, "{}", form.intro)?;
        let mut draft = AngerMomentInput {
            what_happened: String::new(),
            intensity: 0,
            body_cues: Vec::new(),
            thoughts: None,
            what_i_did: None,
            next_time: None,
            repair_needed: false,
            repair_done: false,
        };
        let ask = |field, draft: &mut _, input: &mut _, out: &mut _| {
            self.ask_anger_field(field, &form, draft, input, out)
        };
        let saved = until_accepted(
            &mut draft,
            input,
            out,
            (&AngerField::ALL, AngerField::of),
            |draft| self.g.submit_anger_moment(draft),
            ask,
            self.language,
        )?;
        let Some(outcome) = saved else {
            return Ok(());
        };
        writeln!(out, "{}", self.language.say("terminal-anger-moment-saved"))?;
        render::crisis_answer(out, self.language, outcome.crisis_answer.as_ref())
    }

    /// Asks one part of the anger moment into `draft`; `false` at the end of input.
    fn ask_anger_field(
        &self,
        field: AngerField,
        form: &groundwork_core::AngerMomentForm,
        draft: &mut AngerMomentInput,
        input: &mut impl BufRead,
        out: &mut impl Write,
    ) -> Result<bool, CliError> {
        let l = self.language;
        let optional = |input: &mut _, out: &mut _, label: &str| {
            let asked = prompt_with(l, "terminal-or-enter-to-skip", &[("label", label.into())]);
            ask_text(input, out, &asked)
        };
        match field {
            AngerField::What => loop {
                let Some(what) = ask_text(input, out, &format!("{} ", form.what_happened_label))?
                else {
                    return Ok(false);
                };
                match what {
                    Some(what) => {
                        draft.what_happened = what;
                        break;
                    }
                    None => writeln!(out, "{}", l.say("terminal-anger-few-words"))?,
                }
            },
            AngerField::Intensity => {
                let Some(Some(n)) =
                    ask_number(input, out, &format!("{} ", form.intensity_label), false, l)?
                else {
                    return Ok(false);
                };
                draft.intensity = n;
            }
            AngerField::Cues => {
                writeln!(out, "{}", l.say("terminal-anger-body-question"))?;
                for (i, cue) in form.body_cues.iter().enumerate() {
                    writeln!(out, "  [{}] {cue}", i + 1)?;
                }
                let asked = prompt(l, "terminal-anger-body-prompt");
                let Some(line) = ask(input, out, &asked)? else {
                    return Ok(false);
                };
                draft.body_cues = list(&line)
                    .into_iter()
                    .map(|item| pick_from(&item, &form.body_cues).cloned().unwrap_or(item))
                    .collect();
            }
            AngerField::Thoughts => {
                let Some(text) = optional(input, out, &form.thoughts_label)? else {
                    return Ok(false);
                };
                draft.thoughts = text;
            }
            AngerField::Did => {
                let Some(text) = optional(input, out, &form.what_i_did_label)? else {
                    return Ok(false);
                };
                draft.what_i_did = text;
            }
            AngerField::NextTime => {
                let Some(text) = optional(input, out, &form.next_time_label)? else {
                    return Ok(false);
                };
                draft.next_time = text;
            }
            AngerField::Repair => {
                let Some(needed) = ask_yes(input, out, &form.repair_label, l)? else {
                    return Ok(false);
                };
                draft.repair_needed = needed;
                draft.repair_done = false;
                if needed {
                    let question = l.say("terminal-anger-repair-question");
                    let Some(done) = ask_yes(input, out, &question, l)? else {
                        return Ok(false);
                    };
                    draft.repair_done = done;
                }
            }
        }
        Ok(true)
    }

    /// A journal entry, ended by a line with just a dot.
    fn write_entry(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let l = self.language;
        writeln!(out, "{}", l.say("terminal-write-entry"))?;
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
            writeln!(out, "{}", l.say("terminal-nothing-written"))?;
            return Ok(());
        }
        let outcome = self
            .g
            .submit_journal_entry(groundwork_core::JournalEntryInput {
                body: text,
                tags: Vec::new(),
                prompt_id: None,
            })?;
        render::saved_entry(out, l, &outcome.entry)?;
        render::crisis_answer(out, l, outcome.crisis_answer.as_ref())?;
        Ok(())
    }

    fn search(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let l = self.language;
        let Some(query) = ask(input, out, &prompt(l, "terminal-search-for"))? else {
            return Ok(());
        };
        let hits = self.g.search_journal(query, 20)?;
        render::search_hits(out, l, &hits, self.bold)
    }

    /// Walks the module the home screen offers next, if there is one.
    fn next_module(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let next = self.g.home_screen()?.next_step;
        match next.module_id {
            Some(id) if next.action_label.is_some() => {
                let pace = crate::lesson::Pace::Real;
                crate::lesson::walk(self.g, &id, input, out, pace, self.language)?;
            }
            _ => writeln!(out, "{}. {}", next.title, next.detail)?,
        }
        Ok(())
    }

    /// The path: every phase and module, numbered; any open one can be walked from here.
    fn path(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let l = self.language;
        let map = self.g.phase_map()?;
        let ids = crate::lesson::phase_map_numbered(out, l, &map)?;
        let Some(reply) = ask(input, out, &prompt(l, "terminal-path-open-module"))? else {
            return Ok(());
        };
        let reply = reply.trim();
        if reply.is_empty() {
            return Ok(());
        }
        let id = pick_from(reply, &ids)
            .cloned()
            .unwrap_or_else(|| reply.to_owned());
        match crate::lesson::walk(self.g, &id, input, out, crate::lesson::Pace::Real, l) {
            Err(CliError::Api(ApiError::NotFound { .. })) => {
                writeln!(out, "{}", l.say("terminal-path-no-such-module"))?;
                Ok(())
            }
            other => other.map(|_| ()),
        }
    }

    /// Insights over a range he picks, as sparklines.
    fn insights(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let l = self.language;
        let Some(reply) = ask(input, out, &prompt(l, "terminal-insights-which-range"))? else {
            return Ok(());
        };
        // The English letters, and the French ones (semaine, trimestre, année), in any language.
        let range = match reply.trim() {
            "w" | "W" | "s" | "S" => InsightRange::Week,
            "q" | "Q" | "t" | "T" => InsightRange::Quarter,
            "y" | "Y" | "a" | "A" => InsightRange::Year,
            _ => InsightRange::Month,
        };
        render::insights(out, l, &self.g.insights(range)?)
    }

    /// His plans: pick one to read, and fill in or change a part of it.
    fn plans(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let l = self.language;
        let docs = self.g.living_documents()?;
        for (i, d) in docs.iter().enumerate() {
            writeln!(out, "  [{}] {}", i + 1, render::document_state(l, d))?;
        }
        let Some(reply) = ask(input, out, &prompt(l, "terminal-plans-open"))? else {
            return Ok(());
        };
        let Some(doc) = pick_from(&reply, &docs) else {
            return Ok(());
        };
        let mut doc = doc.clone();
        loop {
            writeln!(out)?;
            lesson_heading(out, &doc.title)?;
            for (i, f) in doc.fields.iter().enumerate() {
                let value = if f.value.is_empty() {
                    "-"
                } else {
                    f.value.as_str()
                };
                writeln!(out, "  [{}] {}", i + 1, label_value(l, &f.label, value))?;
            }
            let Some(reply) = ask(input, out, &prompt(l, "terminal-plans-change-part"))? else {
                return Ok(());
            };
            let Some(field) = pick_from(&reply, &doc.fields) else {
                return Ok(());
            };
            let Some(text) = ask(input, out, &field_prompt(l, &field.label))? else {
                return Ok(());
            };
            let values = HashMap::from([(field.id.clone(), text)]);
            match self.g.save_living_document(doc.id.clone(), values) {
                Ok(saved) => {
                    writeln!(out, "{}", l.say("terminal-saved"))?;
                    doc = saved;
                }
                Err(e @ ApiError::InvalidInput { .. }) => say(out, &e, self.language)?,
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// A counsellor's recommendation code: what it holds, then adding it to his path.
    fn recommendation(
        &self,
        input: &mut impl BufRead,
        out: &mut impl Write,
    ) -> Result<(), CliError> {
        let l = self.language;
        let Some(code) = ask(input, out, &prompt(l, "terminal-recommendation-code"))? else {
            return Ok(());
        };
        if code.trim().is_empty() {
            return Ok(());
        }
        let received = match groundwork_core::read_recommendation_code(code.clone()) {
            Ok(r) => r,
            Err(e @ ApiError::InvalidInput { .. }) => return Ok(say(out, &e, self.language)?),
            Err(e) => return Err(e.into()),
        };
        writeln!(out, "{}", received.headline)?;
        for title in &received.module_titles {
            writeln!(out, "  - {title}")?;
        }
        if let Some(note) = &received.note {
            writeln!(out, "{}", crate::recommend::quoted_note(l, note))?;
        }
        let question = l.say("terminal-recommendation-add");
        let Some(yes) = ask_yes(input, out, &question, l)? else {
            return Ok(());
        };
        if yes {
            let home = self.g.accept_recommendation(code)?;
            writeln!(out, "{}", l.say("terminal-recommendation-added"))?;
            if let Some(card) = &home.recommendations {
                writeln!(out, "{}", render::heading_colon(l, &card.headline))?;
                for m in &card.modules {
                    writeln!(out, "  {}  {}", m.title, m.state_label)?;
                }
            }
        }
        Ok(())
    }

    /// Reminder settings: each shown as it stands; Enter keeps it.
    fn reminders(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let l = self.language;
        let mut settings = self.g.reminder_settings()?;
        writeln!(out, "{}", l.say("terminal-reminders-intro"))?;
        loop {
            show_reminders(out, l, &settings)?;
            let Some(reply) = ask(input, out, &prompt(l, "terminal-reminders-change"))? else {
                return Ok(());
            };
            let mut next = settings.clone();
            match reply.trim() {
                "1" => {
                    let asked = prompt(l, "terminal-reminders-daily-prompt");
                    let Some(line) = ask(input, out, &asked)? else {
                        return Ok(());
                    };
                    next.daily_check_in = match parse_time(l, &line) {
                        TimeAnswer::Off => None,
                        TimeAnswer::At(t) => Some(t),
                        TimeAnswer::Unclear => {
                            writeln!(out, "{}", l.say("terminal-reminders-daily-unclear"))?;
                            continue;
                        }
                    };
                }
                "2" => {
                    let asked = prompt(l, "terminal-reminders-weekly-prompt");
                    let Some(line) = ask(input, out, &asked)? else {
                        return Ok(());
                    };
                    next.weekly_practice = if is_off(l, &line) {
                        None
                    } else {
                        let (day, at) = line.trim().split_once(' ').unwrap_or((line.trim(), ""));
                        match (weekday(l, day), parse_time(l, at)) {
                            (Some(weekday), TimeAnswer::At(time)) => {
                                Some(WeeklyTime { weekday, time })
                            }
                            _ => {
                                writeln!(out, "{}", l.say("terminal-reminders-weekly-unclear"))?;
                                continue;
                            }
                        }
                    };
                }
                "3" => next.new_father_weekly = !next.new_father_weekly,
                "4" => {
                    let asked = prompt(l, "terminal-reminders-quiet-prompt");
                    let Some(line) = ask(input, out, &asked)? else {
                        return Ok(());
                    };
                    next.quiet_hours = if is_off(l, &line) {
                        None
                    } else {
                        let parts: Vec<TimeAnswer> =
                            line.split('-').map(|part| parse_time(l, part)).collect();
                        match parts.as_slice() {
                            [TimeAnswer::At(start), TimeAnswer::At(end)] => Some(QuietHours {
                                start: *start,
                                end: *end,
                            }),
                            _ => {
                                writeln!(out, "{}", l.say("terminal-reminders-quiet-unclear"))?;
                                continue;
                            }
                        }
                    };
                }
                "5" => next.discreet = !next.discreet,
                _ => return Ok(()),
            }
            match self.g.save_reminder_settings(next.clone()) {
                Ok(()) => {
                    writeln!(out, "{}", l.say("terminal-saved"))?;
                    settings = next;
                }
                Err(e @ ApiError::InvalidInput { .. }) => say(out, &e, self.language)?,
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Help now inside the app: asks his region once if it is unknown, and remembers it (for
    /// help now before unlock too).
    fn help_now(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let l = self.language;
        let screen = self.g.help_now(None, locale(self.language))?;
        if screen.region.is_none() {
            render::help_now(out, l, &screen)?;
            let codes: Vec<&str> = screen.regions.iter().map(|r| r.code.as_str()).collect();
            let prompt = prompt_with(
                l,
                "terminal-help-now-region-prompt",
                &[("codes", codes.join(", ").into())],
            );
            let Some(code) = ask(input, out, &prompt)? else {
                return Ok(());
            };
            if !code.trim().is_empty() {
                match groundwork_core::RegionCode::parse(&code)
                    .map_err(ApiError::from)
                    .and_then(|c| self.g.set_region(c))
                {
                    Ok(()) => {}
                    Err(e @ ApiError::InvalidInput { .. }) => say(out, &e, self.language)?,
                    Err(e) => return Err(e.into()),
                }
            }
        }
        pick_help(input, out, l, |situation| {
            Ok(self.g.help_now(situation, locale(self.language))?)
        })
    }
}

/// A heading, underlined.
fn lesson_heading(out: &mut impl Write, title: &str) -> Result<(), CliError> {
    crate::lesson::heading(out, title)
}

/// A time typed for a setting.
enum TimeAnswer {
    Off,
    At(TimeOfDay),
    Unclear,
}

fn parse_time(language: Language, text: &str) -> TimeAnswer {
    let text = text.trim();
    if is_off(language, text) {
        return TimeAnswer::Off;
    }
    let Some((h, m)) = text.split_once(':') else {
        return TimeAnswer::Unclear;
    };
    match (h.trim().parse::<u8>(), m.trim().parse::<u8>()) {
        (Ok(hour), Ok(minute)) => TimeAnswer::At(TimeOfDay { hour, minute }),
        _ => TimeAnswer::Unclear,
    }
}

fn time(t: TimeOfDay) -> String {
    format!("{:02}:{:02}", t.hour, t.minute)
}

/// The days of the week, Monday first.
const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// A day's name as the settings show it ("sunday"; in French "dimanche").
fn weekday_name(language: Language, day: Weekday) -> String {
    language.say_with("terminal-weekday", &[("day", render::spelled(day).into())])
}

/// The day typed: its name in English ("sunday", as the settings file spells it) or in the
/// language spoken, whatever its case.
fn weekday(language: Language, typed: &str) -> Option<Weekday> {
    let typed = typed.trim().to_lowercase();
    WEEKDAYS.into_iter().find(|day| {
        render::spelled(*day) == typed || weekday_name(language, *day).to_lowercase() == typed
    })
}

fn show_reminders(
    out: &mut impl Write,
    language: Language,
    s: &ReminderSettings,
) -> Result<(), CliError> {
    let l = language;
    let off = l.say("terminal-reminders-off");
    let daily = s.daily_check_in.map_or(off.clone(), time);
    let quiet = s.quiet_hours.map_or(off.clone(), |q| {
        format!("{}-{}", time(q.start), time(q.end))
    });
    let weekly = s.weekly_practice.map_or(off.clone(), |w| {
        format!("{} {}", weekday_name(l, w.weekday), time(w.time))
    });
    let on_off = |on: bool| {
        if on {
            l.say("terminal-reminders-on")
        } else {
            off.clone()
        }
    };
    let rows = [
        ("terminal-reminders-daily", daily),
        ("terminal-reminders-weekly", weekly),
        ("terminal-reminders-new-dad", on_off(s.new_father_weekly)),
        ("terminal-reminders-quiet", quiet),
        ("terminal-reminders-discreet", on_off(s.discreet)),
    ];
    for (id, value) in rows {
        writeln!(out, "  {}", label_value(l, &l.say(id), &value))?;
    }
    Ok(())
}

/// The new dad's mood check at the terminal: each question answered 0 to 3, or `n` for not
/// now; then what follows (with help now after hard answers).
pub fn dad_check(
    groundwork: &Groundwork,
    input: &mut impl BufRead,
    out: &mut impl Write,
    language: Language,
) -> Result<(), CliError> {
    let l = language;
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
        let prompt = prompt_with(
            l,
            "terminal-dad-check-prompt",
            &[("not_now", check.not_now_label.as_str().into())],
        );
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
                _ => writeln!(out, "{}", l.say("terminal-dad-check-type"))?,
            }
        }
    }
    let follow = groundwork.answer_dad_mood_check(answers, locale(language))?;
    writeln!(out)?;
    render::dad_mood_follow_up(out, l, &follow)
}

/// The question after something heavy: "How are you now?", answered by number, or turned off.
pub fn follow_up(
    groundwork: &Groundwork,
    card: &groundwork_core::FollowUpCard,
    input: &mut impl BufRead,
    out: &mut impl Write,
    language: Language,
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
        match pick_from(reply, &card.choices) {
            Some(choice) => {
                let outcome = groundwork.answer_crisis_follow_up(choice.answer)?;
                return render::follow_up_outcome(out, language, &outcome);
            }
            None => writeln!(
                out,
                "{}",
                language.say_with(
                    "terminal-type-a-number-from-to",
                    &[("min", 0.into()), ("max", card.choices.len().into())]
                )
            )?,
        }
    }
}

/// Asks the two optional questions; yes or no (y or n, in French o or n too), anything else
/// skips.
pub(crate) fn safety_questions(
    groundwork: &Groundwork,
    input: &mut impl BufRead,
    out: &mut impl Write,
    q: &groundwork_core::SafetyQuestions,
    language: Language,
) -> Result<(), CliError> {
    writeln!(out, "{}", q.intro)?;
    let mut answer = |question: &str| -> Result<Option<bool>, CliError> {
        let prompt = prompt_with(
            language,
            "terminal-ask-yes-no-skip-labelled",
            &[
                ("question", question.into()),
                ("yes", q.yes_label.as_str().into()),
                ("no", q.no_label.as_str().into()),
                ("skip", q.skip_label.as_str().into()),
            ],
        );
        Ok(match ask(input, out, &prompt)? {
            Some(reply) if is_yes(language, &reply) => Some(true),
            Some(reply) if is_no(language, &reply) => Some(false),
            _ => None,
        })
    };
    let self_harm = answer(&q.self_harm)?;
    let hurt_someone = answer(&q.hurt_someone)?;
    let follow = groundwork.answer_safety_questions(
        q.check_in_id,
        self_harm,
        hurt_someone,
        locale(language),
    )?;
    if let Some(screen) = follow.help_now {
        render::help_now(out, language, &screen)?;
    }
    if let Some(message) = follow.message {
        writeln!(out, "{message}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use groundwork_core::curriculum::{BabyDateKind, ModuleOpening};
    use groundwork_core::{DatabaseKey, SystemClock};

    use super::*;

    fn open(dir: &Path) -> Groundwork {
        Groundwork::open_with(dir, &DatabaseKey::generate(), Arc::new(SystemClock)).expect("open")
    }

    fn run_on(g: &Groundwork, dir: &Path, script: &str) -> String {
        run_in(Language::ENGLISH, g, dir, script)
    }

    fn run_in(language: Language, g: &Groundwork, dir: &Path, script: &str) -> String {
        let mut out = Vec::new();
        Companion {
            g,
            data_dir: dir,
            hidden_secrets: false,
            bold: false,
            passphrase_key: false,
            language,
        }
        .run(&mut script.as_bytes(), &mut out)
        .expect("session");
        String::from_utf8(out).expect("utf-8")
    }

    fn session(script: &str) -> (String, Groundwork, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("temp dir");
        let g = open(dir.path());
        let out = run_on(&g, dir.path(), script);
        (out, g, dir)
    }

    fn onboard(g: &Groundwork, tracks: &[&str], born_days_ago: i64) {
        let born = chrono::Local::now().date_naive() - chrono::Duration::days(born_days_ago);
        g.complete_onboarding(OnboardingChoices {
            region: "AU".into(),
            track_ids: tracks.iter().map(|t| (*t).to_owned()).collect(),
            baby_date: Some(BabyDate {
                kind: BabyDateKind::Born,
                date: born,
            }),
            discreet_mode: false,
            things_are_hard: false,
        })
        .expect("onboarding");
    }

    #[test]
    fn a_check_in_typed_at_the_menu_is_saved_after_a_bad_number_is_asked_again() {
        let (out, g, _dir) = session("1\n9\n-2\n3\nangry, tired\n\nx\n\n\n\nlong day\nq\n");
        assert!(out.contains("Type a whole number from -5 to 5."), "{out}");
        assert!(
            out.contains("Type a number, or press Enter to skip."),
            "{out}"
        );
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
    fn the_check_in_shows_the_words_of_his_quadrant_and_every_word_on_a_question_mark() {
        let (out, g, _dir) = session("1\n3\n-2\n?\ncalm\n\n\n\n\n\nq\n");
        let mut lists = out.split("Up to 3 from the list");
        let first = lists.next().expect("the first list");
        assert!(first.contains("Pleasant, low energy: "), "{first}");
        assert!(!first.contains("Unpleasant, high energy: "), "{first}");
        let every = lists.next().expect("every word");
        assert!(every.contains("Unpleasant, high energy: "), "{every}");
        assert_eq!(
            g.recent_check_ins(1).expect("list")[0].emotions,
            vec!["calm".to_owned()]
        );
    }

    #[test]
    fn a_journal_entry_ends_at_a_dot_line_and_can_then_be_found() {
        let (out, g, _dir) = session("2\nfirst line\nsecond line\n.\n3\nsecond\nq\n");
        assert!(out.contains("Saved to your journal."), "{out}");
        assert!(out.contains("second line"), "{out}");
        assert_eq!(g.home_screen().expect("home").journal_entry_count, 1);
    }

    #[test]
    fn a_very_hard_check_in_asks_the_safety_questions_and_a_yes_shows_help() {
        let (out, g, _dir) = session("1\n-5\n-3\n\n\n\n\n\n\nn\ny\nq\n");
        assert!(out.contains("hurt someone"), "{out}");
        assert!(
            out.contains("My pause plan"),
            "help now with the pause plan: {out}"
        );
        assert!(g.home_screen().expect("home").safety_card.is_some());
    }

    #[test]
    fn help_now_asks_the_region_once_and_remembers_it_beside_the_database() {
        let (out, g, dir) = session("h\nau\n2\nq\n");
        assert!(out.contains("HELP NOW"), "{out}");
        assert_eq!(g.region().expect("region").as_deref(), Some("AU"));
        assert!(out.contains("000"), "the emergency number: {out}");
        assert!(
            out.contains("Men's Referral"),
            "the lines for the picked situation: {out}"
        );
        assert_eq!(
            std::fs::read_to_string(groundwork_core::region_file_path(dir.path()))
                .expect("region file"),
            "AU"
        );
    }

    #[test]
    fn the_next_module_at_the_menu_asks_the_home_safety_question_first_and_not_sure_shows_help() {
        let dir = tempfile::tempdir().expect("temp dir");
        let g = open(dir.path());
        // Born eleven weeks ago, the track's opening module done: this week's module is the
        // team one, done with his partner.
        onboard(&g, &["new-father"], 77);
        groundwork_tests::walk(&g, "becoming-a-dad");
        let out = run_on(&g, dir.path(), "5\n3\nq\n");
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
        let dir = tempfile::tempdir().expect("temp dir");
        let g = open(dir.path());
        // Born 100 days ago: inside the window from 13 weeks, whatever the hour.
        onboard(&g, &["general", "new-father"], 100);
        let texts = g.pack().safety.dad_mood_check.clone();
        let out = run_on(&g, dir.path(), "d\n2\n2\n0\nq\n");
        assert!(out.contains(&format!("[d] {}", texts.card_title)), "{out}");
        assert!(out.contains(&texts.temper), "{out}");
        assert!(out.contains(&texts.hard), "{out}");
        assert!(out.contains("PANDA"), "{out}");
        // Answered: the menu no longer offers it.
        let last_menu = out.rsplit("[1] Check in").next().expect("a menu");
        assert!(!last_menu.contains("[d]"), "{last_menu}");
    }

    #[test]
    fn onboarding_from_the_menu_asks_the_babys_date_for_the_new_dad_track_and_again_when_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let g = open(dir.path());
        let due = chrono::Local::now().date_naive() + chrono::Duration::weeks(6);
        let script = format!("o\nNZ\nnew-father\n1\n2030-01-01\nn\ny\n1\n{due}\n\nq\n");
        let out = run_on(&g, dir.path(), &script);
        assert!(out.contains("Check the baby's date:"), "{out}");
        let screen = g.onboarding_screen(None).expect("screen");
        assert_eq!(screen.selected_region.as_deref(), Some("NZ"));
        assert_eq!(
            screen.baby_date.map(|d| (d.kind, d.date)),
            Some((BabyDateKind::Due, due))
        );
        assert!(screen.discreet_mode);
        assert!(!g.home_screen().expect("home").needs_onboarding);
    }

    fn french() -> Language {
        Language::negotiate(&["fr-CA"])
    }

    #[test]
    fn the_menu_speaks_french_with_the_same_keys_when_the_language_is_french() {
        let dir = tempfile::tempdir().expect("temp dir");
        let g = open(dir.path());
        let out = run_in(french(), &g, dir.path(), "z\nq\n");
        assert!(out.contains("[1] Faire mon bilan"), "{out}");
        assert!(out.contains("[q] Quitter"), "{out}");
        assert!(out.contains("Bilan : "), "{out}");
        assert!(
            out.contains("Tape une des lettres ou un des chiffres entre crochets."),
            "{out}"
        );
        assert!(!out.contains("[1] Check in"), "{out}");
        let english = run_on(&g, dir.path(), "z\nq\n");
        assert!(english.contains("[1] Check in"), "{english}");
        assert!(
            english.contains("Type one of the letters or numbers in brackets."),
            "{english}"
        );
    }

    #[test]
    fn a_french_session_takes_oui_and_non_for_yes_and_no() {
        let dir = tempfile::tempdir().expect("temp dir");
        let g = open(dir.path());
        let out = run_in(
            french(),
            &g,
            dir.path(),
            "4\nJ'ai claqué la porte\n6\n\n\n\n\noui\nnon\nq\n",
        );
        assert!(out.contains("[o/n]"), "{out}");
        assert!(!out.contains("[y/n]"), "{out}");
        assert!(out.contains("Est-ce que c'est déjà réparé?"), "{out}");
        assert!(
            out.contains("Enregistré dans tes moments de colère."),
            "{out}"
        );
        let moment = &g.recent_anger_moments(1).expect("moments")[0];
        assert!(moment.repair_needed && !moment.repair_done, "{moment:?}");
    }

    #[test]
    fn the_reminders_take_french_day_names_and_show_them_in_french() {
        let dir = tempfile::tempdir().expect("temp dir");
        let g = open(dir.path());
        let out = run_in(french(), &g, dir.path(), "r\n2\ndimanche 19:00\n\nq\n");
        assert!(
            out.contains("Pratique de la semaine : dimanche 19:00"),
            "{out}"
        );
        let weekly = g.reminder_settings().expect("settings").weekly_practice;
        assert_eq!(weekly.map(|w| w.weekday), Some(Weekday::Sunday));
        // English names are read whatever the language; English shows them as before.
        let out = run_on(&g, dir.path(), "r\n2\nmonday 08:30\n\nq\n");
        assert!(out.contains("  Weekly practice: monday 08:30"), "{out}");
    }
}
