//! Layer 7, the JavaScript boundary (compiled for wasm32 only, and natively for the
//! tests of its pure-Rust parts): the exports JavaScript calls, and the one path every
//! export takes through it: text in (`exports.rs`), options in (`options.rs`), byte
//! offsets out as UTF-16 offsets (`utf16.rs`), errors out as JS `Error`s.

pub(crate) mod options;
pub(crate) mod utf16;

#[cfg(target_arch = "wasm32")]
mod exports;
#[cfg(target_arch = "wasm32")]
pub use exports::*;
