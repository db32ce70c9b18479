#!/usr/bin/env bash
# Builds bindings/swift/GroundworkCoreFFI.xcframework, the Rust core as a static library for iOS,
# and regenerates the Swift bindings that go with it. Run on a Mac with Xcode and rustup:
#
#   bindings/build-xcframework.sh        from any directory
#
# What it does:
#   1. Builds groundwork-core in the `release` profile with `--no-default-features --features
#      apple` (SQLCipher on CommonCrypto, no OpenSSL) for
#        aarch64-apple-ios       devices
#        aarch64-apple-ios-sim   simulators on Apple silicon
#        x86_64-apple-ios        simulators on Intel Macs
#      and joins the two simulator slices into one library with lipo.
#   2. Generates the Swift bindings (GroundworkCore.swift and the C header) from an unstripped
#      host build of the same source and features (the `bench` profile: release without strip;
#      the `release` profile strips the uniffi metadata that generation reads), and installs them
#      in bindings/swift/Sources.
#   3. Assembles the xcframework with `xcodebuild -create-xcframework -library … -headers …`;
#      the headers are groundwork_coreFFI.h and a module map for the C module groundwork_coreFFI.
#
# With GroundworkCoreFFI.xcframework next to it, bindings/swift/Package.swift takes the FFI from
# the xcframework (and links Security and CoreFoundation, which SQLCipher's CommonCrypto provider
# needs), so an iOS app can add the package in Xcode. Rerun this script whenever the core
# changes: the Swift bindings check at startup that they match the library exactly.
#
# Environment: IPHONEOS_DEPLOYMENT_TARGET (default 17.0, the package's minimum iOS),
# CARGO_TARGET_DIR (default target/).
set -euo pipefail

log() { printf 'build-xcframework: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"

package_dir="$root/bindings/swift"
xcframework="$package_dir/GroundworkCoreFFI.xcframework"
device_target=aarch64-apple-ios
simulator_targets=(aarch64-apple-ios-sim x86_64-apple-ios)
targets=("$device_target" "${simulator_targets[@]}")
lib_name=libgroundwork_core.a
ffi_module=groundwork_coreFFI

# --- Tools -------------------------------------------------------------------

[[ $(uname -s) == Darwin ]] || die "this builds iOS libraries and needs macOS with Xcode; on Linux, run bindings/swift/run-tests.sh instead"
for tool in cargo rustc rustup xcrun xcodebuild lipo nm; do
  command -v "$tool" >/dev/null 2>&1 || case "$tool" in
    cargo | rustc | rustup) die "'$tool' is not on PATH: install Rust with rustup (https://rustup.rs)" ;;
    *) die "'$tool' is not on PATH: install Xcode and run 'xcode-select --install'" ;;
  esac
done
xcodebuild -version >/dev/null 2>&1 \
  || die "xcodebuild does not work: it needs the full Xcode, not only the Command Line Tools (sudo xcode-select -s /Applications/Xcode.app/Contents/Developer)"
for sdk in iphoneos iphonesimulator; do
  xcrun --sdk "$sdk" --show-sdk-path >/dev/null 2>&1 \
    || die "the $sdk SDK is missing: install the iOS platform in Xcode (Settings > Components)"
done

log "adding Rust targets: ${targets[*]}"
rustup target add "${targets[@]}"

# --- Environment ---------------------------------------------------------------

export IPHONEOS_DEPLOYMENT_TARGET="${IPHONEOS_DEPLOYMENT_TARGET:-17.0}"
target_dir="${CARGO_TARGET_DIR:-$root/target}"

# libsqlite3-sys uses OpenSSL instead of CommonCrypto whenever an OpenSSL location is set (for
# example by Homebrew setups): clear those, plain and target-prefixed, for these builds.
unset OPENSSL_DIR OPENSSL_LIB_DIR OPENSSL_INCLUDE_DIR
for target in "${targets[@]}"; do
  prefix="$(printf '%s' "$target" | tr 'a-z-' 'A-Z_')"
  unset "${prefix}_OPENSSL_DIR" "${prefix}_OPENSSL_LIB_DIR" "${prefix}_OPENSSL_INCLUDE_DIR"
