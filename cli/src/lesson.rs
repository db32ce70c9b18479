//! Walking through a module on the terminal, and the path (phase map) as text. Every decision
//! (what opens, what comes next, what an answer must be) is the core's; this file only asks and
//! shows.

use std::collections::HashMap;
use std::io::{BufRead, Write};

use groundwork_core::curriculum::{
    ContentBlock, ExerciseAnswer, ExerciseView, HomeSafetyNotYetScreen, HomeSafetyOutcome,
    HomeSafetyQuestion, LessonOutcome, LessonStepScreen, ModuleAccess, ModuleCompletionScreen,
    ModuleOpening, ModuleState, PhaseMapScreen, TextSpan,
};
use groundwork_core::speech::SpokenCue;
use groundwork_core::{ApiError, Groundwork};

use crate::CliError;
use crate::files::ask;
use crate::language::{Language, prompt as prompt_of, prompt_with};
use crate::render::this_week;

/// A paragraph's spans as one line: a link's words marked, strong words in capitals.
fn spans_text(language: Language, spans: &[TextSpan]) -> String {
    spans
        .iter()
        .map(|s| match &s.link {
            Some(_) => language.say_with("terminal-link", &[("text", s.text.as_str().into())]),
            None if s.strong => s.text.to_uppercase(),
            None => s.text.clone(),
        })
        .collect()
}

/// A heading as a terminal shows one: the words, underlined, never Markdown's "##".
pub fn heading(out: &mut impl Write, title: &str) -> Result<(), CliError> {
    writeln!(out, "{title}")?;
    writeln!(out, "{}", "─".repeat(title.chars().count().max(1)))?;
    Ok(())
}

/// One step's text and exercise.
pub fn step(
    out: &mut impl Write,
    language: Language,
    step: &LessonStepScreen,
) -> Result<(), CliError> {
    let text = |spans: &[TextSpan]| spans_text(language, spans);
    writeln!(out)?;
    writeln!(out, "{} · {}", step.module_title, step.progress_label)?;
    heading(out, &step.title)?;
    for block in &step.blocks {
        writeln!(out)?;
        match block {
            ContentBlock::Paragraph { spans } => writeln!(out, "{}", text(spans))?,
            ContentBlock::Quote { spans } => writeln!(out, "> {}", text(spans))?,
            ContentBlock::ItemList { ordered, items } => {
                for (i, item) in items.iter().enumerate() {
                    match ordered {
                        true => writeln!(out, "{}. {}", i + 1, text(&item.spans))?,
                        false => writeln!(out, "- {}", text(&item.spans))?,
                    }
                }
            }
        }
    }
    Ok(())
}

/// The path: every phase and module with where he stands.
pub fn phase_map(
    out: &mut impl Write,
    language: Language,
    map: &PhaseMapScreen,
) -> Result<(), CliError> {
    phase_map_with(out, language, map, false).map(|_| ())
}

/// The path with each module numbered, for picking one; the module ids in that order.
pub fn phase_map_numbered(
    out: &mut impl Write,
    language: Language,
    map: &PhaseMapScreen,
) -> Result<Vec<String>, CliError> {
    phase_map_with(out, language, map, true)
}

fn phase_map_with(
    out: &mut impl Write,
    language: Language,
    map: &PhaseMapScreen,
    numbered: bool,
) -> Result<Vec<String>, CliError> {
    let mut ids = Vec::new();
    heading(out, &map.title)?;
    writeln!(out, "{}", map.intro)?;
    for path in &map.start_here {
        writeln!(out)?;
        crate::render::start_here_path(out, language, path)?;
    }
    for phase in &map.phases {
        writeln!(out)?;
        writeln!(out, "{}  ({})", phase.title, phase.progress_label)?;
        if let Some(reason) = &phase.locked_reason {
            writeln!(out, "  {reason}")?;
        }
        for module in &phase.modules {
            let mark = match (&module.access, module.state) {
                (_, ModuleState::Completed | ModuleState::Reviewed) => "✓",
                (_, ModuleState::InProgress) => "▶",
                (ModuleAccess::Open | ModuleAccess::AskFirst { .. }, _) => "○",
                _ => "·",
            };
            ids.push(module.id.clone());
            if numbered {
                writeln!(
                    out,
                    "  {mark} {:>2}. {}  {}",
                    ids.len(),
                    module.title,
                    module.state_label
                )?;
            } else {
                writeln!(
                    out,
                    "  {mark} {}  [{}]  {}",
                    module.title, module.id, module.state_label
                )?;
            }
        }
    }
    Ok(ids)
}

