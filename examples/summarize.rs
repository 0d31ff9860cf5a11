//! Prints the summary, key entities and keywords of a text file:
//! `cargo run --example summarize -- FILE [SENTENCES]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: summarize FILE [SENTENCES]");
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let options = match args.next() {
        Some(n) => precis::SummaryOptions::sentences(n.parse().expect("a number of sentences")),
        None => precis::SummaryOptions::default(),
    };
    let summary = precis::summarize(&text, &options).expect("valid options");
    println!(
        "language: {}, {} sentences, {} words",
        summary.language.code(),
        summary.stats.sentences,
        summary.stats.words
    );
    for s in &summary.sentences {
        println!("[{:>2}] {:.3}  {}", s.sentence.index, s.score, s.sentence.text);
    }
    for e in &summary.entities {
        println!("  {:>3}  {} ({})", e.count, e.text, e.kind.code());
    }
    for k in &summary.keywords {
        println!("  {:>3}  \"{}\" {:.2}", k.count, k.text, k.score);
    }
}
