//! Key-entity benchmark: `npm run bench:entities` (`cargo bench --bench entities`).
//!
//! Runs `precis::extract_entities` over two sets of `../shared/eval-data/ner/` (never
//! copied into this repository): the 107 GUM documents of `gum_entities_dev.jsonl`
//! (running English in 15 genres, gold salience) and the 216 Reuters documents of
//! `conllpp_dev.jsonl` (CoNLL++ dev: news with all-caps headlines, datelines and sports
//! tables). It writes the ranked lists to `target/entity-lists.jsonl` (GUM) and
//! `target/entity-lists-conllpp.jsonl` (and every entity with its kind, score and
//! mentions to `target/entity-details*.jsonl`), scores them with
//! `../shared/tools/entity_score.py` (all entities; on GUM also the key-entity setting
//! `--min-salience 1 --top 10`) and prints Markdown tables next to the published peer
//! figures of `../shared/eval-data/README.md`.
//!
//! Halves and paired differences (BENCHMARKS.md, "How figures are kept honest"): every
//! figure is also given for half A (documents at even positions of the file), half B
//! (odd) and pooled, with the difference against a baseline computed here on the same
//! documents and scored by the same scorer: **capitalised word runs ranked by
//! frequency** ([`capitalised_runs`]). The scorer prints only pooled figures, so the
//! per-document counts come from its own `score_doc` function, called document by
//! document by a few lines of Python ([`DRIVER`]); their sums are checked against the
//! scorer's pooled output. Every figure is a ratio of per-document sums (micro P / R /
//! F1, P@10 and nDCG@10 averaged over the documents that have them, kind accuracy), so
//! its standard error is the delete-one jackknife over documents, which for a mean of
//! per-document scores is exactly the paired standard error of `support/halves.rs`
//! (checked at every run).
//!
//! Run to run: `cargo bench --bench entities -- --save-baseline` (or
//! `PRECIS_SAVE_BASELINE=1 npm run bench:entities`) saves précis's per-document counts
//! to `target/bench-entities-baseline.json`; while that file exists, every later run
//! prints a table of précis now against the saved run, per set and half, paired, with a
//! verdict (better / worse / within noise at two standard errors). That comparison goes
//! to the terminal only, not to BENCHMARKS.md.
//!
//! To measure what one signal of the entity finder buys, compile it without:
//! `PRECIS_ABLATE=gazetteer npm run bench:entities` (names in `Signal`, `src/entities/mod.rs`).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "support/doc_block.rs"]
mod doc_block;
#[path = "support/halves.rs"]
mod halves;

use halves::{Paired, PARTS};

const README: &str = "../shared/eval-data/README.md";
const SCORER: &str = "../shared/tools/entity_score.py";
const SAVED: &str = "target/bench-entities-baseline.json";
const BASELINE: &str = "capitalised word runs";

/// One evaluation set.
struct Set {
    /// Short name, used in file names and saved scores.
    name: &'static str,
    /// Name in the tables.
    label: &'static str,
    data: &'static str,
    /// Whether the gold entities carry salience (the key-entity setting applies).
    key: bool,
}

const GUM: Set =
    Set { name: "gum", label: "GUM dev", data: "../shared/eval-data/ner/gum_entities_dev.jsonl", key: true };
const CONLL: Set = Set {
    name: "conllpp",
    label: "Reuters (CoNLL++ dev)",
    data: "../shared/eval-data/ner/conllpp_dev.jsonl",
    key: false,
};

/// Runs the scorer's own per-document function (`score_doc`) with the filtering of its
/// `main`, and prints one JSON line a document: `[id, tp, fp, fn, P@10, nDCG@10, listed]`.
const DRIVER: &str = r#"
import json, sys
scorer, data, lists, min_sal, top = sys.argv[1:6]
sys.path.insert(0, scorer.rsplit("/", 1)[0])
import entity_score as s
rows = [json.loads(l) for l in open(data, encoding="utf-8") if l.strip()]
for r in rows:
    r["entities"] = [e for e in r["entities"] if e["type"] in {"PER", "ORG", "LOC", "MISC"} and e.get("salience", 0) >= int(min_sal)]
