// A person's way through the app, driven through the app model over the real library, exactly as
// the SwiftUI views drive it: first run, check-ins (one that offers help), a journal entry and
// its search, help now before unlock, a backup round trip, a lock and an unlock, and a
// counsellor's link.

import Foundation
import GroundworkCore
import GroundworkPresentation
import XCTest

@MainActor
final class JourneyTests: XCTestCase {
    private var dir: URL!
    private var keys: InMemoryKeyStore!
    private var preferences: InMemoryPreferences!
    private var scheduler: RecordingScheduler!

    override func setUp() async throws {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("groundwork-presentation-\(UUID().uuidString)", isDirectory: true)
        keys = InMemoryKeyStore()
        preferences = InMemoryPreferences()
        scheduler = RecordingScheduler()
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func makeModel() -> AppModel {
        AppModel(dataDir: dir.path, keyStore: keys, preferences: preferences, scheduler: scheduler,
                 deviceLocale: "en_AU")
    }

    private func home(_ model: AppModel, file: StaticString = #filePath, line: UInt = #line) -> HomeScreen? {
        guard case let .home(home)? = model.top?.screen else {
            XCTFail("expected home on top, got \(String(describing: model.top?.route))", file: file, line: line)
            return nil
        }
        return home
    }

    private func startedModel() -> AppModel {
        let model = makeModel()
        model.start()
        model.onboardWithDefaults()
        return model
    }

    func testFirstRunMakesAKeyOpensTheDatabaseAndStartsWithOnboarding() async throws {
        let model = makeModel()
        model.start()
        XCTAssertEqual(model.phase, .unlocked)
        XCTAssertTrue(model.firstRun)
        XCTAssertEqual(keys.key?.count, 32)
        guard case let .onboarding(onboarding)? = model.top?.screen else { return XCTFail("expected onboarding") }
        XCTAssertEqual(onboarding.selectedRegion, "AU", "guessed from the device locale")
        XCTAssertFalse(onboarding.tracks.isEmpty)

        model.onboardWithDefaults()
        XCTAssertEqual(model.stack.count, 1)
        XCTAssertEqual(home(model)?.needsOnboarding, false)
        XCTAssertEqual(home(model)?.checkInsToday, 0)
        XCTAssertEqual(preferences.region, "AU", "kept for help now before unlock")

        let again = makeModel()
        model.lock()
        again.start()
        XCTAssertEqual(again.phase, .unlocked)
        XCTAssertFalse(again.firstRun, "the second launch opens the same database with the same key")
    }

    func testACheckInGoesHomeAndCountsToday() async throws {
        let model = startedModel()
        model.show(.checkIn)
        guard case let .checkIn(state)? = model.top?.screen else { return XCTFail("no check-in screen") }
        XCTAssertEqual(state.grid.rows.count, 11)
        XCTAssertEqual(state.grid.rows.first?.energy, 5)
        XCTAssertEqual(state.grid.allWords.count, state.form.emotions.count, "every word sits on the grid")
        XCTAssertFalse(state.wordGroups.isEmpty)

        var draft = CheckInDraft()
        draft.pleasantness = 2
        draft.energy = 1
        let word = try XCTUnwrap(state.form.emotions.first { $0.pleasantness > 0 })
        draft.toggle(word.id, max: state.form.maxEmotions)
        draft.ownWordsText = "wobbly, \(state.form.emotions[0].word)"
        let outcome = try XCTUnwrap(model.submitCheckIn(draft))

        XCTAssertNil(outcome.safetyQuestions)
        XCTAssertEqual(outcome.checkIn.ownWords, ["wobbly"], "a typed pack word becomes a picked word")
        XCTAssertEqual(outcome.checkIn.emotions, [word.id, state.form.emotions[0].id])
        XCTAssertEqual(model.stack.count, 1)
        XCTAssertEqual(home(model)?.checkInsToday, 1)
        XCTAssertNil(model.notice)
    }

    func testAHighDistressCheckInAsksTheSafetyQuestionsAndAYesOpensHelpNow() async throws {
        let model = startedModel()
        model.show(.checkIn)
        var draft = CheckInDraft()
        draft.pleasantness = -5
        draft.energy = 4
        draft.stress = 9
        model.submitCheckIn(draft)

        guard case let .safetyQuestions(questions)? = model.top?.screen else {
            return XCTFail("expected the safety questions, got \(String(describing: model.top?.route))")
        }
        XCTAssertFalse(questions.selfHarm.isEmpty)
        model.answerSafetyQuestions(selfHarm: true, hurtSomeone: nil)

        guard case let .helpNow(help)? = model.top?.screen else { return XCTFail("expected help now") }
        XCTAssertEqual(help.situation, .selfHarm)
        XCTAssertEqual(help.region?.code, "AU")
        XCTAssertFalse(help.lines.isEmpty)
        XCTAssertTrue(help.lines.flatMap(\.actions).contains { $0.uri.hasPrefix("tel:") })

        model.goHome()
        XCTAssertNotNil(home(model)?.safetyCard, "the home screen keeps a quiet card after a yes")
    }

    func testANoToTheSafetyQuestionsGoesHomeWithTheCoresLine() async throws {
        let model = startedModel()
        model.show(.checkIn)
        var draft = CheckInDraft()
        draft.pleasantness = -5
        draft.energy = -3
        model.submitCheckIn(draft)
        model.answerSafetyQuestions(selfHarm: false, hurtSomeone: false)
        XCTAssertEqual(model.stack.count, 1)
        guard case let .message(line)? = model.notice else { return XCTFail("expected a message") }
        XCTAssertTrue(line.contains("Thanks"))
    }

    private func crisisAnswer(_ model: AppModel, file: StaticString = #filePath, line: UInt = #line) -> CrisisAnswer? {
        guard case let .crisisAnswer(answer)? = model.top?.screen else {
            XCTFail("expected the crisis answer on top, got \(String(describing: model.top?.route))", file: file, line: line)
            return nil
        }
        return answer
    }

    func testWordsOfCrisisInANoteBringTheCoresAnswerForThatSituationInPlaceOfTheForm() async throws {
        let model = startedModel()
        model.show(.checkIn)
        var draft = CheckInDraft()
        draft.pleasantness = -1
        draft.energy = -1
        draft.note = "honestly I want to kill myself tonight"
        model.submitCheckIn(draft)
        let answer = try XCTUnwrap(crisisAnswer(model))
        XCTAssertEqual(answer.situation, .selfHarm)
        XCTAssertTrue(answer.urgent)
        guard case let .calls(_, lines)? = answer.parts.first else { return XCTFail("calls lead when urgent") }
        XCTAssertEqual(lines.first?.actions.first?.target, "000", "the emergency number leads")
        XCTAssertEqual(model.help?.situation, .selfHarm, "help now opens at the same situation")
        model.closeCrisisAnswer()
        XCTAssertNotNil(home(model), "back to where he was")
    }

    func testAnEditedJournalEntryGoesThroughTheSameCrisisCheckAsANewOne() async throws {
        let model = startedModel()
        model.show(.journal)
        model.show(.journalEditor(nil))
        let saved = try XCTUnwrap(model.saveJournalEntry(JournalEntryInput(body: "A long day at work.", tags: [])))
        guard case .journal? = model.top?.screen else { return XCTFail("an ordinary day answers nothing") }

        model.show(.journalEditor(saved.id))
        model.saveJournalEntry(JournalEntryInput(body: "A long day at work. I put my hands on her neck.", tags: []))
        XCTAssertEqual(crisisAnswer(model)?.situation, .hurtSomeone)
        model.closeCrisisAnswer()
        guard case .journal? = model.top?.screen else { return XCTFail("closing it returns to the journal") }
    }

    func testAnAngerMomentGoesThroughTheCrisisCheckAndAnswersWithThePausePlan() async throws {
        let model = startedModel()
        model.recordAngerMoment(AngerMomentInput(whatHappened: "Cut off in traffic", intensity: 4))
        XCTAssertNotNil(home(model), "an ordinary moment answers nothing")
        model.recordAngerMoment(AngerMomentInput(
            whatHappened: "Argued about money", intensity: 9, thoughts: "I'm scared I'm going to hit her"))
        let answer = try XCTUnwrap(crisisAnswer(model))
        XCTAssertEqual(answer.title, "Step away now")
        guard case let .steps(_, _, link)? = answer.parts.first else { return XCTFail("the pause plan's steps first") }
        XCTAssertEqual(link?.documentId, "pause-plan")
        model.openPlan(try XCTUnwrap(link).documentId)
        guard case let .document(document, _)? = model.top?.screen else { return XCTFail("his pause plan opens") }
        XCTAssertEqual(document.id, "pause-plan")
    }

    func testWordsOfCrisisInAnExerciseAnswerBringTheAnswerOverTheNextStep() async throws {
        let model = startedModel()
        let moduleId = try XCTUnwrap(home(model)?.nextStep.moduleId)
        model.openModule(moduleId)
        for _ in 0..<10 {
            guard case let .lessonStep(step)? = model.top?.screen else { break }
            if case .reflection? = step.exercise {
                model.continueLesson(.reflection(text: "Some days I just want to die."))
                XCTAssertEqual(crisisAnswer(model)?.situation, .selfHarm)
                model.closeCrisisAnswer()
                guard case .lessonStep? = model.top?.screen else { return XCTFail("the lesson goes on under it") }
                return
            }
            model.continueLesson(step.exercise.map { sampleAnswer(for: $0) })
        }
        XCTFail("no reflection in the first module")
    }

    func testHomeAsksHowHeIsTheNextTimeAndWorseBringsTheSameHelpAgain() async throws {
        let model = startedModel()
        model.recordAngerMoment(AngerMomentInput(
            whatHappened: "Argued", intensity: 9, thoughts: "I might hit her tonight"))
        model.closeCrisisAnswer()
        XCTAssertNil(home(model)?.followUpCard, "not in the same sitting")
        model.lock()
        model.unlockWithDevice()
        XCTAssertNotNil(home(model)?.followUpCard, "asked the next time the app opens")
        model.answerFollowUp(.worse)
        let again = try XCTUnwrap(crisisAnswer(model))
        XCTAssertEqual(again.situation, .hurtSomeone)
        XCTAssertTrue(again.urgent)
        model.goHome()
        XCTAssertNil(home(model)?.followUpCard, "answered: not again")
    }

    func testTurningTheQuestionOffFromTheCardKeepsItOffAndSettingsShowsIt() async throws {
        let model = startedModel()
        model.saveJournalEntry(JournalEntryInput(body: "Some days I just want to die.", tags: []))
        model.lock()
        model.unlockWithDevice()
        XCTAssertNotNil(home(model)?.followUpCard)
        model.setCrisisFollowUp(false)
        XCTAssertNil(home(model)?.followUpCard)
        guard case let .message(line)? = model.notice else { return XCTFail("expected the core's line") }
        XCTAssertTrue(line.contains("settings"))
        model.show(.settings)
        guard case let .settings(off)? = model.top?.screen else { return XCTFail("settings") }
        XCTAssertFalse(off.crisisFollowUp)
        model.setCrisisFollowUp(true)
        guard case let .settings(on)? = model.top?.screen else { return XCTFail("settings") }
        XCTAssertTrue(on.crisisFollowUp)
    }

    func testAJournalEntryIsListedAndFoundBySearch() async throws {
        let model = startedModel()
        model.show(.journal)
        model.show(.journalEditor(nil))
        guard case let .journalEditor(editor)? = model.top?.screen else { return XCTFail("no editor") }
        XCTAssertNil(editor.entry)
        XCTAssertFalse(editor.prompts.themes.isEmpty)

        let saved = try XCTUnwrap(model.saveJournalEntry(
            JournalEntryInput(body: "Took a long walk before dinner and felt my jaw unclench.", tags: ["walk"])))
        guard case let .journal(list)? = model.top?.screen else { return XCTFail("expected the journal list") }
        XCTAssertEqual(list.items.map(\.id), [saved.id])

        model.show(.journalSearch)
        model.searchJournal("jaw")
        guard case let .journalSearch(search)? = model.top?.screen else { return XCTFail("no search") }
        XCTAssertEqual(search.hits.map(\.entryId), [saved.id])
        XCTAssertEqual(search.hits.first?.snippet.filter(\.highlighted).map(\.text), ["jaw"])

        model.searchJournal("")
        guard case let .journalSearch(cleared)? = model.top?.screen else { return XCTFail("no search") }
        XCTAssertTrue(cleared.hits.isEmpty)
        XCTAssertNil(model.notice)

        model.back()
        model.show(.journalEditor(saved.id))
        model.saveJournalEntry(JournalEntryInput(body: "Took a walk. Jaw unclenched.", tags: []))
        XCTAssertEqual(model.stack.count, 2, "editing goes back to the list")
        model.goHome()
        XCTAssertEqual(home(model)?.journalEntryCount, 1)
    }

    func testHelpNowWorksBeforeUnlockFromTheContentAlone() async throws {
        let model = startedModel()
        await model.setAppLock(.pin("482916"))
        model.lock()
        guard case let .locked(lock) = model.phase else { return XCTFail("expected the lock screen") }
        XCTAssertEqual(lock.kind, .pin)

        model.showHelpNow(.hurtSomeone)
        let help = try XCTUnwrap(model.helpBeforeUnlock)
        XCTAssertEqual(help.situation, .hurtSomeone)
        XCTAssertEqual(help.region?.code, "AU", "guessed from the device locale")
        XCTAssertNotNil(help.emergency)
        XCTAssertNil(help.safetyPlan, "nothing he wrote shows before unlock")
        XCTAssertFalse(help.pausePlan.safeguards.isEmpty)

        model.chooseRegion("nz")
        XCTAssertEqual(model.helpBeforeUnlock?.region?.code, "NZ")
        XCTAssertEqual(preferences.region, "NZ")
        model.closeHelpBeforeUnlock()
        XCTAssertNil(model.helpBeforeUnlock)
    }

    func testHelpBeforeUnlockSaysTheLinesHoursByTheDevicesClock() async throws {
        // A Sunday evening in Perth: PANDA, on Sydney hours, opens at 6 am tomorrow, his time.
        let sundayInPerth = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-12-06T20:00:00+08:00"))
        let perth = try XCTUnwrap(TimeZone(identifier: "Australia/Perth"))
        let model = AppModel(dataDir: dir.path, keyStore: keys, preferences: preferences, scheduler: scheduler,
                             deviceLocale: "en_AU", clock: { sundayInPerth }, timeZone: { perth })
        model.showHelpNow(.newDad)
        let help = try XCTUnwrap(model.helpBeforeUnlock)
        XCTAssertEqual(help.lines.first { $0.id == "au-panda" }?.hours, "Closed now, opens tomorrow 6 am")
        XCTAssertEqual(help.emergency?.hours, "Open 24 hours")
    }

    func testAPackThatChangesAHelpLineIsRefusedALocalServiceIsPreviewedAndInstalledAndHelpKeepsTheBuiltInNumbers() async throws {
        let changed = try Data(contentsOf: try changedHelpLinePack())
        let local = try Data(contentsOf: try localServicePack())
        func lifeline(_ help: HelpNowScreen?) -> String? {
            help?.lines.first { $0.name.contains("Lifeline") }?.actions.first?.target
        }
        func sams(_ help: HelpNowScreen?) -> HelpLineCard? {
            help?.lines.first { $0.name == "Sam's men's group" }
        }
        func settings(_ model: AppModel) -> SettingsState? {
            guard case let .settings(state)? = model.top?.screen else { return nil }
            return state
        }
        let model = startedModel()
        model.show(.settings)
        XCTAssertEqual(settings(model)?.content.installed, false)

        model.previewPack(Data("not a pack".utf8))
        guard case let .error(refused)? = model.notice else { return XCTFail("expected an error") }
        XCTAssertTrue(refused.hasSuffix("Nothing was changed."), refused)
        XCTAssertNotNil(settings(model), "nothing opens")

        model.previewPack(changed)
        guard case let .error(changes)? = model.notice else { return XCTFail("expected an error") }
        XCTAssertTrue(changes.contains("Lifeline's number in Australia"), changes)
        XCTAssertNotNil(settings(model), "nothing opens")

        model.previewPack(local)
        guard case let .installPack(preview)? = model.top?.screen else { return XCTFail("no preview") }
        XCTAssertEqual(preview.packTitle, "Sam's practice")
        XCTAssertEqual(preview.servicesAdded, ["Sam's men's group (Australia): 02 5550 1234"])
        XCTAssertTrue(preview.mayNotChange.contains { $0.contains("Emergency numbers and help lines") })
        XCTAssertNil(preview.secretKind, "no app lock is set")
        await model.confirmPackInstall()
        let content = try XCTUnwrap(settings(model)?.content)
        XCTAssertTrue(content.installed, "settings shows the installed pack")
        XCTAssertEqual(model.notice, .message(content.summary))

        model.showHelpNow(.talk)
        guard case let .helpNow(inside)? = model.top?.screen else { return XCTFail("no help now") }
        XCTAssertEqual(lifeline(inside), "131114")
        XCTAssertEqual(sams(inside)?.origin, "Added by Sam's practice, installed on this phone")
        XCTAssertEqual(sams(inside)?.builtIn, false)

        await model.setAppLock(.pin("482916"))
        model.lock()
        model.showHelpNow(.talk)
        XCTAssertEqual(lifeline(model.helpBeforeUnlock), "131114", "the built-in number shows before unlock")
        XCTAssertEqual(model.helpBeforeUnlock?.emergency?.actions.first?.target, "000")
        XCTAssertEqual(sams(model.helpBeforeUnlock)?.origin, "Added by Sam's practice, installed on this phone")
    }

    func testWithAnAppLockSetInstallingAPackAsksForItsPinAndAWrongOneInstallsNothing() async throws {
        let model = startedModel()
        await model.setAppLock(.pin("482916"))
        model.show(.settings)
        model.previewPack(try Data(contentsOf: try localServicePack()))
        guard case let .installPack(preview)? = model.top?.screen else { return XCTFail("no preview") }
        XCTAssertEqual(preview.secretKind, .pin)

        await model.confirmPackInstall()
        guard case let .error(asked)? = model.notice else { return XCTFail("expected the PIN to be asked") }
        XCTAssertTrue(asked.contains("PIN"), asked)
        await model.confirmPackInstall(secret: .pin("000000"))
        guard case let .error(wrong)? = model.notice else { return XCTFail("expected a wrong PIN") }
        XCTAssertTrue(wrong.contains("didn't match"), wrong)
        guard case .installPack? = model.top?.screen else { return XCTFail("still on the preview") }

        await model.confirmPackInstall(secret: .pin("482916"))
        guard case let .settings(state)? = model.top?.screen else { return XCTFail("back to settings") }
        XCTAssertTrue(state.content.installed)
    }

    func testAnAppLockKeepsTheKeyOutOfTheKeyStoreAndUnlocksWithThePin() async throws {
        let model = startedModel()
        model.show(.checkIn)
        var draft = CheckInDraft()
        draft.pleasantness = 1
        model.submitCheckIn(draft)

        await model.setAppLock(.pin("482916"))
        XCTAssertNil(keys.key, "the key now lives wrapped under the PIN")
        XCTAssertEqual(model.notice, .message(ShellText.lockSet))
        model.lock()
        XCTAssertTrue(model.stack.isEmpty)

        let relaunched = makeModel()
        relaunched.start()
        guard case let .locked(before) = relaunched.phase else { return XCTFail("a relaunch shows the lock screen") }
        XCTAssertEqual(before.screen.prompt, "Enter your PIN")
        XCTAssertTrue(before.screen.numericInput)
        XCTAssertEqual(before.screen.help.label, "Help now", "help now is on the lock screen")
        XCTAssertNil(before.message)
        await relaunched.unlock(.pin("000000"))
        guard case let .locked(state) = relaunched.phase else { return XCTFail("a wrong PIN stays locked") }
        XCTAssertEqual(state.message, "That didn't match. Take your time and try again.")

        await relaunched.unlock(.pin("482916"))
        XCTAssertEqual(relaunched.phase, .unlocked)
        XCTAssertEqual(home(relaunched)?.checkInsToday, 1)

        await relaunched.removeAppLock(.pin("482916"))
        XCTAssertEqual(keys.key?.count, 32, "removing the lock gives the key back to the key store")
    }

    func testABackupRestoresIntoAFreshApp() async throws {
        let model = startedModel()
        model.show(.journal)
        model.show(.journalEditor(nil))
        model.saveJournalEntry(JournalEntryInput(body: "Backed up thoughts."))
        model.goHome()

        let made = await model.makeBackup(passphrase: "correct horse battery")
        let file = try XCTUnwrap(made)
        XCTAssertFalse(file.contents.isEmpty)
        let refused = await model.makeBackup(passphrase: "short")
        XCTAssertNil(refused)
        guard case let .error(line)? = model.notice else { return XCTFail("a short passphrase is refused") }
        XCTAssertFalse(line.contains("short"), "the sentence never quotes the passphrase")

        model.eraseEverything()
        XCTAssertTrue(model.firstRun, "after erasing, the app starts again as new")
        model.onboardWithDefaults()
        XCTAssertEqual(home(model)?.journalEntryCount, 0)
        XCTAssertTrue(scheduler.applied.contains([]), "erasing cancels every reminder")

        let restored = await model.restoreBackup(
            file.contents, passphrase: "correct horse battery", mode: .replaceEmpty)
        let summary = try XCTUnwrap(restored)
        XCTAssertEqual(summary.added.journalEntries, 1)
        XCTAssertTrue(summary.message.hasPrefix("Restored: "), summary.message)
        XCTAssertTrue(summary.message.contains("1 journal entry"), summary.message)
        XCTAssertEqual(model.notice, .message(summary.message), "the core's sentence is what shows")
        XCTAssertEqual(home(model)?.journalEntryCount, 1)
    }

    func testACounsellorsLinkOpensTheRecommendationEvenFromTheLockScreen() async throws {
        let recommendation = try createRecommendationCode(
            moduleIds: ["the-pause-plan"], from: "Sam", note: nil)
        let model = startedModel()
        model.openLink(recommendation.link)
        guard case let .recommendation(received, _)? = model.top?.screen else { return XCTFail("no recommendation") }
        XCTAssertEqual(received.moduleIds, ["the-pause-plan"])
        XCTAssertTrue(received.headline.contains("Sam"))

        model.lock()
        model.openLink(recommendation.link)
        model.unlockWithDevice()
        guard case .recommendation? = model.top?.screen else { return XCTFail("the link waits for unlock") }
        XCTAssertEqual(model.stack.count, 2)

        model.acceptRecommendation()
        XCTAssertEqual(model.stack.count, 1, "accepting goes home")
        XCTAssertEqual(home(model)?.recommendations?.headline, received.headline)
        XCTAssertEqual(home(model)?.recommendations?.modules.map(\.id), ["the-pause-plan"])

        model.openLink("groundwork://recommend?code=NOPE")
        guard case let .error(line)? = model.notice else { return XCTFail("a bad code is explained") }
        XCTAssertTrue(line.hasPrefix("Check the recommendation code:"))

        model.openCode(recommendation.code)
        guard case .recommendation? = model.top?.screen else { return XCTFail("a typed code opens it too") }
    }

    /// Onboarded on the new-dad track, the baby born twelve weeks ago: the team module is open.
    private func twelveWeeksIn() -> AppModel {
        let model = makeModel()
        model.start()
        let born = Calendar(identifier: .gregorian).date(byAdding: .day, value: -84, to: Date())!
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        model.completeOnboarding(OnboardingChoices(
            region: "AU", trackIds: ["new-father"],
            babyDate: BabyDate(kind: .born, date: formatter.string(from: born)), discreetMode: false
        ))
        return model
    }

    func testATeamModuleAsksTheHomeSafetyQuestionFirstAndNotSureShowsWhyWithHelp() async throws {
        let model = twelveWeeksIn()
        model.openModule("co-parenting-as-a-team")
        guard case let .homeSafetyQuestion(question)? = model.top?.screen else {
            return XCTFail("the question comes first, got \(String(describing: model.top?.route))")
        }
        XCTAssertEqual(question.moduleId, "co-parenting-as-a-team")
        XCTAssertEqual(question.choices.count, 3)

        model.answerHomeSafetyQuestion(.notSure)
        guard case let .homeSafetyNotYet(notYet)? = model.top?.screen else {
            return XCTFail("not sure keeps it closed, got \(String(describing: model.top?.route))")
        }
        XCTAssertEqual(notYet.helpNow.situation, .hurtSomeone)
        XCTAssertFalse(notYet.ownWork.isEmpty)
        XCTAssertEqual(model.stack.count, 2, "the answer replaced the question")

        model.back()
        model.openModule("co-parenting-as-a-team")
        guard case .homeSafetyNotYet? = model.top?.screen else { return XCTFail("still closed") }
    }

    func testANoToTheHomeSafetyQuestionOpensTheModuleInItsPlace() async throws {
        let model = twelveWeeksIn()
        model.openModule("co-parenting-as-a-team")
        model.answerHomeSafetyQuestion(.no)
        guard case let .lessonStep(step)? = model.top?.screen else {
            return XCTFail("a no opens the module, got \(String(describing: model.top?.route))")
        }
        XCTAssertEqual(step.moduleId, "co-parenting-as-a-team")
        XCTAssertEqual(model.stack.count, 2, "home, then the module")
        guard case .message? = model.notice else { return XCTFail("the core's line: \(String(describing: model.notice))") }
    }

    func testALessonStepTakesAnAnswerAndTheModuleCompletes() async throws {
        let model = startedModel()
        let next = try XCTUnwrap(home(model)?.nextStep)
        let moduleId = try XCTUnwrap(next.moduleId, "a new person has a module to start")
        model.show(.phaseMap)
        guard case let .phaseMap(map)? = model.top?.screen else { return XCTFail("no phase map") }
        XCTAssertTrue(map.phases.flatMap(\.modules).contains { $0.id == moduleId })
        model.show(.moduleOverview(moduleId))
        guard case let .moduleOverview(overview)? = model.top?.screen else { return XCTFail("no overview") }
        XCTAssertFalse(overview.steps.isEmpty)

        model.openModule(moduleId)
        var sawExercise = false
        for _ in 0..<40 {
            guard case let .lessonStep(step)? = model.top?.screen else { break }
            XCTAssertEqual(step.moduleId, moduleId)
            XCTAssertFalse(step.blocks.isEmpty && step.exercise == nil, "a step shows something")
            if let exercise = step.exercise {
                let answer = sampleAnswer(for: exercise)
                if !sawExercise {
                    sawExercise = true
                    model.saveAnswer(answer)
                    guard case let .lessonStep(saved)? = model.top?.screen else { return XCTFail("no step") }
                    XCTAssertEqual(saved.answer, answer, "a half-done answer is kept")
                    XCTAssertEqual(saved.stepIndex, step.stepIndex)
                    XCTAssertEqual(model.stack.count, 4, "a draft stays on the same screen (home, map, overview, step)")
                }
                model.continueLesson(answer)
                model.saveAnswer(answer, at: step)
                XCTAssertNil(model.notice, "a late draft for the step he left is dropped, not sent")
            } else {
                model.continueLesson(nil)
            }
            XCTAssertNil(model.notice, "the core refused: \(String(describing: model.notice))")
        }
        XCTAssertTrue(sawExercise, "the first module has an exercise")
        guard case let .moduleCompletion(done)? = model.top?.screen else {
            return XCTFail("expected the completion screen, got \(String(describing: model.top?.route))")
        }
        XCTAssertEqual(done.moduleId, moduleId)
        XCTAssertFalse(done.headline.isEmpty)

        model.goHome()
        XCTAssertNotEqual(home(model)?.nextStep.moduleId, moduleId, "home moves on to what comes next")
    }
}
