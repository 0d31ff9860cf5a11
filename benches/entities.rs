//! Key-entity benchmark: `npm run bench:entities` (`cargo bench --bench entities`).
//!
//! Runs `precis::extract_entities` over the GUM documents in
//! `../shared/eval-data/ner/gum_entities_dev.jsonl` (never copied into this
//! repository), writes the ranked lists to `target/entity-lists.jsonl` (and every
//! entity with its kind, score and mentions to `target/entity-details.jsonl`), scores
//! the lists with `../shared/tools/entity_score.py` in both settings (all entities;
//! the key-entity setting `--min-salience 1 --top 10`) and prints one Markdown table
//! next to the peer figures of `../shared/eval-data/README.md`.
//!
//! To measure what one signal of the entity finder buys, compile it without:
//! `PRECIS_ABLATE=gazetteer npm run bench:entities` (names in `Signal`, `src/entities/mod.rs`).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

#[path = "support/doc_block.rs"]
mod doc_block;

const DATA: &str = "../shared/eval-data/ner/gum_entities_dev.jsonl";
const README: &str = "../shared/eval-data/README.md";
const SCORER: &str = "../shared/tools/entity_score.py";
const LISTS: &str = "target/entity-lists.jsonl";
const DETAILS: &str = "target/entity-details.jsonl";

fn main() {
    if !Path::new(DATA).is_file() || !Path::new(SCORER).is_file() {
        println!("Entity benchmark NOT RUN: the evaluation data ({DATA}) or the scorer ({SCORER}) is absent.");
        println!("They live beside the checkout in ../shared and are never copied into this repository.");
        return;
    }
    let run = extract_all();
    let all = score(&[]);
    let key = score(&["--min-salience", "1", "--top", "10"]);
    let ablated = option_env!("PRECIS_ABLATE").unwrap_or("");
    let report = report(&run, &all, &key, ablated);
    print!("{report}");
    if ablated.is_empty() {
        doc_block::update("bench:entities", &report);
    }
}

/// What one pass over the documents found.
struct Run {
    /// Documents read.
    documents: usize,
    /// Time spent in `extract_entities`.
    elapsed: std::time::Duration,
    /// Entities listed of each kind (person, place, organization, other).
    kinds: [usize; 4],
    /// Kind accuracy on the entities that match a gold entity: [matched, right] per gold kind.
    kind_hits: [[usize; 2]; 4],
}

