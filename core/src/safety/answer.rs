//! The answer after he writes something the crisis check finds, and the quiet question the next
//! time he opens the app.
//!
//! Every word is the pack's (`safety.toml`, `[crisis_answer]`), per situation: a man who wrote
//! that he wants to die tonight sees the crisis line's number in front of him; a man who might
//! hit his wife is told to step away now and sees his own pause plan; a man being hurt hears
//! that it is not his fault. When the words carry time, a plan or the means, the emergency
//! number and the lines lead. This module decides what shows and in what order; the shells draw
//! the parts as they come.

use chrono::{DateTime, FixedOffset, Utc};
use groundwork_pack::{CrisisAnswerSituation, HelpSituation, HelplineKind, Pack, Region};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::{CrisisMatch, HelpLineCard, Origins, PlanLink, Situation, card, ordered_lines};
use crate::base::error::{Error, Result};
use crate::base::text::Language;
use crate::documents::{self, LivingDocument};
use crate::safety::help::HelpButton;
use crate::store::Setting;

/// The most lines an answer shows for its situation; help now lists the rest.
pub const ANSWER_LINES: usize = 2;

/// How long after he wrote it the question comes back on home: three days.
pub const FOLLOW_UP_WITHIN_HOURS: i64 = 72;

/// The question waits at least this long after he wrote it, unless the app was opened again
/// since (a new session): four hours.
pub const FOLLOW_UP_AFTER_HOURS: i64 = 4;

/// What he sees straight after saving words the crisis check found: the pack's answer for the
/// situation, with the numbers, his own plan (or a few steps), in the order the situation needs.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct CrisisAnswer {
    /// The situation the words suggest; "See all help" opens help now there.
    pub situation: Situation,
    /// Whether the words carry time, a plan, the means or harm happening now: then the
    /// emergency number and the lines come first.
    pub urgent: bool,
    /// The crisis check's pattern that matched (for tests and pack authors; never shown).
    pub pattern: String,
    /// The heading, e.g. "Step away now".
    pub title: String,
    /// Two or three short sentences.
    pub message: String,
    /// What to show below the message, in this order.
    pub parts: Vec<AnswerPart>,
    /// The button that opens help now at `situation`, with every line.
    pub more_help_label: String,
    /// The button that closes the answer.
    pub done_label: String,
    /// The help now button, in the same place as on every screen (opens at `situation`).
    pub help: HelpButton,
}

/// One part of the answer, drawn in the order given.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AnswerPart {
    /// Numbers to call or text now: the emergency number and the lines for the situation, each
    /// with its buttons and whether it is open now.
    Calls {
        /// The heading, e.g. "Talk to someone now".
        title: String,
        /// The lines, most fitting first.
        lines: Vec<HelpLineCard>,
    },
    /// What he wrote in his own plan (only the fields he filled in).
    Plan {
        /// The heading, e.g. "Your pause plan".
        title: String,
        /// His words, by field.
        items: Vec<PlanItem>,
        /// One tap to open the whole plan.
        link: PlanLink,
    },
    /// A few steps he can take this minute, when he has not written that plan yet.
    Steps {
        /// The heading, e.g. "Right now".
        title: String,
        /// The steps, in order.
        steps: Vec<String>,
        /// One tap to make the plan, when the pack has one for this situation.
        link: Option<PlanLink>,
    },
}

/// One field of his plan, as he wrote it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PlanItem {
    /// The field's label, e.g. "Where I'll go".
    pub label: String,
    /// What he wrote.
    pub text: String,
}

/// Whether discreet mode is on: neutral words wherever someone else might glance. Unreadable
/// settings count as on (the neutral words are the safe side).
pub(crate) fn discreet(conn: &Connection) -> Result<bool> {
    Ok(match crate::store::setting(conn, Setting::Reminders)? {
        Some(json) => crate::reminders::from_json(&json).map_or(true, |s| s.discreet),
        None => false,
    })
}

