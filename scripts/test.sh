#!/usr/bin/env bash
# Runs every test: the lint checks (rustfmt, clippy, rustdoc), native Rust, WebAssembly
# under Node and in headless Chromium, and the JS package and page tests (node:test +
# playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
source scripts/env.sh

step() { printf '\n=== %s\n' "$*" >&2; }
step "cargo fmt --check, clippy (native and wasm32) and cargo doc, warnings denied"
cargo fmt --check
(cd fuzz && cargo fmt --check)
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --release --target wasm32-unknown-unknown --lib --tests -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps --document-private-items
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps --document-private-items --target wasm32-unknown-unknown
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