/// The screen after a module's last step.
pub fn completion(
    out: &mut impl Write,
    language: Language,
    done: &ModuleCompletionScreen,
) -> Result<(), CliError> {
    writeln!(out)?;
    writeln!(out, "{}", done.module_title)?;
    writeln!(out, "{}", done.headline)?;
    for line in &done.what_you_did {
        writeln!(out, "  - {line}")?;
    }
    if let Some(c) = &done.commitment {
        writeln!(out, "{}", this_week(language, &c.text, &c.when_label))?;
    }
    for line in &done.newly_opened {
        writeln!(out, "{line}")?;
    }
    writeln!(out, "{}", next_with_detail(language, &done.next))?;
    Ok(())
}

/// "Next: title. detail", what comes after.
fn next_with_detail(language: Language, next: &groundwork_core::curriculum::NextStep) -> String {
    language.say_with(
        "terminal-next-with-detail",
        &[
            ("title", next.title.as_str().into()),
            ("detail", next.detail.as_str().into()),
        ],
    )
}

/// The home safety question and its numbered answers.
pub fn home_safety_question(
    out: &mut impl Write,
    question: &HomeSafetyQuestion,
) -> Result<(), CliError> {
    writeln!(out)?;
    writeln!(out, "{}", question.intro)?;
    writeln!(out)?;
    writeln!(out, "{}", question.question)?;
    for (i, choice) in question.choices.iter().enumerate() {
        writeln!(out, "  {}. {}", i + 1, choice.label)?;
    }
    Ok(())
}

/// Why the exercises for two stay closed for now, help, and what he can do on his own.
pub fn home_safety_not_yet(
    out: &mut impl Write,
    language: Language,
    screen: &HomeSafetyNotYetScreen,
) -> Result<(), CliError> {
    writeln!(out)?;
    writeln!(out, "{}", screen.message)?;
    writeln!(out, "{}", screen.ask_again)?;
    writeln!(out)?;
    crate::render::help_now(out, language, &screen.help_now)?;
    if !screen.own_work.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", screen.own_work_title)?;
        for module in &screen.own_work {
            writeln!(
                out,
                "  {}  [{}]  {}",
                module.title, module.id, module.state_label
            )?;
        }
    }
    Ok(())
}

/// What answering the home safety question led to.
pub fn home_safety_outcome(
    out: &mut impl Write,
    language: Language,
    outcome: &HomeSafetyOutcome,
) -> Result<(), CliError> {
    match outcome {
        HomeSafetyOutcome::Open {
            message,
            newly_opened,
            next,
        } => {
            writeln!(out)?;
            writeln!(out, "{message}")?;
            for line in newly_opened {
                writeln!(out, "{line}")?;
            }
            writeln!(out, "{}", next_with_detail(language, next))?;
            Ok(())
        }
        HomeSafetyOutcome::NotYet { screen } => home_safety_not_yet(out, language, screen),
    }
}

/// Asks the home safety question on the terminal and answers it through the core. `None` when
/// he leaves it for now (an empty line) or input ends: nothing is saved.
pub fn ask_home_safety(
    groundwork: &Groundwork,
    question: &HomeSafetyQuestion,
    input: &mut impl BufRead,
    out: &mut impl Write,
    language: Language,
) -> Result<Option<HomeSafetyOutcome>, CliError> {
    home_safety_question(out, question)?;
    loop {
        let asked = prompt_of(language, "terminal-home-safety-pick");
        let Some(line) = ask(input, out, &asked)? else {
            return Ok(None);
        };
        if line.trim().is_empty() {
            return Ok(None);
        }
        let picked = match numbers(&line).as_deref() {
            Some([i]) => question.choices.get(*i as usize),
            _ => None,
        };
        let Some(choice) = picked else {
            writeln!(out, "{}", language.say("terminal-type-number-of-answer"))?;
            continue;
        };
        let outcome = groundwork.answer_home_safety_question(
            choice.answer,
            question.module_id.clone(),
            crate::device_locale(),
        )?;
        home_safety_outcome(out, language, &outcome)?;
        return Ok(Some(outcome));
    }
}

