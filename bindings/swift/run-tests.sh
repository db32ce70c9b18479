#!/usr/bin/env bash
# Builds groundwork-core, regenerates the Swift bindings and runs their XCTest tests against the
# freshly built host library.
#
#   bindings/swift/run-tests.sh                          from any directory
#   bindings/swift/run-tests.sh --filter JournalTests    extra arguments go to `swift test`
#
# Needs cargo, and either Swift on PATH (a Mac with Xcode, or a Swift toolchain on Linux) or, on
# Linux as root, nothing else: run-swift.sh then runs SwiftPM in a Debian trixie chroot, which it
# creates on first use (a few minutes, once).
#
# The tests link libgroundwork_core from $CARGO_TARGET_DIR/debug (default target/debug), the
# shared library bindings/generate.sh has just built, through the system-library target
# groundwork_coreFFI. GROUNDWORK_SWIFT_FFI=system makes Package.swift use that target even if
# bindings/swift/GroundworkCoreFFI.xcframework (iOS only) exists.
#
# generate.sh rewrites the module map on every run. Clang caches modules by module map, and a
# .build made with another module map fails in confusing ways, so .build is deleted when the
# module map's content (or the Swift used) changed since the last run, and kept otherwise.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"

die() { echo "run-tests.sh: $*" >&2; exit 1; }

command -v cargo >/dev/null 2>&1 || die "'cargo' is not on PATH (install Rust with rustup)"
if ! command -v swift >/dev/null 2>&1; then
  case "$(uname -s)" in
    Linux) [[ $EUID -eq 0 ]] || die "'swift' is not on PATH; without it run-swift.sh needs root to use its chroot" ;;
    *) die "'swift' is not on PATH (install Xcode or a Swift toolchain)" ;;
  esac
fi

# 1. Build the library and generate the bindings, and the content pack the tests install.
"$root/bindings/generate.sh"
GROUNDWORK_TEST_PACK="$("$root/bindings/make-test-pack.sh")"
export GROUNDWORK_TEST_PACK

target_dir="${CARGO_TARGET_DIR:-$root/target}"
lib_dir="$(cd "$target_dir/debug" && pwd -P)"

# 2. Keep .build only if it was made with this module map and this Swift.
sha256() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum | cut -d' ' -f1
  else shasum -a 256 | cut -d' ' -f1
  fi
}
module_map="$here/Sources/groundwork_coreFFI/module.modulemap"
[[ -f $module_map ]] || die "$module_map was not generated"
swift_used="$(command -v swift || echo "run-swift.sh chroot ${GROUNDWORK_SWIFT_CHROOT:-default}")"
stamp_content="$( { cat "$module_map"; echo "swift: $swift_used"; } | sha256)"
stamp="$here/.build/groundwork-run-tests.stamp"
if [[ ! -f $stamp || "$(cat "$stamp")" != "$stamp_content" ]]; then
  if [[ -d $here/.build ]]; then
    echo "run-tests.sh: the module map or Swift changed; deleting bindings/swift/.build" >&2
    rm -rf -- "$here/.build"
  fi
  mkdir -p "$here/.build"
  printf '%s\n' "$stamp_content" >"$stamp"
fi

# 3. Run the tests.
run_swift="$here/run-swift.sh"
export GROUNDWORK_SWIFT_FFI=system
# If the library lies outside the repository, the chroot needs it mounted too.
export GROUNDWORK_SWIFT_BIND_DIRS="${GROUNDWORK_SWIFT_BIND_DIRS:+$GROUNDWORK_SWIFT_BIND_DIRS:}$lib_dir"

swift_args=(test)
# Swift 6 also runs swift-testing, which prints its own (empty) summary after XCTest's;
# --disable-swift-testing leaves XCTest's summary last. Older SwiftPM lacks the flag.
# (Captured, not piped to grep -q: with pipefail, grep closing the pipe early would fail it.)
test_help="$("$run_swift" test --help)"
if [[ $test_help == *--disable-swift-testing* ]]; then
  swift_args+=(--disable-swift-testing)
fi
swift_args+=(-Xlinker -L"$lib_dir" -Xlinker -rpath -Xlinker "$lib_dir")

case "$(uname -s)" in
  Darwin)
    # DYLD_LIBRARY_PATH does not survive into the test runner (System Integrity Protection
    # strips it from /usr/bin/swift's children); the rpath above finds the library.
    exec "$run_swift" "${swift_args[@]}" "$@"
    ;;
  *)
    export LD_LIBRARY_PATH="$lib_dir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
    exec "$run_swift" "${swift_args[@]}" "$@"
    ;;
esac
