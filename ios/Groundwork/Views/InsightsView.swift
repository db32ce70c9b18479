// Insights with Swift Charts: the week in plain words, trends (the core's charts, days as
// dates), quadrants, words, anger by time, and patterns, for the range he picks
// (`.showInsightsRange`).

import Charts
import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct InsightsView: View {
    @EnvironmentObject private var model: AppModel
    let insights: InsightsScreen
    /// The core's trends as charts, each day a calendar date.
    let charts: [TrendChart]

    var body: some View {
        List {
            Section {
                Picker(model.text.insightRange, selection: Binding(
                    get: { insights.range },
                    set: { model.send(.showInsightsRange(range: $0)) }
                )) {
                    ForEach(insights.rangeOptions, id: \.range) { option in
                        Text(option.label).tag(option.range)
                    }
                }
                .pickerStyle(.segmented)
                Text(insights.rangeLabel).font(.headline)
                Text(insights.consistency).foregroundStyle(.secondary)
                ForEach(insights.weeklySummary, id: \.self) { Text($0) }
            }
            ForEach(charts.filter(\.hasData), id: \.metric) { series in
                Section(series.label) {
                    Chart(Array(series.points.enumerated()), id: \.offset) { _, point in
                        if let value = point.value {
                            PointMark(x: .value(model.text.chartDay, date(point.day), unit: .day), y: .value(series.label, value))
                                .opacity(0.4)
                        }
                        if let smoothed = point.smoothed {
                            LineMark(x: .value(model.text.chartDay, date(point.day), unit: .day), y: .value(series.label, smoothed))
                        }
                    }
                    .chartYScale(domain: series.scaleMin...series.scaleMax)
                    .frame(height: 160)
                    .accessibilityLabel(series.label)
                }
            }
            if !insights.quadrants.isEmpty {
                Section(model.text.meterShareHeading) {
                    Chart(insights.quadrants, id: \.quadrant) { share in
                        BarMark(x: .value(model.text.chartShare, share.percent), y: .value(model.text.chartQuadrant, share.label))
                    }
                    .frame(height: 160)
                }
            }
            if !insights.topEmotions.isEmpty {
                Section(model.text.topWordsHeading) {
                    ForEach(insights.topEmotions, id: \.word) { word in
                        LabeledContent(word.word, value: "\(word.count)")
                    }
                }
            }
            let angerSlices = insights.angerByTimeOfDay.filter { $0.average != nil }
            if !angerSlices.isEmpty {
                Section(model.text.angerByTimeHeading) {
                    Chart(angerSlices, id: \.label) { slice in
                        BarMark(x: .value(model.text.chartTimeOfDay, slice.label), y: .value(model.text.chartAverage, slice.average ?? 0))
                    }
                    .chartYScale(domain: 0...10)
                    .frame(height: 160)
                }
            }
            ForEach(insights.patterns.filter(\.enoughData), id: \.sentence) { pattern in
                Text(pattern.sentence)
            }
        }
        .navigationTitle(model.text.insights)
    }

    /// A chart day at noon in the phone's calendar (the axis shows days only).
    private func date(_ day: CalendarDay) -> Date {
        Calendar.current.date(from: DateComponents(
            year: Int(day.year), month: Int(day.month), day: Int(day.day), hour: 12)) ?? .distantPast
    }
}