got = {}
for l in open(lists, encoding="utf-8"):
    if l.strip():
        o = json.loads(l)
        got[str(o["id"])] = [e["text"] if isinstance(e, dict) else e for e in o["entities"]]
use_sal = any("salience" in e for r in rows for e in r["entities"])
for r in rows:
    out = got[str(r["id"])][: int(top)] if int(top) else got[str(r["id"])]
    print(json.dumps([r["id"], *s.score_doc(r["entities"], out, use_sal)]))
"#;

fn main() {
    if !Path::new(GUM.data).is_file() || !Path::new(CONLL.data).is_file() || !Path::new(SCORER).is_file() {
        println!(
            "Entity benchmark NOT RUN: the evaluation data ({}, {}) or the scorer ({SCORER}) is absent.",
            GUM.data, CONLL.data
        );
        println!("They live beside the checkout in ../shared and are never copied into this repository.");
        return;
    }
    let ablated = option_env!("PRECIS_ABLATE").unwrap_or("");
    let gum = evaluate(&GUM);
    let conll = evaluate(&CONLL);
    let mut report = gum_report(&gum, ablated);
    report.push('\n');
    report.push_str(&conll_report(&conll));
    print!("{report}");
    if ablated.is_empty() {
        doc_block::update("bench:entities", &report);
    }
    run_to_run(&[&gum, &conll]);
}

/// Scores of one document, from the scorer (`tp`, `fp`, `fn`...) and from the kind check.
#[derive(Clone, Copy, Default)]
struct Doc {
    /// All entities: matched, false positives, missed.
    all: [f64; 3],
    /// Key-entity setting: matched, false positives, missed.
    key: [f64; 3],
    /// Key-entity setting: P@10 and nDCG@10 (0 when the document has none), and whether it has them (0 or 1).
    p10: [f64; 2],
    ndcg: [f64; 2],
    /// Listed entities that match a gold entity, and of those, the ones of the gold kind.
    kind: [f64; 2],
}

/// The saved names of [`Doc`]'s fields, in the order of [`Doc::fields`].
const FIELDS: [&str; 12] = [
    "all.tp",
    "all.fp",
    "all.fn",
    "key.tp",
    "key.fp",
    "key.fn",
    "p10",
    "p10.n",
    "ndcg",
    "ndcg.n",
    "kind.n",
    "kind.right",
];

impl Doc {
    fn fields(&self) -> [f64; 12] {
        let (a, k, p, n, c) = (self.all, self.key, self.p10, self.ndcg, self.kind);
        [a[0], a[1], a[2], k[0], k[1], k[2], p[0], p[1], n[0], n[1], c[0], c[1]]
    }

    fn from_fields(f: [f64; 12]) -> Doc {
        Doc {
            all: [f[0], f[1], f[2]],
            key: [f[3], f[4], f[5]],
            p10: [f[6], f[7]],
            ndcg: [f[8], f[9]],
            kind: [f[10], f[11]],
        }
    }
}

