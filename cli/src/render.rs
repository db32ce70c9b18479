//! Human-readable and JSON output. Everything shown is taken from the core's models as they are;
//! the words around them are the companion's own, in its language (`terminal.ftl`).

use std::io::{self, Write};

use chrono::Offset;
use groundwork_core::insights::TrendSeries;
use groundwork_core::{
    AngerMoment, CheckIn, CheckInForm, HomeScreen, InsightsScreen, JournalEntry, JournalPage,
    JournalSearchHit, PromptLibrary, Quadrant,
};

use crate::CliError;
use crate::language::{Language, label_value};

/// Prints any model as pretty JSON.
pub fn json<T: serde::Serialize>(out: &mut impl Write, value: &T) -> Result<(), CliError> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
    writeln!(out)?;
    Ok(())
}

/// A counsellor's plan as home shows it: who it is from, then each module and where he is in it.
pub fn recommendations(
    out: &mut impl Write,
    language: Language,
    card: &groundwork_core::curriculum::RecommendationsCard,
) -> Result<(), CliError> {
    writeln!(out, "{}", heading_colon(language, &card.headline))?;
    for m in &card.modules {
        writeln!(out, "  {}  [{}]  {}", m.title, m.id, m.state_label)?;
    }
    Ok(())
}

/// Where the home screen points for each thing it offers: a command, or a key of the menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pointers {
    Commands,
    Menu,
}

/// The home screen, pointing to the commands that act on it.
pub fn home(out: &mut impl Write, language: Language, home: &HomeScreen) -> Result<(), CliError> {
    home_with(out, language, home, Pointers::Commands)
}

/// The home screen inside the interactive companion, pointing to its menu's keys.
pub fn home_in_menu(
    out: &mut impl Write,
    language: Language,
    home: &HomeScreen,
) -> Result<(), CliError> {
    home_with(out, language, home, Pointers::Menu)
}

/// "label: type KEY", pointing to a key of the menu.
fn type_key(language: Language, label: &str, key: &str) -> String {
    language.say_with(
        "terminal-type-key",
        &[("label", label.into()), ("key", key.into())],
    )
}

/// "heading:", before a list.
pub(crate) fn heading_colon(language: Language, heading: &str) -> String {
    language.say_with("terminal-heading-colon", &[("heading", heading.into())])
}

