// Helpers shared by the tests. Every test drives the real Rust library through the generated
// bindings, in its own fresh temporary directory, exactly as an app would (no @testable import).

import Foundation
import GroundworkCore
import XCTest

extension XCTestCase {
    /// A new, empty directory for this test, deleted when the test ends.
    func makeTemporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("groundwork-swift-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }
}

/// Opens (creating on first use) the Groundwork database in `dir` with `key`. The caller closes
/// it (`defer { groundwork.close() }`); releasing the object would close it too, but the tests
/// say so explicitly.
func openAt(_ dir: URL, key: Data) throws -> Groundwork {
    try Groundwork.open(dataDir: dir.path, key: key)
}

/// Opens the database in `dir`, runs `body` with it and closes it again, whatever happens.
func withGroundwork<T>(_ dir: URL, key: Data, _ body: (Groundwork) throws -> T) throws -> T {
    let groundwork = try openAt(dir, key: key)
    defer { groundwork.close() }
    return try body(groundwork)
}

/// Opens a module that opens straight away (no question first): the step it opens at.
func openStep(
    _ groundwork: Groundwork,
    _ moduleId: String,
    file: StaticString = #filePath,
    line: UInt = #line
) throws -> LessonStepScreen {
    let opening = try groundwork.openModule(moduleId: moduleId)
    guard case let .step(screen) = opening else {
        XCTFail("\(moduleId) did not open at a step: \(opening)", file: file, line: line)
        throw CancellationError()
    }
    return screen
}

/// A check-in input, with the same defaults as `CheckInInput`: no words and no note. `emotions`
/// are ids from the pack's vocabulary (e.g. "on-edge"); `ownWords` are words he typed himself.
func checkIn(
    _ pleasantness: Int32,
    _ energy: Int32,
    emotions: [String] = [],
    ownWords: [String] = [],
    note: String? = nil
) -> CheckInInput {
    CheckInInput(pleasantness: pleasantness, energy: energy, emotions: emotions, ownWords: ownWords, note: note)
}

/// Asserts that `body` throws `ApiError.InvalidInput` naming `field`, with a reason to show.
func assertInvalidInput(
    field: String,
    _ message: @autoclosure () -> String = "",
    file: StaticString = #filePath,
    line: UInt = #line,
    _ body: () throws -> Void
) {
    XCTAssertThrowsError(try body(), message(), file: file, line: line) { error in
        guard case let ApiError.InvalidInput(actualField, reason, _, _) = error else {
            XCTFail("expected ApiError.InvalidInput(\(field)), got \(error)", file: file, line: line)
            return
        }
        XCTAssertEqual(actualField, field, "InvalidInput.field (reason: \(reason))", file: file, line: line)
        XCTAssertFalse(
            reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
            "InvalidInput.reason is empty",
            file: file,
            line: line
        )
    }
}

/// Runs `body` and returns the `ApiError` it throws, failing the test if it throws nothing or
/// something else.
func thrownApiError(
    file: StaticString = #filePath,
    line: UInt = #line,
    _ body: () throws -> Void
) -> ApiError? {
    do {
        try body()
        XCTFail("expected an ApiError, nothing was thrown", file: file, line: line)
    } catch let error as ApiError {
        return error
    } catch {
        XCTFail("expected an ApiError, got \(error)", file: file, line: line)
    }
    return nil
}

/// Asserts that `body` throws exactly `expected`.
func assertThrows(
    _ expected: ApiError,
    file: StaticString = #filePath,
    line: UInt = #line,
    _ body: () throws -> Void
) {
    XCTAssertThrowsError(try body(), file: file, line: line) { error in
        XCTAssertEqual(error as? ApiError, expected, "threw \(error)", file: file, line: line)
    }
}

/// Every regular file under `dir` (the database and any -wal / -shm beside it).
func filesUnder(_ dir: URL) -> [URL] {
    guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else {
        return []
    }
    return walker.compactMap { $0 as? URL }.filter { url in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
    }
}

/// The first file under `dir` whose bytes contain `needle`, or nil.
func fileContaining(_ dir: URL, _ needle: Data) throws -> URL? {
    for file in filesUnder(dir) where try Data(contentsOf: file).range(of: needle) != nil {
        return file
    }
    return nil
}

/// The Unicode scalars of `text`. Swift's `==` on String compares canonical equivalence (a
/// composed "é" equals "e" + U+0301); comparing scalars checks text came back exactly as written.
func scalars(_ text: String?) -> [Unicode.Scalar]? {
    text.map { Array($0.unicodeScalars) }
}

extension JournalSearchHit {
    /// The snippet as one string, without highlighting.
    var plainSnippet: String { snippet.map(\.text).joined() }
    /// The highlighted runs of the snippet.
    var highlightedRuns: [String] { snippet.filter(\.highlighted).map(\.text) }
}

// The saves the tests use, each through the core's one save path (the `submit…` calls the apps
// make, which run the crisis check), keeping only the saved record.
extension Groundwork {
    func recordCheckIn(input: CheckInInput) throws -> CheckIn {
        try submitCheckIn(input: input).checkIn
    }

    func updateCheckIn(id: UUID, input: CheckInInput) throws -> CheckIn {
        try submitCheckInEdit(id: id, input: input).checkIn
    }

    func recordAngerMoment(input: AngerMomentInput) throws -> AngerMoment {
        try submitAngerMoment(input: input).moment
    }

    func updateAngerMoment(id: UUID, input: AngerMomentInput) throws -> AngerMoment {
        try submitAngerEdit(id: id, input: input).moment
    }

    func writeJournalEntry(input: JournalEntryInput) throws -> JournalEntry {
        try submitJournalEntry(input: input).entry
    }

    func addJournalEntry(body: String) throws -> JournalEntry {
        try submitJournalEntry(input: JournalEntryInput(body: body, tags: [], promptId: nil)).entry
    }

    func updateJournalEntry(id: UUID, body: String, tags: [String]) throws -> JournalEntry {
        try submitJournalEdit(id: id, body: body, tags: tags).entry
    }
}
