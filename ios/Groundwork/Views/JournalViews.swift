// The journal: the list (newest first, a page at a time), the editor (with the prompt library)
// and search with highlighted snippets.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct JournalListView: View {
    @EnvironmentObject private var store: AppStore
    let state: JournalListState

    var body: some View {
        List {
            ForEach(state.items, id: \.id) { item in
                Button { store.model.show(.journalEditor(item.id)) } label: {
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
                }
            }
            if state.hasMore {
                Button("Show more") { store.model.loadMoreJournal() }
                    .onAppear { store.model.loadMoreJournal() }
            }
        }
        .navigationTitle("Journal")
        .toolbar {
            ToolbarItem(placement: .topBarTrailing) {
                Button { store.model.show(.journalSearch) } label: { Image(systemName: "magnifyingglass") }
                    .accessibilityLabel("Search the journal")
            }
            ToolbarItem(placement: .topBarTrailing) {
                Button { store.model.show(.journalEditor(nil)) } label: { Image(systemName: "square.and.pencil") }
                    .accessibilityLabel("New entry")
            }
        }
    }
}

struct JournalEditorView: View {
    @EnvironmentObject private var store: AppStore
    let state: JournalEditorState
    @State private var body_ = ""
    @State private var tags = ""
    @State private var promptId: String?
    @State private var confirmDelete = false

    var body: some View {
        Form {
            if state.entry == nil {
                Section("Prompts") {
                    Menu(promptText ?? "Write freely, or pick a prompt") {
                        Button("No prompt") { promptId = nil }
                        ForEach(state.prompts.themes, id: \.id) { theme in
                            Menu(theme.title) {
                                ForEach(theme.prompts, id: \.id) { prompt in
                                    Button(prompt.text) { promptId = prompt.id }
                                }
                            }
                        }
                        ForEach(state.prompts.own, id: \.id) { prompt in
                            Button(prompt.text) { promptId = prompt.id }
                        }
                    }
                }
            } else if let prompt = state.entry?.promptText {
                Section { Text(prompt).italic() }
            }
            Section {
                PrivateTextEditor(text: $body_)
                    .frame(minHeight: 240)
                    .accessibilityLabel("Entry")
                PrivateTextField(label: "Tags, separated by commas", text: $tags, multiline: false)
            }
            Section {
                Button("Save") {
                    store.model.saveJournalEntry(JournalEntryInput(
                        body: body_,
                        tags: tags.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                            .filter { !$0.isEmpty },
                        promptId: promptId
                    ))
                }
                .buttonStyle(.borderedProminent)
                if let entry = state.entry {
                    Button("Delete entry", role: .destructive) { confirmDelete = true }
                        .confirmationDialog("Delete this entry for good?", isPresented: $confirmDelete) {
                            Button("Delete", role: .destructive) { store.model.deleteJournalEntry(entry.id) }
                        }
                }
            }
        }
        .navigationTitle(state.entry == nil ? "New entry" : "Entry")
        .onAppear {
            body_ = state.entry?.body ?? ""
            tags = state.entry?.tags.joined(separator: ", ") ?? ""
        }
    }

    private var promptText: String? {
        guard let promptId else { return nil }
        return state.prompts.themes.flatMap(\.prompts).first { $0.id == promptId }?.text
            ?? state.prompts.own.first { $0.id == promptId }?.text
    }
}

struct JournalSearchView: View {
    @EnvironmentObject private var store: AppStore
    let state: JournalSearchState
    @State private var query = ""

    var body: some View {
        List(state.hits, id: \.entryId) { hit in
            Button { store.model.show(.journalEditor(hit.entryId)) } label: {
                VStack(alignment: .leading, spacing: 4) {
                    Text(hit.createdAt.formatted(date: .abbreviated, time: .omitted))
                        .font(.caption).foregroundStyle(.secondary)
                    snippet(hit)
                }
            }
        }
        .searchable(text: $query, placement: .navigationBarDrawer(displayMode: .always))
        .privateText()
        .onChange(of: query) { _, text in store.model.searchJournal(text) }
        .onAppear { query = state.query }
        .navigationTitle("Search")
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
