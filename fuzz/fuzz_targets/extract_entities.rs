//! `extract_entities_with` and `extract_keywords_with`: every mention is a non-blank
//! slice of the text, counts match mentions, limits hold.
#![no_main]

use libfuzzer_sys::fuzz_target;
use precis::{extract_entities_with, extract_keywords_with, EntityOptions, KeywordOptions, SummaryOptions};
use precis_fuzz::{check_mentions, decode};

fuzz_target!(|data: &[u8]| {
    let (options, text) = decode(data);
    let limit = data.first().map(|&b| usize::from(b % 8)).filter(|&l| l > 0);
    let SummaryOptions { language, abbreviations, .. } = options;
    let entity_options = EntityOptions { language, abbreviations: abbreviations.clone(), limit, kinds: Vec::new() };
    let entities = extract_entities_with(&text, &entity_options).unwrap();
    assert!(limit.is_none_or(|l| entities.len() <= l));
    for e in &entities {
        assert_eq!(e.count, e.mentions.len());
        assert!(!e.variants.is_empty());
        check_mentions(&text, &e.mentions);
    }
    let keyword_options = KeywordOptions {
        language,
        abbreviations,
        limit: limit.unwrap_or(precis::DEFAULT_KEYWORDS),
        names: limit.is_some(),
    };
    let keywords = extract_keywords_with(&text, &keyword_options).unwrap();
    assert!(keywords.len() <= limit.unwrap_or(precis::DEFAULT_KEYWORDS));
    for k in &keywords {
        assert_eq!(k.count, k.mentions.len());
        check_mentions(&text, &k.mentions);
    }
});
