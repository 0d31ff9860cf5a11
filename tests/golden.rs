//! Golden outputs: every result of every text in the repo's fixtures and in the
//! development corpora (`../shared/eval-data`, when present) is hashed and compared
//! with `tests/golden/outputs.txt`, so a change that is meant to keep behaviour (a
//! refactoring, a speed-up) is proven to keep it, text by text.
//!
//! `cargo test --release --test golden` checks; after a change that is meant to alter
//! results, `PRECIS_GOLDEN=update cargo test --release --test golden` rewrites the file
//! (and the commit says why). `PRECIS_GOLDEN_DUMP=DIR` also writes every output in full
//! to `DIR`, one file per set, to diff two builds.
//!
//! Only hashes are stored: the corpora's licences forbid copying them into the repo.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use precis::{
    extract_entities_with, extract_keywords_with, split_sentences, summarize, Entity, EntityOptions, Keyword,
    KeywordOptions, SummaryOptions,
};

const GOLDEN: &str = "tests/golden/outputs.txt";
const EVAL_DATA: &str = "../shared/eval-data";
/// Focus phrases: common words of several languages, a stop word and a word no text has.
const FOCUS: [&str; 4] = ["government", "la ville", "the", "zqxjv"];

/// Everything précis returns for `text`, written out in full (floats exactly).
fn outputs(text: &str) -> String {
    let mut out = String::new();
    for s in split_sentences(text).expect("a text under the limit") {
        writeln!(out, "sentence {} {}..{}", s.index, s.start, s.end).unwrap();
    }
    let lengths = [
        SummaryOptions::default(),
        SummaryOptions::sentences(1),
        SummaryOptions::sentences(3),
        SummaryOptions::max_words(60),
    ];
    for (n, options) in lengths.iter().enumerate() {
        let summary = summarize(text, options).expect("valid options");
        writeln!(out, "summary {n} {} {:?}", summary.language.code(), summary.stats).unwrap();
        for s in &summary.sentences {
            writeln!(out, "  {} {:?}", s.sentence.index, s.score).unwrap();
        }
        if n == 0 {
            write_entities(&mut out, &summary.entities);
            write_keywords(&mut out, &summary.keywords);
        }
    }
    for focus in FOCUS {
        let options = SummaryOptions { focus: Some(focus.to_string()), ..SummaryOptions::sentences(2) };
        let summary = summarize(text, &options).expect("valid options");
        writeln!(out, "focus {focus:?}").unwrap();
        for s in &summary.sentences {
            writeln!(out, "  {} {:?}", s.sentence.index, s.score).unwrap();
        }
    }
    write_entities(&mut out, &extract_entities_with(text, &EntityOptions::default()).unwrap());
    write_keywords(&mut out, &extract_keywords_with(text, &KeywordOptions::default()).unwrap());
    out
}

fn write_entities(out: &mut String, entities: &[Entity]) {
    for e in entities {
        writeln!(out, "entity {:?} {:?} {} {:?} {:?} {:?}", e.text, e.kind, e.count, e.score, e.variants, e.mentions)
            .unwrap();
    }
}

fn write_keywords(out: &mut String, keywords: &[Keyword]) {
    for k in keywords {
        writeln!(out, "keyword {:?} {} {:?} {:?}", k.text, k.count, k.score, k.mentions).unwrap();
    }
}

/// FNV-1a, 64 bits: a stable hash with no dependency.
fn hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The texts to check, by set: the repo's fixtures, then every record with a "text"
/// of every JSONL file of the corpora, named `file:line`.
fn texts() -> (BTreeMap<String, Vec<(String, String)>>, bool) {
    let mut sets = BTreeMap::new();
    let fixtures: Vec<(String, String)> = files(Path::new("tests/fixtures"), "txt")
        .into_iter()
        .map(|path| (name(&path, Path::new("tests")), std::fs::read_to_string(&path).unwrap()))
        .collect();
    sets.insert("fixtures".to_string(), fixtures);
    let root = Path::new(EVAL_DATA);
    if !root.is_dir() {
        return (sets, false);
    }
    for path in files(root, "jsonl") {
        let set = name(&path, root);
        let records: Vec<(String, String)> = std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .enumerate()
            .filter_map(|(i, line)| {
                let value: serde_json::Value = serde_json::from_str(line).ok()?;
                Some((format!("{set}:{}", i + 1), value.get("text")?.as_str()?.to_string()))
            })
            .collect();
        if !records.is_empty() {
            sets.insert(set, records);
        }
    }
    (sets, true)
}

/// The files under `dir` (recursively) ending in `.ext`, sorted.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path, ext));
        } else if path.extension().is_some_and(|e| e == ext) {
            found.push(path);
        }
    }
    found.sort();
    found
}

fn name(path: &Path, root: &Path) -> String {
    path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/")
}

#[test]
fn every_output_matches_the_golden_file() {
    let (sets, corpora) = texts();
    if !corpora {
        eprintln!("golden: {EVAL_DATA} is absent: checking the repo's fixtures only");
    }
    let dump = std::env::var_os("PRECIS_GOLDEN_DUMP").map(PathBuf::from);
    let mut lines = Vec::new();
    for (set, records) in &sets {
        let mut full = String::new();
        for (id, text) in records {
            let out = outputs(text);
            lines.push(format!("{id} {:016x}", hash(&out)));
            if dump.is_some() {
                writeln!(full, "### {id}\n{out}").unwrap();
            }
        }
        if let Some(dir) = &dump {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(dir.join(set.replace('/', "__")), full).unwrap();
        }
    }
    if std::env::var("PRECIS_GOLDEN").as_deref() == Ok("update") {
        assert!(corpora, "PRECIS_GOLDEN=update needs {EVAL_DATA}: the file must hold every set");
        std::fs::create_dir_all("tests/golden").unwrap();
        std::fs::write(GOLDEN, lines.join("\n") + "\n").unwrap();
        return;
    }
    let golden = std::fs::read_to_string(GOLDEN).expect("tests/golden/outputs.txt");
    let expected: BTreeMap<&str, &str> = golden.lines().filter_map(|l| l.split_once(' ')).collect();
    let mut differ = Vec::new();
    for line in &lines {
        let (id, digest) = line.split_once(' ').unwrap();
        if expected.get(id) != Some(&digest) {
            differ.push(id.to_string());
        }
    }
    let checked = lines.len();
    assert!(
        differ.is_empty(),
        "{} of {checked} texts give other outputs than {GOLDEN}, first: {:?}\n(PRECIS_GOLDEN_DUMP=DIR writes them in full)",
        differ.len(),
        &differ[..differ.len().min(10)]
    );
    if corpora {
        assert_eq!(checked, expected.len(), "{GOLDEN} lists texts that no longer exist");
    }
    eprintln!("golden: {checked} texts, every output identical");
}
