//! Words: Unicode UAX #29 word boundaries, case-folded terms.

use unicode_segmentation::UnicodeSegmentation;

use crate::stopwords;

/// The words of `text` (segments holding a letter or a digit) with their byte
/// offsets, shifted by `base`.
pub(crate) fn words(text: &str, base: usize) -> impl Iterator<Item = (usize, &str)> {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(move |(i, w)| (base + i, w))
}

/// The scoring term for `word`: case-folded, possessive removed; `None` for stop
/// words and for words without a letter (numbers).
pub(crate) fn term(word: &str) -> Option<String> {
    if !word.chars().any(char::is_alphabetic) {
        return None;
    }
    let lower = strip_possessive(word).to_lowercase();
    (lower.chars().count() > 1 && !stopwords::is_stop_word(&lower)).then_some(lower)
}

/// `word` without a trailing possessive "'s" or "’s".
pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix("'S"))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_offsets_and_skip_punctuation() {
        let found: Vec<_> = words("Hi, U.S. café 3.5!", 10).collect();
        assert_eq!(found, [(10, "Hi"), (14, "U.S"), (19, "café"), (25, "3.5")]);
    }

    #[test]
    fn terms_fold_case_and_drop_stop_words_and_numbers() {
        assert_eq!(term("Netanyahu's").as_deref(), Some("netanyahu"));
        assert_eq!(term("The"), None);
        assert_eq!(term("2024"), None);
        assert_eq!(term("Ceasefire").as_deref(), Some("ceasefire"));
    }
}