/// A figure: a ratio of per-document sums, (numerator, denominator) of one document.
type Metric = (&'static str, fn(&Doc) -> (f64, f64));

const P: Metric = ("all: P", |d| (d.all[0], d.all[0] + d.all[1]));
const R: Metric = ("all: R", |d| (d.all[0], d.all[0] + d.all[2]));
const F1: Metric = ("all: F1", |d| (2.0 * d.all[0], 2.0 * d.all[0] + d.all[1] + d.all[2]));
const KEY_F1: Metric = ("key: F1", |d| (2.0 * d.key[0], 2.0 * d.key[0] + d.key[1] + d.key[2]));
const P10: Metric = ("key: P@10", |d| (d.p10[0], d.p10[1]));
const NDCG: Metric = ("key: nDCG@10", |d| (d.ndcg[0], d.ndcg[1]));
const KIND: Metric = ("kind accuracy", |d| (d.kind[1], d.kind[0]));

/// Everything measured on one set.
struct Eval {
    set: &'static Set,
    ids: Vec<String>,
    /// précis and the baseline, per document.
    precis: Vec<Doc>,
    baseline: Vec<Doc>,
    /// Pooled figures of the scorer's command line (all entities; key setting).
    cli: [Scores; 2],
    elapsed: Duration,
    /// Entities listed of each kind (person, place, organization, other).
    kinds: [usize; 4],
    /// Kind accuracy per gold kind (PER, LOC, ORG, MISC): [matched, right].
    kind_hits: [[usize; 2]; 4],
}

/// Extracts, writes and scores précis's lists and the baseline's on `set`.
fn evaluate(set: &'static Set) -> Eval {
    let data = fs::read_to_string(set.data).unwrap_or_else(|e| panic!("cannot read {}: {e}", set.data));
    let records: Vec<serde_json::Value> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: bad JSON: {e}", set.data)))
        .collect();
    let ids: Vec<String> = records.iter().map(|r| r["id"].as_str().unwrap_or_default().to_string()).collect();
    let run = extract_all(set, &records);
    let suffix = if set.name == "gum" { String::new() } else { format!("-{}", set.name) };
    let lists = format!("target/entity-lists{suffix}.jsonl");
    write_lists(&lists, &ids, &run.lists);
    let base_lists = format!("target/entity-lists-capruns-{}.jsonl", set.name);
    let base: Vec<Vec<String>> =
        records.iter().map(|r| capitalised_runs(r["text"].as_str().unwrap_or_default())).collect();
    write_lists(&base_lists, &ids, &base);
    let mut precis = score_docs(set, &lists);
    for (doc, kind) in precis.iter_mut().zip(&run.kind_docs) {
        doc.kind = *kind;
    }
    let baseline = score_docs(set, &base_lists);
    let cli = [score(set, &lists, false), if set.key { score(set, &lists, true) } else { Scores::default() }];
    check_against_cli(set, &precis, &cli);
    Eval { set, ids, precis, baseline, cli, elapsed: run.elapsed, kinds: run.kinds, kind_hits: run.kind_hits }
}

/// What one pass of précis over a set found.
struct Run {
    lists: Vec<Vec<String>>,
    elapsed: Duration,
    kinds: [usize; 4],
    kind_hits: [[usize; 2]; 4],
    /// Per document: [matched, right] of the kind check.
    kind_docs: Vec<[f64; 2]>,
}

/// Runs `extract_entities` on every record, and writes every entity in full to
/// `target/entity-details*.jsonl`.
fn extract_all(set: &Set, records: &[serde_json::Value]) -> Run {
    let mut run =
        Run { lists: vec![], elapsed: Duration::ZERO, kinds: [0; 4], kind_hits: [[0; 2]; 4], kind_docs: vec![] };
    let mut details = String::new();
    for record in records {
        let text = record["text"].as_str().unwrap_or_default();
        let started = Instant::now();
        let entities = precis::extract_entities(text).unwrap();
        run.elapsed += started.elapsed();
        let mut doc = [0.0; 2];
        for e in &entities {
            run.kinds[e.kind as usize] += 1;
            if let Some(gold) = gold_kind(&record["entities"], e) {
                run.kind_hits[gold as usize][0] += 1;
                run.kind_hits[gold as usize][1] += usize::from(gold == e.kind);
                doc[0] += 1.0;
                doc[1] += f64::from(u8::from(gold == e.kind));
            }
        }
        run.kind_docs.push(doc);
        run.lists.push(entities.iter().map(|e| e.text.clone()).collect());
        let full: Vec<serde_json::Value> = entities
            .iter()
            .map(|e| {
                serde_json::json!({
                    "text": e.text,
                    "kind": format!("{:?}", e.kind),
                    "score": e.score,
                    "mentions": e.mentions.iter().map(|m| [m.start, m.end]).collect::<Vec<_>>(),
                })
            })
            .collect();
        details.push_str(&serde_json::json!({ "id": record["id"], "entities": full }).to_string());
        details.push('\n');
    }
    let suffix = if set.name == "gum" { String::new() } else { format!("-{}", set.name) };
    let path = format!("target/entity-details{suffix}.jsonl");
    fs::create_dir_all("target").unwrap_or_else(|e| panic!("cannot create target/: {e}"));
    fs::write(&path, details).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    run
}

/// Writes ranked lists in the scorer's format, one document a line.
fn write_lists(path: &str, ids: &[String], lists: &[Vec<String>]) {
    let mut out = String::new();
    for (id, names) in ids.iter().zip(lists) {
        out.push_str(&serde_json::json!({ "id": id, "entities": names }).to_string());
        out.push('\n');
    }
    fs::create_dir_all("target").unwrap_or_else(|e| panic!("cannot create target/: {e}"));
    fs::write(path, out).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
}

/// The baseline, a peer of the eval data's README ("capitalised word sequences,
/// frequency-ranked"): maximal runs of words that begin with a capital letter (all-caps
/// words included), broken by any other word, punctuation mark or line break; a word's
/// final period is dropped and ends the run unless the word is an initial or a short
/// abbreviation ("J.", "U.S.", "Mr.", "Mrs."); a run of one word that opens a sentence
/// or line is dropped (it is capitalised by position, not as a name). Runs are ranked
/// by how often they occur, then by first occurrence.
fn capitalised_runs(text: &str) -> Vec<String> {
    let mut found: Vec<(String, usize)> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let (mut opens, mut at_start) = (false, true);
    let mut flush = |run: &mut Vec<&str>, opens: bool| {
        if !(run.is_empty() || opens && run.len() == 1) {
            let name = run.join(" ");
            match found.iter_mut().find(|(n, _)| *n == name) {
                Some(entry) => entry.1 += 1,
                None => found.push((name, 1)),
            }
        }
        run.clear();
    };
    for token in tokens(text) {
        let word = token.chars().next().is_some_and(char::is_alphanumeric);
        let stem = token.strip_suffix('.').unwrap_or(token);
        let abbreviation = stem.contains('.') || stem.chars().count() <= 3;
        let ends_sentence =
            token == "\n" || matches!(token, "." | "!" | "?") || (word && stem != token && !abbreviation);
        if word && token.chars().next().is_some_and(char::is_uppercase) {
            if run.is_empty() {
                opens = at_start;
            }
            run.push(if abbreviation { token } else { stem });
            if ends_sentence {
                flush(&mut run, opens);
            }
        } else {
            flush(&mut run, opens);
        }
        at_start = ends_sentence || (at_start && matches!(token, "\"" | "'" | "“" | "‘" | "(" | "-" | "—"));
    }
    flush(&mut run, opens);
    found.sort_by_key(|entry| std::cmp::Reverse(entry.1)); // stable: ties keep the order of first occurrence
    found.into_iter().map(|(name, _)| name).collect()
}

/// Words (a letter or digit, then letters, digits, `'`, `’`, `.`, `&`, `-`), line
/// breaks, and every other non-space character on its own.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
        let first = rest.chars().next()?;
        let len = if first.is_alphanumeric() {
            rest.find(|c: char| !(c.is_alphanumeric() || "'’.&-_".contains(c))).unwrap_or(rest.len())
        } else {
            first.len_utf8()
        };
        let (token, tail) = rest.split_at(len);
        rest = tail;
        Some(token)
    })
}

