//! Invariants on many generated texts built from the pieces that break splitters
//! (abbreviations, initials, list markers, brackets, quotes, line breaks, emoji,
//! combining marks, bidi controls, scripts with and without case). Deterministic:
//! a fixed-seed xorshift generator, no dependency.
#![cfg(not(target_arch = "wasm32"))]

use precis::{
    extract_entities_with, split_sentences_with, summarize, EntityOptions, Language, SplitOptions, SummaryOptions,
};

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
    "Ab",
    "x",
    "1.",
    "2.)",
    "a.",
    "•",
    "[3]",
    "[...]",
    "...",
    ". . .",
    ":",
    ";",
    "Ի",
    "Ω",
    "د",
    "《",
    "》",
    "12.",
    "p.",
    "c.",
    "www.",
    "@",
    "ё",
    "Ж",
    "N°",
    "  ",
];

#[path = "support/texts.rs"]
mod texts;

/// The next text of `texts`, its pieces joined.
fn text(texts: &mut texts::Texts<'_, &str>) -> String {
    texts.pieces().into_iter().copied().collect()
}

const LANGUAGES: &[Option<Language>] =
    &[None, Some(Language::English), Some(Language::German), Some(Language::Chinese), Some(Language::Other)];

#[test]
fn splitting_is_lossless_on_generated_text() {
    let mut texts = texts::Texts::new(0x9E37_79B9_7F4A_7C15, PIECES, 40);
    for round in 0..20_000 {
        let text = text(&mut texts);
        let language = LANGUAGES[round % LANGUAGES.len()];
        let sentences = split_sentences_with(&text, &SplitOptions { language, ..SplitOptions::default() }).unwrap();
        let mut covered = 0;
        for (i, s) in sentences.iter().enumerate() {
            assert_eq!(s.index, i);
            assert!(s.start >= covered && text[covered..s.start].trim().is_empty(), "{text:?}");
            assert!(!s.text.is_empty() && s.text.trim() == s.text && &text[s.start..s.end] == s.text, "{text:?}");
            covered = s.end;
        }
        assert!(text[covered..].trim().is_empty(), "{text:?}");
    }
}

#[test]
fn summaries_and_entities_point_into_the_text() {
    let mut texts = texts::Texts::new(42, PIECES, 40);
    for round in 0..5_000 {
        let text = text(&mut texts);
        let language = LANGUAGES[round % LANGUAGES.len()];
        let k = 1 + round % 4;
        for length in [SummaryOptions::sentences(k), SummaryOptions::max_words(3 * k), SummaryOptions::ratio(0.5)] {
            let options = SummaryOptions { language, ..length };
            let summary = summarize(&text, &options).expect("valid options");
            let all = split_sentences_with(&text, &options.split_options()).unwrap();
            assert!(summary.sentences.windows(2).all(|w| w[0].sentence.index < w[1].sentence.index));
            for s in &summary.sentences {
                assert_eq!(all[s.sentence.index], s.sentence, "{text:?}");
            }
            assert_eq!(summary, summarize(&text, &options).expect("valid options"), "deterministic");
        }
        for entity in extract_entities_with(&text, &EntityOptions { language, ..EntityOptions::default() }).unwrap() {
            assert_eq!(entity.count, entity.mentions.len());
            for m in &entity.mentions {
                assert!(text.get(m.start..m.end).is_some_and(|s| !s.trim().is_empty()), "{text:?}");
            }
        }
    }
}
