//! Summary quality benchmark: ROUGE-1/2/Lsum F1 of précis and of LEAD-k (the first k
//! sentences of the same splitter) on the summarization sets of `../shared/eval-data`
//! (see its README; never copied into this repository), scored as Google's
//! rouge-score 0.1.2 does, with each record's `lang` choosing the tokenizer.
//!
//! `npm run bench:quality` (or `cargo bench --bench quality [-- SET...]`) reports every
//! set in two fixed halves (documents at even and at odd positions of its file) and
//! pooled, précis against LEAD-k document by document (the mean paired difference ± its
//! standard error, `benches/support/halves.rs`), with the words per summary of both and
//! the figures the data's README publishes for the same documents. Transcript sets also
//! get ROUGE-1 without speaker tokens (the labels opening summary lines, the references'
//! "#Person1#" placeholders), which reward opening turns rather than content. A run of every set
//! rewrites BENCHMARKS.md's `bench:quality` block; every run writes
//! `target/bench-quality.md`.
//!
//! Judging a change to précis, run to run:
//!
//! 1. before the change, `cargo bench --bench quality -- --save-baseline` (or
//!    `PRECIS_SAVE_BASELINE=1 npm run bench:quality`) saves précis's per-document
//!    scores of the sets run to `target/bench-quality-baseline.json` (sets not run keep
//!    their saved scores);
//! 2. after it, every run that finds that file adds, per set, précis now against the
//!    saved précis (paired, in halves) and one verdict line per half: `better` or
//!    `worse` when the difference is more than two standard errors from zero,
//!    `within noise` otherwise, `identical` when no document changed. A change is kept
//!    when it is better in both halves of more than one kind of text and worse in none
//!    (BENCHMARKS.md, "How figures are kept honest"). These comparisons go to the
//!    console and `target/bench-quality.md`, never into BENCHMARKS.md.

#[path = "support/doc_block.rs"]
mod doc_block;
#[path = "support/halves.rs"]
mod halves;
#[path = "support/rouge.rs"]
mod rouge;
#[path = "support/sumy.rs"]
mod sumy;
#[path = "support/venv.rs"]
mod venv;

use halves::{Paired, Saved};
use rouge::{RougeScores, Tokenizer};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

/// The evaluation data, beside the checkout.
const DATA_DIR: &str = "../shared/eval-data";
/// Where the per-document scores of `--save-baseline` go.
const BASELINE: &str = "target/bench-quality-baseline.json";
/// Where every run's report goes.
const REPORT: &str = "target/bench-quality.md";

/// How many sentences the summaries of a set have.
#[derive(Clone, Copy)]
enum SummaryLength {
    /// The same number for every document.
    Fixed(usize),
    /// As many as the document's reference has, counted by `precis::split_sentences`
    /// (the BBC and QMSum references keep all their sentences on one line).
    LikeReference,
}

/// An evaluation set: one JSONL file of `eval-data`.
struct EvalSet {
    /// The command-line name of the set (and its name in the data's README).
    name: &'static str,
    /// The file, relative to `eval-data`.
    file: &'static str,
    /// What kind of text it is.
    kind: &'static str,
    /// How long the summaries are (the README's usual lengths).
    length: SummaryLength,
    /// Whether its texts are transcripts, one `Speaker: utterance` a line: their
    /// figures are also given without speaker tokens.
    speakers: bool,
}

/// The sets, in the order they run.
const EVAL_SETS: [EvalSet; 8] = [
    EvalSet {
        name: "cnndm_dev",
        file: "cnndm_dev/data.jsonl",
        kind: "news, en",
        length: SummaryLength::Fixed(3),
        speakers: false,
    },
    EvalSet {
        name: "orangesum_dev",
        file: "orangesum_dev/data.jsonl",
        kind: "news, fr",
        length: SummaryLength::Fixed(1),
        speakers: false,
    },
    EvalSet {
        name: "bbc_news_summary",
        file: "bbc_news_summary/data.jsonl",
        kind: "news, en, machine-made references",
        length: SummaryLength::LikeReference,
        speakers: false,
    },
    EvalSet {
        name: "gumsum_dev",
        file: "gumsum_dev/data.jsonl",
        kind: "running text in 14 genres, en",
        length: SummaryLength::Fixed(1),
        speakers: false,
    },
    EvalSet {
        name: "qmsum",
        file: "genres/qmsum.jsonl",
        kind: "meeting transcripts, en",
        length: SummaryLength::LikeReference,
        speakers: true,
    },
    EvalSet {
        name: "dialogsum",
        file: "genres/dialogsum.jsonl",
        kind: "spoken dialogues, en",
        length: SummaryLength::Fixed(3),
        speakers: true,
    },
    EvalSet {
        name: "scitldr_a",
        file: "genres/scitldr_a.jsonl",
        kind: "scientific abstracts, en",
        length: SummaryLength::Fixed(1),
        speakers: false,
    },
    EvalSet {
        name: "klexikon",
        file: "genres/klexikon.jsonl",
        kind: "encyclopedia articles, de",
        length: SummaryLength::LikeReference,
        speakers: false,
    },
];

