// A stand-in for the presentation layer's AppModel with the contract's exact signature, so the
// screens compile here against that contract. It sends to the navigator and keeps the view; it
// carries out no effect (the real one, in bindings/kotlin-presentation, hands them to Platform).
package app.groundwork.presentation

import app.groundwork.core.Action
import app.groundwork.core.AppNavigator
import app.groundwork.core.AppView
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow

class AppModel(private val navigator: AppNavigator, @Suppress("unused") private val platform: Platform) {
    private val state = MutableStateFlow(navigator.view())
    val view: StateFlow<AppView> = state.asStateFlow()

    fun send(action: Action) {
        state.value = navigator.send(action)
    }
}
