//! What the fuzz targets share: reading options and a text from the fuzzer's bytes,
//! and the invariants of the native tests (`tests/common/mod.rs`, included here).

#[path = "../../tests/common/mod.rs"]
mod common;

pub use common::{check_mentions, check_sentences, check_summary};
use precis::{Language, Length, SummaryOptions};

/// SummaryOptions and a text decoded from fuzz input: byte 0 picks the length form and
/// whether its value is extreme, byte 1 the value, byte 2 the language, byte 3 the
/// focus (a prefix of the text) and extra abbreviations; the rest is the text (invalid
/// UTF-8 replaced by U+FFFD, as a browser's `TextDecoder` would).
pub fn decode(data: &[u8]) -> (SummaryOptions, String) {
    let header = |i: usize| data.get(i).copied().unwrap_or(0);
    let text = String::from_utf8_lossy(data.get(4..).unwrap_or_default()).into_owned();
    let (form, value, extreme) = (header(0) % 4, usize::from(header(1)), header(0) & 0x80 != 0);
    let length = match form {
        0 => Length::Default,
        1 => Length::Sentences(if extreme { usize::MAX } else { value }),
        2 => Length::Ratio(if extreme {
            [f64::NAN, f64::INFINITY, -0.5, 1e-300][value % 4]
        } else {
            value as f64 / 200.0
        }),
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
    (SummaryOptions { length, language, focus, abbreviations, ..SummaryOptions::default() }, text)
}
