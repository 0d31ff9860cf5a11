//! `summarize` with fuzzed options: an error exactly when the options are out of
//! range; otherwise a subset of the text's sentences, in document order, within the
//! requested length, the same on a second run, with mentions that slice the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use precis::{split_sentences_with, summarize, Length};
use precis_fuzz::{check_mentions, decode, word_count};

fuzz_target!(|data: &[u8]| {
    let (options, text) = decode(data);
    let Ok(summary) = summarize(&text, &options) else {
        assert!(options.validate().is_err(), "valid options refused");
        return;
    };
    let all = split_sentences_with(&text, &options);
    assert_eq!(summary.stats.sentences, all.len());
    assert!(summary.sentences.windows(2).all(|w| w[0].sentence.index < w[1].sentence.index));
    for s in &summary.sentences {
        assert_eq!(all[s.sentence.index], s.sentence);
        assert!((0.0..=1.0).contains(&s.score), "score {}", s.score);
    }
    let n = summary.sentences.len();
    match options.length {
        Length::Default => assert!(if all.is_empty() { n == 0 } else { (1..=7).contains(&n) }),
        Length::Sentences(k) => assert_eq!(n, k.min(all.len())),
        Length::Ratio(r) => assert_eq!(n, ((all.len() as f64) * r).ceil() as usize),
        Length::MaxWords(w) => {
            assert!(summary.sentences.iter().map(|s| word_count(s.sentence.text)).sum::<usize>() <= w)
        }
    }
    for e in &summary.entities {
        check_mentions(&text, &e.mentions);
    }
    for k in &summary.keywords {
        check_mentions(&text, &k.mentions);
    }
    assert_eq!(summary, summarize(&text, &options).expect("valid the second time"), "deterministic");
});
