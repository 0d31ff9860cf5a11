//! Ranking: entities ordered by importance rather than raw frequency.

use rustc_hash::FxHashSet as HashSet;

use super::merge::Merged;
use super::{Entity, Signal};
use crate::basics::sort_best_first;
use crate::text::Sentence;

/// How many opening sentences count as the lead.
const LEAD_SENTENCES: usize = 3;
/// Score bonus of an entity mentioned in a summary sentence.
const SUMMARY_BONUS: f64 = 0.5;

/// Orders entities by importance: mentions (of every form, one point each), an
/// early first mention (up to 1), a mention in the first three sentences (0.5) and in
/// the very first one, usually the headline (0.5 more), the spread of mentions
/// through the text (0.2 for each tenth of the text that mentions it), and a mention
/// in a sentence of the summary (0.5).
pub(super) fn rank(merged: Vec<Merged>, sentences: &[Sentence<'_>], summary: &[usize], text_len: usize) -> Vec<Entity> {
    let text_len = text_len.max(1) as f64;
    let mut entities: Vec<Entity> = merged
        .into_iter()
        .map(|m| {
            let count = m.mentions.len();
            let first = m.mentions[0].span.start as f64 / text_len;
            let lead = m.mentions.iter().any(|x| x.sentence < LEAD_SENTENCES.min(sentences.len()));
            let mut parts = [false; 10];
            for x in &m.mentions {
                parts[((x.span.start as f64 / text_len) * 10.0).min(9.0) as usize] = true;
            }
            let spread = parts.iter().filter(|&&p| p).count() as f64 / 10.0;
            let opening = m.mentions.iter().any(|x| x.sentence == 0);
            let in_summary = m.mentions.iter().any(|x| summary.binary_search(&x.sentence).is_ok());
            let score = count as f64
                + (1.0 - first)
                + if lead && Signal::Lead.enabled() { 0.5 } else { 0.0 }
                + if opening && Signal::Lead.enabled() { 0.5 } else { 0.0 }
                + if Signal::Spread.enabled() { 2.0 * spread } else { 0.0 }
                + if in_summary && Signal::Summary.enabled() { SUMMARY_BONUS } else { 0.0 };
            let mut seen = HashSet::default();
            let variants: Vec<String> =
                m.mentions.iter().filter(|x| seen.insert(x.name.as_str())).map(|x| x.name.clone()).collect();
            Entity {
                text: m.name,
                count,
                mentions: m.mentions.iter().map(|x| x.span).collect(),
                variants,
                score,
                kind: m.kind,
            }
        })
        .collect();
    // A total order (no two entities share a first mention), so an unstable sort is deterministic.
    sort_best_first(&mut entities, |e| (e.score, e.mentions[0]));
    entities
}

#[cfg(test)]
mod tests {
    use crate::entities::tests::texts;

    #[test]
    fn importance_beats_raw_frequency() {
        // The headline's subject is named less often than a side character, but first,
        // in the headline and throughout the text.
        let text = "Ostrava Mayor Resigns\n\nOstrava's mayor resigned on Monday. Critics, led by Pavel Dvorak, \
                    had asked for it. Dvorak spoke. Dvorak wrote. Dvorak smiled. The city council of \
                    Ostrava will meet on Friday. Residents of Ostrava were calm.";
        let found = texts(text);
        assert_eq!(found[0], "Ostrava", "{found:?}");
    }
}
