//! Summary quality benchmark: ROUGE-1/2/Lsum F1 of precis and of LEAD-k on the
//! evaluation sets in `../shared/eval-data` (see its README), scored as Google's
//! rouge-score 0.1.2 does.
//!
//! `npm run bench:quality` (or `cargo bench --bench quality [-- SET]`) prints one
//! Markdown table a set and writes them to `target/bench-quality.md`.

#[path = "support/rouge.rs"]
mod rouge;

use rouge::{RougeScores, Tokenizer};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

/// How many sentences the summaries of a set have.
#[derive(Clone, Copy)]
enum SummaryLength {
    /// The same number for every document.
    Fixed(usize),
    /// As many as the document's reference has, counted by `precis::split_sentences`
    /// (the BBC references keep all their sentences on one line).
    LikeReference,
}

/// An evaluation set: a folder of `eval-data` with a `data.jsonl`.
struct EvalSet {
    /// The folder name, also the command-line name of the set.
    name: &'static str,
    /// How long the summaries are.
    length: SummaryLength,
}

/// The sets, in the order they run.
const EVAL_SETS: [EvalSet; 3] = [
    EvalSet { name: "cnndm_dev", length: SummaryLength::Fixed(3) },
    EvalSet { name: "orangesum_dev", length: SummaryLength::Fixed(1) },
    EvalSet { name: "bbc_news_summary", length: SummaryLength::LikeReference },
];

/// One document of a set.
#[derive(Deserialize)]
struct Document {
    /// The document's id in the set.
    id: String,
    /// The article.
    text: String,
    /// The human reference summary.
    summary: String,
    /// ISO 639-1 code of the document's language.
    lang: String,
}

/// Scores and costs of one system over a set, summed over its documents.
#[derive(Default)]
struct SystemTotals {
    /// Sum of ROUGE-1 F1.
    rouge1: f64,
    /// Sum of ROUGE-2 F1.
    rouge2: f64,
    /// Sum of ROUGE-Lsum F1.
    rouge_lsum: f64,
    /// Sum of the summaries' whitespace-separated words.
    words: usize,
    /// Time spent choosing the sentences.
    elapsed: Duration,
}

impl SystemTotals {
    /// Adds one document's summary, its scores and the time it took.
    fn add(&mut self, summary: &str, scores: RougeScores, elapsed: Duration) {
        self.rouge1 += scores.rouge1;
        self.rouge2 += scores.rouge2;
        self.rouge_lsum += scores.rouge_lsum;
        self.words += summary.split_whitespace().count();
        self.elapsed += elapsed;
    }

    /// The Markdown table row of these totals averaged over `documents`.
    fn row(&self, system: &str, documents: usize) -> String {
        let n = documents as f64;
        format!(
            "| {system} | {:.2} | {:.2} | {:.2} | {:.1} | {:.3} |",
            100.0 * self.rouge1 / n,
            100.0 * self.rouge2 / n,
            100.0 * self.rouge_lsum / n,
            self.words as f64 / n,
            self.elapsed.as_secs_f64() * 1000.0 / n,
        )
    }
}

/// The summary ROUGE is given: the sentences one a line (line breaks inside a sentence
/// become spaces, so that ROUGE-Lsum sees each chosen sentence as one).
fn one_sentence_a_line<'a>(sentences: impl Iterator<Item = &'a str>) -> String {
    sentences.map(|sentence| sentence.replace('\n', " ")).collect::<Vec<_>>().join("\n")
}

/// The tokenizer for a language: rouge-score's English one, Unicode words otherwise.
fn tokenizer_for(lang: &str) -> Tokenizer {
    if lang == "en" {
        Tokenizer::EnglishPorter
    } else {
        Tokenizer::UnicodeWords
    }
}

