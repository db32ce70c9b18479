#!/usr/bin/env bash
# Compiles groundwork-desktop (the Android screens, the presentation layer, freshly generated
# uniffi bindings and desktop/src/main/kotlin) against Compose Multiplatform desktop, and runs its
# JUnit tests (desktop/src/test/kotlin) against the real library, with no display. The tests also
# run the terminal companion on the desktop's database, so it is built first.
#
#   desktop/run-tests.sh                        from any directory
#   desktop/run-tests.sh -Dtest=NAME            extra arguments go to Maven
#
# Needs cargo, Java 17+ and Maven.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
(cd "$here/.." && cargo build -q -p groundwork-cli)
GROUNDWORK_MAVEN_POM="$here/pom.xml" exec "$here/../bindings/kotlin/run-tests.sh" "$@"
