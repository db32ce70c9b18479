pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "Groundwork"
include(":app")
// The screens: plain Compose, no android.* (also compiled on the desktop JVM by ui-desktop/).
include(":ui")
