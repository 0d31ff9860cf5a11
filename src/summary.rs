//! Extractive summaries: score every sentence, keep the best, in document order.
//!
//! A sentence's score mixes two signals:
//! - **content**: how many of the text's recurring terms it holds (each content term
//!   weighs the share of sentences that use it; stop words removed, case folded,
//!   stemmed), normalised by the sentence's length so long sentences do not win by
//!   size alone; very short sentences and sentences opening with a quotation (rarely a
//!   summary's material) are discounted;
//! - **position**: a prior for the opening sentences, as news and reports put their
//!   point first. It weighs most when the summary is a small share of the text (the
//!   lead can supply a short summary) and fades as the summary grows to cover the
//!   text; for a one-sentence summary it is weak, as the single most central sentence
//!   beats the first one.
//!
//! Selection takes sentences best first, skips any that repeat a sentence already
//! chosen, and returns them in document order.

use crate::entities::{entities_in, Entity, Span};
use crate::error::Error;
use crate::keywords::{keywords_in, Keyword, DEFAULT_KEYWORDS};
use crate::language::{detect_language, Language};
use crate::options::{Length, Options};
use crate::rank::{best_first, sort_ascending};
use crate::sentences::{split, Sentence};
use crate::words::{words, Segments, TermIds};

/// Entities a summary lists at most.
const SUMMARY_ENTITIES: usize = 10;
/// Weight of the position prior against the content score (both in 0..=1) for a
/// summary of two or more sentences that is a vanishing share of the text.
const POSITION_WEIGHT: f64 = 0.9;
/// Weight of the position prior for a one-sentence summary: the lead's sentences
/// cover a story together, but its first sentence alone is rarely the best single
/// sentence, so a one-sentence summary is mostly the text's most central sentence
/// (on CNN/DM, k = 1: 34.6 R-1 against LEAD-1's 30.1).
const ONE_SENTENCE_POSITION_WEIGHT: f64 = 0.3;
/// How fast the position weight fades as the summary's share of the sentences grows:
/// the weight is `POSITION_WEIGHT * (1 - share) ^ POSITION_FADE`.
const POSITION_FADE: f64 = 1.5;
/// The position prior of sentence `i` is `1 / (1 + i) ^ POSITION_DECAY`.
const POSITION_DECAY: f64 = 0.5;
/// Content is divided by `(terms + 1) ^ LENGTH_NORMALISATION`: 0 favours long
/// sentences, 1 favours short ones.
const LENGTH_NORMALISATION: f64 = 0.7;
/// Sentences with fewer words are discounted in proportion (fragments, captions).
const SHORT_SENTENCE_WORDS: f64 = 12.0;
/// Factor for the score of a "sentence" without final punctuation (a headline,
/// caption or list item): it is chosen only when no real sentence is as good, and
/// among such lines the order is unchanged.
const UNPUNCTUATED_FACTOR: f64 = 0.5;
/// Factor for sentences that open with a quotation mark.
const QUOTATION_FACTOR: f64 = 0.5;
/// Share of content words two sentences may have in common before the second is
/// a repeat of the first.
const MAX_OVERLAP: f64 = 0.6;
/// Factor applied to the score of sentences that do not mention the focus.
const OFF_FOCUS: f64 = 0.25;
/// A candidate is checked for repeats against at most this many chosen sentences
/// (the best ones), which keeps selection linear in the number of sentences.
const REDUNDANCY_WINDOW: usize = 32;

