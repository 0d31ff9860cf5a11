//! `split_sentences_with` is lossless on any text, in any language.
#![no_main]

use libfuzzer_sys::fuzz_target;
use precis::split_sentences_with;
use precis_fuzz::{check_sentences, decode};

fuzz_target!(|data: &[u8]| {
    let (options, text) = decode(data);
    check_sentences(&text, &split_sentences_with(&text, &options.split_options()).unwrap());
});
