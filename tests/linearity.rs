//! Runtime is linear in the length of the text, for each pathological shape of text:
//! summarizing (which splits, scores, and finds entities and keywords) a text of 4N
//! bytes takes less than 8 times as long as one of N bytes; quadratic work would take
//! 16 times as long. Only ratios of times are asserted. Run optimised:
//! `cargo test --release --test linearity`.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use precis::{summarize, Options};

/// The smaller size; the larger is four times as much.
const N: usize = 100_000;

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
    std::hint::black_box(summarize(text, &Options::default()).expect("valid options"));
    started.elapsed()
}

/// Asserts that a text of 4N bytes made of `unit`s is summarized in less than 8 times
/// the time of one of N bytes. The runs alternate and the best of three of each size
/// counts, so that a burst of load from another process spoils neither alone.
fn assert_linear(shape: &str, unit: impl Fn(usize) -> String) {
    let (small, large) = (fill(N, &unit), fill(4 * N, &unit));
    let (mut t1, mut t4) = (Duration::MAX, Duration::MAX);
    for _ in 0..3 {
        t1 = t1.min(time(&small));
        t4 = t4.min(time(&large));
    }
    let ratio = t4.as_secs_f64() / t1.as_secs_f64().max(1e-6);
    assert!(ratio < 8.0, "{shape}: {} bytes in {t1:?}, {} bytes in {t4:?}: {ratio:.1}x", small.len(), large.len());
}

#[test]
fn a_sentence_without_punctuation() {
    let words = ["river", "bridge", "council", "vote", "ferry", "harbor", "budget", "repair"];
    assert_linear("no punctuation", |i| format!("{} ", words[i % words.len()]));
}

#[test]
fn one_word_lines() {
    assert_linear("one-word lines", |i| format!("{}\n", ["apples", "pears", "plums"][i % 3]));
}

#[test]
fn periods() {
    assert_linear("periods", |_| ".".repeat(100));
}

#[test]
fn a_word_without_spaces() {
    assert_linear("one word", |_| "abcdefghij".into());
}

#[test]
fn every_word_a_different_capitalised_word() {
    assert_linear("capitalised", |i| if i % 12 == 11 { format!("{}. ", name(i)) } else { format!("{} ", name(i)) });
}

#[test]
fn names_with_acronyms_and_short_forms() {
    assert_linear("names", |i| {
        let (a, b) = (name(i), name(i + 1));
        format!("The {a} {b} Organization ({}{}O) met {b} and {a}. ", &a[..1], &b[..1])
    });
}

#[test]
fn url_lines() {
    assert_linear("URL lines", |i| format!("https://example.com/news/{i}/story.html?id={i}&ref=home\n"));
}

#[test]
fn stop_words_only() {
    assert_linear("stop words", |_| "it is what it is and so it was. ".into());
}

#[test]
fn cjk_without_spaces_or_stops() {
    assert_linear("CJK", |_| "東京は晴れです大阪は雨です".into());
}

#[test]
fn combining_mark_stacks() {
    assert_linear("zalgo", |_| std::iter::once('Z').chain((0..40).map(|k| char::from_u32(0x300 + k).unwrap())).chain([' ']).collect());
}

#[test]
fn initials_and_titles_that_never_end_a_sentence() {
    assert_linear("initials", |i| format!("{}. Dr. ", char::from(b'A' + (i % 26) as u8)));
}

#[test]
fn periods_glued_between_words() {
    assert_linear("glued periods", |i| format!("word.{}", name(i)));
}

#[test]
fn an_endless_numbered_list() {
    assert_linear("list", |i| format!("{}. item ", i % 1000 + 1));
}

#[test]
fn unclosed_brackets_and_quotes() {
    assert_linear("brackets", |_| "《“(\"Yes. ".into());
}

#[test]
fn blank_lines_and_spaces() {
    assert_linear("whitespace", |_| " \n\n\t  \u{3000}".into());
}
