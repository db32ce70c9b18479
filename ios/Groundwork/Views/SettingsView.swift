// Settings: the app lock (PIN or passphrase, Face ID / Touch ID for the key on this device),
// discreet mode, reminders, region, backup and export through the share sheet, a counsellor's
// code, and erasing everything.

import GroundworkCore
import GroundworkPresentation
import SwiftUI
import UniformTypeIdentifiers

struct SettingsView: View {
    @EnvironmentObject private var store: AppStore
    let state: SettingsState

    @State private var newPin = ""
    @State private var currentPin = ""
    @State private var usePassphrase = false
    @State private var backupPassphrase = ""
    @State private var shared: SharedFile?
    @State private var importing = false
    /// What the file picker is open for: a backup to restore, or a content pack to install.
    @State private var importingPack = false
    @State private var restorePassphrase = ""
    @State private var exportSecret = ""
    @State private var code = ""
    @State private var confirmErase = false

    var body: some View {
        Form {
            Section {
                Button("Your path: region, tracks, baby's date") { store.model.show(.onboarding) }
            }
            lockSection
            Section {
                Toggle("Discreet mode", isOn: Binding(
                    get: { state.reminders.discreet },
                    set: { store.model.setDiscreet($0) }
                ))
                Toggle("Ask how I am after I write something heavy", isOn: Binding(
                    get: { state.crisisFollowUp },
                    set: { store.model.setCrisisFollowUp($0) }
                ))
                Text(state.texts.quickHideDescription).font(.footnote).foregroundStyle(.secondary)
            }
            remindersSection
            Section("Region for help now") {
                Picker("Region", selection: Binding(
                    get: { state.region ?? "" },
                    set: { store.model.chooseRegion($0) }
                )) {
                    ForEach(state.regions, id: \.code) { Text($0.name).tag($0.code) }
                }
            }
            backupSection
            Section(state.content.title) {
                Text(state.content.summary)
                if let note = state.content.note {
                    Text(note).font(.footnote).foregroundStyle(.secondary)
                }
                Button(state.content.installLabel) { importingPack = true; importing = true }
                if let remove = state.content.removeLabel {
                    Button(remove) { store.model.removeInstalledPack() }
                }
            }
            Section("A counsellor's code") {
                TextField("Code", text: $code)
                    .textInputAutocapitalization(.characters)
                    .autocorrectionDisabled()
                Button("Open") { store.model.openCode(code) }.disabled(code.isEmpty)
            }
            Section {
                Button("Erase everything", role: .destructive) { confirmErase = true }
            } footer: {
                Text("Version \(state.coreVersion)")
            }
        }
        .navigationTitle("Settings")
        .sheet(item: $shared) { file in ShareSheet(file: file, title: state.texts.exportShareTitle) }
        .fileImporter(isPresented: $importing, allowedContentTypes: [.data]) { result in
            guard case let .success(url) = result else { return }
            let access = url.startAccessingSecurityScopedResource()
            defer { if access { url.stopAccessingSecurityScopedResource() } }
            guard let bytes = try? Data(contentsOf: url) else { return }
            if importingPack {
                store.model.previewPack(bytes)
                return
            }
            let passphrase = restorePassphrase
            Task { await store.model.restoreBackup(bytes, passphrase: passphrase, mode: .merge) }
        }
        .confirmationDialog("Erase everything, for good?", isPresented: $confirmErase, titleVisibility: .visible) {
            Button("Erase everything", role: .destructive) { store.model.eraseEverything() }
        }
    }

    @ViewBuilder private var lockSection: some View {
        Section("App lock") {
            // How the app opens, in the core's words.
            if let method = try? appUnlockMethod(dataDir: store.model.dataDir, biometric: state.biometricKey) {
                Text(method.summary)
                if let advice = method.advice { Text(advice).font(.footnote) }
            }
            if state.lock.locked {
                let current = appLockScreen(
                    dataDir: store.model.dataDir, kind: state.lock.kind, discreet: false, region: state.region)
                SecureField(current.prompt ?? "", text: $currentPin)
                    .keyboardType(current.numericInput ? .numberPad : .default)
                SecureField("New PIN or passphrase", text: $newPin)
                Button("Change") {
                    let old = secret(currentPin, kind: state.lock.kind)
                    let new = secret(newPin, kind: usePassphrase ? .passphrase : .pin)
                    Task { await store.model.changeAppLock(old: old, new: new) }
                }
                Button("Turn off app lock") {
                    let old = secret(currentPin, kind: state.lock.kind)
                    Task { await store.model.removeAppLock(old) }
                }
            } else {
                Toggle("Use a passphrase instead of a PIN", isOn: $usePassphrase)
                SecureField(usePassphrase ? "Passphrase (8 or more characters)" : "PIN (6 or more digits)", text: $newPin)
                    .keyboardType(usePassphrase ? .default : .numberPad)
                Button("Turn on app lock") {
                    let new = secret(newPin, kind: usePassphrase ? .passphrase : .pin)
                    newPin = ""
                    Task { await store.model.setAppLock(new) }
                }
                .disabled(newPin.isEmpty)
                Toggle("Face ID or Touch ID to open", isOn: Binding(
                    get: { state.biometricKey },
                    set: { store.model.setBiometricKey($0) }
                ))
            }
        }
    }

