#!/usr/bin/env bash
# Checks the syntax of every Swift file of the iOS app (ios/**/*.swift) with the Swift compiler's
# parser, and fails on any error. SwiftUI and UIKit are not on Linux, so this parses only: it
# catches what does not parse (a brace, a misspelt keyword, a broken `#Preview`), not a wrong
# name or type; those need Xcode (see ios/README.md).
#
#   ios/check-syntax.sh          from any directory
#
# Runs `swift -frontend -parse FILES` through bindings/swift/run-swift.sh: Swift on PATH when
# there is one (a Mac, or Linux with a toolchain), else the Debian trixie chroot run-swift.sh
# sets up (on Linux as root). tests/run-all.sh runs it next to the Swift tests.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"

files=()
while IFS= read -r -d '' file; do
  files+=("$file")
done < <(find "$root/ios" -name '*.swift' -type f -print0 | sort -z)

if ((${#files[@]} == 0)); then
  echo "check-syntax.sh: no Swift files under $root/ios" >&2
  exit 1
fi

# Absolute paths: run-swift.sh runs in bindings/swift, with the repository mounted at the same
# path inside its chroot.
if "$root/bindings/swift/run-swift.sh" -frontend -parse "${files[@]}"; then
  echo "ios syntax: ${#files[@]} Swift files parse"
else
  echo "ios syntax: errors above (${#files[@]} Swift files checked)" >&2
  exit 1
fi