/// One document of a set. Other names a summarization file may give the fields are
/// accepted too.
#[derive(Deserialize)]
struct Document {
    /// The document's id in the set (a string or a number; its line when absent).
    #[serde(default)]
    id: Option<serde_json::Value>,
    /// The text to summarize.
    #[serde(alias = "document", alias = "article")]
    text: String,
    /// The human reference summary, sentences separated by `\n` where the source has them.
    #[serde(alias = "reference", alias = "highlights")]
    summary: String,
    /// ISO 639-1 code of the document's language.
    #[serde(alias = "language")]
    lang: String,
    /// The kind of text, where the set has several (GUM).
    #[serde(default)]
    genre: Option<String>,
}

/// One system's per-document figures over a set, in file order.
#[derive(Default)]
struct Scores {
    /// ROUGE-1 F1, 0 to 1.
    rouge1: Vec<f64>,
    /// ROUGE-2 F1.
    rouge2: Vec<f64>,
    /// ROUGE-Lsum F1.
    rouge_lsum: Vec<f64>,
    /// Whitespace-separated words of the summary.
    words: Vec<f64>,
    /// ROUGE-1 F1 without speaker tokens, on transcript sets (empty on the others).
    rouge1_without_speakers: Vec<f64>,
    /// Time spent choosing the sentences, over the whole set.
    elapsed: Duration,
}

impl Scores {
    /// Adds one document's summary, its scores and the time it took.
    fn add(&mut self, summary: &str, scores: RougeScores, elapsed: Duration) {
        self.rouge1.push(scores.rouge1);
        self.rouge2.push(scores.rouge2);
        self.rouge_lsum.push(scores.rouge_lsum);
        self.words.push(summary.split_whitespace().count() as f64);
        self.elapsed += elapsed;
    }

    /// The three ROUGE scores with their names in the tables and in the saved file.
    fn rouge(&self) -> [(&'static str, &'static str, &[f64]); 3] {
        [("R-1", "rouge1", &self.rouge1), ("R-2", "rouge2", &self.rouge2), ("R-Lsum", "rougeLsum", &self.rouge_lsum)]
    }

    /// Every saved figure: the ROUGE scores, the words and, on transcripts, ROUGE-1
    /// without speaker tokens.
    fn saved_metrics(&self) -> Vec<(&'static str, &'static str, &[f64])> {
        let [r1, r2, lsum] = self.rouge();
        let mut metrics = vec![r1, r2, lsum, ("words", "words", &self.words)];
        if !self.rouge1_without_speakers.is_empty() {
            metrics.push(("R-1 without speakers", "rouge1_without_speakers", &self.rouge1_without_speakers));
        }
        metrics
    }

    /// Pooled means of and R-Lsum, x100: `41.11 / 19.73 / 37.50`.
    fn pooled_rouge(&self) -> String {
        let means: Vec<String> = self.rouge().iter().map(|(_, _, s)| format!("{:.2}", 100.0 * mean(s))).collect();
        means.join(" / ")
    }
}

/// The mean of `values` (NaN when empty).
fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

/// précis and LEAD-k over one set.
struct SetRun<'a> {
    /// The set.
    set: &'a EvalSet,
    /// The documents' ids, in file order.
    ids: Vec<String>,
    /// The documents' genres, in file order.
    genres: Vec<Option<String>>,
    /// Summary sentences asked for, over all documents.
    sentences: usize,
    /// précis's figures.
    precis: Scores,
    /// LEAD-k's figures.
    lead: Scores,
    /// sumy's methods' figures, on précis's sentences (empty when sumy could not run).
    peers: Vec<(&'static str, Scores)>,
    /// Why sumy did not run, or on how many documents a method failed.
    peer_note: Option<String>,
}

