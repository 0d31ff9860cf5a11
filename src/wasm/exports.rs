//! The exports (wasm32 only): the Rust functions with checked JS options, UTF-16
//! offsets and real `Error`s. JavaScript sees them as `summarize`, `splitSentences`,
//! `extractEntities`, `extractKeywords` and `version`. Every export takes the same
//! path: [`Input::read`], the Rust function, [`Utf16Offsets`], [`to_js`].

use js_sys::{Array, JsString, Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::options::{self, JsOptionValue, JsOptions};
use super::utf16::Utf16Offsets;
use crate::{Entity, Error, Keyword, Sentence, Span, Summary, MAX_TEXT_BYTES};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Options of `summarize`. Give at most one of `sentences`, `ratio` and `maxWords`;
 * with none, the summary has about 20% of the sentences (at least 1, at most 7). */
export interface SummarizeOptions {
  /** Number of sentences (a whole number >= 1); all of them if the text has fewer. */
  sentences?: number;
  /** Fraction of the sentences, 0 < ratio <= 1, rounded up. */
  ratio?: number;
  /** Word budget (a whole number >= 1), never exceeded: the best sentences that fit. */
  maxWords?: number;
  /** The text's language, or "auto" (the default) to detect it. */
  language?: Language;
  /** A word or phrase: sentences about it are preferred (a summary "about X"). */
  focus?: string;
  /** More abbreviations that do not end a sentence, e.g. ["approx.", "Kl."]. */
  abbreviations?: string[];
}

/** Options of `splitSentences`. */
export interface SplitOptions {
  /** The text's language, or "auto" (the default) to detect it. */
  language?: Language;
  /** More abbreviations that do not end a sentence, e.g. ["approx.", "Kl."]. */
  abbreviations?: string[];
}

/** Options of `extractEntities`. */
export interface EntityOptions {
  /** The text's language, or "auto" (the default) to detect it. */
  language?: Language;
  /** More abbreviations that do not end a sentence, e.g. ["approx.", "Kl."]. */
  abbreviations?: string[];
  /** At most this many entities (a whole number >= 1); all of them by default. */
  limit?: number;
  /** Only entities of these kinds, e.g. ["person", "organization"]; every kind by default. */
  kinds?: EntityKind[];
}

/** Options of `extractKeywords`. */
export interface KeywordOptions {
  /** The text's language, or "auto" (the default) to detect it. */
  language?: Language;
  /** More abbreviations that do not end a sentence, e.g. ["approx.", "Kl."]. */
  abbreviations?: string[];
  /** At most this many keywords (a whole number >= 1); 10 by default. */
  limit?: number;
  /** List the text's key names (its entities) among the phrases, ranked by the same
   * score; true by default. false lists phrases only, as `summarize` does beside its
   * entities. */
  names?: boolean;
}

/** What an entity names, from evidence in the text (titles, "said", "in", "Inc.",
 * "University"...) and small built-in lists (countries, cities, demonyms). */
export type EntityKind = "person" | "place" | "organization" | "other";

/** A language code: "auto" detects it; "und" means none of the others (no stop words,
 * abbreviations or stemming). "zh" and "ja" use character bigrams as terms. */
export type Language = "auto" | "en" | "fr" | "de" | "es" | "it" | "pt" | "nl" | "ru" | "zh" | "ja" | "und";

/** A sentence of the text. `text === input.slice(start, end)`. */
export interface Sentence {
  /** Position among the text's sentences, from 0. */
  index: number;
  /** The sentence as written. */
  text: string;
  /** UTF-16 offset of its first character (as `String.prototype.slice` counts). */
  start: number;
  /** UTF-16 offset just past its last character. */
  end: number;
}

/** A sentence chosen for the summary. */
export interface SummarySentence extends Sentence {
  /** Importance in 0..1; higher is more important; comparable within one text. */
  score: number;
}

/** Where a text mentions an entity: `input.slice(start, end)`. */
export interface Mention {
  /** UTF-16 offset of the mention's first character. */
  start: number;
  /** UTF-16 offset just past the mention's last character. */
  end: number;
}

/** A named entity (person, place, organisation...) the text is about. */
export interface Entity {
  /** The fullest form of the name in the text, e.g. "Lloyd J. Austin". */
  text: string;
  /** Person, place, organization or other. */
  kind: EntityKind;
  /** Number of mentions, counting every form of the name ("Austin", "Austin's"). */
  count: number;
  /** Importance; higher is more important; comparable within one text. */
  score: number;
  /** The forms of the name the text uses, without titles or possessives, in order of
   * first use, e.g. ["Lloyd J. Austin", "Austin", "Lloyd Austin"]. */
  variants: string[];
  /** Every mention of every form, in text order. */
  mentions: Mention[];
}

/** A key phrase of one to three content words, e.g. "military aid", or one of the
 * text's key names (`extractKeywords` lists both unless `names` is false). */
export interface Keyword {
  /** The phrase as the text writes it (a capital that only opens a sentence is lowered). */
  text: string;
  /** Number of mentions (forms with the same stems count together: "aid convoy", "aid convoys"). */
  count: number;
  /** Importance; higher is more important; comparable within one text. */
  score: number;
  /** Every mention, in text order. */
  mentions: Mention[];
}

/** Counts over the whole text. */
export interface Stats {
  /** Sentences in the text. */
  sentences: number;
  /** Words in the text. */
  words: number;
}

/** The result of `summarize`. */
export interface Summary {
  /** The chosen sentences, in document order. */
  sentences: SummarySentence[];
  /** The key entities, most important first (at most 10). */
  entities: Entity[];
  /** The keywords, most important first (at most 10). */
  keywords: Keyword[];
  /** The language the text was treated as (detected unless given): a `Language` other than "auto". */
  language: Exclude<Language, "auto">;
  /** Counts over the whole text. */
  stats: Stats;
}
"#;

/// Summarizes `text`: its most important sentences in document order, its key
/// entities and keywords, its language and counts. Offsets are UTF-16, so
/// `text.slice(start, end)` is the sentence or mention. Throws an `Error` naming the
/// option at fault when `options` is invalid.
///
/// ```js
/// const { sentences, entities, keywords } = summarize(text, { sentences: 3 });
/// ```
#[wasm_bindgen(js_name = summarize, unchecked_return_type = "Summary")]
pub fn summarize_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "SummarizeOptions")] options: Option<Object>,
) -> Result<JsValue, JsError> {
    let (input, options) =
        Input::read(text, options, &["sentences", "ratio", "maxWords", "language", "focus", "abbreviations"])?;
    let summary = crate::summarize(&input.text, &options.summary())?;
    let offsets = Utf16Offsets::new(&input.text, summary_offsets(&summary));
    to_js(&JsSummary::new(&summary, &input.sentence_texts(&offsets)))
}

