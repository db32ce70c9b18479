#!/usr/bin/env bash
# Runs every test Groundwork has: the Rust workspace (unit, integration, doc tests), the content
# pack checks, the Kotlin binding and presentation tests (Maven), the Android screens compiled
# against Compose Desktop (android/ui-desktop, Maven), the desktop app's tests (desktop/, Maven),
# the Swift binding and
# presentation tests (SwiftPM; on Linux without Swift, inside a Debian chroot that
# bindings/swift/run-swift.sh sets up), the syntax of every Swift file of the iOS app
# (ios/check-syntax.sh, in the same Swift) and the data of every SwiftUI preview, built by the
# core (ios/check-previews.sh), and a short pass of every fuzz target (fuzz/run.sh).
#
#   tests/run-all.sh
#
# Ends with one line adding up every suite: "all tests: N passed, N failed".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

step() { printf '\n==> %s\n' "$*"; }

# Screen-model snapshots (insta) must match the committed ones; a missing or changed snapshot
# fails instead of being written. Review changes locally with `cargo insta review`.
export INSTA_UPDATE=no

step "Rust: cargo test --workspace"
cargo test --workspace --all-targets 2>&1 | tee "$logs/rust.log"
cargo test --workspace --doc 2>&1 | tee "$logs/rust-doc.log"

step "Content: validate and lint both language packs (and the region data they read) and the example add-on, check the schemas"
for pack in content/packs/core-en content/packs/core-fr-CA; do
  cargo run -q -p groundwork-cli -- pack validate "$pack"
  cargo run -q -p groundwork-cli -- pack lint "$pack"
  # The crisis model must be exactly what training on the pack's labelled lines gives.
  cargo run -q -p groundwork-cli -- pack train-crisis "$pack" --check
done
# A counsellor's add-on is checked with the built-in pack it extends, with that pack's avoid list.
cargo run -q -p groundwork-cli -- pack validate content/addons/between-sessions
cargo run -q -p groundwork-cli -- pack lint content/addons/between-sessions --avoid content/packs/core-en/avoid.txt
cargo run -q -p groundwork-cli -- pack schema -o content/schema --check

step "Fuzz: a short pass over every target (fuzz/run.sh 8)"
fuzz/run.sh 8 2>&1 | tee "$logs/fuzz.log"

step "Kotlin: bindings/kotlin/run-tests.sh"
bindings/kotlin/run-tests.sh 2>&1 | tee "$logs/kotlin.log"

step "Kotlin presentation: bindings/kotlin-presentation/run-tests.sh"
bindings/kotlin-presentation/run-tests.sh 2>&1 | tee "$logs/kotlin-presentation.log"

# The Android screens (android/ui) compiled against Compose Multiplatform desktop: a compile
# error in any screen fails the run.
step "Android screens: android/ui-desktop/run-tests.sh"
android/ui-desktop/run-tests.sh 2>&1 | tee "$logs/android-ui.log"

# The same screens in a desktop window (desktop/): the desktop's Platform and the app from first
# start to home, on the real core, with no display.
step "Desktop: desktop/run-tests.sh"
desktop/run-tests.sh 2>&1 | tee "$logs/desktop.log"

step "Swift: bindings/swift/run-tests.sh (GroundworkCore and GroundworkPresentation)"
bindings/swift/run-tests.sh 2>&1 | tee "$logs/swift.log"

step "iOS: ios/check-syntax.sh (swift -frontend -parse over every file in ios/)"
ios/check-syntax.sh

step "iOS: ios/check-previews.sh (every preview's data, built by the core)"
ios/check-previews.sh

# Add up what each runner reported.
passed=0
failed=0
while read -r p f; do
  passed=$((passed + p)); failed=$((failed + f))
done < <(
  grep -hoE 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$logs"/rust*.log |
    sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed/\1 \2/'
  # Surefire's totals line: "Tests run: N, Failures: F, Errors: E, Skipped: S" (the last one).
  for maven_log in "$logs/kotlin.log" "$logs/kotlin-presentation.log" "$logs/android-ui.log" "$logs/desktop.log"; do
    grep -hE '^\[?(INFO|ERROR|WARNING)?\]? *Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+' "$maven_log" | tail -n 1 |
      sed -E 's/.*Tests run: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+).*/\1 \2 \3/' |
      awk '{ print $1 - $2 - $3, $2 + $3 }'
  done
  # XCTest's last summary: "Executed N tests, with F failures".
  grep -hE 'Executed [0-9]+ tests?, with [0-9]+ failures?' "$logs/swift.log" | tail -n 1 |
    sed -E 's/.*Executed ([0-9]+) tests?, with ([0-9]+) failures?.*/\1 \2/' |
    awk '{ print $1 - $2, $2 }'
)
echo
echo "run-all.sh took ${SECONDS} s"
echo "all tests: $passed passed, $failed failed"
[[ "$failed" -eq 0 ]]