/// The pack's answer for `situation`: its own, or (for a situation the check never finds) the
/// self-harm one, so a match always shows help.
fn texts(pack: &Pack, situation: Situation) -> Option<&CrisisAnswerSituation> {
    let answers = &pack.safety.crisis_answer;
    answers
        .situation(situation.into())
        .or_else(|| answers.situation(HelpSituation::SelfHarm))
}

/// The answer for what the crisis check found, with his saved region, his plans and discreet
/// mode as stored, the app's own words in the pack's language. `None` only when the pack has no
/// answers at all (a damaged pack).
pub(crate) fn answer(
    conn: &Connection,
    pack: &Pack,
    found: &CrisisMatch,
    now: DateTime<FixedOffset>,
) -> Result<Option<CrisisAnswer>> {
    let Some(words) = texts(pack, found.situation) else {
        return Ok(None);
    };
    let region = crate::store::setting(conn, Setting::Region)?
        .and_then(|code| pack.helplines.iter().find(|r| r.code == code));
    let discreet = discreet(conn)?;
    let (title, message) = match (discreet, found.urgent) {
        (true, _) => (&words.discreet_title, &words.discreet_message),
        (false, true) => (&words.urgent_title, &words.urgent_message),
        (false, false) => (&words.title, &words.message),
    };
    let language = Language::of_pack(&pack.manifest.locale);
    let plan = plan_part(conn, pack, words, language)?;
    let parts = arrange(pack, words, region, found, plan, now, language);
    let labels = &pack.safety.crisis_answer;
    Ok(Some(CrisisAnswer {
        situation: found.situation,
        urgent: found.urgent,
        pattern: found.pattern.clone(),
        title: title.clone(),
        message: message.clone(),
        parts,
        more_help_label: labels.more_help_label.clone(),
        done_label: labels.done_label.clone(),
        help: crate::safety::help::button(
            pack,
            region.map(|r| r.code.as_str()),
            Some(found.situation),
        ),
    }))
}

/// The parts in the order the situation needs: the pack's `order`, or, when urgent, the
/// emergency number and the lines first (one part), then the rest.
fn arrange(
    pack: &Pack,
    words: &CrisisAnswerSituation,
    region: Option<&Region>,
    found: &CrisisMatch,
    plan: AnswerPart,
    now: DateTime<FixedOffset>,
    language: Language,
) -> Vec<AnswerPart> {
    let Some(region) = region else {
        // Not knowing where he is, every region's emergency number leads; help now asks.
        let lines = pack
            .helplines
            .iter()
            .filter_map(|r| emergency(pack, r, now, language).map(|c| in_region(c, r, language)))
            .collect();
        return vec![
            AnswerPart::Calls {
                title: pack.safety.crisis_answer.unknown_region_title.clone(),
                lines,
            },
            plan,
        ];
    };
    let emergency = emergency(pack, region, now, language);
    let lines = situation_lines(pack, region, found.situation, now, language);
    if found.urgent {
        return vec![
            AnswerPart::Calls {
                title: pack.safety.crisis_answer.urgent_calls_title.clone(),
                lines: emergency.into_iter().chain(lines).collect(),
            },
            plan,
        ];
    }
    let mut plan = Some(plan);
    let mut lines = Some(lines);
    let mut emergency = emergency;
    let mut parts = Vec::with_capacity(3);
    for part in &words.order {
        match part.as_str() {
            "plan" => parts.extend(plan.take()),
            "lines" => parts.extend(lines.take().filter(|l| !l.is_empty()).map(|lines| {
                AnswerPart::Calls {
                    title: words.lines_title.clone(),
                    lines,
                }
            })),
            _ => parts.extend(emergency.take().map(|card| AnswerPart::Calls {
                title: words.emergency_title.clone(),
                lines: vec![card],
            })),
        }
    }
    parts
}

/// The region's emergency number as a card.
fn emergency(
    pack: &Pack,
    region: &Region,
    now: DateTime<FixedOffset>,
    language: Language,
) -> Option<HelpLineCard> {
    let origins = Origins::of(pack);
    region
        .lines
        .iter()
        .find(|l| l.kinds.contains(&HelplineKind::Emergency))
        .map(|l| card(l, &region.code, now, &origins, language))
}

