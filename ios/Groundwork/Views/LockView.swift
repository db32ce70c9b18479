// The lock screen: a PIN pad or passphrase field, or a single unlock button when the key is on
// this device (with Face ID / Touch ID when he turned it on). Help now is always reachable here.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct LockView: View {
    @EnvironmentObject private var store: AppStore
    let lock: LockScreenState
    @State private var secret = ""
    @State private var working = false

    var body: some View {
        VStack(spacing: 24) {
            Spacer()
            Text(lock.texts.appDisplayName)
                .font(.largeTitle.weight(.semibold))
                .accessibilityAddTraits(.isHeader)

            switch lock.kind {
            case .pin?, .passphrase?:
                SecureField(lock.kind == .pin ? ShellText.enterPin : ShellText.enterPassphrase, text: $secret)
                    .keyboardType(lock.kind == .pin ? .numberPad : .default)
                    .textContentType(.password)
                    .textFieldStyle(.roundedBorder)
                    .frame(maxWidth: 320)
                    .onSubmit(submit)
                Button(ShellText.unlock, action: submit)
                    .buttonStyle(.borderedProminent)
                    .disabled(secret.isEmpty || working || waiting)
            case nil:
                Button(ShellText.unlock) { store.model.unlockWithDevice() }
                    .buttonStyle(.borderedProminent)
            }

            if let message = lock.message {
                Text(message).foregroundStyle(.secondary).multilineTextAlignment(.center)
            }
            if let retryAfter = lock.retryAfter, waiting {
                Text("Next try after \(retryAfter.formatted(date: .omitted, time: .shortened))")
                    .foregroundStyle(.secondary)
            }
            Spacer()
            HelpNowButton()
        }
        .padding()
    }

    /// Whether the core's retry time is still ahead (the button stays off until then).
    private var waiting: Bool {
        lock.retryAfter.map { $0 > .now } ?? false
    }

    private func submit() {
        guard let kind = lock.kind, !secret.isEmpty else { return }
        let typed = secret
        secret = ""
        working = true
        Task {
            await store.model.unlock(kind == .pin ? .pin(typed) : .passphrase(typed))
            working = false
        }
    }
}
