//! Words and terms: Unicode UAX #29 word boundaries; terms are case-folded,
//! stop-word-free and stemmed (Snowball), or character bigrams in Chinese and Japanese.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::language::Language;
use crate::stopwords;

/// The words of `text` (segments holding a letter or a digit) with their byte
/// offsets, shifted by `base`.
pub(crate) fn words(text: &str, base: usize) -> impl Iterator<Item = (usize, &str)> {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(move |(i, w)| (base + i, w))
}

/// `word` without a trailing possessive "'s" or "’s".
pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix("'S"))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(word)
}

/// Whether `c` is a Han ideograph or a kana.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Turns the words of one language into scoring terms.
pub(crate) struct Terms {
    language: Language,
    stemmer: Option<Stemmer>,
}

impl Terms {
    /// The term maker for `language`.
    pub(crate) fn new(language: Language) -> Self {
        let algorithm = match language {
            Language::English => Some(Algorithm::English),
            Language::French => Some(Algorithm::French),
            Language::German => Some(Algorithm::German),
            Language::Spanish => Some(Algorithm::Spanish),
            Language::Italian => Some(Algorithm::Italian),
            Language::Portuguese => Some(Algorithm::Portuguese),
            Language::Dutch => Some(Algorithm::Dutch),
            Language::Russian => Some(Algorithm::Russian),
            _ => None,
        };
        Terms { language, stemmer: algorithm.map(Stemmer::create) }
    }

    /// The term for `word`: case-folded, possessive removed, stemmed; `None` for stop
    /// words, one-letter words and words without a letter (numbers).
    pub(crate) fn term(&self, word: &str) -> Option<String> {
        if !word.chars().any(char::is_alphabetic) {
            return None;
        }
        let lower = strip_possessive(word).to_lowercase();
        if lower.chars().count() < 2 || stopwords::is_stop_word(self.language, &lower) {
            return None;
        }
        Some(match &self.stemmer {
            Some(stemmer) => stemmer.stem(&lower).into_owned(),
            None => lower,
        })
    }

    /// Calls `found` with every term of `text` and returns the number of words in it.
    /// In Chinese and Japanese, each pair of adjacent ideographs or kana is a term.
    pub(crate) fn each_term(&self, text: &str, mut found: impl FnMut(String)) -> usize {
        let mut count = 0;
        for (_, word) in words(text, 0) {
            count += 1;
            if !(self.language.is_cjk() && word.chars().any(is_cjk)) {
                if let Some(term) = self.term(word) {
                    found(term);
                }
            }
        }
        if self.language.is_cjk() {
            let mut previous: Option<char> = None;
            for c in text.chars() {
                let current = is_cjk(c).then_some(c);
                if let (Some(a), Some(b)) = (previous, current) {
                    found([a, b].iter().collect());
                }
                previous = current;
            }
        }
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(language: Language, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        Terms::new(language).each_term(text, |t| out.push(t));
        out
    }

    #[test]
    fn words_keep_offsets_and_skip_punctuation() {
        let found: Vec<_> = words("Hi, U.S. café 3.5!", 10).collect();
        assert_eq!(found, [(10, "Hi"), (14, "U.S"), (19, "café"), (25, "3.5")]);
    }

    #[test]
    fn terms_fold_case_stem_and_drop_stop_words_and_numbers() {
        assert_eq!(terms(Language::English, "The Bridges' 2024 Netanyahu's bridge"), ["bridg", "netanyahu", "bridg"]);
        assert_eq!(terms(Language::French, "Les ponts et le pont"), ["pont", "pont"]);
        assert_eq!(terms(Language::Russian, "Мосты и мост"), ["мост", "мост"]);
    }

    #[test]
    fn cjk_terms_are_character_bigrams() {
        assert_eq!(terms(Language::Chinese, "大桥关闭。"), ["大桥", "桥关", "关闭"]);
        assert_eq!(terms(Language::Other, "Merhaba dünya"), ["merhaba", "dünya"]);
    }
}
