//! Layer 6, the API: the four jobs (`summarize`, `split_sentences`,
//! `extract_entities`, `extract_keywords`), each checking its input, reading the text
//! into a [`Document`] once and running the stages it needs, in order.

use crate::basics::{
    check_text_length, EntityOptions, Error, KeywordOptions, Language, Length, Span, SplitOptions, SummaryOptions,
    DEFAULT_KEYWORDS,
};
use crate::document::Document;
use crate::entities::{find_entities, Entity};
use crate::keywords::{find_keywords, merge_by_score, Keyword};
use crate::scoring::choose_sentences;
use crate::text::{detect_language, split, Sentence};

/// Entities a summary lists at most.
const SUMMARY_ENTITIES: usize = 10;

/// A sentence chosen for the summary.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SummarySentence<'a> {
    /// The sentence, with its position and byte offsets in the text.
    pub sentence: Sentence<'a>,
    /// Importance in 0..=1: higher is more important; comparable within one text.
    pub score: f64,
}

/// Counts over the whole text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Sentences in the text.
    pub sentences: usize,
    /// Words in the text.
    pub words: usize,
}

/// The result of [`summarize`].
#[derive(Clone, Debug, PartialEq)]
pub struct Summary<'a> {
    /// The selected sentences, in document order.
    pub sentences: Vec<SummarySentence<'a>>,
    /// The key entities, most important first (at most 10).
    pub entities: Vec<Entity>,
    /// The key phrases that are not entities, most important first (at most 10).
    pub keywords: Vec<Keyword>,
    /// The language the text was treated as.
    pub language: Language,
    /// Counts over the whole text.
    pub stats: Stats,
}

/// Summarizes `text`: its most important sentences, in their original order, its
/// key entities and its keywords.
///
/// Empty or whitespace-only text gives an empty summary; a text with fewer sentences
/// than asked gives all of them. Options out of range and a text longer than
/// [`MAX_TEXT_BYTES`](crate::MAX_TEXT_BYTES) are errors. The result depends only on
/// the input (ties are broken by position).
///
/// ```
/// use precis::{summarize, SummaryOptions};
/// let text = "The council approved the new bridge on Monday. The bridge will cost $40 million. \
///             Work on the bridge starts in May. Residents had asked for a bridge for years.";
/// let summary = summarize(text, &SummaryOptions::sentences(2))?;
/// assert_eq!(summary.sentences.len(), 2);
/// assert_eq!(summary.sentences[0].sentence.index, 0);
/// # Ok::<(), precis::Error>(())
/// ```
pub fn summarize<'a>(text: &'a str, options: &SummaryOptions) -> Result<Summary<'a>, Error> {
    options.validate()?;
    check_text_length(text)?;
    let document = Document::new(text, options.language, &options.abbreviations);
    let selection = choose_sentences(&document, options.length, options.focus.as_deref());
    let mut entities = find_entities(&document, &selection.chosen);
    let keywords = find_keywords(&document, mentions(&entities), DEFAULT_KEYWORDS);
    entities.truncate(SUMMARY_ENTITIES);
    let sentences = selection
        .chosen
        .into_iter()
        .map(|i| SummarySentence { sentence: document.sentences[i], score: selection.scores[i] })
        .collect();
    let stats = Stats { sentences: document.sentences.len(), words: document.words.iter().sum() };
    Ok(Summary { sentences, entities, keywords, language: document.language, stats })
}

/// Splits `text` into sentences, in order, detecting its language.
///
/// Lossless: the sentences, together with the whitespace between them, cover the
/// whole text. Whitespace-only text has no sentences. Only a text longer than
/// [`MAX_TEXT_BYTES`](crate::MAX_TEXT_BYTES) is an error.
///
/// ```
/// let text = "Dr. Smith met Lloyd J. Austin at 5 p.m. on Monday. They spoke.";
/// let sentences: Vec<&str> = precis::split_sentences(text)?.iter().map(|s| s.text).collect();
/// assert_eq!(sentences, ["Dr. Smith met Lloyd J. Austin at 5 p.m. on Monday.", "They spoke."]);
/// # Ok::<(), precis::Error>(())
/// ```
pub fn split_sentences(text: &str) -> Result<Vec<Sentence<'_>>, Error> {
    split_sentences_with(text, &SplitOptions::default())
}

/// [`split_sentences`] in the language (detected when `None`) and with the extra
/// abbreviations of `options`.
pub fn split_sentences_with<'a>(text: &'a str, options: &SplitOptions) -> Result<Vec<Sentence<'a>>, Error> {
    check_text_length(text)?;
    let language = options.language.unwrap_or_else(|| detect_language(text));
    Ok(split(text, language, &options.abbreviations))
}

