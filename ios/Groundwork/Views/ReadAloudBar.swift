// "Read to me": the buttons under a screen that can be read aloud, the headphones hint after the
// first tap, and the player bar while reading. Drawn from the core's `ReadAloudView` only: the
// labels, the position ("Sentence 3 of 12"), the speed and what each button sends are the core's.
// Every button is at least 48 points and named for VoiceOver.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct ReadAloudBar: View {
    @EnvironmentObject private var model: AppModel
    let offer: ReadAloudView

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            if let hint = offer.hint {
                Text(hint)
                    .font(.callout)
                    .accessibilityAddTraits(.updatesFrequently)
            }
            if let bar = offer.player {
                PlayerControls(bar: bar)
            } else {
                HStack(spacing: 8) {
                    Button {
                        model.send(.readAloud)
                    } label: {
                        Label(offer.readLabel, systemImage: "play.fill")
                            .frame(minHeight: 48)
                    }
                    .buttonStyle(.borderedProminent)
                    if let guide = offer.guideLabel {
                        Button {
                            model.send(.guideExercise)
                        } label: {
                            Text(guide).frame(minHeight: 48)
                        }
                        .buttonStyle(.bordered)
                    }
                }
            }
        }
        .padding()
        .frame(maxWidth: .infinity, alignment: .leading)
        .background(.thinMaterial, in: RoundedRectangle(cornerRadius: 12))
        .padding(.horizontal)
    }
}

private struct PlayerControls: View {
    @EnvironmentObject private var model: AppModel
    let bar: PlayerBar

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(bar.positionLabel)
                .font(.subheadline.weight(.semibold))
                .accessibilityAddTraits(.updatesFrequently)
            HStack(spacing: 4) {
                iconButton("backward.end.fill", label: bar.backLabel, action: .backOneSentence)
                    .disabled(!bar.canGoBack)
                iconButton(
                    bar.playing ? "pause.fill" : "play.fill",
                    label: bar.playPauseLabel,
                    action: bar.playing ? .pauseReading : .resumeReading
                )
                Button {
                    model.send(.setReadingSpeed(speed: bar.nextSpeed))
                } label: {
                    Text(bar.speedLabel).frame(minWidth: 48, minHeight: 48)
                }
                Spacer()
                iconButton("xmark", label: bar.stopLabel, action: .stopReading)
            }
        }
    }

    private func iconButton(_ symbol: String, label: String, action: Action) -> some View {
        Button {
            model.send(action)
        } label: {
            Image(systemName: symbol).frame(width: 48, height: 48)
        }
        .accessibilityLabel(label)
    }
}
