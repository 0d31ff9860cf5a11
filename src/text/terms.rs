//! Terms: what scoring compares instead of words. A term is a word case-folded,
//! without a possessive, stemmed (Snowball), and not a stop word, a number or a single
//! letter; in Chinese and Japanese, every pair of adjacent ideographs or kana.

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;

use super::words::{is_cjk, strip_elision, strip_possessive, words};
use crate::basics::{lowercase, Language};
use crate::data::stopwords;

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

    /// The term for `word`: case-folded, possessive and elided article removed,
    /// stemmed; `None` for stop words, one-letter words and words without a letter
    /// (numbers).
    pub(crate) fn term(&self, word: &str) -> Option<String> {
        if !word.chars().any(char::is_alphabetic) {
            return None;
        }
        let lower = lowercase(strip_possessive(strip_elision(self.language, word)));
        if lower.chars().count() < 2 || stopwords::is_stop_word(self.language, &lower) {
            return None;
        }
        Some(match &self.stemmer {
            Some(stemmer) => stemmer.stem(&lower).into_owned(),
            None => lower,
        })
    }
}

/// The id [`TermIds::known_terms`] gives a term that the numbered text never uses.
pub(crate) const UNSEEN: u32 = u32::MAX;

/// What [`TermIds`] records for a word without a term (`None` would make its map a
/// second type of hash table in the module, beside the one for bigrams).
const NO_TERM: u32 = u32::MAX;

/// Numbers the terms of one text: each distinct word is case-folded, looked up and
/// stemmed once however often it occurs, and each distinct term gets the next id.
pub(crate) struct TermIds<'w> {
    terms: Terms,
    /// Each word's term id, [`NO_TERM`] for a word without one.
    by_word: HashMap<&'w str, u32>,
    /// The ids of Chinese and Japanese character bigrams, keyed by their place in the
    /// text (a string is made for each new bigram only).
    by_pair: HashMap<&'w str, u32>,
    /// Usize like the crate's other string-keyed maps: one copy of the table's code.
    by_term: HashMap<String, usize>,
}

impl<'w> TermIds<'w> {
    /// An empty numbering for words of `language`.
    pub(crate) fn new(language: Language) -> Self {
        TermIds {
            terms: Terms::new(language),
            by_word: HashMap::default(),
            by_pair: HashMap::default(),
            by_term: HashMap::default(),
        }
    }

    /// The id of `word`'s term ([`Terms::term`]), `None` when it has none.
    pub(crate) fn word(&mut self, word: &'w str) -> Option<u32> {
        if let Some(&id) = self.by_word.get(word) {
            return (id != NO_TERM).then_some(id);
        }
        let id = self.terms.term(word).map(|term| self.term(term));
        self.by_word.insert(word, id.unwrap_or(NO_TERM));
        id
    }

    /// The id of `word`'s term as [`word`](Self::word) numbered it, without numbering
    /// anything: `None` when it has no term or was never numbered (every word of a text
    /// given to [`each_term`](Self::each_term) outside Chinese and Japanese was).
    pub(crate) fn known_word(&self, word: &str) -> Option<u32> {
        self.by_word.get(word).copied().filter(|&id| id != NO_TERM)
    }

    /// The ids of the terms of `phrase` (text that is not part of the numbered text,
    /// such as a focus), in its order, without numbering anything: a term the text
    /// never uses is [`UNSEEN`].
    pub(crate) fn known_terms(&self, phrase: &str) -> Vec<u32> {
        let cjk = self.terms.language.is_cjk();
        let known = |term: String| self.by_term.get(&term).map_or(UNSEEN, |&id| id as u32);
        let mut found = Vec::new();
        for (_, word) in words(phrase, 0) {
            if !(cjk && word.chars().any(is_cjk)) {
                found.extend(self.terms.term(word).map(known));
            }
        }
        if cjk {
            each_pair(phrase, |pair| found.push(known(pair.to_string())));
        }
        found
    }

    fn term(&mut self, term: String) -> u32 {
        let next = self.by_term.len();
        *self.by_term.entry(term).or_insert(next) as u32
    }

    /// The id of the bigram `pair` (two characters of the text).
    fn pair(&mut self, pair: &'w str) -> u32 {
        if let Some(&id) = self.by_pair.get(pair) {
            return id;
        }
        let id = self.term(pair.to_string());
        self.by_pair.insert(pair, id);
        id
    }

    /// Calls `found` with the id of every term of `text` and returns the number of
    /// words in it. In Chinese and Japanese, each pair of adjacent ideographs or kana
    /// is a term.
    /// `words` are the words of `text`, in order, with their offsets; those before
    /// `terms_from` (a speaker label's) count as words but are no terms.
    pub(crate) fn each_term(
        &mut self,
        text: &'w str,
        words: impl Iterator<Item = (usize, &'w str)>,
        terms_from: usize,
        mut found: impl FnMut(u32),
    ) -> usize {
        let cjk = self.terms.language.is_cjk();
        let mut count = 0;
        for (at, word) in words {
            count += 1;
            if at >= terms_from && !(cjk && word.chars().any(is_cjk)) {
                if let Some(id) = self.word(word) {
                    found(id);
                }
            }
        }
        if cjk {
            each_pair(text, |pair| found(self.pair(pair)));
        }
        count
    }
}

/// Calls `found` with every pair of adjacent ideographs or kana of `text`, as a slice
/// of it.
fn each_pair<'w>(text: &'w str, mut found: impl FnMut(&'w str)) {
    let mut previous: Option<usize> = None;
    for (at, c) in text.char_indices() {
        let current = is_cjk(c).then_some(at);
        if let (Some(start), Some(_)) = (previous, current) {
            found(&text[start..at + c.len_utf8()]);
        }
        previous = current;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(language: Language, text: &str) -> Vec<String> {
        let mut ids = TermIds::new(language);
        let mut found = Vec::new();
        ids.each_term(text, words(text, 0), 0, |id| found.push(id));
        let mut names = vec![String::new(); ids.by_term.len()];
        for (term, &id) in &ids.by_term {
            names[id] = term.clone();
        }
        found.into_iter().map(|id| names[id as usize].clone()).collect()
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
