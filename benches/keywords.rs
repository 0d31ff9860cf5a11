//! Keyword benchmark: `npm run bench:keywords` (`cargo bench --bench keywords`).
//!
//! **Human keyphrases.** Every set of `../shared/eval-data/keyphrases/` (English news
//! `500N-KPCrowd`, French news `WikiNews`, Portuguese TV news `110-PT-BN-KP`, `Inspec`
//! abstracts, `SemEval2017` science paragraphs, `SemEval2010` papers; never copied into
//! this repository): each system's ten keyphrases per document, best first, are written
//! to `target/bench-keywords/SET.SYSTEM.jsonl` and scored by the data's own scorer,
//! `python3 ../shared/tools/keyphrase_score.py --k 5,10 --per-doc --json ...` (stemmed
//! exact match, F1@5 and F1@10 per document). Inspec is scored twice: against `keys`
//! (controlled + uncontrolled, the field of the data README's table of figures) and
//! against `keys_uncontrolled` (the usual convention in papers). Each set is reported in
//! its two fixed halves (documents at even / odd positions of the file) and pooled, every
//! system paired document by document with the baseline, with the standard error of the
//! mean difference (`support/halves.rs`). Systems:
//! - `précis`: `extract_keywords_with`, the record's language (detected when précis has
//!   no tables for it), 10 keywords, the default options: key names ranked among the
//!   phrases;
//! - `word frequency` (the baseline): the 10 most frequent words that are neither stop
//!   words nor words of précis's entities;
//! - `précis, phrases only`: the same with `names: false` (what `summarize` lists
//!   beside its entities);
//! - `YAKE 0.7.3` (n=3, top 10, the record's language): `pip install`ed once into
//!   `target/yake-venv` (`benches/peers/yake-requirements.txt`) and run over every set in
//!   one Python process (`benches/peers/yake_keywords.py`); skipped with a message when
//!   the install fails;
//! - `pke SingleRank 1.8.1`, the graph-based peer (noun-phrase candidates from spaCy's
//!   tagger, window 10, top 10): installed once into `target/pke-venv`
//!   (`benches/peers/pke-requirements.txt`, then `pke-tool` without its dependencies) and
//!   run on the English sets but SemEval2010, whose papers take it 3 to 25 s each
//!   (`benches/peers/pke_keywords.py`, which says how NLTK's stop words are replaced);
//!   `n/a` elsewhere.
//!
//! `PRECIS_REUSE_PEERS=1` reuses the peers' predictions of the last run when they exist.
//!
//! The peers' figures published in `../shared/eval-data/README.md` are printed apart,
//! as published. A diagnosis follows: the share of single-word phrases among précis's
//! keywords, YAKE's and the gold keys.
//!
//! **Run to run.** `cargo bench --bench keywords -- --save-baseline` (or
//! `PRECIS_SAVE_BASELINE=1 npm run bench:keywords`) saves précis's per-document F1@5 and
//! F1@10 to `target/bench-keywords-baseline.json`; while that file exists, every run also
//! prints précis now against the saved run, paired, per half, with a verdict per part
//! (better / worse: more than two standard errors; else within noise). That comparison is
//! printed only, not written to BENCHMARKS.md.
//!
//! **Keywords about the summary** (a proxy kept from before the keyphrase sets): how many
//! of the ten keywords of each news article (`../shared/eval-data/cnndm_dev` in English,
//! `orangesum_dev` in French) are about what its human-written summary says, i.e. every
//! word of the keyword (stemmed) occurs in the reference summary, next to the same
//! measure for the word-frequency list.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

#[path = "support/doc_block.rs"]
mod doc_block;
#[path = "support/halves.rs"]
mod halves;
#[path = "support/venv.rs"]
mod venv;

const SUMMARY_SETS: [(&str, Algorithm, precis::Language); 2] = [
    ("cnndm_dev", Algorithm::English, precis::Language::English),
    ("orangesum_dev", Algorithm::French, precis::Language::French),
];