/// The longest text [`summarize`] accepts, in bytes of UTF-8: 64 MiB. Longer text is
/// an error rather than minutes of work and gigabytes of memory (in a browser tab, a
/// WebAssembly module that runs out of memory cannot recover).
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

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
/// [`MAX_TEXT_BYTES`] are errors. The result depends only on the input (ties are
/// broken by position).
///
/// ```
/// use precis::{summarize, Options};
/// let text = "The council approved the new bridge on Monday. The bridge will cost $40 million. \
///             Work on the bridge starts in May. Residents had asked for a bridge for years.";
/// let summary = summarize(text, &Options::sentences(2)).unwrap();
/// assert_eq!(summary.sentences.len(), 2);
/// assert_eq!(summary.sentences[0].sentence.index, 0);
/// ```
pub fn summarize<'a>(text: &'a str, options: &Options) -> Result<Summary<'a>, Error> {
    options.validate()?;
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::text_too_long(format!("{} bytes", text.len())));
    }
    let language = options.language.unwrap_or_else(|| detect_language(text));
    let sentences = split(text, language, &options.abbreviations);
    let segments = Segments::new(&sentences);
    let mut ids = TermIds::new(language);
    let Selection { profiles, scores, chosen } =
        selection(&sentences, &segments, &mut ids, options.length, options.focus.as_deref());
    let mut entities = entities_in(text, &sentences, &segments, language, &chosen);
    let keywords = keywords_in(text, &sentences, &segments, &mut ids, &entities, DEFAULT_KEYWORDS);
    entities.truncate(SUMMARY_ENTITIES);
    Ok(Summary {
        sentences: chosen.into_iter().map(|i| SummarySentence { sentence: sentences[i], score: scores[i] }).collect(),
        entities,
        keywords,
        language,
        stats: Stats { sentences: sentences.len(), words: profiles.iter().map(|p| p.words).sum() },
    })
}

/// The indices of the sentences a default summary of `sentences` would choose: the
/// entity ranking favours names those sentences mention.
/// `ids` numbers the terms of the text, in `language`.
pub(crate) fn default_summary<'w>(
    sentences: &[Sentence<'w>],
    segments: &Segments,
    ids: &mut TermIds<'w>,
) -> Vec<usize> {
    selection(sentences, segments, ids, Length::Default, None).chosen
}

/// Every sentence's profile and score, and the chosen ones.
struct Selection {
    profiles: Vec<Profile>,
    scores: Vec<f64>,
    /// Indices of the chosen sentences, in document order.
    chosen: Vec<usize>,
}

fn selection<'w>(
    sentences: &[Sentence<'w>],
    segments: &Segments,
    ids: &mut TermIds<'w>,
    length: Length,
    focus: Option<&'w str>,
) -> Selection {
    let mut found = Vec::new();
    let profiles: Vec<Profile> =
        sentences.iter().map(|s| Profile::new(s.text, segments.words_of(s).map(|(_, w)| w), ids, &mut found)).collect();
    let focus: Vec<u32> = match focus {
        Some(focus) => Profile::new(focus, words(focus, 0).map(|(_, w)| w), ids, &mut found).terms,
        None => Vec::new(),
    };
    let size = SummarySize::new(length, &profiles);
    let scores = score(&profiles, &focus, size.expected_sentences(&profiles));
    let chosen = select(sentences, &profiles, &scores, size);
    Selection { profiles, scores, chosen }
}

/// What scoring needs to know about one sentence.
struct Profile {
    /// Distinct content terms, as ids, sorted.
    terms: Vec<u32>,
    /// Words, for the word budget.
    words: usize,
    /// Whether the sentence opens with a quotation mark.
    quotation: bool,
    /// Whether it lacks final punctuation: a headline, a caption or a list item.
    unpunctuated: bool,
}

impl Profile {
    /// The profile of `text`, giving each new term the next id in `ids`; `found` is
    /// scratch space, shared by every sentence.
    fn new<'w>(
        text: &'w str,
        words: impl Iterator<Item = &'w str>,
        ids: &mut TermIds<'w>,
        found: &mut Vec<u32>,
    ) -> Self {
        found.clear();
        let words = ids.each_term(text, words, |id| found.push(id));
        sort_ascending(found, |term| term as usize);
        found.dedup();
        let quotation = text.starts_with(['"', '“', '‘', '\'', '«', '„', '「']);
        let core = text.trim_end_matches(['"', '\'', ')', ']', '”', '’', '»', '」']);
        let unpunctuated = !core.ends_with(['.', '!', '?', '…', '。', '！', '？', ':', ';']);
        Profile { terms: found.to_vec(), words, quotation, unpunctuated }
    }
}

/// How many sentences a summary may have, and how many words.
#[derive(Clone, Copy)]
struct SummarySize {
    sentences: usize,
    words: usize,
}

impl SummarySize {
    fn new(length: Length, profiles: &[Profile]) -> Self {
        let n = profiles.len();
        let (sentences, words) = match length {
            Length::Default => (((n as f64) * 0.2).round().clamp(1.0, 7.0) as usize, usize::MAX),
            Length::Sentences(k) => (k, usize::MAX),
            Length::Ratio(r) => (((n as f64) * r).ceil() as usize, usize::MAX),
            Length::MaxWords(w) => (n, w),
        };
        SummarySize { sentences: sentences.min(n), words }
    }

