//! The phones' own settings that keep him safe, read from the platform files themselves: the
//! Android manifest and Keystore code, the iOS Info.plist, entitlements and Keychain code, and
//! the private text fields. These files only build on a phone's toolchain, so this is what checks
//! them here: a flag dropped or weakened in an edit fails this test.

use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the repository")
        .to_path_buf()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const ANDROID: &str = "android/app/src/main/kotlin/app/groundwork/android";
/// The screens' module (plain Compose; the platform's part of a private field is the app's).
const ANDROID_UI: &str = "android/ui/src/main/kotlin/app/groundwork/android/ui";

/// Every file with `extension` under `dir`, with its text.
fn sources(dir: &str, extension: &str) -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    let mut dirs = vec![repo().join(dir)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("list") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == extension) {
                let text = std::fs::read_to_string(&path).expect("read");
                found.push((path, text));
            }
        }
    }
    assert!(!found.is_empty(), "no .{extension} files under {dir}");
    found
}

/// The text of the element that starts at `start` and ends at the next `end`.
fn element<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{start} is missing"));
    let to = text[from..].find(end).expect("the element ends") + from + end.len();
    &text[from..to]
}

#[test]
fn the_android_fingerprint_or_face_key_needs_strong_biometrics_for_every_use_and_never_the_phones_pin()
 {
    let store = read(&format!("{ANDROID}/platform/KeystoreKeyStore.kt"));
    assert!(
        store.contains("setUserAuthenticationParameters(0, KeyProperties.AUTH_BIOMETRIC_STRONG)")
    );
    assert!(store.contains("setUserAuthenticationValidityDurationSeconds(-1)"));
    assert!(store.contains("setInvalidatedByBiometricEnrollment(true)"));
    assert!(store.contains("AndroidKeystore.generate(alias)"));
    let keystore = read(&format!("{ANDROID}/platform/AndroidKeystore.kt"));
    assert!(
        keystore.contains("setUnlockedDeviceRequired(true)"),
        "every key is usable only while the phone is unlocked"
    );
    assert!(
        !store.contains("AUTH_DEVICE_CREDENTIAL"),
        "the phone's PIN never opens it"
    );

    let activity = read(&format!("{ANDROID}/MainActivity.kt"));
    assert!(activity.contains("setAllowedAuthenticators(BIOMETRIC_STRONG)"));
    assert!(!activity.contains("DEVICE_CREDENTIAL"));
    assert!(activity.contains("BiometricPrompt.CryptoObject(cipher)"));
    // The prompt's words are the core's, neutral in discreet mode.
    assert!(activity.contains("discreetTextsFor(viewModel.platform.preferences.discreet)"));
    assert!(activity.contains("setTitle(texts.unlockPromptTitle)"));
}

#[test]
fn the_android_app_lock_is_sealed_by_a_keystore_key_usable_only_while_the_phone_is_unlocked() {
    let wrapper = read(&format!("{ANDROID}/platform/KeystoreDeviceKeyWrapper.kt"));
    assert!(wrapper.contains(": DeviceKeyWrapper"));
    assert!(wrapper.contains("AndroidKeystore.generate(ALIAS)"));
    assert!(
        read(&format!("{ANDROID}/platform/AndroidKeystore.kt"))
            .contains("setUnlockedDeviceRequired(true)")
    );
    assert!(wrapper.contains("setIsStrongBoxBacked(true)"));
    assert!(wrapper.contains("FEATURE_STRONGBOX_KEYSTORE"));
    assert!(
        !wrapper.contains("setUserAuthenticationRequired"),
        "the app's own PIN is the proof; no biometric is asked"
    );
    let application = read(&format!("{ANDROID}/GroundworkApplication.kt"));
    assert!(application.contains("useDeviceKeyWrapper(KeystoreDeviceKeyWrapper(this))"));
    assert!(application.contains("useAppFolders(listOf(cacheDir.absolutePath))"));
    let shared = read("android/app/src/main/res/xml/shared_files.xml");
    assert!(
        shared.contains("<cache-path"),
        "shared copies live in the cache folder that erasing empties"
    );
}

