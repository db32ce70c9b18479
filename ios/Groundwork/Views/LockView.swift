// The lock screen, from the core's `LockedView`: a PIN pad or passphrase field, or a single
// unlock button when the key is on this device (with Face ID / Touch ID when he turned it on).
// Help now is always reachable here, in the navigation bar as on every screen; it opens over
// the lock screen from the content alone (`view.helpBeforeUnlock`).

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct LockView: View {
    @EnvironmentObject private var model: AppModel
    let lock: LockedView
    @State private var secret = ""

    var body: some View {
        VStack(spacing: 24) {
            Spacer()
            Text(lock.screen.title)
                .font(.largeTitle.weight(.semibold))
                .accessibilityAddTraits(.isHeader)

            switch lock.kind {
            case .pin?, .passphrase?:
                SecureField(lock.screen.prompt ?? "", text: $secret)
                    .keyboardType(lock.screen.numericInput ? .numberPad : .default)
                    .textContentType(.password)
                    .textInputAutocapitalization(.never)
                    .autocorrectionDisabled()
                    .textFieldStyle(.roundedBorder)
                    .frame(maxWidth: 320)
                    .onSubmit(submit)
                Button(lock.screen.unlockLabel, action: submit)
                    .buttonStyle(.borderedProminent)
                    .disabled(secret.isEmpty || waiting)
            case nil:
                Button(lock.screen.unlockLabel) { model.send(.unlockWithDevice) }
                    .buttonStyle(.borderedProminent)
            }

            // The core's line after an attempt says when he may try again, in words.
            if let message = lock.message {
                Text(message).foregroundStyle(.secondary).multilineTextAlignment(.center)
            }
            Spacer()
        }
        .padding()
    }

    /// Whether the core's retry time is still ahead (the button stays off until then).
    private var waiting: Bool {
        lock.retryAfter.map { $0 > .now } ?? false
    }

    private func submit() {
        guard let kind = lock.kind, !secret.isEmpty, !waiting else { return }
        let typed = secret
        secret = ""
        model.send(.unlock(secret: kind == .pin ? .pin(typed) : .passphrase(typed)))
    }
}
