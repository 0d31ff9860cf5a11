//! The benchmarks' shared statistics, tested: `cargo test` runs the unit tests of
//! `benches/support/halves.rs` (bench targets have no test harness).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../benches/support/halves.rs"]
mod halves;