const KEYPHRASE_DIR: &str = "../shared/eval-data/keyphrases";
const SCORER: &str = "../shared/tools/keyphrase_score.py";
const DATA_README: &str = "../shared/eval-data/README.md";
const OUT: &str = "target/bench-keywords";
const BASELINE_FILE: &str = "target/bench-keywords-baseline.json";

/// A keyphrase extractor in Python, installed once into its own venv under target/ and
/// run over the sets in one process.
struct Peer {
    /// The file tag of its predictions.
    tag: &'static str,
    /// Its venv.
    venv: &'static str,
    /// The `pip install` arguments, one install after the other.
    installs: &'static [&'static [&'static str]],
    /// The script that writes its predictions: `SCRIPT OUT_DIR NAME=GOLD...`.
    script: &'static str,
    /// The sets it runs on (`None`: all of them).
    sets: Option<&'static [&'static str]>,
}

const YAKE: Peer = Peer {
    tag: "yake",
    venv: "target/yake-venv",
    installs: &[&["-r", "benches/peers/yake-requirements.txt"]],
    script: "benches/peers/yake_keywords.py",
    sets: None,
};

const SINGLERANK: Peer = Peer {
    tag: "singlerank",
    venv: "target/pke-venv",
    installs: &[&["-r", "benches/peers/pke-requirements.txt"], &["--no-deps", "pke-tool==1.8.1"]],
    script: "benches/peers/pke_keywords.py",
    sets: Some(&["500N-KPCrowd", "Inspec", "SemEval2017"]),
};

/// The peers, in the order they run.
const PEERS: [Peer; 2] = [YAKE, SINGLERANK];
/// Keyphrases listed per document.
const LISTED: usize = 10;

/// (file `SET_dev.jsonl`, gold field, label in the tables).
const KEYPHRASE_SETS: [(&str, &str, &str); 7] = [
    ("500N-KPCrowd", "keys", "500N-KPCrowd (en news)"),
    ("WikiNews", "keys", "WikiNews (fr news)"),
    ("110-PT-BN-KP", "keys", "110-PT-BN-KP (pt TV news)"),
    ("Inspec", "keys", "Inspec (en abstracts)"),
    ("Inspec", "keys_uncontrolled", "Inspec, uncontrolled keys"),
    ("SemEval2017", "keys", "SemEval2017 (en science)"),
    ("SemEval2010", "keys", "SemEval2010 (en papers)"),
];

/// (file tag, name in the tables); the baseline is `frequency`.
const SYSTEMS: [(&str, &str); 5] = [
    ("precis", "précis"),
    ("phrases", "précis, phrases only"),
    ("yake", "YAKE 0.7.3"),
    ("singlerank", "pke SingleRank 1.8.1"),
    ("frequency", "word frequency"),
];

fn main() {
    let save = std::env::args().any(|a| a == "--save-baseline")
        || std::env::var("PRECIS_SAVE_BASELINE").is_ok_and(|v| v == "1");
    let mut report = String::new();
    if let Some(keyphrases) = keyphrase_report(save) {
        report.push_str(&keyphrases);
    }
    if let Some(proxy) = summary_proxy_report() {
        report.push_str(
            "Keywords about the summary (a proxy: every stemmed word of the keyword is in the human summary):\n\n",
        );
        report.push_str(&proxy);
    }
    print!("{report}");
    doc_block::update("bench:keywords", &report);
}

// ---- keyphrase sets -------------------------------------------------------------------

/// One document of a keyphrase set.
struct Record {
    id: String,
    lang: String,
    text: String,
    keys: Vec<String>,
}

/// Per-document F1@5 and F1@10 (0..=1, file order) of one system on one set.
struct Scores {
    f5: Vec<f64>,
    f10: Vec<f64>,
}