impl SetRun<'_> {
    /// `LEAD-3`, or `LEAD-k` when k follows the reference.
    fn lead_name(&self) -> String {
        match self.set.length {
            SummaryLength::Fixed(k) => format!("LEAD-{k}"),
            SummaryLength::LikeReference => "LEAD-k".to_string(),
        }
    }

    /// `k = 3`, or the mean k when it follows the reference.
    fn length(&self) -> String {
        match self.set.length {
            SummaryLength::Fixed(k) => format!("k = {k}"),
            SummaryLength::LikeReference => {
                format!("k = sentences in the reference, mean {:.1}", self.sentences as f64 / self.ids.len() as f64)
            }
        }
    }

    /// The sumy method with the highest pooled ROUGE-1, if sumy ran.
    fn best_peer(&self) -> Option<&(&'static str, Scores)> {
        self.peers.iter().max_by(|a, b| mean(&a.1.rouge1).total_cmp(&mean(&b.1.rouge1)))
    }

    /// Milliseconds a document précis took.
    fn precis_ms(&self) -> f64 {
        self.precis.elapsed.as_secs_f64() * 1000.0 / self.ids.len() as f64
    }
}

/// The summary ROUGE is given: the sentences one a line (line breaks inside a sentence
/// become spaces, so that ROUGE-Lsum sees each chosen sentence as one).
fn one_sentence_a_line<'a>(sentences: impl Iterator<Item = &'a str>) -> String {
    sentences.map(|sentence| sentence.replace('\n', " ")).collect::<Vec<_>>().join("\n")
}

