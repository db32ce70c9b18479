// Settings: the app lock (PIN or passphrase, Face ID / Touch ID for the key on this device, how
// long it may stay open while away), discreet mode, reminders, region, backup and export (the
// core hands the file to the platform's share sheet), content packs, a counsellor's code, and
// erasing everything. Every control sends its action; the core answers with the new settings.

import GroundworkCore
import GroundworkPresentation
import SwiftUI
import UniformTypeIdentifiers

struct SettingsView: View {
    @EnvironmentObject private var model: AppModel
    let settings: SettingsScreen

    @State private var newSecret = ""
    @State private var currentSecret = ""
    @State private var usePassphrase = false
    @State private var backupPassphrase = ""
    @State private var importing = false
    /// What the file picker is open for: a backup to restore, or a content pack to install.
    @State private var importingPack = false
    @State private var restorePassphrase = ""
    @State private var code = ""
    @State private var confirmErase = false

    var body: some View {
        Form {
            Section {
                Button(model.text.yourPathSettings) { model.send(.show(destination: .yourPath)) }
            }
            lockSection
            Section {
                Toggle(model.text.discreetMode, isOn: Binding(
                    get: { settings.reminders.discreet },
                    set: { model.send(.setDiscreet(on: $0)) }
                ))
                Toggle(model.text.crisisFollowUp, isOn: Binding(
                    get: { settings.crisisFollowUp },
                    set: { model.send(.setCrisisFollowUp(on: $0)) }
                ))
                Text(settings.texts.quickHideDescription).font(.footnote).foregroundStyle(.secondary)
            }
            remindersSection
            Section(model.text.regionForHelpNow) {
                Picker(model.text.region, selection: Binding(
                    get: { settings.region ?? "" },
                    set: { model.send(.chooseRegion(code: $0)) }
                )) {
                    ForEach(settings.regions, id: \.code) { Text($0.name).tag($0.code) }
                }
            }
            backupSection
            Section(settings.content.title) {
                Text(settings.content.summary)
                if let note = settings.content.note {
                    Text(note).font(.footnote).foregroundStyle(.secondary)
                }
                Button(settings.content.installLabel) { pick(pack: true) }
                if let remove = settings.content.removeLabel {
                    Button(remove) { model.send(.removeInstalledPack) }
                }
            }
            Section(model.text.counsellorCode) {
                TextField(model.text.code, text: $code)
                    .keyboardType(.asciiCapable)
                    .textInputAutocapitalization(.characters)
                    .autocorrectionDisabled()
                Button(model.text.openCode) { model.send(.openCode(text: code)) }.disabled(code.isEmpty)
            }
            Section {
                Button(model.text.eraseEverything, role: .destructive) { confirmErase = true }
            } footer: {
                Text(model.text.version)
            }
        }
        .navigationTitle(model.text.settings)
        .fileImporter(isPresented: $importing, allowedContentTypes: [.data]) { result in
            guard case let .success(url) = result else { return }
            let access = url.startAccessingSecurityScopedResource()
            defer { if access { url.stopAccessingSecurityScopedResource() } }
            guard let bytes = try? Data(contentsOf: url) else { return }
            if importingPack {
                model.send(.previewPack(bundle: bytes))
            } else {
                let passphrase = restorePassphrase
                restorePassphrase = ""
                model.send(.restoreBackup(bytes: bytes, passphrase: passphrase, mode: .merge))
            }
        }
        .confirmationDialog(model.text.eraseEverythingQuestion, isPresented: $confirmErase, titleVisibility: .visible) {
            Button(model.text.eraseEverything, role: .destructive) { model.send(.eraseEverything) }
        }
    }

    /// Opens the file picker; the core hears first that the app is handing off, so it does not
    /// lock while the picker is up (for a few minutes at most).
    private func pick(pack: Bool) {
        model.send(.handingOff(at: .now))
        importingPack = pack
        importing = true
    }

    @ViewBuilder private var lockSection: some View {
        Section(model.text.appLock) {
            if let message = settings.lock.message {
                Text(message).font(.footnote)
            }
            if settings.lock.locked {
                SecureField(model.text.currentSecret, text: $currentSecret)
                    .keyboardType(settings.lock.kind == .pin ? .numberPad : .default)
                    .secretEntry()
                Toggle(model.text.newIsPassphrase, isOn: $usePassphrase)
                SecureField(usePassphrase ? model.text.newPassphrase : model.text.newPin, text: $newSecret)
                    .keyboardType(usePassphrase ? .default : .numberPad)
                    .secretEntry()
                Button(model.text.changeLock) {
                    let old = secret(currentSecret, kind: settings.lock.kind)
                    let new = secret(newSecret, kind: usePassphrase ? .passphrase : .pin)
                    clearSecrets()
                    model.send(.changeAppLock(old: old, new: new))
                }
                .disabled(currentSecret.isEmpty || newSecret.isEmpty)
                Button(model.text.turnOffLock) {
                    let old = secret(currentSecret, kind: settings.lock.kind)
                    clearSecrets()
                    model.send(.removeAppLock(secret: old))
                }
                .disabled(currentSecret.isEmpty)
            } else {
                Toggle(model.text.usePassphrase, isOn: $usePassphrase)
                SecureField(usePassphrase ? model.text.passphraseRule : model.text.pinRule, text: $newSecret)
                    .keyboardType(usePassphrase ? .default : .numberPad)
                    .secretEntry()
                Button(model.text.turnOnLock) {
                    let new = secret(newSecret, kind: usePassphrase ? .passphrase : .pin)
                    clearSecrets()
                    model.send(.setAppLock(secret: new, eraseAfter: nil))
                }
                .disabled(newSecret.isEmpty)
                Toggle(model.text.faceIdOrTouchId, isOn: Binding(
                    get: { settings.biometricKey },
                    set: { model.send(.setBiometricKey(on: $0)) }
                ))
            }
            Picker(model.text.lockAfter, selection: Binding(
                get: { settings.lockGrace.first(where: \.selected)?.grace ?? .immediately },
                set: { model.send(.setLockGrace(grace: $0)) }
            )) {
                ForEach(settings.lockGrace, id: \.grace) { option in
                    Text(option.label).tag(option.grace)
                }
            }
        }
    }

