#!/usr/bin/env bash
# What each signal of the entity finder buys: runs `cargo bench --bench entities`
# once with everything and once without each signal (compiled out with
# PRECIS_ABLATE, see `Signal` in src/entities/mod.rs), prints one Markdown row of GUM figures
# per run and writes the table into BENCHMARKS.md.
#   npm run bench:entities:ablation
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
SIGNALS="summary gazetteer titles all-titles context designators plain-names acronyms first-names known-phrases honorific-display lead spread"
table=$(mktemp)
trap 'rm -f "$table"' EXIT
echo "| without | all: P | R | F1 | key: F1 | P@10 | nDCG@10 | kind accuracy |" | tee "$table"
echo "|---|---:|---:|---:|---:|---:|---:|---:|" | tee -a "$table"
for signal in "" $SIGNALS; do
  out=$(PRECIS_ABLATE="$signal" cargo bench --quiet --bench entities 2>/dev/null)
  # The first precis row and kind sentence are GUM's (the Reuters section follows).
  row=$(grep -m1 '^| \*\*precis\*\* |' <<<"$out" | tr -d '*' | cut -d'|' -f3-8)
  kind=$(grep -m1 -o '^Kind accuracy on .* gold entity: [0-9.]*%' <<<"$out" | grep -o '[0-9.]*%$')
  echo "| ${signal:-(nothing: all signals)} |$row| $kind |" | tee -a "$table"
done
node scripts/doc-block.mjs BENCHMARKS.md bench:entities:ablation <"$table"