/// `sentences` of `text` (in document order) as the page and the command line write a
/// summary (`withSpeakers` in `js/summary-types.mjs`): in a transcript (three lines or
/// more open with a `Speaker:` label), a sentence that does not open its line gets the
/// line's label, unless the sentence before it in the summary is on the same line.
fn as_written(text: &str, sentences: &[precis::Sentence<'_>]) -> String {
    let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let transcript = text.lines().filter(|line| label_end(line.trim_start()).is_some()).count() >= 3;
    let lines = sentences.iter().enumerate().map(|(i, s)| {
        let start = line_start(s.start);
        let before = text[start..s.start].trim_start();
        let same_line = i > 0 && line_start(sentences[i - 1].start) == start;
        match label_end(before) {
            Some(end) if transcript && start < s.start && !same_line => format!("{} {}", before[..end].trim(), s.text),
            _ => s.text.to_string(),
        }
    });
    one_sentence_a_line(lines.collect::<Vec<_>>().iter().map(String::as_str))
}

/// Where the speaker label that opens `line` ends (after its colon), as the page's
/// `SPEAKER_LABEL` finds one: a letter, digit or `#`, then at most 40 letters, digits,
/// spaces or `.'’#-`, a colon and whitespace.
fn label_end(line: &str) -> Option<usize> {
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    if !(first.is_alphanumeric() || first == '#') {
        return None;
    }
    for (count, (at, c)) in chars.enumerate() {
        match c {
            ':' => return line[at + 1..].starts_with(char::is_whitespace).then_some(at + 1),
            c if count < 40 && (c.is_alphanumeric() || matches!(c, ' ' | '.' | '\'' | '’' | '#' | '-')) => {}
            _ => return None,
        }
    }
    None
}

/// `summary` (one sentence a line) without the speaker label that opens a line ("Grad
/// A: ", "Person1: "): a transcript's summary earns no ROUGE for whose turn it quotes.
fn without_labels(summary: &str) -> String {
    let lines = summary.lines().map(|line| label_end(line).map_or(line, |end| line[end..].trim_start()));
    lines.collect::<Vec<_>>().join("\n")
}

/// `reference` without the placeholders that stand for speakers ("#Person1#").
fn without_placeholders(reference: &str) -> String {
    let mut out = String::with_capacity(reference.len());
    let mut rest = reference;
    while let Some(open) = rest.find('#') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('#') {
            Some(close) if close > 0 && after[..close].chars().all(char::is_alphanumeric) => rest = &after[close + 1..],
            _ => {
                out.push('#');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The tokenizer for a language: rouge-score's English one, Unicode words otherwise.
fn tokenizer_for(lang: &str) -> Tokenizer {
    if lang == "en" {
        Tokenizer::EnglishPorter
    } else {
        Tokenizer::UnicodeWords
    }
}

/// Adds the summary made of `chosen` (sentences of `text`, in document order) to
/// `scores`, scored against `reference`, and on transcripts without speaker tokens too.
fn add_summary(scores: &mut Scores, document: &Scored, chosen: &[precis::Sentence<'_>], elapsed: Duration) {
    let candidate = as_written(document.text, chosen);
    scores.add(&candidate, rouge::score(&document.reference, &candidate, document.tokenizer), elapsed);
    if document.speakers {
        let reference = without_placeholders(&document.reference);
        let scores_without = rouge::score(&reference, &without_labels(&candidate), document.tokenizer);
        scores.rouge1_without_speakers.push(scores_without.rouge1);
    }
}

/// What scoring a summary of one document needs.
struct Scored<'a> {
    /// The document's text.
    text: &'a str,
    /// Its reference, one sentence a line.
    reference: String,
    /// How ROUGE tokenizes its language.
    tokenizer: Tokenizer,
    /// Whether it is a transcript.
    speakers: bool,
}

/// Runs précis, LEAD-k and sumy's methods on every document of `set`.
fn run_set<'a>(set: &'a EvalSet, documents: &[Document]) -> SetRun<'a> {
    let mut run = SetRun {
        set,
        ids: Vec::new(),
        genres: Vec::new(),
        sentences: 0,
        precis: Scores::default(),
        lead: Scores::default(),
        peers: Vec::new(),
        peer_note: None,
    };
    let mut split = Vec::new();
    for (line, document) in documents.iter().enumerate() {
        let id = match &document.id {
            Some(serde_json::Value::String(id)) => id.clone(),
            Some(id) => id.to_string(),
            None => format!("line {}", line + 1),
        };
        let k = match set.length {
            SummaryLength::Fixed(k) => k,
            SummaryLength::LikeReference => precis::split_sentences(&document.summary).unwrap().len().max(1),
        };
        run.sentences += k;
        // ROUGE-Lsum compares newline-separated sentences: a reference written as one
        // line (OrangeSum, BBC, the genre sets but Klexikon) is split into its sentences
        // first, as the published reference figures did with NLTK Punkt.
        let reference = if document.summary.contains('\n') {
            document.summary.clone()
        } else {
            one_sentence_a_line(precis::split_sentences(&document.summary).unwrap().iter().map(|s| s.text))
        };
        let scored = Scored {
            text: &document.text,
            reference,
            tokenizer: tokenizer_for(&document.lang),
            speakers: set.speakers,
        };

        let start = Instant::now();
        let summary = precis::summarize(&document.text, &precis::SummaryOptions::sentences(k))
            .unwrap_or_else(|e| panic!("{} {id}: summarize failed: {e}", set.name));
        let elapsed = start.elapsed();
        let chosen: Vec<precis::Sentence> = summary.sentences.iter().map(|s| s.sentence).collect();
        add_summary(&mut run.precis, &scored, &chosen, elapsed);

        let start = Instant::now();
        let sentences = precis::split_sentences(&document.text).unwrap();
        add_summary(&mut run.lead, &scored, &sentences[..k.min(sentences.len())], start.elapsed());

        run.ids.push(id);
        run.genres.push(document.genre.clone());
        split.push((scored, sentences, k));
    }
    run_sumy(&mut run, documents, &split);
    run
}

/// Adds sumy's methods to `run`: each chooses `k` of précis's sentences of each document.
fn run_sumy(run: &mut SetRun, documents: &[Document], split: &[(Scored, Vec<precis::Sentence>, usize)]) {
    let inputs: Vec<sumy::Input> = split
        .iter()
        .zip(documents)
        .zip(&run.ids)
        .map(|(((_, sentences, k), document), id)| sumy::Input {
            id,
            lang: &document.lang,
            k: *k,
            sentences: sentences.iter().map(|s| s.text).collect(),
        })
        .collect();
    let picks = match sumy::picks(run.set.name, &inputs) {
        Ok(picks) => picks,
        Err(message) => {
            run.peer_note = Some(format!("sumy did not run: {message}."));
            return;
        }
    };
    let mut failures = Vec::new();
    for (method, name) in sumy::METHODS {
        let mut scores = Scores::default();
        let mut failed = 0;
        for ((scored, sentences, _), picks) in split.iter().zip(&picks) {
            let indices = picks.methods.get(method).map(Vec::as_slice).unwrap_or_default();
            failed += usize::from(indices.is_empty());
            let chosen: Vec<precis::Sentence> = indices.iter().filter_map(|&i| sentences.get(i).copied()).collect();
            add_summary(&mut scores, scored, &chosen, Duration::ZERO);
        }
        if failed > 0 {
            failures.push(format!("{name} on {failed}"));
        }
        run.peers.push((name, scores));
    }
    if !failures.is_empty() {
        run.peer_note = Some(format!("Documents where a sumy method failed (scored 0): {}.", failures.join(", ")));
    }
}

/// `+`, `−` or `=`: the difference is more than two standard errors above zero, below
/// it, or within.
fn verdict_sign(part: &Paired) -> char {
    match part.verdict() {
        "better" => '+',
        "worse" => '−',
        _ => '=',
    }
}

/// `better`, `worse`, `within noise`, or `identical` when every document scored the same.
fn verdict_word(part: &Paired) -> &'static str {
    if part.diff == 0.0 && part.se == 0.0 {
        "identical"
    } else {
        part.verdict()
    }
}

/// The table of `system` against `baseline` in halves and pooled: the three ROUGE
/// scores (`halves::table`) and a row of words per summary.
fn paired_table(baseline_name: &str, system: &Scores, baseline: &Scores) -> String {
    let mut metrics: Vec<(&str, &[f64], &[f64])> =
        system.rouge().iter().zip(baseline.rouge()).map(|((name, _, s), (_, _, b))| (*name, *s, b)).collect();
    let (speakerless, baseline_speakerless) = (&system.rouge1_without_speakers, &baseline.rouge1_without_speakers);
    if !speakerless.is_empty() && !baseline_speakerless.is_empty() {
        metrics.push(("R-1 without speakers", speakerless, baseline_speakerless));
    }
    let words = halves::paired(&system.words, &baseline.words)
        .map(|p| format!("{:.1} ({:+.1} ± {:.1})", p.mean, p.diff, p.se))
        .join(" | ");
    format!("{}\n| words per summary | {words} |", halves::table(baseline_name, &metrics, 100.0))
}

/// `+−=`: précis against `baseline` on and R-Lsum in `half` (see [`verdict_sign`]).
fn verdicts(precis: &Scores, baseline: &Scores, half: usize) -> String {
    let pairs = precis.rouge().into_iter().zip(baseline.rouge());
    pairs.map(|((_, _, s), (_, _, b))| verdict_sign(&halves::paired(s, b)[half])).collect()
}

/// One row of the overview table.
fn overview_row(run: &SetRun) -> String {
    let k = match run.set.length {
        SummaryLength::Fixed(k) => k.to_string(),
        SummaryLength::LikeReference => format!("ref. ({:.1})", run.sentences as f64 / run.ids.len() as f64),
    };
    let (best, against_best) = match run.best_peer() {
        Some((name, scores)) => (
            format!("{} {}", name.trim_start_matches("sumy "), scores.pooled_rouge()),
            format!("{} / {}", verdicts(&run.precis, scores, 0), verdicts(&run.precis, scores, 1)),
        ),
        None => ("not run".to_string(), String::new()),
    };
    format!(
        "| {} | {} | {} | {k} | {} | {} | {} / {} | {best} | {against_best} | {:.0} / {:.0} | {:.2} |",
        run.set.name,
        run.set.kind,
        run.ids.len(),
        run.precis.pooled_rouge(),
        run.lead.pooled_rouge(),
        verdicts(&run.precis, &run.lead, 0),
        verdicts(&run.precis, &run.lead, 1),
        mean(&run.precis.words),
        mean(&run.lead.words),
        run.precis_ms(),
    )
}

/// The table of every set's pooled figures, with the legend.
fn overview(runs: &[SetRun]) -> String {
    let mut lines = vec![
        "| set | text | docs | k | précis R-1 / R-2 / R-Lsum | LEAD-k R-1 / R-2 / R-Lsum | vs LEAD, half A / B | \
         best sumy R-1 / R-2 / R-Lsum | vs best sumy, half A / B | words précis / LEAD | précis ms/doc |"
            .to_string(),
        "|---|---|---:|---|---:|---:|:---:|---|:---:|---:|---:|".to_string(),
    ];
    lines.extend(runs.iter().map(overview_row));
    lines.push(String::new());
    lines.push(
        "ROUGE F1 x100, pooled. \"vs LEAD, half A / B\": précis - LEAD-k on R-1, R-2 and R-Lsum in half A (documents \
         at even positions) and half B (odd): `+` more than two standard errors above zero, `−` below, `=` within. \
         \"best sumy\": of sumy 0.11's Luhn, LSA, LexRank and TextRank choosing among the same sentences, the one \
         with the highest pooled R-1, and précis against it the same way. Per set below: each half's mean of précis \
         with the paired difference against LEAD-k ± its standard error."
            .to_string(),
    );
    lines.join("\n")
}

/// The figures the data's README publishes for `set` (its reference table:
/// `| set, length | LEAD-k | sumy Luhn | ... |`): the summary length, and
/// `system R-1 / R-2 / R-Lsum` items.
fn published(readme: &str, set: &str) -> Option<(String, Vec<String>)> {
    let mut table = readme.lines().skip_while(|l| !l.starts_with("| set, length |")).take_while(|l| l.starts_with('|'));
    let cells =
        |line: &str| -> Vec<String> { line.trim_matches('|').split('|').map(|c| c.trim().to_string()).collect() };
    let header = cells(table.next()?);
    let row = table.map(cells).find(|row| row[0].split(',').next() == Some(set))?;
    let length = row[0].split_once(", ").map_or("", |(_, length)| length).to_string();
    let figures = header.iter().zip(&row).skip(1).filter(|(_, figure)| !figure.is_empty());
    Some((length, figures.map(|(system, figure)| format!("{system} {figure}")).collect()))
}

/// `41.42 / 40.27 / 40.84`: three scores x100.
fn three(scores: [f64; 3]) -> String {
    scores.map(|score| format!("{:.2}", 100.0 * score)).join(" / ")
}

/// One set's section: the halves table against LEAD-k, LEAD-k's own figures and the
/// published ones.
fn set_section(run: &SetRun, readme: Option<&str>) -> String {
    let lead = run.lead_name();
    let [lead_r1, lead_r2, lead_lsum] = run.lead.rouge().map(|(_, _, s)| halves::means(s));
    let mut lines = vec![
        format!("### {}: {} ({} documents, {})", run.set.name, run.set.kind, run.ids.len(), run.length()),
        String::new(),
        paired_table(&lead, &run.precis, &run.lead),
        String::new(),
        format!(
            "{lead} itself, A / B / pooled: R-1 {}, R-2 {}, R-Lsum {}; {:.1} words.",
            three(lead_r1),
            three(lead_r2),
            three(lead_lsum),
            mean(&run.lead.words)
        ),
    ];
    if run.set.speakers {
        lines.push(String::new());
        lines.push(
            "R-1 without speakers: the labels that open the summaries' lines (\"Grad A:\") and the references' \
             placeholders for speakers (\"#Person1#\") left out of both sides, so that a summary scores for what it \
             says, not for how many turns it opens."
                .to_string(),
        );
    }
    lines.extend(peer_tables(run));
    if let Some((length, peers)) = readme.and_then(|readme| published(readme, run.set.name)) {
        lines.push(String::new());
        lines.push(format!(
            "Published on these documents, not computed here (`{DATA_DIR}/README.md`, {length}; R-1 / R-2 / \
             R-Lsum, rouge-score 0.1.2, sentences split by NLTK Punkt): {}.",
            peers.join("; ")
        ));
    }
    if let Some(genres) = genre_table(run) {
        lines.push(String::new());
        lines.push(genres);
    }
    lines.join("\n")
}

/// sumy's methods against LEAD-k, and précis against the best of them; or why they
/// are missing.
fn peer_tables(run: &SetRun) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some((best_name, best)) = run.best_peer() {
        let names: Vec<Vec<String>> = run
            .peers
            .iter()
            .map(|(name, scores)| scores.rouge().iter().map(|(metric, _, _)| format!("{name} {metric}")).collect())
            .collect();
        let mut metrics: Vec<(&str, &[f64], &[f64])> = Vec::new();
        for ((_, scores), names) in run.peers.iter().zip(&names) {
            for ((_, _, s), ((_, _, b), name)) in
                scores.rouge().into_iter().zip(run.lead.rouge().into_iter().zip(names))
            {
                metrics.push((name, s, b));
            }
        }
        lines.push(String::new());
        lines.push(
            "sumy 0.11 choosing as many of the same sentences (`benches/peers/sumy_summaries.py`: default settings, \
             Snowball stemmer and stop words of the language), against LEAD-k:"
                .to_string(),
        );
        lines.push(String::new());
        lines.push(halves::table(&run.lead_name(), &metrics, 100.0));
        lines.push(String::new());
        lines.push(format!("précis against the best of them by pooled R-1, {best_name}:"));
        lines.push(String::new());
        lines.push(paired_table(best_name, &run.precis, best));
    }
    if let Some(note) = &run.peer_note {
        lines.push(String::new());
        lines.push(note.clone());
    }
    lines
}

