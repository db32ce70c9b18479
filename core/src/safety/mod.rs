//! Safety: help now from anywhere (built from the pack alone, so it works before the app is
//! unlocked), with whether each line is open now (`hours`), the safety plan, the two optional
//! questions after a hard check-in, the private crisis check (the pack's word classes, patterns
//! and model, matched by `groundwork_pack::crisis`), and the pause plan with its safeguards.

pub(crate) mod answer;
pub(crate) mod discreet;
pub mod help;
pub(crate) mod hours;
pub(crate) mod people;
pub(crate) mod remembered;

pub use people::{PeerGroupCard, PeerGroupType, PeerGroupsCard, PeerGroupsHomeCard};

use std::sync::{Arc, Mutex};

use chrono::{DateTime, FixedOffset, Utc};
use groundwork_pack::crisis::Matcher;
use groundwork_pack::{CrisisCheck, HelpSituation, Helpline, HelplineKind, Pack, Region};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use uuid::Uuid;

use crate::base::error::{Error, Reason, Result};
use crate::base::region::RegionCode;
use crate::base::text::Language;
use crate::checkins::CheckIn;
use crate::documents::{self, LivingDocument};
use crate::store::{Setting, Store};

/// A situation the person can pick on the help now screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Situation {
    /// "I'm thinking about hurting myself".
    SelfHarm,
    /// "I'm worried I might hurt someone".
    HurtSomeone,
    /// "Someone is hurting me".
    BeingHurt,
    /// "I need to talk to someone".
    Talk,
    /// "I'm a new dad and struggling".
    NewDad,
    /// "We lost our baby".
    BabyLoss,
}

impl From<HelpSituation> for Situation {
    fn from(s: HelpSituation) -> Self {
        match s {
            HelpSituation::SelfHarm => Situation::SelfHarm,
            HelpSituation::HurtSomeone => Situation::HurtSomeone,
            HelpSituation::BeingHurt => Situation::BeingHurt,
            HelpSituation::Talk => Situation::Talk,
            HelpSituation::NewDad => Situation::NewDad,
            HelpSituation::BabyLoss => Situation::BabyLoss,
        }
    }
}

impl From<Situation> for HelpSituation {
    fn from(s: Situation) -> Self {
        match s {
            Situation::SelfHarm => HelpSituation::SelfHarm,
            Situation::HurtSomeone => HelpSituation::HurtSomeone,
            Situation::BeingHurt => HelpSituation::BeingHurt,
            Situation::Talk => HelpSituation::Talk,
            Situation::NewDad => HelpSituation::NewDad,
            Situation::BabyLoss => HelpSituation::BabyLoss,
        }
    }
}

/// Where the region shown came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionSource {
    /// He picked it.
    Chosen,
    /// A guess from the device's language and region settings; he can change it.
    DeviceLocale,
    /// Unknown: the screen asks, listing every region's emergency number meanwhile.
    Unknown,
}

/// A region help is available for.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct RegionOption {
    /// ISO code, e.g. "AU".
    pub code: RegionCode,
    /// Its name, e.g. "Australia".
    pub name: String,
    /// Its emergency number, e.g. "000".
    pub emergency_number: Option<String>,
}

/// How to reach a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    /// A phone call.
    Call,
    /// A text message.
    Text,
    /// A web page.
    Web,
}

/// One way to reach a line: a button.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct ContactAction {
    /// Call, text or web.
    pub kind: ContactKind,
    /// The button's words, e.g. "Call 13 11 14".
    pub label: String,
    /// What to dial or text (digits and +), or the web address.
    pub target: String,
    /// For a text, the words to send (e.g. "HOME"), if the line asks for a keyword.
    pub body: Option<String>,
    /// A ready URI: `tel:`, `sms:` (RFC 5724, with `?body=`), or `https:`.
    pub uri: String,
}

/// A help line, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct HelpLineCard {
    /// Stable id from the pack.
    pub id: String,
    /// The service's name.
    pub name: String,
    /// Who it is for.
    pub for_whom: String,
    /// Whether it is open, in his own time: "Open 24 hours", "Open now until 10 pm", "Closed
    /// now, opens Monday 9 am", or "See the website for hours" when the hours are not known.
    pub hours: String,
    /// Open now (`true`), closed now (`false`), or not known (`None`): for styling `hours`.
    pub open_now: Option<bool>,
    /// Call, text and web buttons, in that order.
    pub actions: Vec<ContactAction>,
    /// Where the line came from, said under it: "Built into Groundwork", or "Added by <pack>,
    /// installed on this phone" for a local service an installed pack adds.
    pub origin: String,
    /// Whether the line is built into the app (a pack's local services are not, and come after
    /// the built-in lines that fit as well).
    pub built_in: bool,
    /// The line read aloud: its name, who it is for, its numbers said as people in the region
    /// say them ("thirteen eleven fourteen", "nine eight eight"), and its hours now.
    pub spoken: String,
    /// The languages it answers in, when its own page says: "Answers in English and French."
    /// `None` when no page says.
    pub languages: Option<String>,
}

/// A situation button.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct SituationOption {
    /// The situation.
    pub situation: Situation,
    /// Its words, e.g. "I'm worried I might hurt someone".
    pub title: String,
    /// Whether it is the one picked.
    pub selected: bool,
}

/// The pause plan, one tap from help now, with its safeguards every time.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PausePlanCard {
    /// The heading.
    pub title: String,
    /// The safeguards, always shown.
    pub safeguards: Vec<String>,
    /// His plan, once he has written one (only when the app is unlocked).
    pub plan: Option<LivingDocument>,
}

/// What he can do this minute, shown before the lines (for "I'm worried I might hurt someone").
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct FirstStepsCard {
    /// The heading, e.g. "Right now".
    pub title: String,
    /// The steps, in order, one short sentence or two each.
    pub steps: Vec<String>,
}

/// The help now screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct HelpNowScreen {
    /// The heading.
    pub title: String,
    /// The region shown, if known.
    pub region: Option<RegionOption>,
    /// Where that region came from.
    pub region_source: RegionSource,
    /// When the region is unknown, the question to ask.
    pub region_prompt: Option<String>,
    /// Every region, to switch.
    pub regions: Vec<RegionOption>,
    /// The emergency number, first and always (when the region is known).
    pub emergency: Option<HelpLineCard>,
    /// The situations to pick from.
    pub situations: Vec<SituationOption>,
    /// The picked situation, if any.
    pub situation: Option<Situation>,
    /// A calm sentence for the picked situation.
    pub situation_intro: Option<String>,
    /// What he can do this minute, before the lines, when the picked situation has first steps.
    pub first_steps: Option<FirstStepsCard>,
    /// The region's lines, those that fit the situation first, each with its hours now.
    pub lines: Vec<HelpLineCard>,
    /// For "I need to talk to someone": where men meet in his region (Men's Sheds, dads'
    /// groups, men's groups), after the lines; `None` for other situations or a region with
    /// none.
    pub peer_groups: Option<PeerGroupsCard>,
    /// His safety plan, once he has started it (only when the app is unlocked).
    pub safety_plan: Option<LivingDocument>,
    /// The pause plan and its safeguards.
    pub pause_plan: PausePlanCard,
    /// Whether the pause plan comes straight after the lines, before his safety plan (for "I'm
    /// worried I might hurt someone": first steps, lines, pause plan). `plan_links` are in the
    /// same order.
    pub pause_plan_first: bool,
    /// One tap to write or edit his safety plan and pause plan (only when the app is unlocked:
    /// they live in the encrypted database).
    pub plan_links: Vec<PlanLink>,
    /// The help now button, in the same place as on every screen: here it carries the emergency
    /// number of the region shown, and opens at the situation picked.
    pub help: crate::safety::help::HelpButton,
    /// When the lines' names and what they are for are hidden (discreet mode, on the lock
    /// screen): the words of the button that shows them. `None` when nothing is hidden.
    pub show_details: Option<String>,
    /// The screen read aloud: the emergency number, the situation's calm line and first steps,
    /// then each line (`HelpLineCard::spoken`), numbers said as people in the region say them.
    pub spoken: String,
}

