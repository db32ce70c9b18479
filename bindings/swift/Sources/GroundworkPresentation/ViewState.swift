// Screen models reshaped for drawing: positions on the mood meter grid, chart points with dates,
// and the small state a list or form keeps. Nothing here decides anything about the person; it
// only lays out what the core returned.

import Foundation
import GroundworkCore

// MARK: - Check-in

/// The mood meter as a grid: energy from high (top) to low, pleasantness from unpleasant (left)
/// to pleasant, each cell holding the words the pack places at that point.
public struct MoodMeterGrid: Equatable, Sendable {
    public struct Cell: Equatable, Identifiable, Sendable {
        public var id: String { "\(pleasantness),\(energy)" }
        public var pleasantness: Int32
        public var energy: Int32
        public var words: [EmotionOption]
    }

    public struct Row: Equatable, Identifiable, Sendable {
        public var id: Int32 { energy }
        public var energy: Int32
        public var cells: [Cell]
    }

    /// The meter's range on both axes.
    public static let range: ClosedRange<Int32> = -5...5

    public var rows: [Row]

    public init(emotions: [EmotionOption]) {
        rows = Self.range.reversed().map { energy in
            Row(energy: energy, cells: Self.range.map { pleasantness in
                Cell(
                    pleasantness: pleasantness,
                    energy: energy,
                    words: emotions.filter { $0.pleasantness == pleasantness && $0.energy == energy }
                )
            })
        }
    }

    /// Every word on the grid, top row first, left to right.
    public var allWords: [EmotionOption] { rows.flatMap { $0.cells.flatMap(\.words) } }
}

/// The pack's words grouped by the quadrant the core gave each, in the pack's order.
public struct WordGroup: Equatable, Identifiable, Sendable {
    public var id: Quadrant { quadrant }
    public var quadrant: Quadrant
    public var words: [EmotionOption]

    public static func groups(_ emotions: [EmotionOption]) -> [WordGroup] {
        var groups: [WordGroup] = []
        for emotion in emotions {
            if let index = groups.firstIndex(where: { $0.quadrant == emotion.quadrant }) {
                groups[index].words.append(emotion)
            } else {
                groups.append(WordGroup(quadrant: emotion.quadrant, words: [emotion]))
            }
        }
        return groups
    }
}

/// The check-in screen: the core's form laid out on the grid.
public struct CheckInViewState: Equatable, Sendable {
    public var form: CheckInForm
    public var grid: MoodMeterGrid
    public var wordGroups: [WordGroup]

    public init(form: CheckInForm) {
        self.form = form
        grid = MoodMeterGrid(emotions: form.emotions)
        wordGroups = WordGroup.groups(form.emotions)
    }
}

/// What he has entered so far on the check-in screen, turned into the core's input on submit.
public struct CheckInDraft: Equatable, Sendable {
    public var pleasantness: Int32 = 0
    public var energy: Int32 = 0
    public var emotions: [String] = []
    /// His own words, as typed (comma separated).
    public var ownWordsText = ""
    public var anger: Int32?
    public var stress: Int32?
    public var hoursSlept: Double?
    public var tags: [String] = []
    public var note = ""

    public init() {}

    /// Picks or unpicks a word; the form's `maxEmotions` caps how many can be picked.
    public mutating func toggle(_ emotionId: String, max: Int32) {
        if let index = emotions.firstIndex(of: emotionId) {
            emotions.remove(at: index)
        } else if emotions.count < Int(max) {
            emotions.append(emotionId)
        }
    }

    public mutating func toggleTag(_ tag: String) {
        if let index = tags.firstIndex(of: tag) { tags.remove(at: index) } else { tags.append(tag) }
    }

    public var input: CheckInInput {
        CheckInInput(
            pleasantness: pleasantness,
            energy: energy,
            emotions: emotions,
            ownWords: ownWordsText.split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty },
            anger: anger,
            stress: stress,
            hoursSlept: hoursSlept,
            tags: tags,
            note: note.isEmpty ? nil : note
        )
    }
}

// MARK: - Journal

public struct JournalListState: Equatable, Sendable {
    public var filter: JournalFilter
    public var items: [JournalListItem]
    public var nextCursor: String?
    /// The core's help now button, from the page.
    public var help: HelpButton
    public var hasMore: Bool { nextCursor != nil }
}

public struct JournalEditorState: Equatable, Sendable {
    /// The entry being edited; nil for a new one.
    public var entry: JournalEntry?
    public var prompts: PromptLibrary
}

