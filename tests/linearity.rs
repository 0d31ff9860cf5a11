//! Runtime is linear in the length of the text, for each pathological shape of text:
//! summarizing (which splits, scores, and finds entities and keywords) a text of 4N
//! bytes takes less than 8 times as long as one of N bytes; quadratic work would take
//! 16 times as long. Only ratios of times are asserted. The shapes are measured one
//! after the other in one test, so that they do not compete for the CPU. Run
//! optimised: `cargo test --release --test linearity`.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use precis::{summarize, SummaryOptions};

/// The smaller size; the larger is four times as much.
const N: usize = 50_000;

/// A text of at least `bytes` bytes: `unit(0)`, `unit(1)`... concatenated.
fn fill(bytes: usize, unit: impl Fn(usize) -> String) -> String {
    let mut text = String::with_capacity(bytes + 64);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(&unit(i));
        i += 1;
    }
    text
}

/// A different capitalised word for each `i`: "Ba", "Ca"... "Bab"...
fn name(i: usize) -> String {
    let mut word = String::new();
    let mut n = i + 27;
    while n > 0 {
        word.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap().to_ascii_uppercase();
    std::iter::once(first).chain(chars).collect()
}

/// How long summarizing `text` takes.
fn time(text: &str) -> Duration {
    let started = Instant::now();
    std::hint::black_box(summarize(text, &SummaryOptions::default()).expect("valid options"));
    started.elapsed()
}

/// time(4N) / time(N) for texts made of `unit`s: the best of three runs of each size,
/// alternating, so that a burst of load from another process spoils neither alone.
/// A ratio of 8 or more is measured again, twice at most, and the lowest counts: a
/// busy machine can spoil one measurement, quadratic work spoils all of them.
fn ratio(unit: &dyn Fn(usize) -> String) -> (f64, String) {
    let (small, large) = (fill(N, unit), fill(4 * N, unit));
    let mut best = (f64::INFINITY, String::new());
    for _ in 0..3 {
        let (mut t1, mut t4) = (Duration::MAX, Duration::MAX);
        for _ in 0..3 {
            t1 = t1.min(time(&small));
            t4 = t4.min(time(&large));
        }
        let ratio = t4.as_secs_f64() / t1.as_secs_f64().max(1e-6);
        if ratio < best.0 {
            best = (ratio, format!("{} bytes in {t1:?}, {} bytes in {t4:?}: {ratio:.1}x", small.len(), large.len()));
        }
        if ratio < 8.0 {
            break;
        }
    }
    best
}

/// The pathological shapes: a name and the unit its texts repeat.
fn shapes() -> Vec<(&'static str, Box<dyn Fn(usize) -> String>)> {
    let words = ["river", "bridge", "council", "vote", "ferry", "harbor", "budget", "repair"];
    let zalgo: String =
        std::iter::once('Z').chain((0..40).map(|k| char::from_u32(0x300 + k).unwrap())).chain([' ']).collect();
    vec![
        ("one sentence without punctuation", Box::new(move |i| format!("{} ", words[i % words.len()]))),
        ("one-word lines", Box::new(|i| format!("{}\n", ["apples", "pears", "plums"][i % 3]))),
        ("periods", Box::new(|_| ".".repeat(100))),
        ("a word without spaces", Box::new(|_| "abcdefghij".into())),
        (
            "a different capitalised word each time",
            Box::new(|i| format!("{}{}", name(i), if i % 12 == 11 { ". " } else { " " })),
        ),
        (
            "names, acronyms and short forms",
            Box::new(|i| {
                let (a, b) = (name(i), name(i + 1));
                format!("The {a} {b} Organization ({}{}O) met {b} and {a}. ", &a[..1], &b[..1])
            }),
        ),
        ("URL lines", Box::new(|i| format!("https://example.com/news/{i}/story.html?id={i}&ref=home\n"))),
        ("stop words only", Box::new(|_| "it is what it is and so it was. ".into())),
        ("CJK without spaces or stops", Box::new(|_| "東京は晴れです大阪は雨です".into())),
        ("combining-mark stacks", Box::new(move |_| zalgo.clone())),
        (
            "initials and titles that never end a sentence",
            Box::new(|i| format!("{}. Dr. ", char::from(b'A' + (i % 26) as u8))),
        ),
        ("periods glued between words", Box::new(|i| format!("word.{}", name(i)))),
        ("an endless numbered list", Box::new(|i| format!("{}. item ", i % 1000 + 1))),
        ("unclosed brackets and quotes", Box::new(|_| "《“(\"Yes. ".into())),
        ("blank lines and spaces", Box::new(|_| " \n\n\t  \u{3000}".into())),
    ]
}

#[test]
fn runtime_is_linear_for_every_pathological_shape() {
    let mut slow = Vec::new();
    for (shape, unit) in shapes() {
        let (ratio, report) = ratio(&*unit);
        if ratio >= 8.0 {
            slow.push(format!("{shape}: {report}"));
        }
    }
    assert!(slow.is_empty(), "not linear:\n{}", slow.join("\n"));
}
