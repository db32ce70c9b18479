// Local notifications from the core's schedule, through UNUserNotificationCenter. The core gives
// the times and texts (neutral in discreet mode); this asks for permission once, replaces pending
// requests by id and cancels the ones the core no longer lists. A tap hands the reminder's link
// back to the app model, which has the core read it.

import Foundation
import GroundworkCore
import GroundworkPresentation
import UserNotifications

final class LocalNotificationScheduler: NSObject, NotificationScheduling, UNUserNotificationCenterDelegate {
    private let center = UNUserNotificationCenter.current()
    /// Set by the app: where a tapped reminder goes.
    var onOpen: ((String) -> Void)?

    override init() {
        super.init()
        center.delegate = self
    }

    func apply(_ requests: [NotificationRequest]) {
        let center = center
        center.getPendingNotificationRequests { pending in
            let plan = NotificationPlan(requests: requests, pendingIds: pending.map(\.identifier))
            center.removePendingNotificationRequests(withIdentifiers: plan.cancelIds)
            guard !plan.add.isEmpty else { return }
            center.requestAuthorization(options: [.alert, .sound]) { granted, _ in
                guard granted else { return }
                for request in plan.add {
                    center.add(Self.platformRequest(request))
                }
            }
        }
    }

    private static func platformRequest(_ request: NotificationRequest) -> UNNotificationRequest {
        let content = UNMutableNotificationContent()
        content.title = request.title
        content.body = request.body
        content.sound = .default
        content.userInfo = [NotificationRequest.linkKey: request.deepLink]
        let components = Calendar.current.dateComponents(
            [.year, .month, .day, .hour, .minute], from: request.fireAt)
        let trigger = UNCalendarNotificationTrigger(dateMatching: components, repeats: false)
        return UNNotificationRequest(identifier: request.id, content: content, trigger: trigger)
    }

    func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        didReceive response: UNNotificationResponse,
        withCompletionHandler completionHandler: @escaping () -> Void
    ) {
        if let link = response.notification.request.content.userInfo[NotificationRequest.linkKey] as? String {
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
