//! Words: the UAX #29 word segments that hold a letter or a digit, and the tests
//! of case and script that the other modules ask of them.

use super::word_bounds::word_bound_indices;
use crate::basics::Language::{self, French, Italian};

/// The words of `text` (segments holding a letter or a digit) with their byte
/// offsets, shifted by `base`.
pub(crate) fn words(text: &str, base: usize) -> impl Iterator<Item = (usize, &str)> {
    word_bound_indices(text).filter(|(_, w)| is_word(w)).map(move |(i, w)| (base + i, w))
}

/// Whether a segment is a word: it holds a letter or a digit. UAX #29 segments
/// are most often one ASCII byte (a space, a mark) or open with an ASCII letter, so
/// the first byte usually answers.
pub(crate) fn is_word(segment: &str) -> bool {
    match segment.as_bytes() {
        [first, ..] if first.is_ascii_alphanumeric() => true,
        [first] if first.is_ascii() => false,
        // 、。〃〄 and the brackets and marks 〈 to 〠 alone (CJK text's punctuation) are no words
        [0xe3, 0x80, 0x81..=0x84 | 0x88..=0xa0] => false,
        // a Han ideograph of U+4E00..=U+9FFF is
        [0xe4, 0xb8..=0xbf, ..] | [0xe5..=0xe9, ..] => true,
        _ => segment.chars().next().is_some_and(is_cjk) || segment.chars().any(char::is_alphanumeric),
    }
}

/// `word` without a trailing possessive "'s" or "’s".
pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix("'S"))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(word)
}

/// `word` without the article or preposition French and Italian elide onto it
/// ("l'université", "d’euros", "jusqu'ici", "dell'arte"): what follows an apostrophe
/// after one or two letters, "qu" or "ll". UAX #29 keeps such a word whole, and
/// Snowball does not strip it, so "l'université" and "université" were two terms.
pub(crate) fn strip_elision(language: Language, word: &str) -> &str {
    match word.split_once(['\'', '’']) {
        Some((prefix, rest))
            if (prefix.len() <= 2 || prefix.ends_with("qu") || prefix.ends_with("ll"))
                && !rest.is_empty()
                && matches!(language, French | Italian) =>
        {
            rest
        }
        _ => word,
    }
}

/// Whether `c` is a Han ideograph or a kana (a letter without case: Chinese and
/// Japanese words are one ideograph each in UAX #29, so this test saves the Unicode
/// table lookups of a general test).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// `char::is_uppercase`, answered without a table lookup for ASCII and CJK (caseless).
pub(crate) fn is_upper_case(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        !is_cjk(c) && c.is_uppercase()
    }
}

/// `char::is_lowercase`, answered without a table lookup for ASCII and CJK (caseless).
pub(crate) fn is_lower_case(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        !is_cjk(c) && c.is_lowercase()
    }
}

/// `words` joined by single spaces, in one string (`collect` then `join` makes two)
/// allocated once for `capacity` bytes (the length of the text they come from).
pub(crate) fn joined<'w>(words: impl Iterator<Item = &'w str>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    for (i, word) in words.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_segment_is_a_word_when_it_holds_a_letter_or_a_digit() {
        for c in ('\u{0}'..='\u{a000}').chain(['\u{ff01}', 'Ａ']) {
            let segment = c.to_string();
            assert_eq!(is_word(&segment), c.is_alphanumeric() || is_cjk(c), "{c:?}");
        }
    }

    #[test]
    fn french_and_italian_elisions_are_not_part_of_the_word() {
        for (word, stripped) in [("l'université", "université"), ("L’Europe", "Europe"), ("jusqu'ici", "ici")] {
            assert_eq!(strip_elision(Language::French, word), stripped);
        }
        assert_eq!(strip_elision(Language::Italian, "dell'arte"), "arte");
        assert_eq!(strip_elision(Language::French, "aujourd'hui"), "aujourd'hui");
        assert_eq!(strip_elision(Language::English, "o'clock"), "o'clock");
    }

    #[test]
    fn words_keep_offsets_and_skip_punctuation() {
        let found: Vec<_> = words("Hi, U.S. café 3.5!", 10).collect();
        assert_eq!(found, [(10, "Hi"), (14, "U.S"), (19, "café"), (25, "3.5")]);
    }
}
