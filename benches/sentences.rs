//! Sentence-boundary benchmark: `npm run bench:sentences` (`cargo bench --bench sentences`).
//!
//! Reads the boundary suites in `../shared/eval-data` (never copied into this
//! repository) and compares precis with plain UAX #29 on each of them:
//! - Golden Rules (pragmatic_segmenter): exact matches, English and other languages;
//! - pySBD's test suites (23 languages, the `*_clean` files left out): exact matches;
//! - GUM dev (running English text) and EWT dev (web text: blogs, e-mails, reviews,
//!   answers, newsgroups), gold from Universal Dependencies, language detected:
//!   boundary P / R / F1.
//!
//! "Exact" compares sentence lists after collapsing whitespace runs and trimming each
//! sentence (a record scores 1 or 0); boundaries are sentence ends counted in
//! non-whitespace characters, P / R / F1 micro-averaged over the records of a part, and
//! the paired statistics use each document's own boundary F1.
//!
//! Every suite is reported in two fixed halves and pooled (`support/halves.rs`): half A
//! holds the records at even positions (0, 2, ...), half B those at odd positions, of
//! the suite's file, or for a suite of several files of their concatenation in sorted
//! file-name order (Golden Rules other languages: every `golden_rules/*.jsonl` but
//! `en.jsonl`; pySBD: every `pysbd_tests/*.jsonl` but `*_clean.jsonl`). Each cell
//! gives the paired difference precis - UAX #29 and its standard error.
//!
//! The main tables are written into BENCHMARKS.md (block `bench:sentences`); the
//! per-language table and the English Golden Rules precis gets wrong stay on stdout.
//! Options (`cargo bench --bench sentences -- OPTION`; `npm run` drops a `--`, so through
//! npm use the environment variable):
//! - `--verbose` lists every exact-match record precis gets wrong;
//! - `--ewt-misses` lists every EWT boundary precis misses or adds, with its context;
//! - `--save-baseline` (or `PRECIS_SAVE_BASELINE=1`) saves precis's per-record scores
//!   to `target/bench-sentences-baseline.json`. Whenever that file exists, a run also
//!   prints precis now against the saved run, paired, in halves, with a verdict per
//!   part ("better" / "worse" beyond two standard errors, else "within noise"): save
//!   before a change, run again after it. A change is kept only if it helps both halves.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use precis::{split_sentences_with, Language, SplitOptions};
use unicode_segmentation::UnicodeSegmentation;

#[path = "support/halves.rs"]
mod halves;

#[path = "support/doc_block.rs"]
mod doc_block;

const DATA: &str = "../shared/eval-data";
const SAVED: &str = "target/bench-sentences-baseline.json";
/// The team's target for EWT boundary F1: sentencex's figure on EWT (the data README
/// does not give it).
const EWT_TARGET: f64 = 90.5;

/// One record of a boundary suite.
struct Record {
    id: String,
    lang: String,
    genre: String,
    text: String,
    sentences: Vec<String>,
}

/// A segmenter under test: text and language code in, sentences out.
type Segmenter = fn(&str, &str) -> Vec<String>;

/// precis with the record's language (`Language::Other` for codes it has no tables
/// for), or the detected one for records without a language (GUM, EWT).
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

/// How a suite is scored.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// 1 when the sentence list equals the gold, else 0.
    Exact,
    /// Sentence-end positions against the gold ones.
    Boundary,
}

/// A suite of records and how it is scored.
struct Suite {
    /// Metric name in the saved scores.
    key: &'static str,
    name: &'static str,
    kind: Kind,
    records: Vec<Record>,
}

/// Boundary counts of one record.
#[derive(Clone, Copy, Default)]
struct Counts {
    hits: usize,
    predicted: usize,
    gold: usize,
}

impl Counts {
    /// The record's boundary F1 (1 when neither side has a boundary).
    fn f1(self) -> f64 {
        let total = self.predicted + self.gold;
        if total == 0 {
            1.0
        } else {
            2.0 * self.hits as f64 / total as f64
        }
    }
}

