//! What the fuzz targets share: reading options and a text from the fuzzer's bytes,
//! and the invariants every result must keep (README, "Robustness").

use precis::{Language, Length, Options, Sentence, Span};
use unicode_segmentation::UnicodeSegmentation;

/// Options and a text decoded from fuzz input: byte 0 picks the length form and
/// whether its value is extreme, byte 1 the value, byte 2 the language, byte 3 the
/// focus (a prefix of the text) and extra abbreviations; the rest is the text (invalid
/// UTF-8 replaced by U+FFFD, as a browser's `TextDecoder` would).
pub fn decode(data: &[u8]) -> (Options, String) {
    let header = |i: usize| data.get(i).copied().unwrap_or(0);
    let text = String::from_utf8_lossy(data.get(4..).unwrap_or_default()).into_owned();
    let (form, value, extreme) = (header(0) % 4, usize::from(header(1)), header(0) & 0x80 != 0);
    let length = match form {
        0 => Length::Default,
        1 => Length::Sentences(if extreme { usize::MAX } else { value }),
        2 => Length::Ratio(if extreme { [f64::NAN, f64::INFINITY, -0.5, 1e-300][value % 4] } else { value as f64 / 200.0 }),
        _ => Length::MaxWords(if extreme { usize::MAX } else { value }),
    };
    let languages: Vec<Option<Language>> =
        [None].into_iter().chain(Language::ALL.iter().chain([&Language::Other]).map(|&l| Some(l))).collect();
    let language = languages[usize::from(header(2)) % languages.len()];
    let focus_len = usize::from(header(3) >> 2);
    let focus = (focus_len > 0).then(|| text.chars().take(focus_len).collect::<String>());
    let abbreviations = match header(3) & 3 {
        0 => Vec::new(),
        1 => vec!["approx".to_string(), "Kl".to_string()],
        2 => text.split_whitespace().take(3).map(|w| w.trim_end_matches('.').to_string()).collect(),
        _ => vec![String::new(), "a b".to_string(), ".".to_string()],
    };
    (Options { length, language, focus, abbreviations, ..Options::default() }, text)
}

/// Panics unless `sentences` are `text`'s sentences: indexed in order, trimmed,
/// non-empty, non-overlapping slices of it that leave only whitespace between them.
pub fn check_sentences(text: &str, sentences: &[Sentence<'_>]) {
    let mut covered = 0;
    for (i, s) in sentences.iter().enumerate() {
        assert_eq!(s.index, i);
        assert!(s.start >= covered, "overlap at {i}");
        assert!(text[covered..s.start].trim().is_empty(), "text lost before sentence {i}");
        assert_eq!(&text[s.start..s.end], s.text);
        assert!(!s.text.is_empty() && s.text.trim() == s.text, "sentence {i} is not trimmed");
        covered = s.end;
    }
    assert!(text[covered..].trim().is_empty(), "text lost after the last sentence");
}

/// Panics unless every span is a non-blank slice of `text`, in text order.
pub fn check_mentions(text: &str, mentions: &[Span]) {
    for m in mentions {
        assert!(text.get(m.start..m.end).is_some_and(|s| !s.trim().is_empty()), "mention {m:?}");
    }
    assert!(mentions.windows(2).all(|w| w[0].start <= w[1].start), "mentions out of order");
}

/// Words as the word budget counts them: UAX #29 words holding a letter or digit.
pub fn word_count(text: &str) -> usize {
    text.split_word_bounds().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}