public struct JournalSearchState: Equatable, Sendable {
    public var query: String
    public var hits: [JournalSearchHit]
    /// The core's help now button for a screen with no model of its own.
    public var help: HelpButton
}

// MARK: - Insights

/// A point of a trend, with the day as a date for Swift Charts.
public struct ChartPoint: Equatable, Identifiable, Sendable {
    public var id: String { day }
    public var day: String
    public var date: Date
    public var value: Double?
    public var smoothed: Double?
}

public struct ChartSeries: Equatable, Identifiable, Sendable {
    public var id: String { label }
    public var metric: Metric
    public var label: String
    public var scale: ClosedRange<Double>
    public var hasData: Bool
    public var points: [ChartPoint]

    public init(_ series: TrendSeries, calendar: Calendar = .current) {
        metric = series.metric
        label = series.label
        scale = series.scaleMin...max(series.scaleMin, series.scaleMax)
        hasData = series.hasData
        points = series.points.compactMap { point in
            DayParser.date(point.day, calendar: calendar).map {
                ChartPoint(day: point.day, date: $0, value: point.value, smoothed: point.smoothed)
            }
        }
    }
}

public struct InsightsViewState: Equatable, Sendable {
    public var screen: InsightsScreen
    public var charts: [ChartSeries]

    public init(screen: InsightsScreen, calendar: Calendar = .current) {
        self.screen = screen
        charts = screen.trends.map { ChartSeries($0, calendar: calendar) }
    }
}

/// "2026-11-22" as the start of that day in `calendar`'s time zone.
public enum DayParser {
    public static func date(_ day: String, calendar: Calendar = .current) -> Date? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }
}

// MARK: - Settings

public struct SettingsState: Equatable, Sendable {
    public var lock: LockStatus
    public var reminders: ReminderSettings
    public var texts: DiscreetTexts
    public var biometricKey: Bool
    public var region: String?
    public var regions: [RegionOption]
    /// Which content is in use, and the way back to the built-in content.
    public var content: ContentStatus
    public var coreVersion: String
    /// The core's help now button for a screen with no model of its own.
    public var help: HelpButton
    /// Whether home asks how he is after he wrote something heavy.
    public var crisisFollowUp: Bool
}

// MARK: - Lesson exercises

/// Paced breathing as a timeline: each breath's parts in order, parts of zero seconds left out.
public struct BreathingPlan: Equatable, Sendable {
    public struct Phase: Equatable, Sendable {
        public var label: String
        public var seconds: UInt32
        /// Whether the lungs are full (the circle drawn large) during this part.
        public var expanded: Bool
        /// Which breath this part belongs to, from 1.
        public var cycle: UInt32
    }

    public var phases: [Phase]

    /// `labels` are the core's names for the parts of a breath.
    public init(
        inhale: UInt32, hold: UInt32, exhale: UInt32, holdAfter: UInt32, cycles: UInt32,
        labels: BreathingPhaseLabels
    ) {
        let parts: [(String, UInt32, Bool)] = [
            (labels.breatheIn, inhale, true),
            (labels.hold, hold, true),
            (labels.breatheOut, exhale, false),
            (labels.hold, holdAfter, false),
        ]
        phases = cycles == 0 ? [] : (1...cycles).flatMap { cycle in
            parts.filter { $0.1 > 0 }.map { Phase(label: $0.0, seconds: $0.1, expanded: $0.2, cycle: cycle) }
        }
    }

    /// Breaths finished once the part at `index` is over.
    public func cyclesDone(afterPhase index: Int) -> UInt32 {
        guard phases.indices.contains(index) else { return 0 }
        let isLastOfCycle = index == phases.count - 1 || phases[index + 1].cycle != phases[index].cycle
        return isLastOfCycle ? phases[index].cycle : phases[index].cycle - 1
    }
}

/// The emotion picker's words as rows of the mood meter: most energy first, unpleasant to
/// pleasant within a row.
public struct EmotionPickerLayout: Equatable, Sendable {
    public struct Row: Equatable, Identifiable, Sendable {
        public var id: Int32 { energy }
        public var energy: Int32
        public var words: [EmotionChoice]
    }

    public var rows: [Row]

    public init(words: [EmotionChoice]) {
        rows = Set(words.map(\.energy)).sorted(by: >).map { energy in
            Row(energy: energy, words: words.filter { $0.energy == energy }.sorted { $0.pleasantness < $1.pleasantness })
        }
    }
}
