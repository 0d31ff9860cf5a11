//! The invariants through the JavaScript API, on generated JS strings that hold
//! surrogate pairs and lone surrogates: sentences are lossless in UTF-16 offsets,
//! summaries are in-order subsets of the asked length, every offset slices the JS
//! string to the reported text (lone surrogates included), and the
//! catalogue's JS-only cases (lone surrogates, the size limit).

use js_sys::{JsString, Object, Reflect, JSON};
use precis::wasm::{extract_entities_js, extract_keywords_js, split_sentences_js, summarize_js};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

use super::texts::Texts;

/// Pieces of text as UTF-16 code units: splitter traps, pairs and lone surrogates.
const PIECES: &[&[u16]] = &[
    &[0x61],
    &[0x42],
    &[0x20],
    &[0x0a],
    &[0x2e],
    &[0x21],
    &[0x3f],
    &[0x22],
    &[0x00],
    &[0x200f],
    &[0x301],
    &[0x4e2d],
    &[0x3002],
    &[0x2028],
    &[0xe9],
    &[0x2e, 0x20],
    &[0xd83d, 0xde00],                                 // 😀
    &[0xd83c, 0xddef, 0xd83c, 0xddf5],                 // 🇯🇵
    &[0xd800],                                         // a lone high surrogate
    &[0xdc00],                                         // a lone low surrogate
    &[0xdbff, 0x20],                                   // a high surrogate before a space
    &[0x41, 0x6e, 0x61, 0x20, 0x52, 0x75, 0x69, 0x7a], // "Ana Ruiz"
    &[0x44, 0x72, 0x2e, 0x20],                         // "Dr. "
    &[0x54, 0x68, 0x65, 0x20],                         // "The "
];

/// The next JS string of `texts`, its pieces joined.
fn text(texts: &mut Texts<'_, &[u16]>) -> JsString {
    let units: Vec<u16> = texts.pieces().into_iter().flat_map(|piece| piece.iter().copied()).collect();
    JsString::from_char_code(&units)
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap()
}

fn array(value: &JsValue) -> Vec<JsValue> {
    value.dyn_ref::<js_sys::Array>().expect("an array").to_vec()
}

fn offset(value: &JsValue, key: &str) -> u32 {
    let n = get(value, key).as_f64().expect("a number");
    assert!(n.fract() == 0.0 && n >= 0.0, "{key} = {n}");
    n as u32
}

fn options(json: &str) -> Option<Object> {
    Some(JSON::parse(json).unwrap().unchecked_into())
}

/// `text.slice(start, end)` as Rust reads it: lone surrogates become U+FFFD.
fn slice(text: &JsString, start: u32, end: u32) -> String {
    text.slice(start, end).into()
}

/// Panics if `at` falls between the two halves of a surrogate pair of `text`.
fn check_boundary(text: &JsString, at: u32) {
    if at > 0 && at < text.length() {
        let (before, after) = (text.char_code_at(at - 1) as u32, text.char_code_at(at) as u32);
        assert!(!((0xd800..0xdc00).contains(&before) && (0xdc00..0xe000).contains(&after)), "offset {at} cuts a pair");
    }
}

/// Panics unless `sentences` are lossless UTF-16 slices of `text`, in order.
fn check_sentences(text: &JsString, sentences: &[JsValue]) {
    let mut covered = 0;
    for (i, s) in sentences.iter().enumerate() {
        let (start, end) = (offset(s, "start"), offset(s, "end"));
        assert_eq!(offset(s, "index"), i as u32);
        assert!(covered <= start && start < end && end <= text.length(), "sentence {i}: {start}..{end}");
        assert!(slice(text, covered, start).trim().is_empty(), "text lost before sentence {i}");
        // the caller's own code units, lone surrogates included
        assert_eq!(JsValue::from(text.slice(start, end)), get(s, "text"), "sentence {i}");
        check_boundary(text, start);
        check_boundary(text, end);
        covered = end;
    }
    assert!(slice(text, covered, text.length()).trim().is_empty(), "text lost after the last sentence");
}

fn check_mentions(text: &JsString, items: &[JsValue]) {
    for item in items {
        let mentions = array(&get(item, "mentions"));
        assert_eq!(mentions.len() as u32, offset(item, "count"));
        for m in &mentions {
            let (start, end) = (offset(m, "start"), offset(m, "end"));
            assert!(start < end && end <= text.length());
            assert!(!slice(text, start, end).trim().is_empty());
            check_boundary(text, start);
            check_boundary(text, end);
        }
    }
}

