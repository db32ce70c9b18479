// The three preferences read before the database opens. None of them holds anything he wrote.
package app.groundwork.android.platform

import android.content.Context
import androidx.core.content.edit
import app.groundwork.core.ShellPreferences

class SharedPreferencesStore(private val context: Context) {
    private val prefs = context.getSharedPreferences("groundwork", Context.MODE_PRIVATE)

    /** Discreet mode also swaps the launcher's name and icon for neutral ones. */
    var discreet: Boolean
        get() = prefs.getBoolean("discreet", false)
        set(value) {
            prefs.edit { putBoolean("discreet", value) }
            LauncherName.show(context, discreet = value)
        }

    var region: String?
        get() = prefs.getString("region", null)
        set(value) = prefs.edit { putString("region", value) }

    var biometricKey: Boolean
        get() = prefs.getBoolean("biometricKey", false)
        set(value) = prefs.edit { putBoolean("biometricKey", value) }
}

/** All three, as the core's navigator takes them and hands them back to save. */
var SharedPreferencesStore.shellPreferences: ShellPreferences
    get() = ShellPreferences(discreet = discreet, region = region, biometricKey = biometricKey)
    set(value) {
        if (value.discreet != discreet) discreet = value.discreet
        region = value.region
        biometricKey = value.biometricKey
    }