/// The kind of the gold entity (types PER, LOC, ORG, MISC) that `entity` or one of
/// its variants names, compared case-insensitively without a leading "the".
fn gold_kind(gold: &serde_json::Value, entity: &precis::Entity) -> Option<precis::EntityKind> {
    let norm = |s: &str| {
        let lower = s.trim().to_lowercase();
        lower.strip_prefix("the ").map(str::to_string).unwrap_or(lower)
    };
    let ours: Vec<String> = std::iter::once(&entity.text).chain(&entity.variants).map(|s| norm(s)).collect();
    gold.as_array()?.iter().find_map(|g| {
        let names = std::iter::once(&g["text"])
            .chain(g["aliases"].as_array().into_iter().flatten())
            .chain(g["mention_texts"].as_array().into_iter().flatten());
        let hit = names.filter_map(|n| n.as_str()).any(|n| ours.contains(&norm(n)));
        hit.then(|| match g["type"].as_str() {
            Some("PER") => precis::EntityKind::Person,
            Some("LOC") => precis::EntityKind::Place,
            Some("ORG") => precis::EntityKind::Organization,
            _ => precis::EntityKind::Other,
        })
    })
}

/// Per-document counts of the lists at `lists` on `set`, from the scorer's `score_doc`
/// (all entities; on GUM also the key setting).
fn score_docs(set: &Set, lists: &str) -> Vec<Doc> {
    let run = |min_sal: &str, top: &str| -> Vec<serde_json::Value> {
        let output = Command::new("python3")
            .args(["-c", DRIVER, SCORER, set.data, lists, min_sal, top])
            .output()
            .unwrap_or_else(|e| panic!("cannot run python3: {e}"));
        assert!(output.status.success(), "{SCORER} score_doc failed: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8_lossy(&output.stdout).lines().map(|l| serde_json::from_str(l).expect("driver JSON")).collect()
    };
    let num = |v: &serde_json::Value, i: usize| v[i].as_f64().unwrap_or(0.0);
    let mut docs: Vec<Doc> =
        run("0", "0").iter().map(|v| Doc { all: [num(v, 1), num(v, 2), num(v, 3)], ..Doc::default() }).collect();
    if set.key {
        for (doc, v) in docs.iter_mut().zip(run("1", "10")) {
            doc.key = [num(&v, 1), num(&v, 2), num(&v, 3)];
            doc.p10 = [num(&v, 4), f64::from(u8::from(!v[4].is_null()))];
            doc.ndcg = [num(&v, 5), f64::from(u8::from(!v[5].is_null()))];
        }
    }
    docs
}

/// The scorer's pooled figures (x100) from its command line.
#[derive(Clone, Copy, Default)]
struct Scores {
    p: f64,
    r: f64,
    f1: f64,
    p10: f64,
    ndcg10: f64,
    out: f64,
}

/// Runs the scorer on `lists` (in the key setting if `key`) and reads its JSON summary.
fn score(set: &Set, lists: &str, key: bool) -> Scores {
    let json = format!("target/entity-score-{}-{}.json", set.name, if key { "key" } else { "all" });
    let extra: &[&str] = if key { &["--min-salience", "1", "--top", "10"] } else { &[] };
    let output = Command::new("python3")
        .args([SCORER, "--data", set.data, "--lists", lists, "--json", &json])
        .args(extra)
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 {SCORER}: {e}"));
    assert!(output.status.success(), "{SCORER} failed: {}", String::from_utf8_lossy(&output.stderr));
    let text = fs::read_to_string(&json).unwrap_or_else(|e| panic!("cannot read {json}: {e}"));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{json}: bad JSON: {e}"));
    let get = |k: &str| v[k].as_f64().unwrap_or(f64::NAN);
    Scores {
        p: 100.0 * get("P"),
        r: 100.0 * get("R"),
        f1: 100.0 * get("F1"),
        p10: 100.0 * get("P10"),
        ndcg10: 100.0 * get("nDCG10"),
        out: get("out"),
    }
}

/// The per-document counts must give the scorer's own pooled figures, and the
/// jackknife error of a per-document mean must be `halves::paired`'s.
fn check_against_cli(set: &Set, docs: &[Doc], cli: &[Scores; 2]) {
    let mut pairs = vec![(F1, cli[0].f1), (P, cli[0].p), (R, cli[0].r)];
    if set.key {
        pairs.extend([(KEY_F1, cli[1].f1), (P10, cli[1].p10), (NDCG, cli[1].ndcg10)]);
        let defined: Vec<f64> = docs.iter().filter(|d| d.p10[1] > 0.0).map(|d| d.p10[0]).collect();
        let shared = halves::paired(&defined, &vec![0.0; defined.len()])[2].se;
        let zero: Vec<Doc> = docs.iter().map(|d| Doc { p10: [0.0, d.p10[1]], ..Doc::default() }).collect();
        let ours = jackknife(docs, &zero, P10.1, &|_| true).se;
        assert!((shared - ours).abs() < 1e-9, "{}: jackknife SE {ours} != paired SE {shared}", set.name);
    }
    for ((name, metric), want) in pairs {
        let got = 100.0 * ratio(docs.iter(), metric);
        assert!((got - want).abs() < 1e-6, "{}: {name} per document {got} != scorer {want}", set.name);
    }
}

/// The figure `metric` over `docs`: sum of numerators over sum of denominators.
fn ratio<'a>(docs: impl Iterator<Item = &'a Doc>, metric: fn(&Doc) -> (f64, f64)) -> f64 {
    let (num, den) = docs.map(metric).fold((0.0, 0.0), |s, (n, d)| (s.0 + n, s.1 + d));
    if den > 0.0 {
        num / den
    } else {
        f64::NAN
    }
}