/// A card named with its region, for the list of every region's emergency number.
fn in_region(mut card: HelpLineCard, region: &Region, language: Language) -> HelpLineCard {
    card.name = region.name.clone();
    card.spoken = format!(
        "{}.\n{}",
        crate::speech::say(&card.name, None, language),
        card.spoken
    );
    card
}

/// The region's lines that fit the situation, nationwide first, at most [`ANSWER_LINES`].
fn situation_lines(
    pack: &Pack,
    region: &Region,
    situation: Situation,
    now: DateTime<FixedOffset>,
    language: Language,
) -> Vec<HelpLineCard> {
    let kinds = pack
        .safety
        .situations
        .iter()
        .find(|s| Situation::from(s.id) == situation)
        .map(|s| s.kinds.clone())
        .unwrap_or_else(|| vec![HelplineKind::Crisis]);
    let origins = Origins::of(pack);
    ordered_lines(region, &kinds, &origins, language)
        .into_iter()
        .filter(|l| l.kinds.iter().any(|k| kinds.contains(k)))
        .take(ANSWER_LINES)
        .map(|l| card(l, &region.code, now, &origins, language))
        .collect()
}

/// His own plan's named fields when he has filled any in, else the built-in steps (with a link
/// to make the plan, when the pack defines it).
fn plan_part(
    conn: &Connection,
    pack: &Pack,
    words: &CrisisAnswerSituation,
    language: Language,
) -> Result<AnswerPart> {
    let document = match &words.plan {
        Some(id) => match documents::get(conn, pack, id) {
            Ok(document) => Some(document),
            // A plan the pack in use does not define: the steps stand in.
            Err(Error::NotFound { .. }) => None,
            Err(e) => return Err(e),
        },
        None => None,
    };
    let items = document
        .as_ref()
        .map(|d| his_words(d, &words.plan_fields))
        .unwrap_or_default();
    Ok(match (document, words.plan_title.as_ref()) {
        (Some(document), Some(title)) if !items.is_empty() => AnswerPart::Plan {
            title: title.clone(),
            items,
            link: plan_link(&document, language),
        },
        (document, _) => AnswerPart::Steps {
            title: words.steps_title.clone(),
            steps: words.steps.clone(),
            link: document.as_ref().map(|d| plan_link(d, language)),
        },
    })
}

/// One tap to his plan, in `language`: "Open my pause plan" once he has written in it, "Make
/// my pause plan" before.
fn plan_link(document: &LivingDocument, language: Language) -> PlanLink {
    let id = if document.started {
        "safety-open-plan"
    } else {
        "safety-make-plan"
    };
    PlanLink {
        document_id: document.id.clone(),
        label: language.say_with(id, &[("plan", lowercase_first(&document.title).into())]),
    }
}

/// "My pause plan" → "my pause plan", for "Open my pause plan".
fn lowercase_first(title: &str) -> String {
    let mut chars = title.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The fields named, in that order, that he has written something in.
fn his_words(document: &LivingDocument, fields: &[String]) -> Vec<PlanItem> {
    fields
        .iter()
        .filter_map(|id| document.fields.iter().find(|f| f.id == *id))
        .filter(|f| !f.value.trim().is_empty())
        .map(|f| PlanItem {
            label: f.label.clone(),
            text: f.value.trim().to_owned(),
        })
        .collect()
}

// ----- The question the next time he opens the app -----

/// His answer to "How are you now?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FollowUpAnswer {
    /// Better.
    Better,
    /// About the same.
    Same,
    /// Worse: the same help again.
    Worse,
    /// He would rather not say.
    RatherNotSay,
}

impl FollowUpAnswer {
    fn as_str(self) -> &'static str {
        match self {
            Self::Better => "better",
            Self::Same => "same",
            Self::Worse => "worse",
            Self::RatherNotSay => "rather-not-say",
        }
    }
}

/// One answer button.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct FollowUpChoice {
    /// What it sends back.
    pub answer: FollowUpAnswer,
    /// Its words.
    pub label: String,
}

