//! The lock screen's words: its labels before anything is typed, and the line after an attempt.
//! Warm and plain: a wrong PIN is an ordinary slip, and a wait is said in words, not as a time.
//! Every line is a message of `core/locales/*/lock.ftl`, said in the language it is given: the
//! lock screen comes before any database or pack is open, so its callers choose it.

use crate::base::ffi_types::Timestamp;
use crate::base::text::{Language, Value};

use super::LockKind;

/// What the lock screen shows before anything is typed. Help now is on it, so it is reachable
/// before unlocking.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LockScreen {
    /// The heading: the app's name, or the neutral one in discreet mode.
    pub title: String,
    /// The field's prompt, "Enter your PIN" or "Enter your passphrase"; `None` when there is no
    /// PIN or passphrase and the unlock button alone opens the app with the key on this device.
    pub prompt: Option<String>,
    /// The unlock button's label.
    pub unlock_label: String,
    /// The help now button, in the same place as on every screen, with the emergency number of
    /// his region when the shell knows it.
    pub help: crate::safety::help::HelpButton,
    /// Whether to show a number pad (a PIN) rather than a keyboard.
    pub numeric_input: bool,
}

/// How the app opens, in words for settings: which of fingerprint or face, the app's own PIN or
/// passphrase, or nothing at all he has, and what that keeps out.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct UnlockMethod {
    /// Which way the app opens.
    pub kind: UnlockMethodKind,
    /// One plain sentence: how it opens and whether the phone's own PIN opens it.
    pub summary: String,
    /// What he could do to keep it safer, when there is something; `None` when it is as strong
    /// as it gets.
    pub advice: Option<String>,
}

/// Which way the app opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum UnlockMethodKind {
    /// The app's own PIN.
    AppPin,
    /// The app's own passphrase.
    AppPassphrase,
    /// Fingerprint or face (strong biometrics only; never the phone's PIN).
    Biometric,
    /// Nothing of its own: whoever opens the phone opens the app.
    None,
}

/// How the app opens: with the app's own secret of `kind` when a lock is set, else with
/// fingerprint or face when `biometric` is on, else with nothing of its own; in `language`.
pub fn unlock_method(kind: Option<LockKind>, biometric: bool, language: Language) -> UnlockMethod {
    let (kind, summary, advice) = match (kind, biometric) {
        (Some(LockKind::Pin), _) => (UnlockMethodKind::AppPin, "lock-method-pin", None),
        (Some(LockKind::Passphrase), _) => (
            UnlockMethodKind::AppPassphrase,
            "lock-method-passphrase",
            None,
        ),
        (None, true) => (
            UnlockMethodKind::Biometric,
            "lock-method-biometric",
            Some("lock-method-biometric-advice"),
        ),
        (None, false) => (
            UnlockMethodKind::None,
            "lock-method-none",
            Some("lock-method-none-advice"),
        ),
    };
    UnlockMethod {
        kind,
        summary: language.say(summary),
        advice: advice.map(|id| language.say(id)),
    }
}

/// The lock screen for a lock of `kind` (`None`: no PIN or passphrase, the key is on this
/// device), with the neutral title and help button words when `discreet` is on (the emergency
/// number stays on the button), and `help` for its help now button; its own words in `language`.
pub fn lock_screen(
    kind: Option<LockKind>,
    discreet: bool,
    help: crate::safety::help::HelpButton,
    language: Language,
) -> LockScreen {
    // Neutral words where someone else might look; the number is still one tap away.
    let help = if discreet {
        crate::safety::discreet::neutral_button(help, language)
    } else {
        help
    };
    LockScreen {
        title: crate::reminders::discreet_texts(discreet, language).app_display_name,
        prompt: kind.map(|kind| prompt(kind, language)),
        unlock_label: language.say("lock-unlock"),
        help,
        numeric_input: kind == Some(LockKind::Pin),
    }
}

/// How he may lock the app, as onboarding offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LockChoice {
    /// A PIN of six or more digits, just for this app.
    Pin,
    /// A passphrase of eight or more characters.
    Passphrase,
    /// The phone's fingerprint or face unlock guards the key on this device.
    Biometric,
    /// Not now: the app opens without asking, and home keeps a quiet reminder until he decides.
    NotNow,
}

/// One way to lock, with its words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct LockChoiceOption {
    /// What choosing it does.
    pub choice: LockChoice,
    /// The button's words.
    pub label: String,
    /// One plain sentence about it.
    pub detail: String,
}