/// `system` against `baseline` on the documents `keep` selects (by position): the
/// figure, the difference and its delete-one jackknife standard error over the
/// documents that count in the figure.
fn jackknife(system: &[Doc], baseline: &[Doc], metric: fn(&Doc) -> (f64, f64), keep: &dyn Fn(usize) -> bool) -> Paired {
    let docs: Vec<usize> = (0..system.len())
        .filter(|&i| keep(i) && (metric(&system[i]).1 > 0.0 || metric(&baseline[i]).1 > 0.0))
        .collect();
    let sums = |v: &[Doc]| docs.iter().map(|&i| metric(&v[i])).fold((0.0, 0.0), |s, (n, d)| (s.0 + n, s.1 + d));
    let (s, b) = (sums(system), sums(baseline));
    let mean = s.0 / s.1;
    let diff = mean - b.0 / b.1;
    let n = docs.len();
    let without: Vec<f64> = docs
        .iter()
        .map(|&i| {
            let (ms, mb) = (metric(&system[i]), metric(&baseline[i]));
            (s.0 - ms.0) / (s.1 - ms.1) - (b.0 - mb.0) / (b.1 - mb.1)
        })
        .collect();
    let centre = without.iter().sum::<f64>() / n as f64;
    let spread = without.iter().map(|d| (d - centre).powi(2)).sum::<f64>();
    let se = if n > 1 { ((n - 1) as f64 / n as f64 * spread).sqrt() } else { f64::NAN };
    Paired { n, mean, diff, se }
}

