#!/usr/bin/env bash
# Builds the content packs the binding tests install, from the built-in pack (content/packs/core-en)
# with the terminal companion's `groundwork pack build`, as a counsellor or anyone with a copy
# would make them:
#
#   test-packs/lifeline-update.gwpack  a newer edition (99.0.0) whose Lifeline number is 13 99 99:
#                                      a pack that tries to change where help goes, refused
#   test-packs/local-service.gwpack    a newer edition (99.0.0) titled "Sam's practice" adding
#                                      one local service in Australia, "Sam's men's group":
#                                      installed, and shown after the built-in lines as coming
#                                      from it
#
#   bindings/make-test-pack.sh     prints the first bundle's path (the second is beside it):
#                                  $CARGO_TARGET_DIR/debug/test-packs/lifeline-update.gwpack
#
# bindings/kotlin/run-tests.sh and bindings/swift/run-tests.sh run it and pass the path to the
# tests (system property groundwork.test.pack, environment variable GROUNDWORK_TEST_PACK).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
mkdir -p "$target_dir/debug/test-packs"
packs="$(cd "$target_dir/debug/test-packs" && pwd -P)"

cargo build -q -p groundwork-cli >&2

work="$(mktemp -d)"
trap 'rm -rf -- "$work"' EXIT

# Copies core-en to $work/$1 as version 99.0.0 and prints its folder.
copy_newer() {
  local dir="$work/$1"
  cp -R content/packs/core-en "$dir"
  # A pack of its own: the shared region data copied in, its `regions` line taken out.
  cp content/regions/helplines.toml content/regions/peer-groups.toml "$dir/"
  grep -q '^regions = ' "$dir/pack.toml" || { echo "make-test-pack.sh: pack.toml names no region folder" >&2; exit 1; }
  sed -i.bak '/^regions = /d' "$dir/pack.toml"
  grep -q '^version = "' "$dir/pack.toml" || { echo "make-test-pack.sh: no version in pack.toml" >&2; exit 1; }
  sed -i.bak 's/^version = ".*"/version = "99.0.0"/' "$dir/pack.toml"
  rm -f "$dir/pack.toml.bak"
  echo "$dir"
}

changed="$(copy_newer lifeline-update)"
grep -q '"13 11 14"' "$changed/helplines.toml" || { echo "make-test-pack.sh: Lifeline's number is not in helplines.toml" >&2; exit 1; }
sed -i.bak 's/"13 11 14"/"13 99 99"/' "$changed/helplines.toml"
rm -f "$changed/helplines.toml.bak"
"$target_dir/debug/groundwork" pack build "$changed" -o "$packs/lifeline-update.gwpack" >&2

added="$(copy_newer local-service)"
sed -i.bak 's/^title = ".*"/title = "Sam'"'"'s practice"/' "$added/pack.toml"
rm -f "$added/pack.toml.bak"
# The service goes at the end of the first region (Australia), before the second [[regions]].
awk '
  /^\[\[regions\]\]/ { regions += 1 }
  /^\[\[regions\]\]/ && regions == 2 {
    print "[[regions.lines]]"
    print "id = \"au-sams-mens-group\""
    print "name = \"Sam'"'"'s men'"'"'s group\""
    print "kinds = [\"men\"]"
    print "phone = \"02 5550 1234\""
    print "open = [\"always\"]"
    print "time_zone = \"Australia/Sydney\""
    print "for_whom = \"Men in Sam'"'"'s practice.\""
    print "source = \"Sam Lee\""
    print "verified_on = \"2026-12-01\""
    print ""
  }
  { print }
' "$added/helplines.toml" > "$added/helplines.toml.new"
mv "$added/helplines.toml.new" "$added/helplines.toml"
grep -q '^code = "AU"' "$added/helplines.toml" || { echo "make-test-pack.sh: Australia is not in helplines.toml" >&2; exit 1; }
"$target_dir/debug/groundwork" pack build "$added" -o "$packs/local-service.gwpack" >&2

echo "$packs/lifeline-update.gwpack"