fn numbers(line: &str) -> Option<Vec<u32>> {
    line.split([',', ' '])
        .filter(|p| !p.trim().is_empty())
        .map(|p| p.trim().parse::<u32>().ok().and_then(|n| n.checked_sub(1)))
        .collect()
}

/// What asking for an answer gave.
enum Asked {
    /// An answer, or `None` to go on without one.
    Answer(Option<ExerciseAnswer>),
    /// A line that could not be read; ask again.
    Again,
    /// Input ended.
    End,
}

/// How guided cues are played: at their own pace (each line, then its seconds), or all at once
/// (`lesson --fast`, for scripts and tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    /// Each line, then a wait of its seconds.
    Real,
    /// Each line straight after the one before.
    Fast,
}

/// Plays a guided exercise's cues at the core's pace: each line, then its seconds.
pub fn play_cues(out: &mut impl Write, cues: &[SpokenCue], pace: Pace) -> Result<(), CliError> {
    for cue in cues {
        writeln!(out, "{}", cue.line)?;
        out.flush()?;
        if pace == Pace::Real && cue.pause_after_seconds > 0 {
            std::thread::sleep(std::time::Duration::from_secs(u64::from(
                cue.pause_after_seconds,
            )));
        }
    }
    Ok(())
}

/// His reply to a timed exercise: `Some(true)` when done (on his own, or after the cues played),
/// `Some(false)` when skipped, `None` when input ended. Enter when done on his own, g to follow
/// the cues here, s to skip.
fn timed_exercise(
    input: &mut impl BufRead,
    out: &mut impl Write,
    cues: &[SpokenCue],
    pace: Pace,
    language: Language,
) -> Result<Option<bool>, CliError> {
    let choice = prompt_with(
        language,
        "terminal-timed-exercise",
        &[("guide", "g".into()), ("skip", "s".into())],
    );
    let Some(line) = ask(input, out, &choice)? else {
        return Ok(None);
    };
    match line.trim() {
        "s" => Ok(Some(false)),
        "g" => {
            writeln!(out)?;
            play_cues(out, cues, pace)?;
            Ok(Some(true))
        }
        _ => Ok(Some(true)),
    }
}

