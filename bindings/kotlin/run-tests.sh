#!/usr/bin/env bash
# Builds groundwork-core, regenerates the Kotlin bindings and runs their JUnit tests on the JVM.
#
#   bindings/kotlin/run-tests.sh                      from any directory
#   bindings/kotlin/run-tests.sh -Dtest=JournalTest   extra arguments go to Maven
#
# Needs cargo, Java 17+ and Maven; Maven fetches Kotlin, JNA and JUnit from Maven Central on the
# first run. The tests load libgroundwork_core from $CARGO_TARGET_DIR/debug (default target/debug),
# the library bindings/generate.sh has just built.
#
# GROUNDWORK_MAVEN_POM runs another Maven project over the same freshly generated bindings
# (bindings/kotlin-presentation/run-tests.sh sets it to its own pom.xml).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

for tool in cargo java mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "run-tests.sh: '$tool' is not on PATH" >&2; exit 1; }
done

"$root/bindings/generate.sh"
test_pack="$("$root/bindings/make-test-pack.sh")"

# generate.sh runs cargo from the repository root, so a relative CARGO_TARGET_DIR is relative to it.
lib_dir="$(cd "$root" && cd "${CARGO_TARGET_DIR:-target}" && pwd)/debug"

# -B: no colours or prompts; -ntp: no download progress. Not -q: Surefire's
# "Tests run: N, Failures: F, Errors: E, Skipped: S" summary is an INFO line.
exec mvn -B -ntp -f "${GROUNDWORK_MAVEN_POM:-$here/pom.xml}" -Dgroundwork.lib.dir="$lib_dir" \
  -Dgroundwork.test.pack="$test_pack" test "$@"