done
host_prefix="$(rustc -vV | sed -n 's/^host: //p' | tr 'a-z-' 'A-Z_')"
unset "${host_prefix}_OPENSSL_DIR" "${host_prefix}_OPENSSL_LIB_DIR" "${host_prefix}_OPENSSL_INCLUDE_DIR"

features=(--no-default-features --features apple)

staging="$(mktemp -d "${TMPDIR:-/tmp}/groundwork-xcframework.XXXXXX")"
trap 'rm -rf "$staging"' EXIT

# --- 1. Static libraries ------------------------------------------------------

for target in "${targets[@]}"; do
  log "building groundwork-core (release, apple) for $target"
  cargo build -p groundwork-core --release "${features[@]}" --target "$target"
  lib="$target_dir/$target/release/$lib_name"
  [[ -f $lib ]] || die "$lib was not built"
  # The uniffi entry points must be in the archive, or the app fails to link.
  # (Captured, not piped to grep -q: with pipefail, nm killed by a closed pipe would fail it.)
  symbols="$(nm -gU "$lib" 2>/dev/null || true)"
  [[ $symbols == *" _uniffi_groundwork_core_fn_func_core_version"* ]] \
    || die "$lib does not export the uniffi functions"
done

log "joining the simulator slices (${simulator_targets[*]}) with lipo"
mkdir -p "$staging/ios-simulator"
simulator_libs=()
for target in "${simulator_targets[@]}"; do
  simulator_libs+=("$target_dir/$target/release/$lib_name")
done
lipo -create "${simulator_libs[@]}" -output "$staging/ios-simulator/$lib_name"
lipo -info "$staging/ios-simulator/$lib_name" >&2

# --- 2. Swift bindings ------------------------------------------------------------

log "generating the Swift bindings from an unstripped host build (bench profile, apple)"
cargo build -p groundwork-core --profile bench "${features[@]}"
cargo build -p uniffi-bindgen
host_lib="$target_dir/bench/libgroundwork_core.dylib"
[[ -f $host_lib ]] || die "$host_lib was not built"
"$target_dir/debug/uniffi-bindgen" generate --library "$host_lib" --language swift \
  --out-dir "$staging/swift" --no-format
for generated in GroundworkCore.swift "$ffi_module.h"; do
  [[ -f $staging/swift/$generated ]] || die "uniffi-bindgen did not write $generated"
done
mkdir -p "$package_dir/Sources/GroundworkCore" "$package_dir/Sources/$ffi_module"
cp "$staging/swift/GroundworkCore.swift" "$package_dir/Sources/GroundworkCore/groundwork_core.swift"
cp "$staging/swift/$ffi_module.h" "$package_dir/Sources/$ffi_module/$ffi_module.h"

# --- 3. XCFramework -------------------------------------------------------------------

# The module map sits at the top of Headers: Xcode's explicit module builds (on by default since
# Xcode 26) look for it only there. A static library needs no link line: the app's link step
# takes the archive itself.
mkdir -p "$staging/headers"
cp "$staging/swift/$ffi_module.h" "$staging/headers/$ffi_module.h"
cat >"$staging/headers/module.modulemap" <<MAP
module $ffi_module {
    header "$ffi_module.h"
    export *
}
MAP

log "assembling $(basename "$xcframework")"
# Build beside the final path and swap it in only when complete, so Package.swift never sees a
# half-written xcframework.
xcodebuild -create-xcframework \
  -library "$target_dir/$device_target/release/$lib_name" -headers "$staging/headers" \
  -library "$staging/ios-simulator/$lib_name" -headers "$staging/headers" \
  -output "$staging/GroundworkCoreFFI.xcframework"
rm -rf -- "$xcframework"
mv -- "$staging/GroundworkCoreFFI.xcframework" "$xcframework"

log "done: $xcframework"
log "add $package_dir as a local package in Xcode and link the GroundworkCore library"
