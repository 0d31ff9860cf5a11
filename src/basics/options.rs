//! The options of each job: a summary, sentences, entities, keywords. Each job has
//! its own type holding only the fields it reads.

use super::entity_kind::EntityKind;
use super::error::{number_text, Error};
use super::language::Language;

/// Keywords listed when no limit is given.
pub const DEFAULT_KEYWORDS: usize = 10;

/// How long a summary should be.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Length {
    /// About 20% of the sentences, at least 1 and at most 7.
    #[default]
    Default,
    /// This many sentences (all of them if the text has fewer).
    Sentences(usize),
    /// This fraction of the sentences, rounded up: `0 < ratio <= 1`.
    Ratio(f64),
    /// As many of the best sentences as fit in this many words. A hard budget: a text
    /// whose every sentence is longer gets an empty summary.
    MaxWords(usize),
}

/// Options of [`summarize`](crate::summarize). `SummaryOptions::default()` gives about
/// 20% of the sentences and detects the language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SummaryOptions {
    /// How long the summary is.
    pub length: Length,
    /// The text's language; `None` detects it.
    pub language: Option<Language>,
    /// More abbreviations that do not end a sentence, without their final period,
    /// e.g. `"approx"`, `"Kl"` (matched case-insensitively).
    pub abbreviations: Vec<String>,
    /// A word or phrase the summary should be about: sentences mentioning it are preferred.
    pub focus: Option<String>,
}

impl SummaryOptions {
    /// Options asking for `count` sentences.
    pub fn sentences(count: usize) -> Self {
        SummaryOptions { length: Length::Sentences(count), ..SummaryOptions::default() }
    }

    /// Options asking for this fraction of the sentences.
    pub fn ratio(ratio: f64) -> Self {
        SummaryOptions { length: Length::Ratio(ratio), ..SummaryOptions::default() }
    }

    /// Options asking for at most `words` words.
    pub fn max_words(words: usize) -> Self {
        SummaryOptions { length: Length::MaxWords(words), ..SummaryOptions::default() }
    }

    /// The options that split a text into the sentences this summary chooses from.
    pub fn split_options(&self) -> SplitOptions {
        SplitOptions { language: self.language, abbreviations: self.abbreviations.clone() }
    }

    /// Checks every value is in range.
    pub fn validate(&self) -> Result<(), Error> {
        let whole = "Sentences(n) or MaxWords(n) with n >= 1";
        match self.length {
            Length::Sentences(0) => Err(Error::invalid_option("length", whole, &"Sentences(0)")),
            Length::MaxWords(0) => Err(Error::invalid_option("length", whole, &"MaxWords(0)")),
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                let got = format!("Ratio({})", number_text(r));
                Err(Error::invalid_option("length", "Ratio(r) with 0 < r <= 1", &got))
            }
            _ => Ok(()),
        }
    }
}

/// Options of [`split_sentences_with`](crate::split_sentences_with).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SplitOptions {
    /// The text's language; `None` detects it.
    pub language: Option<Language>,
    /// More abbreviations that do not end a sentence, without their final period.
    pub abbreviations: Vec<String>,
}

/// Options of [`extract_entities_with`](crate::extract_entities_with). The default
/// detects the language and lists every entity of every kind.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntityOptions {
    /// The text's language; `None` detects it.
    pub language: Option<Language>,
    /// More abbreviations that do not end a sentence, without their final period.
    pub abbreviations: Vec<String>,
    /// At most this many entities; `None`: every one.
    pub limit: Option<usize>,
    /// Only entities of these kinds; empty: every kind.
    pub kinds: Vec<EntityKind>,
}

/// Options of [`extract_keywords_with`](crate::extract_keywords_with). The default
/// detects the language and lists [`DEFAULT_KEYWORDS`] keywords, key names among them.
#[derive(Clone, Debug, PartialEq)]
pub struct KeywordOptions {
    /// The text's language; `None` detects it.
    pub language: Option<Language>,
    /// More abbreviations that do not end a sentence, without their final period.
    pub abbreviations: Vec<String>,
    /// At most this many keywords.
    pub limit: usize,
    /// List the text's key names (its entities) among the phrases, by the same score:
    /// a reader's list of key phrases has both ("Hamas", "ceasefire talks", "Benjamin
    /// Netanyahu", ...). `true` by default; `false` lists phrases only, as
    /// [`summarize`](crate::summarize) does beside its entities.
    pub names: bool,
}

impl Default for KeywordOptions {
    fn default() -> Self {
        KeywordOptions { language: None, abbreviations: Vec::new(), limit: DEFAULT_KEYWORDS, names: true }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_range_lengths_are_errors_in_rust_terms() {
        assert_eq!(
            SummaryOptions::ratio(1.5).validate().unwrap_err().to_string(),
            "option \"length\" must be Ratio(r) with 0 < r <= 1, got Ratio(1.5)"
        );
        assert!(SummaryOptions::ratio(f64::NAN).validate().unwrap_err().to_string().ends_with("got Ratio(NaN)"));
        assert!(SummaryOptions::sentences(0).validate().unwrap_err().to_string().ends_with("got Sentences(0)"));
        assert!(SummaryOptions::max_words(0).validate().unwrap_err().to_string().ends_with("got MaxWords(0)"));
        assert!(SummaryOptions::ratio(1.0).validate().is_ok());
        assert!(SummaryOptions::default().validate().is_ok());
    }
}