/// Finds the named entities of `text`, most important first.
///
/// ```
/// use precis::EntityKind;
///
/// let text = "Defense Secretary Lloyd J. Austin met Benjamin Netanyahu in Tel Aviv. \
///             Austin said the U.S. would help. Netanyahu's office agreed.";
/// let entities = precis::extract_entities(text)?;
/// let names: Vec<&str> = entities.iter().map(|e| e.text.as_str()).collect();
/// assert_eq!(names, ["Lloyd J. Austin", "Benjamin Netanyahu", "Tel Aviv", "U.S."]);
/// assert_eq!(entities[0].kind, EntityKind::Person);
/// assert_eq!(entities[2].kind, EntityKind::Place);
/// # Ok::<(), precis::Error>(())
/// ```
pub fn extract_entities(text: &str) -> Result<Vec<Entity>, Error> {
    extract_entities_with(text, &EntityOptions::default())
}

/// [`extract_entities`] with the language (detected when `None`), the extra
/// abbreviations, the `kinds` to keep (all when empty) and the `limit` of `options`.
/// Entities that a default summary's sentences mention rank higher.
pub fn extract_entities_with(text: &str, options: &EntityOptions) -> Result<Vec<Entity>, Error> {
    check_text_length(text)?;
    let document = Document::new(text, options.language, &options.abbreviations);
    let mut entities = entities_of(&document);
    if !options.kinds.is_empty() {
        entities.retain(|e| options.kinds.contains(&e.kind));
    }
    entities.truncate(options.limit.unwrap_or(usize::MAX));
    Ok(entities)
}

/// Finds the key phrases and key names of `text`, most important first, at most
/// [`DEFAULT_KEYWORDS`].
///
/// ```
/// let text = "The humanitarian crisis in the region deepened on Monday. Aid agencies \
///             warned that the humanitarian crisis would worsen without military aid. \
///             Officials promised more military aid by Friday.";
/// let keywords = precis::extract_keywords(text)?;
/// let phrases: Vec<&str> = keywords.iter().map(|k| k.text.as_str()).collect();
/// assert!(phrases.starts_with(&["humanitarian crisis", "military aid"]));
/// # Ok::<(), precis::Error>(())
/// ```
pub fn extract_keywords(text: &str) -> Result<Vec<Keyword>, Error> {
    extract_keywords_with(text, &KeywordOptions::default())
}

/// [`extract_keywords`] with the language (detected when `None`), the extra
/// abbreviations, the `limit` and the `names` of `options`. The words of named
/// entities are left out of the phrases; with `names` (the default), the entities'
/// names are ranked among them instead.
///
/// ```
/// use precis::{extract_keywords_with, KeywordOptions};
/// let text = "Hamas rejected the ceasefire plan. Israel said the ceasefire plan stood. \
///             Hamas wants the ceasefire plan changed.";
/// let listed: Vec<String> = extract_keywords_with(text, &KeywordOptions::default())?.into_iter().map(|k| k.text).collect();
/// assert_eq!(listed[..2], ["ceasefire plan", "Hamas"]);
/// let options = KeywordOptions { names: false, ..KeywordOptions::default() };
/// let phrases: Vec<String> = extract_keywords_with(text, &options)?.into_iter().map(|k| k.text).collect();
/// assert_eq!(phrases[0], "ceasefire plan");
/// assert!(!phrases.iter().any(|p| p == "Hamas" || p == "Israel"));
/// # Ok::<(), precis::Error>(())
/// ```
pub fn extract_keywords_with(text: &str, options: &KeywordOptions) -> Result<Vec<Keyword>, Error> {
    check_text_length(text)?;
    let document = Document::new(text, options.language, &options.abbreviations);
    let entities = entities_of(&document);
    let phrases = find_keywords(&document, mentions(&entities), options.limit);
    if !options.names {
        return Ok(phrases);
    }
    let mut names = Vec::with_capacity(entities.len());
    for Entity { text, count, score, mentions, .. } in entities {
        names.push(Keyword { text, count, score, mentions });
    }
    Ok(merge_by_score(names, phrases, options.limit))
}

/// The entities of `document`, ranked with the sentences of its default summary.
fn entities_of(document: &Document<'_>) -> Vec<Entity> {
    let summary = choose_sentences(document, Length::Default, None).chosen;
    find_entities(document, &summary)
}

/// Every mention of every entity.
fn mentions(entities: &[Entity]) -> Vec<Span> {
    entities.iter().flat_map(|e| e.mentions.iter().copied()).collect()
}
