//! What the entry screens need to draw: the check-in form (the mood meter's words), the anger
//! moment form, and the journal's prompt library.

use groundwork_pack::Pack;
use rusqlite::Connection;

use crate::anger;
use crate::base::error::Result;
use crate::base::text::Language;
use crate::checkins::{self, Quadrant};
use crate::journal::{self, OwnPrompt};
use crate::safety::help::{self, HelpButton};

/// A word on the mood meter.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct EmotionOption {
    /// The id to send back in `CheckInInput.emotions`.
    pub id: String,
    /// The word shown.
    pub word: String,
    /// A one-line plain definition.
    pub definition: String,
    /// -5..=5: where it sits left to right.
    pub pleasantness: i32,
    /// -5..=5: where it sits bottom to top.
    pub energy: i32,
    /// Its quadrant, for grouping and colour.
    pub quadrant: Quadrant,
}

/// Everything the check-in screen shows besides what he enters.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct CheckInForm {
    /// The question at the top.
    pub title: String,
    /// The pack's emotion words, placed on the meter.
    pub emotions: Vec<EmotionOption>,
    /// How many vocabulary words can be picked.
    pub max_emotions: i32,
    /// How many of his own words can be added.
    pub max_own_words: i32,
    /// Tags offered: the usual ones, then his own tags used before.
    pub suggested_tags: Vec<String>,
    /// Labels for the optional questions.
    pub anger_label: String,
    /// Label for stress.
    pub stress_label: String,
    /// Label for sleep.
    pub sleep_label: String,
    /// Placeholder for the note.
    pub note_placeholder: String,
    /// The help now button, in the same place as on every screen.
    pub help: HelpButton,
}

/// The anger moment screen: short by design.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct AngerMomentForm {
    /// The heading.
    pub title: String,
    /// A line of encouragement under it.
    pub intro: String,
    /// Quick picks for body cues.
    pub body_cues: Vec<String>,
    /// The questions, in order.
    pub what_happened_label: String,
    /// Label for intensity.
    pub intensity_label: String,
    /// Label for thoughts.
    pub thoughts_label: String,
    /// Label for what he did.
    pub what_i_did_label: String,
    /// Label for next time.
    pub next_time_label: String,
    /// Label for whether a repair is needed.
    pub repair_label: String,
    /// The help now button, opening at the lines for men worried they might hurt someone.
    pub help: HelpButton,
}

/// A prompt in the library.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PromptOption {
    /// The id to send back as `JournalEntryInput.prompt_id`.
    pub id: String,
    /// The question.
    pub text: String,
}

/// Prompts on one theme.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PromptTheme {
    /// The theme's id, e.g. "hard-days".
    pub id: String,
    /// Its title, e.g. "Hard days".
    pub title: String,
    /// Its prompts.
    pub prompts: Vec<PromptOption>,
}

/// The journal's prompt library: the pack's prompts by theme, then his own.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PromptLibrary {
    /// The pack's prompts, grouped by theme, in the pack's order.
    pub themes: Vec<PromptTheme>,
    /// His own prompts, oldest first.
    pub own: Vec<OwnPrompt>,
    /// The help now button of the journal editor, which shows this library.
    pub help: HelpButton,
}

pub(crate) fn check_in_form(conn: &Connection, pack: &Pack) -> Result<CheckInForm> {
    let language = Language::of_pack(&pack.manifest.locale);
    let mut suggested_tags: Vec<String> = checkins::suggested_tags(language);
    let mut stmt = conn.prepare_cached(
        "SELECT tag FROM checkin_tags GROUP BY tag ORDER BY count(*) DESC, tag LIMIT 20",
    )?;
    for tag in stmt.query_map([], |row| row.get::<_, String>(0))? {
        let tag = tag?;
        if !suggested_tags.contains(&tag) {
            suggested_tags.push(tag);
        }
    }
    Ok(CheckInForm {
        title: language.say("check-in-title"),
        emotions: pack
            .emotions
            .iter()
            .map(|e| EmotionOption {
                id: e.id.clone(),
                word: e.word.clone(),
                definition: e.definition.clone(),
                pleasantness: e.pleasantness,
                energy: e.energy,
                quadrant: Quadrant::of(e.pleasantness, e.energy),
            })
            .collect(),
        max_emotions: checkins::MAX_EMOTIONS as i32,
        max_own_words: checkins::MAX_OWN_WORDS as i32,
        suggested_tags,
        anger_label: language.say("check-in-anger"),
        stress_label: language.say("check-in-stress"),
        sleep_label: language.say("check-in-sleep"),
        note_placeholder: language.say("check-in-note"),
        help: help::saved(conn, pack, None)?,
    })
}