/// Splits `text` into sentences (lossless: only whitespace lies between them).
///
/// ```js
/// splitSentences("Dr. Smith left. He was late.").map(s => s.text);
/// // ["Dr. Smith left.", "He was late."]
/// ```
#[wasm_bindgen(js_name = splitSentences, unchecked_return_type = "Sentence[]")]
pub fn split_sentences_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "SplitOptions")] options: Option<Object>,
) -> Result<JsValue, JsError> {
    let (input, options) = Input::read(text, options, &["language", "abbreviations"])?;
    let sentences = crate::split_sentences_with(&input.text, &options.split())?;
    let offsets = Utf16Offsets::new(&input.text, sentences.iter().flat_map(|s| [s.start, s.end]).collect());
    let texts = input.sentence_texts(&offsets);
    to_js(&sentences.iter().map(|s| JsSentence::new(s, &texts)).collect::<Vec<_>>())
}

/// Finds the named entities of `text`, most important first, with every mention.
///
/// ```js
/// extractEntities("Lloyd J. Austin landed. Austin spoke.", { kinds: ["person"] })[0];
/// // { text: "Lloyd J. Austin", kind: "person", count: 2, score: 5.1,
/// //   variants: ["Lloyd J. Austin", "Austin"], mentions: [...] }
/// ```
#[wasm_bindgen(js_name = extractEntities, unchecked_return_type = "Entity[]")]
pub fn extract_entities_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "EntityOptions")] options: Option<Object>,
) -> Result<JsValue, JsError> {
    let (input, options) = Input::read(text, options, &["language", "abbreviations", "limit", "kinds"])?;
    let entities = crate::extract_entities_with(&input.text, &options.entities())?;
    let offsets = Utf16Offsets::new(&input.text, span_offsets(entities.iter().map(|e| &e.mentions[..])));
    to_js(&js_entities(&entities, &offsets))
}