#[wasm_bindgen_test]
fn invariants_hold_on_generated_strings_with_surrogates() {
    let mut texts = Texts::new(0x2545_F491_4F6C_DD1D, PIECES, 50);
    for round in 0..300 {
        let text = text(&mut texts);
        let all = array(&split_sentences_js(text.clone().into(), None).unwrap());
        check_sentences(&text, &all);
        let k = 1 + round % 3;
        for (json, expected) in [
            (format!(r#"{{"sentences": {k}}}"#), Some(k.min(all.len()))),
            (r#"{"ratio": 0.5}"#.to_string(), Some(all.len().div_ceil(2))),
            (format!(r#"{{"maxWords": {}}}"#, 4 * k), None),
        ] {
            let summary = summarize_js(text.clone().into(), options(&json)).unwrap();
            let chosen = array(&get(&summary, "sentences"));
            if let Some(n) = expected {
                assert_eq!(chosen.len(), n, "{json}");
            }
            let mut last = None;
            for s in &chosen {
                let index = offset(s, "index");
                assert!(last < Some(index), "document order");
                last = Some(index);
                let same = &all[index as usize];
                for key in ["start", "end", "text"] {
                    assert_eq!(get(s, key), get(same, key), "{key} of sentence {index}");
                }
            }
            check_mentions(&text, &array(&get(&summary, "entities")));
            check_mentions(&text, &array(&get(&summary, "keywords")));
            let again = summarize_js(text.clone().into(), options(&json)).unwrap();
            assert_eq!(JSON::stringify(&summary).unwrap(), JSON::stringify(&again).unwrap(), "deterministic");
        }
        check_mentions(&text, &array(&extract_entities_js(text.clone().into(), None).unwrap()));
        check_mentions(&text, &array(&extract_keywords_js(text.clone().into(), None).unwrap()));
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_stay_in_sentence_texts_without_offset_drift() {
    // "Ana Ruiz\uD800 met Bo Chen. \uDC00Then Ana Ruiz left 😀. Bo Chen stayed."
    let units: Vec<u16> = "Ana Ruiz\u{FFFD} met Bo Chen. \u{FFFD}Then Ana Ruiz left 😀. Bo Chen stayed."
        .encode_utf16()
        .enumerate()
        .map(|(i, u)| match (u, i) {
            (0xfffd, 8) => 0xd800,
            (0xfffd, _) => 0xdc00,
            (u, _) => u,
        })
        .collect();
    let text = JsString::from_char_code(&units);
    let sentences = array(&split_sentences_js(text.clone().into(), None).unwrap());
    let texts: Vec<JsValue> = sentences.iter().map(|s| get(s, "text")).collect();
    let expected = [text.slice(0, 22), text.slice(23, 46), text.slice(47, 62)];
    assert_eq!(texts, expected.map(JsValue::from), "the sentences are the caller's code units");
    assert_eq!(JsString::from(texts[0].clone()).char_code_at(8) as u32, 0xd800);
    check_sentences(&text, &sentences);
    assert_eq!(offset(&sentences[2], "start"), text.length() - "Bo Chen stayed.".len() as u32);
    let entities = array(&extract_entities_js(text.clone().into(), None).unwrap());
    for e in &entities {
        let name = get(e, "text").as_string().unwrap();
        for m in array(&get(e, "mentions")) {
            assert_eq!(slice(&text, offset(&m, "start"), offset(&m, "end")), name);
        }
    }
    assert_eq!(entities.len(), 2);
}

#[wasm_bindgen_test]
fn text_over_the_size_limit_throws_and_the_next_call_works() {
    let message = |text: JsString| -> String {
        let thrown: JsValue = summarize_js(text.into(), None).expect_err("throws").into();
        thrown.dyn_ref::<js_sys::Error>().expect("an Error").message().into()
    };
    let limit = precis::MAX_TEXT_BYTES as u32;
    // More code units than the limit: refused before it is copied into wasm memory.
    assert_eq!(
        message(JsString::from("a").repeat((limit + 1) as i32)),
        "text must be at most 64 MiB (67108864 bytes of UTF-8), got a string of 67108865 UTF-16 code units: split it into parts and summarize each"
    );
    // Fewer code units, more bytes of UTF-8 ("é" is 2).
    assert!(message(JsString::from("é").repeat((limit / 2 + 1) as i32)).contains("got 67108866 bytes"));
    let summary = summarize_js("One. Two.".into(), options(r#"{"sentences": 1}"#)).unwrap();
    assert_eq!(array(&get(&summary, "sentences")).len(), 1);
}
