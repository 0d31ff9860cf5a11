//! The catalogue of hostile inputs: one test per kind of text a
//! user may paste, each asserting its specific expected behaviour as well as the
//! invariants of `common` (lossless sentences, in-order subset summaries, mentions
//! that slice the text). Lone UTF-16 surrogates cannot exist in Rust text: they are
//! tested from JavaScript (`tests/wasm_api`, `tests/js/hostile.test.mjs`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{check_mentions, check_sentences, check_summary};
use precis::{
    extract_entities_with, extract_keywords_with, split_sentences, split_sentences_with, summarize, EntityOptions,
    KeywordOptions, Language, Summary, SummaryOptions, MAX_TEXT_BYTES,
};

/// Splits, summarizes (default length and two sentences), extracts entities and
/// keywords, checks every invariant and returns the sentences' texts and the default
/// summary.
fn run(text: &str) -> (Vec<&str>, Summary<'_>) {
    let sentences = split_sentences(text).unwrap();
    check_sentences(text, &sentences);
    for options in [SummaryOptions::default(), SummaryOptions::sentences(2), SummaryOptions::max_words(12)] {
        let summary = summarize(text, &options).expect("valid options");
        check_summary(text, &options, &summary);
    }
    for e in extract_entities_with(text, &EntityOptions::default()).unwrap() {
        check_mentions(text, &e.mentions);
    }
    for k in extract_keywords_with(text, &KeywordOptions::default()).unwrap() {
        check_mentions(text, &k.mentions);
    }
    (sentences.iter().map(|s| s.text).collect(), summarize(text, &SummaryOptions::default()).unwrap())
}

fn entity_names(text: &str) -> Vec<String> {
    extract_entities_with(text, &EntityOptions::default()).unwrap().into_iter().map(|e| e.text).collect()
}

#[test]
fn empty_text_has_nothing_and_is_no_error() {
    let (sentences, summary) = run("");
    assert!(sentences.is_empty());
    assert!(summary.sentences.is_empty() && summary.entities.is_empty() && summary.keywords.is_empty());
    assert_eq!((summary.stats.sentences, summary.stats.words), (0, 0));
}

#[test]
fn whitespace_only_is_like_empty_text() {
    let (sentences, summary) = run(" \t\n\r\n\u{a0}\u{2028}\u{3000}\u{b}\u{c} ");
    assert!(sentences.is_empty());
    assert!(summary.sentences.is_empty());
    assert_eq!(summary.stats.words, 0);
}

#[test]
fn one_character_is_one_sentence() {
    for c in ["a", ".", "😀", "中", "\u{301}"] {
        let (sentences, summary) = run(c);
        assert_eq!(sentences, [c]);
        assert_eq!(summary.sentences.len(), 1);
    }
}

#[test]
fn one_word_is_the_summary() {
    let (sentences, summary) = run("  Summarize\n");
    assert_eq!(sentences, ["Summarize"]);
    assert_eq!(summary.sentences[0].sentence.text, "Summarize");
    assert_eq!(summary.stats.words, 1);
}

#[test]
fn a_megabyte_sentence_without_punctuation_is_one_sentence() {
    let words = ["river", "bridge", "council", "vote", "ferry", "harbor", "budget", "repair"];
    let text: String = (0..160_000).map(|i| words[i % words.len()]).collect::<Vec<_>>().join(" ");
    assert!(text.len() > 1_000_000);
    let (sentences, summary) = run(&text);
    assert_eq!(sentences, [text.as_str()]);
    assert_eq!(summary.stats.words, 160_000);
    // The word budget is hard: the only sentence does not fit in 12 words.
    assert!(summarize(&text, &SummaryOptions::max_words(12)).unwrap().sentences.is_empty());
}

#[test]
fn a_hundred_thousand_one_word_lines_are_as_many_sentences() {
    let words = ["apples", "pears", "plums", "cherries", "figs"];
    let text: String = (0..100_000).map(|i| format!("{}\n", words[i % words.len()])).collect();
    let (sentences, summary) = run(&text);
    assert_eq!(sentences.len(), 100_000);
    assert!(sentences.iter().all(|s| words.contains(s)));
    assert_eq!(summary.sentences.len(), 7, "the default summary: 20% of the lines, at most 7");
}

