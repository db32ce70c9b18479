//! The content screens: which pack is in use, what installing a pack file would do (shown
//! before he confirms), and what came of installing it, with the app's secret when a lock is set.

use std::path::Path;

use crate::base::error::Result;
use crate::base::ffi_types::Timestamp;
use crate::base::text::{Language, Value};
use crate::content::installed::Choice;
use crate::content::trust;
use crate::lock::{self, Confirmation, LockKind, LockSecret};

/// Which content is in use, for settings.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct ContentStatus {
    /// The pack's id, e.g. "core-en".
    pub pack_id: String,
    /// The pack's name as a person sees it.
    pub title: String,
    /// The pack's version, e.g. "1.0.0".
    pub version: String,
    /// How many modules it has.
    pub modules: u32,
    /// Whether it is a pack installed on this device (else the content built into the app).
    pub installed: bool,
    /// One plain sentence saying what is in use.
    pub summary: String,
    /// Set when an installed pack is there but cannot be used, saying why.
    pub note: Option<String>,
    /// The label of the button that picks a pack file to install.
    pub install_label: String,
    /// The label of the button that goes back to the built-in content, when an installed pack
    /// is there.
    pub remove_label: Option<String>,
    /// The add-on packs in use beside it (a counsellor's or a program's modules), in the order
    /// their phases come on the path: each can be removed on its own.
    pub addons: Vec<AddOnStatus>,
}

/// An add-on pack in use, for settings.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct AddOnStatus {
    /// Its id, e.g. "sams-practice": what `remove_addon` takes.
    pub pack_id: String,
    /// Its name as its author wrote it.
    pub title: String,
    /// Its version, e.g. "1.0.0".
    pub version: String,
    /// How many modules it adds.
    pub modules: u32,
    /// One plain sentence, e.g. "Sam's practice 1.0.0 adds 2 modules to your path."
    pub summary: String,
    /// The label of the button that removes it.
    pub remove_label: String,
}

/// What installing a pack file would do, shown before he confirms: who made it, what it adds,
/// what it may not change, and whether the app's PIN or passphrase is needed.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PackPreview {
    /// The heading, e.g. "Install this content?".
    pub title: String,
    /// The pack's name as its author wrote it.
    pub pack_title: String,
    /// The pack's id, e.g. "sams-practice".
    pub pack_id: String,
    /// The pack's version, e.g. "1.0.0".
    pub version: String,
    /// Who made it, as the pack says (a pack's word, not a proof).
    pub authors: Vec<String>,
    /// One sentence: "Made by Sam Lee. Version 1.0.0."
    pub made_by: String,
    /// The titles of the modules it adds (not built into the app).
    pub modules_added: Vec<String>,
    /// The titles of built-in modules it rewrites.
    pub modules_changed: Vec<String>,
    /// The titles of built-in modules it does not have: hidden while it is installed (what he
    /// did in them stays).
    pub modules_left_out: Vec<String>,
    /// How many journal prompts it adds.
    pub prompts_added: u32,
    /// How many exercises the modules it adds hold.
    pub exercises_added: u32,
    /// Both counts in one sentence, e.g. "3 exercises and 1 journal prompt added."
    pub added_summary: String,
    /// The local services it adds to help now, each "Name (Region): number", shown after the
    /// built-in lines and labelled as coming from this pack.
    pub services_added: Vec<String>,
    /// What no pack may change, in plain sentences: the emergency numbers and help lines, the
    /// crisis check, the safety plan questions.
    pub may_not_change: Vec<String>,
    /// Parts of the app's safety content this pack carries its own version of: not used.
    pub set_aside: Vec<String>,
    /// Set when an app lock is set: installing asks for its PIN or passphrase (a number pad for
    /// a PIN).
    pub secret_kind: Option<LockKind>,
    /// The secret field's prompt, when `secret_kind` is set.
    pub secret_prompt: Option<String>,
    /// The button that installs it.
    pub confirm_label: String,
    /// The button that leaves things as they are.
    pub cancel_label: String,
    /// The help now button, in the same place as on every screen.
    pub help: crate::safety::help::HelpButton,
}

/// What came of installing a pack file.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum PackInstallOutcome {
    /// Installed and in use from the next screen on.
    Installed {
        /// The content now in use.
        status: ContentStatus,
    },
    /// An app lock is set and no PIN or passphrase came with the request: ask for it (as the
    /// preview says) and install again with it. Nothing was changed.
    SecretNeeded {
        /// A number pad for a PIN, a keyboard for a passphrase.
        kind: LockKind,
        /// What to ask, e.g. "Enter your app PIN to install this content".
        message: String,
    },
    /// The PIN or passphrase did not match (counted as a wrong attempt, with the lock screen's
    /// waits), or it is too soon after wrong attempts to try. Nothing was installed.
    NotInstalled {
        /// What to show, with the wait in words.
        message: String,
        /// The next attempt is not allowed before this time, if he must wait.
        retry_after: Option<Timestamp>,
    },
    /// That was the last wrong attempt he opted in to: everything was erased, as on the lock
    /// screen. Close this Groundwork and start again.
    Erased {
        /// What to show.
        message: String,
    },
}

