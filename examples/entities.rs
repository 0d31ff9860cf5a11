//! Prints the key entities of a text file: `cargo run --example entities -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: entities FILE");
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    for e in precis::extract_entities(&text) {
        println!("{:>3}  {:<40} {:.2}", e.count, e.text, e.score);
    }
}
