#!/usr/bin/env bash
# Builds the npm package (pkg/web: ES module for browsers and bundlers; pkg/node:
# CommonJS for Node) when a source file is newer than the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
source scripts/env.sh

stale() { # out-dir; its package.json is written last, so an interrupted build stays stale
  [ ! -f "$1/package.json" ] || [ -n "$(find src Cargo.toml Cargo.lock -newer "$1/package.json" -print -quit)" ]
}
build() { # wasm-pack target, out-dir, module type
  stale "$2" || return 0
  rm -f "$2/package.json"
  echo "[build] wasm-pack build --target $1 -> $2" >&2
  wasm-pack build --quiet --release --no-pack --target "$1" --out-dir "$2" --out-name precis 2>&1 \
    | grep -v '^\[INFO\]' >&2 || true
  [ -f "$2/precis_bg.wasm" ] || { echo "[build] wasm-pack failed" >&2; exit 1; }
  rm -f "$2/.gitignore" "$2/README.md"
  printf '{ "type": "%s" }\n' "$3" >"$2/package.json"
  touch "$2/precis.js"
}
# The Node build's module is the web build's, byte for byte: its glue reads pkg/web's
# copy, so the package ships the module once.
share_module() {
  [ -f pkg/node/precis_bg.wasm ] || return 0
  if ! cmp -s pkg/web/precis_bg.wasm pkg/node/precis_bg.wasm; then
    # a source changed between the two builds: both are rebuilt on the next run
    rm -rf pkg/node pkg/web/package.json
    echo "[build] pkg/web and pkg/node modules differ (a source changed during the build?): run again" >&2
    exit 1
  fi
  sed -i 's|`${__dirname}/precis_bg.wasm`|`${__dirname}/../web/precis_bg.wasm`|' pkg/node/precis.js
  grep -q '/../web/precis_bg.wasm`' pkg/node/precis.js || { echo "[build] cannot point pkg/node/precis.js at pkg/web" >&2; exit 1; }
  rm pkg/node/precis_bg.wasm pkg/node/precis_bg.wasm.d.ts
}
build web pkg/web module
[ pkg/node/precis.js -nt pkg/web/precis_bg.wasm ] || rm -rf pkg/node # built before the web module
build nodejs pkg/node commonjs
share_module