/// A button from help now to one of his plans.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PlanLink {
    /// The living document it opens, e.g. "pause-plan".
    pub document_id: String,
    /// The button's words: "Make your safety plan", or "Edit your pause plan" once it exists.
    pub label: String,
}

/// The two optional questions after a check-in that shows high distress.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct SafetyQuestions {
    /// The check-in they follow.
    pub check_in_id: Uuid,
    /// A line before the questions.
    pub intro: String,
    /// "Are you having thoughts of hurting yourself?"
    pub self_harm: String,
    /// "Are you worried you might hurt someone?"
    pub hurt_someone: String,
    /// The yes button.
    pub yes_label: String,
    /// The no button.
    pub no_label: String,
    /// The skip button.
    pub skip_label: String,
    /// The help now button, in the same place as on every screen.
    pub help: crate::safety::help::HelpButton,
}

/// What comes after saving a check-in.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct CheckInOutcome {
    /// The saved check-in.
    pub check_in: CheckIn,
    /// The line to show once it is saved, led by his words: "Saved. Stressed, tired and flat:
    /// that's a heavy mix to carry." (`checkins::saved_sentence`).
    pub saved_message: String,
    /// The two optional questions, when the check-in shows high distress and the note did not
    /// already bring an answer (which covers what they would ask).
    pub safety_questions: Option<SafetyQuestions>,
    /// The answer that fits, when the crisis check finds something in the note.
    pub crisis_answer: Option<answer::CrisisAnswer>,
}

/// What comes after answering the safety questions.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct SafetyFollowUp {
    /// Help now at the matching situation, after a yes.
    pub help_now: Option<HelpNowScreen>,
    /// A line to show after a no ("Thanks for answering."); none after a skip.
    pub message: Option<String>,
}

/// The quiet card on the home screen the day after a yes.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct SafetyCard {
    /// The heading.
    pub title: String,
    /// One sentence.
    pub message: String,
    /// The button that opens help now.
    pub action_label: String,
    /// The situation to open help now at.
    pub situation: Situation,
}

/// A check-in shows high distress when it is very unpleasant, or anger or stress is near the top.
pub(crate) fn shows_high_distress(check_in: &CheckIn) -> bool {
    check_in.pleasantness <= -4
        || check_in.anger.is_some_and(|a| a >= 8)
        || check_in.stress.is_some_and(|s| s >= 8)
}

/// Guesses a pack region from a device locale such as "en_AU", "en-GB" or "en-NZ-u-ca-gregory".
pub(crate) fn region_from_locale<'a>(pack: &'a Pack, locale: &str) -> Option<&'a Region> {
    // Language, then optional script (4 letters), then region (2 letters); a one-letter
    // subtag starts extensions ("en-u-ca-gregory"), which never name a region. POSIX forms
    // ("en_AU.UTF-8@euro") end at '.' or '@'.
    let base = locale.split(['.', '@']).next().unwrap_or_default();
    let code = base
        .split(['_', '-'])
        .skip(1)
        .take_while(|part| part.len() > 1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))?
        .to_ascii_uppercase();
    let code = if code == "UK" { "GB".to_owned() } else { code };
    pack.helplines.iter().find(|r| r.code == code)
}

/// The region as a choice on screen; `None` for a code not of the form, which the pack's rules
/// never let through.
pub(crate) fn region_option(region: &Region) -> Option<RegionOption> {
    Some(RegionOption {
        code: RegionCode::from_kept(&region.code)?,
        name: region.name.clone(),
        emergency_number: region
            .lines
            .iter()
            .find(|l| l.kinds.contains(&HelplineKind::Emergency))
            .and_then(|l| l.phone.clone()),
    })
}

fn digits(number: &str) -> String {
    number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

/// Where help now's lines come from: the built-in pack's lines, or a local service the pack in
/// use adds (`content::trust`).
struct Origins<'a> {
    built_in: Option<&'a Pack>,
    pack_title: &'a str,
}

impl<'a> Origins<'a> {
    fn of(pack: &'a Pack) -> Self {
        Origins {
            built_in: crate::content::default_pack().ok(),
            pack_title: &pack.manifest.title,
        }
    }

    fn built_in(&self, line: &Helpline) -> bool {
        self.built_in
            .is_none_or(|b| crate::content::trust::is_built_in(b, &line.id))
    }

    /// Where `line` came from, said under it in `language`.
    fn label(&self, line: &Helpline, language: Language) -> String {
        if self.built_in(line) {
            language.say("safety-origin-built-in")
        } else {
            language.say_with("safety-origin-added", &[("pack", self.pack_title.into())])
        }
    }
}

/// A help line read aloud in `language`: name, who it is for, how to reach it with its numbers
/// said the region's way, and its hours.
fn line_spoken(line: &Helpline, hours: &str, region: &str, language: Language) -> String {
    use crate::speech::{join, numbers::phone, say};
    let region = Some(region);
    let mut parts = vec![
        say(&line.name, region, language),
        say(&line.for_whom, region, language),
    ];
    if let Some(number) = &line.phone {
        parts.push(language.say_with(
            "safety-spoken-call",
            &[("number", phone(number, region, language).into())],
        ));
    }
    if let Some(sms) = &line.sms {
        let or = line.phone.is_some();
        let number = ("number", phone(sms, region, language).into());
        parts.push(match &line.sms_body {
            Some(word) => language.say_with(
                if or {
                    "safety-spoken-or-text-word"
                } else {
                    "safety-spoken-text-word"
                },
                &[("word", word.as_str().into()), number],
            ),
            None => language.say_with(
                if or {
                    "safety-spoken-or-text"
                } else {
                    "safety-spoken-text"
                },
                &[number],
            ),
        });
    }
    if line.phone.is_none() && line.sms.is_none() && line.web.is_some() {
        parts.push(language.say("safety-spoken-website"));
    }
    parts.push(say(hours, region, language));
    join(parts)
}

