//! Property tests (proptest) of the invariants on random and adversarial text: any
//! Unicode, and strings built from the pieces that break splitters. Failing cases are
//! shrunk to a minimal text; the seed is random, so each run tries new texts.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{check_mentions, check_sentences, check_summary};
use precis::{
    extract_entities_with, extract_keywords_with, split_sentences_with, summarize, EntityOptions, KeywordOptions,
    Language, Length, SummaryOptions, DEFAULT_KEYWORDS,
};
use proptest::prelude::*;

/// Pieces that break sentence splitters and name finders.
const PIECES: &[&str] = &[
    "a",
    "B",
    "Dr.",
    "J.",
    "U.S.",
    " ",
    "\n",
    "\n\n",
    ".",
    "!",
    "?",
    "\"",
    "'s",
    "’",
    "é",
    "😀",
    "👩‍👩‍👧",
    "🇯🇵",
    "中",
    "。",
    "al-",
    "-",
    "&",
    "of",
    "de",
    "The",
    "Mr",
    "e.g.",
    "\u{0}",
    "\r\n",
    "\u{200f}",
    "\u{202a}",
    "\u{202c}",
    "\u{301}",
    "ß",
    "İ",
    "ﬁ",
    "123",
    "3.5",
    "…",
    "«",
    "»",
    "(",
    ")",
    "Co.",
    "\t",
    "\u{2028}",
    "1.",
    "2.)",
    "•",
    "[3]",
    "...",
    ". . .",
    ":",
    ";",
    "Ω",
    "د",
    "《",
    "》",
    "「",
    "」",
    "www.",
    "@",
    "https://x.io/a.b",
    "Ana",
    "Ruiz",
    "WHO",
    "Bank",
    "said",
    "in",
    "\u{feff}",
    "\u{ad}",
    "Ǆ",
    "ǅ",
    "\u{fffd}",
    "ǰ",
    "ΐ",
];

/// Random Unicode, or a string of the pieces above (with some random characters).
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![4 => proptest::sample::select(PIECES).prop_map(str::to_string), 1 => any::<char>().prop_map(String::from)];
    prop_oneof![
        1 => any::<String>(),
        3 => proptest::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat()),
    ]
}

fn language() -> impl Strategy<Value = Option<Language>> {
    proptest::sample::select(vec![
        None,
        Some(Language::English),
        Some(Language::German),
        Some(Language::French),
        Some(Language::Japanese),
        Some(Language::Other),
    ])
}

fn length() -> impl Strategy<Value = Length> {
    prop_oneof![
        Just(Length::Default),
        (1usize..12).prop_map(Length::Sentences),
        (0.001f64..=1.0).prop_map(Length::Ratio),
        (1usize..80).prop_map(Length::MaxWords),
    ]
}

fn options() -> impl Strategy<Value = SummaryOptions> {
    (length(), language(), proptest::option::of("[a-zA-Zé ]{1,12}"), proptest::collection::vec("[A-Za-z.]{1,5}", 0..3))
        .prop_map(|(length, language, focus, abbreviations)| SummaryOptions { length, language, focus, abbreviations })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn splitting_is_lossless(text in text(), options in options()) {
        check_sentences(&text, &split_sentences_with(&text, &options.split_options()).unwrap());
    }

    #[test]
    fn summaries_are_ordered_subsets_of_the_requested_length(text in text(), options in options()) {
        let summary = summarize(&text, &options).expect("valid options");
        check_summary(&text, &options, &summary);
        prop_assert_eq!(&summary, &summarize(&text, &options).unwrap(), "deterministic");
    }

    #[test]
    fn entity_and_keyword_mentions_slice_the_text(text in text(), options in options(), limit in proptest::option::of(1usize..5)) {
        let SummaryOptions { language, abbreviations, .. } = options;
        let entity_options = EntityOptions { language, abbreviations: abbreviations.clone(), limit, kinds: Vec::new() };
        let entities = extract_entities_with(&text, &entity_options).unwrap();
        prop_assert!(limit.is_none_or(|l| entities.len() <= l));
        for e in &entities {
            prop_assert_eq!(e.count, e.mentions.len());
            check_mentions(&text, &e.mentions);
        }
        let keyword_options =
            KeywordOptions { language, abbreviations, limit: limit.unwrap_or(DEFAULT_KEYWORDS), names: limit.is_some() };
        for k in extract_keywords_with(&text, &keyword_options).unwrap() {
            prop_assert_eq!(k.count, k.mentions.len());
            check_mentions(&text, &k.mentions);
        }
    }

    #[test]
    fn out_of_range_lengths_are_errors_naming_the_option(text in text(), ratio in prop_oneof![-1e9f64..=0.0, 1.000001f64..1e9, Just(f64::NAN), Just(f64::INFINITY)]) {
        let option = |options: SummaryOptions| summarize(&text, &options).unwrap_err().option().map(str::to_string);
        prop_assert_eq!(option(SummaryOptions::ratio(ratio)), Some("length".to_string()));
        prop_assert_eq!(option(SummaryOptions::sentences(0)), Some("length".to_string()));
        prop_assert_eq!(option(SummaryOptions::max_words(0)), Some("length".to_string()));
    }
}
