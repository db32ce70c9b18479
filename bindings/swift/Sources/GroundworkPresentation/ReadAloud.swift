// "Read to me": what the voice tells the core as it speaks. The core keeps the position, the speed
// and the player bar (`AppView.readAloud`); the platform only speaks what `Effect.speak` hands it
// and reports back through these, from any thread.

import Foundation
import GroundworkCore

/// What the voice reports for the `speak` it was handed last.
public struct SpeechReports {
    /// The utterance with this `index` was said (and its silence kept).
    public let sentenceSpoken: (UInt32) -> Void
    /// The last utterance was said.
    public let finished: () -> Void
    /// No offline voice speaks the language: nothing was said.
    public let unavailable: () -> Void

    public init(
        sentenceSpoken: @escaping (UInt32) -> Void,
        finished: @escaping () -> Void,
        unavailable: @escaping () -> Void
    ) {
        self.sentenceSpoken = sentenceSpoken
        self.finished = finished
        self.unavailable = unavailable
    }
}

extension AppModel {
    /// Reports that go to the core as actions, on the main actor.
    func speechReports() -> SpeechReports {
        SpeechReports(
            sentenceSpoken: { [weak self] index in
                Self.onMainActor { self?.send(.sentenceSpoken(index: index)) }
            },
            finished: { [weak self] in Self.onMainActor { self?.send(.speechFinished) } },
            unavailable: { [weak self] in Self.onMainActor { self?.send(.speechUnavailable) } }
        )
    }
}