/// The quiet card on home: "Last time you wrote something heavy. How are you now?"
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct FollowUpCard {
    /// The heading (neutral in discreet mode).
    pub title: String,
    /// The question.
    pub question: String,
    /// The answers: better, about the same, worse, rather not say.
    pub choices: Vec<FollowUpChoice>,
    /// The button that stops these questions.
    pub turn_off_label: String,
}

/// Where an answer leads.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct FollowUpOutcome {
    /// A line to show (after "worse", above the help shown again).
    pub message: String,
    /// After "worse": the same help as when he wrote it.
    pub answer: Option<CrisisAnswer>,
    /// After "better" or "about the same": one tap to his plan.
    pub plan_link: Option<PlanLink>,
}

/// The newest match he has not answered, if the question is due: written at least
/// [`FOLLOW_UP_AFTER_HOURS`] ago or before `opened_at` (the app was opened since), and at most
/// [`FOLLOW_UP_WITHIN_HOURS`] ago.
fn due(
    conn: &Connection,
    now: DateTime<Utc>,
    opened_at: DateTime<Utc>,
) -> Result<Option<(i64, Situation, bool)>> {
    let ms = |hours: i64| hours * 3_600_000;
    let now_ms = now.timestamp_millis();
    let due_from = (now_ms - ms(FOLLOW_UP_AFTER_HOURS)).max(opened_at.timestamp_millis() - 1);
    let found = conn
        .query_row(
            "SELECT id, situation, urgent FROM crisis_follow_ups
             WHERE answer IS NULL AND found_at >= ?1 AND found_at <= ?2
             ORDER BY found_at DESC, id DESC LIMIT 1",
            params![now_ms - ms(FOLLOW_UP_WITHIN_HOURS), due_from],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, bool>(2)?,
                ))
            },
        )
        .optional()?;
    found
        .map(|(id, situation, urgent)| {
            situation_from_str(&situation)
                .map(|s| (id, s, urgent))
                .ok_or(Error::Internal("a stored situation is unknown"))
        })
        .transpose()
}

fn situation_from_str(s: &str) -> Option<Situation> {
    HelpSituation::ALL
        .into_iter()
        .find(|h| h.as_str() == s)
        .map(Situation::from)
}

/// Whether he wants the question (on unless he turned it off).
pub(crate) fn follow_up_on(conn: &Connection) -> Result<bool> {
    Ok(crate::store::setting(conn, Setting::CrisisFollowUp)?.as_deref() != Some("off"))
}

/// Turns the question on or off; off also closes any question waiting.
pub(crate) fn set_follow_up(tx: &Transaction<'_>, on: bool, now: DateTime<Utc>) -> Result<()> {
    crate::store::put_setting(tx, Setting::CrisisFollowUp, if on { "on" } else { "off" })?;
    if !on {
        close_open(tx, "turned-off", now)?;
    }
    Ok(())
}

/// Keeps what the check found (never the words), to ask about it later, when he wants that.
pub(crate) fn remember(
    tx: &Transaction<'_>,
    found: &CrisisMatch,
    now: DateTime<Utc>,
) -> Result<()> {
    if !follow_up_on(tx)? {
        return Ok(());
    }
    tx.execute(
        "INSERT INTO crisis_follow_ups (found_at, situation, urgent) VALUES (?1, ?2, ?3)",
        params![
            now.timestamp_millis(),
            HelpSituation::from(found.situation).as_str(),
            found.urgent
        ],
    )?;
    Ok(())
}

/// Closes every question waiting, with `answer`.
fn close_open(tx: &Transaction<'_>, answer: &str, now: DateTime<Utc>) -> Result<()> {
    tx.execute(
        "UPDATE crisis_follow_ups SET answer = ?1, answered_at = ?2 WHERE answer IS NULL",
        params![answer, now.timestamp_millis()],
    )?;
    Ok(())
}

