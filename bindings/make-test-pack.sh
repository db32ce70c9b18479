#!/usr/bin/env bash
# Builds the content pack the binding tests install: the built-in pack (content/packs/core-en)
# as a newer edition (99.0.0) whose Lifeline number is 13 99 99, compiled with the terminal
# companion's `groundwork pack build`, as a counsellor or a content update would make it.
#
#   bindings/make-test-pack.sh     prints the bundle's path:
#                                  $CARGO_TARGET_DIR/debug/test-packs/lifeline-update.gwpack
#
# bindings/kotlin/run-tests.sh and bindings/swift/run-tests.sh run it and pass the path to the
# tests (system property groundwork.test.pack, environment variable GROUNDWORK_TEST_PACK).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
mkdir -p "$target_dir/debug/test-packs"
out="$(cd "$target_dir/debug/test-packs" && pwd -P)/lifeline-update.gwpack"

cargo build -q -p groundwork-cli >&2

work="$(mktemp -d)"
trap 'rm -rf -- "$work"' EXIT
cp -R content/packs/core-en "$work/core-en"
pack_toml="$work/core-en/pack.toml"
helplines="$work/core-en/helplines.toml"
grep -q '^version = "' "$pack_toml" || { echo "make-test-pack.sh: no version in pack.toml" >&2; exit 1; }
grep -q '"13 11 14"' "$helplines" || { echo "make-test-pack.sh: Lifeline's number is not in helplines.toml" >&2; exit 1; }
sed -i.bak 's/^version = ".*"/version = "99.0.0"/' "$pack_toml"
sed -i.bak 's/"13 11 14"/"13 99 99"/' "$helplines"
rm -f "$pack_toml.bak" "$helplines.bak"

"$target_dir/debug/groundwork" pack build "$work/core-en" -o "$out" >&2
echo "$out"
