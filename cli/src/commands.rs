//! What each command of the terminal companion does once the database is open: one function per
//! command, called from the table in `main.rs`. Each renders what the core returns, as text or
//! JSON.

use std::io::Write;
use std::path::Path;

use groundwork_core::{
    AngerMomentInput, ApiError, Clock, Groundwork, JournalEntryInput, RegionCode, SystemClock,
};

use crate::files::{self, write_private_file};
use crate::language::Language;
use crate::{
    AngerCommand, BabyCommand, CheckinArgs, CheckinsCommand, CliError, ContentCommand, FollowUpArg,
    FormatArg, HomeSafetyArg, JournalCommand, PromptsCommand, RangeArg, TrackCommand, YesNo,
    after_check_in, check_in_input, content, device_locale, interactive, lesson, render,
    with_crisis_answer,
};

/// `checkin`: records a check-in.
pub(crate) fn check_in(
    groundwork: &Groundwork,
    out: &mut impl Write,
    args: CheckinArgs,
    language: Language,
) -> Result<(), CliError> {
    let (input, json) = check_in_input(groundwork, args, language)?;
    let outcome = groundwork.submit_check_in(input)?;
    after_check_in(groundwork, out, &outcome, json, language)
}

/// `checkins`: lists recent check-ins, or shows, edits, answers or deletes one.
pub(crate) fn check_ins(
    groundwork: &Groundwork,
    out: &mut impl Write,
    command: Option<CheckinsCommand>,
    limit: i32,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    match command {
        None => {
            let list = groundwork.recent_check_ins(limit)?;
            print(out, json, &list[..], |out, list| {
                render::check_ins(out, language, list)
            })
        }
        Some(CheckinsCommand::Show { id, json }) => {
            let c = groundwork.check_in(id)?;
            if json {
                render::json(out, &c)
            } else {
                render::check_ins(out, language, &[c])
            }
        }
        Some(CheckinsCommand::Edit { id, values }) => {
            let (input, json) = check_in_input(groundwork, values, language)?;
            let outcome = groundwork.submit_check_in_edit(id, input)?;
            after_check_in(groundwork, out, &outcome, json, language)
        }
        Some(CheckinsCommand::Answer {
            id,
            self_harm,
            hurt_someone,
            json,
        }) => {
            let follow = groundwork.answer_safety_questions(
                id,
                self_harm.map(YesNo::is_yes),
                hurt_someone.map(YesNo::is_yes),
                device_locale(),
            )?;
            if json {
                return render::json(out, &follow);
            }
            if let Some(screen) = &follow.help_now {
                render::help_now(out, language, screen)?;
            }
            match &follow.message {
                Some(message) => render::done(out, message),
                None => Ok(()),
            }
        }
        Some(CheckinsCommand::Delete { id }) => {
            groundwork.delete_check_in(id)?;
            render::done(out, &language.say("terminal-check-in-deleted"))
        }
    }
}

/// `emotions`: the mood meter's words.
pub(crate) fn emotions(
    groundwork: &Groundwork,
    out: &mut impl Write,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    let form = groundwork.check_in_form()?;
    print(out, json, &form, |out, form| {
        render::emotions(out, language, form)
    })
}

/// `anger`: logs, lists or deletes anger moments.
pub(crate) fn anger(
    groundwork: &Groundwork,
    out: &mut impl Write,
    command: AngerCommand,
    language: Language,
) -> Result<(), CliError> {
    match command {
        AngerCommand::Add {
            what_happened,
            intensity,
            body_cues,
            thoughts,
            what_i_did,
            next_time,
            repair_needed,
            repair_done,
            json,
        } => {
            let outcome = groundwork.submit_anger_moment(AngerMomentInput {
                what_happened,
                intensity,
                body_cues,
                thoughts,
                what_i_did,
                next_time,
                repair_needed,
                repair_done,
            })?;
            if json {
                render::json(
                    out,
                    &with_crisis_answer(&outcome.moment, &outcome.crisis_answer)?,
                )
            } else {
                render::done(out, &language.say("terminal-anger-moment-logged"))?;
                render::crisis_answer(out, language, outcome.crisis_answer.as_ref())
            }
        }
        AngerCommand::List { limit, json } => {
            let list = groundwork.recent_anger_moments(limit)?;
            print(out, json, &list[..], |out, list| {
                render::anger_moments(out, language, list)
            })
        }
        AngerCommand::Delete { id } => {
            groundwork.delete_anger_moment(id)?;
            render::done(out, &language.say("terminal-anger-moment-deleted"))
        }
        AngerCommand::RepairDone { id, json } => {
            crate::start_here::repair_done(groundwork, out, id, json)
        }
    }
}