/// `line` as a card in `language`, with its hours at `now` (his local time).
fn card(
    line: &Helpline,
    region: &str,
    now: DateTime<FixedOffset>,
    origins: &Origins<'_>,
    language: Language,
) -> HelpLineCard {
    let mut actions: Vec<ContactAction> = line
        .phone
        .as_deref()
        .map(|phone| call_action(phone, language))
        .into_iter()
        .collect();
    if let Some(sms) = &line.sms {
        let body = line.sms_body.clone();
        let label = match &body {
            Some(word) => language.say_with(
                "safety-text-word",
                &[
                    ("word", word.as_str().into()),
                    ("number", sms.as_str().into()),
                ],
            ),
            None => language.say_with("safety-text", &[("number", sms.as_str().into())]),
        };
        let uri = match &body {
            Some(word) => format!("sms:{}?body={}", digits(sms), percent_encode(word)),
            None => format!("sms:{}", digits(sms)),
        };
        actions.push(ContactAction {
            kind: ContactKind::Text,
            label,
            target: digits(sms),
            body,
            uri,
        });
    }
    actions.extend(
        line.web
            .as_deref()
            .map(|web| web_action(web, &language.say("safety-website"))),
    );
    let hours = hours::status(line, now, language);
    HelpLineCard {
        spoken: line_spoken(line, &hours.text, region, language),
        id: line.id.clone(),
        name: line.name.clone(),
        for_whom: line.for_whom.clone(),
        hours: hours.text,
        open_now: hours.open_now,
        actions,
        origin: origins.label(line, language),
        built_in: origins.built_in(line),
        languages: answers_in_words(line, language),
    }
}

/// "Answers in English and French.": the languages `line` answers in, named in `language`;
/// `None` when its pages name none.
fn answers_in_words(line: &Helpline, language: Language) -> Option<String> {
    if line.languages.is_empty() {
        return None;
    }
    let names: Vec<String> = line
        .languages
        .iter()
        .map(|code| {
            let id = format!("safety-language-{code}");
            let name = language.say(&id);
            // A language the catalogs have no name for is given by its code.
            if name == id { code.clone() } else { name }
        })
        .collect();
    Some(language.say_with(
        "safety-answers-in",
        &[("languages", language.list(&names).into())],
    ))
}

/// Whether `line` answers in `language`: a line whose pages name no language is taken to.
fn answers_in(line: &Helpline, language: Language) -> bool {
    let code = language.tag().split('-').next().unwrap_or_default();
    line.languages.is_empty() || line.languages.iter().any(|l| l == code)
}

/// The button that calls `phone`, its words in `language`.
fn call_action(phone: &str, language: Language) -> ContactAction {
    ContactAction {
        kind: ContactKind::Call,
        label: call_label(phone, language),
        target: digits(phone),
        body: None,
        uri: format!("tel:{}", digits(phone)),
    }
}

/// The words for calling `phone`: "Call 000".
pub(crate) fn call_label(phone: &str, language: Language) -> String {
    language.say_with("safety-call", &[("number", phone.into())])
}

/// The button that opens `web`, with the words `label`.
fn web_action(web: &str, label: &str) -> ContactAction {
    ContactAction {
        kind: ContactKind::Web,
        label: label.to_owned(),
        target: web.to_owned(),
        body: None,
        uri: web.to_owned(),
    }
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Where help now gets its region.
pub(crate) struct RegionChoice<'a> {
    pub chosen: Option<&'a str>,
    pub device_locale: Option<&'a str>,
}

/// Builds help now from the pack alone.
///
/// `situations` are what he picked or answered yes to, most pressing first: the screen opens at
/// the first, and the lines for each come before the rest, taken in turn (after a yes to both
/// safety questions: a crisis line, then a line for men worried about hurting someone, ...).
/// `now` is his local time, with his UTC offset: each line says whether it is open then, in his
/// time. The app's own words (headings, buttons, hours) are in `language`; the lines and
/// situations are the pack's.
pub(crate) fn help_now(
    pack: &Pack,
    region: RegionChoice<'_>,
    situations: &[Situation],
    now: DateTime<FixedOffset>,
    language: Language,
) -> Result<HelpNowScreen> {
    let situation = situations.first().copied();
    let (region, source) = match region.chosen {
        Some(code) => {
            let code = code.trim().to_ascii_uppercase();
            let found = pack
                .helplines
                .iter()
                .find(|r| r.code == code)
                .ok_or_else(not_listed)?;
            (Some(found), RegionSource::Chosen)
        }
        None => match region
            .device_locale
            .and_then(|l| region_from_locale(pack, l))
        {
            Some(found) => (Some(found), RegionSource::DeviceLocale),
            None => (None, RegionSource::Unknown),
        },
    };
    let safety = &pack.safety;
    let picked = situation.and_then(|s| {
        safety
            .situations
            .iter()
            .find(|x| Situation::from(x.id) == s)
    });
    let kinds_of = |wanted: Situation| -> Vec<HelplineKind> {
        safety
            .situations
            .iter()
            .find(|x| Situation::from(x.id) == wanted)
            .map(|x| x.kinds.clone())
            .unwrap_or_default()
    };
    let priorities: Vec<Vec<HelplineKind>> = match picked {
        Some(_) => situations.iter().map(|s| kinds_of(*s)).collect(),
        None => vec![vec![HelplineKind::Crisis, HelplineKind::Men]],
    };
    let origins = Origins::of(pack);
    let (emergency, lines) = match region {
        Some(r) => {
            let emergency = r
                .lines
                .iter()
                .find(|l| l.kinds.contains(&HelplineKind::Emergency))
                .map(|l| card(l, &r.code, now, &origins, language));
            let orders: Vec<Vec<&Helpline>> = priorities
                .iter()
                .map(|priority| ordered_lines(r, priority, &origins, language))
                .collect();
            (
                emergency,
                interleave(&orders)
                    .into_iter()
                    .map(|l| card(l, &r.code, now, &origins, language))
                    .collect(),
            )
        }
        None => (None, Vec::new()),
    };
    let mut screen = HelpNowScreen {
        show_details: None,
        spoken: String::new(),
        title: language.say("safety-help-now-title"),
        region: region.and_then(region_option),
        region_source: source,
        region_prompt: region
            .is_none()
            .then(|| language.say("safety-region-prompt")),
        regions: pack.helplines.iter().filter_map(region_option).collect(),
        emergency,
        situations: safety
            .situations
            .iter()
            .map(|s| SituationOption {
                situation: s.id.into(),
                title: s.title.clone(),
                selected: Some(Situation::from(s.id)) == situation,
            })
            .collect(),
        situation: picked.map(|s| s.id.into()),
        situation_intro: picked.map(|s| s.intro.clone()),
        first_steps: picked
            .filter(|s| !s.first_steps.is_empty())
            .map(|s| FirstStepsCard {
                title: language.say("safety-first-steps-title"),
                steps: s.first_steps.clone(),
            }),
        lines,
        peer_groups: region
            .filter(|_| situation == Some(Situation::Talk))
            .and_then(|r| people::card_in(pack, &r.code, language)),
        safety_plan: None,
        pause_plan: PausePlanCard {
            title: language.say("safety-pause-plan-title"),
            safeguards: safety.pause_safeguards.clone(),
            plan: None,
        },
        pause_plan_first: situation == Some(Situation::HurtSomeone),
        plan_links: Vec::new(),
        help: crate::safety::help::button_in(
            pack,
            region.map(|r| r.code.as_str()),
            picked.map(|s| s.id.into()),
            language,
        ),
    };
    screen.spoken = help_now_spoken(&screen, language);
    Ok(screen)
}