/// Runs precis and LEAD-k on every document of `set` and returns its Markdown section.
fn evaluate(set: &EvalSet, documents: &[Document]) -> String {
    let mut precis_totals = SystemTotals::default();
    let mut lead_totals = SystemTotals::default();
    let mut sentence_total = 0;
    for document in documents {
        let k = match set.length {
            SummaryLength::Fixed(k) => k,
            SummaryLength::LikeReference => precis::split_sentences(&document.summary).unwrap().len().max(1),
        };
        sentence_total += k;
        let tokenizer = tokenizer_for(&document.lang);
        // ROUGE-Lsum compares newline-separated sentences: a reference written as one
        // line (OrangeSum, BBC) is split into its sentences first, as the published
        // reference figures did with NLTK Punkt.
        let reference = if document.summary.contains('\n') {
            document.summary.clone()
        } else {
            one_sentence_a_line(precis::split_sentences(&document.summary).unwrap().iter().map(|s| s.text))
        };

        let start = Instant::now();
        let summary = precis::summarize(&document.text, &precis::SummaryOptions::sentences(k))
            .unwrap_or_else(|e| panic!("{} {}: summarize failed: {e}", set.name, document.id));
        let elapsed = start.elapsed();
        let candidate = one_sentence_a_line(summary.sentences.iter().map(|s| s.sentence.text));
        precis_totals.add(&candidate, rouge::score(&reference, &candidate, tokenizer), elapsed);

        let start = Instant::now();
        let lead = precis::split_sentences(&document.text).unwrap();
        let elapsed = start.elapsed();
        let candidate = one_sentence_a_line(lead.iter().take(k).map(|s| s.text));
        lead_totals.add(&candidate, rouge::score(&reference, &candidate, tokenizer), elapsed);
    }
    let n = documents.len();
    let (length, lead_name) = match set.length {
        SummaryLength::Fixed(k) => (format!("k = {k}"), format!("LEAD-{k}")),
        SummaryLength::LikeReference => (
            format!("k = sentences in the reference, mean {:.1}", sentence_total as f64 / n as f64),
            "LEAD-k".to_string(),
        ),
    };
    [
        format!("## {} ({n} documents, {length})", set.name),
        String::new(),
        "| system | R-1 | R-2 | R-Lsum | words | ms/doc |".to_string(),
        "|---|---:|---:|---:|---:|---:|".to_string(),
        precis_totals.row("precis", n),
        lead_totals.row(&lead_name, n),
    ]
    .join("\n")
}

/// The documents of a set's `data.jsonl`.
fn read_documents(path: &Path) -> Vec<Document> {
    let contents = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    contents
        .lines()
        .filter(|line| !line.trim().is_empty())
        .enumerate()
        .map(|(i, line)| {
            serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{} record {}: not a document: {e}", path.display(), i + 1))
        })
        .collect()
}

/// The trimmed standard output of a command, if it ran and succeeded.
fn command_output(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    (output.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
}

/// One line naming the machine (architecture, CPU model) and the date.
fn machine_header() -> String {
    let architecture = command_output("uname", &["-m"]).unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split_once(':'))
                .map(|(_, model)| model.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string());
    let date = command_output("date", &["-u", "+%Y-%m-%d %H:%M UTC"]).unwrap_or_else(|| "unknown date".to_string());
    format!("precis quality benchmark: {architecture}, {cpu}, {date}")
}

fn main() -> ExitCode {
    // `cargo bench` passes `--bench`; any other argument names a set to run alone.
    let requested: Vec<String> = std::env::args().skip(1).filter(|arg| !arg.starts_with("--")).collect();
    if let Some(unknown) = requested.iter().find(|name| !EVAL_SETS.iter().any(|set| set.name == name.as_str())) {
        let names: Vec<&str> = EVAL_SETS.iter().map(|set| set.name).collect();
        eprintln!("unknown evaluation set {unknown:?}: the sets are {}", names.join(", "));
        return ExitCode::from(2);
    }
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let data_dir = manifest_dir.join("../shared/eval-data");
    if !data_dir.is_dir() {
        println!("eval data not found at ../shared/eval-data: quality benchmark not run");
        return ExitCode::SUCCESS;
    }

    let header = machine_header();
    println!("{header}\n");
    let mut report = vec![header];
    for set in EVAL_SETS.iter().filter(|set| requested.is_empty() || requested.iter().any(|name| name == set.name)) {
        let path = data_dir.join(set.name).join("data.jsonl");
        let section = if path.is_file() {
            evaluate(set, &read_documents(&path))
        } else {
            format!("## {}\n\nnot found at ../shared/eval-data/{}/data.jsonl: skipped", set.name, set.name)
        };
        println!("{section}\n");
        report.push(section);
    }

    let report_path = manifest_dir.join("target/bench-quality.md");
    if let Err(e) = std::fs::write(&report_path, report.join("\n\n") + "\n") {
        eprintln!("cannot write {}: {e}", report_path.display());
        return ExitCode::FAILURE;
    }
    println!("written to target/bench-quality.md");
    ExitCode::SUCCESS
}
