//! Native half of `npm run bench:speed` (`scripts/bench-speed.mjs` runs it, builds its
//! inputs and interleaves its samples with the WebAssembly ones, so that both see the
//! same machine): `cargo bench --bench speed -- <input files…>`.
//!
//! Reads requests from standard input, one a line: `<file index> <work> <runs>`, where
//! work is `summarize` (`precis::summarize` with default options: sentences, entities
//! and keywords) or `words` (the floor: one bare `unicode-segmentation` word-bound
//! pass over the same text, the cost no UAX #29-based summarizer can avoid). Runs the
//! work `runs` times in a row and answers with the mean seconds per run, one a line.

use std::hint::black_box;
use std::io::{BufRead, Write};
use std::time::Instant;

use unicode_segmentation::UnicodeSegmentation;

/// Runs `work` on `text` once.
fn run(work: &str, text: &str) -> Result<(), String> {
    match work {
        "summarize" => {
            black_box(
                precis::summarize(black_box(text), &precis::SummaryOptions::default())
                    .expect("default options are valid"),
            );
        }
        "words" => {
            black_box(black_box(text).split_word_bounds().count());
        }
        other => return Err(format!("unknown work {other:?}: summarize or words")),
    }
    Ok(())
}

/// The mean seconds per run of the request `line`.
fn answer(texts: &[String], line: &str) -> Result<f64, String> {
    let parts: Vec<&str> = line.split_whitespace().collect();
    let [index, work, runs] = parts[..] else {
        return Err(format!("bad request {line:?}: <file index> <work> <runs>"));
    };
    let text = index.parse::<usize>().ok().and_then(|i| texts.get(i)).ok_or(format!("no file {index}"))?;
    let runs: u32 = runs.parse().map_err(|_| format!("bad run count {runs:?}"))?;
    let started = Instant::now();
    for _ in 0..runs.max(1) {
        run(work, text)?;
    }
    Ok(started.elapsed().as_secs_f64() / f64::from(runs.max(1)))
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    if files.is_empty() {
        eprintln!("usage: cargo bench --bench speed -- <input files…>, then requests on stdin (npm run bench:speed sends them)");
        std::process::exit(2);
    }
    let texts: Vec<String> =
        files.iter().map(|f| std::fs::read_to_string(f).unwrap_or_else(|e| panic!("cannot read {f}: {e}"))).collect();
    let mut out = std::io::stdout().lock();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("requests are UTF-8 lines");
        match answer(&texts, &line) {
            Ok(seconds) => writeln!(out, "{seconds}"),
            Err(message) => writeln!(out, "error: {message}"),
        }
        .and_then(|()| out.flush())
        .expect("stdout is writable");
    }
}