/// Finds the key phrases of `text` (one to three content words, not entities), most
/// important first, with every mention.
///
/// ```js
/// extractKeywords(text, { limit: 5 }).map((k) => k.text);
/// // ["military aid", "humanitarian crisis", ...]
/// ```
#[wasm_bindgen(js_name = extractKeywords, unchecked_return_type = "Keyword[]")]
pub fn extract_keywords_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "KeywordOptions")] options: Option<Object>,
) -> Result<JsValue, JsError> {
    let (input, options) = Input::read(text, options, &["language", "abbreviations", "limit", "names"])?;
    let keywords = crate::extract_keywords_with(&input.text, &options.keywords())?;
    let offsets = Utf16Offsets::new(&input.text, span_offsets(keywords.iter().map(|k| &k.mentions[..])));
    to_js(&js_keywords(&keywords, &offsets))
}

/// The version of this package.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// An export's text, as JavaScript passed it and as Rust text.
struct Input {
    /// The caller's own string.
    original: JsString,
    /// The same text as Rust text (lone surrogates as U+FFFD, one code unit too).
    text: String,
}

impl Input {
    /// Reads the text and the options object, accepting only the options in `allowed`.
    fn read(original: JsValue, options: Option<Object>, allowed: &[&str]) -> Result<(Self, JsOptions), JsError> {
        let text = read_text(&original)?;
        let options = read_options(options, allowed)?;
        Ok((Input { original: original.unchecked_into(), text }, options))
    }

    /// Sentence texts as slices of the caller's own string, so that `text` is
    /// `input.slice(start, end)` to the code unit, lone surrogates included.
    fn sentence_texts<'a>(&'a self, offsets: &'a Utf16Offsets) -> SentenceTexts<'a> {
        SentenceTexts { original: &self.original, offsets }
    }
}

/// Makes the JS string of a sentence from its byte offsets.
struct SentenceTexts<'a> {
    original: &'a JsString,
    offsets: &'a Utf16Offsets,
}

impl SentenceTexts<'_> {
    /// The UTF-16 offsets of `sentence` and its text, sliced from the caller's string.
    fn of(&self, sentence: &Sentence<'_>) -> (usize, usize, JsValue) {
        let (start, end) = (self.offsets.get(sentence.start), self.offsets.get(sentence.end));
        (start, end, self.original.slice(start as u32, end as u32).into())
    }
}

/// `result` as a JS value.
fn to_js<T: Serialize>(result: &T) -> Result<JsValue, JsError> {
    result.serialize(&serde_wasm_bindgen::Serializer::new()).map_err(|e| JsError::new(&e.to_string()))
}

/// The text argument as Rust text. Lone UTF-16 surrogates become U+FFFD (one code
/// unit too, so offsets stay those of the JS string). A string of more than
/// [`MAX_TEXT_BYTES`] code units is refused before it is copied into the module's
/// memory; one that is longer only as UTF-8, after.
fn read_text(value: &JsValue) -> Result<String, JsError> {
    let units = value.dyn_ref::<JsString>().map_or(0, |s| s.length() as usize);
    if units > MAX_TEXT_BYTES {
        return Err(Error::text_too_long(format_args!("a string of {units} UTF-16 code units")).into());
    }
    let text =
        value.as_string().ok_or_else(|| JsError::new(&format!("text must be a string, got {}", describe(value))))?;
    Ok(text)
}

const OPTIONS_ALLOWED: &str = "an object such as { sentences: 3 }";

/// Reads a JS options object, accepting only the keys in `allowed`.
fn read_options(value: Option<Object>, allowed: &[&str]) -> Result<JsOptions, Error> {
    let Some(object) = value else { return Ok(JsOptions::default()) };
    if Array::is_array(&object) {
        return Err(Error::invalid_option("options", OPTIONS_ALLOWED, &"an array"));
    }
    if !object.is_object() {
        return Err(Error::invalid_option("options", OPTIONS_ALLOWED, &describe(&object)));
    }
    let pairs = Object::keys(&object)
        .iter()
        .filter_map(|key| {
            let name = key.as_string().unwrap_or_default();
            match Reflect::get(&object, &key) {
                Ok(value) => (!value.is_undefined()).then(|| (name, describe(&value))),
                Err(_) => Some((name, JsOptionValue::Other("a getter that throws".into()))),
            }
        })
        .collect();
    options::parse(pairs, allowed)
}