/// The keyphrase tables, or `None` when the data is absent.
fn keyphrase_report(save: bool) -> Option<String> {
    if !Path::new(KEYPHRASE_DIR).is_dir() {
        println!(
            "keyphrases: NOT RUN: {KEYPHRASE_DIR} is absent (it lives beside the checkout, never in this repository)"
        );
        return None;
    }
    fs::create_dir_all(OUT).expect("target/bench-keywords");
    let mut files: Vec<&str> = KEYPHRASE_SETS.iter().map(|s| s.0).collect();
    files.dedup();
    let mut records: HashMap<&str, Vec<Record>> = HashMap::new();
    for file in &files {
        let set = read_records(&gold_path(file));
        write_predictions(file, &set);
        records.insert(file, set);
    }
    let mut failed: Vec<&str> = Vec::new();
    for peer in &PEERS {
        if let Err(why) = run_peer(peer, &files) {
            println!("{}: NOT RUN: {why}", peer.tag);
            failed.push(peer.tag);
        }
    }
    let yake = !failed.contains(&YAKE.tag);
    let mut scores: Vec<HashMap<&str, Scores>> = Vec::new();
    for (file, field, _) in KEYPHRASE_SETS {
        let ran = |tag: &str| match PEERS.iter().find(|peer| peer.tag == tag) {
            Some(peer) => !failed.contains(&tag) && peer.sets.is_none_or(|sets| sets.contains(&file)),
            None => true,
        };
        let systems = SYSTEMS.iter().filter(|(tag, _)| ran(tag));
        scores.push(systems.map(|(tag, _)| (*tag, score(file, field, tag))).collect());
    }
    let mut report = pooled_table(&scores);
    for ((file, _, label), set_scores) in KEYPHRASE_SETS.iter().zip(&scores) {
        report.push_str(&halves_table(label, &records[file], set_scores));
    }
    report.push_str(&names_table(&scores));
    report.push_str(&published_table());
    report.push_str(&diagnosis(&files, &records, yake));
    compare_with_saved(&records, &scores, save);
    Some(report)
}

fn gold_path(file: &str) -> String {
    format!("{KEYPHRASE_DIR}/{file}_dev.jsonl")
}

fn prediction_path(file: &str, tag: &str) -> String {
    format!("{OUT}/{file}.{tag}.jsonl")
}

fn read_records(path: &str) -> Vec<Record> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let strings = |value: &serde_json::Value| -> Vec<String> {
        value.as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()).unwrap_or_default()
    };
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let record: serde_json::Value = serde_json::from_str(line).expect("JSON lines");
            Record {
                id: record["id"].as_str().expect("an id").to_string(),
                lang: record["lang"].as_str().unwrap_or_default().to_string(),
                text: record["text"].as_str().unwrap_or_default().to_string(),
                keys: strings(&record["keys"]),
            }
        })
        .collect()
}

/// Writes the predictions of précis, précis's phrases only and word frequency for `set`.
fn write_predictions(file: &str, set: &[Record]) {
    let mut lines: [String; 3] = Default::default();
    for record in set {
        let language = precis::Language::from_code(&record.lang).filter(|&l| l != precis::Language::Other);
        let keywords: Vec<String> = precis::extract_keywords_with(
            &record.text,
            &precis::KeywordOptions { language, limit: LISTED, ..Default::default() },
        )
        .unwrap()
        .into_iter()
        .map(|k| k.text)
        .collect();
        let phrases_only = precis::KeywordOptions { language, limit: LISTED, names: false, ..Default::default() };
        let phrases: Vec<String> =
            precis::extract_keywords_with(&record.text, &phrases_only).unwrap().into_iter().map(|k| k.text).collect();
        let language = language.unwrap_or_else(|| precis::detect_language(&record.text));
        let lists = [phrases, most_frequent_words(&record.text, language, LISTED), keywords];
        for (out, list) in lines.iter_mut().zip(lists) {
            let line = serde_json::json!({ "id": record.id, "keyphrases": list });
            writeln!(out, "{line}").unwrap();
        }
    }
    for (tag, text) in ["phrases", "frequency", "precis"].into_iter().zip(lines) {
        fs::write(prediction_path(file, tag), text).expect("predictions written");
    }
}

