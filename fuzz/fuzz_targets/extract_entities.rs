//! `extract_entities_with` and `extract_keywords_with`: every mention is a non-blank
//! slice of the text, counts match mentions, limits hold.
#![no_main]

use libfuzzer_sys::fuzz_target;
use precis::{extract_entities_with, extract_keywords_with, Options};
use precis_fuzz::{check_mentions, decode};

fuzz_target!(|data: &[u8]| {
    let (options, text) = decode(data);
    let limit = data.first().map(|&b| usize::from(b % 8)).filter(|&l| l > 0);
    let options = Options { limit, ..options };
    let entities = extract_entities_with(&text, &options);
    assert!(limit.is_none_or(|l| entities.len() <= l));
    for e in &entities {
        assert_eq!(e.count, e.mentions.len());
        assert!(!e.variants.is_empty());
        check_mentions(&text, &e.mentions);
    }
    let keywords = extract_keywords_with(&text, &options);
    assert!(keywords.len() <= limit.unwrap_or(precis::DEFAULT_KEYWORDS));
    for k in &keywords {
        assert_eq!(k.count, k.mentions.len());
        check_mentions(&text, &k.mentions);
    }
});