/// The app lock as onboarding offers it: what it protects, the advice about the phone's own PIN,
/// the choices, and what skipping means, said plainly.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct LockOffer {
    /// The heading.
    pub title: String,
    /// Why: what a lock keeps from someone holding the phone.
    pub why: String,
    /// Not to reuse the phone's PIN.
    pub advice: String,
    /// PIN, passphrase, fingerprint or face, not now; in that order.
    pub choices: Vec<LockChoiceOption>,
    /// What "not now" means.
    pub not_now_means: String,
}

/// The lock offer onboarding shows, the same in both apps and the terminal companion, in
/// `language`.
pub fn lock_offer(language: Language) -> LockOffer {
    let option = |choice, id: &str| LockChoiceOption {
        choice,
        label: language.say(id),
        detail: language.say(&format!("{id}-detail")),
    };
    LockOffer {
        title: language.say("lock-offer-title"),
        why: language.say("lock-offer-why"),
        advice: language.say("lock-offer-advice"),
        choices: vec![
            option(LockChoice::Pin, "lock-offer-pin"),
            option(LockChoice::Passphrase, "lock-offer-passphrase"),
            option(LockChoice::Biometric, "lock-offer-biometric"),
            option(LockChoice::NotNow, "lock-offer-not-now"),
        ],
        not_now_means: language.say("lock-offer-not-now-means"),
    }
}

/// The quiet card home keeps after "not now", until he sets a lock or says no for good.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct LockReminderCard {
    /// One line.
    pub text: String,
    /// The button that opens the lock settings.
    pub action_label: String,
}

/// Home's reminder card after "not now" in onboarding, in `language`.
pub fn lock_reminder_card(language: Language) -> LockReminderCard {
    LockReminderCard {
        text: language.say("lock-reminder"),
        action_label: language.say("lock-reminder-action"),
    }
}

/// "Enter your PIN" or "Enter your passphrase", in `language`.
pub fn prompt(kind: LockKind, language: Language) -> String {
    language.say(match kind {
        LockKind::Pin => "lock-prompt-pin",
        LockKind::Passphrase => "lock-prompt-passphrase",
    })
}

/// After a wrong PIN or passphrase: when he may try again, and how many tries are left before
/// the erase he opted in to.
pub(super) fn wrong_secret(
    retry_after: Option<Timestamp>,
    attempts_left_before_erase: Option<u32>,
    now: Timestamp,
    language: Language,
) -> String {
    let mut text = match retry_after {
        Some(at) if at > now => language.say_with(
            "lock-wrong-wait",
            &[("wait", wait_in_words(at, now, language).into())],
        ),
        _ => language.say("lock-wrong-try-again"),
    };
    if let Some(left) = attempts_left_before_erase {
        // A sentence of its own, after the first.
        text.push(' ');
        text.push_str(&language.say_with("lock-erase-warning", &[("left", left.into())]));
    }
    text
}

/// Before the wait after wrong tries is over; nothing was checked.
pub(super) fn too_soon(retry_after: Timestamp, now: Timestamp, language: Language) -> String {
    language.say_with(
        "lock-too-soon",
        &[("wait", wait_in_words(retry_after, now, language).into())],
    )
}

/// After the last wrong try he allowed.
pub(super) fn erased(language: Language) -> String {
    language.say("lock-erased")
}

