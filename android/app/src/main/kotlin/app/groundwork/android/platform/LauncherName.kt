// Which launcher entry the phone shows: Groundwork's own, or in discreet mode a neutral one
// ("Notes", a plain icon). Both are activity-aliases of MainActivity in the manifest; exactly one
// is enabled at a time, so the app drawer never lists both.
package app.groundwork.android.platform

import android.content.ComponentName
import android.content.Context
import android.content.pm.PackageManager

object LauncherName {
    private const val USUAL = "app.groundwork.android.LauncherUsual"
    private const val NEUTRAL = "app.groundwork.android.LauncherNeutral"

    fun show(context: Context, discreet: Boolean) {
        val packageManager = context.packageManager
        fun set(alias: String, on: Boolean) = packageManager.setComponentEnabledSetting(
            ComponentName(context, alias),
            if (on) PackageManager.COMPONENT_ENABLED_STATE_ENABLED else PackageManager.COMPONENT_ENABLED_STATE_DISABLED,
            PackageManager.DONT_KILL_APP,
        )
        // The new entry first, so there is never a moment with no way to open the app.
        set(if (discreet) NEUTRAL else USUAL, true)
        set(if (discreet) USUAL else NEUTRAL, false)
    }
}
