//! Checks the benchmark's ROUGE (`benches/support/rouge.rs`) against scores that Python's
//! rouge-score 0.1.2 computed (`../shared/eval-data/rouge_fixtures.jsonl`), and its
//! Porter stemmer against NLTK's outputs.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../benches/support/rouge.rs"]
mod rouge;

use rouge::{porter, Tokenizer};
use serde::Deserialize;
use std::path::PathBuf;

/// How far a score may be from rouge-score's (the fixtures are rounded to 6 decimals).
const TOLERANCE: f64 = 0.0005;

/// One scored pair from `rouge_fixtures.jsonl`.
#[derive(Deserialize)]
struct Fixture {
    /// The evaluation set the pair comes from.
    set: String,
    /// Which tokenizer rouge-score was given.
    tokenizer: String,
    /// The summary being scored, one sentence a line.
    candidate: String,
    /// The human reference, one sentence a line.
    reference: String,
    /// rouge-score's ROUGE-1 F1.
    rouge1_f: f64,
    /// rouge-score's ROUGE-2 F1.
    rouge2_f: f64,
    /// rouge-score's ROUGE-Lsum F1.
    #[serde(rename = "rougeLsum_f")]
    rouge_lsum_f: f64,
}

/// The fixture's tokenizer, by the name the fixture file gives it.
fn tokenizer_named(name: &str) -> Option<Tokenizer> {
    match name {
        "rouge-score-default+porter" => Some(Tokenizer::EnglishPorter),
        "unicode-w+lowercase,no-stem" => Some(Tokenizer::UnicodeWords),
        _ => None,
    }
}

#[test]
fn scores_match_rouge_score_on_every_fixture() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval-data/rouge_fixtures.jsonl");
    let Ok(contents) = std::fs::read_to_string(&path) else {
        println!("eval data not found at ../shared/eval-data: rouge fixture check not run");
        return;
    };
    let mut checked = 0;
    let mut matches = [0usize; 3];
    let mut mismatches = Vec::new();
    for (line_number, line) in contents.lines().enumerate().filter(|(_, line)| !line.trim().is_empty()) {
        let id = format!("line {}", line_number + 1);
        let fixture: Fixture = serde_json::from_str(line).unwrap_or_else(|e| panic!("{id}: not a fixture: {e}"));
        let tokenizer = tokenizer_named(&fixture.tokenizer)
            .unwrap_or_else(|| panic!("{id}: unknown tokenizer {:?}", fixture.tokenizer));
        let got = rouge::score(&fixture.reference, &fixture.candidate, tokenizer);
        let metrics = [
            ("rouge1", fixture.rouge1_f, got.rouge1),
            ("rouge2", fixture.rouge2_f, got.rouge2),
            ("rougeLsum", fixture.rouge_lsum_f, got.rouge_lsum),
        ];
        for (matched, (metric, expected, actual)) in matches.iter_mut().zip(metrics) {
            if (expected - actual).abs() <= TOLERANCE {
                *matched += 1;
            } else {
                mismatches.push(format!(
                    "{id} ({}, {}): {metric} expected {expected:.6}, got {actual:.6}",
                    fixture.set, fixture.tokenizer
                ));
            }
        }
        checked += 1;
    }
    println!(
        "rouge fixtures: rouge1 {}/{checked}, rouge2 {}/{checked}, rougeLsum {}/{checked} within {TOLERANCE}",
        matches[0], matches[1], matches[2]
    );
    assert!(checked > 0, "{} holds no fixtures", path.display());
    assert!(
        mismatches.is_empty(),
        "{} of {} scores differ from rouge-score by more than {TOLERANCE}:\n{}",
        mismatches.len(),
        checked * 3,
        mismatches.join("\n")
    );
}

/// Asserts that NLTK's stemmer maps each word to the stem beside it.
fn assert_stems(pairs: &[(&str, &str)]) {
    let wrong: Vec<String> = pairs
        .iter()
        .filter(|(word, expected)| porter::stem(word) != *expected)
        .map(|(word, expected)| format!("{word}: expected {expected}, got {}", porter::stem(word)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn porter_stems_nltk_doctest_words() {
    // nltk/test/stem.doctest
    assert_stems(&[
        ("caresses", "caress"),
        ("flies", "fli"),
        ("dies", "die"),
        ("mules", "mule"),
        ("denied", "deni"),
        ("died", "die"),
        ("agreed", "agre"),
        ("owned", "own"),
        ("humbled", "humbl"),
        ("sized", "size"),
        ("meeting", "meet"),
        ("stating", "state"),
        ("siezing", "siez"),
        ("itemization", "item"),
        ("sensational", "sensat"),
        ("traditional", "tradit"),
        ("reference", "refer"),
        ("colonizer", "colon"),
        ("plotted", "plot"),
        ("oed", "o"),
    ]);
}

#[test]
fn porter_follows_the_paper_examples() {
    assert_stems(&[
        ("ponies", "poni"),
        ("cats", "cat"),
        ("feed", "feed"),
        ("plastered", "plaster"),
        ("bled", "bled"),
        ("motoring", "motor"),
        ("sing", "sing"),
        ("conflated", "conflat"),
        ("hopping", "hop"),
        ("tanned", "tan"),
        ("falling", "fall"),
        ("hissing", "hiss"),
        ("fizzed", "fizz"),
        ("failing", "fail"),
        ("filing", "file"),
        ("happy", "happi"),
        ("relational", "relat"),
        ("conditional", "condit"),
        ("rational", "ration"),
        ("hopeful", "hope"),
        ("goodness", "good"),
        ("adjustment", "adjust"),
        ("effective", "effect"),
        ("probate", "probat"),
        ("rate", "rate"),
        ("cease", "ceas"),
        ("controlling", "control"),
        ("roll", "roll"),
    ]);
}

#[test]
fn porter_applies_nltk_extensions_and_irregular_forms() {
    assert_stems(&[
        ("ties", "tie"),
        ("spied", "spi"),
        ("enjoy", "enjoy"),
        ("dying", "die"),
        ("lying", "lie"),
        ("news", "news"),
        ("innings", "inning"),
        ("proceed", "proceed"),
        ("succeed", "succeed"),
        ("skies", "sky"),
        ("geology", "geolog"),
        ("hopefully", "hope"),
        ("generously", "gener"),
        ("conditionally", "condit"),
        ("is", "is"),
        ("Github", "github"),
    ]);
}

#[test]
fn english_tokens_are_lower_case_alphanumeric_runs_stemmed_past_three_chars() {
    assert_eq!(
        Tokenizer::EnglishPorter.tokenize("The U.S. firm's 1990s profits—rising!"),
        ["the", "u", "s", "firm", "s", "1990", "profit", "rise"]
    );
}

#[test]
fn french_tokens_are_lower_case_word_runs_unstemmed() {
    assert_eq!(
        Tokenizer::UnicodeWords.tokenize("L'Élysée a reçu 2 chefs_d'État."),
        ["l", "élysée", "a", "reçu", "2", "chefs_d", "état"]
    );
}