/// Pooled figures of each genre, when the set has several.
fn genre_table(run: &SetRun) -> Option<String> {
    let mut genres: Vec<&str> = run.genres.iter().flatten().map(String::as_str).collect();
    genres.sort_unstable();
    genres.dedup();
    if genres.len() < 2 {
        return None;
    }
    let mut lines = vec![
        format!(
            "Per genre (pooled; too few documents each for halves): précis vs {}, R-1 / R-2 / R-Lsum",
            run.lead_name()
        ),
        String::new(),
        "| genre | docs | précis | LEAD | précis - LEAD, R-1 |".to_string(),
        "|---|---:|---:|---:|---:|".to_string(),
    ];
    for genre in genres {
        let keep: Vec<usize> = (0..run.ids.len()).filter(|&i| run.genres[i].as_deref() == Some(genre)).collect();
        let pick = |scores: &Scores| -> [f64; 3] {
            scores.rouge().map(|(_, _, s)| 100.0 * keep.iter().map(|&i| s[i]).sum::<f64>() / keep.len() as f64)
        };
        let (p, l) = (pick(&run.precis), pick(&run.lead));
        lines.push(format!(
            "| {genre} | {} | {:.2} / {:.2} / {:.2} | {:.2} / {:.2} / {:.2} | {:+.2} |",
            keep.len(),
            p[0],
            p[1],
            p[2],
            l[0],
            l[1],
            l[2],
            p[0] - l[0]
        ));
    }
    Some(lines.join("\n"))
}