/// Help now read aloud for a voice in `language`, in the order it is shown.
pub(crate) fn help_now_spoken(screen: &HelpNowScreen, language: Language) -> String {
    use crate::speech::{join, say};
    let region = screen.region.as_ref().map(|r| r.code.as_str());
    let say = |text: &str| say(text, region, language);
    let mut parts = vec![say(&screen.title)];
    parts.extend(screen.region_prompt.as_deref().map(say));
    parts.extend(screen.emergency.as_ref().map(|e| e.spoken.clone()));
    parts.extend(screen.situation_intro.as_deref().map(say));
    if let Some(steps) = &screen.first_steps {
        parts.push(say(&steps.title));
        parts.extend(steps.steps.iter().map(|s| say(s)));
    }
    parts.extend(screen.lines.iter().map(|l| l.spoken.clone()));
    join(parts)
}

/// Where a line stands in help now: its group (fits the whole region, fits one area, the rest),
/// whether an installed pack added it, whether it is not yet confirmed, how well its kind fits,
/// whether it does not answer in his language, and its place in the pack.
type LineRank = (u8, bool, bool, usize, bool, usize);

/// A region's lines other than the emergency number: the lines that fit the situation (of a
/// kind in `priority`) for the whole region, those of the first kind first, then the next kind,
/// and so on; then the fitting lines for part of the region (one province, say), by kind too;
/// then the rest. Within each, the built-in lines come before the local services an installed
/// pack adds, lines confirmed on the service's own page before those not yet confirmed
/// (`unconfirmed`), then by how well their kind fits; among lines that fit as well, those that
/// answer in his `language` come first (a line whose pages name no language is taken to); then
/// the pack's order.
fn ordered_lines<'a>(
    region: &'a Region,
    priority: &[HelplineKind],
    origins: &Origins<'_>,
    language: Language,
) -> Vec<&'a Helpline> {
    let mut others: Vec<(LineRank, &Helpline)> = region
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.kinds.contains(&HelplineKind::Emergency))
        .map(|(i, l)| {
            let rank = priority.iter().position(|k| l.kinds.contains(k));
            let group = match (rank, &l.area) {
                (Some(_), None) => 0,
                (Some(_), Some(_)) => 1,
                (None, _) => 2,
            };
            let added = !origins.built_in(l);
            (
                (
                    group,
                    added,
                    l.unconfirmed,
                    rank.unwrap_or(priority.len()),
                    !answers_in(l, language),
                    i,
                ),
                l,
            )
        })
        .collect();
    others.sort_by_key(|(key, _)| *key);
    others.into_iter().map(|(_, l)| l).collect()
}

/// The lists' lines taken in turn, each line once: [a1, b1, a2, b2, ...].
fn interleave<'a>(orders: &[Vec<&'a Helpline>]) -> Vec<&'a Helpline> {
    let longest = orders.iter().map(Vec::len).max().unwrap_or(0);
    let mut out: Vec<&Helpline> = Vec::new();
    for i in 0..longest {
        for line in orders.iter().filter_map(|o| o.get(i)) {
            if !out.iter().any(|seen| std::ptr::eq(*seen, *line)) {
                out.push(line);
            }
        }
    }
    out
}

/// Help now from any pack (for example a newer imported one), with no database, at `now` (his
/// local time, with his UTC offset), the app's own words in `language`.
pub fn help_now_with_pack(
    pack: &Pack,
    region: Option<&str>,
    device_locale: Option<&str>,
    situation: Option<Situation>,
    now: DateTime<FixedOffset>,
    language: Language,
) -> Result<HelpNowScreen> {
    help_now(
        pack,
        RegionChoice {
            chosen: region,
            device_locale,
        },
        situation.as_slice(),
        now,
        language,
    )
}

/// Remembers his region (e.g. "au" or "AU") for help now. `InvalidInput` for a region with no
/// lines in `pack`.
pub(crate) fn set_region(tx: &Transaction<'_>, pack: &Pack, code: &str) -> Result<()> {
    let code = checked_region(pack, code)?;
    crate::store::put_setting(tx, Setting::Region, &code)
}

/// A region code as saved (trimmed, upper case), if `pack` has lines for it.
pub(crate) fn checked_region(pack: &Pack, code: &str) -> Result<String> {
    let code = code.trim().to_ascii_uppercase();
    if pack.helplines.iter().any(|r| r.code == code) {
        Ok(code)
    } else {
        Err(not_listed())
    }
}

/// A region code with no help lines: "choose one of the regions listed".
pub(crate) fn not_listed() -> Error {
    Error::invalid("region", Reason::new("safety-region-not-listed"))
}

/// His chosen region, if he picked one.
pub(crate) fn saved_region(conn: &Connection) -> Result<Option<String>> {
    crate::store::setting(conn, Setting::Region)
}

/// Records the answers to the safety questions (`None` = skipped) and says what follows: a yes
/// brings help now at the matching lines with his plans (his saved region, or a guess from
/// `device_locale`); a no is thanked, with no help shown. The words are in the pack's language.
pub(crate) fn answer_questions(
    store: &Store,
    pack: &Pack,
    check_in_id: Uuid,
    self_harm: Option<bool>,
    hurt_someone: Option<bool>,
    device_locale: Option<&str>,
    now: DateTime<FixedOffset>,
) -> Result<SafetyFollowUp> {
    let answered = self_harm.is_some() || hurt_someone.is_some();
    // The answers are kept with the day he lived them (`record_answers` stamps it).
    let situations =
        store.write(|tx| record_answers(tx, check_in_id, self_harm, hurt_someone, now))?;
    if situations.is_empty() {
        return Ok(SafetyFollowUp {
            help_now: None,
            message: answered
                .then(|| Language::of_pack(&pack.manifest.locale).say("safety-questions-thanks")),
        });
    }
    Ok(SafetyFollowUp {
        help_now: Some(
            store.read(|conn| help_now_stored(conn, pack, &situations, device_locale, now))?,
        ),
        message: None,
    })
}

/// Help now opened at `situations` (most pressing first), for his saved region (or a guess from
/// `device_locale`), with his safety plan and pause plan, in the pack's language.
pub(crate) fn help_now_stored(
    conn: &Connection,
    pack: &Pack,
    situations: &[Situation],
    device_locale: Option<&str>,
    now: DateTime<FixedOffset>,
) -> Result<HelpNowScreen> {
    // A saved region a newer pack no longer covers is ignored rather than an error: help must
    // always show.
    let chosen = saved_region(conn)?.filter(|code| pack.helplines.iter().any(|r| r.code == *code));
    let screen = help_now(
        pack,
        RegionChoice {
            chosen: chosen.as_deref(),
            device_locale,
        },
        situations,
        now,
        Language::of_pack(&pack.manifest.locale),
    )?;
    with_documents(conn, pack, screen)
}

/// His local time from what a device passes over the FFI: the moment, and its UTC offset in
/// minutes. `InvalidInput` for an offset of a day or more.
pub(crate) fn local_time(
    now: DateTime<Utc>,
    utc_offset_minutes: i32,
) -> Result<DateTime<FixedOffset>> {
    utc_offset_minutes
        .checked_mul(60)
        .and_then(FixedOffset::east_opt)
        .map(|offset| now.with_timezone(&offset))
        .ok_or_else(|| Error::invalid("utc_offset_minutes", Reason::new("safety-offset-too-large")))
}

