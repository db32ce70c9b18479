// Small pieces every screen uses: the help now button, the notice banner, chips, the share sheet
// (for the platform's `shareFile`), the help lines' contact buttons.

import GroundworkCore
import GroundworkPresentation
import SwiftUI
import UIKit

/// The help button every screen carries, drawn in the toolbar of every screen (the lock screen's
/// too): the core's label, opening help now at the situation the core gave this screen, and a
/// call button for his region's emergency number when the core knows it (it needs no network).
/// The button sends `.openHelp`: the core opens help now (over the lock screen when locked).
struct HelpToolbarButtons: View {
    @EnvironmentObject private var model: AppModel
    @Environment(\.openURL) private var openURL
    let help: HelpButton

    var body: some View {
        HStack(spacing: 12) {
            if let number = help.emergencyNumber, let callLabel = help.emergencyLabel,
               let url = URL(string: "tel:\(number)") {
                Button {
                    openURL(url)
                } label: {
                    Image(systemName: "phone.fill")
                }
                .accessibilityLabel(callLabel)
            }
            Button {
                model.send(.openHelp)
            } label: {
                Text(help.label).bold()
            }
            .buttonStyle(HelpButtonStyle())
            .accessibilityLabel(help.accessibilityLabel)
        }
    }
}

extension View {
    /// Puts the core's help button in the same place on every screen: the trailing end of the
    /// navigation bar.
    func helpToolbar(_ help: HelpButton?) -> some View {
        toolbar {
            if let help {
                ToolbarItem(placement: .topBarTrailing) { HelpToolbarButtons(help: help) }
            }
        }
    }
}

/// The view's notice: a line, or the core's sentence for an error. Closing it sends
/// `.dismissNotice`.
struct NoticeBanner: View {
    @EnvironmentObject private var model: AppModel

    var body: some View {
        if let notice = model.view.notice {
            HStack(alignment: .firstTextBaseline) {
                switch notice {
                case let .message(text):
                    Text(text)
                case let .error(text):
                    Label(text, systemImage: "exclamationmark.circle")
                }
                Spacer()
                Button {
                    model.send(.dismissNotice)
                } label: {
                    Image(systemName: "xmark")
                }
                .accessibilityLabel(model.text.dismiss)
            }
            .padding()
            .background(.thinMaterial, in: RoundedRectangle(cornerRadius: 12))
            .padding(.horizontal)
            .accessibilityElement(children: .contain)
        }
    }
}

/// A word or tag that can be picked.
struct Chip: View {
    let text: String
    let selected: Bool
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            Text(text)
                .padding(.horizontal, 12)
                .padding(.vertical, 6)
                .background(selected ? Color.accentColor.opacity(0.25) : Color(.secondarySystemBackground),
                            in: Capsule())
        }
        .buttonStyle(.plain)
        .accessibilityAddTraits(selected ? .isSelected : [])
    }
}

/// Lays chips out in rows that wrap, so larger Dynamic Type sizes still fit.
struct FlowLayout: Layout {
    var spacing: CGFloat = 8

    func sizeThatFits(proposal: ProposedViewSize, subviews: Subviews, cache: inout ()) -> CGSize {
        let width = proposal.width ?? .infinity
        var x: CGFloat = 0, y: CGFloat = 0, rowHeight: CGFloat = 0, widest: CGFloat = 0
        for view in subviews {
            let size = view.sizeThatFits(.unspecified)
            if x > 0, x + size.width > width {
                y += rowHeight + spacing
                x = 0
                rowHeight = 0
            }
            x += size.width + spacing
            widest = max(widest, x - spacing)
            rowHeight = max(rowHeight, size.height)
        }
        return CGSize(width: widest, height: y + rowHeight)
    }

    func placeSubviews(in bounds: CGRect, proposal: ProposedViewSize, subviews: Subviews, cache: inout ()) {
        var x = bounds.minX, y = bounds.minY, rowHeight: CGFloat = 0
        for view in subviews {
            let size = view.sizeThatFits(.unspecified)
            if x > bounds.minX, x + size.width > bounds.maxX {
                y += rowHeight + spacing
                x = bounds.minX
                rowHeight = 0
            }
            view.place(at: CGPoint(x: x, y: y), proposal: ProposedViewSize(size))
            x += size.width + spacing
            rowHeight = max(rowHeight, size.height)
        }
    }
}

/// A file to hand to the share sheet: written to a temporary file (removed when the sheet
/// closes) so the receiving app gets a proper name and type.
struct SharedFile: Identifiable {
    let id = UUID()
    let url: URL

    init?(name: String, data: Data) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        do {
            try data.write(to: url, options: [.atomic, .completeFileProtection])
        } catch {
            return nil
        }
        self.url = url
    }
}

struct ShareSheet: UIViewControllerRepresentable {
    let file: SharedFile
    let title: String

    func makeUIViewController(context: Context) -> UIActivityViewController {
        let controller = UIActivityViewController(activityItems: [file.url], applicationActivities: nil)
        controller.title = title
        controller.completionWithItemsHandler = { _, _, _, _ in
            try? FileManager.default.removeItem(at: file.url)
        }
        return controller
    }

    func updateUIViewController(_ controller: UIActivityViewController, context: Context) {}
}

/// Opens a help line's `tel:`, `sms:` or `https:` link in the phone, messages or browser app.
struct ContactButton: View {
    let action: ContactAction
    @Environment(\.openURL) private var openURL

    var body: some View {
        Button {
            if let url = URL(string: action.uri) { openURL(url) }
        } label: {
            Label(action.label, systemImage: icon)
                .frame(maxWidth: .infinity, alignment: .leading)
        }
        .buttonStyle(.bordered)
    }

    private var icon: String {
        switch action.kind {
        case .call: "phone.fill"
        case .text: "message.fill"
        case .web: "safari"
        }
    }
}
