#!/usr/bin/env bash
# Mutation testing of the safety-critical code with cargo-mutants (docs/testing.md).
#
#   tests/mutants.sh AREA...            every mutant in the area's files (slow: minutes each)
#   tests/mutants.sh all                every area, one after another
#   tests/mutants.sh --since COMMIT     only the lines changed since COMMIT, area by area
#   tests/mutants.sh --list AREA...     name the mutants without building anything
#   tests/mutants.sh --changed COMMIT   name the areas with a file changed since COMMIT (none: no output)
#
# AREA is one of: crisis crisis-answer lock backup gate validate pack-rules pack-trust, each a group of files in
# .cargo/mutants.toml with the packages and test files that guard it. Anything after `--` goes to
# cargo mutants as it is (e.g. `-- --jobs 2`, `-- --in-place`).
#
# Each area mutates only its own files and runs only the tests that guard them: the packages'
# unit tests beside the code (--lib) and the workspace test files named in the config. The outcomes are written to
# target/mutants/AREA/mutants.out/ (outcomes.json, missed.txt, caught.txt, the log of every
# mutant), and a table is printed at the end: area, tried, caught, missed, unviable, timeouts.
#
# Builds share this checkout's target folder (CARGO_TARGET_DIR), so dependencies are built once;
# cargo-mutants works on a copy of the source, never on the files here (unless --in-place).
# Needs cargo-mutants: `cargo install cargo-mutants --locked`.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

config="$root/.cargo/mutants.toml"

# The areas, read from the `# area: NAME (packages: ...; tests: ...)` lines of the config, and
# for one area: its files, or a config of its own with only those files to examine (the config's
# examine_globs and --file would be added together, so the area's config replaces the list).
areas_py() {
  python3 - "$config" "$@" <<'PY'
import re, sys, tomllib
path, what = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
areas, current = {}, None
for line in text.splitlines():
    m = re.match(r"\s*# area: (\S+) \(packages: ([^;]*); tests: ([^)]*)\)", line)
    if m:
        current = m.group(1)
        areas[current] = {"packages": m.group(2).split(), "tests": m.group(3).split(), "globs": []}
        continue
    g = re.match(r'\s*"([^"]+)",?\s*$', line)
    if g and current:
        areas[current]["globs"].append(g.group(1))
if what == "names":
    print(" ".join(areas))
    sys.exit(0)
area = areas.get(sys.argv[3])
if area is None:
    sys.exit(1)
if what == "packages":
    print(" ".join(area["packages"]))
elif what == "timeout":
    config = tomllib.loads(text)
    seconds = float(sys.argv[4])
    print(int(max(config.get("minimum_test_timeout", 20), seconds * config.get("timeout_multiplier", 5.0))))
elif what == "globs":
    print(" ".join(area["globs"]))
elif what == "tests":
    print(" ".join(area["tests"]))
elif what == "config":
    config = tomllib.loads(text)
    config["examine_globs"] = area["globs"]
    config["test_package"] = area["packages"]
    def value(v):
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, str):
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return str(v)
    for key, v in config.items():
        print(f"{key} = {value(v)}")
PY
}

read -r -a AREAS <<<"$(areas_py names)"
files_of() { areas_py globs "$1"; }
tests_of() { areas_py tests "$1"; }

usage() {
  sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

since=""
list=false
areas=()
extra=()
while (($#)); do
  case "$1" in
    --since)
      since="${2:?--since needs a commit}"
      shift 2
      ;;
    --list)
      list=true
      shift
      ;;
    --changed)
      changed_since="${2:?--changed needs a commit}"
      for area in "${AREAS[@]}"; do
        # shellcheck disable=SC2046 # the globs are expanded on purpose
        if [[ -n "$(git diff --name-only "$changed_since" -- $(files_of "$area"))" ]]; then
          echo "$area"
        fi
      done
      exit 0
      ;;
    --)
      shift
      extra=("$@")
      break
      ;;
    all)
      areas+=("${AREAS[@]}")
      shift
      ;;
    -h | --help) usage ;;
    *)
      files_of "$1" >/dev/null || {
        echo "unknown area: $1 (one of: ${AREAS[*]}, or all)" >&2
        exit 2
      }
      areas+=("$1")
      shift
      ;;
  esac
