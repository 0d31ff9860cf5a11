//! Inputs the fuzz targets (`fuzz/`, `npm run fuzz`) found to break an invariant, each
//! minimised and kept here once fixed.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_summary;
use precis::{summarize, SummaryOptions};

/// summarize: the first sentence, best in content and in position, scored
/// 1.0000000000000002 (the two weighted parts, 1 each, summed past 1 by rounding).
#[test]
fn scores_never_exceed_one() {
    let text = "aa.\nb\n\u{fffd}\n.\n\u{fffd}\n\u{fffd}\n\u{fffd}\n\u{fffd}\n.\n\u{fffd}\n\u{fffd}b\n\u{fffd}.\n\u{fffd}\n\u{fffd}\n\u{fffd}\n\u{fffd}";
    let options = SummaryOptions {
        focus: Some(text.chars().take(24).collect()),
        abbreviations: vec!["aa".into(), "b".into(), "\u{fffd}".into()],
        ..SummaryOptions::sentences(14)
    };
    let summary = summarize(text, &options).unwrap();
    assert_eq!(summary.sentences[0].score, 1.0);
    check_summary(text, &options, &summary);
}