/// Asks for the exercise's answer.
fn ask_answer(
    input: &mut impl BufRead,
    out: &mut impl Write,
    exercise: &ExerciseView,
    cues: &[SpokenCue],
    pace: Pace,
    language: Language,
) -> Result<Asked, CliError> {
    let l = language;
    writeln!(out)?;
    let answer = match exercise {
        ExerciseView::Reflection { prompt, hint } => {
            writeln!(out, "{prompt}")?;
            if let Some(hint) = hint {
                writeln!(out, "({hint})")?;
            }
            let Some(line) = ask(input, out, &prompt_of(l, "terminal-write-a-line"))? else {
                return Ok(Asked::End);
            };
            (!line.trim().is_empty()).then_some(ExerciseAnswer::Reflection { text: line })
        }
        ExerciseView::Scale {
            prompt,
            min,
            max,
            min_label,
            max_label,
        } => {
            writeln!(out, "{prompt}")?;
            writeln!(out, "{min} = {min_label}, {max} = {max_label}")?;
            let asked = prompt_with(
                l,
                "terminal-pick-from-to",
                &[("min", (*min).into()), ("max", (*max).into())],
            );
            let Some(line) = ask(input, out, &asked)? else {
                return Ok(Asked::End);
            };
            line.trim()
                .parse::<u32>()
                .ok()
                .map(|value| ExerciseAnswer::Scale { value })
        }
        ExerciseView::Choice { prompt, options }
        | ExerciseView::MultiChoice {
            prompt, options, ..
        }
        | ExerciseView::Checklist {
            prompt,
            items: options,
        } => {
            writeln!(out, "{prompt}")?;
            for (i, option) in options.iter().enumerate() {
                writeln!(out, "  {}. {option}", i + 1)?;
            }
            let single = matches!(exercise, ExerciseView::Choice { .. });
            let hint = if single {
                prompt_of(l, "terminal-pick-a-number")
            } else {
                prompt_of(l, "terminal-pick-numbers")
            };
            let Some(line) = ask(input, out, &hint)? else {
                return Ok(Asked::End);
            };
            match (single, numbers(&line)) {
                (_, Some(picked)) if picked.is_empty() => None,
                (true, Some(picked)) => Some(ExerciseAnswer::Choice { index: picked[0] }),
                (false, Some(picked)) if matches!(exercise, ExerciseView::Checklist { .. }) => {
                    Some(ExerciseAnswer::Checklist { checked: picked })
                }
                (false, Some(picked)) => Some(ExerciseAnswer::MultiChoice { indices: picked }),
                (_, None) => {
                    writeln!(out, "{}", l.say("terminal-type-numbers-of-options"))?;
                    return Ok(Asked::Again);
                }
            }
        }
        ExerciseView::Emotions { prompt, max, words } => {
            writeln!(
                out,
                "{}",
                l.say_with(
                    "terminal-emotions-exercise",
                    &[
                        ("prompt", prompt.as_str().into()),
                        ("max", (*max).into()),
                        ("command", "groundwork emotions".into()),
                    ]
                )
            )?;
            let Some(line) = ask(input, out, &prompt_of(l, "terminal-words-prompt"))? else {
                return Ok(Asked::End);
            };
            let picked: Vec<String> = line
                .split(',')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(|w| {
                    words
                        .iter()
                        .find(|c| c.word.eq_ignore_ascii_case(w) || c.id.eq_ignore_ascii_case(w))
                        .map_or_else(|| w.to_owned(), |c| c.id.clone())
                })
                .collect();
            (!picked.is_empty()).then_some(ExerciseAnswer::Emotions { ids: picked })
        }
        ExerciseView::Breathing {
            prompt,
            inhale,
            hold,
            exhale,
            hold_after,
            cycles,
            ..
        } => {
            if let Some(prompt) = prompt {
                writeln!(out, "{prompt}")?;
            }
            writeln!(
                out,
                "{}",
                l.say_with(
                    "terminal-breathing",
                    &[
                        ("inhale", (*inhale).into()),
                        ("hold", (*hold).into()),
                        ("exhale", (*exhale).into()),
                        ("hold_after", (*hold_after).into()),
                        ("cycles", (*cycles).into()),
                    ]
                )
            )?;
            let Some(done) = timed_exercise(input, out, cues, pace, l)? else {
                return Ok(Asked::End);
            };
            done.then_some(ExerciseAnswer::Breathing {
                cycles_done: *cycles,
            })
        }
        ExerciseView::BodyScan {
            prompt,
            regions,
            seconds_per_region,
            ..
        } => {
            if let Some(prompt) = prompt {
                writeln!(out, "{prompt}")?;
            }
            writeln!(
                out,
                "{}",
                l.say_with(
                    "terminal-body-scan",
                    &[
                        ("seconds", (*seconds_per_region).into()),
                        ("regions", regions.join(", ").into()),
                    ]
                )
            )?;
            let Some(done) = timed_exercise(input, out, cues, pace, l)? else {
                return Ok(Asked::End);
            };
            done.then_some(ExerciseAnswer::BodyScan {
                regions_done: u32::try_from(regions.len()).unwrap_or(0),
            })
        }
        ExerciseView::Plan { title, fields, .. } => {
            writeln!(out, "{title}")?;
            let mut answers = HashMap::new();
            for field in fields {
                let asked = match field.hint.as_deref() {
                    Some(hint) => prompt_with(
                        l,
                        "terminal-field-prompt-with-hint",
                        &[
                            ("label", field.label.as_str().into()),
                            ("hint", hint.into()),
                        ],
                    ),
                    None => field_prompt(l, &field.label),
                };
                let Some(line) = ask(input, out, &asked)? else {
                    return Ok(Asked::End);
                };
                if !line.trim().is_empty() {
                    answers.insert(field.id.clone(), line);
                }
            }
            (!answers.is_empty()).then_some(ExerciseAnswer::Plan { fields: answers })
        }
        ExerciseView::Commitment {
            prompt,
            suggestions,
        } => {
            writeln!(out, "{prompt}")?;
            for (i, s) in suggestions.iter().enumerate() {
                writeln!(out, "  {}. {s}", i + 1)?;
            }
            let Some(line) = ask(input, out, &prompt_of(l, "terminal-pick-or-write-your-own"))?
            else {
                return Ok(Asked::End);
            };
            let text = match numbers(&line).as_deref() {
                Some([i]) => suggestions.get(*i as usize).cloned().unwrap_or(line),
                _ => line,
            };
            Some(ExerciseAnswer::Commitment { text })
        }
    };
    Ok(Asked::Answer(answer))
}

