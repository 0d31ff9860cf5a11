//! Keeps the benchmark tables of BENCHMARKS.md equal to the benchmarks' output.

use std::io::Write;
use std::process::{Command, Stdio};

/// Writes `report` into BENCHMARKS.md's block for `name` (see scripts/doc-block.mjs).
pub fn update(name: &str, report: &str) {
    let child =
        Command::new("node").args(["scripts/doc-block.mjs", "BENCHMARKS.md", name]).stdin(Stdio::piped()).spawn();
    let Ok(mut child) = child else {
        return eprintln!("BENCHMARKS.md not updated: node is not on PATH");
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(report.as_bytes());
    }
    let _ = child.wait();
}