/// Half A, half B and pooled.
fn parts(system: &[Doc], baseline: &[Doc], metric: fn(&Doc) -> (f64, f64)) -> [Paired; 3] {
    [
        jackknife(system, baseline, metric, &|i| i % 2 == 0),
        jackknife(system, baseline, metric, &|i| i % 2 == 1),
        jackknife(system, baseline, metric, &|_| true),
    ]
}

/// One row a metric, one column a part: the system's figure (difference ± SE), and
/// the verdict on the pooled difference if `verdict`.
fn halves_table(against: &str, system: &[Doc], baseline: &[Doc], metrics: &[Metric], verdict: bool) -> String {
    let mut out = format!("| {against} | {} | {} | {} |", PARTS[0], PARTS[1], PARTS[2]);
    out.push_str(if verdict {
        " verdict (A / B / pooled) |\n|---|---:|---:|---:|---|\n"
    } else {
        "\n|---|---:|---:|---:|\n"
    });
    for (name, metric) in metrics {
        let p = parts(system, baseline, *metric);
        let cells: Vec<String> = p.iter().map(|p| p.cell(100.0)).collect();
        write!(out, "| {name} | {} |", cells.join(" | ")).unwrap();
        if verdict {
            let verdicts: Vec<&str> = p.iter().map(Paired::verdict).collect();
            write!(out, " {} |", verdicts.join(" / ")).unwrap();
        }
        out.push('\n');
    }
    out
}

/// Kind accuracy of précis per part: `62.1% of 850`.
fn kind_parts(docs: &[Doc]) -> String {
    let cells: Vec<String> = [0, 1, 2]
        .iter()
        .map(|&part| {
            let kept = docs.iter().enumerate().filter(|(i, _)| part == 2 || i % 2 == part).map(|(_, d)| d);
            let n: f64 = kept.clone().map(|d| d.kind[0]).sum();
            format!("{} {:.1}% of {n}", PARTS[part], 100.0 * ratio(kept, KIND.1))
        })
        .collect();
    cells.join(", ")
}

