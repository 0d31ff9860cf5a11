# Sourced by the other scripts: picks the Rust toolchain that can build wasm32.
# rustup's when it has the wasm32 target, otherwise Debian's (/usr/bin) once
# bootstrap.sh has built a wasm32 std for it.
export PATH="$HOME/.cargo/bin:$PATH"
if ls /usr/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib >/dev/null 2>&1 \
  && ! rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
  export PRECIS_TOOLCHAIN=debian PATH="/usr/bin:$PATH"
else
  export PRECIS_TOOLCHAIN=rustup
fi
export PATH="$PWD/node_modules/.bin:$PATH"

# The wasm-bindgen version Cargo.lock pins (wasm-bindgen-cli must match it exactly).
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}
