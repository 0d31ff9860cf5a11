#[test]
fn scratch() {
    let set = std::env::var("SET").unwrap_or("dialogsum".into());
    let n: usize = std::env::var("N").map(|v| v.parse().unwrap()).unwrap_or(6);
    let k: usize = std::env::var("K").map(|v| v.parse().unwrap()).unwrap_or(3);
    let line = std::fs::read_to_string(format!("../shared/eval-data/genres/{set}.jsonl")).unwrap();
    for l in line.lines().take(n) {
        let d: serde_json::Value = serde_json::from_str(l).unwrap();
        let text = d["text"].as_str().unwrap();
        let s = precis::summarize(text, &precis::SummaryOptions::sentences(k)).unwrap();
        for x in s.sentences {
            println!(
                "{} | {}",
                x.sentence.text.split_whitespace().count(),
                &x.sentence.text.chars().take(150).collect::<String>()
            );
        }
        println!("REF {}", d["summary"].as_str().unwrap());
        println!("--");
    }
}
