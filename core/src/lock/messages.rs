//! The lock screen's words: its labels before anything is typed, and the line after an attempt.
//! Warm and plain: a wrong PIN is an ordinary slip, and a wait is said in words, not as a time.

use crate::base::ffi_types::Timestamp;

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
/// fingerprint or face when `biometric` is on, else with nothing of its own.
pub fn unlock_method(kind: Option<LockKind>, biometric: bool) -> UnlockMethod {
    let (kind, summary, advice) = match (kind, biometric) {
        (Some(LockKind::Pin), _) => (
            UnlockMethodKind::AppPin,
            "Groundwork opens with its own PIN. The phone's PIN does not open it.",
            None,
        ),
        (Some(LockKind::Passphrase), _) => (
            UnlockMethodKind::AppPassphrase,
            "Groundwork opens with its own passphrase. The phone's PIN does not open it.",
            None,
        ),
        (None, true) => (
            UnlockMethodKind::Biometric,
            "Groundwork opens with your fingerprint or face only. The phone's PIN does not open \
             it.",
            Some(
                "Anyone whose fingerprint or face this phone knows can open it. For a lock only \
                 you know, set an app PIN or passphrase.",
            ),
        ),
        (None, false) => (
            UnlockMethodKind::None,
            "Groundwork opens for anyone who can open this phone.",
            Some(
                "Set an app PIN or passphrase (not the phone's PIN), or use your fingerprint or \
                 face, so what you wrote stays yours.",
            ),
        ),
    };
    UnlockMethod {
        kind,
        summary: summary.to_owned(),
        advice: advice.map(str::to_owned),
    }
}

/// The lock screen for a lock of `kind` (`None`: no PIN or passphrase, the key is on this
/// device), with the neutral title and help button words when `discreet` is on (the emergency
/// number stays on the button), and `help` for its help now button.
pub fn lock_screen(
    kind: Option<LockKind>,
    discreet: bool,
    help: crate::safety::help::HelpButton,
) -> LockScreen {
    // Neutral words where someone else might look; the number is still one tap away.
    let help = if discreet {
        crate::safety::discreet::neutral_button(help, crate::base::text::Language::ENGLISH)
    } else {
        help
    };
    LockScreen {
        title: crate::reminders::discreet_texts(discreet, crate::base::text::Language::ENGLISH)
            .app_display_name,
        prompt: kind.map(|kind| prompt(kind).to_owned()),
        unlock_label: "Unlock".to_owned(),
        help,
        numeric_input: kind == Some(LockKind::Pin),
    }
}

