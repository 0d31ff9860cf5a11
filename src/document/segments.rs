//! Segments: the UAX #29 word-bound segments of every sentence of a text, found once.

use crate::text::{is_word, word_bound_indices, Sentence};

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
