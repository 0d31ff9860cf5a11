//! Words and terms: Unicode UAX #29 word boundaries; terms are case-folded,
//! stop-word-free and stemmed (Snowball), or character bigrams in Chinese and Japanese.

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;
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

}

/// Numbers the terms of one text: each distinct word is case-folded, looked up and
/// stemmed once however often it occurs, and each distinct term gets the next id.
pub(crate) struct TermIds<'w> {
    terms: Terms,
    by_word: HashMap<&'w str, Option<u32>>,
    by_term: HashMap<String, u32>,
}

impl<'w> TermIds<'w> {
    /// An empty numbering for words of `language`.
    pub(crate) fn new(language: Language) -> Self {
        TermIds { terms: Terms::new(language), by_word: HashMap::default(), by_term: HashMap::default() }
    }

    /// The id of `word`'s term ([`Terms::term`]), `None` when it has none.
    pub(crate) fn word(&mut self, word: &'w str) -> Option<u32> {
        if let Some(&id) = self.by_word.get(word) {
            return id;
        }
        let id = self.terms.term(word).map(|term| self.term(term));
        self.by_word.insert(word, id);
        id
    }

    fn term(&mut self, term: String) -> u32 {
        let next = self.by_term.len() as u32;
        *self.by_term.entry(term).or_insert(next)
    }

    /// Calls `found` with the id of every term of `text` and returns the number of
    /// words in it. In Chinese and Japanese, each pair of adjacent ideographs or kana
    /// is a term.
    pub(crate) fn each_term(&mut self, text: &'w str, mut found: impl FnMut(u32)) -> usize {
        let cjk = self.terms.language.is_cjk();
        let mut count = 0;
        for (_, word) in words(text, 0) {
            count += 1;
            if !(cjk && word.chars().any(is_cjk)) {
                if let Some(id) = self.word(word) {
                    found(id);
                }
            }
        }
        if cjk {
            let mut previous: Option<char> = None;
            for c in text.chars() {
                let current = is_cjk(c).then_some(c);
                if let (Some(a), Some(b)) = (previous, current) {
                    found(self.term([a, b].iter().collect()));
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
        let mut ids = TermIds::new(language);
        let mut found = Vec::new();
        ids.each_term(text, |id| found.push(id));
        let mut names = vec![String::new(); ids.by_term.len()];
        for (term, &id) in &ids.by_term {
            names[id as usize] = term.clone();
        }
        found.into_iter().map(|id| names[id as usize].clone()).collect()
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
