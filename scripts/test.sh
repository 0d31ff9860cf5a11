#!/usr/bin/env bash
# Runs every test: native Rust, WebAssembly under Node and in headless Chromium,
# and the JS package and page tests (node:test + playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
source scripts/env.sh

step() { printf '\n=== %s\n' "$*" >&2; }
step "cargo test (native unit, integration and doc tests)"
cargo test --quiet
step "cargo test --release: hostile inputs of megabytes, linear runtime, golden outputs"
cargo test --release --quiet --test hostile --test linearity --test golden
step "wasm-bindgen tests under Node"
wasm-pack test --node -- --test wasm_node
step "wasm-bindgen tests in headless Chromium"
wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver -- --test wasm_browser
step "JS package, TypeScript and page tests"
node --test tests/js/
