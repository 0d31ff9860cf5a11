//! Figures that can be trusted on documents never seen: every set is reported in two
//! fixed halves (documents at even and at odd positions of its file) and pooled, and a
//! system is compared with a baseline document by document, as the mean of the paired
//! differences and its standard error. A change is kept only when it helps in both
//! halves (BENCHMARKS.md, "How figures are kept honest").
//!
//! Per-document scores can be saved (`save`) and a later run compared with them
//! (`load`), so that a change to précis is judged against précis before it, on the
//! same documents, by the same rule.
// Each bench uses some of these.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;

/// The two fixed halves and the whole set.
pub const PARTS: [&str; 3] = ["A (even)", "B (odd)", "pooled"];

/// Mean, and the paired difference against a baseline with its standard error, over
/// one part of a set.
#[derive(Clone, Copy, Debug)]
pub struct Paired {
    /// Documents in the part.
    pub n: usize,
    /// Mean score of the system.
    pub mean: f64,
    /// Mean of (system - baseline), document by document.
    pub diff: f64,
    /// Standard error of that mean: the sample standard deviation of the differences
    /// over the square root of `n`.
    pub se: f64,
}

/// `system[i]` and `baseline[i]` are the scores of document `i` (in file order); the
/// figures for half A (even `i`), half B (odd `i`) and the whole set.
pub fn paired(system: &[f64], baseline: &[f64]) -> [Paired; 3] {
    assert_eq!(system.len(), baseline.len(), "paired scores need the same documents");
    let part = |keep: &dyn Fn(usize) -> bool| {
        let pairs: Vec<(f64, f64)> =
            system.iter().zip(baseline).enumerate().filter(|(i, _)| keep(*i)).map(|(_, (&s, &b))| (s, b)).collect();
        let n = pairs.len();
        if n == 0 {
            return Paired { n, mean: f64::NAN, diff: f64::NAN, se: f64::NAN };
        }
        let mean = pairs.iter().map(|p| p.0).sum::<f64>() / n as f64;
        let diffs: Vec<f64> = pairs.iter().map(|p| p.0 - p.1).collect();
        let diff = diffs.iter().sum::<f64>() / n as f64;
        let variance = if n > 1 { diffs.iter().map(|d| (d - diff).powi(2)).sum::<f64>() / (n - 1) as f64 } else { 0.0 };
        Paired { n, mean, diff, se: (variance / n as f64).sqrt() }
    };
    [part(&|i| i % 2 == 0), part(&|i| i % 2 == 1), part(&|_| true)]
}

/// The mean of `scores` in each part (half A, half B, pooled).
pub fn means(scores: &[f64]) -> [f64; 3] {
    paired(scores, scores).map(|p| p.mean)
}

impl Paired {
    /// `41.11 (+0.40 ± 0.22)`: the mean and the paired difference with its standard
    /// error, scaled by `scale` (100 for scores in 0..=1).
    pub fn cell(&self, scale: f64) -> String {
        format!("{:.2} ({:+.2} ± {:.2})", self.mean * scale, self.diff * scale, self.se * scale)
    }

    /// Whether the difference is more than two standard errors from zero, and which way.
    pub fn verdict(&self) -> &'static str {
        if self.diff > 2.0 * self.se {
            "better"
        } else if self.diff < -2.0 * self.se {
            "worse"
        } else {
            "within noise"
        }
    }
}

/// A Markdown table of `metrics` (name, system scores, baseline scores): one row per
/// metric, one column per part, each cell the system's mean with its paired difference.
pub fn table(baseline_name: &str, metrics: &[(&str, &[f64], &[f64])], scale: f64) -> String {
    let mut rows = vec![
        format!("| metric (difference vs {baseline_name} ± SE) | {} | {} | {} |", PARTS[0], PARTS[1], PARTS[2]),
        "|---|---:|---:|---:|".to_string(),
    ];
    for (name, system, baseline) in metrics {
        let parts = paired(system, baseline);
        let cells: Vec<String> = parts.iter().map(|p| p.cell(scale)).collect();
        rows.push(format!("| {name} | {} |", cells.join(" | ")));
    }
    rows.join("\n")
}

/// Saved per-document scores: metric name → document id → score.
pub type Saved = BTreeMap<String, BTreeMap<String, f64>>;

/// Writes `scores` to `path` as JSON (one object a metric, one number a document).
pub fn save(path: &Path, scores: &Saved) {
    let json = serde_json::to_string_pretty(scores).expect("scores serialize");
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("a directory for the scores");
    }
    std::fs::write(path, json + "\n").unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// The scores saved at `path`, if there are any.
pub fn load(path: &Path) -> Option<Saved> {
    let text = std::fs::read_to_string(path).ok()?;
    serde_json::from_str(&text).ok()
}

/// The saved scores of `metric` for `ids`, in their order; `None` when a document is
/// missing (the saved run was on other documents).
pub fn saved_scores(saved: &Saved, metric: &str, ids: &[String]) -> Option<Vec<f64>> {
    let scores = saved.get(metric)?;
    ids.iter().map(|id| scores.get(id).copied()).collect()
}
