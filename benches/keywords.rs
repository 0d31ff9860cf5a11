//! Keyword benchmark: `npm run bench:keywords` (`cargo bench --bench keywords`).
//!
//! No corpus here has reference keywords, so this measures a proxy: how many of the
//! ten keywords of each news article (`../shared/eval-data/cnndm_dev` in English,
//! `orangesum_dev` in French, never copied into this repository) are about what its
//! human-written summary says, i.e. every word of the keyword (stemmed) occurs in the
//! reference summary. Keywords that name the story's subject score; generic words
//! ("back", "last") rarely do. Also printed: the same measure for the ten most
//! frequent words of the text that are neither stop words nor in its entities (the
//! naive keyword list) as a baseline.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;

use std::fmt::Write as _;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

#[path = "support/doc_block.rs"]
mod doc_block;

const SETS: [(&str, Algorithm, precis::Language); 2] = [
    ("cnndm_dev", Algorithm::English, precis::Language::English),
    ("orangesum_dev", Algorithm::French, precis::Language::French),
];

fn main() {
    let mut report = String::new();
    writeln!(report, "| set | documents | precis keywords about the summary | keywords/doc | most frequent words about the summary |").unwrap();
    writeln!(report, "|---|---:|---:|---:|---:|").unwrap();
    for (name, algorithm, language) in SETS {
        let path = format!("../shared/eval-data/{name}/data.jsonl");
        if !Path::new(&path).is_file() {
            println!("{name}: NOT RUN: {path} is absent (it lives beside the checkout, never in this repository)");
            return;
        }
        let stemmer = Stemmer::create(algorithm);
        let stems = |text: &str| -> Vec<String> {
            text.unicode_words().map(|w| stemmer.stem(&w.to_lowercase()).into_owned()).collect()
        };
        let (mut documents, mut hits, mut listed, mut baseline_hits, mut baseline_listed) = (0, 0, 0, 0, 0);
        for line in fs::read_to_string(&path).expect("readable data").lines().filter(|l| !l.trim().is_empty()) {
            let record: serde_json::Value = serde_json::from_str(line).expect("JSON lines");
            let text = record["text"].as_str().unwrap_or_default();
            let reference: HashSet<String> =
                stems(record["summary"].as_str().unwrap_or_default()).into_iter().collect();
            let about = |phrase: &str| stems(phrase).iter().all(|s| reference.contains(s));
            let keywords = precis::extract_keywords(text).unwrap();
            hits += keywords.iter().filter(|k| about(&k.text)).count();
            listed += keywords.len();
            for word in most_frequent_words(text, language, keywords.len()) {
                baseline_hits += usize::from(about(&word));
                baseline_listed += 1;
            }
            documents += 1;
        }
        let share = |h: usize, n: usize| 100.0 * h as f64 / n.max(1) as f64;
        writeln!(
            report,
            "| {name} | {documents} | {:.1}% | {:.1} | {:.1}% |",
            share(hits, listed),
            listed as f64 / documents.max(1) as f64,
            share(baseline_hits, baseline_listed)
        )
        .unwrap();
    }
    print!("{report}");
    doc_block::update("bench:keywords", &report);
}

/// The `n` most frequent words of `text` that are neither function words nor words
/// of its entities, as precis sees them (keywords leave both out too).
fn most_frequent_words(text: &str, language: precis::Language, n: usize) -> Vec<String> {
    let options = precis::EntityOptions { language: Some(language), ..precis::EntityOptions::default() };
    let entity_words: HashSet<String> = precis::extract_entities_with(text, &options)
        .unwrap()
        .iter()
        .flat_map(|e| e.text.unicode_words().map(str::to_lowercase).collect::<Vec<_>>())
        .collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for word in text.unicode_words().filter(|w| w.chars().any(char::is_alphabetic)) {
        let lower = word.to_lowercase();
        if lower.chars().count() < 2
            || entity_words.contains(&lower)
            || precis::extract_keywords_with(
                &lower,
                &precis::KeywordOptions { language: Some(language), ..Default::default() },
            )
            .unwrap()
            .is_empty()
        {
            continue;
        }
        let count = counts.entry(lower.clone()).or_insert(0);
        if *count == 0 {
            order.push(lower);
        }
        *count += 1;
    }
    order.sort_by(|a, b| counts[b].cmp(&counts[a]));
    order.truncate(n);
    order
}