fn home_with(
    out: &mut impl Write,
    language: Language,
    home: &HomeScreen,
    to: Pointers,
) -> Result<(), CliError> {
    let l = language;
    let menu = to == Pointers::Menu;
    writeln!(out, "{}.", home.greeting)?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        l.say_with(
            "terminal-home-check-in",
            &[("prompt", home.check_in_prompt.as_str().into())]
        )
    )?;
    if let Some(last) = &home.last_check_in {
        let args = [
            ("when", last.when_label.as_str().into()),
            ("quadrant", last.quadrant_label.as_str().into()),
            ("words", last.words.join(", ").into()),
        ];
        let id = if last.words.is_empty() {
            "terminal-home-last-check-in"
        } else {
            "terminal-home-last-check-in-words"
        };
        writeln!(out, "  {}", l.say_with(id, &args))?;
    }
    writeln!(
        out,
        "{}",
        l.say_with(
            "terminal-home-journal",
            &[("label", home.journal_label.as_str().into())]
        )
    )?;
    writeln!(out)?;
    if home.needs_onboarding {
        if menu {
            writeln!(
                out,
                "{}",
                l.say_with("terminal-home-new-here-menu", &[("key", "o".into())])
            )?;
        } else {
            writeln!(
                out,
                "{}",
                l.say_with(
                    "terminal-home-new-here",
                    &[("command", "groundwork onboard --region AU".into())]
                )
            )?;
        }
    }
    writeln!(out, "{}", next(l, &home.next_step.title))?;
    writeln!(out, "  {}", home.next_step.detail)?;
    if let (Some(label), Some(id)) = (&home.next_step.action_label, &home.next_step.module_id) {
        if menu {
            writeln!(out, "  {}", type_key(l, label, "5"))?;
        } else {
            writeln!(
                out,
                "  {}",
                label_value(l, label, &format!("groundwork lesson {id}"))
            )?;
        }
    }
    if let Some(path) = &home.start_here {
        writeln!(out)?;
        start_here_path(out, l, path)?;
    }
    for c in &home.commitments {
        writeln!(out, "{}", this_week(l, &c.text, &c.when_label))?;
    }
    if let Some(card) = &home.week_review {
        week_review(out, l, card)?;
    }
    if let Some(card) = &home.recommendations {
        recommendations(out, l, card)?;
    }
    if let Some(card) = &home.safety_card {
        writeln!(out)?;
        writeln!(out, "{}", card.message)?;
    }
    if let Some(card) = &home.follow_up_card {
        writeln!(out)?;
        if menu {
            writeln!(
                out,
                "{}",
                l.say_with(
                    "terminal-home-follow-up-menu",
                    &[
                        ("title", card.title.as_str().into()),
                        ("question", card.question.as_str().into()),
                        ("key", "f".into()),
                    ]
                )
            )?;
        } else {
            follow_up_card(out, l, card)?;
        }
    }
    if let Some(card) = &home.lock_reminder {
        writeln!(out)?;
        let how = if menu {
            type_key(l, &card.action_label, "l")
        } else {
            label_value(l, &card.action_label, "groundwork lock set")
        };
        writeln!(out, "{} {how}", card.text)?;
    }
    if let Some(card) = &home.baby_card {
        writeln!(out)?;
        writeln!(out, "{}", card.stage)?;
        if let Some(q) = &card.question {
            writeln!(out, "{} {}", q.title, q.message)?;
            let choices = [
                label_value(
                    l,
                    &q.arrived_label,
                    "groundwork baby arrived --date YYYY-MM-DD",
                ),
                label_value(l, &q.not_yet_label, "groundwork baby not-yet"),
                label_value(l, &q.lost_label, "groundwork baby lost"),
            ];
            writeln!(out, "  {}", choices.join("   "))?;
        }
    }
    if let Some(card) = &home.dad_mood_card {
        writeln!(out)?;
        writeln!(out, "{} {}", card.title, card.message)?;
        if menu {
            writeln!(out, "  {}", type_key(l, &card.start_label, "d"))?;
        } else {
            let choices = [
                label_value(l, &card.start_label, "groundwork dad-check"),
                label_value(l, &card.not_now_label, "groundwork dad-check --not-now"),
            ];
            writeln!(out, "  {}", choices.join("   "))?;
        }
    }
    if menu {
        help_pointer(out, &home.help, type_key(l, &home.help.label, "h"))?;
    } else {
        help_line(out, l, &home.help)?;
    }
    Ok(())
}

/// "Next: title", the heading of what comes next.
pub(crate) fn next(language: Language, title: &str) -> String {
    language.say_with("terminal-next", &[("title", title.into())])
}

/// "This week: text (when)", a commitment.
pub(crate) fn this_week(language: Language, text: &str, when: &str) -> String {
    language.say_with(
        "terminal-this-week",
        &[("text", text.into()), ("when", when.into())],
    )
}

/// The help now line under a screen: the core's label, and the emergency number when the region
/// is known.
pub fn help_line(
    out: &mut impl Write,
    language: Language,
    help: &groundwork_core::HelpButton,
) -> Result<(), CliError> {
    let how = label_value(language, &help.label, "groundwork help-now");
    help_pointer(out, help, how)
}

/// `[how]`, or `[how | the emergency number]` when the region is known.
fn help_pointer(
    out: &mut impl Write,
    help: &groundwork_core::HelpButton,
    how: String,
) -> Result<(), CliError> {
    match &help.emergency_label {
        Some(call) => writeln!(out, "[{how} | {call}]")?,
        None => writeln!(out, "[{how}]")?,
    }
    Ok(())
}

/// Confirmation after a check-in is saved: the core's line, led by his words.
pub fn saved_check_in(
    out: &mut impl Write,
    outcome: &groundwork_core::CheckInOutcome,
) -> Result<(), CliError> {
    writeln!(out, "{}", outcome.saved_message)?;
    Ok(())
}

