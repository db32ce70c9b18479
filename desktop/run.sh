#!/usr/bin/env bash
# Starts Groundwork in a desktop window: builds the core and its Kotlin bindings
# (bindings/generate.sh), then the app (Maven, into desktop/target), then runs it.
#
#   desktop/run.sh [--data-dir DIR] [--timing]
#
# The data is the terminal companion's (~/.local/share/groundwork on Linux) unless --data-dir
# says otherwise. Needs cargo, Java 17+ and Maven; the first build fetches Compose from Maven
# Central. GROUNDWORK_SKIP_BUILD=1 runs what was built last.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

for tool in cargo java mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "run.sh: '$tool' is not on PATH" >&2; exit 1; }
done

lib_dir="$(cd "$root" && mkdir -p "${CARGO_TARGET_DIR:-target}" && cd "${CARGO_TARGET_DIR:-target}" && pwd)/debug"
if [[ "${GROUNDWORK_SKIP_BUILD:-}" != 1 ]]; then
  "$root/bindings/generate.sh" >&2
  mvn -B -q -ntp -f "$here/pom.xml" -DskipTests package >&2
fi

exec java -Djna.library.path="$lib_dir" -Dkotlinx.coroutines.fast.service.loader=false \
  -jar "$here/target/groundwork-desktop.jar" "$@"
