//! What scoring needs to know about each sentence.

use crate::document::Document;

/// What scoring needs to know about one sentence.
pub(super) struct Profile<'d> {
    /// Distinct content terms, as ids, sorted.
    pub(super) terms: &'d [u32],
    /// Words, for the word budget.
    pub(super) words: usize,
    /// Whether it lacks final punctuation: a headline, a caption or a list item.
    pub(super) unpunctuated: bool,
}

impl<'d> Profile<'d> {
    /// The profile of every sentence of `document`, in order.
    pub(super) fn all(document: &'d Document<'_>) -> Vec<Self> {
        let sentences = document.sentences.iter().zip(&document.terms).zip(&document.words);
        sentences
            .map(|((sentence, terms), &words)| {
                let text = sentence.text;
                let core = text.trim_end_matches(['"', '\'', ')', ']', '”', '’', '»', '」']);
                let unpunctuated = !core.ends_with(['.', '!', '?', '…', '。', '！', '？', ':', ';']);
                Profile { terms, words, unpunctuated }
            })
            .collect()
    }
}
