// Living documents (safety plan, pause plan, values, warning signs, dad plan, team plan): the
// list, and one document to keep editing. Fields and hints come from the core; saving sends
// `.saveDocument` with the fields he changed.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct PlansView: View {
    @EnvironmentObject private var model: AppModel
    let documents: [LivingDocument]

    var body: some View {
        List(documents, id: \.id) { document in
            Button { model.send(.show(destination: .plan(id: document.id))) } label: {
                VStack(alignment: .leading) {
                    Text(document.title).font(.headline)
                    if let updated = document.updatedAt {
                        Text(updated.formatted(date: .abbreviated, time: .omitted))
                            .font(.caption).foregroundStyle(.secondary)
                    }
                }
            }
        }
        .navigationTitle(model.text.myPlans)
    }
}

struct PlanView: View {
    @EnvironmentObject private var model: AppModel
    let document: LivingDocument
    @State private var values: [String: String] = [:]

    var body: some View {
        Form {
            ForEach(document.fields, id: \.id) { field in
                Section {
                    PrivateTextField(label: field.label, text: Binding(
                        get: { values[field.id] ?? field.value },
                        set: { values[field.id] = $0 }
                    ))
                    .lineLimit(2...10)
                } header: {
                    Text(field.label)
                } footer: {
                    if let hint = field.hint { Text(hint) }
                }
            }
            Section {
                Button(model.text.save) { model.send(.saveDocument(values: values)) }
                    .buttonStyle(.borderedProminent)
                    .disabled(values.isEmpty)
            }
        }
        .navigationTitle(document.title)
        .onChange(of: document) { _, _ in values = [:] }
    }
}
