#!/usr/bin/env bash
# Builds groundwork-core, regenerates the Kotlin bindings and runs the presentation layer's JUnit
# tests on the JVM, against the real library (through bindings/kotlin/run-tests.sh, pointed at
# this module's pom.xml).
#
#   bindings/kotlin-presentation/run-tests.sh                     from any directory
#   bindings/kotlin-presentation/run-tests.sh -Dtest=AppModelTest extra arguments go to Maven
#
# Needs cargo, Java 17+ and Maven; the first run fetches Kotlin, kotlinx-coroutines, JNA and
# JUnit from Maven Central.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
GROUNDWORK_MAVEN_POM="$here/pom.xml" exec "$here/../kotlin/run-tests.sh" "$@"
