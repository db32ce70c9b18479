// Insights with Swift Charts: the week in plain words, trends, quadrants, words, anger by time,
// and patterns, for the range he picks.

import Charts
import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct InsightsView: View {
    @EnvironmentObject private var store: AppStore
    let state: InsightsViewState

    var body: some View {
        List {
            Section {
                Picker("Range", selection: Binding(
                    get: { state.screen.range },
                    set: { store.model.showInsightsRange($0) }
                )) {
                    ForEach(state.screen.rangeOptions, id: \.range) { option in
                        Text(option.label).tag(option.range)
                    }
                }
                .pickerStyle(.segmented)
                Text(state.screen.rangeLabel).font(.headline)
                Text(state.screen.consistency).foregroundStyle(.secondary)
                ForEach(state.screen.weeklySummary, id: \.self) { Text($0) }
            }
            ForEach(state.charts.filter(\.hasData)) { series in
                Section(series.label) {
                    Chart(series.points) { point in
                        if let value = point.value {
                            PointMark(x: .value("Day", point.date, unit: .day), y: .value(series.label, value))
                                .opacity(0.4)
                        }
                        if let smoothed = point.smoothed {
                            LineMark(x: .value("Day", point.date, unit: .day), y: .value(series.label, smoothed))
                        }
                    }
                    .chartYScale(domain: series.scale)
                    .frame(height: 160)
                    .accessibilityLabel(series.label)
                }
            }
            if !state.screen.quadrants.isEmpty {
                Section("Where you've been on the meter") {
                    Chart(state.screen.quadrants, id: \.quadrant) { share in
                        BarMark(x: .value("Share", share.percent), y: .value("Quadrant", share.label))
                    }
                    .frame(height: 160)
                }
            }
            if !state.screen.topEmotions.isEmpty {
                Section("Words you used most") {
                    ForEach(state.screen.topEmotions, id: \.word) { word in
                        LabeledContent(word.word, value: "\(word.count)")
                    }
                }
            }
            let angerSlices = state.screen.angerByTimeOfDay.filter { $0.average != nil }
            if !angerSlices.isEmpty {
                Section("Anger by time of day") {
                    Chart(angerSlices, id: \.label) { slice in
                        BarMark(x: .value("Time", slice.label), y: .value("Average", slice.average ?? 0))
                    }
                    .chartYScale(domain: 0...10)
                    .frame(height: 160)
                }
            }
            ForEach(state.screen.patterns.filter(\.enoughData), id: \.sentence) { pattern in
                Text(pattern.sentence)
            }
        }
        .navigationTitle("Insights")
    }
}