/// A JS value as the options parser sees it.
fn describe(value: &JsValue) -> JsOptionValue {
    if let Some(n) = value.as_f64() {
        JsOptionValue::Number(n)
    } else if let Some(s) = value.as_string() {
        JsOptionValue::Text(s)
    } else if let Some(flag) = value.as_bool() {
        JsOptionValue::Flag(flag)
    } else if value.is_null() {
        JsOptionValue::Other("null".into())
    } else if let Some(array) = value.dyn_ref::<Array>() {
        match array.iter().map(|item| item.as_string()).collect::<Option<Vec<String>>>() {
            Some(strings) => JsOptionValue::Texts(strings),
            None => JsOptionValue::Other("an array holding a non-string".into()),
        }
    } else {
        JsOptionValue::Other(format!("a value of type {}", value.js_typeof().as_string().unwrap_or_default()))
    }
}

/// The start and end of every span of every list.
fn span_offsets<'a>(lists: impl Iterator<Item = &'a [Span]>) -> Vec<usize> {
    let mut offsets = Vec::new();
    for span in lists.flatten() {
        offsets.extend([span.start, span.end]);
    }
    offsets
}

/// Every byte offset a summary returns.
fn summary_offsets(summary: &Summary<'_>) -> Vec<usize> {
    let entities = summary.entities.iter().map(|e| &e.mentions[..]);
    let mut offsets = span_offsets(entities.chain(summary.keywords.iter().map(|k| &k.mentions[..])));
    for s in &summary.sentences {
        offsets.extend([s.sentence.start, s.sentence.end]);
    }
    offsets
}

fn js_mentions(mentions: &[Span], offsets: &Utf16Offsets) -> Vec<JsMention> {
    mentions.iter().map(|m| JsMention { start: offsets.get(m.start), end: offsets.get(m.end) }).collect()
}

fn js_entities<'a>(entities: &'a [Entity], offsets: &Utf16Offsets) -> Vec<JsEntity<'a>> {
    entities
        .iter()
        .map(|e| JsEntity {
            text: &e.text,
            kind: e.kind.code(),
            count: e.count,
            score: e.score,
            variants: &e.variants,
            mentions: js_mentions(&e.mentions, offsets),
        })
        .collect()
}

fn js_keywords<'a>(keywords: &'a [Keyword], offsets: &Utf16Offsets) -> Vec<JsKeyword<'a>> {
    keywords
        .iter()
        .map(|k| JsKeyword {
            text: &k.text,
            count: k.count,
            score: k.score,
            mentions: js_mentions(&k.mentions, offsets),
        })
        .collect()
}

#[derive(Serialize)]
struct JsSentence {
    index: usize,
    #[serde(with = "serde_wasm_bindgen::preserve")]
    text: JsValue,
    start: usize,
    end: usize,
}

impl JsSentence {
    fn new(s: &Sentence<'_>, texts: &SentenceTexts<'_>) -> Self {
        let (start, end, text) = texts.of(s);
        JsSentence { index: s.index, text, start, end }
    }
}

#[derive(Serialize)]
struct JsSummarySentence {
    index: usize,
    #[serde(with = "serde_wasm_bindgen::preserve")]
    text: JsValue,
    start: usize,
    end: usize,
    score: f64,
}

#[derive(Serialize)]
struct JsMention {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsEntity<'a> {
    text: &'a str,
    kind: &'static str,
    count: usize,
    score: f64,
    variants: &'a [String],
    mentions: Vec<JsMention>,
}

#[derive(Serialize)]
struct JsKeyword<'a> {
    text: &'a str,
    count: usize,
    score: f64,
    mentions: Vec<JsMention>,
}

#[derive(Serialize)]
struct JsStats {
    sentences: usize,
    words: usize,
}

#[derive(Serialize)]
struct JsSummary<'a> {
    sentences: Vec<JsSummarySentence>,
    entities: Vec<JsEntity<'a>>,
    keywords: Vec<JsKeyword<'a>>,
    language: &'static str,
    stats: JsStats,
}

impl<'a> JsSummary<'a> {
    fn new(summary: &'a Summary<'a>, texts: &SentenceTexts<'_>) -> Self {
        let sentence = |s: &crate::SummarySentence<'_>| {
            let (start, end, text) = texts.of(&s.sentence);
            JsSummarySentence { index: s.sentence.index, text, start, end, score: s.score }
        };
        JsSummary {
            sentences: summary.sentences.iter().map(sentence).collect(),
            entities: js_entities(&summary.entities, texts.offsets),
            keywords: js_keywords(&summary.keywords, texts.offsets),
            language: summary.language.code(),
            stats: JsStats { sentences: summary.stats.sentences, words: summary.stats.words },
        }
    }
}
