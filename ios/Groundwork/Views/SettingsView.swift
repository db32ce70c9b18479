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
                Button("Your path: region, tracks, baby's date") { model.send(.show(destination: .yourPath)) }
            }
            lockSection
            Section {
                Toggle("Discreet mode", isOn: Binding(
                    get: { settings.reminders.discreet },
                    set: { model.send(.setDiscreet(on: $0)) }
                ))
                Toggle("Ask how I am after I write something heavy", isOn: Binding(
                    get: { settings.crisisFollowUp },
                    set: { model.send(.setCrisisFollowUp(on: $0)) }
                ))
                Text(settings.texts.quickHideDescription).font(.footnote).foregroundStyle(.secondary)
            }
            remindersSection
            Section("Region for help now") {
                Picker("Region", selection: Binding(
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
            Section("A counsellor's code") {
                TextField("Code", text: $code)
                    .keyboardType(.asciiCapable)
                    .textInputAutocapitalization(.characters)
                    .autocorrectionDisabled()
                Button("Open") { model.send(.openCode(text: code)) }.disabled(code.isEmpty)
            }
            Section {
                Button("Erase everything", role: .destructive) { confirmErase = true }
            } footer: {
                Text("Version \(settings.coreVersion)")
            }
        }
        .navigationTitle("Settings")
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
        .confirmationDialog("Erase everything, for good?", isPresented: $confirmErase, titleVisibility: .visible) {
            Button("Erase everything", role: .destructive) { model.send(.eraseEverything) }
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
        Section("App lock") {
            if let message = settings.lock.message {
                Text(message).font(.footnote)
            }
            if settings.lock.locked {
                SecureField("Current PIN or passphrase", text: $currentSecret)
                    .keyboardType(settings.lock.kind == .pin ? .numberPad : .default)
                    .secretEntry()
                Toggle("New one is a passphrase", isOn: $usePassphrase)
                SecureField(usePassphrase ? "New passphrase" : "New PIN", text: $newSecret)
                    .keyboardType(usePassphrase ? .default : .numberPad)
                    .secretEntry()
                Button("Change") {
                    let old = secret(currentSecret, kind: settings.lock.kind)
                    let new = secret(newSecret, kind: usePassphrase ? .passphrase : .pin)
                    clearSecrets()
                    model.send(.changeAppLock(old: old, new: new))
                }
                .disabled(currentSecret.isEmpty || newSecret.isEmpty)
                Button("Turn off app lock") {
                    let old = secret(currentSecret, kind: settings.lock.kind)
                    clearSecrets()
                    model.send(.removeAppLock(secret: old))
                }
                .disabled(currentSecret.isEmpty)
            } else {
                Toggle("Use a passphrase instead of a PIN", isOn: $usePassphrase)
                SecureField(usePassphrase ? "Passphrase (8 or more characters)" : "PIN (6 or more digits)", text: $newSecret)
                    .keyboardType(usePassphrase ? .default : .numberPad)
                    .secretEntry()
                Button("Turn on app lock") {
                    let new = secret(newSecret, kind: usePassphrase ? .passphrase : .pin)
                    clearSecrets()
                    model.send(.setAppLock(secret: new, eraseAfter: nil))
                }
                .disabled(newSecret.isEmpty)
                Toggle("Face ID or Touch ID to open", isOn: Binding(
                    get: { settings.biometricKey },
                    set: { model.send(.setBiometricKey(on: $0)) }
                ))
            }
            Picker("Lock after", selection: Binding(
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
        Section("Reminders") {
            Toggle("Daily check-in", isOn: Binding(
                get: { settings.reminders.dailyCheckIn != nil },
                set: { on in
                    var reminders = settings.reminders
                    reminders.dailyCheckIn = on ? TimeOfDay(hour: 20, minute: 0) : nil
                    model.send(.saveReminderSettings(settings: reminders))
                }
            ))
            if let time = settings.reminders.dailyCheckIn {
                DatePicker("Time", selection: Binding(
                    get: { Calendar.current.date(from: DateComponents(hour: Int(time.hour), minute: Int(time.minute))) ?? .now },
                    set: { date in
                        let parts = Calendar.current.dateComponents([.hour, .minute], from: date)
                        var reminders = settings.reminders
                        reminders.dailyCheckIn = TimeOfDay(hour: UInt8(parts.hour ?? 20), minute: UInt8(parts.minute ?? 0))
                        model.send(.saveReminderSettings(settings: reminders))
                    }
                ), displayedComponents: .hourAndMinute)
            }
            Toggle("Weekly reminders for new dads", isOn: Binding(
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
        Section("Backup and export") {
            SecureField("Backup passphrase (8 or more characters)", text: $backupPassphrase)
                .secretEntry()
            Button("Make an encrypted backup") {
                let passphrase = backupPassphrase
                backupPassphrase = ""
                model.send(.makeBackup(passphrase: passphrase))
            }
            .disabled(backupPassphrase.isEmpty)
            SecureField("Passphrase of the backup to restore", text: $restorePassphrase)
                .secretEntry()
            Button("Restore a backup…") { pick(pack: false) }
                .disabled(restorePassphrase.isEmpty)
            // The file is not encrypted: the share sheet hands it to whatever app he picks.
            Menu("Export (not encrypted)") {
                Button("Everything (JSON)") { model.send(.export(format: .json)) }
                Button("Journal (Markdown)") { model.send(.export(format: .markdown)) }
                Button("Check-ins (CSV)") { model.send(.export(format: .csv)) }
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
                Text("\(preview.exercisesAdded) exercises and \(preview.promptsAdded) journal prompts added.")
            }
            items("Modules it adds", preview.modulesAdded)
            items("Local services it adds to help now", preview.servicesAdded)
            items("Built-in modules it rewrites", preview.modulesChanged)
            items("Built-in modules it leaves out (your progress stays)", preview.modulesLeftOut)
            items("What it may not change", preview.mayNotChange)
            items("Not used from this pack", preview.setAside)
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