/// The GUM section of the report: pooled figures beside the peers, then the halves.
fn gum_report(eval: &Eval, ablated: &str) -> String {
    let [all, key] = &eval.cli;
    let mut report = String::new();
    writeln!(
        report,
        "Key entities on GUM dev: {} documents, {:.2} ms/doc{}.\n",
        eval.ids.len(),
        eval.elapsed.as_secs_f64() * 1000.0 / eval.ids.len().max(1) as f64,
        if ablated.is_empty() { String::new() } else { format!(", without: {ablated}") }
    )
    .unwrap();
    writeln!(report, "| system | all: P | R | F1 | key: F1 | P@10 | nDCG@10 |").unwrap();
    writeln!(report, "|---|---:|---:|---:|---:|---:|---:|").unwrap();
    writeln!(
        report,
        "| **precis** | {:.1} | {:.1} | **{:.1}** | **{:.1}** | **{:.1}** | **{:.1}** |",
        all.p, all.r, all.f1, key.f1, key.p10, key.ndcg10
    )
    .unwrap();
    let b = |m: Metric| 100.0 * ratio(eval.baseline.iter(), m.1);
    writeln!(
        report,
        "| {BASELINE}, frequency-ranked (this benchmark's baseline) | {:.1} | {:.1} | {:.1} | {:.1} | {:.1} | {:.1} |",
        b(P),
        b(R),
        b(F1),
        b(KEY_F1),
        b(P10),
        b(NDCG)
    )
    .unwrap();
    for row in peers() {
        writeln!(report, "{row}").unwrap();
    }
    writeln!(
        report,
        "\nAll entities: every gold entity counts, the whole list is scored. Key: `--min-salience 1 --top 10` \
         (entities a human summary mentions; first 10 of each list). {:.1} names per document listed, {:.1} in the key setting. \
         Peer rows other than the baseline are published figures.",
        all.out, key.out
    )
    .unwrap();
    let [k0, k1, k2, k3] = eval.kinds;
    writeln!(report, "Kinds listed: {k0} person, {k1} place, {k2} organization, {k3} other.").unwrap();
    writeln!(report, "{}", kind_sentence(eval)).unwrap();
    writeln!(report, "\nGUM dev in halves: precis (difference vs {BASELINE} ± SE, paired by document).\n").unwrap();
    let metrics = [P, R, F1, KEY_F1, P10, NDCG];
    report.push_str(&halves_table("metric", &eval.precis, &eval.baseline, &metrics, false));
    writeln!(report, "\nKind accuracy per half: {}.", kind_parts(&eval.precis)).unwrap();
    report
}

/// `Kind accuracy on the 1707 listed entities that match a gold entity: 62.9% (gold person ...).`
fn kind_sentence(eval: &Eval) -> String {
    let h = eval.kind_hits;
    let matched: usize = h.iter().map(|h| h[0]).sum();
    let right: usize = h.iter().map(|h| h[1]).sum();
    let pct = |h: [usize; 2]| 100.0 * h[1] as f64 / h[0].max(1) as f64;
    format!(
        "Kind accuracy on the {matched} listed entities that match a gold entity: {:.1}% \
         (gold person {:.1}% of {}, place {:.1}% of {}, organization {:.1}% of {}, other {:.1}% of {}).",
        100.0 * right as f64 / matched.max(1) as f64,
        pct(h[0]),
        h[0][0],
        pct(h[1]),
        h[1][0],
        pct(h[2]),
        h[2][0],
        pct(h[3]),
        h[3][0]
    )
}

/// The Reuters section of the report.
fn conll_report(eval: &Eval) -> String {
    let all = &eval.cli[0];
    let mut report = String::new();
    writeln!(
        report,
        "Named entities on {}: {} documents, {:.2} ms/doc, all entities (no salience here).\n",
        eval.set.label,
        eval.ids.len(),
        eval.elapsed.as_secs_f64() * 1000.0 / eval.ids.len().max(1) as f64
    )
    .unwrap();
    writeln!(report, "| system | P | R | F1 |\n|---|---:|---:|---:|").unwrap();
    writeln!(report, "| **precis** | {:.1} | {:.1} | **{:.1}** |", all.p, all.r, all.f1).unwrap();
    let b = |m: Metric| 100.0 * ratio(eval.baseline.iter(), m.1);
    writeln!(
        report,
        "| {BASELINE}, frequency-ranked (this benchmark's baseline) | {:.1} | {:.1} | {:.1} |",
        b(P),
        b(R),
        b(F1)
    )
    .unwrap();
    for (system, f1) in published_reuters() {
        writeln!(report, "| {system} (published, held-out Reuters documents) | | | {f1} |").unwrap();
    }
    writeln!(report, "\n{:.1} names per document listed.", all.out).unwrap();
    let [k0, k1, k2, k3] = eval.kinds;
    writeln!(report, "Kinds listed: {k0} person, {k1} place, {k2} organization, {k3} other.").unwrap();
    writeln!(report, "{}", kind_sentence(eval).replace("Kind accuracy", "Reuters kind accuracy")).unwrap();
    writeln!(report, "\nReuters in halves: precis (difference vs {BASELINE} ± SE, paired by document).\n").unwrap();
    report.push_str(&halves_table("metric", &eval.precis, &eval.baseline, &[P, R, F1], false));
    writeln!(report, "\nReuters kind accuracy per half: {}.", kind_parts(&eval.precis)).unwrap();
    report
}

