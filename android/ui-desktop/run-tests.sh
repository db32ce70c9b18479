#!/usr/bin/env bash
# Compiles the Android screens (android/ui/src/main/kotlin, the same sources the Gradle build
# compiles) with freshly generated uniffi bindings against Compose Multiplatform's desktop builds
# of the androidx.compose APIs, and runs the JUnit tests beside them (src/test/kotlin) against
# the real library (through bindings/kotlin/run-tests.sh, pointed at this module's pom.xml). Any
# compile error fails the run.
#
#   android/ui-desktop/run-tests.sh                   from any directory
#   android/ui-desktop/run-tests.sh -Dtest=NAME       extra arguments go to Maven
#
# Needs cargo, Java 17+ and Maven; the first run fetches Kotlin, the Compose compiler plugin,
# Compose Multiplatform (desktop) and Skia for Linux from Maven Central. No display is needed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
GROUNDWORK_MAVEN_POM="$here/pom.xml" exec "$here/../../bindings/kotlin/run-tests.sh" "$@"