/// Runs `extract_entities` on every document of [`DATA`], and writes the ranked
/// lists to [`LISTS`] and every entity in full to [`DETAILS`].
fn extract_all() -> Run {
    let data = fs::read_to_string(DATA).unwrap_or_else(|e| panic!("cannot read {DATA}: {e}"));
    let mut lists = String::new();
    let mut details = String::new();
    let mut documents = 0;
    let mut kinds = [0usize; 4];
    // Kind accuracy on the entities that match a gold entity: [matched, right] per gold kind.
    let mut kind_hits = [[0usize; 2]; 4];
    let mut elapsed = std::time::Duration::ZERO;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let record: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{DATA}: bad JSON: {e}"));
        let text = record["text"].as_str().unwrap_or_default();
        let started = Instant::now();
        let entities = precis::extract_entities(text).unwrap();
        elapsed += started.elapsed();
        let names: Vec<&str> = entities.iter().map(|e| e.text.as_str()).collect();
        for e in &entities {
            if let Some(gold) = gold_kind(&record["entities"], e) {
                kind_hits[gold as usize][0] += 1;
                kind_hits[gold as usize][1] += usize::from(gold == e.kind);
            }
        }
        lists.push_str(&serde_json::json!({ "id": record["id"], "entities": names }).to_string());
        lists.push('\n');
        let full: Vec<serde_json::Value> = entities
            .iter()
            .map(|e| {
                kinds[e.kind as usize] += 1;
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
        documents += 1;
    }
    fs::create_dir_all("target").unwrap_or_else(|e| panic!("cannot create target/: {e}"));
    fs::write(LISTS, lists).unwrap_or_else(|e| panic!("cannot write {LISTS}: {e}"));
    fs::write(DETAILS, details).unwrap_or_else(|e| panic!("cannot write {DETAILS}: {e}"));
    Run { documents, elapsed, kinds, kind_hits }
}

/// The Markdown report of `run`, scored `all` and `key`, built without the signals
/// `ablated` names.
fn report(run: &Run, all: &Scores, key: &Scores, ablated: &str) -> String {
    let &Run { documents, elapsed, kinds, kind_hits } = run;
    let mut report = String::new();
    writeln!(
        report,
        "Key entities on GUM dev: {documents} documents, {:.2} ms/doc{}.\n",
        elapsed.as_secs_f64() * 1000.0 / documents.max(1) as f64,
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
    for row in peers() {
        writeln!(report, "{row}").unwrap();
    }
    writeln!(
        report,
        "\nAll entities: every gold entity counts, the whole list is scored. Key: `--min-salience 1 --top 10` \
         (entities a human summary mentions; first 10 of each list). {:.1} names per document listed, {:.1} in the key setting.",
        all.out, key.out
    ).unwrap();
    writeln!(
        report,
        "Kinds listed: {} person, {} place, {} organization, {} other.",
        kinds[0], kinds[1], kinds[2], kinds[3]
    )
    .unwrap();
    let matched: usize = kind_hits.iter().map(|h| h[0]).sum();
    let right: usize = kind_hits.iter().map(|h| h[1]).sum();
    let pct = |h: [usize; 2]| 100.0 * h[1] as f64 / h[0].max(1) as f64;
    writeln!(
        report,
        "Kind accuracy on the {matched} listed entities that match a gold entity: {:.1}% \
         (gold person {:.1}% of {}, place {:.1}% of {}, organization {:.1}% of {}, other {:.1}% of {}).",
        100.0 * right as f64 / matched.max(1) as f64,
        pct(kind_hits[0]),
        kind_hits[0][0],
        pct(kind_hits[1]),
        kind_hits[1][0],
        pct(kind_hits[2]),
        kind_hits[2][0],
        pct(kind_hits[3]),
        kind_hits[3][0]
    )
    .unwrap();
    report
}

/// The kind of the gold entity (GUM types PER, LOC, ORG, MISC) that `entity` or one
/// of its variants names, compared case-insensitively without a leading "the".
fn gold_kind(gold: &serde_json::Value, entity: &precis::Entity) -> Option<precis::EntityKind> {
    let norm = |s: &str| {
        let lower = s.trim().to_lowercase();
        lower.strip_prefix("the ").map(str::to_string).unwrap_or(lower)
    };
    let ours: Vec<String> = std::iter::once(&entity.text).chain(&entity.variants).map(|s| norm(s)).collect();
    gold.as_array()?.iter().find_map(|g| {
        let names =
            g["aliases"].as_array().into_iter().flatten().chain(g["mention_texts"].as_array().into_iter().flatten());
        let hit = names.filter_map(|n| n.as_str()).any(|n| ours.contains(&norm(n)));
        hit.then(|| match g["type"].as_str() {
            Some("PER") => precis::EntityKind::Person,
            Some("LOC") => precis::EntityKind::Place,
            Some("ORG") => precis::EntityKind::Organization,
            _ => precis::EntityKind::Other,
        })
    })
}

/// The scorer's micro-averaged figures, x100.
struct Scores {
    p: f64,
    r: f64,
    f1: f64,
    p10: f64,
    ndcg10: f64,
    out: f64,
}

/// Runs the scorer on [`LISTS`] with `extra` arguments and reads its JSON summary.
fn score(extra: &[&str]) -> Scores {
    let json = format!("target/entity-score-{}.json", if extra.is_empty() { "all" } else { "key" });
    let output = Command::new("python3")
        .args([SCORER, "--data", DATA, "--lists", LISTS, "--json", &json])
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
