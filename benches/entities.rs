//! Key-entity benchmark: `npm run bench:entities` (`cargo bench --bench entities`).
//!
//! Runs `precis::extract_entities` over the GUM documents in
//! `../shared/eval-data/ner/gum_entities_dev.jsonl` (never copied into this
//! repository), writes the ranked lists to `target/entity-lists.jsonl`, and scores
//! them with `../shared/tools/entity_score.py` in both settings: all entities, and
//! the key-entity setting (`--min-salience 1 --top 10`).

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const DATA: &str = "../shared/eval-data/ner/gum_entities_dev.jsonl";
const SCORER: &str = "../shared/tools/entity_score.py";
const LISTS: &str = "target/entity-lists.jsonl";

fn main() {
    if !Path::new(DATA).is_file() || !Path::new(SCORER).is_file() {
        println!("eval data not found at {DATA} (or scorer at {SCORER}): entity benchmark not run");
        return;
    }
    let data = fs::read_to_string(DATA).unwrap_or_else(|e| panic!("cannot read {DATA}: {e}"));
    let mut lists = String::new();
    let mut documents = 0;
    let started = Instant::now();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let record: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{DATA}: bad JSON: {e}"));
        let text = record["text"].as_str().unwrap_or_default();
        let names: Vec<String> = precis::extract_entities(text).into_iter().map(|e| e.text).collect();
        let list = serde_json::json!({ "id": record["id"], "entities": names });
        lists.push_str(&list.to_string());
        lists.push('\n');
        documents += 1;
    }
    let elapsed = started.elapsed();
    fs::create_dir_all("target").unwrap_or_else(|e| panic!("cannot create target/: {e}"));
    fs::write(LISTS, lists).unwrap_or_else(|e| panic!("cannot write {LISTS}: {e}"));

    println!("# Key entities on GUM dev ({documents} documents, {:.2} ms/doc)\n", elapsed.as_secs_f64() * 1000.0 / documents as f64);
    println!("## All entities\n");
    println!("{}", score(&[]));
    println!("Reference (../shared/eval-data/README.md): spaCy en_core_web_sm P/R/F1 62.8 / 66.6 / 64.7; wink-nlp 45.5 / 73.4 / 56.2; capitalised sequences 38.8 / 70.0 / 49.9.\n");
    println!("## Key entities (--min-salience 1 --top 10)\n");
    println!("{}", score(&["--min-salience", "1", "--top", "10"]));
    println!("Reference: spaCy sm F1 / P@10 / nDCG@10 41.4 / 60.6 / 63.2; wink-nlp 35.5 / 60.7 / 61.2; compromise 35.8 / 45.0 / 50.9.");
}

/// The scorer's Markdown table for the lists written to [`LISTS`].
fn score(extra: &[&str]) -> String {
    let output = Command::new("python3")
        .args([SCORER, "--data", DATA, "--lists", LISTS])
        .args(extra)
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 {SCORER}: {e}"));
    assert!(output.status.success(), "{SCORER} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}
