//! Evidence: how the whole text writes each word (capitalised mid-sentence or
//! anywhere, in lower case, after a German article), read before any name is
//! looked for, so that a word's capital can be judged against the rest of the text.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;

use super::tokens::{is_acronym, is_camel_case, Line, Token};
use crate::basics::Language;
use crate::data::entity_words::{COMMON_WORDS, GERMAN_DETERMINERS, IMPERATIVE_WORDS};
use crate::data::stopwords;
use crate::text::{is_lower_case, is_upper_case};

/// How one word (lower case) is written across the text.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct WordUse {
    /// Capitalised where capitals are not automatic (mid-sentence in prose).
    pub(super) capitalised: u32,
    /// Capitalised anywhere (also sentence-initial and in headlines).
    pub(super) capitalised_anywhere: u32,
    /// Written in lower case.
    pub(super) lower: u32,
    /// German: right after an article or determiner.
    pub(super) after_article: u32,
}

/// What the whole text says about how words are written.
pub(super) struct Evidence<'t> {
    /// Keyed by the lower-case word, borrowed from the text when it is written so.
    words: HashMap<Cow<'t, str>, WordUse>,
    /// The language of the text.
    pub(super) language: Language,
}

impl<'t> Evidence<'t> {
    /// No words yet, for a text in `language`.
    pub(super) fn new(language: Language) -> Self {
        Evidence { words: HashMap::default(), language }
    }

    /// Counts how the words of one sentence's `tokens` are written, and tells whether
    /// one of them may begin a name in prose (`names::classify` finds no name without a
    /// capital, nor in a function word whose capital is automatic).
    pub(super) fn add(&mut self, tokens: &[Token<'t>], line: Line) -> bool {
        let mut may_name = false;
        for (i, t) in tokens.iter().enumerate() {
            let first = t.text.chars().next();
            let starts_lower = first.is_some_and(is_lower_case);
            // (a camel-case word starts in lower case)
            let capitalised = first.is_some_and(is_upper_case) || (starts_lower && is_camel_case(t.text));
            let lower = !capitalised && starts_lower;
            let after_article = self.language == Language::German
                && i > 0
                && tokens[i - 1].joined_to_next
                && GERMAN_DETERMINERS.contains(&tokens[i - 1].lower);
            if !(capitalised || lower || after_article) {
                continue; // nothing to count (numbers, caseless scripts); a missing entry reads as zero
            }
            let uses = match self.words.get_mut(&*t.lower) {
                Some(uses) => uses,
                None => self.words.entry(t.lower.clone()).or_default(),
            };
            if capitalised {
                may_name =
                    may_name || !t.initial || is_acronym(t.text) || !stopwords::is_stop_word(self.language, &t.lower);
                uses.capitalised_anywhere += 1;
                if line == Line::Prose && !t.initial {
                    uses.capitalised += 1;
                }
            } else if lower {
                uses.lower += 1;
            }
            if after_article {
                uses.after_article += 1;
            }
        }
        may_name
    }

    /// How the text writes `lower` (all zero for a word it never writes with a case).
    pub(super) fn uses(&self, lower: &str) -> WordUse {
        self.words.get(lower).copied().unwrap_or_default()
    }

    /// The text writes the word as a name: capitalised mid-sentence more often than in lower case.
    pub(super) fn proper(&self, lower: &str) -> bool {
        let u = self.uses(lower);
        u.capitalised > 0 && u.capitalised >= u.lower
    }

    /// A common word: a function word, an interjection or opener, or one the text
    /// also writes in lower case.
    pub(super) fn common(&self, lower: &str) -> bool {
        // Another form of the word in lower case: "Visits" after "visit", "Correct" after "correctly".
        let inflected = || {
            self.language == Language::English
                && lower.chars().count() > 4
                && (["s", "es", "ed", "d", "ing"]
                    .iter()
                    .any(|suffix| lower.strip_suffix(suffix).is_some_and(|stem| self.uses(stem).lower > 0))
                    || {
                        let mut suffixed = String::with_capacity(lower.len() + 3);
                        ["s", "ly", "ed", "ing"].iter().any(|suffix| {
                            suffixed.clear();
                            suffixed.push_str(lower);
                            suffixed.push_str(suffix);
                            self.uses(&suffixed).lower > 0
                        })
                    })
        };
        stopwords::is_stop_word(self.language, lower)
            || COMMON_WORDS.contains(lower)
            || (self.language == Language::English && IMPERATIVE_WORDS.contains(lower))
            || self.uses(lower).lower > 0
            || inflected()
            || (self.language == Language::English
                && lower.chars().count() > 5
                && (lower.ends_with("ing") || lower.ends_with("ly")))
    }

    /// German: a capitalised word that is a name rather than a common noun.
    pub(super) fn german_name(&self, lower: &str) -> bool {
        let u = self.uses(lower);
        u.capitalised_anywhere >= 2 && u.after_article == 0 && u.lower == 0
    }
}
