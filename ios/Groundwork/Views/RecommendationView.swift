// A counsellor's recommendation, read by the core from a link or a typed code.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct RecommendationView: View {
    @EnvironmentObject private var model: AppModel
    let recommendation: ReceivedRecommendation

    var body: some View {
        List {
            Section {
                Text(recommendation.headline).font(.headline)
                if let note = recommendation.note { Text(note) }
            }
            Section {
                ForEach(recommendation.moduleTitles, id: \.self) { Text($0) }
            }
            Section {
                Button(model.text.addToMyPlan) { model.send(.acceptRecommendation) }
                    .buttonStyle(.borderedProminent)
            }
        }
        .navigationTitle(recommendation.headline)
    }
}