pub(crate) fn anger_moment_form(conn: &Connection, pack: &Pack) -> Result<AngerMomentForm> {
    let language = Language::of_pack(&pack.manifest.locale);
    Ok(AngerMomentForm {
        title: language.say("home-anger-moment"),
        intro: language.say("anger-moment-intro"),
        body_cues: anger::suggested_body_cues(language),
        what_happened_label: language.say("anger-moment-what-happened"),
        intensity_label: language.say("anger-moment-intensity"),
        thoughts_label: language.say("anger-moment-thoughts"),
        what_i_did_label: language.say("anger-moment-what-i-did"),
        next_time_label: language.say("anger-moment-next-time"),
        repair_label: language.say("anger-moment-repair"),
        help: help::saved(conn, pack, help::ANGER_MOMENT)?,
    })
}

pub(crate) fn prompt_library(conn: &Connection, pack: &Pack) -> Result<PromptLibrary> {
    let language = Language::of_pack(&pack.manifest.locale);
    let mut themes: Vec<PromptTheme> = Vec::new();
    for prompt in &pack.prompts {
        let option = PromptOption {
            id: prompt.id.clone(),
            text: prompt.text.clone(),
        };
        match themes.iter_mut().find(|t| t.id == prompt.theme) {
            Some(theme) => theme.prompts.push(option),
            None => themes.push(PromptTheme {
                id: prompt.theme.clone(),
                title: theme_title(language, &prompt.theme),
                prompts: vec![option],
            }),
        }
    }
    Ok(PromptLibrary {
        themes,
        own: journal::own_prompts(conn)?,
        help: help::saved(conn, pack, None)?,
    })
}

/// A prompt theme's heading in `language`: "hard-days" is "Hard days". The pack rules allow only
/// the themes of `PROMPT_THEMES`, each named in the catalogs.
fn theme_title(language: Language, id: &str) -> String {
    language.say_with("curriculum-prompt-theme", &[("theme", id.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_ask_in_the_language_of_the_pack_in_use() {
        let french = crate::content::french_for_tests();
        let (_dir, store) = crate::store::scratch();
        let check_in = store
            .read(|conn| check_in_form(conn, &french))
            .expect("form");
        assert_eq!(check_in.title, "Comment ça va, là, maintenant?");
        assert_eq!(check_in.sleep_label, "Heures dormies la nuit passée");
        assert!(
            check_in.emotions.iter().any(|e| e.word == "écœuré"),
            "the French pack's words"
        );
        let anger = store
            .read(|conn| anger_moment_form(conn, &french))
            .expect("form");
        assert_eq!(anger.title, "Noter un moment de colère");
        assert_eq!(anger.what_happened_label, "Qu'est-ce qui est arrivé?");
        let library = store
            .read(|conn| prompt_library(conn, &french))
            .expect("library");
        assert!(
            library
                .themes
                .iter()
                .any(|t| t.title == "Les jours difficiles"),
            "the themes' headings in French"
        );
        let english = crate::content::default_pack().expect("built in");
        let check_in = store
            .read(|conn| check_in_form(conn, english))
            .expect("form");
        assert_eq!(check_in.title, "How are you, right now?");
    }

    #[test]
    fn every_prompt_theme_has_its_own_heading_in_each_language() {
        for language in Language::all() {
            let titles: std::collections::HashSet<String> = groundwork_pack::PROMPT_THEMES
                .iter()
                .map(|id| theme_title(language, id))
                .collect();
            assert_eq!(
                titles.len(),
                groundwork_pack::PROMPT_THEMES.len(),
                "{}",
                language.tag()
            );
        }
        // English says the id as words, as it always has: "hard-days" is "Hard days".
        for id in groundwork_pack::PROMPT_THEMES {
            let words = id.replace('-', " ");
            let mut chars = words.chars();
            let expected: String = chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            assert_eq!(theme_title(Language::ENGLISH, id), expected);
        }
        let french = Language::of_pack("fr-CA");
        assert_eq!(theme_title(french, "stress"), "Le stress");
        assert_eq!(theme_title(french, "hard-days"), "Les jours difficiles");
    }
}
