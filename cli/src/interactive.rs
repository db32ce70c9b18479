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
use std::sync::Arc;

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
use crate::{CliError, privacy, render};

/// The device locale for help now: the environment's, except in tests, which must not depend on
/// the machine they run on.
fn locale() -> Option<String> {
    if cfg!(test) {
        None
    } else {
        crate::device_locale()
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
}

/// Opens the data in `data_dir` and runs the menu on this terminal (or on input piped in, one
/// answer a line). With an app lock set, its PIN or passphrase is asked for as often as needed
/// (the core's waits apply), and help now is there before unlock.
pub fn start(data_dir: Option<PathBuf>, passphrase_env: Option<String>) -> Result<(), CliError> {
    let hidden = io::stdin().is_terminal();
    let bold = io::stdout().is_terminal();
    let dir = crate::data_dir_or_default(data_dir.as_deref()).ok_or_else(|| {
        CliError::Refused("cannot find a home directory; pass --data-dir DIR".into())
    })?;
    let mut input = io::stdin().lock();
    let mut out = crate::files::Terminal::new(io::stdout().lock());
    crate::files::prepare_data_dir(&dir)?;
    let passphrase_key = passphrase_env.is_some();
    let groundwork = match privacy::is_locked(&dir)? {
        Some(kind) if !passphrase_key => {
            match lock_screen(&dir, kind, &mut input, &mut out, hidden)? {
                Some(key) => Groundwork::open_with(&dir, &key, Arc::new(SystemClock))?,
                None => return Ok(()),
            }
        }
        _ => crate::open(Some(dir.clone()), passphrase_env)?,
    };
    crate::files::use_private_dir(&dir);
    Companion {
        g: &groundwork,
        data_dir: &dir,
        hidden_secrets: hidden,
        bold,
        passphrase_key,
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
) -> Result<Option<DatabaseKey>, CliError> {
    let screen = groundwork_core::app_lock_screen(
        dir.to_string_lossy().into_owned(),
        Some(kind),
        false,
        None,
    );
    writeln!(out, "{}", screen.title)?;
    let prompt = screen
        .prompt
        .clone()
        .unwrap_or_else(|| format!("Enter your {}", privacy::kind_name(kind)));
    loop {
        let status = groundwork_core::lock::lock_status(
            dir,
            chrono::Utc::now(),
            groundwork_core::base::text::Language::ENGLISH,
        )?;
        if let Some(wait) = status.message {
            writeln!(out, "{wait}")?;
            let choice = format!("[h] {}  [q] Quit  [Enter] Check again: ", screen.help.label);
            match ask(input, out, &choice)?.as_deref().map(str::trim) {
                None | Some("q" | "Q") => return Ok(None),
                Some("h" | "H") => help_before_unlock(dir, input, out)?,
                Some(_) => {}
            }
            continue;
        }
        let line = format!("{prompt} ([h] {}, [q] quit): ", screen.help.label);
        let Some(typed) = read_secret(input, out, &line, hidden)? else {
            return Ok(None);
        };
        // A PIN is digits and a passphrase at least eight characters: neither is "h" or "q".
        match typed.trim() {
            "" => continue,
            "h" | "H" => {
                help_before_unlock(dir, input, out)?;
                continue;
            }
            "q" | "Q" => return Ok(None),
            _ => {}
        }
        let secret = privacy::lock_secret(kind, typed);
        match groundwork_core::lock::unlock(
            dir,
            &secret,
            chrono::Utc::now(),
            groundwork_core::base::text::Language::ENGLISH,
        )? {
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
) -> Result<(), CliError> {
    let now = SystemClock.now();
    let (at, offset) = (now.to_utc(), now.offset().local_minus_utc() / 60);
    pick_help(input, out, |situation| {
        Ok(groundwork_core::help_now_at(
            dir,
            None,
            locale(),
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
    fetch: impl Fn(Option<Situation>) -> Result<HelpNowScreen, CliError>,
) -> Result<(), CliError> {
    let screen = fetch(None)?;
    render::help_now(out, &screen)?;
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
    let situation = pick_from(&pick, &screen.situations).map(|s| s.situation);
    if situation.is_some() {
        render::help_now(out, &fetch(situation)?)?;
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
            Err(_) if optional => writeln!(out, "Type a number, or press Enter to skip.")?,
            Err(_) => writeln!(out, "Type a number.")?,
        }
    }
}

/// Asks for a whole number on the mood meter until it parses; `None` at end of input.
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
            Ok(n) if groundwork_core::navigation::screen::METER_RANGE.contains(&n) => {
                return Ok(Some(n));
            }
            _ => writeln!(out, "Type a whole number from -5 to 5.")?,
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

/// Yes or no; anything but y is no. `None` at end of input.
fn ask_yes(
    input: &mut impl BufRead,
    out: &mut impl Write,
    prompt: &str,
) -> io::Result<Option<bool>> {
    Ok(ask(input, out, &format!("{prompt} [y/n] "))?
        .map(|a| matches!(a.trim(), "y" | "Y" | "yes" | "Yes")))
}

/// Asks every one of `fields` into `draft`, then submits it until the core accepts it: what the
/// core refuses is explained and only that answer is asked again (`field_of` names it). The
/// saved record, or `None` when input ended first (nothing is saved then).
fn until_accepted<D: Clone, F: Copy, T, I: BufRead, O: Write>(
    draft: &mut D,
    input: &mut I,
    out: &mut O,
    fields: &[F],
    field_of: fn(&str) -> Option<F>,
    submit: impl Fn(D) -> Result<T, ApiError>,
    ask: impl Fn(F, &mut D, &mut I, &mut O) -> Result<bool, CliError>,
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
        say(out, &error)?;
        if !ask(again, draft, input, out)? {
            return Ok(None);
        }
    }
}

/// Prints the core's error as he should read it, and goes on.
fn say(out: &mut impl Write, error: &ApiError) -> io::Result<()> {
    writeln!(out, "{error}")
}

impl Companion<'_> {
    /// Runs the menu over any input and output until he quits or input ends.
    pub fn run(
        &self,
        mut input: &mut impl BufRead,
        mut out: &mut impl Write,
    ) -> Result<(), CliError> {
        let g = self.g;
        render::home_in_menu(&mut out, &g.home_screen()?)?;
        loop {
            writeln!(out)?;
            let home = g.home_screen()?;
            let mood_card = home.dad_mood_card.is_some();
            let follow_up_card = home.follow_up_card.clone();
            let mut first = Vec::new();
            if home.needs_onboarding {
                first.push("[o] Get started".to_owned());
            }
            first.extend(
                [
                    "[1] Check in",
                    "[2] Write in the journal",
                    "[3] Search the journal",
                    "[4] Log an anger moment",
                    "[5] Next module",
                ]
                .map(str::to_owned),
            );
            let mut second: Vec<String> = [
                "[6] Your path",
                "[7] Insights",
                "[8] Plans",
                "[9] Home",
                "[c] A counsellor's code",
                "[r] Reminders",
                "[l] App lock",
            ]
            .map(str::to_owned)
            .to_vec();
            if !home.needs_onboarding {
                second.push("[o] Region and tracks".to_owned());
            }
            if let Some(card) = &home.dad_mood_card {
                second.push(format!("[d] {}", card.title));
            }
            if let Some(card) = &follow_up_card {
                second.push(format!("[f] {}", card.question));
            }
            second.push(format!("[h] {}", home.help.label));
            second.push("[q] Quit".to_owned());
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
                    .and_then(|home| render::home_in_menu(&mut out, &home)),
                "c" | "C" => self.recommendation(&mut input, &mut out),
                "r" | "R" => self.reminders(&mut input, &mut out),
                "l" | "L" => self.app_lock(&mut input, &mut out),
                "d" | "D" if mood_card => dad_check(g, &mut input, &mut out),
                "f" | "F" => match &follow_up_card {
                    Some(card) => follow_up(g, card, &mut input, &mut out),
                    None => continue,
                },
                "h" | "H" | "help" => self.help_now(&mut input, &mut out),
                "q" | "Q" | "quit" | "exit" => return Ok(()),
                "" => Ok(()),
                _ => {
                    writeln!(out, "Type one of the letters or numbers in brackets.")?;
                    Ok(())
                }
            };
            match result {
                Ok(()) => {}
                Err(CliError::Api(e)) => say(&mut out, &e)?,
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
        let screen = self.g.onboarding_screen(locale())?;
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
                Some(r) => format!("Where are you? A number or code (Enter for {}): ", r.name),
                None => "Where are you? A number or code: ".to_owned(),
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
                _ => writeln!(out, "Type one of the numbers listed.")?,
            }
        };
        writeln!(out)?;
        for (i, track) in screen.tracks.iter().enumerate() {
            writeln!(out, "  [{}] {}: {}", i + 1, track.title, track.summary)?;
        }
        let defaults: Vec<String> = screen
            .tracks
            .iter()
            .enumerate()
            .filter(|(_, t)| t.selected)
            .map(|(i, _)| (i + 1).to_string())
            .collect();
        let prompt = if defaults.is_empty() {
            "Which tracks? Numbers, separated by commas: ".to_owned()
        } else {
            format!(
                "Which tracks? Numbers, separated by commas (Enter for {}): ",
                defaults.join(", ")
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
                _ => writeln!(out, "Type one or more of the numbers listed.")?,
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
        let prompt = format!(
            "{} [y = {}, n = {}] ",
            hard.question, hard.yes_label, hard.no_label
        );
        let Some(things_are_hard) = ask(input, out, &prompt)? else {
            return Ok(());
        };
        let things_are_hard = matches!(things_are_hard.trim(), "y" | "Y" | "yes" | "Yes");
        writeln!(out, "{}", screen.discreet_mode_hint)?;
        let Some(discreet) = ask_yes(input, out, "Discreet mode?")? else {
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
                    say(out, &e)?;
                    let Some(date) = self.ask_baby_date(&screen, input, out)? else {
                        return Ok(());
                    };
                    baby_date = Some(date);
                }
                Err(e) => return Err(e.into()),
            }
        };
        writeln!(out)?;
        writeln!(out, "Next: {}", home.next_step.title)?;
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
                None => writeln!(out, "Type one of the numbers listed.")?,
            }
        };
        let date = loop {
            let Some(text) = ask(input, out, &format!("{}: ", screen.baby_date_hint))? else {
                return Ok(None);
            };
            match groundwork_core::days::read_day(&text, "baby_date") {
                Ok(day) => break day,
                Err(e) => say(out, &ApiError::from(e))?,
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
            writeln!(out, "  [{}] {}: {}", i + 1, c.label, c.detail)?;
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
        if self.passphrase_key {
            writeln!(
                out,
                "Groundwork already opens only with your passphrase here, so it needs no app lock."
            )?;
            return Ok(false);
        }
        privacy::can_set_lock(self.data_dir)?;
        let name = privacy::kind_name(kind);
        loop {
            let Some(first) =
                read_secret(input, out, &format!("New {name}: "), self.hidden_secrets)?
            else {
                return Ok(false);
            };
            if first.trim().is_empty() {
                writeln!(out, "No app lock was set.")?;
                return Ok(false);
            }
            let Some(again) = read_secret(
                input,
                out,
                &format!("The same {name} again: "),
                self.hidden_secrets,
            )?
            else {
                return Ok(false);
            };
            if *first != *again {
                writeln!(out, "The two did not match. Let's try again.")?;
                continue;
            }
            let secret = privacy::lock_secret(kind, first);
            match privacy::set_lock_over_key_file(self.data_dir, &secret, None) {
                Ok(()) => {
                    writeln!(
                        out,
                        "App lock set. Groundwork now opens only with your {name}."
                    )?;
                    return Ok(true);
                }
                Err(CliError::Api(e @ ApiError::InvalidInput { .. })) => say(out, &e)?,
                Err(e) => return Err(e),
            }
        }
    }

    /// The app lock from the menu: set one, or say how it stands and how to change it.
    fn app_lock(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        if let Some(kind) = privacy::is_locked(self.data_dir)? {
            writeln!(
                out,
                "An app lock is set: Groundwork opens only with your {}.",
                privacy::kind_name(kind)
            )?;
            writeln!(
                out,
                "To change or remove it: groundwork lock change, or groundwork lock remove."
            )?;
            return Ok(());
        }
        let offer =
            groundwork_core::lock::lock_offer(groundwork_core::base::text::Language::ENGLISH);
        self.lock_offer(&offer, input, out)
    }

    /// The full check-in: the mood meter, words from the list by quadrant and his own, anger,
    /// stress, sleep, tags and a note. What the core refuses is asked again on its own.
    fn check_in(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let form = self.g.check_in_form()?;
        writeln!(out, "{}", form.title)?;
        let Some(pleasantness) = ask_axis(input, out, "How pleasant does it feel? (-5 to 5) ")?
        else {
            return Ok(());
        };
        let Some(energy) = ask_axis(input, out, "How much energy do you have? (-5 to 5) ")? else {
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
            &CheckInField::ALL,
            CheckInField::of,
            |draft| self.g.submit_check_in(draft),
            ask,
        )?;
        let Some(outcome) = saved else {
            return Ok(());
        };
        render::saved_check_in(out, &outcome)?;
        if let Some(questions) = outcome.safety_questions {
            return safety_questions(self.g, input, out, &questions);
        }
        render::crisis_answer(out, outcome.crisis_answer.as_ref())
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
        match field {
            CheckInField::Words => {
                // His quadrant's words first (the core places his numbers); every word on `?`.
                let here = Quadrant::of(draft.pleasantness, draft.energy);
                let groups = QuadrantWords::groups(&form.emotions);
                let mut every = false;
                let line = loop {
                    writeln!(out, "Words for it, from the list or your own:")?;
                    for group in groups.iter().filter(|g| every || g.quadrant == here) {
                        let words: Vec<&str> =
                            group.words.iter().map(|w| w.word.as_str()).collect();
                        writeln!(
                            out,
                            "  {}: {}",
                            render::capitalise(group.quadrant.label()),
                            words.join(", ")
                        )?;
                    }
                    let more = if every { "" } else { "? for every word, " };
                    let prompt = format!(
                        "Up to {} from the list and {} of your own, separated by commas ({more}Enter to skip): ",
                        form.max_emotions, form.max_own_words
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
                let prompt = format!("{} (or Enter to skip): ", form.anger_label);
                let Some(n) = ask_number(input, out, &prompt, true)? else {
                    return Ok(false);
                };
                draft.anger = n;
            }
            CheckInField::Stress => {
                let prompt = format!("{} (or Enter to skip): ", form.stress_label);
                let Some(n) = ask_number(input, out, &prompt, true)? else {
                    return Ok(false);
                };
                draft.stress = n;
            }
            CheckInField::Sleep => {
                let prompt = format!("{} (or Enter to skip): ", form.sleep_label);
                let Some(n) = ask_number(input, out, &prompt, true)? else {
                    return Ok(false);
                };
                draft.hours_slept = n;
            }
            CheckInField::Tags => {
                let prompt = format!(
                    "What it has to do with: {}, or your own; separated by commas (or Enter to skip): ",
                    form.suggested_tags.join(", ")
                );
                let Some(line) = ask(input, out, &prompt)? else {
                    return Ok(false);
                };
                draft.tags = list(&line);
            }
            CheckInField::Note => {
                let prompt = format!("{}: ", form.note_placeholder);
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
            &AngerField::ALL,
            AngerField::of,
            |draft| self.g.submit_anger_moment(draft),
            ask,
        )?;
        let Some(outcome) = saved else {
            return Ok(());
        };
        writeln!(out, "Saved to your anger log.")?;
        render::crisis_answer(out, outcome.crisis_answer.as_ref())
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
        let optional = |input: &mut _, out: &mut _, label: &str| {
            ask_text(input, out, &format!("{label} (or Enter to skip) "))
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
                    None => writeln!(out, "A few words is plenty.")?,
                }
            },
            AngerField::Intensity => {
                let Some(Some(n)) =
                    ask_number(input, out, &format!("{} ", form.intensity_label), false)?
                else {
                    return Ok(false);
                };
                draft.intensity = n;
            }
            AngerField::Cues => {
                writeln!(out, "What did your body do?")?;
                for (i, cue) in form.body_cues.iter().enumerate() {
                    writeln!(out, "  [{}] {cue}", i + 1)?;
                }
                let Some(line) = ask(
                    input,
                    out,
                    "Numbers from the list or your own words, separated by commas (or Enter to skip): ",
                )?
                else {
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
                let Some(needed) = ask_yes(input, out, &form.repair_label)? else {
                    return Ok(false);
                };
                draft.repair_needed = needed;
                draft.repair_done = false;
                if needed {
                    let Some(done) = ask_yes(input, out, "Has it been put right already?")? else {
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
            writeln!(out, "Nothing was written, so nothing was saved.")?;
            return Ok(());
        }
        let outcome = self
            .g
            .submit_journal_entry(groundwork_core::JournalEntryInput {
                body: text,
                tags: Vec::new(),
                prompt_id: None,
            })?;
        render::saved_entry(out, &outcome.entry)?;
        render::crisis_answer(out, outcome.crisis_answer.as_ref())?;
        Ok(())
    }

    fn search(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let Some(query) = ask(input, out, "Search for: ")? else {
            return Ok(());
        };
        let hits = self.g.search_journal(query, 20)?;
        render::search_hits(out, &hits, self.bold)
    }

    /// Walks the module the home screen offers next, if there is one.
    fn next_module(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let next = self.g.home_screen()?.next_step;
        match next.module_id {
            Some(id) if next.action_label.is_some() => {
                crate::lesson::walk(self.g, &id, input, out, crate::lesson::Pace::Real)?;
            }
            _ => writeln!(out, "{}. {}", next.title, next.detail)?,
        }
        Ok(())
    }

    /// The path: every phase and module, numbered; any open one can be walked from here.
    fn path(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let map = self.g.phase_map()?;
        let ids = crate::lesson::phase_map_numbered(out, &map)?;
        let Some(reply) = ask(
            input,
            out,
            "Open a module: its number or id, or Enter to go back: ",
        )?
        else {
            return Ok(());
        };
        let reply = reply.trim();
        if reply.is_empty() {
            return Ok(());
        }
        let id = pick_from(reply, &ids)
            .cloned()
            .unwrap_or_else(|| reply.to_owned());
        match crate::lesson::walk(self.g, &id, input, out, crate::lesson::Pace::Real) {
            Err(CliError::Api(ApiError::NotFound { .. })) => {
                writeln!(out, "There is no module with that number or id.")?;
                Ok(())
            }
            other => other.map(|_| ()),
        }
    }

    /// Insights over a range he picks, as sparklines.
    fn insights(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let Some(reply) = ask(
            input,
            out,
            "Over the last [w]eek, [m]onth, [q]uarter or [y]ear? (Enter for month) ",
        )?
        else {
            return Ok(());
        };
        let range = match reply.trim() {
            "w" | "W" => InsightRange::Week,
            "q" | "Q" => InsightRange::Quarter,
            "y" | "Y" => InsightRange::Year,
            _ => InsightRange::Month,
        };
        render::insights(out, &self.g.insights(range)?)
    }

    /// His plans: pick one to read, and fill in or change a part of it.
    fn plans(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let docs = self.g.living_documents()?;
        for (i, d) in docs.iter().enumerate() {
            let state = if d.started { "started" } else { "not started" };
            writeln!(out, "  [{}] {} ({state})", i + 1, d.title)?;
        }
        let Some(reply) = ask(input, out, "Open a plan: its number, or Enter to go back: ")? else {
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
                writeln!(out, "  [{}] {}: {value}", i + 1, f.label)?;
            }
            let Some(reply) = ask(
                input,
                out,
                "Change a part: its number, or Enter to go back: ",
            )?
            else {
                return Ok(());
            };
            let Some(field) = pick_from(&reply, &doc.fields) else {
                return Ok(());
            };
            let Some(text) = ask(input, out, &format!("{}: ", field.label))? else {
                return Ok(());
            };
            let values = HashMap::from([(field.id.clone(), text)]);
            match self.g.save_living_document(doc.id.clone(), values) {
                Ok(saved) => {
                    writeln!(out, "Saved.")?;
                    doc = saved;
                }
                Err(e @ ApiError::InvalidInput { .. }) => say(out, &e)?,
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
        let Some(code) = ask(input, out, "The code or link your counsellor gave you: ")? else {
            return Ok(());
        };
        if code.trim().is_empty() {
            return Ok(());
        }
        let received = match groundwork_core::read_recommendation_code(code.clone()) {
            Ok(r) => r,
            Err(e @ ApiError::InvalidInput { .. }) => return Ok(say(out, &e)?),
            Err(e) => return Err(e.into()),
        };
        writeln!(out, "{}", received.headline)?;
        for title in &received.module_titles {
            writeln!(out, "  - {title}")?;
        }
        if let Some(note) = &received.note {
            writeln!(out, "\"{note}\"")?;
        }
        let Some(yes) = ask_yes(input, out, "Add these to your path?")? else {
            return Ok(());
        };
        if yes {
            let home = self.g.accept_recommendation(code)?;
            writeln!(out, "Added to your path.")?;
            if let Some(card) = &home.recommendations {
                writeln!(out, "{}:", card.headline)?;
                for m in &card.modules {
                    writeln!(out, "  {}  {}", m.title, m.state_label)?;
                }
            }
        }
        Ok(())
    }

    /// Reminder settings: each shown as it stands; Enter keeps it.
    fn reminders(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let mut settings = self.g.reminder_settings()?;
        writeln!(
            out,
            "The terminal companion sends no reminders itself; these settings go with a backup to the phone app."
        )?;
        loop {
            show_reminders(out, &settings)?;
            let Some(reply) = ask(
                input,
                out,
                "Change [1] daily check-in  [2] weekly practice  [3] new-dad module reminder  [4] quiet hours  [5] discreet mode, or Enter to go back: ",
            )?
            else {
                return Ok(());
            };
            let mut next = settings.clone();
            match reply.trim() {
                "1" => {
                    let Some(line) = ask(input, out, "Time for a daily check-in, HH:MM, or off: ")?
                    else {
                        return Ok(());
                    };
                    next.daily_check_in = match parse_time(&line) {
                        TimeAnswer::Off => None,
                        TimeAnswer::At(t) => Some(t),
                        TimeAnswer::Unclear => {
                            writeln!(out, "Type a time like 20:30, or off.")?;
                            continue;
                        }
                    };
                }
                "2" => {
                    let Some(line) = ask(
                        input,
                        out,
                        "Day and time for the weekly practice, e.g. sunday 19:00, or off: ",
                    )?
                    else {
                        return Ok(());
                    };
                    next.weekly_practice = if line.trim().eq_ignore_ascii_case("off") {
                        None
                    } else {
                        let (day, at) = line.trim().split_once(' ').unwrap_or((line.trim(), ""));
                        let weekday = serde_json::from_value::<Weekday>(serde_json::Value::from(
                            day.to_ascii_lowercase(),
                        ));
                        match (weekday, parse_time(at)) {
                            (Ok(weekday), TimeAnswer::At(time)) => {
                                Some(WeeklyTime { weekday, time })
                            }
                            _ => {
                                writeln!(out, "Type a day and a time like sunday 19:00, or off.")?;
                                continue;
                            }
                        }
                    };
                }
                "3" => next.new_father_weekly = !next.new_father_weekly,
                "4" => {
                    let Some(line) = ask(input, out, "Quiet hours, HH:MM-HH:MM, or off: ")? else {
                        return Ok(());
                    };
                    next.quiet_hours = if line.trim().eq_ignore_ascii_case("off") {
                        None
                    } else {
                        let parts: Vec<TimeAnswer> = line.split('-').map(parse_time).collect();
                        match parts.as_slice() {
                            [TimeAnswer::At(start), TimeAnswer::At(end)] => Some(QuietHours {
                                start: *start,
                                end: *end,
                            }),
                            _ => {
                                writeln!(out, "Type two times like 22:00-07:00, or off.")?;
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
                    writeln!(out, "Saved.")?;
                    settings = next;
                }
                Err(e @ ApiError::InvalidInput { .. }) => say(out, &e)?,
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Help now inside the app: asks his region once if it is unknown, and remembers it (for
    /// help now before unlock too).
    fn help_now(&self, input: &mut impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
        let screen = self.g.help_now(None, locale())?;
        if screen.region.is_none() {
            render::help_now(out, &screen)?;
            let codes: Vec<&str> = screen.regions.iter().map(|r| r.code.as_str()).collect();
            let prompt = format!(
                "Your country code ({}), or Enter to skip: ",
                codes.join(", ")
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
                    Err(e @ ApiError::InvalidInput { .. }) => say(out, &e)?,
                    Err(e) => return Err(e.into()),
                }
            }
        }
        pick_help(input, out, |situation| {
            Ok(self.g.help_now(situation, locale())?)
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

fn parse_time(text: &str) -> TimeAnswer {
    let text = text.trim();
    if text.eq_ignore_ascii_case("off") {
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

fn show_reminders(out: &mut impl Write, s: &ReminderSettings) -> Result<(), CliError> {
    let daily = s.daily_check_in.map_or("off".to_owned(), time);
    let quiet = s.quiet_hours.map_or("off".to_owned(), |q| {
        format!("{}-{}", time(q.start), time(q.end))
    });
    let weekly = s.weekly_practice.map_or("off".to_owned(), |w| {
        format!("{} {}", render::spelled(w.weekday), time(w.time))
    });
    let on_off = |on: bool| if on { "on" } else { "off" };
    writeln!(out, "  Daily check-in: {daily}")?;
    writeln!(out, "  Weekly practice: {weekly}")?;
    writeln!(
        out,
        "  New-dad module reminder: {}",
        on_off(s.new_father_weekly)
    )?;
    writeln!(out, "  Quiet hours: {quiet}")?;
    writeln!(out, "  Discreet mode: {}", on_off(s.discreet))?;
    Ok(())
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
        match pick_from(reply, &card.choices) {
            Some(choice) => {
                let outcome = groundwork.answer_crisis_follow_up(choice.answer)?;
                return render::follow_up_outcome(out, &outcome);
            }
            None => writeln!(out, "Type a number from 0 to {}.", card.choices.len())?,
        }
    }
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
        let mut out = Vec::new();
        Companion {
            g,
            data_dir: dir,
            hidden_secrets: false,
            bold: false,
            passphrase_key: false,
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
}