/// Adds his safety plan and pause plan (when started) to help now, the buttons in the pack's
/// language.
pub(crate) fn with_documents(
    conn: &Connection,
    pack: &Pack,
    mut screen: HelpNowScreen,
) -> Result<HelpNowScreen> {
    let language = Language::of_pack(&pack.manifest.locale);
    let link = |document: &LivingDocument, make: &str, edit: &str| PlanLink {
        document_id: document.id.clone(),
        label: language.say(if document.started { edit } else { make }),
    };
    let safety_plan = documents::get(conn, pack, documents::SAFETY_PLAN)?;
    screen.plan_links.push(link(
        &safety_plan,
        "safety-make-safety-plan",
        "safety-edit-safety-plan",
    ));
    screen.safety_plan = safety_plan.started.then_some(safety_plan);
    if let Ok(pause) = documents::get(conn, pack, documents::PAUSE_PLAN) {
        let pause_link = link(&pause, "safety-make-pause-plan", "safety-edit-pause-plan");
        if screen.pause_plan_first {
            screen.plan_links.insert(0, pause_link);
        } else {
            screen.plan_links.push(pause_link);
        }
        screen.pause_plan.title = pause.title.clone();
        screen.pause_plan.plan = pause.started.then_some(pause);
    }
    Ok(screen)
}

/// The questions to ask after `check_in`, if it shows high distress.
pub(crate) fn questions_for(
    pack: &Pack,
    check_in: &CheckIn,
    help: crate::safety::help::HelpButton,
) -> Option<SafetyQuestions> {
    shows_high_distress(check_in).then(|| {
        let q = &pack.safety.risk_questions;
        SafetyQuestions {
            check_in_id: check_in.id,
            intro: q.intro.clone(),
            self_harm: q.self_harm.clone(),
            hurt_someone: q.hurt_someone.clone(),
            yes_label: q.yes_label.clone(),
            no_label: q.no_label.clone(),
            skip_label: q.skip_label.clone(),
            help,
        }
    })
}

/// A crisis check of the language `language`, compiled once per check: one kept for English
/// and one for the pack's other language, each until a pack with another check asks. A check
/// that does not compile (which the validator refuses, so only a damaged pack could carry one)
/// finds nothing rather than failing the save.
fn matcher(check: &CrisisCheck, language: Language) -> Option<Arc<Matcher>> {
    static KEPT: [Mutex<Option<Compiled>>; 2] = [const { Mutex::new(None) }; 2];
    let slot = usize::from(language != Language::ENGLISH);
    let mut last = KEPT[slot].lock().unwrap_or_else(|e| e.into_inner());
    compiled(&mut last, check)
}

/// What the English check finds in `text` when the pack in use speaks another language: men in
/// Quebec often write in English, or mix the two, and a crisis said in English must not go
/// unseen because the phone is set to French. `None` for an English pack (its own check ran).
fn english_net(language: Language, text: &str) -> Option<groundwork_pack::crisis::Finding> {
    if language == Language::ENGLISH {
        return None;
    }
    let english = crate::content::default_pack().ok()?;
    matcher(&english.safety.crisis_check, Language::ENGLISH)?.check(text)
}

/// The last check compiled, with what it was compiled from.
type Compiled = (Fingerprint, Option<Arc<Matcher>>);

/// `check` compiled: the one kept in `last` when it was compiled from this check, otherwise
/// compiled now and kept there.
fn compiled(last: &mut Option<Compiled>, check: &CrisisCheck) -> Option<Arc<Matcher>> {
    if let Some((compiled_from, matcher)) = last.as_ref()
        && compiled_from.is_of(check)
    {
        return matcher.clone();
    }
    let matcher = Matcher::new(check).ok().map(Arc::new);
    *last = Some((Fingerprint::of(check), matcher.clone()));
    matcher
}

/// What tells one crisis check from another without comparing a model of thousands of terms on
/// every save: where it lives, every rule in full (the words, windows, classes and patterns),
/// and the model's shape, biases and the weights of its first and last terms.
#[derive(Debug, Clone)]
struct Fingerprint {
    at: usize,
    rules: CrisisCheck,
    model: Option<ModelPrint>,
}

/// The model's shape and a sample of its weights.
type ModelPrint = (u32, usize, f64, Vec<f64>, Vec<f64>);

fn model_print(model: &groundwork_pack::crisis_model::CrisisModel) -> ModelPrint {
    let ends: Vec<f64> = model
        .terms
        .values()
        .take(16)
        .chain(model.terms.values().rev().take(16))
        .flatten()
        .copied()
        .collect();
    (
        model.trained_on,
        model.terms.len(),
        model.threshold,
        model.bias.clone(),
        ends,
    )
}

/// Whether two checks have the same rules, their models aside. Every field is named, so a new
/// rule cannot be left out of the comparison.
fn same_rules(a: &CrisisCheck, b: &CrisisCheck) -> bool {
    let CrisisCheck {
        inflection,
        irregular,
        spellings,
        negations,
        negation_flips,
        negation_window,
        done_negation_window,
        not_his,
        not_done,
        still_done,
        clause_breaks,
        quiet,
        classes,
        patterns,
        model: _,
    } = a;
    *inflection == b.inflection
        && *irregular == b.irregular
        && *spellings == b.spellings
        && *negations == b.negations
        && *negation_flips == b.negation_flips
        && *negation_window == b.negation_window
        && *done_negation_window == b.done_negation_window
        && *not_his == b.not_his
        && *not_done == b.not_done
        && *still_done == b.still_done
        && *clause_breaks == b.clause_breaks
        && *quiet == b.quiet
        && *classes == b.classes
        && *patterns == b.patterns
}

impl Fingerprint {
    /// Whether `check` is the one this was taken of (compared in place, nothing copied).
    fn is_of(&self, check: &CrisisCheck) -> bool {
        self.at == std::ptr::from_ref(check) as usize
            && same_rules(&self.rules, check)
            && self.model == check.model.as_ref().map(model_print)
    }

    fn of(check: &CrisisCheck) -> Self {
        Fingerprint {
            at: std::ptr::from_ref(check) as usize,
            rules: CrisisCheck {
                model: None,
                ..check.clone()
            },
            model: check.model.as_ref().map(model_print),
        }
    }
}

/// What the crisis check found in a text: the situation, the pattern that matched (so tests
/// and pack authors can see why) and whether the words carry time, a plan or the means.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct CrisisMatch {
    /// The situation the words suggest.
    pub situation: Situation,
    /// The id of the pack's pattern that matched, e.g. "threat-or-injury".
    pub pattern: String,
    /// Whether the words carry time, a plan, the means or harm happening now.
    pub urgent: bool,
}