/// `journal`: writes, lists, shows, edits, deletes and searches entries, and the prompts.
pub(crate) fn journal(
    groundwork: &Groundwork,
    out: &mut impl Write,
    command: JournalCommand,
    bold: bool,
    language: Language,
) -> Result<(), CliError> {
    match command {
        JournalCommand::Add {
            text,
            tags,
            prompt_id,
            json,
        } => {
            let body = files::text_or_ask(text, files::TextFor::Entry, language)?;
            if body.trim().is_empty() {
                return render::done(out, &language.say("terminal-nothing-written"));
            }
            let outcome = groundwork.submit_journal_entry(JournalEntryInput {
                body,
                tags,
                prompt_id,
            })?;
            if json {
                return render::json(
                    out,
                    &with_crisis_answer(&outcome.entry, &outcome.crisis_answer)?,
                );
            }
            render::saved_entry(out, language, &outcome.entry)?;
            render::crisis_answer(out, language, outcome.crisis_answer.as_ref())
        }
        JournalCommand::List {
            filter,
            cursor,
            limit,
            json,
        } => {
            let page = groundwork.journal_page(filter.try_into()?, cursor, limit)?;
            print(out, json, &page, |out, page| {
                render::journal_page(out, language, page)
            })
        }
        JournalCommand::Show { id, json } => {
            let entry = groundwork.journal_entry(id)?;
            print(out, json, &entry, |out, entry| {
                render::journal_entry(out, language, entry)
            })
        }
        JournalCommand::Edit { id, text, tags } => {
            let text = files::text_or_ask(text, files::TextFor::Entry, language)?;
            let outcome = groundwork.submit_journal_edit(id, text, tags)?;
            render::done(out, &language.say("terminal-entry-updated"))?;
            render::crisis_answer(out, language, outcome.crisis_answer.as_ref())
        }
        JournalCommand::Delete { id } => {
            groundwork.delete_journal_entry(id)?;
            render::done(out, &language.say("terminal-entry-deleted"))
        }
        JournalCommand::Search {
            query,
            filter,
            limit,
            json,
        } => {
            let hits = groundwork.search_journal_filtered(query, filter.try_into()?, limit)?;
            if json {
                render::json(out, &hits)
            } else {
                render::search_hits(out, language, &hits, bold)
            }
        }
        JournalCommand::Prompts {
            command: Some(PromptsCommand::Add { text, json }),
            ..
        } => {
            let prompt = groundwork.add_own_prompt(text)?;
            if json {
                render::json(out, &prompt)
            } else {
                render::done(
                    out,
                    &language.say_with("terminal-prompt-saved", &[("id", prompt.id.into())]),
                )
            }
        }
        JournalCommand::Prompts {
            command: Some(PromptsCommand::Delete { id }),
            ..
        } => {
            groundwork.delete_own_prompt(id)?;
            render::done(out, &language.say("terminal-prompt-deleted"))
        }
        JournalCommand::Prompts {
            command: None,
            json,
        } => {
            let library = groundwork.journal_prompts()?;
            print(out, json, &library, |out, library| {
                render::prompts(out, language, library)
            })
        }
    }
}

/// `insights`: trends and patterns for a range.
pub(crate) fn insights(
    groundwork: &Groundwork,
    out: &mut impl Write,
    range: RangeArg,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    let screen = groundwork.insights(range.into())?;
    print(out, json, &screen, |out, screen| {
        render::insights(out, language, screen)
    })
}

/// `export`: everything he wrote, as a file.
pub(crate) fn export(
    groundwork: &Groundwork,
    out: &mut impl Write,
    format: FormatArg,
    output: &Path,
    language: Language,
) -> Result<(), CliError> {
    let file = groundwork.export(match format {
        FormatArg::Json => groundwork_core::export::ExportFormat::Json,
        FormatArg::Markdown => groundwork_core::export::ExportFormat::Markdown,
        FormatArg::Csv => groundwork_core::export::ExportFormat::Csv,
    })?;
    write_private_file(output, file.contents.as_bytes(), language)?;
    render::done(
        out,
        &language.say_with(
            "terminal-exported",
            &[("path", output.display().to_string().into())],
        ),
    )
}