/// A list of check-ins.
pub fn check_ins(
    out: &mut impl Write,
    language: Language,
    list: &[CheckIn],
) -> Result<(), CliError> {
    let l = language;
    if list.is_empty() {
        writeln!(
            out,
            "{}",
            l.say_with(
                "terminal-no-check-ins",
                &[(
                    "command",
                    "groundwork checkin --pleasantness N --energy N".into()
                )]
            )
        )?;
    }
    for c in list {
        // Shown in the offset he was in when he checked in: that is the day he lived.
        let offset = chrono::FixedOffset::east_opt(c.utc_offset_minutes * 60)
            .unwrap_or_else(|| chrono::Utc.fix());
        let local = c.recorded_at.with_timezone(&offset);
        write!(
            out,
            "{}",
            l.say_with(
                "terminal-check-in-line",
                &[
                    ("when", local.format("%Y-%m-%d %H:%M").to_string().into()),
                    ("pleasantness", format!("{:+}", c.pleasantness).into()),
                    ("energy", format!("{:+}", c.energy).into()),
                    ("quadrant", c.quadrant_label.as_str().into()),
                ]
            )
        )?;
        let words: Vec<&str> = c
            .emotion_words
            .iter()
            .chain(&c.own_words)
            .map(String::as_str)
            .collect();
        if !words.is_empty() {
            write!(out, "  {}", words.join(", "))?;
        }
        writeln!(out)?;
        let mut details = Vec::new();
        if let Some(a) = c.anger {
            details.push(l.say_with("terminal-check-in-anger", &[("level", a.into())]));
        }
        if let Some(s) = c.stress {
            details.push(l.say_with("terminal-check-in-stress", &[("level", s.into())]));
        }
        if let Some(h) = c.hours_slept {
            details.push(l.say_with(
                "terminal-check-in-slept",
                &[("hours", format!("{h:.1}").into())],
            ));
        }
        if !c.tags.is_empty() {
            details.push(tags_line(l, &c.tags));
        }
        if !details.is_empty() {
            writeln!(out, "    {}", details.join("  "))?;
        }
        if let Some(note) = &c.note {
            writeln!(out, "    {note}")?;
        }
        writeln!(out, "    id {}", c.id)?;
    }
    Ok(())
}

/// "tags: a, b", under an entry or a check-in.
fn tags_line(language: Language, tags: &[String]) -> String {
    language.say_with("terminal-tags-line", &[("tags", tags.join(", ").into())])
}

/// A one-line confirmation.
pub fn done(out: &mut impl Write, message: &str) -> Result<(), CliError> {
    writeln!(out, "{message}")?;
    Ok(())
}

/// The answer after something was saved that the crisis check found words of crisis in: the
/// heading, the message, then each part in the core's order, with every number written out.
pub fn crisis_answer(
    out: &mut impl Write,
    language: Language,
    answer: Option<&groundwork_core::CrisisAnswer>,
) -> Result<(), CliError> {
    let Some(answer) = answer else {
        return Ok(());
    };
    let l = language;
    writeln!(out)?;
    writeln!(out, "{}", answer.title.to_uppercase())?;
    writeln!(out, "{}", answer.message)?;
    for part in &answer.parts {
        writeln!(out)?;
        match part {
            groundwork_core::AnswerPart::Calls { title, lines } => {
                writeln!(out, "{title}")?;
                for line in lines {
                    line_card(out, line)?;
                }
            }
            groundwork_core::AnswerPart::Plan { title, items, link } => {
                writeln!(out, "{title}")?;
                for item in items {
                    writeln!(out, "  {}", label_value(l, &item.label, &item.text))?;
                }
                writeln!(out, "  {}", plan_link(l, link))?;
            }
            groundwork_core::AnswerPart::Steps { title, steps, link } => {
                writeln!(out, "{title}")?;
                for (i, step) in steps.iter().enumerate() {
                    writeln!(out, "  {}. {step}", i + 1)?;
                }
                if let Some(link) = link {
                    writeln!(out, "  {}", plan_link(l, link))?;
                }
            }
        }
    }
    writeln!(out)?;
    let command = format!(
        "groundwork help-now --situation {}",
        situation_id(answer.situation)
    );
    writeln!(out, "{}", label_value(l, &answer.more_help_label, &command))?;
    Ok(())
}

/// A link to one of his plans, with the command that opens it.
fn plan_link(language: Language, link: &groundwork_core::PlanLink) -> String {
    let command = format!("groundwork plan {}", link.document_id);
    label_value(language, &link.label, &command)
}

/// A situation as the terminal's `--situation` spells it ("self-harm").
pub fn situation_id(situation: groundwork_core::Situation) -> String {
    spelled(situation)
}

