#!/usr/bin/env bash
# Installs every tool the build and the tests need, idempotently: each step checks
# first and is skipped when already done, so a second run takes seconds.
#
#   wasm32 target  rustup's if it has one; otherwise Debian's rustc-web + a wasm32
#                  std sysroot built from rust-web-src (see README, "Two commands")
#   wasm-bindgen   wasm-bindgen-cli at exactly the version in Cargo.lock
#   wasm-pack      from crates.io (the npm wasm-pack downloads a binary: not usable offline)
#   clippy, rustfmt  for the lint step of the tests: rustup's components, or Debian's
#                  rust-web-clippy and rustfmt-web beside Debian's rustc-web
#   chromium       Debian's chromium + chromium-driver, for browser tests
#   npm packages   npm ci when package-lock.json changed
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

WASM_PACK_VERSION=0.13.1
log() { printf '[bootstrap] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  as_root apt-get update -qq || true
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

wasm_std_installed() { ls "$(rustc --print sysroot)"/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib >/dev/null 2>&1; }

ensure_wasm_target() {
  wasm_std_installed && return 0
  if [ "$PRECIS_TOOLCHAIN" = rustup ] && command -v rustup >/dev/null; then
    log "trying rustup target add wasm32-unknown-unknown"
    if timeout 60 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then return 0; fi
    log "rustup cannot fetch the wasm32 target: building one from Debian's packages"
  fi
  apt_install rustc-web cargo-web rust-web-src lld-22
  # Debian's toolchain from here on (its std source matches its rustc).
  export PRECIS_TOOLCHAIN=debian PATH="/usr/bin:$PATH"
  [ -x /usr/local/bin/rust-lld ] || as_root ln -sf /usr/lib/llvm-22/bin/lld /usr/local/bin/rust-lld
  wasm_std_installed && return 0
  log "building the wasm32 standard library (about a minute)"
  local dir; dir=$(mktemp -d)
  mkdir -p "$dir/src"
  printf '[package]\nname = "wasm_std_seed"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "src/lib.rs"\n' >"$dir/Cargo.toml"
  echo '#![no_std]' >"$dir/src/lib.rs"
  (cd "$dir" && RUSTC_BOOTSTRAP=1 cargo build -q --release --target wasm32-unknown-unknown \
    -Zbuild-std=std,panic_abort,panic_unwind,test,proc_macro)
  local dest; dest="$(rustc --print sysroot)/lib/rustlib/wasm32-unknown-unknown/lib"
  as_root mkdir -p "$dest"
  find "$dir/target/wasm32-unknown-unknown/release/deps" -name 'lib*.rlib' ! -name 'libwasm_std_seed-*' \
    -exec cp {} "$dest/" \;
  rm -rf "$dir"
  wasm_std_installed
}

ensure_cargo_tool() { # binary, crate, version
  local have; have=$("$1" --version 2>/dev/null | awk '{print $2}') || true
  [ "$have" = "$3" ] && return 0
  log "cargo install $2 $3 (a few minutes, once per machine)"
  cargo install -q "$2" --version "$3"
}

ensure_lint_tools() {
  cargo clippy --version >/dev/null 2>&1 && cargo fmt --version >/dev/null 2>&1 && return 0
  if [ "$PRECIS_TOOLCHAIN" = rustup ]; then
    log "rustup component add clippy rustfmt"
    rustup component add clippy rustfmt
  else
    apt_install rust-web-clippy rustfmt-web
  fi
}

ensure_npm_packages() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

ensure_wasm_target
ensure_lint_tools
ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$(wasm_bindgen_version)"
ensure_cargo_tool wasm-pack wasm-pack "$WASM_PACK_VERSION"
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || apt_install chromium chromium-driver
ensure_npm_packages