/// One segmenter's output on a suite, scored record by record.
struct Scored {
    /// Per-record score: exact (1 / 0) or boundary F1.
    scores: Vec<f64>,
    counts: Vec<Counts>,
}

/// A suite with precis's and UAX #29's scores on it.
struct Outcome<'a> {
    suite: &'a Suite,
    ours: Scored,
    uax: Scored,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let flag = |name: &str| args.iter().any(|a| a == name);
    let root = Path::new(DATA);
    if !root.is_dir() {
        println!("eval data not found at {DATA}: sentence benchmark not run");
        return;
    }
    let suites = read_suites(root);
    let results: Vec<Outcome> = suites
        .iter()
        .map(|suite| Outcome { suite, ours: score(suite, precis_sentences), uax: score(suite, uax29_sentences) })
        .collect();

    let report = report(&results);
    println!("# Sentence boundaries\n\n{report}");
    doc_block::update("bench:sentences", &report);
    println!("\n{}", per_language(&results));
    compare_with_saved(
        &results,
        flag("--save-baseline") || std::env::var("PRECIS_SAVE_BASELINE").is_ok_and(|v| v == "1"),
    );

    let english_golden: Vec<&Record> = suites[0].records.iter().collect();
    print_misses("English Golden Rules precis gets wrong", english_golden);
    if flag("--verbose") {
        let exact = suites.iter().filter(|s| s.kind == Kind::Exact).flat_map(|s| &s.records).collect();
        print_misses("Every exact-match record precis gets wrong", exact);
    }
    if flag("--ewt-misses") {
        print_boundary_misses(&suites[4]);
    }
}

/// The five suites, in the order the tables print them.
fn read_suites(root: &Path) -> Vec<Suite> {
    let golden = read_dir_records(&root.join("golden_rules"), |_| true);
    let (english, other): (Vec<Record>, Vec<Record>) = golden.into_iter().partition(|r| r.lang == "en");
    let pysbd = read_dir_records(&root.join("pysbd_tests"), |name| !name.contains("_clean"));
    let suite = |key, name, kind, records| Suite { key, name, kind, records };
    vec![
        suite("golden_en", "Golden Rules, English", Kind::Exact, english),
        suite("golden_other", "Golden Rules, 14 other languages", Kind::Exact, other),
        suite("pysbd", "pySBD test suites, 23 languages", Kind::Exact, pysbd),
        suite("gum_dev", "GUM dev (running English)", Kind::Boundary, read_records(&root.join("sbd_ud/gum_dev.jsonl"))),
        suite(
            "ewt_dev",
            "EWT dev (English web text)",
            Kind::Boundary,
            read_records(&root.join("sbd_ud/ewt_dev.jsonl")),
        ),
    ]
}

/// Runs `segment` over the suite and scores every record.
fn score(suite: &Suite, segment: Segmenter) -> Scored {
    let mut scores = Vec::new();
    let mut counts = Vec::new();
    for r in &suite.records {
        let got = normalised(segment(&r.text, &r.lang));
        let gold = normalised(r.sentences.clone());
        let (ours, truth) = (ends(&got), ends(&gold));
        let c = Counts {
            hits: ours.iter().filter(|e| truth.binary_search(e).is_ok()).count(),
            predicted: ours.len(),
            gold: truth.len(),
        };
        scores.push(match suite.kind {
            Kind::Exact => f64::from(u8::from(got == gold)),
            Kind::Boundary => c.f1(),
        });
        counts.push(c);
    }
    Scored { scores, counts }
}

/// Sentence-end positions, in non-whitespace characters from the start of the text.
fn ends(sentences: &[String]) -> Vec<usize> {
    let mut count = 0;
    sentences
        .iter()
        .map(|s| {
            count += s.chars().filter(|c| !c.is_whitespace()).count();
            count
        })
        .collect()
}

