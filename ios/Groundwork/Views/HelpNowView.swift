// Help now: the emergency number first, the situations, what he can do this minute (when the
// situation has first steps), the lines that fit with whether each is open now, his safety plan
// and the pause plan with its safeguards (the pause plan first when the core says so). Works the
// same before unlock (no plans shown then). Each choice sends its action: `.chooseRegion`,
// `.showHelpNow(situation:)`, `.openPlan`.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct HelpNowView: View {
    @EnvironmentObject private var model: AppModel
    let help: HelpNowScreen

    var body: some View {
        List {
            if let emergency = help.emergency {
                Section {
                    LineCard(line: emergency)
                }
            }
            Section {
                if let prompt = help.regionPrompt {
                    Text(prompt)
                }
                Menu {
                    ForEach(help.regions, id: \.code) { region in
                        Button(region.name) { model.send(.chooseRegion(code: region.code)) }
                    }
                } label: {
                    Label(help.region?.name ?? model.text.chooseRegion, systemImage: "globe")
                }
            }
            Section {
                ForEach(help.situations, id: \.situation) { option in
                    Button {
                        model.send(.showHelpNow(situation: option.situation))
                    } label: {
                        HStack {
                            Text(option.title)
                            Spacer()
                            if option.selected { Image(systemName: "checkmark") }
                        }
                    }
                    .accessibilityAddTraits(option.selected ? .isSelected : [])
                }
            }
            if let intro = help.situationIntro {
                Section { Text(intro) }
            }
            if let first = help.firstSteps {
                Section(first.title) {
                    ForEach(Array(first.steps.enumerated()), id: \.offset) { index, step in
                        Label(step, systemImage: "\(index + 1).circle")
                    }
                }
            }
            Section {
                ForEach(help.lines, id: \.id) { line in LineCard(line: line) }
            }
            if let groups = help.peerGroups {
                PeerGroupsSection(card: groups)
            }
            if help.pausePlanFirst {
                pausePlanSection
                safetyPlanSection
            } else {
                safetyPlanSection
                pausePlanSection
            }
            if !help.planLinks.isEmpty {
                Section {
                    ForEach(help.planLinks, id: \.documentId) { link in
                        Button(link.label) { model.send(.openPlan(documentId: link.documentId)) }
                    }
                }
            }
        }
        .navigationTitle(help.title)
    }

    @ViewBuilder private var safetyPlanSection: some View {
        if let plan = help.safetyPlan {
            Section(plan.title) { DocumentFieldsText(document: plan) }
        }
    }

    private var pausePlanSection: some View {
        Section(help.pausePlan.title) {
            ForEach(help.pausePlan.safeguards, id: \.self) { Text($0) }
            if let plan = help.pausePlan.plan { DocumentFieldsText(document: plan) }
        }
    }
}

struct LineCard: View {
    let line: HelpLineCard

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Text(line.name).font(.headline)
            Text(line.forWhom).font(.subheadline)
            // Which languages it answers in, when its own page says.
            if let languages = line.languages {
                Text(languages).font(.footnote)
            }
            Label(line.hours, systemImage: line.openNow == false ? "moon" : "clock")
                .font(.footnote)
                .foregroundStyle(line.openNow == true ? Color.primary : Color.secondary)
            ForEach(line.actions, id: \.uri) { ContactButton(action: $0) }
        }
        .padding(.vertical, 4)
    }
}

/// The emergency line, then the situation's words and lines of a help now screen, as sections (for
/// screens that carry help now's lines, such as the baby-loss screen).
struct HelpLinesSections: View {
    let help: HelpNowScreen
    let title: String?

    var body: some View {
        if let emergency = help.emergency {
            Section { LineCard(line: emergency) }
        }
        Section {
            if let intro = help.situationIntro { Text(intro) }
            ForEach(help.lines, id: \.id) { LineCard(line: $0) }
        } header: {
            if let title { Text(title) }
        }
    }
}

/// Find your people: the groups of his region, each with how to find the nearest one.
struct PeerGroupsSection: View {
    let card: PeerGroupsCard

    var body: some View {
        Section {
            Text(card.intro)
            ForEach(card.groups, id: \.id) { group in
                VStack(alignment: .leading, spacing: 6) {
                    Text(group.area.map { "\(group.name) (\($0))" } ?? group.name).font(.headline)
                    Text(group.what)
                    Text(group.forWhom).font(.subheadline)
                    Text(group.find).font(.subheadline)
                    Text(group.checked).font(.footnote).foregroundStyle(Color.secondary)
                    ForEach(group.actions, id: \.uri) { ContactButton(action: $0) }
                }
                .padding(.vertical, 4)
            }
        } header: {
            Text(card.title).accessibilityAddTraits(.isHeader)
        }
    }
}

/// A living document's answers, read-only.
struct DocumentFieldsText: View {
    let document: LivingDocument

    var body: some View {
        ForEach(document.fields.filter { !$0.value.isEmpty }, id: \.id) { field in
            VStack(alignment: .leading) {
                Text(field.label).font(.subheadline.weight(.semibold))
                Text(field.value)
            }
            .accessibilityElement(children: .combine)
        }
    }
}