    @ViewBuilder private var remindersSection: some View {
        Section("Reminders") {
            Toggle("Daily check-in", isOn: Binding(
                get: { state.reminders.dailyCheckIn != nil },
                set: { on in
                    var settings = state.reminders
                    settings.dailyCheckIn = on ? TimeOfDay(hour: 20, minute: 0) : nil
                    store.model.saveReminderSettings(settings)
                }
            ))
            if let time = state.reminders.dailyCheckIn {
                DatePicker("Time", selection: Binding(
                    get: { Calendar.current.date(from: DateComponents(hour: Int(time.hour), minute: Int(time.minute))) ?? .now },
                    set: { date in
                        let parts = Calendar.current.dateComponents([.hour, .minute], from: date)
                        var settings = state.reminders
                        settings.dailyCheckIn = TimeOfDay(hour: UInt8(parts.hour ?? 20), minute: UInt8(parts.minute ?? 0))
                        store.model.saveReminderSettings(settings)
                    }
                ), displayedComponents: .hourAndMinute)
            }
            Toggle("Weekly reminders for new dads", isOn: Binding(
                get: { state.reminders.newFatherWeekly },
                set: { on in
                    var settings = state.reminders
                    settings.newFatherWeekly = on
                    store.model.saveReminderSettings(settings)
                }
            ))
        }
    }

    @ViewBuilder private var backupSection: some View {
        Section("Backup and export") {
            SecureField("Backup passphrase (8 or more characters)", text: $backupPassphrase)
            Button("Make an encrypted backup") {
                let passphrase = backupPassphrase
                Task {
                    if let file = await store.model.makeBackup(passphrase: passphrase) {
                        shared = SharedFile(name: file.fileName, data: file.contents)
                    }
                }
            }
            .disabled(backupPassphrase.isEmpty)
            SecureField("Passphrase of the backup to restore", text: $restorePassphrase)
            Button("Restore a backup…") { importingPack = false; importing = true }
                .disabled(restorePassphrase.isEmpty)
            // The core's export screen: it says the file is not encrypted, and asks for the app's
            // secret when a lock is set.
            if let screen = store.model.exportScreen() {
                Text(screen.notEncrypted).font(.footnote)
                if let prompt = screen.secretPrompt {
                    SecureField(prompt, text: $exportSecret)
                        .keyboardType(screen.secretKind == .pin ? .numberPad : .default)
                }
                Menu("Export") {
                    ForEach(screen.choices, id: \.label) { choice in
                        Button(choice.label) {
                            export(choice.format, secret: screen.secretKind.map { secret(exportSecret, kind: $0) })
                        }
                    }
                }
            }
        }
    }

    private func export(_ format: ExportFormat, secret: LockSecret?) {
        exportSecret = ""
        guard let file = store.model.export(format, secret: secret) else { return }
        shared = SharedFile(name: file.fileName, data: Data(file.contents.utf8))
    }

    private func secret(_ text: String, kind: LockKind?) -> LockSecret {
        kind == .passphrase ? .passphrase(text) : .pin(text)
    }
}

/// What a pack file would add and may not change, before it is installed: the core's preview, and
/// the app lock's PIN or passphrase when the preview asks for it.
struct InstallPackView: View {
    @EnvironmentObject private var store: AppStore
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
                }
                Button(preview.confirmLabel) {
                    let typed: LockSecret? = preview.secretKind.map { $0 == .pin ? .pin(secret) : .passphrase(secret) }
                    secret = ""
                    Task { await store.model.confirmPackInstall(secret: typed) }
                }
                .disabled(preview.secretKind != nil && secret.isEmpty)
                Button(preview.cancelLabel) { store.model.back() }
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