#[test]
fn a_million_periods_finish_and_stay_lossless() {
    let text = ".".repeat(1_000_000);
    let (sentences, summary) = run(&text);
    assert_eq!(sentences.concat(), text, "only periods, no whitespace: the sentences are the text");
    assert_eq!(summary.stats.words, 0);
    assert!(summary.entities.is_empty() && summary.keywords.is_empty());
}

#[test]
fn a_ten_megabyte_word_is_one_sentence() {
    let text = "abcdefghij".repeat(1_000_000);
    let (sentences, summary) = run(&text);
    assert_eq!(sentences, [text.as_str()]);
    assert_eq!(summary.stats.words, 1);
    assert_eq!(summary.sentences[0].sentence.end, text.len());
}

#[test]
fn nul_and_control_characters_are_kept_as_written() {
    let text = "The vote\u{0} passed.\u{1}\u{7} Mayor Ana Ruiz\u{7f} signed it.\u{1b}[0m Then \u{0}\u{0}silence.\u{0}";
    let (sentences, summary) = run(text);
    assert_eq!(
        sentences,
        ["The vote\u{0} passed.", "\u{1}\u{7} Mayor Ana Ruiz\u{7f} signed it.\u{1b}[0m Then \u{0}\u{0}silence.\u{0}"]
    );
    assert!(!summary.sentences.is_empty());
    assert_eq!(entity_names(text), ["Ana Ruiz"]);
}

#[test]
fn zalgo_combining_stacks_stay_on_their_letters() {
    let zalgo: String = "Zalgo"
        .chars()
        .flat_map(|c| std::iter::once(c).chain((0..40).map(|i| char::from_u32(0x300 + i).unwrap())))
        .collect();
    let text = format!("{zalgo} is coming. {zalgo} met Mayor Ana Ruiz. Nobody was ready for {zalgo}.");
    let (sentences, _) = run(&text);
    assert_eq!(sentences.len(), 3);
    assert!(sentences[0].starts_with(&zalgo), "the marks stay with their sentence");
    // No mention ends between a letter and its marks.
    for e in extract_entities_with(&text, &EntityOptions::default()).unwrap() {
        for m in &e.mentions {
            assert!(!text[m.end..].starts_with(|c| ('\u{300}'..='\u{36f}').contains(&c)), "{:?}", e.text);
        }
    }
}

#[test]
fn emoji_sequences_and_flags_are_never_cut() {
    let text = "The 👩‍👩‍👧‍👦 family flew from 🇯🇵 to 🇫🇷 on Monday. 🏳️‍🌈 Pride began! 👍🏽👍🏽 Great.";
    let (sentences, _) = run(text);
    assert_eq!(sentences, ["The 👩‍👩‍👧‍👦 family flew from 🇯🇵 to 🇫🇷 on Monday.", "🏳️‍🌈 Pride began!", "👍🏽👍🏽 Great."]);
}

#[test]
fn right_to_left_text_with_bidi_marks_splits_into_sentences() {
    let text = "\u{202b}השר דוד לוי הגיע לירושלים.\u{202c} \u{200f}הוא נפגש עם ראש העיר. \
                وصل الوزير إلى القاهرة. \u{2067}التقى بالرئيس\u{2069}.";
    let (sentences, summary) = run(text);
    // UAX #29 attaches format characters (the bidi marks) to what precedes them, so a
    // mark opening the next sentence stays at the end of the previous one.
    assert_eq!(
        sentences,
        [
            "\u{202b}השר דוד לוי הגיע לירושלים.\u{202c} \u{200f}",
            "הוא נפגש עם ראש העיר.",
            "وصل الوزير إلى القاهرة. \u{2067}",
            "التقى بالرئيس\u{2069}."
        ]
    );
    assert_eq!(summary.language, Language::Other);
}

#[test]
fn mixed_scripts_in_one_text() {
    let text = "Mayor Ana Ruiz visited 東京 and Москва in May. Αθήνα welcomed her, and Ana Ruiz spoke in Ελληνικά. \
                Then she flew to القاهرة.";
    let (sentences, _) = run(text);
    assert_eq!(sentences.len(), 3);
    assert_eq!(entity_names(text)[0], "Ana Ruiz");
}

