#!/usr/bin/env bash
# Builds the npm package (pkg/web: ES module for browsers and bundlers; pkg/node:
# CommonJS for Node) when a source file is newer than the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
source scripts/env.sh

stale() { # out-dir
  [ ! -f "$1/precis_bg.wasm" ] || [ -n "$(find src Cargo.toml Cargo.lock -newer "$1/precis_bg.wasm" -print -quit)" ]
}
build() { # wasm-pack target, out-dir, module type
  stale "$2" || return 0
  echo "[build] wasm-pack build --target $1 -> $2" >&2
  wasm-pack build --quiet --release --no-pack --target "$1" --out-dir "$2" --out-name precis 2>&1 \
    | grep -v '^\[INFO\]' >&2 || true
  [ -f "$2/precis_bg.wasm" ] || { echo "[build] wasm-pack failed" >&2; exit 1; }
  rm -f "$2/.gitignore" "$2/README.md"
  printf '{ "type": "%s" }\n' "$3" >"$2/package.json"
  touch "$2/precis_bg.wasm"
}
build web pkg/web module
build nodejs pkg/node commonjs
