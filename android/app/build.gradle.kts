// The Groundwork Android app: the activity and everything only the phone does (Keystore, alarms,
// the share sheet, links, system back, dynamic colour), over the screens of the :ui module (which
// also brings the presentation layer and the uniffi bindings), and the Rust core built per ABI
// with cargo-ndk.

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

val repoRoot: File = rootProject.projectDir.parentFile
val jniLibsDir = file("src/main/jniLibs")

android {
    namespace = "app.groundwork.android"
    compileSdk = 35
    ndkVersion = libs.versions.ndk.get()

    defaultConfig {
        applicationId = "app.groundwork.android"
        minSdk = 26
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
        ndk { abiFilters += listOf("arm64-v8a", "armeabi-v7a", "x86_64") }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures { compose = true }

    sourceSets["main"].apply {
        jniLibs.srcDir(jniLibsDir)
    }

    packaging {
        // JNA's AAR brings its own libjnidispatch.so per ABI.
        jniLibs.useLegacyPackaging = false
    }
}

kotlin { jvmToolchain(17) }

// ----- The Rust core -----

/** libgroundwork_core.so for arm64-v8a, armeabi-v7a and x86_64, with SQLCipher on libtomcrypt. */
val cargoNdkBuild by tasks.registering(Exec::class) {
    group = "rust"
    description = "Builds groundwork-core for every ABI with cargo-ndk into src/main/jniLibs."
    workingDir = repoRoot
    inputs.dir(File(repoRoot, "core/src"))
    inputs.dir(File(repoRoot, "core/sqlcipher"))
    inputs.dir(File(repoRoot, "content"))
    inputs.file(File(repoRoot, "Cargo.lock"))
    outputs.dir(jniLibsDir)
    doFirst {
        environment("ANDROID_NDK_HOME", android.ndkDirectory.absolutePath)
    }
    commandLine(
        "cargo", "ndk",
        "-t", "arm64-v8a", "-t", "armeabi-v7a", "-t", "x86_64",
        "--platform", "26",
        "-o", jniLibsDir.absolutePath,
        // `rustc --crate-type cdylib`: the shared library alone, 1.7 MB smaller than when built
        // beside the Rust library (which keeps every public item exported through LTO).
        "rustc", "--release", "-p", "groundwork-core", "--lib", "--crate-type", "cdylib",
    )
}

tasks.named("preBuild") { dependsOn(cargoNdkBuild) }

dependencies {
    implementation(project(":ui"))
    implementation(libs.androidx.core.ktx)
    implementation(libs.androidx.activity.compose)
    implementation(platform(libs.androidx.compose.bom))
    implementation(libs.androidx.compose.ui)
    implementation(libs.androidx.compose.material3)
    implementation(libs.androidx.lifecycle.viewmodel.compose)
    implementation(libs.androidx.lifecycle.runtime.compose)
    implementation(libs.androidx.biometric)
    implementation(libs.androidx.fragment)
    implementation(libs.androidx.annotation)
    implementation(libs.kotlinx.coroutines.android)
    debugImplementation(libs.androidx.compose.ui.tooling)
}
