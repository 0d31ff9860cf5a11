//! Options: how long the summary is, which language the text is in, and which
//! entities or keywords to list.

use crate::entities::EntityKind;
use crate::error::{number_text, Error};
use crate::language::Language;

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

/// Options for [`summarize`](crate::summarize), [`split_sentences_with`](crate::split_sentences_with),
/// [`extract_entities_with`](crate::extract_entities_with) and
/// [`extract_keywords_with`](crate::extract_keywords_with); each reads the fields that
/// concern it. `Options::default()` gives about 20% of the sentences, detects the
/// language, and lists every entity and ten keywords.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// How long the summary is.
    pub length: Length,
    /// The text's language; `None` detects it.
    pub language: Option<Language>,
    /// More abbreviations that do not end a sentence, without their final period,
    /// e.g. `"approx"`, `"Kl"` (matched case-insensitively).
    pub abbreviations: Vec<String>,
    /// A word or phrase the summary should be about: sentences mentioning it are preferred.
    pub focus: Option<String>,
    /// At most this many entities or keywords (`extract_*_with` only); `None`: every
    /// entity, [`DEFAULT_KEYWORDS`](crate::DEFAULT_KEYWORDS) keywords.
    pub limit: Option<usize>,
    /// Only entities of these kinds (`extract_entities_with` only); empty: every kind.
    pub kinds: Vec<EntityKind>,
}

impl Options {
    /// Options asking for `count` sentences.
    pub fn sentences(count: usize) -> Self {
        Options { length: Length::Sentences(count), ..Options::default() }
    }

    /// Options asking for this fraction of the sentences.
    pub fn ratio(ratio: f64) -> Self {
        Options { length: Length::Ratio(ratio), ..Options::default() }
    }

    /// Options asking for at most `words` words.
    pub fn max_words(words: usize) -> Self {
        Options { length: Length::MaxWords(words), ..Options::default() }
    }

    /// Checks every value is in range.
    pub fn validate(&self) -> Result<(), Error> {
        match self.length {
            Length::Sentences(0) => Err(Error::invalid_option("sentences", "a whole number of at least 1", &0)),
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                Err(Error::invalid_option("ratio", "a number greater than 0 and at most 1", &number_text(r)))
            }
            Length::MaxWords(0) => Err(Error::invalid_option("maxWords", "a whole number of at least 1", &0)),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_range_values_are_errors_that_name_the_option() {
        assert_eq!(
            Options::ratio(1.5).validate().unwrap_err().to_string(),
            "option \"ratio\" must be a number greater than 0 and at most 1, got 1.5"
        );
        assert!(Options::ratio(f64::NAN).validate().is_err());
        assert!(Options::sentences(0).validate().unwrap_err().to_string().contains("\"sentences\""));
        assert!(Options::max_words(0).validate().unwrap_err().to_string().contains("\"maxWords\""));
        assert!(Options::ratio(1.0).validate().is_ok());
        assert!(Options::default().validate().is_ok());
    }
}