/// `peer` over its sets in one Python process, in a venv under target/ made once; with
/// `PRECIS_REUSE_PEERS` set, the predictions of the last run when they exist.
fn run_peer(peer: &Peer, files: &[&str]) -> Result<(), String> {
    let files: Vec<&str> = files.iter().copied().filter(|f| peer.sets.is_none_or(|sets| sets.contains(f))).collect();
    let saved = |f: &&str| Path::new(&prediction_path(f, peer.tag)).is_file();
    if std::env::var_os("PRECIS_REUSE_PEERS").is_some() && files.iter().all(saved) {
        eprintln!("[bench:keywords] PRECIS_REUSE_PEERS: {}'s predictions of the last run are reused", peer.tag);
        return Ok(());
    }
    let python = venv::python(peer.venv, peer.installs, "bench:keywords")?;
    let sets = files.iter().map(|f| format!("{f}={}", gold_path(f)));
    let run = Command::new(&python)
        .arg(peer.script)
        .arg(OUT)
        .args(sets)
        .output()
        .map_err(|e| format!("cannot run {python}: {e}"))?;
    if !run.status.success() {
        return Err(String::from_utf8_lossy(&run.stderr).trim().lines().last().unwrap_or("failed").to_string());
    }
    Ok(())
}

/// Scores the predictions of `tag` on `file` with the reference scorer.
fn score(file: &str, field: &str, tag: &str) -> Scores {
    let json = format!("{OUT}/{file}.{field}.{tag}.score.json");
    let output = Command::new("python3")
        .args([SCORER, "--data", &gold_path(file), "--pred", &prediction_path(file, tag), "--gold-field", field])
        .args(["--k", "5,10", "--per-doc", "--json", &json])
        .output()
        .expect("python3 runs the scorer");
    assert!(output.status.success(), "{SCORER} failed: {}", String::from_utf8_lossy(&output.stderr));
    let (mut f5, mut f10) = (Vec::new(), Vec::new());
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let value = |key: &str| line.split(' ').find_map(|t| t.strip_prefix(key)).and_then(|v| v.parse::<f64>().ok());
        if let (Some(a), Some(b)) = (value("F@5="), value("F@10=")) {
            f5.push(a);
            f10.push(b);
        }
    }
    // The per-document lines have three decimals; their mean must be the scorer's own.
    let figures: serde_json::Value = serde_json::from_str(&fs::read_to_string(&json).expect("scores")).unwrap();
    for (scores, key) in [(&f5, "F@5"), (&f10, "F@10")] {
        let mean = 100.0 * scores.iter().sum::<f64>() / scores.len().max(1) as f64;
        let exact = figures[key].as_f64().unwrap_or(f64::NAN);
        assert!((mean - exact).abs() < 0.05, "{file} {tag} {key}: per-document mean {mean} vs scorer {exact}");
    }
    Scores { f5, f10 }
}

/// Pooled F1@5 / F1@10 of every system on every set (the halves follow).
fn pooled_table(scores: &[HashMap<&str, Scores>]) -> String {
    let mut out = String::from("Human keyphrases (`../shared/eval-data/keyphrases`, dev halves), F1@5 / F1@10 x100, pooled; computed by this command:\n\n| system |");
    let mut rule = String::from("|---|");
    for (_, _, label) in KEYPHRASE_SETS {
        write!(out, " {label} |").unwrap();
        rule.push_str("---:|");
    }
    writeln!(out, "\n{rule}").unwrap();
    for (tag, name) in SYSTEMS {
        if scores.iter().all(|set| !set.contains_key(tag)) {
            continue;
        }
        write!(out, "| {name} |").unwrap();
        for set in scores {
            match set.get(tag) {
                Some(s) => {
                    write!(out, " {:.1} / {:.1} |", 100.0 * halves::means(&s.f5)[2], 100.0 * halves::means(&s.f10)[2])
                }
                None => write!(out, " n/a |"),
            }
            .unwrap();
        }
        out.push('\n');
    }
    out.push('\n');
    out
}