#[test]
fn android_discreet_mode_has_a_neutral_launcher_name_and_icon() {
    let manifest = read("android/app/src/main/AndroidManifest.xml");
    let activity = element(&manifest, "<activity\n", "</activity>");
    assert!(
        !activity.contains("category.LAUNCHER"),
        "the launcher entries are the aliases"
    );
    let usual = element(
        &manifest,
        "android:name=\".LauncherUsual\"",
        "</activity-alias>",
    );
    let neutral = element(
        &manifest,
        "android:name=\".LauncherNeutral\"",
        "</activity-alias>",
    );
    assert!(usual.contains("android:enabled=\"true\"") && usual.contains("category.LAUNCHER"));
    assert!(neutral.contains("android:enabled=\"false\"") && neutral.contains("category.LAUNCHER"));
    assert!(neutral.contains("android:label=\"@string/app_name_neutral\""));
    assert!(!neutral.contains("sym_def_app_icon"), "its own, plain icon");

    let strings = read("android/app/src/main/res/values/strings.xml");
    let neutral_name = groundwork_core::discreet_texts_for(true).app_display_name;
    assert!(
        strings.contains(&format!(
            "<string name=\"app_name_neutral\">{neutral_name}</string>"
        )),
        "the launcher's neutral name is the core's"
    );
    let toggle = read(&format!("{ANDROID}/platform/LauncherName.kt"));
    assert!(toggle.contains("setComponentEnabledSetting"));
    assert!(toggle.contains("app.groundwork.android.LauncherUsual"));
    assert!(toggle.contains("app.groundwork.android.LauncherNeutral"));
    let preferences = read(&format!("{ANDROID}/platform/SharedPreferencesStore.kt"));
    assert!(preferences.contains("LauncherName.show(context, discreet = value)"));
}

/// The screens where he writes about himself, on each platform.
const ANDROID_PRIVATE_SCREENS: [&str; 5] = [
    "AngerMomentScreen.kt",
    "CheckInScreen.kt",
    "DocumentScreens.kt",
    "JournalScreens.kt",
    "LessonScreen.kt",
];
const IOS_PRIVATE_VIEWS: [&str; 5] = [
    "AngerMomentView.swift",
    "CheckInView.swift",
    "DocumentViews.swift",
    "ExerciseViews.swift",
    "JournalViews.swift",
];

/// How many times `needle` starts a call in `text` that is not `PrivateTextField(`.
fn plain_calls(text: &str, needle: &str) -> usize {
    text.match_indices(needle)
        .filter(|(at, _)| !text[..*at].ends_with("Private"))
        .count()
}

#[test]
fn every_private_text_field_on_android_keeps_the_keyboard_from_learning_and_is_sensitive() {
    for screen in ANDROID_PRIVATE_SCREENS {
        let text = read(&format!("{ANDROID_UI}/{screen}"));
        assert_eq!(plain_calls(&text, "TextField("), 0, "{screen}");
        assert!(text.contains("PrivateTextField("), "{screen}");
    }
    // The field (plain Compose) turns autocorrect off and wraps itself in the platform's private
    // input, which the app gives the keyboard flag and the accessibility marking.
    let field = read(&format!("{ANDROID_UI}/PrivateTextField.kt"));
    assert!(field.contains("autoCorrectEnabled = false"));
    assert!(field.contains("LocalScreenPlatform.current.PrivateInput {"));
    let platform = read(&format!("{ANDROID}/platform/PhoneScreenPlatform.kt"));
    assert!(platform.contains("override fun PrivateInput("));
    assert!(platform.contains("EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING"));
    assert!(
        platform.contains("setAccessibilityDataSensitive(View.ACCESSIBILITY_DATA_SENSITIVE_YES)")
    );
}

#[test]
fn every_private_text_field_on_ios_has_no_autocorrection_or_predictive_text() {
    for view in IOS_PRIVATE_VIEWS {
        let text = read(&format!("ios/Groundwork/Views/{view}"));
        assert_eq!(plain_calls(&text, "TextField("), 0, "{view}");
        assert_eq!(plain_calls(&text, "TextEditor("), 0, "{view}");
        assert!(text.contains("PrivateText"), "{view}");
    }
    let field = read("ios/Groundwork/Views/PrivateText.swift");
    assert!(field.contains("autocorrectionDisabled(true)"));
    assert!(field.contains("privacySensitive()"));
    let journal = read("ios/Groundwork/Views/JournalViews.swift");
    let search = element(&journal, ".searchable(", ")\n");
    assert!(
        journal[journal.find(search).expect("search") + search.len()..]
            .trim_start()
            .starts_with(".privateText()"),
        "journal search is private too"
    );
}