/// A value as its JSON string spells it ("rather-not-say"), for the commands that take it.
pub(crate) fn spelled(value: impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The app lock as onboarding offers it, with the command for each choice.
pub fn lock_offer(
    out: &mut impl Write,
    language: Language,
    offer: &groundwork_core::lock::LockOffer,
) -> Result<(), CliError> {
    use groundwork_core::lock::LockChoice;
    writeln!(out)?;
    writeln!(out, "{}", offer.title)?;
    writeln!(out, "{}", offer.why)?;
    writeln!(out, "{}", offer.advice)?;
    for option in &offer.choices {
        let how = match option.choice {
            LockChoice::Pin => "groundwork lock set --kind pin".to_owned(),
            LockChoice::Passphrase => "groundwork lock set --kind passphrase".to_owned(),
            // Fingerprint and face are the phone apps' to offer.
            LockChoice::Biometric => continue,
            LockChoice::NotNow => language.say("terminal-nothing-to-do-now"),
        };
        let detail = format!("{} ({how})", option.detail);
        writeln!(out, "  {}", label_value(language, &option.label, &detail))?;
    }
    writeln!(out, "{}", offer.not_now_means)?;
    Ok(())
}

/// The quiet question on home after something heavy, with the commands that answer it.
pub fn follow_up_card(
    out: &mut impl Write,
    language: Language,
    card: &groundwork_core::FollowUpCard,
) -> Result<(), CliError> {
    writeln!(out, "{} {}", card.title, card.question)?;
    let choices: Vec<String> = card
        .choices
        .iter()
        .map(|c| format!("{} ({})", c.label, follow_up_id(c.answer)))
        .collect();
    writeln!(out, "  groundwork follow-up {}", choices.join(" | "))?;
    writeln!(
        out,
        "  {}",
        label_value(language, &card.turn_off_label, "groundwork follow-up off")
    )?;
    Ok(())
}

/// An answer as `groundwork follow-up` spells it ("rather-not-say").
pub fn follow_up_id(answer: groundwork_core::FollowUpAnswer) -> String {
    spelled(answer)
}

/// Where an answer to the question leads: the line, his plan, or the same help again.
pub fn follow_up_outcome(
    out: &mut impl Write,
    language: Language,
    outcome: &groundwork_core::FollowUpOutcome,
) -> Result<(), CliError> {
    writeln!(out, "{}", outcome.message)?;
    if let Some(link) = &outcome.plan_link {
        writeln!(out, "{}", plan_link(language, link))?;
    }
    crisis_answer(out, language, outcome.answer.as_ref())
}

/// Which content is in use.
pub fn content_status(
    out: &mut impl Write,
    language: Language,
    status: &groundwork_core::ContentStatus,
) -> Result<(), CliError> {
    writeln!(out, "{}", status.summary)?;
    writeln!(
        out,
        "{}",
        language.say_with(
            "terminal-content-modules",
            &[
                ("modules", status.modules.into()),
                ("pack", status.pack_id.as_str().into())
            ]
        )
    )?;
    if let Some(note) = &status.note {
        writeln!(out, "{note}")?;
    }
    if status.remove_label.is_some() {
        writeln!(
            out,
            "{}",
            language.say_with(
                "terminal-content-remove-goes-back",
                &[("command", "groundwork content remove".into())]
            )
        )?;
    }
    for addon in &status.addons {
        writeln!(out, "{}", addon.summary)?;
        writeln!(
            out,
            "{}",
            language.say_with(
                "terminal-content-remove-addon",
                &[(
                    "command",
                    format!("groundwork content remove {}", addon.pack_id).into()
                )]
            )
        )?;
    }
    Ok(())
}

/// The emotion vocabulary, grouped by quadrant.
pub fn emotions(
    out: &mut impl Write,
    language: Language,
    form: &CheckInForm,
) -> Result<(), CliError> {
    for q in Quadrant::ALL {
        let words: Vec<&str> = form
            .emotions
            .iter()
            .filter(|e| e.quadrant == q)
            .map(|e| e.word.as_str())
            .collect();
        if !words.is_empty() {
            writeln!(
                out,
                "{}",
                heading_colon(language, &capitalise(&q.label(language)))
            )?;
            writeln!(out, "  {}", words.join(", "))?;
        }
    }
    writeln!(
        out,
        "{}",
        language.say_with(
            "terminal-tags-suggested",
            &[("tags", form.suggested_tags.join(", ").into())]
        )
    )?;
    Ok(())
}

pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A list of anger moments.
pub fn anger_moments(
    out: &mut impl Write,
    language: Language,
    list: &[AngerMoment],
) -> Result<(), CliError> {
    let l = language;
    if list.is_empty() {
        writeln!(out, "{}", l.say("terminal-no-anger-moments"))?;
    }
    for m in list {
        writeln!(
            out,
            "{}  {}/10  {}",
            m.local_day, m.intensity, m.what_happened
        )?;
        if !m.body_cues.is_empty() {
            writeln!(
                out,
                "    {}",
                l.say_with(
                    "terminal-anger-body",
                    &[("cues", m.body_cues.join(", ").into())]
                )
            )?;
        }
        if let Some(next) = &m.next_time {
            writeln!(
                out,
                "    {}",
                l.say_with(
                    "terminal-anger-next-time",
                    &[("text", next.as_str().into())]
                )
            )?;
        }
        if m.repair_needed {
            let id = if m.repair_done {
                "terminal-anger-repair-done"
            } else {
                "terminal-anger-repair-to-do"
            };
            writeln!(out, "    {}", l.say(id))?;
        }
        writeln!(out, "    id {}", m.id)?;
    }
    Ok(())
}

/// A page of the journal.
pub fn journal_page(
    out: &mut impl Write,
    language: Language,
    page: &JournalPage,
) -> Result<(), CliError> {
    if page.items.is_empty() {
        writeln!(out, "{}", language.say("terminal-no-entries"))?;
    }
    for item in &page.items {
        let more = if item.preview_is_partial { "…" } else { "" };
        writeln!(out, "{}  {}{}", item.local_day, item.preview, more)?;
        if !item.tags.is_empty() {
            writeln!(out, "    {}", tags_line(language, &item.tags))?;
        }
        writeln!(out, "    id {}", item.id)?;
    }
    if let Some(cursor) = &page.next_cursor {
        writeln!(
            out,
            "{}",
            language.say_with(
                "terminal-journal-more",
                &[("option", format!("--cursor {cursor}").into())]
            )
        )?;
    }
    Ok(())
}

/// One journal entry in full.
pub fn journal_entry(
    out: &mut impl Write,
    language: Language,
    entry: &JournalEntry,
) -> Result<(), CliError> {
    writeln!(out, "{}", entry.local_day)?;
    if let Some(prompt) = &entry.prompt_text {
        writeln!(out, "> {prompt}")?;
    }
    writeln!(out, "{}", entry.body)?;
    if !entry.tags.is_empty() {
        writeln!(out, "{}", tags_line(language, &entry.tags))?;
    }
    Ok(())
}

/// The prompt library.
pub fn prompts(
    out: &mut impl Write,
    language: Language,
    library: &PromptLibrary,
) -> Result<(), CliError> {
    for theme in &library.themes {
        writeln!(out, "{}", theme.title)?;
        for p in &theme.prompts {
            writeln!(out, "  [{}] {}", p.id, p.text)?;
        }
    }
    if !library.own.is_empty() {
        writeln!(out, "{}", language.say("terminal-your-prompts"))?;
        for p in &library.own {
            writeln!(out, "  [{}] {}", p.id, p.text)?;
        }
    }
    Ok(())
}

const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// A series as a one-line sparkline: a bar per point, a space for a gap.
pub fn sparkline(series: &TrendSeries) -> String {
    let span = series.scale_max - series.scale_min;
    series
        .points
        .iter()
        .map(|p| match p.value {
            None => ' ',
            Some(v) => {
                let t = ((v - series.scale_min) / span).clamp(0.0, 1.0);
                BARS[((t * (BARS.len() - 1) as f64).round()) as usize]
            }
        })
        .collect()
}

/// The insights screen.
pub fn insights(
    out: &mut impl Write,
    language: Language,
    screen: &InsightsScreen,
) -> Result<(), CliError> {
    let l = language;
    writeln!(
        out,
        "{}",
        l.say_with(
            "terminal-insights-range",
            &[
                ("range", screen.range_label.as_str().into()),
                ("from", screen.from_day.to_string().into()),
                ("to", screen.to_day.to_string().into()),
            ]
        )
    )?;
    writeln!(out)?;
    writeln!(out, "{}", l.say("terminal-insights-this-week"))?;
    for line in &screen.weekly_summary {
        writeln!(out, "  {line}")?;
    }
    writeln!(out)?;
    writeln!(out, "{}", screen.consistency)?;
    writeln!(out)?;
    for series in &screen.trends {
        let spark = if series.has_data {
            sparkline(series)
        } else {
            l.say("terminal-insights-no-data")
        };
        writeln!(out, "{:<13}{}", series.label, spark)?;
    }
    if screen.check_in_count > 0 {
        writeln!(out)?;
        writeln!(out, "{}", l.say("terminal-insights-quadrants"))?;
        for q in screen.quadrants.iter().filter(|q| q.count > 0) {
            writeln!(out, "  {:<25}{:>5.1}%", q.label, q.percent)?;
        }
    }
    if !screen.top_emotions.is_empty() {
        let words: Vec<String> = screen
            .top_emotions
            .iter()
            .map(|w| format!("{} ({})", w.word, w.count))
            .collect();
        writeln!(
            out,
            "{}",
            l.say_with(
                "terminal-insights-top-words",
                &[("words", words.join(", ").into())]
            )
        )?;
    }
    let anger: Vec<String> = screen
        .anger_by_time_of_day
        .iter()
        .filter_map(|s| s.average.map(|a| format!("{} {a:.1}", s.label)))
        .collect();
    if !anger.is_empty() {
        writeln!(
            out,
            "{}",
            l.say_with(
                "terminal-insights-anger-by-time",
                &[("times", anger.join(", ").into())]
            )
        )?;
    }
    if !screen.patterns.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", l.say("terminal-insights-patterns"))?;
        for p in &screen.patterns {
            writeln!(out, "  {}", p.sentence)?;
        }
    }
    Ok(())
}