/// A region code typed on the command line ("AU", "nz"): `InvalidInput` for "region" when it is
/// not two letters, as the apps get it.
pub(crate) fn region_code(text: &str) -> Result<RegionCode, ApiError> {
    RegionCode::parse(text).map_err(ApiError::from)
}

/// `region`: saves his region for help now.
pub(crate) fn region(
    groundwork: &Groundwork,
    out: &mut impl Write,
    code: String,
    language: Language,
) -> Result<(), CliError> {
    groundwork.set_region(region_code(&code)?)?;
    render::done(out, &language.say("terminal-region-saved"))
}

/// `content`: which pack is in use, installing one, going back to the built-in one.
pub(crate) fn content(
    groundwork: &Groundwork,
    out: &mut impl Write,
    command: ContentCommand,
    passphrase_env: Option<&str>,
    language: Language,
) -> Result<(), CliError> {
    let status = match command {
        ContentCommand::Status { json: true } => {
            return render::json(out, &groundwork.content_status());
        }
        ContentCommand::Status { json: false } => groundwork.content_status(),
        ContentCommand::Install {
            file,
            preview,
            json,
            yes,
        } => {
            let options = content::InstallOptions {
                preview_only: preview,
                json,
                yes,
                passphrase_env,
            };
            return content::install(groundwork, out, &file, options, language);
        }
        ContentCommand::Remove { addon: None } => groundwork.remove_installed_pack()?,
        ContentCommand::Remove { addon: Some(id) } => groundwork.remove_addon(id)?,
    };
    render::content_status(out, language, &status)
}

/// `plan`: lists living documents, or shows or edits one.
pub(crate) fn plan(
    groundwork: &Groundwork,
    out: &mut impl Write,
    id: Option<String>,
    set: Vec<String>,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    match id {
        None => {
            let docs = groundwork.living_documents()?;
            print(out, json, &docs[..], |out, docs| {
                render::documents(out, language, docs)
            })
        }
        Some(id) => {
            let doc = if set.is_empty() {
                groundwork.living_document(id)?
            } else {
                let mut values = std::collections::HashMap::new();
                for pair in set {
                    let (field, text) = pair.split_once('=').ok_or_else(|| {
                        CliError::Usage(language.say_with(
                            "terminal-set-takes-field-and-text",
                            &[("given", format!("{pair:?}").into())],
                        ))
                    })?;
                    values.insert(field.trim().to_owned(), text.to_owned());
                }
                groundwork.save_living_document(id, values)?
            };
            print(out, json, &doc, |out, doc| {
                render::document(out, language, doc)
            })
        }
    }
}

/// `dad-check`: the new dad's mood check, asked, answered or put off.
pub(crate) fn dad_check(
    groundwork: &Groundwork,
    out: &mut impl Write,
    answers: Option<Vec<i32>>,
    not_now: bool,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    match (answers, not_now, json) {
        (Some(answers), _, _) => {
            let follow = groundwork.answer_dad_mood_check(answers, device_locale())?;
            print(out, json, &follow, |out, follow| {
                render::dad_mood_follow_up(out, language, follow)
            })
        }
        (None, true, _) => {
            let home = groundwork.skip_dad_mood_check()?;
            if json {
                render::json(out, &home)
            } else {
                render::done(out, &language.say("terminal-dad-check-hidden"))
            }
        }
        (None, false, true) => render::json(out, &groundwork.dad_mood_check()?),
        (None, false, false) => {
            // Asked one question at a time, like a lesson; at the end of input nothing is saved.
            let mut input = std::io::stdin().lock();
            interactive::dad_check(groundwork, &mut input, out, language)
        }
    }
}

/// `baby arrived|not-yet|lost`: answers home's "Has your baby arrived?".
pub(crate) fn baby(
    groundwork: &Groundwork,
    out: &mut impl Write,
    command: BabyCommand,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    use groundwork_core::curriculum::BabyArrivalAnswer;
    let answer = match command {
        BabyCommand::Arrived { date } => BabyArrivalAnswer::Arrived {
            born_on: baby_day(&date)?,
        },
        BabyCommand::NotYet => BabyArrivalAnswer::NotYet,
        BabyCommand::Lost => BabyArrivalAnswer::Lost,
    };
    let outcome = groundwork.answer_baby_arrival(answer, device_locale())?;
    print(out, json, &outcome, |out, outcome| {
        render::baby_arrival_outcome(out, language, outcome)
    })
}