/// The card for home, when a question is due and he has not turned it off.
pub(crate) fn card_for_home(
    conn: &Connection,
    pack: &Pack,
    now: DateTime<Utc>,
    opened_at: DateTime<Utc>,
) -> Result<Option<FollowUpCard>> {
    if !follow_up_on(conn)? || due(conn, now, opened_at)?.is_none() {
        return Ok(None);
    }
    let words = &pack.safety.crisis_answer.follow_up;
    let choice = |answer, label: &String| FollowUpChoice {
        answer,
        label: label.clone(),
    };
    Ok(Some(FollowUpCard {
        title: if discreet(conn)? {
            words.discreet_title.clone()
        } else {
            words.title.clone()
        },
        question: words.question.clone(),
        choices: vec![
            choice(FollowUpAnswer::Better, &words.better_label),
            choice(FollowUpAnswer::Same, &words.same_label),
            choice(FollowUpAnswer::Worse, &words.worse_label),
            choice(FollowUpAnswer::RatherNotSay, &words.rather_not_say_label),
        ],
        turn_off_label: words.turn_off_label.clone(),
    }))
}

/// Records his answer to the question that is due and says where it leads. `NotFound` when no
/// question is waiting (answered already, or turned off).
pub(crate) fn answer_follow_up(
    tx: &Transaction<'_>,
    pack: &Pack,
    answer: FollowUpAnswer,
    now: DateTime<FixedOffset>,
    opened_at: DateTime<Utc>,
) -> Result<FollowUpOutcome> {
    let utc = now.with_timezone(&Utc);
    let (_, situation, urgent) = due(tx, utc, opened_at)?.ok_or(Error::NotFound {
        what: "question about how you are",
    })?;
    close_open(tx, answer.as_str(), utc)?;
    let words = &pack.safety.crisis_answer.follow_up;
    let plan_link = || -> Result<Option<PlanLink>> {
        let id = texts(pack, situation).and_then(|t| t.plan.clone());
        Ok(match id {
            Some(id) => match documents::get(tx, pack, &id) {
                Ok(d) => Some(plan_link(&d, Language::of_pack(&pack.manifest.locale))),
                Err(Error::NotFound { .. }) => None,
                Err(e) => return Err(e),
            },
            None => None,
        })
    };
    Ok(match answer {
        FollowUpAnswer::Better => FollowUpOutcome {
            message: words.after_better.clone(),
            answer: None,
            plan_link: plan_link()?,
        },
        FollowUpAnswer::Same => FollowUpOutcome {
            message: words.after_same.clone(),
            answer: None,
            plan_link: plan_link()?,
        },
        FollowUpAnswer::Worse => FollowUpOutcome {
            message: words.after_worse.clone(),
            answer: self::answer(
                tx,
                pack,
                &CrisisMatch {
                    situation,
                    pattern: "follow-up".to_owned(),
                    urgent,
                },
                now,
            )?,
            plan_link: None,
        },
        FollowUpAnswer::RatherNotSay => FollowUpOutcome {
            message: words.after_rather_not_say.clone(),
            answer: None,
            plan_link: None,
        },
    })
}

/// What turning the question off says.
pub(crate) fn turned_off_message(pack: &Pack) -> String {
    pack.safety.crisis_answer.follow_up.after_turn_off.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(started: bool) -> LivingDocument {
        LivingDocument {
            id: documents::PAUSE_PLAN.to_owned(),
            title: "Mon plan de pause".to_owned(),
            fields: Vec::new(),
            started,
            updated_at: None,
            spoken: String::new(),
            cues: Vec::new(),
        }
    }

    #[test]
    fn the_link_to_his_plan_is_in_french_with_the_french_pack() {
        let french = Language::of_pack("fr-CA");
        assert_eq!(
            plan_link(&plan(true), french).label,
            "Ouvrir mon plan de pause"
        );
        assert_eq!(
            plan_link(&plan(false), french).label,
            "Faire mon plan de pause"
        );
        let english = LivingDocument {
            title: "My pause plan".to_owned(),
            ..plan(true)
        };
        assert_eq!(
            plan_link(&english, Language::ENGLISH).label,
            "Open my pause plan"
        );
    }
}
