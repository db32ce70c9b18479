import Foundation
import GroundworkCore
import XCTest

/// The privacy features through the real library: app lock, backup, export, sharing, reminders.
final class PrivacyTests: XCTestCase {
    private let pin = LockSecret.pin("135790")
    private let backupPassphrase = "a long backup passphrase"

    func test_an_app_lock_is_set_unlocks_with_the_right_pin_counts_a_wrong_one_changes_and_comes_off() throws {
        let dir = try makeTemporaryDirectory()
        let key = generateDatabaseKey()
        _ = try withGroundwork(dir, key: key) { try $0.addJournalEntry(body: "Before the lock.") }
        XCTAssertFalse(try appLockStatus(dataDir: dir.path).locked)

        try setAppLock(dataDir: dir.path, key: key, secret: pin, eraseAfter: nil)
        let status = try appLockStatus(dataDir: dir.path)
        XCTAssertTrue(status.locked)
        XCTAssertEqual(status.kind, .pin)
        assertThrows(.AppLockAlreadySet) { try setAppLock(dataDir: dir.path, key: key, secret: self.pin, eraseAfter: nil) }

        guard case .wrongSecret = try unlockApp(dataDir: dir.path, secret: .pin("000000")) else {
            return XCTFail("a wrong PIN is counted, not accepted")
        }
        assertThrows(.WrongLockKind(expected: .pin)) {
            _ = try unlockApp(dataDir: dir.path, secret: .passphrase("a long passphrase"))
        }
        guard case let .unlocked(unlockedKey) = try unlockApp(dataDir: dir.path, secret: pin) else {
            return XCTFail("the right PIN unlocks")
        }
        XCTAssertEqual(unlockedKey, key)
        XCTAssertEqual(try withGroundwork(dir, key: unlockedKey) { try $0.homeScreen().journalEntryCount }, 1)

        let passphrase = LockSecret.passphrase("a new long passphrase")
        guard case .unlocked = try changeAppLock(dataDir: dir.path, old: pin, new: passphrase) else {
            return XCTFail("the lock changes with the right PIN")
        }
        XCTAssertEqual(try appLockStatus(dataDir: dir.path).kind, .passphrase)
        guard case let .unlocked(removedKey) = try removeAppLock(dataDir: dir.path, secret: passphrase) else {
            return XCTFail("the lock comes off with the new passphrase")
        }
        XCTAssertEqual(removedKey, key)
        XCTAssertFalse(try appLockStatus(dataDir: dir.path).locked)
        assertThrows(.AppLockNotSet) { _ = try unlockApp(dataDir: dir.path, secret: self.pin) }
    }

    func test_a_backup_restores_into_a_new_app_and_a_wrong_passphrase_is_a_typed_error_that_changes_nothing() throws {
        let dir = try makeTemporaryDirectory()
        let backup = try withGroundwork(dir.appendingPathComponent("old"), key: generateDatabaseKey()) { old in
            _ = try old.addJournalEntry(body: "Worth keeping.")
            _ = try old.recordCheckIn(input: checkIn(2, 1))
            return try old.backup(passphrase: backupPassphrase)
        }
        XCTAssertTrue(backup.fileName.hasSuffix(".age"), backup.fileName)
        XCTAssertNil(backup.contents.range(of: Data("Worth keeping".utf8)))

        try withGroundwork(dir.appendingPathComponent("new"), key: generateDatabaseKey()) { new in
            assertThrows(.BackupWrongPassphrase) {
                _ = try new.restore(bytes: backup.contents, passphrase: "not the passphrase", mode: .replaceEmpty)
            }
            assertThrows(.BackupDamaged) {
                _ = try new.restore(bytes: backup.contents.dropLast(30), passphrase: self.backupPassphrase, mode: .replaceEmpty)
            }
            XCTAssertEqual(try new.homeScreen().journalEntryCount, 0)

            let summary = try new.restore(bytes: backup.contents, passphrase: backupPassphrase, mode: .replaceEmpty)
            XCTAssertEqual(summary.added.journalEntries, 1)
            XCTAssertEqual(summary.added.checkIns, 1)
            let hit = try XCTUnwrap(try new.searchJournal(query: "keeping", limit: 5).first)
            XCTAssertEqual(try new.journalEntry(id: hit.entryId).body, "Worth keeping.")
            assertThrows(.RestoreNeedsEmptyApp) {
                _ = try new.restore(bytes: backup.contents, passphrase: self.backupPassphrase, mode: .replaceEmpty)
            }
            let again = try new.restore(bytes: backup.contents, passphrase: backupPassphrase, mode: .merge)
            XCTAssertEqual(again.added.journalEntries, 0)
            XCTAssertEqual(again.alreadyHere.journalEntries, 1)
        }
    }