#[test]
fn cjk_without_spaces_splits_at_ideographic_stops() {
    let text = "東京は晴れです。大阪は雨です！名古屋は曇りですか？北京今天下雪。";
    let (sentences, summary) = run(text);
    assert_eq!(sentences, ["東京は晴れです。", "大阪は雨です！", "名古屋は曇りですか？", "北京今天下雪。"]);
    assert_eq!(summary.language, Language::Japanese);
}

#[test]
fn a_text_of_stop_words_still_has_a_summary() {
    let text = "It is what it is. And so it was, and so it is. They were there when we were not. It was all of it.";
    let (sentences, summary) = run(text);
    assert_eq!(sentences.len(), 4);
    assert_eq!(summary.sentences.len(), 1, "20% of 4 sentences, at least one");
    assert!(summary.keywords.is_empty(), "no content word: no keyword");
    assert!(summary.entities.is_empty());
}

#[test]
fn every_word_capitalised() {
    let text = "The City Council Voted On Monday To Replace The Harbor Bridge. The New Bridge Will Cost Four \
                Hundred Million Dollars. Work Starts In March And Lasts Four Years. Mayor Ana Ruiz Called It Overdue.";
    let (sentences, summary) = run(text);
    assert_eq!(sentences.len(), 4);
    assert_eq!(summary.sentences.len(), 1);
    // Capitals mark no names here, so entities are runs of capitalised words; the
    // person is among them (inside "Ana Ruiz Called It Overdue").
    assert!(entity_names(text).iter().any(|e| e.contains("Ana Ruiz")));
}

#[test]
fn every_line_a_url() {
    let text: String = (0..500).map(|i| format!("https://example.com/news/{i}/story.html?id={i}&ref=home\n")).collect();
    let (sentences, _) = run(&text);
    assert_eq!(sentences.len(), 500, "one sentence per line, none cut inside a URL");
    assert!(sentences.iter().all(|s| s.starts_with("https://") && s.ends_with("ref=home")));
}

#[test]
fn source_code_is_text_like_any_other() {
    let text = r#"fn main() {
    let x = vec![1, 2, 3];
    println!("{:?}", x.iter().map(|v| v * 2).collect::<Vec<_>>());
}
// TODO: handle errors. See docs.rs/anyhow for details.
if (a.b && c?.d) { window.location.href = "https://example.com"; }
"#;
    let (sentences, summary) = run(text);
    assert!(sentences.len() >= 4, "{sentences:?}");
    assert!(sentences.iter().any(|s| s.contains("x.iter().map")), "no break inside a method chain");
    assert!(!summary.sentences.is_empty());
}

#[test]
fn a_csv_is_one_sentence_per_row() {
    let mut text = String::from("name,age,city,joined\n");
    for i in 0..200 {
        text.push_str(&format!("Person {i},{},Paris,2024-01-{:02}\n", 20 + i % 50, 1 + i % 28));
    }
    let (sentences, summary) = run(&text);
    assert_eq!(sentences.len(), 201);
    assert_eq!(sentences[1], "Person 0,20,Paris,2024-01-01");
    assert_eq!(summary.sentences.len(), 7);
}

#[test]
fn text_pasted_from_a_pdf_keeps_hyphenated_and_wrapped_lines_together() {
    let text = "The harbor commit-\ntee met on Monday to discuss the\nbridge repairs, which were over-\ndue.\n\n\
                12\n\nThe second page begins here. It has a footnote [1].\n\n13\n";
    let (sentences, _) = run(text);
    assert_eq!(
        sentences,
        [
            "The harbor commit-\ntee met on Monday to discuss the\nbridge repairs, which were over-\ndue.",
            "12",
            "The second page begins here.",
            "It has a footnote [1].",
            "13"
        ]
    );
}

#[test]
fn html_markup_is_plain_text_and_never_interpreted() {
    let text = "<p>The council met.</p><script>alert('x')</script> <img src=x onerror=\"alert(1)\"> \
                The mayor spoke. <b>Bold</b> claims followed.";
    let (sentences, summary) = run(text);
    assert!(sentences.concat().contains("<script>alert('x')</script>"), "markup is kept verbatim");
    assert!(summary.sentences.iter().all(|s| text[s.sentence.start..s.sentence.end] == *s.sentence.text));
}

