//! Words and terms: Unicode UAX #29 word boundaries; terms are case-folded,
//! stop-word-free and stemmed (Snowball), or character bigrams in Chinese and Japanese.

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;

use crate::data::stopwords;
use crate::language::Language;
use crate::sentences::Sentence;
use crate::word_bounds::word_bound_indices;

/// The words of `text` (segments holding a letter or a digit) with their byte
/// offsets, shifted by `base`.
pub(crate) fn words(text: &str, base: usize) -> impl Iterator<Item = (usize, &str)> {
    word_bound_indices(text).filter(|(_, w)| is_word(w)).map(move |(i, w)| (base + i, w))
}

/// The UAX #29 word-bound segments of every sentence of a text, found once and
/// shared by scoring, entities and keywords (each would otherwise run its own pass);
/// two bytes a segment.
pub(crate) struct Segments {
    /// Each segment, sentence after sentence: its length in bytes in the low 15 bits,
    /// and [`WORD`] when it is a word ([`is_word`], so that it is asked once).
    entries: Vec<u16>,
    /// For each sentence, the index in `entries` of its first segment; then the total.
    firsts: Vec<usize>,
}

/// The flag of an entry of [`Segments`] whose segment is a word.
const WORD: u16 = 0x8000;
/// The largest length an entry holds; an entry of this length continues in the next.
const CHUNK: u16 = 0x7fff;

impl Segments {
    /// The segments of `sentences`. A segment of 32,767 bytes or more (a word that
    /// long) takes several entries: one of [`CHUNK`] bytes for each 32,767, then the rest.
    pub(crate) fn new(sentences: &[Sentence<'_>]) -> Self {
        let mut entries = Vec::new();
        let mut firsts = Vec::with_capacity(sentences.len() + 1);
        for sentence in sentences {
            firsts.push(entries.len());
            for (_, segment) in word_bound_indices(sentence.text) {
                let flag = if is_word(segment) { WORD } else { 0 };
                let mut length = segment.len();
                while length >= usize::from(CHUNK) {
                    entries.push(CHUNK | flag);
                    length -= usize::from(CHUNK);
                }
                entries.push(length as u16 | flag); // below CHUNK now
            }
        }
        firsts.push(entries.len());
        entries.shrink_to_fit();
        Segments { entries, firsts }
    }

    /// The segments of `sentence` (one of the sentences this table was made from),
    /// with their byte offsets in its text and whether each is a word.
    pub(crate) fn of<'a, 's: 'a>(
        &'a self,
        sentence: &Sentence<'s>,
    ) -> impl Iterator<Item = (usize, &'s str, bool)> + 'a {
        let text = sentence.text;
        let mut entries = self.entries[self.firsts[sentence.index]..self.firsts[sentence.index + 1]].iter();
        let mut end = 0;
        std::iter::from_fn(move || {
            let start = end;
            loop {
                let &entry = entries.next()?;
                let length = entry & CHUNK;
                end += usize::from(length);
                if length != CHUNK {
                    return Some((start, &text[start..end], entry & WORD != 0));
                }
            }
        })
    }

    /// The words of `sentence` (segments holding a letter or a digit) with their
    /// byte offsets in the text.
    pub(crate) fn words_of<'a, 's: 'a>(
        &'a self,
        sentence: &Sentence<'s>,
    ) -> impl Iterator<Item = (usize, &'s str)> + 'a {
        let base = sentence.start;
        self.of(sentence).filter(|&(_, _, word)| word).map(move |(i, w, _)| (base + i, w))
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
    /// The ids of Chinese and Japanese character bigrams, looked up without making
    /// a string (one is made for each new bigram only).
    by_pair: HashMap<(char, char), u32>,
    by_term: HashMap<String, u32>,
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

    /// The language whose terms these are.
    pub(crate) fn language(&self) -> Language {
        self.terms.language
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

    /// The id of the bigram `a` `b`.
    fn pair(&mut self, a: char, b: char) -> u32 {
        if let Some(&id) = self.by_pair.get(&(a, b)) {
            return id;
        }
        let id = self.term([a, b].iter().collect());
        self.by_pair.insert((a, b), id);
        id
    }

    /// Calls `found` with the id of every term of `text` and returns the number of
    /// words in it. In Chinese and Japanese, each pair of adjacent ideographs or kana
    /// is a term.
    /// `words` are the words of `text`, in order.
    pub(crate) fn each_term(
        &mut self,
        text: &'w str,
        words: impl Iterator<Item = &'w str>,
        mut found: impl FnMut(u32),
    ) -> usize {
        let cjk = self.terms.language.is_cjk();
        let mut count = 0;
        for word in words {
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
                    found(self.pair(a, b));
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

    #[test]
    fn a_segment_is_a_word_when_it_holds_a_letter_or_a_digit() {
        for c in ('\u{0}'..='\u{a000}').chain(['\u{ff01}', 'Ａ']) {
            let segment = c.to_string();
            assert_eq!(is_word(&segment), c.is_alphanumeric() || is_cjk(c), "{c:?}");
        }
    }

    fn terms(language: Language, text: &str) -> Vec<String> {
        let mut ids = TermIds::new(language);
        let mut found = Vec::new();
        ids.each_term(text, words(text, 0).map(|(_, w)| w), |id| found.push(id));
        let mut names = vec![String::new(); ids.by_term.len()];
        for (term, &id) in &ids.by_term {
            names[id as usize] = term.clone();
        }
        found.into_iter().map(|id| names[id as usize].clone()).collect()
    }

    #[test]
    fn segments_are_the_word_bounds_with_their_word_flags_also_for_very_long_words() {
        let chunk = usize::from(CHUNK);
        let long = |n: usize| "é".repeat(n / 2) + &"a".repeat(n % 2);
        let texts = [
            "Hello, world: it's 3.14 today.".to_string(),
            format!("{} {}, {}!", long(chunk - 1), long(chunk), long(chunk + 1)),
            format!("x {} y {}", long(3 * chunk + 5), long(2 * chunk)),
        ];
        let sentences: Vec<Sentence<'_>> =
            texts.iter().enumerate().map(|(index, text)| Sentence { index, text, start: 0, end: text.len() }).collect();
        let segments = Segments::new(&sentences);
        for sentence in &sentences {
            let expected: Vec<(usize, &str, bool)> =
                word_bound_indices(sentence.text).map(|(i, w)| (i, w, is_word(w))).collect();
            assert_eq!(segments.of(sentence).collect::<Vec<_>>(), expected);
            assert!(expected.iter().any(|&(_, w, word)| word && w.len() >= chunk) || sentence.index == 0);
        }
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