/// précis now against the précis whose scores were saved, for one set; `None` when the
/// saved scores do not cover its documents.
fn comparison_section(run: &SetRun, saved: &Saved) -> Option<String> {
    let title = format!("### {}: précis now against the saved précis ({BASELINE})", run.set.name);
    let load = |key: &str| halves::saved_scores(saved, &format!("{}/{key}", run.set.name), &run.ids);
    let (rouge1, rouge2, rouge_lsum, words) = (load("rouge1")?, load("rouge2")?, load("rougeLsum")?, load("words")?);
    let rouge1_without_speakers = load("rouge1_without_speakers").unwrap_or_default();
    let before = Scores { rouge1, rouge2, rouge_lsum, words, rouge1_without_speakers, elapsed: Duration::ZERO };
    let now = &run.precis;
    let mut lines = vec![title, String::new(), paired_table("saved précis", now, &before), String::new()];
    for (half, name) in halves::PARTS.iter().enumerate() {
        let verdicts: Vec<String> = now
            .saved_metrics()
            .iter()
            .zip(before.saved_metrics())
            .map(|((metric, _, now), (_, _, then))| {
                format!("{metric} {}", verdict_word(&halves::paired(now, then)[half]))
            })
            .collect();
        lines.push(format!("- {name}: {}", verdicts.join(", ")));
    }
    Some(lines.join("\n"))
}

