//! sumy's summarizers as peers of `bench:quality`: they choose among précis's own
//! sentences (`benches/peers/sumy_summaries.py`), in a venv made once in
//! `target/sumy-venv` from `benches/peers/requirements.txt` (the one `bench:speed` uses).
//! A set's picks are kept in `target/bench-quality/` and reused while its sentences and
//! lengths stay the same, since sumy takes minutes on the meetings.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::process::Command;

/// The methods, as the script names them, with their names in the tables.
pub const METHODS: [(&str, &str); 4] =
    [("luhn", "sumy Luhn"), ("lsa", "sumy LSA"), ("lexrank", "sumy LexRank"), ("textrank", "sumy TextRank")];

const VENV: &str = "target/sumy-venv";
const REQUIREMENTS: &str = "benches/peers/requirements.txt";
const SCRIPT: &str = "benches/peers/sumy_summaries.py";
const DIR: &str = "target/bench-quality";

/// One document as sumy is given it.
#[derive(Serialize)]
pub struct Input<'a> {
    /// The document's id.
    pub id: &'a str,
    /// Its language (ISO 639-1).
    pub lang: &'a str,
    /// How many sentences to choose.
    pub k: usize,
    /// précis's sentences of the document.
    pub sentences: Vec<&'a str>,
}

/// One document's choices: per method, the indices of the chosen sentences in
/// document order (empty where the method failed).
#[derive(Deserialize)]
pub struct Picks {
    /// The document's id.
    pub id: String,
    /// Method name to indices.
    #[serde(flatten)]
    pub methods: BTreeMap<String, Vec<usize>>,
}

/// sumy's choices for every document of `set`, in the order of `inputs`.
pub fn picks(set: &str, inputs: &[Input]) -> Result<Vec<Picks>, String> {
    std::fs::create_dir_all(DIR).map_err(|e| format!("cannot create {DIR}: {e}"))?;
    let (input_path, output_path) = (format!("{DIR}/{set}.sumy-in.jsonl"), format!("{DIR}/{set}.sumy.jsonl"));
    let lines: Vec<String> = inputs.iter().map(|input| serde_json::to_string(input).unwrap()).collect();
    let input = lines.join("\n") + "\n";
    let unchanged = std::fs::read_to_string(&input_path).is_ok_and(|before| before == input);
    if !(unchanged && read(&output_path, inputs).is_ok()) {
        std::fs::write(&input_path, &input).map_err(|e| format!("cannot write {input_path}: {e}"))?;
        run(&input_path, &output_path)?;
    }
    read(&output_path, inputs)
}

/// Runs the script, installing sumy first when its venv is missing.
fn run(input_path: &str, output_path: &str) -> Result<(), String> {
    let python = crate::venv::python(VENV, &[&["-r", REQUIREMENTS]], "bench:quality")?;
    let output = Command::new(&python)
        .args([SCRIPT, input_path, output_path])
        .output()
        .map_err(|e| format!("cannot run {python}: {e}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(stderr.trim().lines().last().unwrap_or("sumy failed").to_string());
    }
    Ok(())
}

/// The picks in `path`, which must hold one line per input, in their order.
fn read(path: &str, inputs: &[Input]) -> Result<Vec<Picks>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let picks: Vec<Picks> = text
        .lines()
        .map(|line| serde_json::from_str(line).map_err(|e| format!("{path}: {e}")))
        .collect::<Result<_, _>>()?;
    let same = picks.len() == inputs.len() && picks.iter().zip(inputs).all(|(p, i)| p.id == i.id);
    if !same {
        return Err(format!("{path}: not the picks of the {} documents asked for", inputs.len()));
    }
    Ok(picks)
}
