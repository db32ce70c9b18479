#!/usr/bin/env bash
# Packages groundwork-desktop with jpackage (part of Java 17): a self-contained app with its own
# Java runtime, the app's jars and the core's native library beside them, where JNA is told to
# look ($APPDIR, the launcher's app folder).
#
#   desktop/package.sh [TYPE] [--debug]
#
# TYPE is what jpackage makes on this system: app-image (a folder, the default; any system),
# deb or rpm (Linux), dmg or pkg (macOS), msi or exe (Windows; needs the WiX tools). The result
# is in desktop/target/dist. jpackage makes packages only for the system it runs on.
#
# The core is built with the release profile (bindings/generate.sh --release: optimised, no
# test clock) and the bindings are generated from it. --debug packages the debug library
# instead (quicker; for trying the packaging, never for handing out). Run bindings/generate.sh
# again before the tests afterwards.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

type=app-image
profile=bench
for arg in "$@"; do
  case "$arg" in
    --debug) profile=debug ;;
    -*) echo "package.sh: unknown option $arg" >&2; exit 2 ;;
    *) type="$arg" ;;
  esac
done

for tool in cargo mvn jpackage; do
  command -v "$tool" >/dev/null 2>&1 || { echo "package.sh: '$tool' is not on PATH" >&2; exit 1; }
done

if [[ "$profile" == bench ]]; then
  "$root/bindings/generate.sh" --release
else
  "$root/bindings/generate.sh"
fi
mvn -B -q -ntp -f "$here/pom.xml" -DskipTests package

target_dir="$(cd "$root" && cd "${CARGO_TARGET_DIR:-target}" && pwd)/$profile"
case "$(uname -s)" in
  Darwin) lib="$target_dir/libgroundwork_core.dylib" ;;
  MINGW* | MSYS* | CYGWIN*) lib="$target_dir/groundwork_core.dll" ;;
  *) lib="$target_dir/libgroundwork_core.so" ;;
esac

input="$here/target/package-input"
rm -rf "$input" "$here/target/dist"
mkdir -p "$input"
cp "$here/target/groundwork-desktop.jar" "$input/"
cp -r "$here/target/lib" "$input/lib"
cp "$lib" "$input/"

version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -n 1)"
jpackage --type "$type" \
  --name groundwork-desktop \
  --app-version "${version:-0.1.0}" \
  --vendor Groundwork \
  --description "Groundwork: a private, offline companion for men" \
  --input "$input" \
  --main-jar groundwork-desktop.jar \
  --main-class app.groundwork.desktop.MainKt \
  --java-options '-Djna.library.path=$APPDIR' \
  --java-options -Dkotlinx.coroutines.fast.service.loader=false \
  --dest "$here/target/dist"
ls -l "$here/target/dist"