#[test]
fn every_ios_keychain_item_is_this_device_only_and_readable_only_while_unlocked() {
    let mut keychain_files = 0;
    for (path, text) in sources("ios/Groundwork", "swift") {
        if !text.contains("SecItemAdd") && !text.contains("SecKeyCreateRandomKey") {
            continue;
        }
        keychain_files += 1;
        let shown = path.display();
        for weaker in [
            "kSecAttrAccessibleAfterFirstUnlock",
            "kSecAttrAccessibleAlways",
            "kSecAttrAccessibleWhenUnlocked,",
            "kSecAttrAccessibleWhenPasscodeSet",
            ".userPresence",
            "kSecAttrSynchronizable as String: true",
        ] {
            assert!(!text.contains(weaker), "{shown} uses {weaker}");
        }
        // Every accessibility class named (the key itself aside) is the strictest one.
        let classes: Vec<&str> = text
            .match_indices("kSecAttrAccessible")
            .map(|(at, _)| {
                let rest = &text[at..];
                let end = rest
                    .find(|c: char| !c.is_ascii_alphanumeric())
                    .unwrap_or(rest.len());
                &rest[..end]
            })
            .filter(|name| *name != "kSecAttrAccessible")
            .collect();
        assert!(!classes.is_empty(), "{shown}");
        for class in classes {
            assert_eq!(
                class, "kSecAttrAccessibleWhenUnlockedThisDeviceOnly",
                "{shown}"
            );
        }
    }
    assert_eq!(
        keychain_files, 2,
        "the key store and the device key wrapper"
    );
    let store = read("ios/Groundwork/Platform/KeychainKeyStore.swift");
    assert!(store.contains(".biometryCurrentSet"));
    assert!(store.contains("context.localizedReason = texts.unlockPromptReason"));
    let wrapper = read("ios/Groundwork/Platform/SecureEnclaveKeyWrapper.swift");
    assert!(wrapper.contains(": DeviceKeyWrapper"));
    assert!(wrapper.contains("kSecAttrTokenIDSecureEnclave"));
    let app = read("ios/Groundwork/App/GroundworkApp.swift");
    assert!(app.contains("useDeviceKeyWrapper(wrapper: SecureEnclaveKeyWrapper())"));
    assert!(app.contains("useAppFolders(folders:"));
    assert!(app.contains("FileManager.default.temporaryDirectory.path"));
}

#[test]
fn ios_files_are_completely_protected_and_discreet_mode_has_a_neutral_icon() {
    for file in ["ios/Groundwork/Groundwork.entitlements", "ios/project.yml"] {
        let text = read(file);
        assert!(text.contains("NSFileProtectionComplete"), "{file}");
        assert!(!text.contains("NSFileProtectionCompleteUntil"), "{file}");
        assert!(!text.contains("NSFileProtectionCompleteUnless"), "{file}");
    }
    let app = read("ios/Groundwork/App/GroundworkApp.swift");
    assert!(app.contains("[.protectionKey: FileProtectionType.complete]"));

    let plist = read("ios/Groundwork/Info.plist");
    let icons = element(&plist, "<key>CFBundleAlternateIcons</key>", "</dict>");
    assert!(icons.contains("<key>Neutral</key>"));
    assert!(icons.contains("<string>NeutralIcon</string>"));
    for scale in ["@2x", "@3x"] {
        let icon = repo().join(format!("ios/Groundwork/Icons/NeutralIcon{scale}.png"));
        let bytes = std::fs::read(&icon).expect("the icon file");
        assert!(bytes.starts_with(b"\x89PNG"), "{}", icon.display());
    }
    let face_id = element(&plist, "<key>NSFaceIDUsageDescription</key>", "</string>");
    assert!(
        !face_id.contains("Groundwork"),
        "iOS shows it where anyone may look"
    );
    let project = read("ios/project.yml");
    assert!(project.contains("CFBundleAlternateIcons:") && project.contains("- NeutralIcon"));
    let preferences = read("ios/Groundwork/Platform/DefaultsPreferences.swift");
    assert!(preferences.contains("setAlternateIconName(icon)"));
}