/// Whether the app's secret allows installing a pack in `data_dir` now: `None` when it may go
/// ahead (no lock set, or `secret` is right; a wrong one counts as a wrong attempt), else the
/// outcome to return. The secret is wiped, whatever the outcome.
pub(crate) fn install_gate(
    language: Language,
    data_dir: &Path,
    secret: Option<LockSecret>,
    now: Timestamp,
) -> Result<Option<PackInstallOutcome>> {
    let confirmed = lock::confirm_secret(data_dir, secret, now, language)?;
    Ok(match confirmed {
        Confirmation::Allowed => None,
        Confirmation::Needed(kind) => Some(PackInstallOutcome::SecretNeeded {
            kind,
            message: secret_prompt(language, kind),
        }),
        Confirmation::Refused {
            message,
            retry_after,
        } => Some(PackInstallOutcome::NotInstalled {
            message,
            retry_after,
        }),
        Confirmation::Erased { message } => Some(PackInstallOutcome::Erased { message }),
    })
}

/// The kind of secret installing needs in `data_dir` now, if an app lock is set.
pub(crate) fn secret_kind(data_dir: &Path, now: Timestamp) -> Result<Option<LockKind>> {
    let lock = lock::lock_status(data_dir, now, Language::ENGLISH)?;
    Ok(lock.kind.filter(|_| lock.locked))
}

fn secret_prompt(language: Language, kind: LockKind) -> String {
    language.say(match kind {
        LockKind::Pin => "content-secret-pin",
        LockKind::Passphrase => "content-secret-passphrase",
    })
}

/// The preview of installing `pack` over the `built_in` content, in `language`.
pub(crate) fn preview(
    language: Language,
    pack: &groundwork_pack::Pack,
    built_in: &groundwork_pack::Pack,
    secret_kind: Option<LockKind>,
    help: crate::safety::help::HelpButton,
) -> PackPreview {
    let manifest = &pack.manifest;
    let built_in_module = |id: &str| built_in.modules.iter().find(|m| m.meta.id == id);
    let added: Vec<&groundwork_pack::Module> = pack
        .modules
        .iter()
        .filter(|m| built_in_module(&m.meta.id).is_none())
        .collect();
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let prompts_added = count(
        pack.prompts
            .iter()
            .filter(|p| !built_in.prompts.iter().any(|b| b.id == p.id))
            .count(),
    );
    let exercises_added = count(
        added
            .iter()
            .flat_map(|m| &m.steps)
            .filter(|s| s.exercise.is_some())
            .count(),
    );
    let version = Value::from(manifest.version.as_str());
    let made_by = if manifest.authors.is_empty() {
        language.say_with("content-made-by-nobody", &[("version", version)])
    } else {
        language.say_with(
            "content-made-by",
            &[
                ("authors", manifest.authors.join(", ").into()),
                ("version", version),
            ],
        )
    };
    PackPreview {
        title: language.say("content-install-title"),
        pack_title: manifest.title.clone(),
        pack_id: manifest.id.clone(),
        version: manifest.version.clone(),
        authors: manifest.authors.clone(),
        made_by,
        modules_added: added.iter().map(|m| m.meta.title.clone()).collect(),
        modules_changed: pack
            .modules
            .iter()
            .filter(|m| built_in_module(&m.meta.id).is_some_and(|b| b != *m))
            .map(|m| m.meta.title.clone())
            .collect(),
        modules_left_out: built_in
            .modules
            .iter()
            .filter(|b| pack.module(&b.meta.id).is_none())
            .map(|b| b.meta.title.clone())
            .collect(),
        prompts_added,
        exercises_added,
        added_summary: language.say_with(
            "shell-pack-adds",
            &[
                ("exercises", exercises_added.into()),
                ("prompts", prompts_added.into()),
            ],
        ),
        services_added: trust::added_services(pack, built_in)
            .into_iter()
            .map(|(region, line)| {
                let contact = line
                    .phone
                    .clone()
                    .or_else(|| line.sms.clone())
                    .or_else(|| line.web.clone())
                    .unwrap_or_default();
                format!("{} ({}): {contact}", line.name, region.name)
            })
            .collect(),
        may_not_change: [
            "content-keeps-help-lines",
            "content-keeps-crisis-check",
            "content-keeps-safety-plan",
        ]
        .map(|id| language.say(id))
        .to_vec(),
        set_aside: trust::safety_set_aside(pack, built_in),
        secret_kind,
        secret_prompt: secret_kind.map(|kind| secret_prompt(language, kind)),
        confirm_label: language.say("content-install"),
        cancel_label: language.say("content-dont-install"),
        help,
    }
}

pub(crate) fn status(active: &Choice, file_present: bool) -> ContentStatus {
    let language = Language::of_pack(&active.pack.manifest.locale);
    let manifest = &active.base.manifest;
    let summary = language.say_with(
        if active.installed {
            "content-using-installed"
        } else {
            "content-using-built-in"
        },
        &[
            ("title", manifest.title.as_str().into()),
            ("version", manifest.version.as_str().into()),
        ],
    );
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    ContentStatus {
        pack_id: manifest.id.clone(),
        title: manifest.title.clone(),
        version: manifest.version.clone(),
        modules: count(active.base.modules.len()),
        installed: active.installed,
        summary,
        note: active.note.clone(),
        install_label: language.say("content-install-from-file"),
        remove_label: (active.installed || file_present)
            .then(|| language.say("content-back-to-built-in")),
        addons: active
            .addons
            .iter()
            .map(|addon| AddOnStatus {
                pack_id: addon.id.clone(),
                title: addon.title.clone(),
                version: addon.version.clone(),
                modules: count(addon.modules),
                summary: language.say_with(
                    "content-addon-summary",
                    &[
                        ("title", addon.title.as_str().into()),
                        ("version", addon.version.as_str().into()),
                        ("modules", addon.modules.into()),
                    ],
                ),
                remove_label: language.say_with(
                    "content-addon-remove",
                    &[("title", addon.title.as_str().into())],
                ),
            })
            .collect(),
    }
}