/// The published held-out Reuters figures of the eval data's README: (system, F1).
fn published_reuters() -> Vec<(String, String)> {
    let readme = fs::read_to_string(README).unwrap_or_default();
    let Some((_, after)) = readme.split_once("(all entities F1):") else {
        return vec![(format!("(published figures: not found in {README})"), String::new())];
    };
    let paragraph = after.split("\n\n").next().unwrap_or_default().replace('\n', " ");
    paragraph
        .trim()
        .trim_end_matches('.')
        .split(", ")
        .filter_map(|peer| peer.trim().rsplit_once(' ').map(|(s, f)| (s.to_string(), f.to_string())))
        .collect()
}

/// The peer rows of the named-entity table in the eval data's README, reformatted
/// to this benchmark's columns (`| system | P / R / F1 | F1 / P@10 / nDCG@10 |`).
fn peers() -> Vec<String> {
    let Ok(readme) = fs::read_to_string(README) else {
        return vec![format!("| (peer figures: {README} not found) | | | | | | |")];
    };
    let section = readme.split("## Named entities").nth(1).unwrap_or_default();
    section
        .lines()
        .skip_while(|l| !l.starts_with("| system"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            let [system, all, key] = cells.as_slice() else { return None };
            let split = |c: &str| -> Vec<String> {
                let mut parts: Vec<String> = c.split('/').map(|s| s.trim().to_string()).collect();
                parts.resize(3, String::new());
                parts
            };
            let (a, k) = (split(all), split(key));
            Some(format!("| {system} | {} | {} | {} | {} | {} | {} |", a[0], a[1], a[2], k[0], k[1], k[2]))
        })
        .collect()
}

/// Compares précis with the run saved at [`SAVED`] if there is one, then saves this
/// run when asked (`-- --save-baseline` or `PRECIS_SAVE_BASELINE=1`).
fn run_to_run(evals: &[&Eval]) {
    let path = Path::new(SAVED);
    if let Some(saved) = halves::load(path) {
        println!("\nprecis now against the run saved in {SAVED} (difference ± SE, paired by document):\n");
        for eval in evals {
            let columns: Vec<Option<Vec<f64>>> = FIELDS
                .iter()
                .map(|f| halves::saved_scores(&saved, &format!("{}.{f}", eval.set.name), &eval.ids))
                .collect();
            if columns.iter().any(Option::is_none) {
                println!("{}: the saved run has other documents; not compared.\n", eval.set.label);
                continue;
            }
            let columns: Vec<Vec<f64>> = columns.into_iter().flatten().collect();
            let before: Vec<Doc> =
                (0..eval.ids.len()).map(|i| Doc::from_fields(std::array::from_fn(|f| columns[f][i]))).collect();
            let metrics: &[Metric] =
                if eval.set.key { &[P, R, F1, KEY_F1, P10, NDCG, KIND] } else { &[P, R, F1, KIND] };
            println!("{}", eval.set.label);
            println!("{}", halves_table("metric", &eval.precis, &before, metrics, true));
        }
    }
    let asked = std::env::args().any(|a| a == "--save-baseline")
        || std::env::var("PRECIS_SAVE_BASELINE").is_ok_and(|v| !v.is_empty() && v != "0");
    if asked {
        let mut saved = halves::Saved::new();
        for eval in evals {
            for (f, field) in FIELDS.iter().enumerate() {
                let scores = eval.ids.iter().zip(&eval.precis).map(|(id, d)| (id.clone(), d.fields()[f])).collect();
                saved.insert(format!("{}.{field}", eval.set.name), scores);
            }
        }
        halves::save(path, &saved);
        println!("\nPer-document scores saved to {SAVED}.");
    }
}
