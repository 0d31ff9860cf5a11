//! How long a summary may be, in sentences and in words.

use super::profile::Profile;
use crate::basics::Length;

/// How many sentences a summary may have, and how many words.
#[derive(Clone, Copy)]
pub(super) struct SummarySize {
    /// Most sentences.
    pub(super) sentences: usize,
    /// Most words (`usize::MAX`: no word budget).
    pub(super) words: usize,
}

impl SummarySize {
    /// The size `length` asks for, for a text of these sentences.
    pub(super) fn new(length: Length, profiles: &[Profile]) -> Self {
        let n = profiles.len();
        let (sentences, words) = match length {
            Length::Default => (((n as f64) * 0.2).round().clamp(1.0, 7.0) as usize, usize::MAX),
            Length::Sentences(k) => (k, usize::MAX),
            Length::Ratio(r) => (((n as f64) * r).ceil() as usize, usize::MAX),
            Length::MaxWords(w) => (n, w),
        };
        SummarySize { sentences: sentences.min(n), words }
    }

    /// The number of sentences the summary is expected to have (a word budget is
    /// converted at the mean sentence length of `profiles`).
    pub(super) fn expected_sentences(self, profiles: &[Profile]) -> f64 {
        let total_words: usize = profiles.iter().map(|p| p.words).sum();
        let mean_words = total_words as f64 / profiles.len().max(1) as f64;
        let by_words = if self.words == usize::MAX { f64::INFINITY } else { self.words as f64 / mean_words.max(1.0) };
        (self.sentences as f64).min(by_words).max(1.0)
    }
}
