//! Words: the UAX #29 word segments that hold a letter or a digit, and the tests
//! of case and script that the other modules ask of them.

use std::sync::OnceLock;

use rustc_hash::FxHashSet as HashSet;

use super::word_bounds::word_bound_indices;

/// The words of `text` (segments holding a letter or a digit) with their byte
/// offsets, shifted by `base`.
pub(crate) fn words(text: &str, base: usize) -> impl Iterator<Item = (usize, &str)> {
    word_bound_indices(text).filter(|(_, w)| is_word(w)).map(move |(i, w)| (base + i, w))
}

/// The lines of one or more tables, looked up through a hash set built the first
/// time it is asked: lookups come for nearly every word of a text, several times.
pub(crate) struct WordList {
    tables: &'static [&'static str],
    set: OnceLock<HashSet<&'static str>>,
}

impl WordList {
    /// The list of every line of `tables`.
    pub(crate) const fn new(tables: &'static [&'static str]) -> Self {
        WordList { tables, set: OnceLock::new() }
    }

    /// Every line of the tables, in order.
    pub(crate) fn lines(&self) -> impl Iterator<Item = &'static str> {
        self.tables.iter().flat_map(|t| t.lines())
    }

    /// Whether `word` is a line of one of the tables.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.lines().collect()).contains(word)
    }

    /// Whether `word` in lower case is a line of one of the tables (lowered on the
    /// stack when it is short ASCII, as most words are: `str::to_lowercase` allocates).
    pub(crate) fn contains_lower_case(&self, word: &str) -> bool {
        let mut short = [0; 24];
        if word.len() <= short.len() && word.is_ascii() {
            for (lowered, byte) in short.iter_mut().zip(word.bytes()) {
                *lowered = byte.to_ascii_lowercase();
            }
            // SAFETY: ASCII bytes are UTF-8 (`str::from_utf8` would add its validator,
            // 0.7 KB, to the WebAssembly module for nothing).
            self.contains(unsafe { std::str::from_utf8_unchecked(&short[..word.len()]) })
        } else {
            self.contains(&word.to_lowercase())
        }
    }
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
    fn word_lists_find_words_in_any_case() {
        static LIST: WordList = WordList::new(&["dr\nécole\nmr\nsupercalifragilisticexpialidocious"]);
        assert!(LIST.contains("dr") && !LIST.contains("Dr"));
        assert!(LIST.contains_lower_case("Dr") && LIST.contains_lower_case("MR") && LIST.contains_lower_case("mr"));
        assert!(LIST.contains_lower_case("École"), "lowered beyond ASCII");
        assert!(LIST.contains_lower_case("SUPERCALIFRAGILISTICEXPIALIDOCIOUS"), "longer than the stack buffer");
        assert!(!LIST.contains_lower_case("Drs") && !LIST.contains_lower_case("D") && !LIST.contains_lower_case(""));
    }

    #[test]
    fn words_keep_offsets_and_skip_punctuation() {
        let found: Vec<_> = words("Hi, U.S. café 3.5!", 10).collect();
        assert_eq!(found, [(10, "Hi"), (14, "U.S"), (19, "café"), (25, "3.5")]);
    }
}