/// What the crisis check finds in `text`, if anything: an urgent match first, then self-harm,
/// a new dad's unwanted thoughts, hurting someone, being hurt. The pack's own check reads it,
/// and for a pack in another language than English, the English check too when its own finds
/// nothing ([`english_net`]).
pub fn crisis_check(pack: &Pack, text: &str) -> Option<CrisisMatch> {
    let language = Language::of_pack(&pack.manifest.locale);
    let found = matcher(&pack.safety.crisis_check, language)
        .and_then(|m| m.check(text))
        .or_else(|| english_net(language, text))?;
    Some(CrisisMatch {
        situation: found.situation.into(),
        pattern: found.pattern,
        urgent: found.urgent,
    })
}

/// The answer that fits when the crisis check finds something in `text` (what he just saved),
/// with the match remembered (never the words) so home can ask how he is next time. `now` is
/// his local time. Nothing is written when nothing is found.
pub(crate) fn answer_for_text(
    store: &crate::store::Store,
    pack: &Pack,
    text: &str,
    now: DateTime<FixedOffset>,
) -> Result<Option<answer::CrisisAnswer>> {
    if crisis_check(pack, text).is_none() {
        return Ok(None);
    }
    store.write(|tx| answer_in(tx, pack, text, now))
}

/// As [`answer_for_text`], inside a write that is already open (a lesson step's answer is saved
/// in the same transaction).
pub(crate) fn answer_in(
    tx: &Transaction<'_>,
    pack: &Pack,
    text: &str,
    now: DateTime<FixedOffset>,
) -> Result<Option<answer::CrisisAnswer>> {
    let Some(found) = crisis_check(pack, text) else {
        return Ok(None);
    };
    answer::remember(tx, &found, now.with_timezone(&Utc))?;
    answer::answer(tx, pack, &found, now)
}

