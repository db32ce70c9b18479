// Local notifications from the core's schedule. The core decides when and what they say
// (discreet texts included); this only reshapes them for the platform and works out which
// pending requests to replace and which to cancel.

import Foundation
import GroundworkCore

/// One local notification, ready for UNUserNotificationCenter or AlarmManager.
public struct NotificationRequest: Equatable, Hashable, Sendable {
    /// Stable id from the core: re-adding the same id replaces the pending request.
    public var id: String
    public var fireAt: Date
    public var title: String
    public var body: String
    /// Where a tap goes: handed back to `AppModel.openNotification(kind:)`.
    public var kind: ReminderKind
    public var deepLink: String

    public init(_ scheduled: ScheduledNotification) {
        id = scheduled.id
        fireAt = scheduled.fireAt
        title = scheduled.title
        body = scheduled.body
        kind = scheduled.kind
        deepLink = scheduled.deepLink
    }

    /// The key under which the kind travels in a notification's user info or an intent extra.
    public static let kindKey = "groundwork.reminder-kind"

    /// The kind as a plain word, to store in the notification and read back on a tap.
    public var kindName: String { Self.name(of: kind) }

    public static func name(of kind: ReminderKind) -> String {
        switch kind {
        case .checkIn: "check-in"
        case .weeklyPractice: "weekly-practice"
        case .newModule: "new-module"
        }
    }

    public static func kind(named name: String) -> ReminderKind? {
        [ReminderKind.checkIn, .weeklyPractice, .newModule].first { Self.name(of: $0) == name }
    }
}

/// What to do with the platform's pending notifications: add (or replace) these, cancel those.
public struct NotificationPlan: Equatable, Sendable {
    public var add: [NotificationRequest]
    public var cancelIds: [String]

    /// Every request is (re)added, so changed texts or times replace the pending ones; pending
    /// ids the core no longer lists are cancelled.
    public init(requests: [NotificationRequest], pendingIds: [String]) {
        add = requests
        let wanted = Set(requests.map(\.id))
        cancelIds = pendingIds.filter { !wanted.contains($0) }.sorted()
    }
}
