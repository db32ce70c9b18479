import Foundation
import GroundworkCore
import XCTest

final class InsightsTests: XCTestCase {
    func test_insights_for_a_month_after_some_check_ins_have_30_points_a_line_with_gaps_on_days_without_check_ins() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }

        let tense = try groundwork.recordCheckIn(
            input: CheckInInput(pleasantness: -2, energy: 3, emotions: ["tense"], anger: 6, stress: 7, tags: ["work"])
        )
        _ = try groundwork.recordCheckIn(input: CheckInInput(pleasantness: 4, energy: -1, emotions: ["calm"]))
        _ = try groundwork.recordAngerMoment(input: AngerMomentInput(whatHappened: "Cut off in traffic", intensity: 8))
        let day = tense.localDay

        let insights = try groundwork.insights(range: .month)
        XCTAssertEqual(insights.range, .month)
        XCTAssertEqual(insights.rangeLabel, "Last 30 days")
        XCTAssertEqual(insights.toDay, day)
        let days = consecutiveDays(from: insights.fromDay, count: 30)
        XCTAssertEqual(days.last, insights.toDay, "30 days ending today")
        XCTAssertEqual(insights.checkInCount, 2)
        XCTAssertEqual(insights.daysCheckedIn, 1)
        XCTAssertEqual(insights.consistency, "You checked in on 1 day this month.")

        XCTAssertEqual(insights.trends.map(\.metric), [.pleasantness, .energy, .anger, .stress])
        // The day's averages; anger counts check-ins and logged anger moments alike.
        let expected: [Metric: Double] = [.pleasantness: 1.0, .energy: 1.0, .anger: 7.0, .stress: 7.0]
        for series in insights.trends {
            let what = series.label
            XCTAssertEqual(series.points.count, 30, "\(what): one point a day")
            XCTAssertEqual(series.points.map(\.day), days, "\(what): consecutive days, oldest first")
            XCTAssertTrue(series.hasData, what)
            for point in series.points {
                if point.day == day {
                    XCTAssertEqual(point.value, expected[series.metric], "\(what) on \(day)")
                    XCTAssertEqual(point.smoothed, expected[series.metric], "\(what) smoothed on \(day)")
                } else {
                    XCTAssertNil(point.value, "\(what) on \(point.day): a day without check-ins is a gap, not a zero")
                }
            }
            XCTAssertEqual(series.points.filter { $0.value == nil }.count, 29, what)
            // The smoothed line leaves the same gaps: it is drawn only on days with data.
            XCTAssertEqual(series.points.filter { $0.smoothed != nil }.count, 1, what)
        }

        let shares = Dictionary(uniqueKeysWithValues: insights.quadrants.map { ($0.quadrant, $0) })
        XCTAssertEqual(Set(shares.keys), [.unpleasantHighEnergy, .pleasantHighEnergy, .unpleasantLowEnergy, .pleasantLowEnergy, .middle])
        XCTAssertEqual(shares[.unpleasantHighEnergy]?.count, 1)
        XCTAssertEqual(shares[.pleasantLowEnergy]?.percent, 50.0)
        XCTAssertEqual(shares[.middle]?.count, 0)
        XCTAssertEqual(Set(insights.topEmotions), [WordCount(word: "tense", count: 1), WordCount(word: "calm", count: 1)])
        XCTAssertEqual(insights.angerByWeekday.map(\.label), ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
        XCTAssertEqual(insights.angerByWeekday.map(\.readings).reduce(0, +), 2)
        XCTAssertEqual(insights.angerByTimeOfDay.count, 4)
        XCTAssertEqual(insights.weeklySummary.first, "You checked in on 1 of the last 7 days.")
        XCTAssertTrue(insights.weeklySummary.contains("You logged 1 anger moment. Noticing it is the skill."), "\(insights.weeklySummary)")
        // One day of "work" is not enough to say anything.
        let work = try XCTUnwrap(insights.patterns.first { $0.subject == .tag("work") })
        XCTAssertFalse(work.enoughData)
        XCTAssertNil(work.difference)
        XCTAssertFalse(work.sentence.isEmpty)
    }

    func test_insights_with_no_check_ins_are_all_gaps() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }

        let week = try groundwork.insights(range: .week)
        XCTAssertEqual(week.checkInCount, 0)
        XCTAssertEqual(week.daysCheckedIn, 0)
        for series in week.trends {
            XCTAssertEqual(series.points.count, 7)
            XCTAssertFalse(series.hasData)
            XCTAssertTrue(series.points.allSatisfy { $0.value == nil && $0.smoothed == nil })
        }
        XCTAssertTrue(week.quadrants.allSatisfy { $0.count == 0 && $0.percent == 0 })
        XCTAssertEqual(week.topEmotions, [])
        XCTAssertEqual(try groundwork.insights(range: .quarter).trends.first?.points.count, 90)
    }

    /// `count` calendar days starting at `first`, as the core sends days: year, month and day.
    private func consecutiveDays(from first: DateComponents, count: Int) -> [DateComponents] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let start = calendar.date(from: first) else {
            XCTFail("not a day: \(first)")
            return []
        }
        return (0..<count).map {
            calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: $0, to: start)!)
        }
    }
}