/// Every set's comparison with the saved scores, and one line naming the sets they
/// do not cover.
fn comparisons(runs: &[SetRun], saved: &Saved) -> Vec<String> {
    let mut sections = Vec::new();
    let mut uncovered = Vec::new();
    for run in runs {
        match comparison_section(run, saved) {
            Some(section) => sections.push(section),
            None => uncovered.push(run.set.name),
        }
    }
    if !uncovered.is_empty() {
        sections.push(format!(
            "Not in the saved scores of {BASELINE} (`-- --save-baseline` adds them): {}.",
            uncovered.join(", ")
        ));
    }
    sections
}

/// `saved` with the scores of précis on the sets of `runs` put in (or replaced).
fn with_scores_of(saved: Option<Saved>, runs: &[SetRun]) -> Saved {
    let mut saved = saved.unwrap_or_default();
    for run in runs {
        for (_, key, scores) in run.precis.saved_metrics() {
            let per_document = run.ids.iter().cloned().zip(scores.iter().copied()).collect();
            saved.insert(format!("{}/{key}", run.set.name), per_document);
        }
    }
    saved
}

/// The documents of a set's JSONL file.
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

/// One line naming the machine (architecture, CPU model, cores) and the date.
fn machine_header() -> String {
    let architecture = command_output("uname", &["-m"]).unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = info
        .lines()
        .find(|line| line.starts_with("model name"))
        .and_then(|line| line.split_once(':'))
        .map_or_else(|| "unknown CPU".to_string(), |(_, model)| model.trim().to_string());
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let date = command_output("date", &["-u", "+%Y-%m-%d %H:%M UTC"]).unwrap_or_else(|| "unknown date".to_string());
    format!("précis quality benchmark: {architecture}, {cpu}, {cores} cores, {date}")
}

