//! Selection: the best sentences first, skipping repeats of those already chosen,
//! returned in document order.

use super::profile::Profile;
use super::size::SummarySize;
use crate::basics::{best_first, sort_ascending, Span};
use crate::text::Sentence;

/// Share of content words two sentences may have in common before the second is
/// a repeat of the first.
const MAX_OVERLAP: f64 = 0.6;
/// A candidate is checked for repeats against at most this many chosen sentences
/// (the best ones), which keeps selection linear in the number of sentences.
const REDUNDANCY_WINDOW: usize = 32;

/// The indices of the chosen sentences, in document order.
pub(super) fn select(
    sentences: &[Sentence<'_>],
    profiles: &[Profile<'_>],
    scores: &[f64],
    size: SummarySize,
) -> Vec<usize> {
    let n = profiles.len();
    let order = best_first(
        &scores
            .iter()
            .zip(sentences)
            .map(|(&score, s)| (score, Span { start: s.start, end: s.end }))
            .collect::<Vec<_>>(),
    );
    let mut chosen: Vec<usize> = Vec::new();
    let mut taken = vec![false; n];
    let mut words = 0;
    for pass_allows_repeats in [false, true] {
        for &i in &order {
            if chosen.len() == size.sentences {
                break;
            }
            let fits = words + profiles[i].words <= size.words;
            let repeat = || {
                chosen
                    .iter()
                    .take(REDUNDANCY_WINDOW)
                    .any(|&c| overlap(profiles[i].terms, profiles[c].terms) > MAX_OVERLAP)
            };
            if fits && !taken[i] && (pass_allows_repeats || !repeat()) {
                chosen.push(i);
                taken[i] = true;
                words += profiles[i].words;
            }
        }
    }
    sort_ascending(&mut chosen, |index| index);
    chosen
}

/// The share of the smaller term set that the two sorted sets have in common.
fn overlap(a: &[u32], b: &[u32]) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / smaller as f64
}