/// One set's halves: every system's F1@5 and F1@10 with its paired difference against
/// word frequency, then word frequency's own means.
fn halves_table(label: &str, set: &[Record], scores: &HashMap<&str, Scores>) -> String {
    let baseline = &scores["frequency"];
    let mut metrics: Vec<(String, &[f64], &[f64])> = Vec::new();
    for (tag, name) in SYSTEMS.iter().filter(|(tag, _)| *tag != "frequency" && scores.contains_key(tag)) {
        metrics.push((format!("{name} F1@5"), &scores[tag].f5, &baseline.f5));
        metrics.push((format!("{name} F1@10"), &scores[tag].f10, &baseline.f10));
    }
    let metrics: Vec<(&str, &[f64], &[f64])> = metrics.iter().map(|(n, s, b)| (n.as_str(), *s, *b)).collect();
    let mut out = format!("**{label}**, {} documents:\n\n", set.len());
    out.push_str(&halves::table("word frequency", &metrics, 100.0));
    for (k, values) in [("F1@5", &baseline.f5), ("F1@10", &baseline.f10)] {
        let [a, b, pooled] = halves::means(values).map(|m| 100.0 * m);
        write!(out, "\n| word frequency {k} (the baseline) | {a:.2} | {b:.2} | {pooled:.2} |").unwrap();
    }
    out.push_str("\n\n");
    out
}

/// précis against its phrases alone, paired: what the entity names add.
fn names_table(scores: &[HashMap<&str, Scores>]) -> String {
    let mut metrics: Vec<(String, &[f64], &[f64])> = Vec::new();
    for ((_, _, label), set) in KEYPHRASE_SETS.iter().zip(scores) {
        metrics.push((format!("{label} F1@5"), &set["precis"].f5, &set["phrases"].f5));
        metrics.push((format!("{label} F1@10"), &set["precis"].f10, &set["phrases"].f10));
    }
    let metrics: Vec<(&str, &[f64], &[f64])> = metrics.iter().map(|(n, s, b)| (n.as_str(), *s, *b)).collect();
    let mut out = String::from("What the names add: précis against its phrases only, paired:\n\n");
    out.push_str(&halves::table("précis, phrases only", &metrics, 100.0).replacen("| metric (", "| précis (", 1));
    out.push_str("\n\n");
    out
}

/// The peers' figures of the data README, quoted as published.
fn published_table() -> String {
    let Ok(text) = fs::read_to_string(DATA_README) else {
        return String::new();
    };
    let lines: Vec<&str> = text.lines().collect();
    let Some(start) = lines.iter().position(|l| l.starts_with("Reference figures on these dev halves")) else {
        return String::new();
    };
    let table: Vec<&str> =
        lines[start..].iter().skip_while(|l| !l.starts_with('|')).take_while(|l| l.starts_with('|')).copied().collect();
    let mut out = String::from(
        "Published on the same dev halves (`../shared/eval-data/README.md`: peers with default settings, ten phrases each; F1@5 / F1@10, pooled; quoted, not computed by this command):\n\n",
    );
    for line in table {
        writeln!(out, "{line}").unwrap();
    }
    if let Some(note) = lines.iter().position(|l| l.starts_with("Inspec with `keys_uncontrolled`")) {
        let note: Vec<&str> = lines[note..].iter().take_while(|l| !l.trim().is_empty()).copied().collect();
        write!(out, "\n{}\n", note.join(" ")).unwrap();
    }
    out.push('\n');
    out
}

/// The phrases of a predictions file, in file order.
fn read_predictions(path: &str) -> Vec<Vec<String>> {
    let Ok(text) = fs::read_to_string(path) else {
        return Vec::new();
    };
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).expect("JSON lines");
            value["keyphrases"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .collect()
}

/// Counts over phrases: (all, of one word, English ones, English ones ending in -ing / -ed).
#[derive(Default, Clone, Copy)]
struct Shape {
    phrases: usize,
    single: usize,
    english: usize,
    ing_ed: usize,
}