/// Micro-averaged precision, recall and F1 (x100) over the records `keep` selects
/// (by position).
fn micro(counts: &[Counts], keep: impl Fn(usize) -> bool) -> (f64, f64, f64) {
    let (mut hits, mut predicted, mut gold) = (0usize, 0usize, 0usize);
    for (_, c) in counts.iter().enumerate().filter(|(i, _)| keep(*i)) {
        hits += c.hits;
        predicted += c.predicted;
        gold += c.gold;
    }
    let precision = hits as f64 / predicted.max(1) as f64;
    let recall = hits as f64 / gold.max(1) as f64;
    let f1 = if hits == 0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
    (100.0 * precision, 100.0 * recall, 100.0 * f1)
}

/// Selectors of the positions in half A, half B and the whole set (`halves::PARTS`).
const SELECT: [fn(usize) -> bool; 3] = [|i| i % 2 == 0, |i| i % 2 == 1, |_| true];

/// The Markdown written into BENCHMARKS.md: both tables, the published figures and
/// the EWT target.
fn report(results: &[Outcome]) -> String {
    let mut out = String::new();
    writeln!(out, "{}\n", exact_table(results)).unwrap();
    writeln!(out, "{}\n", boundary_table(results)).unwrap();
    if let Some(ewt) = results.iter().find(|r| r.suite.key == "ewt_dev") {
        writeln!(out, "{}\n", ewt_target(ewt)).unwrap();
        writeln!(out, "{}\n", genre_table(ewt)).unwrap();
    }
    out.push_str(PUBLISHED);
    out
}

/// Exact-match suites: records right per part, and the paired difference in points.
fn exact_table(results: &[Outcome]) -> String {
    let mut rows = vec![
        "Exact matches (records right; difference in percentage points, paired, ± standard error):\n".to_string(),
        "| suite | part | records | precis | plain UAX #29 | precis - UAX #29 |".to_string(),
        "|---|---|---:|---:|---:|---:|".to_string(),
    ];
    for result in results.iter().filter(|r| r.suite.kind == Kind::Exact) {
        let parts = halves::paired(&result.ours.scores, &result.uax.scores);
        let uax = halves::means(&result.uax.scores);
        for (k, p) in parts.iter().enumerate() {
            let right = |mean: f64| (mean * p.n as f64).round() as usize;
            let bold = if k == 2 { "**" } else { "" };
            rows.push(format!(
                "| {} | {} | {} | {bold}{}{bold} ({:.1}%) | {} ({:.1}%) | {:+.1} ± {:.1} |",
                if k == 0 { result.suite.name } else { "" },
                halves::PARTS[k],
                p.n,
                right(p.mean),
                100.0 * p.mean,
                right(uax[k]),
                100.0 * uax[k],
                100.0 * p.diff,
                100.0 * p.se
            ));
        }
    }
    rows.join("\n")
}

/// Boundary suites: micro P / R / F1 per part for both systems, and the paired
/// difference of per-document F1.
fn boundary_table(results: &[Outcome]) -> String {
    let mut rows = vec![
        "Boundaries (P / R / F1 x100, micro-averaged over the part's documents; last column: mean per-document F1 \
         of precis, and precis - UAX #29, paired, ± standard error):\n"
            .to_string(),
        "| set | part | documents | precis P / R / F1 | plain UAX #29 P / R / F1 | per-document F1 (precis - UAX #29) |"
            .to_string(),
        "|---|---|---:|---:|---:|---:|".to_string(),
    ];
    for result in results.iter().filter(|r| r.suite.kind == Kind::Boundary) {
        let parts = halves::paired(&result.ours.scores, &result.uax.scores);
        for (k, p) in parts.iter().enumerate() {
            let (op, or, of) = micro(&result.ours.counts, SELECT[k]);
            let (up, ur, uf) = micro(&result.uax.counts, SELECT[k]);
            rows.push(format!(
                "| {} | {} | {} | {op:.1} / {or:.1} / **{of:.1}** | {up:.1} / {ur:.1} / {uf:.1} | {} |",
                if k == 0 { result.suite.name } else { "" },
                halves::PARTS[k],
                p.n,
                p.cell(100.0)
            ));
        }
    }
    rows.join("\n")
}

