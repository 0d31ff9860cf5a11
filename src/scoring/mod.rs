//! Stage (layer 5), scoring: extractive summaries. Score every sentence, keep the
//! best, in document order.
//!
//! A sentence's score mixes two signals:
//! - **content**: how many of the text's recurring terms it holds (each content term
//!   weighs the share of sentences that use it; stop words removed, case folded,
//!   stemmed), normalised by the sentence's length so long sentences do not win by
//!   size alone; very short sentences (fragments, captions) are discounted;
//! - **position**: a prior for the opening sentences, as news and reports put their
//!   point first. It weighs most when the summary is a small share of the text (the
//!   lead can supply a short summary) and fades as the summary grows to cover the
//!   text; for a one-sentence summary it is weak, as the single most central sentence
//!   beats the first one. An opening sentence earns the prior only in proportion to
//!   its content, up to the text's median full sentence (twelve words or more): the
//!   greetings, microphone checks and "let's start" that open a meeting get little of
//!   it, a news lead all of it. A transcript's speaker labels are no content terms.
//!
//! Selection takes sentences best first, skips any that repeat a sentence already
//! chosen, and returns them in document order.
mod profile;
mod score;
mod select;
mod size;

use crate::basics::Length;
use crate::document::Document;
use profile::Profile;
use size::SummarySize;

/// Every sentence's score, and the sentences chosen.
pub(crate) struct Selection {
    /// The score of every sentence of the document, in 0..=1.
    pub(crate) scores: Vec<f64>,
    /// Indices of the chosen sentences, in document order.
    pub(crate) chosen: Vec<usize>,
}

/// Scores every sentence of `document` and chooses a summary of `length`, preferring
/// sentences about `focus` when there is one.
pub(crate) fn choose_sentences(document: &Document<'_>, length: Length, focus: Option<&str>) -> Selection {
    let profiles = Profile::all(document);
    let focus = focus.map_or_else(Vec::new, |focus| document.ids.known_terms(focus));
    let size = SummarySize::new(length, &profiles);
    let scores = score::score(&profiles, &focus, size.expected_sentences(&profiles));
    let chosen = select::select(&document.sentences, &profiles, &scores, size);
    Selection { scores, chosen }
}