impl Shape {
    fn add(&mut self, phrase: &str, english: bool) {
        let words: Vec<String> =
            phrase.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        let Some(last) = words.last() else { return };
        self.phrases += 1;
        self.single += usize::from(words.len() == 1);
        if english {
            self.english += 1;
            self.ing_ed += usize::from(last.len() > 5 && (last.ends_with("ing") || last.ends_with("ed")));
        }
    }

    fn merge(&mut self, other: Shape) {
        self.phrases += other.phrases;
        self.single += other.single;
        self.english += other.english;
        self.ing_ed += other.ing_ed;
    }

    fn single_share(&self) -> String {
        format!("{:.0}%", 100.0 * self.single as f64 / self.phrases.max(1) as f64)
    }

    fn ing_ed_share(&self) -> String {
        if self.english == 0 {
            return "—".to_string();
        }
        format!("{:.0}%", 100.0 * self.ing_ed as f64 / self.english as f64)
    }
}

/// The share of single-word phrases among précis's keywords, YAKE's and the gold keys,
/// and (English) of phrases whose last word ends in -ing / -ed.
fn diagnosis(files: &[&str], records: &HashMap<&str, Vec<Record>>, yake: bool) -> String {
    let mut out = String::from(
        "Shape of the phrases (all listed phrases; gold: every gold key, Inspec's `keys`): single words, and in English the phrases whose last word ends in -ing or -ed (longer than 5 letters: a rough sign of verbs and participles, nouns like `learning` included):\n\n",
    );
    out.push_str("| set | précis: one word | YAKE: one word | gold: one word | précis: -ing/-ed | gold: -ing/-ed |\n");
    out.push_str("|---|---:|---:|---:|---:|---:|\n");
    let mut total = [Shape::default(); 3];
    for file in files {
        let set = &records[file];
        let english = |i: usize| set.get(i).is_some_and(|r| r.lang == "en");
        let mut shapes = [Shape::default(); 3];
        for (i, list) in read_predictions(&prediction_path(file, "precis")).iter().enumerate() {
            list.iter().for_each(|p| shapes[0].add(p, english(i)));
        }
        if yake {
            for (i, list) in read_predictions(&prediction_path(file, "yake")).iter().enumerate() {
                list.iter().for_each(|p| shapes[1].add(p, english(i)));
            }
        }
        for (i, record) in set.iter().enumerate() {
            record.keys.iter().for_each(|p| shapes[2].add(p, english(i)));
        }
        for (sum, shape) in total.iter_mut().zip(shapes) {
            sum.merge(shape);
        }
        out.push_str(&shape_row(file, &shapes));
    }
    out.push_str(&shape_row("all sets", &total));
    out.push('\n');
    out
}

fn shape_row(label: &str, [precis, yake, gold]: &[Shape; 3]) -> String {
    let yake = if yake.phrases == 0 { "—".to_string() } else { yake.single_share() };
    format!(
        "| {label} | {} | {yake} | {} | {} | {} |\n",
        precis.single_share(),
        gold.single_share(),
        precis.ing_ed_share(),
        gold.ing_ed_share()
    )
}

