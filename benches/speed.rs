//! Native half of `npm run bench:speed` (`scripts/bench-speed.mjs` runs it and
//! builds its inputs): `cargo bench --bench speed -- <input files…>`.
//!
//! For every input file, prints one JSON line with the median time (after a warm-up
//! run) of `precis::summarize` with default options (sentences, entities and
//! keywords) and of the floor: one bare `unicode-segmentation` word-bound pass over
//! the same text, the cost no UAX #29-based summarizer can avoid.

use std::hint::black_box;
use std::time::{Duration, Instant};

use unicode_segmentation::UnicodeSegmentation;

/// Runs `work` once to warm up, then repeatedly (at least 5 times and about
/// `budget` in all, at most 25 times) and returns the median time in seconds.
fn median_seconds(budget: Duration, mut work: impl FnMut()) -> f64 {
    let started = Instant::now();
    work();
    let once = started.elapsed().max(Duration::from_micros(1));
    let runs = (budget.as_secs_f64() / once.as_secs_f64()).clamp(5.0, 25.0) as usize;
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    if files.is_empty() {
        eprintln!("usage: cargo bench --bench speed -- <input files…> (npm run bench:speed builds them)");
        std::process::exit(2);
    }
    let budget = Duration::from_secs(2);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
        let options = precis::Options::default();
        let summarize = median_seconds(budget, || {
            black_box(precis::summarize(black_box(&text), &options).expect("default options are valid"));
        });
        let word_bounds = median_seconds(budget, || {
            black_box(black_box(&text).split_word_bounds().count());
        });
        let line = serde_json::json!({ "file": file, "bytes": text.len(), "summarize": summarize, "wordBounds": word_bounds });
        println!("{line}");
    }
}