    /// The number of sentences the summary is expected to have (a word budget is
    /// converted at the mean sentence length of `profiles`).
    fn expected_sentences(self, profiles: &[Profile]) -> f64 {
        let total_words: usize = profiles.iter().map(|p| p.words).sum();
        let mean_words = total_words as f64 / profiles.len().max(1) as f64;
        let by_words = if self.words == usize::MAX { f64::INFINITY } else { self.words as f64 / mean_words.max(1.0) };
        (self.sentences as f64).min(by_words).max(1.0)
    }
}

/// Scores in 0..=1 for every sentence, for a summary of about `k` sentences.
fn score(profiles: &[Profile], focus: &[u32], k: f64) -> Vec<f64> {
    // term ids are numbered from 0 (words::TermIds), so a Vec indexed by id is the map
    let ids = profiles.iter().flat_map(|p| p.terms.last()).max().map_or(0, |&last| last as usize + 1);
    let mut sentences_using = vec![0.0; ids];
    for &term in profiles.iter().flat_map(|p| &p.terms) {
        sentences_using[term as usize] += 1.0;
    }
    let most_used = sentences_using.iter().copied().fold(1.0, f64::max);
    let content: Vec<f64> = profiles
        .iter()
        .map(|p| {
            let weight: f64 = p.terms.iter().map(|t| sentences_using[*t as usize] / most_used).sum();
            let mut content = weight / (p.terms.len() as f64 + 1.0).powf(LENGTH_NORMALISATION);
            content *= (p.words as f64 / SHORT_SENTENCE_WORDS).min(1.0);
            if p.quotation {
                content *= QUOTATION_FACTOR;
            }
            content
        })
        .collect();
    let best = content.iter().copied().fold(f64::MIN_POSITIVE, f64::max);
    let share = (k / profiles.len().max(1) as f64).min(1.0);
    let lead_weight = POSITION_WEIGHT * (1.0 - share).powf(POSITION_FADE);
    let position_weight =
        ONE_SENTENCE_POSITION_WEIGHT + (lead_weight - ONE_SENTENCE_POSITION_WEIGHT) * (k - 1.0).clamp(0.0, 1.0);
    content
        .iter()
        .zip(profiles)
        .enumerate()
        .map(|(i, (c, p))| {
            let position = 1.0 / (1.0 + i as f64).powf(POSITION_DECAY);
            // at most 1: two parts of 1 each, weighted, can sum to 1.0000000000000002
            let mut score = ((1.0 - position_weight) * c / best + position_weight * position).min(1.0);
            if p.unpunctuated {
                score *= UNPUNCTUATED_FACTOR;
            }
            let about_focus = focus.is_empty() || focus.iter().any(|t| p.terms.binary_search(t).is_ok());
            if about_focus {
                score
            } else {
                score * OFF_FOCUS
            }
        })
        .collect()
}

/// The indices of the chosen sentences, in document order.
fn select(sentences: &[Sentence<'_>], profiles: &[Profile], scores: &[f64], size: SummarySize) -> Vec<usize> {
    let n = profiles.len();
    let order = best_first(
        &scores
            .iter()
            .zip(sentences)
            .map(|(&score, s)| (score, Span { start: s.start, end: s.end }))
            .collect::<Vec<_>>(),
    );
    let mut chosen: Vec<usize> = Vec::new();
    let mut taken = vec![false; n];
    let mut words = 0;
    for pass_allows_repeats in [false, true] {
        for &i in &order {
            if chosen.len() == size.sentences {
                break;
            }
            let fits = words + profiles[i].words <= size.words;
            let repeat = || {
                chosen
                    .iter()
                    .take(REDUNDANCY_WINDOW)
                    .any(|&c| overlap(&profiles[i].terms, &profiles[c].terms) > MAX_OVERLAP)
            };
            if fits && !taken[i] && (pass_allows_repeats || !repeat()) {
                chosen.push(i);
                taken[i] = true;
                words += profiles[i].words;
            }
        }
    }
    sort_ascending(&mut chosen, |index| index);
    chosen
}

/// The share of the smaller term set that the two sorted sets have in common.
fn overlap(a: &[u32], b: &[u32]) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / smaller as f64
}