    @ViewBuilder private var remindersSection: some View {
        Section(model.text.reminders) {
            Toggle(model.text.dailyCheckIn, isOn: Binding(
                get: { settings.reminders.dailyCheckIn != nil },
                set: { on in
                    var reminders = settings.reminders
                    reminders.dailyCheckIn = on ? TimeOfDay(hour: 20, minute: 0) : nil
                    model.send(.saveReminderSettings(settings: reminders))
                }
            ))
            if let time = settings.reminders.dailyCheckIn {
                DatePicker(model.text.reminderTime, selection: Binding(
                    get: { Calendar.current.date(from: DateComponents(hour: Int(time.hour), minute: Int(time.minute))) ?? .now },
                    set: { date in
                        let parts = Calendar.current.dateComponents([.hour, .minute], from: date)
                        var reminders = settings.reminders
                        reminders.dailyCheckIn = TimeOfDay(hour: UInt8(parts.hour ?? 20), minute: UInt8(parts.minute ?? 0))
                        model.send(.saveReminderSettings(settings: reminders))
                    }
                ), displayedComponents: .hourAndMinute)
            }
            Toggle(model.text.newDadReminders, isOn: Binding(
                get: { settings.reminders.newFatherWeekly },
                set: { on in
                    var reminders = settings.reminders
                    reminders.newFatherWeekly = on
                    model.send(.saveReminderSettings(settings: reminders))
                }
            ))
        }
    }

    @ViewBuilder private var backupSection: some View {
        Section(model.text.backupAndExport) {
            SecureField(model.text.backupPassphrase, text: $backupPassphrase)
                .secretEntry()
            Button(model.text.makeBackup) {
                let passphrase = backupPassphrase
                backupPassphrase = ""
                model.send(.makeBackup(passphrase: passphrase))
            }
            .disabled(backupPassphrase.isEmpty)
            SecureField(model.text.restorePassphrase, text: $restorePassphrase)
                .secretEntry()
            Button(model.text.restoreBackup) { pick(pack: false) }
                .disabled(restorePassphrase.isEmpty)
            // The file is not encrypted: the share sheet hands it to whatever app he picks.
            Menu(model.text.exportMenu) {
                Button(model.text.exportEverythingShort) { model.send(.export(format: .json)) }
                Button(model.text.exportJournalShort) { model.send(.export(format: .markdown)) }
                Button(model.text.exportCheckInsShort) { model.send(.export(format: .csv)) }
            }
        }
    }

    private func clearSecrets() {
        currentSecret = ""
        newSecret = ""
    }

    private func secret(_ text: String, kind: LockKind?) -> LockSecret {
        kind == .passphrase ? .passphrase(text) : .pin(text)
    }
}

/// What a pack file would add and may not change, before it is installed: the core's preview, and
/// the app lock's PIN or passphrase when the preview asks for it.
struct InstallPackView: View {
    @EnvironmentObject private var model: AppModel
    let preview: PackPreview
    @State private var secret = ""

    var body: some View {
        List {
            Section {
                Text(preview.packTitle).font(.headline)
                Text(preview.madeBy)
                Text(preview.addedSummary)
            }
            items(model.text.packModulesAdded, preview.modulesAdded)
            items(model.text.packServicesAdded, preview.servicesAdded)
            items(model.text.packModulesChanged, preview.modulesChanged)
            items(model.text.packModulesLeftOut, preview.modulesLeftOut)
            items(model.text.packMayNotChange, preview.mayNotChange)
            items(model.text.packSetAside, preview.setAside)
            Section {
                if let kind = preview.secretKind, let prompt = preview.secretPrompt {
                    SecureField(prompt, text: $secret)
                        .keyboardType(kind == .pin ? .numberPad : .default)
                        .secretEntry()
                }
                Button(preview.confirmLabel) {
                    let typed: LockSecret? = preview.secretKind.map { $0 == .pin ? .pin(secret) : .passphrase(secret) }
                    secret = ""
                    model.send(.confirmPackInstall(secret: typed))
                }
                .disabled(preview.secretKind != nil && secret.isEmpty)
                Button(preview.cancelLabel) { model.send(.back) }
            }
        }
        .navigationTitle(preview.title)
    }

    @ViewBuilder private func items(_ title: String, _ lines: [String]) -> some View {
        if !lines.isEmpty {
            Section(title) { ForEach(lines, id: \.self) { Text($0) } }
        }
    }
}
