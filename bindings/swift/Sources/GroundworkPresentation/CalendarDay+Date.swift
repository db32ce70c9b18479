// The one conversion the core cannot make: a calendar day from its models (a chart's point) as a
// Foundation `Date`, the start of that day in the phone's calendar, for Swift Charts.

import Foundation
import GroundworkCore

extension CalendarDay {
    /// The start of this day in `calendar`'s time zone (nil only if the calendar cannot make one).
    public func date(in calendar: Calendar = .current) -> Date? {
        calendar.date(from: DateComponents(year: Int(year), month: Int(month), day: Int(day)))
    }
}