/// Records the answers to the safety questions. Returns the situations he said yes to, self-harm
/// first (none after a no or a skip).
pub(crate) fn record_answers(
    tx: &Transaction<'_>,
    check_in_id: Uuid,
    self_harm: Option<bool>,
    hurt_someone: Option<bool>,
    now: DateTime<FixedOffset>,
) -> Result<Vec<Situation>> {
    let exists: Option<i64> = tx
        .query_row(
            "SELECT 1 FROM checkins WHERE id = ?1",
            [check_in_id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    if exists.is_none() {
        return Err(Error::NotFound { what: "check-in" });
    }
    if self_harm.is_none() && hurt_someone.is_none() {
        return Ok(Vec::new());
    }
    tx.execute(
        "INSERT INTO safety_answers (checkin_id, answered_at, local_day, self_harm, hurt_someone)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (checkin_id) DO UPDATE SET answered_at = excluded.answered_at, local_day = excluded.local_day,
             self_harm = excluded.self_harm, hurt_someone = excluded.hurt_someone",
        params![
            check_in_id.to_string(),
            now.with_timezone(&Utc).timestamp_millis(),
            crate::base::days::lived_day_key(now),
            self_harm,
            hurt_someone
        ],
    )?;
    Ok([
        (self_harm, Situation::SelfHarm),
        (hurt_someone, Situation::HurtSomeone),
    ]
    .into_iter()
    .filter_map(|(answer, situation)| (answer == Some(true)).then_some(situation))
    .collect())
}

/// The quiet card for the home screen, in `language`: shown the day of a yes and the day after.
pub(crate) fn home_card(
    conn: &Connection,
    today: chrono::NaiveDate,
    language: Language,
) -> Result<Option<SafetyCard>> {
    let yesterday = (today - chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let found: Option<(Option<bool>, Option<bool>)> = conn
        .query_row(
            "SELECT self_harm, hurt_someone FROM safety_answers
             WHERE local_day >= ?1 AND local_day <= ?2 AND (self_harm = 1 OR hurt_someone = 1)
             ORDER BY answered_at DESC LIMIT 1",
            [yesterday, today.format("%Y-%m-%d").to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(found.map(|(self_harm, _)| SafetyCard {
        title: language.say("safety-home-card-title"),
        message: language.say("safety-home-card-message"),
        action_label: language.say("safety-home-card-action"),
        situation: if self_harm == Some(true) {
            Situation::SelfHarm
        } else {
            Situation::HurtSomeone
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::default_pack;

    /// A line as a pack writes it: a name, who it is for, and only the ways to reach it given.
    fn line(
        id: &str,
        phone: Option<&str>,
        sms: Option<(&str, Option<&str>)>,
        web: bool,
    ) -> Helpline {
        Helpline {
            id: id.into(),
            name: "Night Line".into(),
            kinds: vec![HelplineKind::Crisis],
            phone: phone.map(Into::into),
            sms: sms.map(|(n, _)| n.into()),
            sms_body: sms.and_then(|(_, b)| b.map(Into::into)),
            web: web.then(|| "https://example.org".into()),
            open: vec!["always".into()],
            time_zone: "Australia/Sydney".into(),
            for_whom: "Anyone who needs to talk".into(),
            area: None,
            source: "https://example.org".into(),
            note: None,
            verified_on: "2026-12-06".into(),
            unconfirmed: false,
            languages: Vec::new(),
        }
    }

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-12-06T21:00:00+11:00").expect("a time")
    }

    #[test]
    fn a_line_of_the_built_in_pack_says_so_and_one_a_pack_added_names_that_pack() {
        let pack = default_pack().expect("the built-in pack");
        let origins = Origins {
            built_in: Some(pack),
            pack_title: "Riverside Men's Service",
        };
        let ours = &pack.helplines[0].lines[0];
        let built_in = card(ours, "AU", now(), &origins, Language::ENGLISH);
        assert!(built_in.built_in);
        assert_eq!(built_in.origin, "Built into Groundwork");
        let added = card(
            &line("riverside-night", Some("0400 000 000"), None, false),
            "AU",
            now(),
            &origins,
            Language::ENGLISH,
        );
        assert!(!added.built_in);
        assert_eq!(
            added.origin,
            "Added by Riverside Men's Service, installed on this phone"
        );
    }

    #[test]
    fn a_line_read_aloud_says_each_way_to_reach_it_and_the_website_only_when_it_is_the_only_way() {
        let spoken = |l: &Helpline| line_spoken(l, "Open now", "AU", Language::ENGLISH);
        let call_and_text = spoken(&line(
            "a",
            Some("13 11 14"),
            Some(("0477 13 11 14", Some("HELP"))),
            true,
        ));
        assert_eq!(
            call_and_text,
            "Night Line.\nAnyone who needs to talk.\nCall thirteen eleven fourteen.\n\
             Or text the word HELP to zero four seven seven, thirteen eleven fourteen.\nOpen now."
        );
        let text_only = spoken(&line("b", None, Some(("0477 13 11 14", None)), true));
        assert!(text_only.contains("\nText zero four"), "{text_only}");
        assert!(!text_only.contains("website"), "{text_only}");
        let web_only = spoken(&line("c", None, None, true));
        assert!(
            web_only.contains("Reach them through their website"),
            "{web_only}"
        );
        let call_and_web = spoken(&line("d", Some("13 11 14"), None, true));
        assert!(!call_and_web.contains("website"), "{call_and_web}");
    }

    #[test]
    fn a_line_a_pack_added_comes_after_the_built_in_lines_it_ranks_with() {
        let pack = default_pack().expect("the built-in pack");
        let origins = Origins {
            built_in: Some(pack),
            pack_title: "Riverside Men's Service",
        };
        let ours = pack.helplines[0]
            .lines
            .iter()
            .find(|l| l.kinds == [HelplineKind::Crisis] && l.area.is_none() && !l.unconfirmed)
            .expect("a built-in crisis line")
            .clone();
        let mut region = pack.helplines[0].clone();
        region.lines = vec![
            line("riverside-night", Some("0400 000 000"), None, false),
            ours.clone(),
        ];
        let ids: Vec<&str> = ordered_lines(
            &region,
            &[HelplineKind::Crisis],
            &origins,
            Language::ENGLISH,
        )
        .iter()
        .map(|l| l.id.as_str())
        .collect();
        assert_eq!(ids, [ours.id.as_str(), "riverside-night"]);
    }

    #[test]
    fn a_crisis_written_in_english_on_a_phone_in_french_is_still_found() {
        let french = crate::content::built_in(Language::of_pack("fr-CA")).expect("French pack");
        let line = "I keep thinking about taking my own life";
        // Its own check, French, does not read English...
        let own = matcher(&french.safety.crisis_check, Language::of_pack("fr-CA"))
            .expect("compiles")
            .check(line);
        assert!(own.is_none(), "{own:?}");
        // ...and the English one does, so the French pack's crisis check finds it.
        let found = crisis_check(&french, line).expect("found");
        assert_eq!(found.situation, Situation::SelfHarm);
        // In French, its own check answers first.
        let french_line = "J'ai envie d'en finir ce soir.";
        assert_eq!(
            crisis_check(&french, french_line).map(|m| m.situation),
            Some(Situation::SelfHarm)
        );
        // An English pack runs its own check alone.
        assert_eq!(english_net(Language::ENGLISH, line), None);
        assert!(english_net(Language::of_pack("fr-CA"), line).is_some());
    }

    #[test]
    fn among_lines_that_fit_as_well_those_answering_in_his_language_come_first_and_say_so() {
        let pack = default_pack().expect("the built-in pack");
        let origins = Origins::of(pack);
        let mut region = pack.helplines[0].clone();
        let with = |id: &str, languages: &[&str]| Helpline {
            languages: languages.iter().map(|l| (*l).to_owned()).collect(),
            ..line(id, Some("1800 000 000"), None, false)
        };
        region.lines = vec![
            with("french-only", &["fr"]),
            with("no-page-says", &[]),
            with("both", &["en", "fr"]),
            with("cree-only", &["cr"]),
        ];
        let order = |language: Language| -> Vec<String> {
            ordered_lines(&region, &[HelplineKind::Crisis], &origins, language)
                .iter()
                .map(|l| l.id.clone())
                .collect()
        };
        assert_eq!(
            order(Language::ENGLISH),
            ["no-page-says", "both", "french-only", "cree-only"]
        );
        let french = Language::of_pack("fr-CA");
        assert_eq!(
            order(french),
            ["french-only", "no-page-says", "both", "cree-only"]
        );
        // How well a line's kind fits still comes first: a better-fitting line in another
        // language is not put below a worse-fitting one in his.
        region.lines[3].kinds = vec![HelplineKind::Men];
        let ids: Vec<&str> = ordered_lines(
            &region,
            &[HelplineKind::Men, HelplineKind::Crisis],
            &origins,
            Language::ENGLISH,
        )
        .iter()
        .map(|l| l.id.as_str())
        .collect();
        assert_eq!(ids[0], "cree-only");

        let card = |l: &Helpline, language| card(l, "AU", now(), &origins, language).languages;
        assert_eq!(
            card(&region.lines[2], Language::ENGLISH).as_deref(),
            Some("Answers in English and French.")
        );
        assert_eq!(
            card(&region.lines[2], french).as_deref(),
            Some("Répond en anglais et français.")
        );
        assert_eq!(card(&region.lines[1], Language::ENGLISH), None);
        // A code the catalogs have no name for is shown as itself.
        assert_eq!(
            card(&with("x", &["xx"]), Language::ENGLISH).as_deref(),
            Some("Answers in xx.")
        );
    }

    /// Each rule of the check, changed in place, makes the kept check compile again; the same
    /// check, unchanged, is the one kept.
    #[test]
    fn the_kept_crisis_check_is_compiled_again_when_any_of_its_rules_changes_in_place() {
        type Change = fn(&mut CrisisCheck);
        let changes: [(&str, Change); 15] = [
            ("inflection", |c| {
                c.inflection = groundwork_pack::Inflection::None
            }),
            ("irregular", |c| {
                c.irregular.insert("zzslay".into(), vec!["slew".into()]);
            }),
            ("spellings", |c| {
                c.spellings.insert("zzwanna".into(), "want to".into());
            }),
            ("negations", |c| c.negations.push("zznah".into())),
            ("negation flips", |c| c.negation_flips.push("zzquit".into())),
            ("negation window", |c| c.negation_window += 1),
            ("done negation window", |c| c.done_negation_window += 1),
            ("not his", |c| c.not_his.push("zz cousin".into())),
            ("not done", |c| c.not_done.push("zzcould".into())),
            ("still done", |c| c.still_done.push("zzmeant to".into())),
            ("clause breaks", |c| {
                c.clause_breaks.push("zzalthough".into())
            }),
            ("quiet", |c| c.quiet.push("zz killing time".into())),
            ("classes", |c| c.classes[0].words.push("zzz".into())),
            ("patterns", |c| c.patterns[0].gap += 1),
            ("model", |c| {
                if let Some(m) = c.model.as_mut() {
                    m.bias[0] += 1.0;
                }
            }),
        ];
        let kept = |a: &Option<Arc<Matcher>>, b: &Option<Arc<Matcher>>| match (a, b) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        };
        let built_in = &default_pack()
            .expect("the built-in pack")
            .safety
            .crisis_check;
        assert!(
            built_in.model.is_some(),
            "the built-in check has a model to change"
        );
        for (rule, change) in changes {
            let mut check = built_in.clone();
            let mut last = None;
            let first = compiled(&mut last, &check);
            assert!(first.is_some(), "the built-in check compiles");
            assert!(kept(&first, &compiled(&mut last, &check)), "kept: {rule}");
            change(&mut check);
            assert!(
                !kept(&first, &compiled(&mut last, &check)),
                "compiled again after a change to {rule}"
            );
        }
    }

    /// The compiled check is kept between saves, and dropped when the pack's check changes in
    /// the same place: only its model, its classes' words, its negations or its patterns.
    #[test]
    fn the_kept_crisis_check_is_rebuilt_when_the_packs_patterns_or_model_change() {
        let line = "checked the timetable. the 11:40 express doesn't stop at my station";
        let mut pack = default_pack().expect("the built-in pack").clone();
        assert_eq!(
            crisis_check(&pack, line).map(|m| m.pattern).as_deref(),
            Some("model"),
            "the model finds it"
        );
        pack.safety.crisis_check.model = None;
        assert_eq!(crisis_check(&pack, line), None, "no model, nothing found");
        let wish = "I want to kill myself";
        assert!(crisis_check(&pack, wish).is_some());
        let classes = pack.safety.crisis_check.classes.clone();
        for class in &mut pack.safety.crisis_check.classes {
            class.words.clear();
        }
        assert_eq!(crisis_check(&pack, wish), None, "classes with no words");
        pack.safety.crisis_check.classes = classes;
        assert!(crisis_check(&pack, wish).is_some(), "the words back");
        let negated = "I don't want to kill myself";
        assert_eq!(
            crisis_check(&pack, negated),
            None,
            "a negation before the wish"
        );
        let negations = std::mem::take(&mut pack.safety.crisis_check.negations);
        assert!(
            crisis_check(&pack, negated).is_some(),
            "with no negations, the wish is read"
        );
        pack.safety.crisis_check.negations = negations;
        pack.safety.crisis_check.patterns.clear();
        assert_eq!(
            crisis_check(&pack, "I want to kill myself"),
            None,
            "no patterns and no model"
        );
    }

    #[test]
    fn a_text_with_a_word_opens_the_messages_app_with_that_word_encoded() {
        let origins = Origins {
            built_in: None,
            pack_title: "",
        };
        let c = card(
            &line(
                "e",
                None,
                Some(("0477 13 11 14", Some("HOME now/please"))),
                false,
            ),
            "AU",
            now(),
            &origins,
            Language::ENGLISH,
        );
        let text = &c.actions[0];
        assert_eq!(text.uri, "sms:0477131114?body=HOME%20now%2Fplease");
        assert_eq!(text.label, "Text HOME now/please to 0477 13 11 14");
        assert_eq!(percent_encode("a-b_c.d~e"), "a-b_c.d~e");
    }

    fn region_of(locale: &str) -> Option<String> {
        let pack = default_pack().expect("the built-in pack");
        region_from_locale(pack, locale).map(|r| r.code.clone())
    }

    #[test]
    fn a_device_locale_names_its_region_in_any_of_its_written_forms() {
        assert_eq!(region_of("en_AU").as_deref(), Some("AU"));
        assert_eq!(region_of("en-GB").as_deref(), Some("GB"));
        assert_eq!(region_of("en_UK").as_deref(), Some("GB"));
        assert_eq!(region_of("en_NZ.UTF-8@euro").as_deref(), Some("NZ"));
        assert_eq!(region_of("en-NZ-u-ca-gregory").as_deref(), Some("NZ"));
        assert_eq!(region_of("fr_CA").as_deref(), Some("CA"));
    }

    #[test]
    fn a_script_subtag_is_passed_over_and_the_region_after_it_is_found() {
        assert_eq!(region_of("en-Latn-IE").as_deref(), Some("IE"));
        assert_eq!(region_of("en-Latn").as_deref(), None);
    }

    #[test]
    fn a_letter_after_an_extension_marker_is_never_read_as_a_region() {
        // "ca" here is the calendar key of the Unicode extension, not Canada.
        assert_eq!(region_of("en-u-ca-gregory").as_deref(), None);
        assert_eq!(region_of("en").as_deref(), None);
        assert_eq!(region_of("en-12").as_deref(), None);
        assert_eq!(region_of("en_FR").as_deref(), None);
    }

    fn french() -> Language {
        Language::of_pack("fr-CA")
    }

    #[test]
    fn a_line_is_read_in_french_with_its_numbers_in_digits_for_the_french_voice() {
        let spoken = line_spoken(
            &line(
                "a",
                Some("13 11 14"),
                Some(("0477 13 11 14", Some("AIDE"))),
                true,
            ),
            "Ouvert 24 heures sur 24",
            "AU",
            french(),
        );
        assert_eq!(
            spoken,
            "Night Line.\nAnyone who needs to talk.\nAppelle le 1 3, 1 1, 1 4.\n\
             Ou texte le mot AIDE au 0 4 7 7, 1 3, 1 1, 1 4.\nOuvert 24 heures sur 24."
        );
        for english in ["thirteen", "triple", "Call", "Or text"] {
            assert!(!spoken.contains(english), "{english}: {spoken}");
        }
    }

    #[test]
    fn help_now_says_its_own_words_in_french_with_the_french_pack() {
        let pack = default_pack().expect("the built-in pack");
        let at = |situation| {
            help_now_with_pack(pack, Some("CA"), None, situation, now(), french())
                .expect("help now in Canada")
        };
        let screen = at(Some(Situation::HurtSomeone));
        let english = help_now_with_pack(
            pack,
            Some("CA"),
            None,
            Some(Situation::HurtSomeone),
            now(),
            Language::ENGLISH,
        )
        .expect("help now in English");
        assert_eq!(screen.title, "De l'aide maintenant");
        assert_ne!(screen.title, english.title);
        assert_eq!(
            screen.first_steps.as_ref().map(|f| f.title.as_str()),
            Some("Tout de suite")
        );
        assert_eq!(screen.pause_plan.title, "Mon plan de pause");
        assert_eq!(screen.help.label, "De l'aide maintenant");
        let emergency = screen.emergency.as_ref().expect("an emergency number");
        assert_eq!(emergency.actions[0].label, "Appeler le 911");
        assert_eq!(emergency.hours, "Ouvert 24 heures sur 24");
        assert_eq!(emergency.origin, "Intégré à Groundwork");
        assert!(
            emergency.spoken.contains("Appelle le 9 1 1."),
            "{}",
            emergency.spoken
        );
        assert!(!screen.spoken.contains("nine"), "{}", screen.spoken);
        let unknown = help_now_with_pack(pack, None, None, None, now(), french())
            .expect("help now, region unknown");
        assert_eq!(
            unknown.region_prompt.as_deref(),
            Some("Où es-tu? Choisis ton pays pour voir les bons numéros.")
        );
        let refused = help_now_with_pack(pack, Some("FR"), None, None, now(), french())
            .expect_err("no lines for France");
        match refused {
            Error::InvalidInput { field, reason } => {
                assert_eq!(field, "region");
                assert_eq!(reason.say(french()), "choisis une des régions de la liste");
                assert_eq!(reason.to_string(), "choose one of the regions listed");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_french_pack_s_help_now_reads_every_number_in_digits_in_every_region() {
        use crate::speech::numbers::phone;
        let pack = crate::content::french_for_tests();
        let language = Language::of_pack(&pack.manifest.locale);
        assert_eq!(language, french());
        for region in &pack.helplines {
            let screen = help_now_with_pack(
                &pack,
                Some(&region.code),
                None,
                Some(Situation::SelfHarm),
                now(),
                language,
            )
            .expect("help now");
            assert_eq!(screen.title, "De l'aide maintenant");
            for card in screen.emergency.iter().chain(&screen.lines) {
                let line = region
                    .lines
                    .iter()
                    .find(|l| l.id == card.id)
                    .expect("the line");
                for number in line.phone.iter().chain(&line.sms) {
                    let english = phone(number, Some(&region.code), Language::ENGLISH);
                    let french = phone(number, Some(&region.code), language);
                    assert!(
                        card.spoken.contains(&french),
                        "{}: {french:?} in {}",
                        card.id,
                        card.spoken
                    );
                    if english.chars().any(char::is_alphabetic) && english != french {
                        assert!(
                            !card.spoken.contains(&english),
                            "{}: {english:?} in {}",
                            card.id,
                            card.spoken
                        );
                    }
                }
            }
            assert!(!screen.spoken.contains("triple zero"), "{}", screen.spoken);
        }
    }
}
