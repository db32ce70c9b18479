// The journal: the list (newest first, a page at a time, `.loadMoreJournal`), the editor (with
// the prompt library; saving an entry, new or edited, sends `.saveJournalEntry` and goes through
// the core's crisis check) and search with highlighted snippets (`.searchJournal` as he types).

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct JournalListView: View {
    @EnvironmentObject private var model: AppModel
    let filter: JournalFilter
    let items: [JournalListItem]
    let hasMore: Bool

    var body: some View {
        List {
            if let tag = filter.tag {
                Section {
                    Button("#\(tag): \(model.text.showEveryEntry)") {
                        model.send(.filterJournal(filter: JournalFilter(fromDay: nil, toDay: nil, tag: nil)))
                    }
                }
            }
            ForEach(items, id: \.id) { item in
                Button { model.send(.show(destination: .journalEntry(id: item.id))) } label: {
                    VStack(alignment: .leading, spacing: 4) {
                        Text(item.createdAt.formatted(date: .abbreviated, time: .shortened))
                            .font(.caption).foregroundStyle(.secondary)
                        if let prompt = item.promptText { Text(prompt).font(.subheadline.italic()) }
                        Text(item.preview + (item.previewIsPartial ? "…" : "")).lineLimit(3)
                        if !item.tags.isEmpty {
                            Text(item.tags.map { "#\($0)" }.joined(separator: " "))
                                .font(.caption).foregroundStyle(.secondary)
                        }
                    }
                    .accessibilityElement(children: .combine)
                    .privacySensitive()
                }
            }
            if hasMore {
                Button(model.text.showMore) { model.send(.loadMoreJournal) }
                    .onAppear { model.send(.loadMoreJournal) }
            }
        }
        .navigationTitle(model.text.journal)
        .toolbar {
            ToolbarItem(placement: .topBarTrailing) {
                Button { model.send(.show(destination: .journalSearch)) } label: { Image(systemName: "magnifyingglass") }
                    .accessibilityLabel(model.text.searchJournal)
            }
            ToolbarItem(placement: .topBarTrailing) {
                Button { model.send(.show(destination: .newJournalEntry)) } label: { Image(systemName: "square.and.pencil") }
                    .accessibilityLabel(model.text.newEntry)
            }
        }
    }
}

struct JournalEditorView: View {
    @EnvironmentObject private var model: AppModel
    /// The entry being edited; `nil` for a new one.
    let entry: JournalEntry?
    let prompts: PromptLibrary
    @State private var body_ = ""
    @State private var tags = ""
    @State private var promptId: String?
    @State private var confirmDelete = false

    var body: some View {
        Form {
            if entry == nil {
                Section(model.text.prompts) {
                    Menu(promptText ?? model.text.writeFreely) {
                        Button(model.text.noPrompt) { promptId = nil }
                        ForEach(prompts.themes, id: \.id) { theme in
                            Menu(theme.title) {
                                ForEach(theme.prompts, id: \.id) { prompt in
                                    Button(prompt.text) { promptId = prompt.id }
                                }
                            }
                        }
                        ForEach(prompts.own, id: \.id) { prompt in
                            Button(prompt.text) { promptId = prompt.id }
                        }
                    }
                }
            } else if let prompt = entry?.promptText {
                Section { Text(prompt).italic() }
            }
            Section {
                PrivateTextEditor(text: $body_)
                    .frame(minHeight: 240)
                    .accessibilityLabel(model.text.entry)
                PrivateTextField(label: model.text.tagsField, text: $tags, multiline: false)
                DictationControls(field: .journalBody, text: $body_)
                RecordingPlayButton()
            }
            Section {
                Button(model.text.save) {
                    model.send(.saveJournalEntry(input: JournalEntryInput(
                        body: body_,
                        tags: CommaList.items(tags),
                        promptId: entry?.promptId ?? promptId
                    )))
                }
                .buttonStyle(.borderedProminent)
                if entry != nil {
                    Button(model.text.deleteEntry, role: .destructive) { confirmDelete = true }
                        .confirmationDialog(model.text.deleteEntryQuestion, isPresented: $confirmDelete) {
                            Button(model.text.delete, role: .destructive) { model.send(.deleteJournalEntry) }
                        }
                }
            }
        }
        .navigationTitle(entry == nil ? model.text.newEntry : model.text.entry)
        .onAppear {
            body_ = entry?.body ?? ""
            tags = entry?.tags.joined(separator: ", ") ?? ""
        }
    }

    private var promptText: String? {
        guard let promptId else { return nil }
        return prompts.themes.flatMap(\.prompts).first { $0.id == promptId }?.text
            ?? prompts.own.first { $0.id == promptId }?.text
    }
}

struct JournalSearchView: View {
    @EnvironmentObject private var model: AppModel
    let query: String
    let hits: [JournalSearchHit]
    @State private var typed = ""

    var body: some View {
        List(hits, id: \.entryId) { hit in
            Button { model.send(.show(destination: .journalEntry(id: hit.entryId))) } label: {
                VStack(alignment: .leading, spacing: 4) {
                    Text(hit.createdAt.formatted(date: .abbreviated, time: .omitted))
                        .font(.caption).foregroundStyle(.secondary)
                    snippet(hit).privacySensitive()
                }
            }
        }
        .searchable(text: $typed, placement: .navigationBarDrawer(displayMode: .always))
        .privateText()
        .onChange(of: typed) { _, text in
            if text != query { model.send(.searchJournal(query: text)) }
        }
        .onAppear { typed = query }
        .navigationTitle(model.text.search)
    }

    /// The snippet with the matching words in bold.
    private func snippet(_ hit: JournalSearchHit) -> Text {
        var text = Text(hit.startsMidEntry ? "…" : "")
        for run in hit.snippet {
            text = text + (run.highlighted ? Text(run.text).bold() : Text(run.text))
        }
        return text + Text(hit.endsMidEntry ? "…" : "")
    }
}