/// Confirmation after a journal entry is saved.
pub fn saved_entry(
    out: &mut impl Write,
    language: Language,
    _entry: &JournalEntry,
) -> Result<(), CliError> {
    writeln!(out, "{}", language.say("terminal-entry-saved"))?;
    Ok(())
}

/// Search results; with `bold`, matches are shown in bold (for terminals).
pub fn search_hits(
    out: &mut impl Write,
    language: Language,
    hits: &[JournalSearchHit],
    bold: bool,
) -> Result<(), CliError> {
    if hits.is_empty() {
        writeln!(out, "{}", language.say("terminal-nothing-matched"))?;
    }
    for hit in hits {
        write!(out, "{}  ", hit.local_day)?;
        for run in &hit.snippet {
            if run.highlighted && bold {
                write!(out, "\x1b[1m{}\x1b[0m", run.text)?;
            } else {
                write!(out, "{}", run.text.replace('\n', " "))?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// The help now screen.
pub fn help_now(
    out: &mut impl Write,
    language: Language,
    screen: &groundwork_core::HelpNowScreen,
) -> Result<(), CliError> {
    let l = language;
    writeln!(out, "{}", screen.title.to_uppercase())?;
    match (&screen.region, &screen.region_prompt) {
        (Some(region), _) => writeln!(
            out,
            "{}",
            l.say_with(
                "terminal-help-now-region",
                &[("region", region.name.as_str().into())]
            )
        )?,
        (None, Some(prompt)) => {
            writeln!(out, "{prompt}")?;
            for r in &screen.regions {
                let number = r.emergency_number.as_deref().unwrap_or("-");
                let emergency =
                    l.say_with("terminal-help-now-emergency", &[("number", number.into())]);
                writeln!(out, "  {:<3} {:<16} {emergency}", r.code, r.name)?;
            }
        }
        (None, None) => {}
    }
    if let Some(emergency) = &screen.emergency {
        writeln!(out)?;
        line_card(out, emergency)?;
    }
    if let Some(intro) = &screen.situation_intro {
        writeln!(out)?;
        writeln!(out, "{intro}")?;
    }
    if let Some(first) = &screen.first_steps {
        writeln!(out)?;
        writeln!(out, "{}", first.title)?;
        for (i, step) in first.steps.iter().enumerate() {
            writeln!(out, "  {}. {step}", i + 1)?;
        }
    }
    for line in &screen.lines {
        writeln!(out)?;
        line_card(out, line)?;
    }
    if let Some(groups) = &screen.peer_groups {
        writeln!(out)?;
        people(out, l, Some(groups))?;
    }
    if screen.situation.is_none() {
        writeln!(out)?;
        writeln!(out, "{}", l.say("terminal-help-now-whats-going-on"))?;
        for s in &screen.situations {
            writeln!(out, "  {:<13} {}", situation_id(s.situation), s.title)?;
        }
    }
    if screen.pause_plan_first {
        pause_plan(out, l, &screen.pause_plan)?;
    }
    if let Some(plan) = &screen.safety_plan {
        writeln!(out)?;
        document(out, l, plan)?;
    }
    if !screen.pause_plan_first {
        pause_plan(out, l, &screen.pause_plan)?;
    }
    Ok(())
}

fn pause_plan(
    out: &mut impl Write,
    language: Language,
    card: &groundwork_core::safety::PausePlanCard,
) -> Result<(), CliError> {
    writeln!(out)?;
    writeln!(out, "{}", card.title)?;
    for safeguard in &card.safeguards {
        writeln!(out, "  - {safeguard}")?;
    }
    if let Some(plan) = &card.plan {
        for field in plan.fields.iter().filter(|f| !f.value.is_empty()) {
            writeln!(
                out,
                "  {}",
                label_value(language, &field.label, &field.value)
            )?;
        }
    }
    Ok(())
}

/// Find your people: the groups of a region, or where to say which region.
pub fn people(
    out: &mut impl Write,
    language: Language,
    card: Option<&groundwork_core::PeerGroupsCard>,
) -> Result<(), CliError> {
    let l = language;
    let Some(card) = card else {
        writeln!(out, "{}", l.say("terminal-people-no-groups"))?;
        return Ok(());
    };
    writeln!(out, "{} ({})", card.title.to_uppercase(), card.region_name)?;
    writeln!(out, "{}", card.intro)?;
    for group in &card.groups {
        writeln!(out)?;
        match &group.area {
            Some(area) => writeln!(out, "{} ({area})", group.name)?,
            None => writeln!(out, "{}", group.name)?,
        }
        writeln!(out, "  {}", group.what)?;
        writeln!(
            out,
            "  {}",
            l.say_with(
                "terminal-people-for-whom",
                &[("who", group.for_whom.as_str().into())]
            )
        )?;
        writeln!(
            out,
            "  {}",
            l.say_with(
                "terminal-people-find-nearest",
                &[("how", group.find.as_str().into())]
            )
        )?;
        writeln!(out, "  {}", actions_text(&group.actions))?;
        writeln!(out, "  {}", group.checked)?;
    }
    Ok(())
}

/// Call, text and web buttons as one line: the number's words, or the web address.
fn actions_text(actions: &[groundwork_core::safety::ContactAction]) -> String {
    actions
        .iter()
        .map(|a| match a.kind {
            groundwork_core::safety::ContactKind::Web => a.target.clone(),
            _ => a.label.clone(),
        })
        .collect::<Vec<_>>()
        .join("  |  ")
}

fn line_card(
    out: &mut impl Write,
    line: &groundwork_core::safety::HelpLineCard,
) -> Result<(), CliError> {
    writeln!(out, "{}", line.name)?;
    writeln!(out, "  {}", line.hours)?;
    writeln!(out, "  {}", line.for_whom)?;
    if let Some(languages) = &line.languages {
        writeln!(out, "  {languages}")?;
    }
    writeln!(out, "  {}", actions_text(&line.actions))?;
    writeln!(out, "  {}", line.origin)?;
    Ok(())
}

/// A living document's title with whether he has started it: "Safety plan (started)".
pub(crate) fn document_state(language: Language, doc: &groundwork_core::LivingDocument) -> String {
    let id = if doc.started {
        "terminal-plan-started"
    } else {
        "terminal-plan-not-started"
    };
    language.say_with(id, &[("title", doc.title.as_str().into())])
}

/// Every living document, one line each.
pub fn documents(
    out: &mut impl Write,
    language: Language,
    docs: &[groundwork_core::LivingDocument],
) -> Result<(), CliError> {
    for d in docs {
        writeln!(out, "{:<16} {}", d.id, document_state(language, d))?;
    }
    Ok(())
}

/// One living document in full.
pub fn document(
    out: &mut impl Write,
    language: Language,
    doc: &groundwork_core::LivingDocument,
) -> Result<(), CliError> {
    writeln!(out, "{}", doc.title)?;
    let empty = language.say("terminal-plan-field-empty");
    for f in &doc.fields {
        let value = if f.value.is_empty() {
            empty.as_str()
        } else {
            f.value.as_str()
        };
        writeln!(
            out,
            "  [{}] {}",
            f.id,
            label_value(language, &f.label, value)
        )?;
    }
    if !doc.cues.is_empty() {
        // The guided exercise offered with it (grounding, with the pause plan), as the apps say it.
        let total: u32 = doc.cues.iter().map(|c| c.pause_after_seconds).sum();
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            language.say_with("terminal-plan-grounding", &[("seconds", total.into())])
        )?;
        for c in &doc.cues {
            writeln!(out, "  {:>3} s  {}", c.pause_after_seconds, c.line)?;
        }
    }
    Ok(())
}

/// What follows the mood check: the message, what next, and help now when it came with it.
pub fn dad_mood_follow_up(
    out: &mut impl Write,
    language: Language,
    follow: &groundwork_core::curriculum::DadMoodFollowUp,
) -> Result<(), CliError> {
    writeln!(out, "{}", follow.message)?;
    writeln!(out, "{}", follow.next)?;
    if let Some(screen) = &follow.help_now {
        writeln!(out)?;
        help_now(out, language, screen)?;
    }
    Ok(())
}

/// One "start here" path as text: its title, summary and items, each with the command to open it.
pub fn start_here_path(
    out: &mut impl Write,
    language: Language,
    path: &groundwork_core::curriculum::StartHerePath,
) -> Result<(), CliError> {
    writeln!(out, "{} ({})", path.title, path.progress_label)?;
    writeln!(out, "  {}", path.summary)?;
    for item in &path.items {
        let minutes = item
            .minutes_label
            .as_deref()
            .map(|m| format!(", {}", m.to_lowercase()))
            .unwrap_or_default();
        writeln!(out, "  - {}  [{}{minutes}]", item.title, item.state_label)?;
        writeln!(out, "    {}", item.detail)?;
        let command = match item.kind {
            groundwork_core::curriculum::StartHereItemKind::Module => {
                format!("groundwork lesson {}", item.id)
            }
            groundwork_core::curriculum::StartHereItemKind::Plan => {
                format!("groundwork plan {}", item.id)
            }
        };
        writeln!(
            out,
            "    {}",
            label_value(language, &item.action_label, &command)
        )?;
    }
    Ok(())
}

/// Home's week's-end question as text.
pub fn week_review(
    out: &mut impl Write,
    language: Language,
    card: &groundwork_core::curriculum::WeekReviewCard,
) -> Result<(), CliError> {
    writeln!(out, "{} {}", card.title, card.question)?;
    writeln!(out, "  {}", card.hint)?;
    let choices: Vec<String> = card
        .choices
        .iter()
        .map(|c| {
            let arg = match c.outcome {
                groundwork_core::curriculum::WeekOutcome::Done => "done",
                groundwork_core::curriculum::WeekOutcome::Partly => "partly",
                groundwork_core::curriculum::WeekOutcome::NotThisTime => "not-this-time",
            };
            label_value(language, &c.label, &format!("groundwork week-review {arg}"))
        })
        .collect();
    writeln!(out, "  {}", choices.join("   "))?;
    Ok(())
}

/// What answering "Has your baby arrived?" gives: a word, or after a loss, the kind words and
/// the loss lines.
pub fn baby_arrival_outcome(
    out: &mut impl Write,
    language: Language,
    outcome: &groundwork_core::curriculum::BabyArrivalOutcome,
) -> Result<(), CliError> {
    match &outcome.loss {
        None => writeln!(out, "{}", outcome.message)?,
        Some(loss) => {
            writeln!(out, "{}", loss.title)?;
            writeln!(out)?;
            writeln!(out, "{}", loss.message)?;
            writeln!(out)?;
            writeln!(out, "{}", loss.paused)?;
            writeln!(out)?;
            writeln!(out, "{}", loss.lines_title.to_uppercase())?;
            let help = &loss.help_now;
            for line in help.emergency.iter().chain(&help.lines) {
                writeln!(out)?;
                line_card(out, line)?;
            }
            writeln!(out)?;
            writeln!(
                out,
                "{}",
                language.say_with(
                    "terminal-more-help-any-time",
                    &[(
                        "command",
                        "groundwork help-now --situation baby-loss".into()
                    )]
                )
            )?;
        }
    }
    Ok(())
}
