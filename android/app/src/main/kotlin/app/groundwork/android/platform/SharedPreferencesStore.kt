// The three preferences read before the database opens. None of them holds anything he wrote.
package app.groundwork.android.platform

import android.content.Context
import androidx.core.content.edit
import app.groundwork.presentation.AppPreferences

class SharedPreferencesStore(private val context: Context) : AppPreferences {
    private val prefs = context.getSharedPreferences("groundwork", Context.MODE_PRIVATE)

    /** Discreet mode also swaps the launcher's name and icon for neutral ones. */
    override var discreet: Boolean
        get() = prefs.getBoolean("discreet", false)
        set(value) {
            prefs.edit { putBoolean("discreet", value) }
            LauncherName.show(context, discreet = value)
        }

    override var region: String?
        get() = prefs.getString("region", null)
        set(value) = prefs.edit { putString("region", value) }

    override var biometricKey: Boolean
        get() = prefs.getBoolean("biometricKey", false)
        set(value) = prefs.edit { putBoolean("biometricKey", value) }
}
