//! Tests of the JavaScript API, run under WebAssembly by `wasm_node.rs` (Node) and
//! `wasm_browser.rs` (headless Chromium): the same checks in both hosts.

use js_sys::{JsString, Object, Reflect, JSON};
use precis::wasm::{extract_entities_js, extract_keywords_js, split_sentences_js, summarize_js};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

mod invariants;
#[path = "../support/texts.rs"]
mod texts;

const BRIDGE: &str = include_str!("../fixtures/harbor_bridge.txt");

fn options(json: &str) -> Option<Object> {
    Some(JSON::parse(json).unwrap().unchecked_into())
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap()
}

fn array(value: &JsValue) -> Vec<JsValue> {
    value.dyn_ref::<js_sys::Array>().expect("an array").to_vec()
}

fn number(value: &JsValue, key: &str) -> u32 {
    get(value, key).as_f64().unwrap() as u32
}

/// The message of the `Error` the call threw; fails if it returned or threw a non-Error.
fn error_message(result: Result<JsValue, wasm_bindgen::JsError>) -> String {
    let thrown: JsValue = result.expect_err("the call throws").into();
    let error = thrown.dyn_ref::<js_sys::Error>().expect("a real Error instance");
    error.message().into()
}

#[wasm_bindgen_test]
fn summarize_returns_the_documented_shape() {
    let result = summarize_js(BRIDGE.into(), options(r#"{"sentences": 3}"#)).unwrap();
    let sentences = array(&get(&result, "sentences"));
    assert_eq!(sentences.len(), 3);
    let js_text = JsString::from(BRIDGE);
    let mut last_index = None;
    for s in &sentences {
        let (start, end) = (number(s, "start"), number(s, "end"));
        assert_eq!(js_text.slice(start, end), get(s, "text").as_string().unwrap());
        let index = number(s, "index");
        assert!(last_index < Some(index), "document order");
        last_index = Some(index);
        assert!(get(s, "score").as_f64().unwrap() > 0.0);
    }
    let entities = array(&get(&result, "entities"));
    assert!(!entities.is_empty() && entities.len() <= 10);
    for e in &entities {
        let mentions = array(&get(e, "mentions"));
        assert_eq!(mentions.len() as u32, number(e, "count"));
    }
    assert_eq!(get(&result, "language").as_string().unwrap(), "en");
    let stats = get(&result, "stats");
    assert_eq!(number(&stats, "sentences"), 17);
    assert!(number(&stats, "words") > 250);
}

#[wasm_bindgen_test]
fn offsets_are_utf16_code_units() {
    let text = "Café owners in Zürich 😀 met Mayor Ana B. Torres. 東京 visitors 🇯🇵 cheered Torres. \
                The 👩‍👩‍👧 family of Ana B. Torres watched.";
    let js_text = JsString::from(text);
    for s in array(&split_sentences_js(text.into(), None).unwrap()) {
        assert_eq!(js_text.slice(number(&s, "start"), number(&s, "end")), get(&s, "text").as_string().unwrap());
    }
    let entities = array(&extract_entities_js(text.into(), None).unwrap());
    let torres = entities.iter().find(|e| get(e, "text").as_string().unwrap() == "Ana B. Torres").expect("Torres");
    let mentions: Vec<String> = array(&get(torres, "mentions"))
        .iter()
        .map(|m| js_text.slice(number(m, "start"), number(m, "end")).into())
        .collect();
    assert_eq!(mentions, ["Ana B. Torres", "Torres", "Ana B. Torres"]);
}

#[wasm_bindgen_test]
fn bad_input_throws_errors_that_say_what_to_fix() {
    let cases = [
        (r#"{"sentences": 0}"#, "option \"sentences\" must be a whole number from 1 to 4294967295, got 0"),
        (r#"{"sentences": "3"}"#, "option \"sentences\" must be a whole number from 1 to 4294967295, got \"3\""),
        (r#"{"ratio": 2}"#, "option \"ratio\" must be a number greater than 0 and at most 1, got 2"),
        (r#"{"maxWords": null}"#, "option \"maxWords\" must be a whole number from 1 to 4294967295, got null"),
        (
            r#"{"language": "xx"}"#,
            "option \"language\" must be \"auto\" or one of \"en\", \"fr\", \"de\", \"es\", \"it\", \"pt\", \"nl\", \"ru\", \"zh\", \"ja\", \"und\", got \"xx\"",
        ),
        (
            r#"{"sentence": 3}"#,
            "unknown option \"sentence\": the options are sentences, ratio, maxWords, language, focus, abbreviations",
        ),
        (r#"{"abbreviations": ["ok", 3]}"#, "option \"abbreviations\" must be an array of abbreviations such as [\"approx.\", \"Kl.\"] (non-empty, no spaces), got an array holding a non-string"),
        (r#"{"sentences": 2, "maxWords": 9}"#, "options \"sentences\" and \"maxWords\" both set the summary length: give only one of them"),
        (r#"[3]"#, "option \"options\" must be an object such as { sentences: 3 }, got an array"),
    ];
    for (json, message) in cases {
        assert_eq!(error_message(summarize_js(BRIDGE.into(), options(json))), message, "{json}");
    }
    assert_eq!(error_message(summarize_js(JsValue::from(42), None)), "text must be a string, got 42");
    assert_eq!(
        error_message(split_sentences_js(BRIDGE.into(), options(r#"{"sentences": 2}"#))),
        "unknown option \"sentences\": the options are language, abbreviations"
    );
    // A failed call leaves the module usable.
    assert_eq!(array(&get(&summarize_js(BRIDGE.into(), None).unwrap(), "sentences")).len(), 3);
}

#[wasm_bindgen_test]
fn empty_text_is_an_empty_summary_not_an_error() {
    let result = summarize_js("  \n ".into(), options(r#"{"ratio": 0.5}"#)).unwrap();
    assert!(array(&get(&result, "sentences")).is_empty());
    assert!(array(&get(&result, "entities")).is_empty());
    assert!(array(&split_sentences_js("".into(), None).unwrap()).is_empty());
}

#[wasm_bindgen_test]
fn entities_have_kinds_and_variants_and_keywords_slice_the_text() {
    let text = "Mayor Elena R. Vasquez said the harbor bridge vote mattered. Vasquez's office called the \
                harbor bridge unsafe. The harbor bridge closes in Port Alder next year.";
    let js_text = JsString::from(text);
    let people = array(&extract_entities_js(text.into(), options(r#"{"kinds": ["person"], "limit": 1}"#)).unwrap());
    assert_eq!(people.len(), 1);
    assert_eq!(get(&people[0], "text").as_string().unwrap(), "Elena R. Vasquez");
    assert_eq!(get(&people[0], "kind").as_string().unwrap(), "person");
    let variants: Vec<String> = array(&get(&people[0], "variants")).iter().map(|v| v.as_string().unwrap()).collect();
    assert_eq!(variants, ["Elena R. Vasquez", "Vasquez"]);
    let keywords = array(&extract_keywords_js(text.into(), None).unwrap());
    assert_eq!(get(&keywords[0], "text").as_string().unwrap(), "harbor bridge");
    for m in array(&get(&keywords[0], "mentions")) {
        assert_eq!(js_text.slice(number(&m, "start"), number(&m, "end")), "harbor bridge");
    }
    let summary = summarize_js(text.into(), None).unwrap();
    assert!(!array(&get(&summary, "keywords")).is_empty());
    let message = error_message(extract_entities_js(text.into(), options(r#"{"kinds": "person"}"#)));
    assert!(message.starts_with("option \"kinds\" must be a non-empty array"), "{message}");
}