    func test_the_json_export_holds_what_was_written() throws {
        let dir = try makeTemporaryDirectory()
        try withGroundwork(dir, key: generateDatabaseKey()) { groundwork in
            _ = try groundwork.addJournalEntry(body: "Walked before dinner.")
            guard case let .exported(file) = try groundwork.exportFile(format: .json, secret: nil) else {
                return XCTFail("no lock: the file is made")
            }
            XCTAssertEqual(file.mimeType, "application/json")
            XCTAssertTrue(file.contents.contains("\"format\": \"groundwork-export\""), file.contents)
            XCTAssertTrue(file.contents.contains("Walked before dinner."))
        }
    }

    func test_a_counsellors_short_code_reads_back_with_its_initials_and_the_link_with_the_name_and_note() throws {
        let made = try createRecommendationCode(moduleIds: ["the-pause-plan"], from: "Sam Wood", note: "Start here")
        XCTAssertTrue(made.link.hasPrefix("groundwork://recommend?"), made.link)
        XCTAssertEqual(made.code.filter { $0 != "-" }.count, 8, made.code)
        let read = try readRecommendationCode(text: made.code.lowercased())
        XCTAssertEqual(read.from, "S.W.")
        XCTAssertEqual(read.moduleIds, ["the-pause-plan"])
        XCTAssertNil(read.note)
        let linked = try readRecommendationCode(text: made.link)
        XCTAssertEqual(linked.from, "Sam Wood")
        XCTAssertEqual(linked.note, "Start here")
        assertInvalidInput(field: "code") { _ = try readRecommendationCode(text: "not a code") }
    }

    func test_a_daily_reminder_is_scheduled_ahead_with_the_discreet_text_when_discreet_mode_is_on() throws {
        let dir = try makeTemporaryDirectory()
        try withGroundwork(dir, key: generateDatabaseKey()) { groundwork in
            XCTAssertTrue(try groundwork.reminderSchedule(days: 2).isEmpty, "everything is off until saved")
            try groundwork.saveReminderSettings(settings: ReminderSettings(
                dailyCheckIn: TimeOfDay(hour: 20, minute: 30),
                weeklyPractice: nil,
                newFatherWeekly: false,
                quietHours: nil,
                discreet: true
            ))
            let schedule = try groundwork.reminderSchedule(days: 2)
            XCTAssertFalse(schedule.isEmpty)
            let now = Date()
            for notification in schedule {
                XCTAssertEqual(notification.kind, .checkIn)
                XCTAssertGreaterThan(notification.fireAt, now)
                XCTAssertEqual(notification.title, discreetTextsFor(on: true).notificationTitle)
            }
        }
    }

    func test_sharing_previews_what_is_chosen_and_makes_an_html_report_with_only_that() throws {
        let dir = try makeTemporaryDirectory()
        try withGroundwork(dir, key: generateDatabaseKey()) { groundwork in
            _ = try groundwork.recordCheckIn(input: checkIn(3, 1))
            let chosen = try groundwork.addJournalEntry(body: "Told her <how> I felt.")
            _ = try groundwork.addJournalEntry(body: "Not for sharing.")
            let nothing = ShareSelection(
                fromDay: chosen.localDay,
                toDay: chosen.localDay,
                includeTrends: false,
                journalEntryIds: [],
                includeCompletedModules: false,
                livingDocumentIds: [],
                includeAngerLog: false
            )
            XCTAssertTrue(try groundwork.sharePreview(selection: nothing).nothingChosen)
            assertInvalidInput(field: "selection") { _ = try groundwork.shareReport(selection: nothing, format: .html) }

            var selection = nothing
            selection.includeTrends = true
            selection.journalEntryIds = [chosen.id]
            let preview = try groundwork.sharePreview(selection: selection)
            XCTAssertFalse(preview.nothingChosen)
            XCTAssertEqual(preview.sections.map(\.kind), [.trends, .journalEntries])
            XCTAssertEqual(preview.sections[0].count, 1)
            XCTAssertEqual(preview.sections[1].items.first?.detail, "Told her <how> I felt.")

            let report = try groundwork.shareReport(selection: selection, format: .html)
            XCTAssertEqual(report.mimeType, "text/html")
            XCTAssertTrue(report.contents.contains("Told her &lt;how&gt; I felt."))
            XCTAssertFalse(report.contents.contains("Not for sharing"))
            XCTAssertFalse(report.contents.contains("<script"))
            XCTAssertEqual(report.contents.components(separatedBy: "<svg").count - 1, 4)

            var unknown = nothing
            unknown.livingDocumentIds = ["no-such-document"]
            guard case .NotFound = thrownApiError({ _ = try groundwork.sharePreview(selection: unknown) }) else {
                return XCTFail("an unknown document is NotFound")
            }

            var angerLog = nothing
            angerLog.includeAngerLog = true
            let angerPreview = try groundwork.sharePreview(selection: angerLog)
            XCTAssertEqual(angerPreview.sections.map(\.kind), [.angerLog])
            XCTAssertEqual(angerPreview.sections.first?.summary, "No anger moments logged on these days.")
        }
    }
}
