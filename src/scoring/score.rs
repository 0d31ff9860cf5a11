//! Sentence scores: content (the text's recurring terms a sentence holds) mixed with
//! a position prior for the opening sentences that carry content.

use super::profile::Profile;
use crate::basics::{best_first, Span};

/// Weight of the position prior against the content score (both in 0..=1) for a
/// summary of two or more sentences that is a vanishing share of the text.
const POSITION_WEIGHT: f64 = 0.9;
/// Weight of the position prior for a one-sentence summary: the lead's sentences
/// cover a story together, but its first sentence alone is rarely the best single
/// sentence, so a one-sentence summary is mostly the text's most central sentence
/// (on CNN/DM, k = 1: 34.6 R-1 against LEAD-1's 30.1).
const ONE_SENTENCE_POSITION_WEIGHT: f64 = 0.3;
/// Sentences with fewer words are discounted in proportion (fragments, captions).
const SHORT_SENTENCE_WORDS: f64 = 12.0;
/// Factor for the score of a "sentence" without final punctuation (a headline,
/// caption or list item): it is chosen only when no real sentence is as good, and
/// among such lines the order is unchanged.
const UNPUNCTUATED_FACTOR: f64 = 0.5;
/// Factor applied to the score of sentences that do not mention the focus.
const OFF_FOCUS: f64 = 0.25;

/// Scores in 0..=1 for every sentence, for a summary of about `k` sentences.
pub(super) fn score(profiles: &[Profile<'_>], focus: &[u32], k: f64) -> Vec<f64> {
    // term ids are numbered from 0 (text::TermIds), so a Vec indexed by id is the map
    let ids = profiles.iter().flat_map(|p| p.terms.last()).max().map_or(0, |&last| last as usize + 1);
    let mut sentences_using = vec![0.0; ids];
    for &term in profiles.iter().flat_map(|p| p.terms) {
        sentences_using[term as usize] += 1.0;
    }
    let most_used = sentences_using.iter().copied().fold(1.0, f64::max);
    let content: Vec<f64> = profiles
        .iter()
        .map(|p| {
            let weight: f64 = p.terms.iter().map(|t| sentences_using[*t as usize] / most_used).sum();
            let content = weight / length_normaliser(p.terms.len());
            content * (p.words as f64 / SHORT_SENTENCE_WORDS).min(1.0)
        })
        .collect();
    let best = content.iter().copied().fold(f64::MIN_POSITIVE, f64::max);
    let typical = typical_content(&content, profiles);
    let share = (k / profiles.len().max(1) as f64).min(1.0);
    // the position weight fades as the summary's share of the sentences grows, as (1 - share) ^ 1.5
    let lead_weight = POSITION_WEIGHT * (1.0 - share) * (1.0 - share).sqrt();
    let position_weight =
        ONE_SENTENCE_POSITION_WEIGHT + (lead_weight - ONE_SENTENCE_POSITION_WEIGHT) * (k - 1.0).clamp(0.0, 1.0);
    content
        .iter()
        .zip(profiles)
        .enumerate()
        .map(|(i, (c, p))| {
            // an opening that carries less content than the text's typical sentence (a
            // greeting, a chair's "let's start") earns the prior, 1 / sqrt(1 + i), only in
            // that proportion
            let position = (c / typical).min(1.0) / (1.0 + i as f64).sqrt();
            // at most 1: two parts of 1 each, weighted, can sum to 1.0000000000000002
            let mut score = ((1.0 - position_weight) * c / best + position_weight * position).min(1.0);
            if p.unpunctuated {
                score *= UNPUNCTUATED_FACTOR;
            }
            let about_focus = focus.is_empty() || focus.iter().any(|t| p.terms.binary_search(t).is_ok());
            if about_focus {
                score
            } else {
                score * OFF_FOCUS
            }
        })
        .collect()
}

/// The content of the text's typical full sentence: the median over sentences of
/// [`SHORT_SENTENCE_WORDS`] words or more (over all sentences when there are none), so
/// that a transcript's backchannels ("Yeah.", "I guess.") do not set the bar that
/// opening sentences must reach to earn the position prior.
fn typical_content(content: &[f64], profiles: &[Profile<'_>]) -> f64 {
    let full: Vec<f64> =
        content.iter().zip(profiles).filter(|(_, p)| p.words as f64 >= SHORT_SENTENCE_WORDS).map(|(&c, _)| c).collect();
    median(if full.is_empty() { content } else { &full }).max(f64::MIN_POSITIVE)
}

/// What a sentence's content is divided by, `(terms + 1) ^ 0.75`: an exponent of 0
/// would favour long sentences, 1 short ones. Square roots only, so the module needs no
/// `pow` (1.4 KB of WebAssembly; 0.75 and the 0.7 it replaced score within noise).
fn length_normaliser(terms: usize) -> f64 {
    let root = (terms as f64 + 1.0).sqrt();
    root * root.sqrt()
}

/// The (upper) median of `values` (0 when there are none), through the crate's one sort.
fn median(values: &[f64]) -> f64 {
    let keys: Vec<(f64, Span)> = values.iter().enumerate().map(|(i, &v)| (v, Span { start: i, end: i })).collect();
    best_first(&keys).get(values.len().saturating_sub(1) / 2).map_or(0.0, |&i| values[i])
}
