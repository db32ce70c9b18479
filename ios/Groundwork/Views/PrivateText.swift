// The one text field and the one text editor for anything he writes about himself (journal,
// check-in words and notes, anger moments, plans, exercise answers). No autocorrection, so the
// keyboard offers no predictive text from what he typed there, and the content is marked
// privacy-sensitive, so the system redacts it wherever it shows views outside the app.

import SwiftUI

/// A private text field, growing to several lines when `multiline`.
struct PrivateTextField: View {
    let label: String
    @Binding var text: String
    var multiline = true

    var body: some View {
        TextField(label, text: $text, axis: multiline ? .vertical : .horizontal)
            .privateText()
    }
}

/// A private text editor for long writing (a journal entry, a reflection).
struct PrivateTextEditor: View {
    @Binding var text: String

    var body: some View {
        TextEditor(text: $text)
            .privateText()
    }
}

extension View {
    /// No autocorrection or predictive text (the keyboard learns nothing from it), and
    /// privacy-sensitive content.
    func privateText() -> some View {
        autocorrectionDisabled(true)
            .privacySensitive()
    }

    /// A PIN, passphrase or backup passphrase: as private text, and never capitalised by the
    /// keyboard.
    func secretEntry() -> some View {
        privateText()
            .textInputAutocapitalization(.never)
    }
}
