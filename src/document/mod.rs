//! Layer 4, document: everything about one text that more than one stage reads,
//! computed once per call: its language, sentences, word segments and the terms of
//! each sentence. The stages read it and never split or tokenize the text again.

mod segments;

use crate::basics::Language;
use crate::text::{detect_language, speaker_label_len, split, Sentence, TermIds};
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
    /// For each sentence, the length in bytes of the speaker label (colon included)
    /// that opens it, as a transcript's turns do ("Grad A: OK."); 0 for most.
    pub(crate) labels: Vec<usize>,
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
        let mut labels = Vec::with_capacity(sentences.len());
        let mut found = Vec::new();
        for sentence in &sentences {
            found.clear();
            // A speaker label says who speaks, not what about: its words are no terms.
            let label = speaker_label_len(sentence.text).unwrap_or(0);
            let terms_from = sentence.start + label;
            words.push(ids.each_term(sentence.text, segments.words_of(sentence), terms_from, |id| found.push(id)));
            labels.push(label);
            crate::basics::sort_ascending(&mut found, |term| term as usize);
            found.dedup();
            terms.push(found.to_vec());
        }
        Document { text, language, sentences, segments, terms, words, labels, ids }
    }

    /// The words of `sentence` (one of this document's) with their byte offsets in the text.
    pub(crate) fn words_of<'a>(&'a self, sentence: &Sentence<'t>) -> impl Iterator<Item = (usize, &'t str)> + 'a {
        self.segments.words_of(sentence)
    }
}