/// Opens a module for walking: its step, after the home safety question when the core asks it
/// first (and he answers no). `None` when it does not open now (what the core said is shown).
fn open_for_walking(
    groundwork: &Groundwork,
    module_id: &str,
    input: &mut impl BufRead,
    out: &mut impl Write,
    language: Language,
) -> Result<Option<LessonStepScreen>, CliError> {
    let question = match groundwork.open_module(module_id.to_owned())? {
        ModuleOpening::Step { screen } => return Ok(Some(screen)),
        ModuleOpening::NotYet { screen } => {
            home_safety_not_yet(out, language, &screen)?;
            return Ok(None);
        }
        ModuleOpening::Question { screen } => screen,
    };
    match ask_home_safety(groundwork, &question, input, out, language)? {
        Some(HomeSafetyOutcome::Open { .. }) => {
            match groundwork.open_module(module_id.to_owned())? {
                ModuleOpening::Step { screen } => Ok(Some(screen)),
                // Open after a no, but not yet by another rule: the outcome said what comes next.
                _ => Ok(None),
            }
        }
        _ => Ok(None),
    }
}

/// Walks a module from where it opens to its end, asking for each answer (and first the home
/// safety question, when the core asks it). Returns the completion screen, or `None` if the
/// module did not open or input ended first (everything so far is saved). A breathing exercise
/// or body scan can be followed here, its cues played at `pace`.
pub fn walk(
    groundwork: &Groundwork,
    module_id: &str,
    input: &mut impl BufRead,
    out: &mut impl Write,
    pace: Pace,
    language: Language,
) -> Result<Option<ModuleCompletionScreen>, CliError> {
    let l = language;
    let Some(mut screen) = open_for_walking(groundwork, module_id, input, out, l)? else {
        return Ok(None);
    };
    step(out, l, &screen)?;
    loop {
        let answer = match &screen.exercise {
            None => {
                let label = prompt_with(
                    l,
                    "terminal-enter-to",
                    &[("label", screen.continue_label.as_str().into())],
                );
                if ask(input, out, &label)?.is_none() {
                    return Ok(None);
                }
                None
            }
            Some(exercise) => match ask_answer(input, out, exercise, &screen.cues, pace, l)? {
                Asked::Answer(answer) => answer,
                Asked::Again => continue,
                Asked::End => return Ok(None),
            },
        };
        match groundwork.continue_lesson(screen.module_id.clone(), screen.step_index, answer) {
            Ok(LessonOutcome::Step { screen: next }) => {
                crate::render::crisis_answer(out, l, next.crisis_answer.as_ref())?;
                screen = next;
                step(out, l, &screen)?;
            }
            Ok(LessonOutcome::Completed { screen: done }) => {
                crate::render::crisis_answer(out, l, done.crisis_answer.as_ref())?;
                completion(out, l, &done)?;
                if let Some(question) = &done.home_safety_question {
                    ask_home_safety(groundwork, question, input, out, l)?;
                }
                return Ok(Some(done));
            }
            Err(e @ ApiError::InvalidInput { .. }) => writeln!(out, "{e}")?,
            Err(e) => return Err(e.into()),
        }
    }
}

/// "label: ", asking for one field.
pub(crate) fn field_prompt(language: Language, label: &str) -> String {
    prompt_with(
        language,
        "terminal-field-prompt",
        &[("label", label.into())],
    )
}
