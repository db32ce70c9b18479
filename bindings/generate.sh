#!/usr/bin/env bash
# Builds groundwork-core and generates the Kotlin and Swift bindings from the built library.
#
#   bindings/generate.sh            debug build (what the tests use)
#   bindings/generate.sh --release  unstripped release build (the `bench` profile)
#
# Generation reads uniffi metadata out of the library, so it needs an unstripped build: the
# `release` profile strips symbols, which is why release generation uses the `bench` profile.
# Outputs (not committed; regenerate after any change to the core's API):
#   bindings/kotlin/src/main/kotlin/app/groundwork/core/groundwork_core.kt
#   bindings/swift/Sources/GroundworkCore/groundwork_core.swift
#   bindings/swift/Sources/groundwork_coreFFI/{groundwork_coreFFI.h,module.modulemap}
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

profile=debug
# The debug library is what the binding tests load: it carries the `test-clock` feature
# (TestClock, Groundwork.openWithTestClock) so they can see what happens weeks later. A release
# build never has it.
cargo_profile=(--profile dev --features test-clock)
if [[ "${1:-}" == "--release" ]]; then
  profile=bench
  cargo_profile=(--profile bench)
fi

cargo build -p groundwork-core "${cargo_profile[@]}"
cargo build -p uniffi-bindgen

target_dir="${CARGO_TARGET_DIR:-$root/target}"
case "$(uname -s)" in
  Darwin) lib="$target_dir/$profile/libgroundwork_core.dylib" ;;
  *) lib="$target_dir/$profile/libgroundwork_core.so" ;;
esac
[[ -f "$lib" ]] || { echo "generate.sh: $lib was not built" >&2; exit 1; }

bindgen="$target_dir/debug/uniffi-bindgen"

# Kotlin
kotlin_out="$root/bindings/kotlin/src/main/kotlin"
rm -rf "$kotlin_out/app/groundwork/core"
"$bindgen" generate --library "$lib" --language kotlin --out-dir "$kotlin_out" --no-format

# Swift: the Swift source goes in the GroundworkCore target, the C header in the system
# library target, with a module map that links the Rust library by name.
swift_tmp="$(mktemp -d)"
trap 'rm -rf "$swift_tmp"' EXIT
"$bindgen" generate --library "$lib" --language swift --out-dir "$swift_tmp" --no-format
swift_src="$root/bindings/swift/Sources/GroundworkCore"
swift_ffi="$root/bindings/swift/Sources/groundwork_coreFFI"
mkdir -p "$swift_src" "$swift_ffi"
cp "$swift_tmp/GroundworkCore.swift" "$swift_src/groundwork_core.swift"
cp "$swift_tmp/groundwork_coreFFI.h" "$swift_ffi/groundwork_coreFFI.h"
cat > "$swift_ffi/module.modulemap" <<'MAP'
module groundwork_coreFFI {
    header "groundwork_coreFFI.h"
    link "groundwork_core"
    export *
}
MAP

echo "generate.sh: bindings generated from $lib"