/// `track resume TRACK`: picks the new-dad track up again.
pub(crate) fn track(
    groundwork: &Groundwork,
    out: &mut impl Write,
    command: TrackCommand,
    language: Language,
) -> Result<(), CliError> {
    let TrackCommand::Resume { track, due, born } = command;
    let home = groundwork.resume_track(track, baby_date(due, born)?)?;
    render::home(out, language, &home)
}

/// `follow-up`: answers the question on home, or turns it on or off.
pub(crate) fn follow_up(
    groundwork: &Groundwork,
    out: &mut impl Write,
    answer: FollowUpArg,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    use groundwork_core::FollowUpAnswer;
    let answer = match answer {
        FollowUpArg::Off | FollowUpArg::On => {
            let said = groundwork.set_crisis_follow_up(answer == FollowUpArg::On)?;
            return match (json, said) {
                (true, said) => render::json(out, &serde_json::json!({ "message": said })),
                (false, Some(said)) => render::done(out, &said),
                (false, None) => render::done(out, &language.say("terminal-follow-up-on")),
            };
        }
        FollowUpArg::Better => FollowUpAnswer::Better,
        FollowUpArg::Same => FollowUpAnswer::Same,
        FollowUpArg::Worse => FollowUpAnswer::Worse,
        FollowUpArg::RatherNotSay => FollowUpAnswer::RatherNotSay,
    };
    let outcome = groundwork.answer_crisis_follow_up(answer)?;
    print(out, json, &outcome, |out, outcome| {
        render::follow_up_outcome(out, language, outcome)
    })
}

/// `home`: the home screen.
pub(crate) fn home(
    groundwork: &Groundwork,
    out: &mut impl Write,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    let home = groundwork.home_screen()?;
    print(out, json, &home, |out, home| {
        render::home(out, language, home)
    })
}

/// `progress`: every phase and module.
pub(crate) fn progress(
    groundwork: &Groundwork,
    out: &mut impl Write,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    let map = groundwork.phase_map()?;
    print(out, json, &map, |out, map| {
        lesson::phase_map(out, language, map)
    })
}

/// How `lesson` was asked to run: its flags besides the module.
pub(crate) struct LessonFlags {
    /// Print what opening (or answering) gives as JSON instead of walking it.
    pub json: bool,
    /// With `json`: the answer to the open step, as JSON.
    pub answer: Option<String>,
    /// With `json`: go on from the open step without an answer.
    pub next: bool,
    /// With `json`: the answer to the home safety question.
    pub home_safety: Option<HomeSafetyArg>,
    /// Play a guided exercise's cues one after another.
    pub fast: bool,
}

/// `lesson`: walks a module at the terminal, or one step as JSON.
pub(crate) fn lesson(
    groundwork: &Groundwork,
    out: &mut impl Write,
    module: Option<String>,
    flags: LessonFlags,
    language: Language,
) -> Result<(), CliError> {
    let LessonFlags {
        json,
        answer,
        next,
        home_safety,
        fast,
    } = flags;
    let module = match module {
        Some(id) => id,
        None => groundwork
            .home_screen()?
            .next_step
            .module_id
            .ok_or_else(|| CliError::Usage(language.say("terminal-lesson-nothing-to-open")))?,
    };
    if !json {
        let stdin = std::io::stdin();
        let pace = if fast {
            lesson::Pace::Fast
        } else {
            lesson::Pace::Real
        };
        lesson::walk(groundwork, &module, &mut stdin.lock(), out, pace, language)?;
        return Ok(());
    }
    if let Some(reply) = home_safety {
        let outcome =
            groundwork.answer_home_safety_question(reply.into(), Some(module), device_locale())?;
        return render::json(out, &outcome);
    }
    let opening = groundwork.open_module(module)?;
    if answer.is_none() && !next {
        return render::json(out, &opening);
    }
    use groundwork_core::curriculum::ModuleOpening;
    let refused = match &opening {
        ModuleOpening::Step { .. } => None,
        ModuleOpening::Question { .. } => Some("terminal-lesson-asks-first"),
        ModuleOpening::NotYet { .. } => Some("terminal-lesson-closed-for-now"),
    };
    let ModuleOpening::Step { screen } = opening else {
        render::json(out, &opening)?;
        return Err(CliError::Refused(
            refused.map(|id| language.say(id)).unwrap_or_default(),
        ));
    };
    let answer = answer
        .map(|text| {
            serde_json::from_str::<groundwork_core::curriculum::ExerciseAnswer>(&text)
                .map_err(|_| CliError::Usage(language.say("terminal-lesson-answer-not-json")))
        })
        .transpose()?;
    let outcome = groundwork.continue_lesson(screen.module_id, screen.step_index, answer)?;
    render::json(out, &outcome)
}

