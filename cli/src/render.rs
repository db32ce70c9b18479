//! Human-readable and JSON output. Everything shown is taken from the core's models as they are.

use std::io::{self, Write};

use chrono::Offset;
use groundwork_core::insights::TrendSeries;
use groundwork_core::{
    AngerMoment, CheckIn, CheckInForm, HomeScreen, InsightsScreen, JournalEntry, JournalPage,
    JournalSearchHit, PromptLibrary, Quadrant,
};

use crate::CliError;

/// Prints any model as pretty JSON.
pub fn json<T: serde::Serialize>(out: &mut impl Write, value: &T) -> Result<(), CliError> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
    writeln!(out)?;
    Ok(())
}

/// A counsellor's plan as home shows it: who it is from, then each module and where he is in it.
pub fn recommendations(
    out: &mut impl Write,
    card: &groundwork_core::curriculum::RecommendationsCard,
) -> Result<(), CliError> {
    writeln!(out, "{}:", card.headline)?;
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
pub fn home(out: &mut impl Write, home: &HomeScreen) -> Result<(), CliError> {
    home_with(out, home, Pointers::Commands)
}

/// The home screen inside the interactive companion, pointing to its menu's keys.
pub fn home_in_menu(out: &mut impl Write, home: &HomeScreen) -> Result<(), CliError> {
    home_with(out, home, Pointers::Menu)
}

fn home_with(out: &mut impl Write, home: &HomeScreen, to: Pointers) -> Result<(), CliError> {
    let menu = to == Pointers::Menu;
    writeln!(out, "{}.", home.greeting)?;
    writeln!(out)?;
    writeln!(out, "Check-in: {}", home.check_in_prompt)?;
    if let Some(last) = &home.last_check_in {
        write!(out, "  Last: {} ({})", last.when_label, last.quadrant_label)?;
        if !last.words.is_empty() {
            write!(out, ": {}", last.words.join(", "))?;
        }
        writeln!(out)?;
    }
    writeln!(out, "Journal: {}", home.journal_label)?;
    writeln!(out)?;
    if home.needs_onboarding {
        if menu {
            writeln!(out, "New here? Type o to choose your region and your path.")?;
        } else {
            writeln!(
                out,
                "New here? `groundwork onboard --region AU` picks your region and path."
            )?;
        }
    }
    writeln!(out, "Next: {}", home.next_step.title)?;
    writeln!(out, "  {}", home.next_step.detail)?;
    if let (Some(label), Some(id)) = (&home.next_step.action_label, &home.next_step.module_id) {
        if menu {
            writeln!(out, "  {label}: type 5")?;
        } else {
            writeln!(out, "  {label}: groundwork lesson {id}")?;
        }
    }
    if let Some(path) = &home.start_here {
        writeln!(out)?;
        start_here_path(out, path)?;
    }
    for c in &home.commitments {
        writeln!(out, "This week: {} ({})", c.text, c.when_label)?;
    }
    if let Some(card) = &home.week_review {
        week_review(out, card)?;
    }
    if let Some(card) = &home.recommendations {
        recommendations(out, card)?;
    }
    if let Some(card) = &home.safety_card {
        writeln!(out)?;
        writeln!(out, "{}", card.message)?;
    }
    if let Some(card) = &home.follow_up_card {
        writeln!(out)?;
        if menu {
            writeln!(out, "{} {} (type f)", card.title, card.question)?;
        } else {
            follow_up_card(out, card)?;
        }
    }
    if let Some(card) = &home.lock_reminder {
        writeln!(out)?;
        let how = if menu {
            "type l"
        } else {
            "groundwork lock set"
        };
        writeln!(out, "{} {}: {how}", card.text, card.action_label)?;
    }
    if let Some(card) = &home.baby_card {
        writeln!(out)?;
        writeln!(out, "{}", card.stage)?;
        if let Some(q) = &card.question {
            writeln!(out, "{} {}", q.title, q.message)?;
            writeln!(
                out,
                "  {}: groundwork baby arrived --date YYYY-MM-DD   {}: groundwork baby not-yet   {}: groundwork baby lost",
                q.arrived_label, q.not_yet_label, q.lost_label
            )?;
        }
    }
    if let Some(card) = &home.dad_mood_card {
        writeln!(out)?;
        writeln!(out, "{} {}", card.title, card.message)?;
        if menu {
            writeln!(out, "  {}: type d", card.start_label)?;
        } else {
            writeln!(
                out,
                "  {}: groundwork dad-check   {}: groundwork dad-check --not-now",
                card.start_label, card.not_now_label
            )?;
        }
    }
    if menu {
        match &home.help.emergency_label {
            Some(call) => writeln!(out, "[{}: type h | {call}]", home.help.label)?,
            None => writeln!(out, "[{}: type h]", home.help.label)?,
        }
    } else {
        help_line(out, &home.help)?;
    }
    Ok(())
}

/// The help now line under a screen: the core's label, and the emergency number when the region
/// is known.
pub fn help_line(out: &mut impl Write, help: &groundwork_core::HelpButton) -> Result<(), CliError> {
    match &help.emergency_label {
        Some(call) => writeln!(out, "[{}: groundwork help-now | {call}]", help.label)?,
        None => writeln!(out, "[{}: groundwork help-now]", help.label)?,
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
pub fn check_ins(out: &mut impl Write, list: &[CheckIn]) -> Result<(), CliError> {
    if list.is_empty() {
        writeln!(
            out,
            "No check-ins yet. `groundwork checkin --pleasantness N --energy N` records one."
        )?;
    }
    for c in list {
        // Shown in the offset he was in when he checked in: that is the day he lived.
        let offset = chrono::FixedOffset::east_opt(c.utc_offset_minutes * 60)
            .unwrap_or_else(|| chrono::Utc.fix());
        let local = c.recorded_at.with_timezone(&offset);
        write!(
            out,
            "{}  pleasantness {:+}, energy {:+}  ({})",
            local.format("%Y-%m-%d %H:%M"),
            c.pleasantness,
            c.energy,
            c.quadrant_label
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
            details.push(format!("anger {a}/10"));
        }
        if let Some(s) = c.stress {
            details.push(format!("stress {s}/10"));
        }
        if let Some(h) = c.hours_slept {
            details.push(format!("slept {h:.1} h"));
        }
        if !c.tags.is_empty() {
            details.push(format!("tags: {}", c.tags.join(", ")));
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

/// A one-line confirmation.
pub fn done(out: &mut impl Write, message: &str) -> Result<(), CliError> {
    writeln!(out, "{message}")?;
    Ok(())
}

/// The answer after something was saved that the crisis check found words of crisis in: the
/// heading, the message, then each part in the core's order, with every number written out.
pub fn crisis_answer(
    out: &mut impl Write,
    answer: Option<&groundwork_core::CrisisAnswer>,
) -> Result<(), CliError> {
    let Some(answer) = answer else {
        return Ok(());
    };
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
                    writeln!(out, "  {}: {}", item.label, item.text)?;
                }
                writeln!(
                    out,
                    "  {}: groundwork plan {}",
                    link.label, link.document_id
                )?;
            }
            groundwork_core::AnswerPart::Steps { title, steps, link } => {
                writeln!(out, "{title}")?;
                for (i, step) in steps.iter().enumerate() {
                    writeln!(out, "  {}. {step}", i + 1)?;
                }
                if let Some(link) = link {
                    writeln!(
                        out,
                        "  {}: groundwork plan {}",
                        link.label, link.document_id
                    )?;
                }
            }
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}: groundwork help-now --situation {}",
        answer.more_help_label,
        situation_id(answer.situation)
    )?;
    Ok(())
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

/// The quiet question on home after something heavy, with the commands that answer it.
/// The app lock as onboarding offers it, with the command for each choice.
pub fn lock_offer(
    out: &mut impl Write,
    offer: &groundwork_core::lock::LockOffer,
) -> Result<(), CliError> {
    use groundwork_core::lock::LockChoice;
    writeln!(out)?;
    writeln!(out, "{}", offer.title)?;
    writeln!(out, "{}", offer.why)?;
    writeln!(out, "{}", offer.advice)?;
    for option in &offer.choices {
        let how = match option.choice {
            LockChoice::Pin => "groundwork lock set --kind pin",
            LockChoice::Passphrase => "groundwork lock set --kind passphrase",
            // Fingerprint and face are the phone apps' to offer.
            LockChoice::Biometric => continue,
            LockChoice::NotNow => "nothing to do now",
        };
        writeln!(out, "  {}: {} ({})", option.label, option.detail, how)?;
    }
    writeln!(out, "{}", offer.not_now_means)?;
    Ok(())
}

pub fn follow_up_card(
    out: &mut impl Write,
    card: &groundwork_core::FollowUpCard,
) -> Result<(), CliError> {
    writeln!(out, "{} {}", card.title, card.question)?;
    let choices: Vec<String> = card
        .choices
        .iter()
        .map(|c| format!("{} ({})", c.label, follow_up_id(c.answer)))
        .collect();
    writeln!(out, "  groundwork follow-up {}", choices.join(" | "))?;
    writeln!(out, "  {}: groundwork follow-up off", card.turn_off_label)?;
    Ok(())
}

/// An answer as `groundwork follow-up` spells it ("rather-not-say").
pub fn follow_up_id(answer: groundwork_core::FollowUpAnswer) -> String {
    spelled(answer)
}

/// Where an answer to the question leads: the line, his plan, or the same help again.
pub fn follow_up_outcome(
    out: &mut impl Write,
    outcome: &groundwork_core::FollowUpOutcome,
) -> Result<(), CliError> {
    writeln!(out, "{}", outcome.message)?;
    if let Some(link) = &outcome.plan_link {
        writeln!(out, "{}: groundwork plan {}", link.label, link.document_id)?;
    }
    crisis_answer(out, outcome.answer.as_ref())
}

/// Which content is in use.
pub fn content_status(
    out: &mut impl Write,
    status: &groundwork_core::ContentStatus,
) -> Result<(), CliError> {
    writeln!(out, "{}", status.summary)?;
    writeln!(out, "{} modules (pack {}).", status.modules, status.pack_id)?;
    if let Some(note) = &status.note {
        writeln!(out, "{note}")?;
    }
    if status.remove_label.is_some() {
        writeln!(
            out,
            "`groundwork content remove` goes back to the built-in content."
        )?;
    }
    Ok(())
}

/// The emotion vocabulary, grouped by quadrant.
pub fn emotions(out: &mut impl Write, form: &CheckInForm) -> Result<(), CliError> {
    for q in Quadrant::ALL {
        let words: Vec<&str> = form
            .emotions
            .iter()
            .filter(|e| e.quadrant == q)
            .map(|e| e.word.as_str())
            .collect();
        if !words.is_empty() {
            // No language at hand: the terminal's own words are still English.
            let label = q.label(groundwork_core::base::text::Language::ENGLISH);
            writeln!(out, "{}:", capitalise(&label))?;
            writeln!(out, "  {}", words.join(", "))?;
        }
    }
    writeln!(out, "Tags: {}", form.suggested_tags.join(", "))?;
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
pub fn anger_moments(out: &mut impl Write, list: &[AngerMoment]) -> Result<(), CliError> {
    if list.is_empty() {
        writeln!(out, "No anger moments logged.")?;
    }
    for m in list {
        writeln!(
            out,
            "{}  {}/10  {}",
            m.local_day, m.intensity, m.what_happened
        )?;
        if !m.body_cues.is_empty() {
            writeln!(out, "    body: {}", m.body_cues.join(", "))?;
        }
        if let Some(next) = &m.next_time {
            writeln!(out, "    next time: {next}")?;
        }
        if m.repair_needed {
            writeln!(
                out,
                "    repair: {}",
                if m.repair_done { "done" } else { "still to do" }
            )?;
        }
        writeln!(out, "    id {}", m.id)?;
    }
    Ok(())
}

/// A page of the journal.
pub fn journal_page(out: &mut impl Write, page: &JournalPage) -> Result<(), CliError> {
    if page.items.is_empty() {
        writeln!(out, "No entries.")?;
    }
    for item in &page.items {
        let more = if item.preview_is_partial { "…" } else { "" };
        writeln!(out, "{}  {}{}", item.local_day, item.preview, more)?;
        if !item.tags.is_empty() {
            writeln!(out, "    tags: {}", item.tags.join(", "))?;
        }
        writeln!(out, "    id {}", item.id)?;
    }
    if let Some(cursor) = &page.next_cursor {
        writeln!(out, "More: --cursor {cursor}")?;
    }
    Ok(())
}

/// One journal entry in full.
pub fn journal_entry(out: &mut impl Write, entry: &JournalEntry) -> Result<(), CliError> {
    writeln!(out, "{}", entry.local_day)?;
    if let Some(prompt) = &entry.prompt_text {
        writeln!(out, "> {prompt}")?;
    }
    writeln!(out, "{}", entry.body)?;
    if !entry.tags.is_empty() {
        writeln!(out, "tags: {}", entry.tags.join(", "))?;
    }
    Ok(())
}

/// The prompt library.
pub fn prompts(out: &mut impl Write, library: &PromptLibrary) -> Result<(), CliError> {
    for theme in &library.themes {
        writeln!(out, "{}", theme.title)?;
        for p in &theme.prompts {
            writeln!(out, "  [{}] {}", p.id, p.text)?;
        }
    }
    if !library.own.is_empty() {
        writeln!(out, "Your prompts")?;
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
pub fn insights(out: &mut impl Write, screen: &InsightsScreen) -> Result<(), CliError> {
    writeln!(
        out,
        "{} ({} to {})",
        screen.range_label, screen.from_day, screen.to_day
    )?;
    writeln!(out)?;
    writeln!(out, "This week")?;
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
            "no data yet".to_owned()
        };
        writeln!(out, "{:<13}{}", series.label, spark)?;
    }
    if screen.check_in_count > 0 {
        writeln!(out)?;
        writeln!(out, "Where your check-ins sat")?;
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
        writeln!(out, "Words you picked most: {}", words.join(", "))?;
    }
    let anger: Vec<String> = screen
        .anger_by_time_of_day
        .iter()
        .filter_map(|s| s.average.map(|a| format!("{} {a:.1}", s.label)))
        .collect();
    if !anger.is_empty() {
        writeln!(out, "Anger by time of day: {}", anger.join(", "))?;
    }
    if !screen.patterns.is_empty() {
        writeln!(out)?;
        writeln!(out, "Patterns")?;
        for p in &screen.patterns {
            writeln!(out, "  {}", p.sentence)?;
        }
    }
    Ok(())
}

/// Confirmation after a journal entry is saved.
pub fn saved_entry(out: &mut impl Write, _entry: &JournalEntry) -> Result<(), CliError> {
    writeln!(out, "Saved to your journal.")?;
    Ok(())
}

/// Search results; with `bold`, matches are shown in bold (for terminals).
pub fn search_hits(
    out: &mut impl Write,
    hits: &[JournalSearchHit],
    bold: bool,
) -> Result<(), CliError> {
    if hits.is_empty() {
        writeln!(out, "Nothing matched.")?;
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
    screen: &groundwork_core::HelpNowScreen,
) -> Result<(), CliError> {
    writeln!(out, "{}", screen.title.to_uppercase())?;
    match (&screen.region, &screen.region_prompt) {
        (Some(region), _) => writeln!(out, "{} (change with --region)", region.name)?,
        (None, Some(prompt)) => {
            writeln!(out, "{prompt}")?;
            for r in &screen.regions {
                let number = r.emergency_number.as_deref().unwrap_or("-");
                writeln!(out, "  {:<3} {:<16} emergency {number}", r.code, r.name)?;
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
        people(out, Some(groups))?;
    }
    if screen.situation.is_none() {
        writeln!(out)?;
        writeln!(out, "What's going on? (--situation)")?;
        for s in &screen.situations {
            writeln!(out, "  {:<13} {}", situation_id(s.situation), s.title)?;
        }
    }
    if screen.pause_plan_first {
        pause_plan(out, &screen.pause_plan)?;
    }
    if let Some(plan) = &screen.safety_plan {
        writeln!(out)?;
        document(out, plan)?;
    }
    if !screen.pause_plan_first {
        pause_plan(out, &screen.pause_plan)?;
    }
    Ok(())
}

fn pause_plan(
    out: &mut impl Write,
    card: &groundwork_core::safety::PausePlanCard,
) -> Result<(), CliError> {
    writeln!(out)?;
    writeln!(out, "{}", card.title)?;
    for safeguard in &card.safeguards {
        writeln!(out, "  - {safeguard}")?;
    }
    if let Some(plan) = &card.plan {
        for field in plan.fields.iter().filter(|f| !f.value.is_empty()) {
            writeln!(out, "  {}: {}", field.label, field.value)?;
        }
    }
    Ok(())
}

/// Find your people: the groups of a region, or where to say which region.
pub fn people(
    out: &mut impl Write,
    card: Option<&groundwork_core::PeerGroupsCard>,
) -> Result<(), CliError> {
    let Some(card) = card else {
        writeln!(
            out,
            "No groups listed for this region yet. Set your region with `groundwork region CODE`, or pass --region."
        )?;
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
        writeln!(out, "  For: {}", group.for_whom)?;
        writeln!(out, "  Find the nearest: {}", group.find)?;
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
    writeln!(out, "  {}", actions_text(&line.actions))?;
    writeln!(out, "  {}", line.origin)?;
    Ok(())
}

/// Every living document, one line each.
pub fn documents(
    out: &mut impl Write,
    docs: &[groundwork_core::LivingDocument],
) -> Result<(), CliError> {
    for d in docs {
        let state = if d.started { "started" } else { "not started" };
        writeln!(out, "{:<16} {} ({state})", d.id, d.title)?;
    }
    Ok(())
}

/// One living document in full.
pub fn document(
    out: &mut impl Write,
    doc: &groundwork_core::LivingDocument,
) -> Result<(), CliError> {
    writeln!(out, "{}", doc.title)?;
    for f in &doc.fields {
        let value = if f.value.is_empty() {
            "(empty)"
        } else {
            f.value.as_str()
        };
        writeln!(out, "  [{}] {}: {value}", f.id, f.label)?;
    }
    if !doc.cues.is_empty() {
        // The guided exercise offered with it (grounding, with the pause plan), as the apps say it.
        let total: u32 = doc.cues.iter().map(|c| c.pause_after_seconds).sum();
        writeln!(out)?;
        writeln!(out, "Grounding to go with it, about {total} seconds:")?;
        for c in &doc.cues {
            writeln!(out, "  {:>3} s  {}", c.pause_after_seconds, c.line)?;
        }
    }
    Ok(())
}

/// What follows the mood check: the message, what next, and help now when it came with it.
pub fn dad_mood_follow_up(
    out: &mut impl Write,
    follow: &groundwork_core::curriculum::DadMoodFollowUp,
) -> Result<(), CliError> {
    writeln!(out, "{}", follow.message)?;
    writeln!(out, "{}", follow.next)?;
    if let Some(screen) = &follow.help_now {
        writeln!(out)?;
        help_now(out, screen)?;
    }
    Ok(())
}

/// One "start here" path as text: its title, summary and items, each with the command to open it.
pub fn start_here_path(
    out: &mut impl Write,
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
        writeln!(out, "    {}: {command}", item.action_label)?;
    }
    Ok(())
}

/// Home's week's-end question as text.
pub fn week_review(
    out: &mut impl Write,
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
            format!("{}: groundwork week-review {arg}", c.label)
        })
        .collect();
    writeln!(out, "  {}", choices.join("   "))?;
    Ok(())
}
/// What answering "Has your baby arrived?" gives: a word, or after a loss, the kind words and
/// the loss lines.
pub fn baby_arrival_outcome(
    out: &mut impl Write,
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
                "More help any time: groundwork help-now --situation baby-loss"
            )?;
        }
    }
    Ok(())
}