#[test]
fn text_over_the_size_limit_is_an_error_not_an_allocation() {
    let text = "a".repeat(MAX_TEXT_BYTES + 1);
    let error = summarize(&text, &SummaryOptions::default()).unwrap_err();
    assert_eq!(error.option(), None);
    assert_eq!(
        error.to_string(),
        "text must be at most 64 MiB (67108864 bytes of UTF-8), got 67108865 bytes: split it into parts and summarize each"
    );
    assert_eq!(summarize(&text[..MAX_TEXT_BYTES / 64], &SummaryOptions::sentences(1)).unwrap().sentences.len(), 1);
    // every entry point checks the same limit
    assert_eq!(split_sentences(&text).unwrap_err(), error);
    assert_eq!(precis::extract_entities(&text).unwrap_err(), error);
    assert_eq!(precis::extract_keywords(&text).unwrap_err(), error);
    assert!(split_sentences(&text[..MAX_TEXT_BYTES]).is_ok(), "the limit itself is allowed");
}

#[test]
fn bad_options_are_typed_errors_naming_the_option() {
    let text = "One sentence here. Another one there.";
    let cases = [
        (SummaryOptions::sentences(0), "Sentences(n) or MaxWords(n) with n >= 1, got Sentences(0)"),
        (SummaryOptions::max_words(0), "Sentences(n) or MaxWords(n) with n >= 1, got MaxWords(0)"),
        (SummaryOptions::ratio(0.0), "Ratio(r) with 0 < r <= 1, got Ratio(0)"),
        (SummaryOptions::ratio(-0.5), "got Ratio(-0.5)"),
        (SummaryOptions::ratio(1.01), "got Ratio(1.01)"),
        (SummaryOptions::ratio(f64::NAN), "got Ratio(NaN)"),
        (SummaryOptions::ratio(f64::INFINITY), "got Ratio(Infinity)"),
        (SummaryOptions::ratio(f64::NEG_INFINITY), "got Ratio(-Infinity)"),
    ];
    for (options, message) in cases {
        let error = summarize(text, &options).unwrap_err();
        assert_eq!(error.option(), Some("length"), "the Rust field, not a JavaScript option");
        assert!(error.to_string().starts_with("option \"length\" must be "), "{error}");
        assert!(error.to_string().ends_with(message), "{error}");
        // A failed call changes nothing: the next one works.
        assert_eq!(summarize(text, &SummaryOptions::sentences(1)).unwrap().sentences.len(), 1);
    }
}

#[test]
fn huge_and_odd_option_values_that_are_valid_just_work() {
    let text = "One sentence here. Another one there. A third one.";
    assert_eq!(summarize(text, &SummaryOptions::sentences(usize::MAX)).unwrap().sentences.len(), 3);
    assert_eq!(summarize(text, &SummaryOptions::max_words(usize::MAX)).unwrap().sentences.len(), 3);
    assert_eq!(summarize(text, &SummaryOptions::ratio(f64::MIN_POSITIVE)).unwrap().sentences.len(), 1);
    let odd = SummaryOptions {
        focus: Some(" \u{0} ".into()),
        abbreviations: vec![String::new(), "two words".into(), ".".into(), "😀".into()],
        ..SummaryOptions::sentences(2)
    };
    check_summary(text, &odd, &summarize(text, &odd).unwrap());
    check_sentences(text, &split_sentences_with(text, &odd.split_options()).unwrap());
    let no_entity =
        EntityOptions { abbreviations: odd.abbreviations.clone(), limit: Some(0), ..EntityOptions::default() };
    assert!(extract_entities_with("Ana Ruiz met Bo Chen.", &no_entity).unwrap().is_empty(), "limit 0: no entity");
    let no_keyword = KeywordOptions { abbreviations: odd.abbreviations.clone(), limit: 0, ..KeywordOptions::default() };
    assert!(extract_keywords_with(text, &no_keyword).unwrap().is_empty(), "limit 0: no keyword");
}
