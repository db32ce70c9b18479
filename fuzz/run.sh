#!/usr/bin/env bash
# Runs every fuzz target for SECONDS seconds each (default 10), one after another, with the
# committed seeds (fuzz/seeds/TARGET) and a working corpus that grows between runs
# (fuzz/corpus/TARGET, not committed). Installs cargo-fuzz (which needs nightly Rust) if it is
# missing.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
#
# Prints each target's executions and crashes, and exits non-zero if any target crashed; a
# crashing input is saved under fuzz/artifacts/TARGET/ (reproduce it with
# `cargo +nightly fuzz run -s none TARGET fuzz/artifacts/TARGET/crash-...`).
set -euo pipefail

seconds="${1:-10}"
shift || true
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if ! cargo +nightly --version >/dev/null 2>&1; then
  rustup toolchain install nightly --profile minimal
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  mapfile -t targets < <(cargo +nightly fuzz list)
fi

# No sanitizer: the code under test has no unsafe Rust, and without one each run does several
# times more executions. Panics, timeouts and runaway memory are what is caught.
cargo +nightly fuzz build -s none

mkdir -p logs
crashed=0
summary=()
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target"
  status=0
  cargo +nightly fuzz run -s none "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
    >"logs/$target.log" 2>&1 || status=$?
  runs="$(grep -oE 'stat::number_of_executed_units: [0-9]+' "logs/$target.log" | tail -n 1 | grep -oE '[0-9]+$' || echo 0)"
  if [[ $status -ne 0 ]]; then
    crashed=$((crashed + 1))
    summary+=("$target: $runs executions, CRASHED (see fuzz/logs/$target.log and fuzz/artifacts/$target/)")
  else
    summary+=("$target: $runs executions in ${seconds} s, 0 crashes")
  fi
done

printf '%s\n' "${summary[@]}"
[[ $crashed -eq 0 ]]
