//! Layer 4, document: everything about one text that more than one stage reads,
//! computed once per call: its language, sentences, word segments and the terms of
//! each sentence. The stages read it and never split or tokenize the text again.

mod segments;

use crate::basics::Language;
use crate::text::{detect_language, split, Sentence, TermIds};
pub(crate) use segments::Segments;

/// One text, split and numbered.
pub(crate) struct Document<'t> {
    /// The text itself.
    pub(crate) text: &'t str,
    /// The language it is treated as (given or detected).
    pub(crate) language: Language,
    /// Its sentences, in order.
    pub(crate) sentences: Vec<Sentence<'t>>,
    /// The word-bound segments of every sentence.
    pub(crate) segments: Segments,
    /// For each sentence, the ids of its distinct terms, sorted.
    pub(crate) terms: Vec<Vec<u32>>,
    /// For each sentence, its number of words.
    pub(crate) words: Vec<usize>,
    /// The numbering of the text's terms, by word.
    pub(crate) ids: TermIds<'t>,
}

impl<'t> Document<'t> {
    /// Reads `text` in `language` (detected when `None`), with the extra
    /// `abbreviations` that do not end a sentence.
    pub(crate) fn new(text: &'t str, language: Option<Language>, abbreviations: &[String]) -> Self {
        let language = language.unwrap_or_else(|| detect_language(text));
        let sentences = split(text, language, abbreviations);
        let segments = Segments::new(&sentences);
        let mut ids = TermIds::new(language);
        let mut terms = Vec::with_capacity(sentences.len());
        let mut words = Vec::with_capacity(sentences.len());
        let mut found = Vec::new();
        for sentence in &sentences {
            found.clear();
            let sentence_words = segments.words_of(sentence).map(|(_, w)| w);
            words.push(ids.each_term(sentence.text, sentence_words, |id| found.push(id)));
            crate::basics::sort_ascending(&mut found, |term| term as usize);
            found.dedup();
            terms.push(found.to_vec());
        }
        Document { text, language, sentences, segments, terms, words, ids }
    }

    /// The words of `sentence` (one of this document's) with their byte offsets in the text.
    pub(crate) fn words_of<'a>(&'a self, sentence: &Sentence<'t>) -> impl Iterator<Item = (usize, &'t str)> + 'a {
        self.segments.words_of(sentence)
    }
}
