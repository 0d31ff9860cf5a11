//! `summarize` with fuzzed options: an error exactly when the options are out of
//! range; otherwise a subset of the text's sentences, in document order, within the
//! requested length, the same on a second run, with mentions that slice the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use precis::summarize;
use precis_fuzz::{check_summary, decode};

fuzz_target!(|data: &[u8]| {
    let (options, text) = decode(data);
    let Ok(summary) = summarize(&text, &options) else {
        assert!(options.validate().is_err(), "valid options refused");
        return;
    };
    check_summary(&text, &options, &summary);
    assert_eq!(summary, summarize(&text, &options).expect("valid the second time"), "deterministic");
});