/// precis's EWT boundary F1 per part against the target.
fn ewt_target(ewt: &Outcome) -> String {
    let cells: Vec<String> = SELECT
        .iter()
        .zip(halves::PARTS)
        .map(|(keep, part)| {
            let f1 = micro(&ewt.ours.counts, keep).2;
            format!("{part} {f1:.1} ({:+.1} from the target)", f1 - EWT_TARGET)
        })
        .collect();
    format!(
        "EWT target: boundary F1 >= {EWT_TARGET} (sentencex's figure) on unseen documents. precis, micro F1: {}.",
        cells.join(", ")
    )
}

/// EWT micro P / R / F1 by genre (whole set), precis and UAX #29.
fn genre_table(ewt: &Outcome) -> String {
    let mut genres: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, r) in ewt.suite.records.iter().enumerate() {
        genres.entry(&r.genre).or_default().push(i);
    }
    let mut rows = vec![
        "EWT dev by genre (whole set, micro P / R / F1):\n".to_string(),
        "| genre | documents | sentences | precis | plain UAX #29 |".to_string(),
        "|---|---:|---:|---:|---:|".to_string(),
    ];
    for (genre, positions) in genres {
        let pick = |counts: &[Counts]| -> Vec<Counts> { positions.iter().map(|&i| counts[i]).collect() };
        let (op, or, of) = micro(&pick(&ewt.ours.counts), |_| true);
        let (up, ur, uf) = micro(&pick(&ewt.uax.counts), |_| true);
        let sentences: usize = positions.iter().map(|&i| ewt.ours.counts[i].gold).sum();
        rows.push(format!(
            "| {genre} | {} | {sentences} | {op:.1} / {or:.1} / {of:.1} | {up:.1} / {ur:.1} / {uf:.1} |",
            positions.len()
        ));
    }
    rows.join("\n")
}

/// Published figures of other segmenters (`../shared/eval-data/README.md`), on the
/// whole sets; not computed here.
const PUBLISHED: &str = "Published figures (`../shared/eval-data/README.md`, whole sets, not computed by this \
command): Golden Rules English exact: pySBD 48/52, sentencex 46, NLTK Punkt 29, compromise 31, sbd 30, \
UAX #29 29. Golden Rules other languages: pySBD 33/36, UAX #29 22. pySBD test suites: pySBD 293/295 \
(developed against them), sentencex 271, UAX #29 185, compromise 179. GUM boundary F1 (dev and test halves): \
sentencex 97.5, syntok 97.1, wink-nlp 97.0, pySBD 96.7, compromise 96.5, UAX #29 96.3, NLTK Punkt 92.8, \
spaCy sentencizer 92.0. EWT boundary F1: sentencex 90.5, the team's target (a figure the data README does not \
give).";

/// Exact matches per language (whole sets), precis / UAX #29 / records.
fn per_language(results: &[Outcome]) -> String {
    let mut table: BTreeMap<&str, [[usize; 3]; 2]> = BTreeMap::new();
    for result in results.iter().filter(|r| r.suite.kind == Kind::Exact) {
        let column = usize::from(result.suite.key == "pysbd");
        for (i, r) in result.suite.records.iter().enumerate() {
            let cell = &mut table.entry(&r.lang).or_default()[column];
            cell[0] += usize::from(result.ours.scores[i] == 1.0);
            cell[1] += usize::from(result.uax.scores[i] == 1.0);
            cell[2] += 1;
        }
    }
    let mut rows = vec![
        "## Per language (exact, precis / UAX #29 / records)\n".to_string(),
        "| language | Golden Rules | pySBD tests |".to_string(),
        "|---|---:|---:|".to_string(),
    ];
    for (lang, cells) in table {
        let cell = |c: [usize; 3]| if c[2] == 0 { "-".to_string() } else { format!("{} / {} / {}", c[0], c[1], c[2]) };
        rows.push(format!("| {lang} | {} | {} |", cell(cells[0]), cell(cells[1])));
    }
    rows.join("\n")
}

