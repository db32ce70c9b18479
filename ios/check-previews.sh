#!/usr/bin/env bash
# Builds the data of every SwiftUI preview with the real core and checks it: each preview lands on
# the screen it is named for, shows what it is there for (a start-here path, a baby card, a PIN
# lock screen...), carries the help button, and together the previews show every screen the
# core has. SwiftUI is not on Linux, so the views themselves are not built here; the data they
# are fed is, by the same code Xcode runs for the canvas (Groundwork/Previews/PreviewFixtures.swift).
#
#   ios/check-previews.sh        from any directory
#
# What it does:
#   1. bindings/generate.sh: the core's debug library and its Swift bindings;
#      bindings/make-test-pack.sh: the sample pack the install-pack preview opens.
#   2. A throwaway SwiftPM package in $CARGO_TARGET_DIR/ios-preview-check: the bindings as the
#      module GroundworkCore, and PreviewFixtures.swift with PreviewCheck/main.swift as an
#      executable; `swift run` through bindings/swift/run-swift.sh (Swift on PATH, else the
#      Debian chroot), linked against the library just built.
#   3. Checks that ScreenPreviews.swift has a #Preview for every case of PreviewScreen, and that
#      ScreenView (Views/RootView.swift) draws every AppScreen case of the bindings.
# tests/run-all.sh runs it after the Swift tests.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/.." && pwd -P)"
die() { echo "check-previews.sh: $*" >&2; exit 1; }

fixtures="$here/Groundwork/Previews/PreviewFixtures.swift"
previews="$here/Groundwork/Previews/ScreenPreviews.swift"

# 3 first (no build needed): every preview state has its #Preview.
cases="$(sed -n 's/^    case \([a-zA-Z]*\)$/\1/p' "$fixtures")"
[[ -n $cases ]] || die "no PreviewScreen cases found in $fixtures"
missing=0
for name in $cases; do
  if ! grep -q "ScreenPreview(\.$name)" "$previews"; then
    echo "check-previews.sh: no #Preview for .$name in $previews" >&2
    missing=1
  fi
done
((missing == 0)) || exit 1

# 1. The library, its bindings and the sample pack.
"$root/bindings/generate.sh" >&2
pack_dir="$(dirname "$("$root/bindings/make-test-pack.sh")")"
export GROUNDWORK_PREVIEW_PACK="$pack_dir/local-service.gwpack"
[[ -f $GROUNDWORK_PREVIEW_PACK ]] || die "$GROUNDWORK_PREVIEW_PACK was not built"

target_dir="${CARGO_TARGET_DIR:-$root/target}"
lib_dir="$(cd "$target_dir/debug" && pwd -P)"
mkdir -p "$target_dir/ios-preview-check"
package="$(cd "$target_dir/ios-preview-check" && pwd -P)"

# Every AppScreen case of the bindings has its view in ScreenView (Xcode checks the switch is
# exhaustive; this says which case is missing without a Mac).
bindings="$root/bindings/swift/Sources/GroundworkCore/groundwork_core.swift"
screens="$(sed -n '/^public enum AppScreen\b/,/^}/s/^ *case \([a-zA-Z]*\)(.*/\1/p' "$bindings")"
[[ -n $screens ]] || die "no AppScreen cases found in $bindings"
for name in $screens; do
  if ! grep -q "case let \.$name(" "$here/Groundwork/Views/RootView.swift"; then
    echo "check-previews.sh: ScreenView (Views/RootView.swift) draws no .$name" >&2
    missing=1
  fi
done
((missing == 0)) || exit 1

# 2. The package.
swift_sources="$root/bindings/swift/Sources"
mkdir -p "$package/Sources/groundwork_coreFFI" "$package/Sources/GroundworkCore" "$package/Sources/PreviewCheck"
copy() { cmp -s "$1" "$2" || cp "$1" "$2"; } # unchanged files keep their dates: no rebuild
copy "$swift_sources/groundwork_coreFFI/groundwork_coreFFI.h" "$package/Sources/groundwork_coreFFI/groundwork_coreFFI.h"
copy "$swift_sources/groundwork_coreFFI/module.modulemap" "$package/Sources/groundwork_coreFFI/module.modulemap"
copy "$swift_sources/GroundworkCore/groundwork_core.swift" "$package/Sources/GroundworkCore/groundwork_core.swift"
copy "$fixtures" "$package/Sources/PreviewCheck/PreviewFixtures.swift"
copy "$here/PreviewCheck/main.swift" "$package/Sources/PreviewCheck/main.swift"
cat >"$package/Package.swift.new" <<'SWIFT'
// swift-tools-version:5.9
// Made by ios/check-previews.sh: the preview fixtures over the core's bindings, as a program.
import PackageDescription

let package = Package(
    name: "PreviewCheck",
    targets: [
        .systemLibrary(name: "groundwork_coreFFI", path: "Sources/groundwork_coreFFI"),
        .target(name: "GroundworkCore", dependencies: ["groundwork_coreFFI"], path: "Sources/GroundworkCore"),
        .executableTarget(
            name: "PreviewCheck",
            dependencies: ["GroundworkCore"],
            path: "Sources/PreviewCheck",
            swiftSettings: [.define("DEBUG")]
        ),
    ]
)
SWIFT
copy "$package/Package.swift.new" "$package/Package.swift"
rm -f "$package/Package.swift.new"

export GROUNDWORK_SWIFT_PACKAGE_DIR="$package"
export GROUNDWORK_SWIFT_BIND_DIRS="${GROUNDWORK_SWIFT_BIND_DIRS:+$GROUNDWORK_SWIFT_BIND_DIRS:}$lib_dir"
export LD_LIBRARY_PATH="$lib_dir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
"$root/bindings/swift/run-swift.sh" run \
  -Xlinker -L"$lib_dir" -Xlinker -rpath -Xlinker "$lib_dir" PreviewCheck