#[test]
fn the_ios_key_store_confirms_a_new_key_before_it_deletes_the_old_one() {
    let store = read("ios/Groundwork/Platform/KeychainKeyStore.swift");
    let body = element(
        &store,
        "func store(_ key: Data, biometric: Bool) -> Bool {",
        "\n    }\n",
    );
    let position = |what: &str| {
        body.find(what)
            .unwrap_or_else(|| panic!("the store step {what:?} is missing"))
    };
    let added = position("try add(key, to: nextAccount, biometric: biometric)");
    let confirmed = position("try read(nextAccount) == key");
    let old_deleted = position("try delete(account)");
    assert!(
        added < confirmed && confirmed < old_deleted,
        "saved, read back, and only then the old key deleted"
    );
    assert_eq!(
        body.matches("delete(account)").count(),
        1,
        "the old key is deleted in one place only"
    );
    // A cancelled prompt answers nothing, so the lock screen stays as it was.
    assert!(store.contains("catch KeychainError.cancelled {\n                return"));
    let platform = read("ios/Groundwork/Platform/PhonePlatform.swift");
    assert!(platform.contains("final class PhonePlatform: Platform"));
    assert!(
        platform.contains(".completeFileProtection"),
        "shared files too"
    );
    assert!(platform.contains("send(.lockCheckDue(at: Date()))"));
}

const IOS: &str = "ios/Groundwork";

/// How many times `needle` appears in `text`.
fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}

#[test]
fn android_dictation_uses_only_the_on_device_recogniser_and_never_a_server_one() {
    let mut on_device = 0;
    for dir in [ANDROID, ANDROID_UI] {
        for (path, text) in sources(dir, "kt") {
            // The default recogniser (and the system's voice-typing screen) may send audio away.
            assert_eq!(
                count(&text, "SpeechRecognizer.createSpeechRecognizer("),
                0,
                "{} makes a recogniser that may use a server",
                path.display()
            );
            for intent in [
                "ACTION_VOICE_SEARCH_HANDS_FREE",
                "ACTION_WEB_SEARCH",
                "startActivityForResult",
            ] {
                assert!(
                    !(text.contains("RecognizerIntent") && text.contains(intent)),
                    "{} hands speech to another app ({intent})",
                    path.display()
                );
            }
            if text.contains("RecognizerIntent") {
                assert!(
                    text.contains("createOnDeviceSpeechRecognizer(")
                        && text.contains("isOnDeviceRecognitionAvailable("),
                    "{} recognises speech without the on-device recogniser",
                    path.display()
                );
            }
            on_device += count(&text, "SpeechRecognizer.createOnDeviceSpeechRecognizer(");
        }
    }
    assert_eq!(
        on_device, 1,
        "one place makes the recogniser, the on-device one"
    );
    let manifest = read("android/app/src/main/AndroidManifest.xml");
    assert!(manifest.contains(r#"android:name="android.permission.RECORD_AUDIO""#));
    assert!(!manifest.contains("android.permission.INTERNET"));
}

#[test]
fn ios_dictation_requires_on_device_recognition_for_every_request() {
    let mut requests = 0;
    for (path, text) in sources(IOS, "swift") {
        let made = count(&text, "SFSpeechAudioBufferRecognitionRequest(")
            + count(&text, "SFSpeechURLRecognitionRequest(");
        requests += made;
        assert_eq!(
            count(&text, ".requiresOnDeviceRecognition = true"),
            made,
            "{}: every recognition request must require the phone's own recogniser",
            path.display()
        );
        assert!(
            !text.contains("requiresOnDeviceRecognition = false"),
            "{}",
            path.display()
        );
        if made > 0 {
            assert!(
                count(&text, ".supportsOnDeviceRecognition") >= 2,
                "{}: checked before offering and before listening",
                path.display()
            );
        }
    }
    assert_eq!(requests, 1, "one place makes a recognition request");
    let plist = read("ios/Groundwork/Info.plist");
    for key in [
        "NSMicrophoneUsageDescription",
        "NSSpeechRecognitionUsageDescription",
    ] {
        let after = &plist[plist.find(key).unwrap_or_else(|| panic!("{key} is set"))..];
        let reason = element(after, "<string>", "</string>");
        assert!(
            reason.contains("on this phone"),
            "{key} says where the words are recognised: {reason}"
        );
    }
}
