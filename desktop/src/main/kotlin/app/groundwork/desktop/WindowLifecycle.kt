// The window's life told to the core as the phone's is: minimised or another window in front
// -> WentToBackground, back in front -> CameBack, so the app lock works as on the phone (the core
// decides when being away locks). A dialog or browser opened on his behalf (save as, a file to
// open, a link) is a hand-off (HandingOff), not going away.
package app.groundwork.desktop

import app.groundwork.core.Action
import java.time.Instant

class WindowLifecycle(private val send: (Action) -> Unit, private val now: () -> Instant = Instant::now) {
    private var away = false
    private var handedOff = false

    /** The window was minimised or lost the focus to another app's window. */
    @Synchronized
    fun wentAway() {
        if (away || handedOff) return
        away = true
        send(Action.WentToBackground(now()))
    }

    /** The window is in front again (restored, or focused). */
    @Synchronized
    fun cameBack() {
        if (!away && !handedOff) return
        away = false
        handedOff = false
        send(Action.CameBack(now()))
    }

    /** He is about to be handed to a dialog or another app on purpose. */
    @Synchronized
    fun handOff() {
        if (handedOff) return
        handedOff = true
        send(Action.HandingOff(now()))
    }
}
