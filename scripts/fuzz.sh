#!/usr/bin/env bash
# Fuzzes the Rust API with cargo-fuzz (libFuzzer, nightly Rust): each target in turn
# for SECONDS (default 600), one process at a time, at the lowest CPU priority.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (npm run fuzz -- 60 summarize)
# Targets: split_sentences, summarize, extract_entities (fuzz/fuzz_targets/). Inputs
# that crash or hang land in fuzz/artifacts/TARGET/; logs in fuzz/logs/TARGET.log.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(split_sentences summarize extract_entities)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
cd fuzz
mkdir -p logs
# No sanitizer: the crate has no unsafe code natively (its one unsafe line, the
# wasm32 allocator, is not built here), and without AddressSanitizer each target
# runs 7 to 9 times as many inputs here; panics, hangs (-timeout) and memory blow-ups
# (-rss_limit_mb) are still caught.
nice -n 19 cargo +nightly fuzz build --sanitizer none
status=0
report=()
for target in "${targets[@]}"; do
  corpus="corpus/$target"
  if [ ! -d "$corpus" ]; then # seeds: the fixtures behind a header of default options
    mkdir -p "$corpus"
    for fixture in ../tests/fixtures/*.txt; do
      { printf '\0\0\0\0'; cat "$fixture"; } >"$corpus/seed-$(basename "$fixture" .txt)"
    done
  fi
  echo "[fuzz] $target for $seconds s" >&2
  if ! nice -n 19 cargo +nightly fuzz run --sanitizer none "$target" -- -max_total_time="$seconds" -max_len=8192 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"logs/$target.log" 2>&1; then
    status=1
  fi
  runs=$(awk '/stat::number_of_executed_units/ { print $2 }' "logs/$target.log")
  found=$(find "artifacts/$target" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) 2>/dev/null | wc -l)
  report+=("$target: $seconds s, ${runs:-?} executions, $found crash/timeout/oom inputs in fuzz/artifacts/$target")
done
printf '%s\n' "${report[@]}"
exit "$status"
