// Local notifications from the core's schedule, through UNUserNotificationCenter. The core gives
// the times and texts (neutral in discreet mode); this replaces every pending request with them,
// asking for permission once. A tap hands the reminder's link back to the app, which sends it to
// the core.

import Foundation
import GroundworkCore
import UserNotifications

final class LocalNotificationScheduler: NSObject, UNUserNotificationCenterDelegate {
    /// The key under which a reminder's link travels in its user info.
    static let linkKey = "groundwork.reminder-link"

    private let center = UNUserNotificationCenter.current()
    /// Set by the app: where a tapped reminder goes.
    var onOpen: ((String) -> Void)?

    override init() {
        super.init()
        center.delegate = self
    }

    /// Replaces every pending request with `notifications` (an empty list cancels them all).
    func schedule(_ notifications: [ScheduledNotification]) {
        let center = center
        center.removeAllPendingNotificationRequests()
        guard !notifications.isEmpty else { return }
        let requests = notifications.map(Self.platformRequest)
        center.requestAuthorization(options: [.alert, .sound]) { granted, _ in
            guard granted else { return }
            for request in requests {
                center.add(request)
            }
        }
    }

    private static func platformRequest(_ notification: ScheduledNotification) -> UNNotificationRequest {
        let content = UNMutableNotificationContent()
        content.title = notification.title
        content.body = notification.body
        content.sound = .default
        content.userInfo = [linkKey: notification.deepLink]
        let components = Calendar.current.dateComponents(
            [.year, .month, .day, .hour, .minute], from: notification.fireAt)
        let trigger = UNCalendarNotificationTrigger(dateMatching: components, repeats: false)
        return UNNotificationRequest(identifier: notification.id, content: content, trigger: trigger)
    }

    func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        didReceive response: UNNotificationResponse,
        withCompletionHandler completionHandler: @escaping () -> Void
    ) {
        if let link = response.notification.request.content.userInfo[Self.linkKey] as? String {
            DispatchQueue.main.async { self.onOpen?(link) }
        }
        completionHandler()
    }

    func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        willPresent notification: UNNotification,
        withCompletionHandler completionHandler: @escaping (UNNotificationPresentationOptions) -> Void
    ) {
        completionHandler([.banner, .sound])
    }
}