/// Prints precis now against the scores saved at [`SAVED`] (when there are any), then
/// saves the scores of this run when `save` is set.
fn compare_with_saved(results: &[Outcome], save: bool) {
    let ids = |result: &Outcome| -> Vec<String> { result.suite.records.iter().map(|r| r.id.clone()).collect() };
    if let Some(saved) = halves::load(Path::new(SAVED)) {
        println!("\n## precis now against the saved run ({SAVED})\n");
        println!("Mean score (exact: share of records right; boundaries: per-document F1) x100, with the paired");
        println!("difference now - saved ± standard error and its verdict.\n");
        println!("| suite | {} | {} | {} |", halves::PARTS[0], halves::PARTS[1], halves::PARTS[2]);
        println!("|---|---:|---:|---:|");
        for result in results {
            let Some(before) = halves::saved_scores(&saved, result.suite.key, &ids(result)) else {
                println!("| {} | the saved run was on other records | | |", result.suite.name);
                continue;
            };
            let cells: Vec<String> = halves::paired(&result.ours.scores, &before)
                .iter()
                .map(|p| format!("{} {}", p.cell(100.0), p.verdict()))
                .collect();
            println!("| {} | {} |", result.suite.name, cells.join(" | "));
        }
    }
    if save {
        let mut scores = halves::Saved::new();
        for result in results {
            let per_record = ids(result).into_iter().zip(result.ours.scores.iter().copied()).collect();
            scores.insert(result.suite.key.to_string(), per_record);
        }
        halves::save(Path::new(SAVED), &scores);
        println!("\nprecis's per-record scores saved to {SAVED}: later runs compare with them.");
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

/// Lists, document by document, the gold boundaries precis misses (`missed`) and the
/// ones it adds (`added`), each with the text around it (`|` marks the boundary).
fn print_boundary_misses(suite: &Suite) {
    println!("\n## {}: boundaries precis misses or adds\n", suite.name);
    for r in &suite.records {
        let ours = ends(&normalised(precis_sentences(&r.text, &r.lang)));
        let truth = ends(&normalised(r.sentences.clone()));
        let missed = truth.iter().filter(|e| ours.binary_search(e).is_err()).map(|&e| ("missed", e));
        let added = ours.iter().filter(|e| truth.binary_search(e).is_err()).map(|&e| ("added", e));
        for (what, end) in missed.chain(added) {
            println!("{}\t{}\t{what}\t{}", r.id, r.genre, around(&r.text, end));
        }
    }
}

/// The text around the point after `end` non-whitespace characters, on one line.
fn around(text: &str, end: usize) -> String {
    let mut seen = 0;
    let mut at = text.len();
    for (i, c) in text.char_indices() {
        if seen == end {
            at = i;
            break;
        }
        seen += usize::from(!c.is_whitespace());
    }
    let before: String = text[..at].chars().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect();
    let after: String = text[at..].chars().take(40).collect();
    format!("{}|{}", before, after).replace('\n', "⏎")
}

/// Sentences with whitespace runs collapsed and ends trimmed.
fn normalised(sentences: Vec<String>) -> Vec<String> {
    sentences.iter().map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|s| !s.is_empty()).collect()
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
                genre: field("genre"),
                text: field("text"),
                sentences: value["sentences"]
                    .as_array()
                    .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
                    .unwrap_or_default(),
            }
        })
        .collect()
}
