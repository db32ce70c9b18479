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
    /// What it is for (e.g. for a notification category).
    public var kind: ReminderKind
    /// Where a tap goes: handed back to `AppModel.openLink(_:)`, which the core reads.
    public var deepLink: String

    public init(_ scheduled: ScheduledNotification) {
        id = scheduled.id
        fireAt = scheduled.fireAt
        title = scheduled.title
        body = scheduled.body
        kind = scheduled.kind
        deepLink = scheduled.deepLink
    }

    /// The key under which the deep link travels in a notification's user info.
    public static let linkKey = "groundwork.reminder-link"
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
