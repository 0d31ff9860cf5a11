//! The invariants every result keeps, shared by the native property, catalogue and
//! linearity tests and by the fuzz targets (`fuzz/src/lib.rs` includes this file).
// Each test crate uses some of these.
#![allow(dead_code)]

use precis::{split_sentences_with, Length, Sentence, Span, Summary, SummaryOptions};
use unicode_segmentation::UnicodeSegmentation;

/// Panics unless `sentences` are `text`'s sentences: indexed in order, trimmed,
/// non-empty, non-overlapping slices on char boundaries that leave only whitespace
/// between them.
pub fn check_sentences(text: &str, sentences: &[Sentence<'_>]) {
    let mut covered = 0;
    for (i, s) in sentences.iter().enumerate() {
        assert_eq!(s.index, i);
        assert!(s.start >= covered, "sentence {i} overlaps the previous one");
        assert!(text[covered..s.start].trim().is_empty(), "text lost before sentence {i}");
        assert_eq!(text.get(s.start..s.end), Some(s.text), "sentence {i} is not its slice");
        assert!(!s.text.is_empty() && s.text.trim() == s.text, "sentence {i} is not trimmed");
        covered = s.end;
    }
    assert!(text[covered..].trim().is_empty(), "text lost after the last sentence");
}

/// Panics unless every span is a non-blank slice of `text`, in text order.
pub fn check_mentions(text: &str, mentions: &[Span]) {
    for m in mentions {
        assert!(text.get(m.start..m.end).is_some_and(|s| !s.trim().is_empty()), "mention {m:?}");
    }
    assert!(mentions.windows(2).all(|w| w[0].start <= w[1].start), "mentions out of text order");
}

/// Words as the word budget counts them: UAX #29 words holding a letter or a digit.
pub fn word_count(text: &str) -> usize {
    text.split_word_bounds().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Panics unless `summary` (of `text` with valid `options`) keeps its invariants: a
/// subset of the text's sentences in document order, as long as asked, with scores in
/// 0..=1 and mentions that slice the text.
pub fn check_summary(text: &str, options: &SummaryOptions, summary: &Summary<'_>) {
    let all = split_sentences_with(text, &options.split_options()).unwrap();
    assert_eq!(summary.stats.sentences, all.len());
    assert!(summary.sentences.windows(2).all(|w| w[0].sentence.index < w[1].sentence.index), "document order");
    for s in &summary.sentences {
        assert_eq!(all.get(s.sentence.index), Some(&s.sentence), "not one of the text's sentences");
        assert!((0.0..=1.0).contains(&s.score), "score {}", s.score);
    }
    let n = summary.sentences.len();
    match options.length {
        Length::Default => assert!(if all.is_empty() { n == 0 } else { (1..=7).contains(&n) }, "{n} sentences"),
        Length::Sentences(k) => assert_eq!(n, k.min(all.len())),
        Length::Ratio(r) => assert_eq!(n, ((all.len() as f64) * r).ceil() as usize),
        Length::MaxWords(w) => {
            let words: usize = summary.sentences.iter().map(|s| word_count(s.sentence.text)).sum();
            assert!(words <= w, "{words} words for a budget of {w}");
        }
    }
    for e in &summary.entities {
        assert_eq!(e.count, e.mentions.len());
        check_mentions(text, &e.mentions);
    }
    for k in &summary.keywords {
        assert_eq!(k.count, k.mentions.len());
        check_mentions(text, &k.mentions);
    }
}
