// A counsellor's recommendation, read by the core from a link or a typed code.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct RecommendationView: View {
    let recommendation: ReceivedRecommendation

    var body: some View {
        List {
            Section {
                Text(recommendation.headline).font(.headline)
                if let note = recommendation.note { Text(note) }
            }
            Section {
                // The modules open here once the curriculum's screens are in the core.
                ForEach(recommendation.moduleTitles, id: \.self) { Text($0) }
            }
        }
        .navigationTitle(recommendation.headline)
    }
}