/// "PIN" or "passphrase", for prompts that ask for the app's secret.
pub fn kind_word(kind: LockKind) -> &'static str {
    match kind {
        LockKind::Pin => "PIN",
        LockKind::Passphrase => "passphrase",
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

/// The lock offer onboarding shows, the same in both apps and the terminal companion.
pub fn lock_offer() -> LockOffer {
    let option = |choice, label: &str, detail: &str| LockChoiceOption {
        choice,
        label: label.to_owned(),
        detail: detail.to_owned(),
    };
    LockOffer {
        title: "Lock Groundwork".to_owned(),
        why: "What you write here is yours. A lock keeps it that way if someone else picks up your phone while it's unlocked.".to_owned(),
        advice: "Choose a PIN or passphrase just for this app. Don't reuse your phone's PIN: people close to you may know it.".to_owned(),
        choices: vec![
            option(LockChoice::Pin, "Choose a PIN", "Six or more digits."),
            option(LockChoice::Passphrase, "Choose a passphrase", "Eight or more characters, any kind."),
            option(LockChoice::Biometric, "Use fingerprint or face", "Your phone checks it's you before the app opens. Anyone whose fingerprint or face your phone knows can open it too."),
            option(LockChoice::NotNow, "Not now", "You can set a lock in settings at any time."),
        ],
        not_now_means: "Without a lock, anyone who has your phone unlocked can open Groundwork and read what you've written. Home will keep a small reminder until you decide.".to_owned(),
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

/// Home's reminder card after "not now" in onboarding.
pub fn lock_reminder_card() -> LockReminderCard {
    LockReminderCard {
        text:
            "Groundwork opens without a lock. A PIN just for this app keeps what you write private."
                .to_owned(),
        action_label: "Set a lock".to_owned(),
    }
}

/// "Enter your PIN" or "Enter your passphrase".
pub fn prompt(kind: LockKind) -> &'static str {
    match kind {
        LockKind::Pin => "Enter your PIN",
        LockKind::Passphrase => "Enter your passphrase",
    }
}

/// After a wrong PIN or passphrase: when he may try again, and how many tries are left before
/// the erase he opted in to.
pub(super) fn wrong_secret(
    retry_after: Option<Timestamp>,
    attempts_left_before_erase: Option<u32>,
    now: Timestamp,
) -> String {
    let mut text = match retry_after {
        Some(at) if at > now => format!(
            "That didn't match. Take a breath; you can try again {}.",
            wait_in_words(at, now)
        ),
        _ => "That didn't match. Take your time and try again.".to_owned(),
    };
    match attempts_left_before_erase {
        Some(1) => text.push_str(" One more wrong try will erase everything, as you chose."),
        Some(left) => text.push_str(&format!(
            " {left} more wrong tries will erase everything, as you chose."
        )),
        None => {}
    }
    text
}

/// Before the wait after wrong tries is over; nothing was checked.
pub(super) fn too_soon(retry_after: Timestamp, now: Timestamp) -> String {
    format!(
        "Too many tries for now. You can try again {}.",
        wait_in_words(retry_after, now)
    )
}

/// After the last wrong try he allowed.
pub(super) fn erased() -> String {
    "Everything was erased, as you chose in settings. You can start again whenever you're ready."
        .to_owned()
}

/// The wait from `now` until `at`, rounded up, in words: "in a minute", "in 5 minutes".
pub(super) fn wait_in_words(at: Timestamp, now: Timestamp) -> String {
    let seconds = (at - now).num_seconds();
    if seconds <= 0 {
        return "now".to_owned();
    }
    if seconds < 60 {
        return "in less than a minute".to_owned();
    }
    let minutes = (seconds + 59) / 60;
    if minutes == 1 {
        return "in a minute".to_owned();
    }
    if minutes < 60 {
        return format!("in {minutes} minutes");
    }
    let hours = (minutes + 59) / 60;
    if hours == 1 {
        "in an hour".to_owned()
    } else {
        format!("in {hours} hours")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone, Utc};

    fn now() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0)
            .single()
            .expect("valid")
    }

    #[test]
    fn waits_are_rounded_up_and_said_in_words() {
        let say = |seconds| wait_in_words(now() + Duration::seconds(seconds), now());
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
        assert_eq!(wrong_secret(None, None, now()), plain);
        assert_eq!(
            wrong_secret(Some(now()), None, now()),
            plain,
            "the wait is over"
        );
        assert_eq!(
            wrong_secret(Some(now() + Duration::seconds(30)), None, now()),
            "That didn't match. Take a breath; you can try again in less than a minute."
        );
        assert_eq!(
            wrong_secret(None, Some(1), now()),
            format!("{plain} One more wrong try will erase everything, as you chose.")
        );
        assert_eq!(
            wrong_secret(None, Some(3), now()),
            format!("{plain} 3 more wrong tries will erase everything, as you chose.")
        );
    }

    #[test]
    fn the_secret_is_named_by_its_kind() {
        assert_eq!(kind_word(LockKind::Pin), "PIN");
        assert_eq!(kind_word(LockKind::Passphrase), "passphrase");
        assert_eq!(prompt(LockKind::Pin), "Enter your PIN");
        assert_eq!(prompt(LockKind::Passphrase), "Enter your passphrase");
    }
}
