//! The benchmarks' shared statistics, tested: `cargo test` runs the unit tests of
//! `benches/support/halves.rs` (bench targets have no test harness).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../benches/support/halves.rs"]
mod halves;

use halves::paired;

#[test]
fn halves_are_even_and_odd_positions_and_the_error_is_the_paired_one() {
    let system = [0.5, 0.7, 0.5, 0.9];
    let baseline = [0.4, 0.7, 0.3, 0.7];
    let [a, b, pooled] = paired(&system, &baseline);
    assert_eq!((a.n, b.n, pooled.n), (2, 2, 4));
    assert!((a.diff - 0.15).abs() < 1e-12 && (b.diff - 0.1).abs() < 1e-12);
    assert!((pooled.mean - 0.65).abs() < 1e-12);
    // differences 0.1, 0, 0.2, 0.2: mean 0.125, sample sd 0.0957, se 0.0479
    assert!((pooled.se - 0.047871).abs() < 1e-5, "{}", pooled.se);
    assert_eq!(pooled.verdict(), "better");
    assert_eq!(paired(&baseline, &system)[2].verdict(), "worse");
}

#[test]
fn saved_scores_come_back_exactly() {
    let dir = std::env::temp_dir().join(format!("precis-halves-{}", std::process::id()));
    let path = dir.join("scores.json");
    let value = 0.1 + 0.2; // not exactly representable in few digits
    let mut saved = halves::Saved::new();
    saved.entry("R-1".into()).or_default().insert("doc-1".into(), value);
    halves::save(&path, &saved);
    let loaded = halves::load(&path).expect("saved scores load");
    assert_eq!(halves::saved_scores(&loaded, "R-1", &["doc-1".to_string()]), Some(vec![value]));
    assert_eq!(halves::saved_scores(&loaded, "R-1", &["doc-2".to_string()]), None, "another document");
    std::fs::remove_dir_all(dir).unwrap();
}