/// The wait from `now` until `at`, rounded up, in words: "in a minute", "in 5 minutes".
pub(super) fn wait_in_words(at: Timestamp, now: Timestamp, language: Language) -> String {
    let seconds = (at - now).num_seconds();
    if seconds <= 0 {
        return language.say("lock-wait-now");
    }
    if seconds < 60 {
        return language.say("lock-wait-under-a-minute");
    }
    let minutes = (seconds + 59) / 60;
    if minutes < 60 {
        return language.say_with("lock-wait-minutes", &[("minutes", Value::from(minutes))]);
    }
    let hours = (minutes + 59) / 60;
    language.say_with("lock-wait-hours", &[("hours", Value::from(hours))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone, Utc};

    const EN: Language = Language::ENGLISH;

    fn french() -> Language {
        Language::of_pack("fr-CA")
    }

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0)
            .single()
            .expect("valid")
    }

    #[test]
    fn waits_are_rounded_up_and_said_in_words() {
        let say = |seconds| wait_in_words(now() + Duration::seconds(seconds), now(), EN);
        assert_eq!(say(0), "now");
        assert_eq!(say(30), "in less than a minute");
        assert_eq!(say(60), "in a minute");
        assert_eq!(say(61), "in 2 minutes");
        assert_eq!(say(300), "in 5 minutes");
        assert_eq!(say(3600), "in an hour");
        assert_eq!(say(3601), "in 2 hours");
    }

    #[test]
    fn a_wrong_secret_says_when_to_try_again_only_while_there_is_a_wait() {
        let plain = "That didn't match. Take your time and try again.";
        assert_eq!(wrong_secret(None, None, now(), EN), plain);
        assert_eq!(
            wrong_secret(Some(now()), None, now(), EN),
            plain,
            "the wait is over"
        );
        assert_eq!(
            wrong_secret(Some(now() + Duration::seconds(30)), None, now(), EN),
            "That didn't match. Take a breath; you can try again in less than a minute."
        );
        assert_eq!(
            wrong_secret(None, Some(1), now(), EN),
            format!("{plain} One more wrong try will erase everything, as you chose.")
        );
        assert_eq!(
            wrong_secret(None, Some(3), now(), EN),
            format!("{plain} 3 more wrong tries will erase everything, as you chose.")
        );
    }

    #[test]
    fn the_secret_is_asked_for_by_its_kind() {
        assert_eq!(prompt(LockKind::Pin, EN), "Enter your PIN");
        assert_eq!(prompt(LockKind::Passphrase, EN), "Enter your passphrase");
        assert_eq!(prompt(LockKind::Pin, french()), "Entre ton NIP");
    }

    #[test]
    fn a_wrong_pin_and_its_wait_are_said_in_french_with_the_french_pack() {
        let fr = french();
        let in_five = now() + Duration::seconds(300);
        let said = wrong_secret(Some(in_five), Some(3), now(), fr);
        assert_eq!(
            said,
            "Ça ne correspond pas. Prends une grande respiration; tu pourras réessayer dans 5 \
             minutes. Encore 3 essais ratés et tout sera effacé, comme tu l'as choisi."
        );
        assert_ne!(said, wrong_secret(Some(in_five), Some(3), now(), EN));
        // The singular: one minute, one try.
        assert_eq!(
            wait_in_words(now() + Duration::seconds(60), now(), fr),
            "dans une minute"
        );
        assert!(
            wrong_secret(None, Some(1), now(), fr)
                .ends_with("Encore un essai raté et tout sera effacé, comme tu l'as choisi.")
        );
        assert_eq!(
            too_soon(now() + Duration::seconds(7200), now(), fr),
            "Trop d'essais pour l'instant. Tu pourras réessayer dans 2 heures."
        );
    }

    #[test]
    fn the_lock_offer_and_home_card_are_in_the_packs_language() {
        let english = lock_offer(EN);
        assert_eq!(english.title, "Lock Groundwork");
        assert_eq!(english.choices[0].label, "Choose a PIN");
        assert_eq!(english.choices[0].detail, "Six or more digits.");
        let in_french = lock_offer(french());
        assert_eq!(in_french.title, "Verrouiller Groundwork");
        assert_eq!(in_french.choices[0].label, "Choisir un NIP");
        assert_eq!(in_french.choices.len(), english.choices.len());
        for (fr, en) in in_french.choices.iter().zip(&english.choices) {
            assert_eq!(fr.choice, en.choice);
            assert_ne!(fr.detail, en.detail);
        }
        assert_eq!(lock_reminder_card(EN).action_label, "Set a lock");
        assert_eq!(
            lock_reminder_card(french()).action_label,
            "Mettre un verrou"
        );
    }

    #[test]
    fn how_the_app_opens_is_said_in_the_language_given() {
        let none = unlock_method(None, false, EN);
        assert_eq!(none.kind, UnlockMethodKind::None);
        assert_eq!(
            none.summary,
            "Groundwork opens for anyone who can open this phone."
        );
        let pin = unlock_method(Some(LockKind::Pin), true, french());
        assert_eq!(pin.kind, UnlockMethodKind::AppPin);
        assert_eq!(
            pin.summary,
            "Groundwork s'ouvre avec son propre NIP. Le NIP du téléphone ne l'ouvre pas."
        );
        assert_eq!(pin.advice, None);
    }
}