/// What `onboard` was given.
pub(crate) struct OnboardFlags {
    /// The region's code.
    pub region: String,
    /// The tracks' ids.
    pub tracks: Vec<String>,
    /// The baby's due date, as typed.
    pub due: Option<String>,
    /// The baby's birthday, as typed.
    pub born: Option<String>,
    /// Discreet mode.
    pub discreet: bool,
    /// Things are hard at home right now.
    pub things_are_hard: bool,
}

/// `onboard`: saves what he chose, all at once.
pub(crate) fn onboard(
    groundwork: &Groundwork,
    out: &mut impl Write,
    flags: OnboardFlags,
    language: Language,
) -> Result<(), CliError> {
    use groundwork_core::curriculum::OnboardingChoices;
    let baby_date = baby_date(flags.due, flags.born)?;
    // The first time through, with no lock set, onboarding offers one (the core's words).
    let offer = groundwork.onboarding_screen(None)?.lock_offer;
    groundwork.complete_onboarding(OnboardingChoices {
        region: flags.region,
        track_ids: flags.tracks,
        baby_date,
        discreet_mode: flags.discreet,
        things_are_hard: flags.things_are_hard,
    })?;
    if offer.is_some() {
        // Choosing is a command of its own: until then home keeps the quiet reminder.
        groundwork.put_off_app_lock()?;
    }
    render::home(out, language, &groundwork.home_screen()?)?;
    match offer {
        Some(offer) => render::lock_offer(out, language, &offer),
        None => Ok(()),
    }
}

/// A baby's date typed on the command line: `InvalidInput` for "baby_date" when it is not
/// `YYYY-MM-DD`, as the core says it.
fn baby_day(text: &str) -> Result<chrono::NaiveDate, ApiError> {
    groundwork_core::days::read_day(text, "baby_date").map_err(ApiError::from)
}

/// The baby's date from `--due DATE` or `--born DATE`, if either was given.
fn baby_date(
    due: Option<String>,
    born: Option<String>,
) -> Result<Option<groundwork_core::curriculum::BabyDate>, ApiError> {
    use groundwork_core::curriculum::{BabyDate, BabyDateKind};
    Ok(match (due, born) {
        (Some(date), _) => Some(BabyDate {
            kind: BabyDateKind::Due,
            date: baby_day(&date)?,
        }),
        (_, Some(date)) => Some(BabyDate {
            kind: BabyDateKind::Born,
            date: baby_day(&date)?,
        }),
        _ => None,
    })
}

/// Prints `value` as JSON with `--json`, else as text with `text`.
fn print<W: Write, T: serde::Serialize + ?Sized>(
    out: &mut W,
    json: bool,
    value: &T,
    text: impl FnOnce(&mut W, &T) -> Result<(), CliError>,
) -> Result<(), CliError> {
    if json {
        render::json(out, &value)
    } else {
        text(out, value)
    }
}

/// `people`: the groups where men meet in his region, from the open database when there is one
/// (his saved region), else from the built-in content ("I need to talk to someone" carries them).
pub(crate) fn people(
    unlocked: Option<&Groundwork>,
    region: Option<String>,
    json: bool,
    language: Language,
) -> Result<(), CliError> {
    let groups = match unlocked {
        Some(g) => g.peer_groups(None)?,
        None => {
            let now = SystemClock.now();
            let (at, offset) = (now.to_utc(), now.offset().local_minus_utc() / 60);
            let situation = Some(groundwork_core::Situation::Talk);
            let region = region.as_deref().map(region_code).transpose()?;
            groundwork_core::help_now(
                region,
                crate::device_locale_in(language),
                situation,
                at,
                offset,
            )?
            .peer_groups
        }
    };
    let mut out = files::Terminal::new(std::io::stdout().lock());
    if json {
        render::json(&mut out, &groups)
    } else {
        render::people(&mut out, language, groups.as_ref())
    }
}