/// Prints précis now against the run saved in [`BASELINE_FILE`] (if any), then saves
/// this run there when `save`.
fn compare_with_saved(records: &HashMap<&str, Vec<Record>>, scores: &[HashMap<&str, Scores>], save: bool) {
    let path = Path::new(BASELINE_FILE);
    let metric = |file: &str, field: &str, k: &str| format!("{file}/{field} {k}");
    if let Some(saved) = halves::load(path) {
        println!("précis now vs the run saved in {BASELINE_FILE} (difference ± SE; verdict per part: A, B, pooled):\n");
        println!(
            "| set, metric | {} | {} | {} | verdict |\n|---|---:|---:|---:|---|",
            halves::PARTS[0],
            halves::PARTS[1],
            halves::PARTS[2]
        );
        for ((file, field, label), set_scores) in KEYPHRASE_SETS.iter().zip(scores) {
            let ids: Vec<String> = records[file].iter().map(|r| r.id.clone()).collect();
            let now = &set_scores["precis"];
            for (k, values) in [("F1@5", &now.f5), ("F1@10", &now.f10)] {
                let Some(before) = halves::saved_scores(&saved, &metric(file, field, k), &ids) else {
                    println!("| {label} {k} | not in the saved run | | | |");
                    continue;
                };
                let parts = halves::paired(values, &before);
                let cells: Vec<String> = parts.iter().map(|p| p.cell(100.0)).collect();
                let verdicts: Vec<&str> = parts.iter().map(halves::Paired::verdict).collect();
                println!("| {label} {k} | {} | {} |", cells.join(" | "), verdicts.join(", "));
            }
        }
        println!();
    }
    if save {
        let mut saved = halves::Saved::new();
        for ((file, field, _), set_scores) in KEYPHRASE_SETS.iter().zip(scores) {
            let now = &set_scores["precis"];
            for (k, values) in [("F1@5", &now.f5), ("F1@10", &now.f10)] {
                let by_id = records[file].iter().map(|r| r.id.clone()).zip(values.iter().copied()).collect();
                saved.insert(metric(file, field, k), by_id);
            }
        }
        halves::save(path, &saved);
        println!("précis's per-document F1@5 and F1@10 saved to {BASELINE_FILE}\n");
    }
}

// ---- keywords about the summary ---------------------------------------------------------

/// The proxy table on CNN/DM and OrangeSum, or `None` when the data is absent.
fn summary_proxy_report() -> Option<String> {
    let mut report = String::new();
    writeln!(report, "| set | documents | precis keywords about the summary | keywords/doc | most frequent words about the summary |").unwrap();
    writeln!(report, "|---|---:|---:|---:|---:|").unwrap();
    for (name, algorithm, language) in SUMMARY_SETS {
        let path = format!("../shared/eval-data/{name}/data.jsonl");
        if !Path::new(&path).is_file() {
            println!("{name}: NOT RUN: {path} is absent (it lives beside the checkout, never in this repository)");
            return None;
        }
        report.push_str(&summary_proxy_row(name, &path, algorithm, language));
    }
    Some(report)
}

fn summary_proxy_row(name: &str, path: &str, algorithm: Algorithm, language: precis::Language) -> String {
    let stemmer = Stemmer::create(algorithm);
    let stems = |text: &str| -> Vec<String> {
        text.unicode_words().map(|w| stemmer.stem(&w.to_lowercase()).into_owned()).collect()
    };
    let (mut documents, mut hits, mut listed, mut baseline_hits, mut baseline_listed) = (0, 0, 0, 0, 0);
    for line in fs::read_to_string(path).expect("readable data").lines().filter(|l| !l.trim().is_empty()) {
        let record: serde_json::Value = serde_json::from_str(line).expect("JSON lines");
        let text = record["text"].as_str().unwrap_or_default();
        let reference: HashSet<String> = stems(record["summary"].as_str().unwrap_or_default()).into_iter().collect();
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
    format!(
        "| {name} | {documents} | {:.1}% | {:.1} | {:.1}% |\n",
        share(hits, listed),
        listed as f64 / documents.max(1) as f64,
        share(baseline_hits, baseline_listed)
    )
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
    let keyword_options = precis::KeywordOptions { language: Some(language), ..Default::default() };
    // Whether précis keeps the word alone as a keyword (i.e. it is no function word).
    let mut content: HashMap<String, bool> = HashMap::new();
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for word in text.unicode_words().filter(|w| w.chars().any(char::is_alphabetic)) {
        let lower = word.to_lowercase();
        if lower.chars().count() < 2 || entity_words.contains(&lower) {
            continue;
        }
        let keep = *content
            .entry(lower.clone())
            .or_insert_with(|| !precis::extract_keywords_with(&lower, &keyword_options).unwrap().is_empty());
        if !keep {
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
