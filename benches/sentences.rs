//! Sentence-boundary benchmark: `npm run bench:sentences` (`cargo bench --bench sentences`).
//!
//! Reads the boundary suites in `../shared/eval-data` (never copied into this
//! repository) and prints, for precis and for plain UAX #29:
//! - Golden Rules (pragmatic_segmenter): exact matches, English and other languages;
//! - pySBD's test suites (23 languages): exact matches;
//! - GUM (running English text, gold from Universal Dependencies): boundary P / R / F1.
//!
//! "Exact" compares sentence lists after collapsing whitespace runs and trimming each
//! sentence; boundaries are sentence ends counted in non-whitespace characters.
//! The English Golden Rules precis gets wrong are listed under the tables;
//! `--verbose` lists every record precis gets wrong.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use precis::{split_sentences_with, Language, SplitOptions};
use unicode_segmentation::UnicodeSegmentation;

const DATA: &str = "../shared/eval-data";

/// One record of a boundary suite.
struct Record {
    id: String,
    lang: String,
    text: String,
    sentences: Vec<String>,
}

/// A segmenter under test: text and language code in, sentences out.
type Segmenter = fn(&str, &str) -> Vec<String>;

/// precis with the record's language (`Language::Other` for codes it has no tables
/// for), or the detected one for records without a language (GUM).
fn precis_sentences(text: &str, lang: &str) -> Vec<String> {
    let language = (!lang.is_empty()).then(|| Language::from_code(lang).unwrap_or(Language::Other));
    split_sentences_with(text, &SplitOptions { language, ..SplitOptions::default() })
        .unwrap()
        .iter()
        .map(|s| s.text.to_string())
        .collect()
}

fn uax29_sentences(text: &str, _lang: &str) -> Vec<String> {
    text.split_sentence_bounds().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

fn main() {
    let verbose = std::env::args().any(|a| a == "--verbose");
    let root = Path::new(DATA);
    if !root.is_dir() {
        println!("eval data not found at {DATA}: sentence benchmark not run");
        return;
    }
    let golden = read_dir_records(&root.join("golden_rules"), |_| true);
    let pysbd = read_dir_records(&root.join("pysbd_tests"), |name| !name.contains("_clean"));
    let gum = read_records(&root.join("sbd_ud/gum_dev.jsonl"));

    println!("# Sentence boundaries\n");
    println!("| suite | precis | plain UAX #29 | pySBD (reference) |");
    println!("|---|---:|---:|---:|");
    let segmenters: [Segmenter; 2] = [precis_sentences, uax29_sentences];
    let english = |r: &&Record| r.lang == "en";
    let other = |r: &&Record| r.lang != "en";
    let [ours, uax] = segmenters.map(|s| exact(golden.iter().filter(english), s));
    println!("| Golden Rules, English (exact) | {ours}/{} | {uax} | 48 |", golden.iter().filter(english).count());
    let [ours, uax] = segmenters.map(|s| exact(golden.iter().filter(other), s));
    println!("| Golden Rules, other languages (exact) | {ours}/{} | {uax} | 33 |", golden.iter().filter(other).count());
    let [ours, uax] = segmenters.map(|s| exact(pysbd.iter(), s));
    println!("| pySBD test suites, 23 languages (exact) | {ours}/{} | {uax} | 293 |", pysbd.len());
    let [ours, uax] = segmenters.map(|s| boundary_f1(&gum, s));
    println!(
        "| GUM dev, {} documents, language detected (boundary P / R / F1) | {:.1} / {:.1} / **{:.1}** | {:.1} / {:.1} / {:.1} | F1 96.7 |",
        gum.len(), ours.0, ours.1, ours.2, uax.0, uax.1, uax.2
    );

    println!("\n## Per language (exact, precis / UAX #29 / records)\n");
    println!("| language | Golden Rules | pySBD tests |");
    println!("|---|---:|---:|");
    let mut languages: BTreeMap<&str, ()> = BTreeMap::new();
    for r in golden.iter().chain(&pysbd) {
        languages.insert(&r.lang, ());
    }
    for lang in languages.keys() {
        let cell = |records: &[Record]| {
            let mine: Vec<&Record> = records.iter().filter(|r| r.lang == *lang).collect();
            if mine.is_empty() {
                return "-".to_string();
            }
            let [ours, uax] = segmenters.map(|s| exact(mine.iter().copied(), s));
            format!("{ours} / {uax} / {}", mine.len())
        };
        println!("| {lang} | {} | {} |", cell(&golden), cell(&pysbd));
    }
    let english_golden: Vec<&Record> = golden.iter().filter(english).collect();
    print_misses("English Golden Rules precis gets wrong", english_golden);
    if verbose {
        print_misses("Every record precis gets wrong", golden.iter().chain(&pysbd).collect());
    }
}

/// Lists the records among `records` that precis splits differently from the gold.
fn print_misses(title: &str, records: Vec<&Record>) {
    println!("\n## {title}\n");
    for r in records {
        let got = normalised(precis_sentences(&r.text, &r.lang));
        if got != normalised(r.sentences.clone()) {
            println!("- {} ({})\n  - expected {:?}\n  - got      {:?}", r.id, r.lang, r.sentences, got);
        }
    }
}

/// Sentences with whitespace runs collapsed and ends trimmed.
fn normalised(sentences: Vec<String>) -> Vec<String> {
    sentences.iter().map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|s| !s.is_empty()).collect()
}

/// How many records the segmenter splits exactly like the gold.
fn exact<'a>(records: impl Iterator<Item = &'a Record>, segment: Segmenter) -> usize {
    records.filter(|r| normalised(segment(&r.text, &r.lang)) == normalised(r.sentences.clone())).count()
}

/// Micro-averaged precision, recall and F1 (x100) of sentence ends, in non-whitespace
/// characters from the start of each text.
fn boundary_f1(records: &[Record], segment: Segmenter) -> (f64, f64, f64) {
    let ends = |sentences: &[String]| -> Vec<usize> {
        let mut count = 0;
        sentences
            .iter()
            .map(|s| {
                count += s.chars().filter(|c| !c.is_whitespace()).count();
                count
            })
            .collect()
    };
    let (mut hits, mut predicted, mut gold) = (0usize, 0usize, 0usize);
    for r in records {
        let ours = ends(&segment(&r.text, &r.lang));
        let truth = ends(&r.sentences);
        hits += ours.iter().filter(|e| truth.binary_search(e).is_ok()).count();
        predicted += ours.len();
        gold += truth.len();
    }
    let precision = hits as f64 / predicted.max(1) as f64;
    let recall = hits as f64 / gold.max(1) as f64;
    let f1 = if hits == 0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
    (100.0 * precision, 100.0 * recall, 100.0 * f1)
}

fn read_dir_records(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<Record> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl") && keep(&p.to_string_lossy()))
        .collect();
    files.sort();
    files.iter().flat_map(|f| read_records(f)).collect()
}

fn read_records(path: &Path) -> Vec<Record> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let value: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{}: bad JSON: {e}", path.display()));
            let field = |name: &str| value[name].as_str().unwrap_or_default().to_string();
            Record {
                id: field("id"),
                lang: field("lang"),
                text: field("text"),
                sentences: value["sentences"]
                    .as_array()
                    .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
                    .unwrap_or_default(),
            }
        })
        .collect()
}