/// What the command line asks for.
struct Request {
    /// The sets to run (every set when empty).
    sets: Vec<String>,
    /// Whether to save précis's per-document scores afterwards.
    save_baseline: bool,
}

/// Reads the command line (`cargo bench` passes `--bench`; any other argument not
/// starting with `--` names a set) and `PRECIS_SAVE_BASELINE`.
fn request() -> Result<Request, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sets: Vec<String> = args.iter().filter(|arg| !arg.starts_with("--")).cloned().collect();
    if let Some(unknown) = sets.iter().find(|name| !EVAL_SETS.iter().any(|set| set.name == name.as_str())) {
        let names: Vec<&str> = EVAL_SETS.iter().map(|set| set.name).collect();
        return Err(format!("unknown evaluation set {unknown:?}: the sets are {}", names.join(", ")));
    }
    let from_env = std::env::var("PRECIS_SAVE_BASELINE").is_ok_and(|value| !value.is_empty() && value != "0");
    Ok(Request { sets, save_baseline: from_env || args.iter().any(|arg| arg == "--save-baseline") })
}

fn main() -> ExitCode {
    let request = match request() {
        Ok(request) => request,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let data_dir = manifest_dir.join(DATA_DIR);
    if !data_dir.is_dir() {
        println!("eval data not found at {DATA_DIR}: quality benchmark not run");
        return ExitCode::SUCCESS;
    }
    let started = Instant::now();
    let header = machine_header();
    let mut runs = Vec::new();
    let mut missing = Vec::new();
    for set in EVAL_SETS.iter().filter(|set| request.sets.is_empty() || request.sets.iter().any(|n| n == set.name)) {
        let path = data_dir.join(set.file);
        if path.is_file() {
            let set_started = Instant::now();
            runs.push(run_set(set, &read_documents(&path)));
            eprintln!("{}: {:.1} s", set.name, set_started.elapsed().as_secs_f64());
        } else {
            missing.push(format!("{}: not found at {DATA_DIR}/{}, skipped.", set.name, set.file));
        }
    }
    let readme = std::fs::read_to_string(data_dir.join("README.md")).ok();
    let mut sections = vec![header, overview(&runs)];
    sections.extend(missing);
    sections.extend(runs.iter().map(|run| set_section(run, readme.as_deref())));
    let document = sections.join("\n\n");

    let baseline_path = manifest_dir.join(BASELINE);
    let saved = halves::load(&baseline_path);
    let compared = saved.as_ref().map(|saved| comparisons(&runs, saved)).unwrap_or_default();
    let report = [document.clone()].into_iter().chain(compared).collect::<Vec<_>>().join("\n\n");
    println!("{report}\n");
    if let Err(e) = std::fs::write(manifest_dir.join(REPORT), report + "\n") {
        eprintln!("cannot write {REPORT}: {e}");
        return ExitCode::FAILURE;
    }
    println!("written to {REPORT} in {:.1} s", started.elapsed().as_secs_f64());
    if request.sets.is_empty() {
        doc_block::update("bench:quality", &document);
    }
    if request.save_baseline {
        halves::save(&baseline_path, &with_scores_of(saved, &runs));
        println!("précis's per-document scores saved to {BASELINE}");
    }
    ExitCode::SUCCESS
}