done

if ! cargo mutants --version >/dev/null 2>&1; then
  echo "cargo-mutants is not installed: cargo install cargo-mutants --locked" >&2
  exit 2
fi

out_root="$root/target/mutants"
mkdir -p "$out_root"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"

diff_file=""
if [[ -n "$since" ]]; then
  git rev-parse --verify --quiet "$since^{commit}" >/dev/null || {
    echo "not a commit: $since" >&2
    exit 2
  }
  diff_file="$out_root/since.diff"
  git diff "$since" -- '*.rs' >"$diff_file"
  if ((${#areas[@]} == 0)); then
    # Every area with a file changed since the commit.
    for area in "${AREAS[@]}"; do
      # shellcheck disable=SC2046 # the globs are expanded on purpose
      if [[ -n "$(git diff --name-only "$since" -- $(files_of "$area"))" ]]; then
        areas+=("$area")
      fi
    done
    if ((${#areas[@]} == 0)); then
      echo "no safety-critical file changed since $since"
      exit 0
    fi
  fi
fi
((${#areas[@]})) || usage

# One line of the table from an area's outcomes.json.
summary_row() {
  python3 - "$1" "$2" <<'PY'
import json, sys
area, path = sys.argv[1], sys.argv[2]
try:
    with open(path) as f:
        o = json.load(f)
except FileNotFoundError:
    print(f"| {area} | 0 | 0 | 0 | 0 | 0 |")
    sys.exit(0)
print(f"| {area} | {o['total_mutants']} | {o['caught']} | {o['missed']} | {o['unviable']} | {o['timeout']} |")
PY
}

table=("| area | tried | caught | missed | unviable | timeouts |" "|---|---|---|---|---|---|")
status=0
for area in "${areas[@]}"; do
  areas_py config "$area" >"$out_root/$area.toml"
  args=(mutants --config "$out_root/$area.toml" --no-shuffle --output "$out_root/$area")
  # To every cargo call, so the build builds only these test targets, not every one.
  args+=(--cargo-arg=--lib)
  for test in $(tests_of "$area"); do args+=("--cargo-arg=--test=$test"); done
  [[ -n "$diff_file" ]] && args+=(--in-diff "$diff_file")
  if $list; then
    echo "==> $area"
    cargo "${args[@]}" --list "${extra[@]}"
    continue
  fi
  # cargo-mutants' own baseline runs only the mutated package's tests, where the area's
  # workspace test files are not found; so the baseline is run here, on the tree as it is, and
  # its time sets the timeout for each mutant (as the config's multiplier and minimum would).
  test_args=()
  for package in $(areas_py packages "$area"); do test_args+=(-p "$package"); done
  test_args+=(--lib)
  for test in $(tests_of "$area"); do test_args+=(--test "$test"); done
  echo "==> $area: baseline: cargo test ${test_args[*]}"
  # Built first, so the time measured (and each mutant's timeout) is the tests' own, not the build's.
  if ! cargo test -q --no-run "${test_args[@]}" >"$out_root/$area-baseline.log" 2>&1; then
    echo "the tests do not build on the tree as it is (target/mutants/$area-baseline.log): fix them first" >&2
    exit 1
  fi
  started=$SECONDS
  if ! cargo test -q "${test_args[@]}" >"$out_root/$area-baseline.log" 2>&1; then
    echo "the tests fail on the tree as it is (target/mutants/$area-baseline.log): fix them first" >&2
    exit 1
  fi
  timeout=$(areas_py timeout "$area" $((SECONDS - started)))
  args+=(--baseline skip --timeout "$timeout")
  echo "==> $area: cargo ${args[*]} ${extra[*]}"
  rm -f "$out_root/$area/mutants.out/outcomes.json"
  # cargo-mutants exits non-zero when a mutant is missed or times out: go on to the next area.
  cargo "${args[@]}" "${extra[@]}" || status=$?
  table+=("$(summary_row "$area" "$out_root/$area/mutants.out/outcomes.json")")
done

if ! $list; then
  echo
  printf '%s\n' "${table[@]}" | tee "$out_root/summary.md"
  echo
  echo "Missed mutants: target/mutants/AREA/mutants.out/missed.txt"
fi
exit "$status"
