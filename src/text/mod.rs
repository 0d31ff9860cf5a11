//! Layer 3, text: where sentences and words are. Sentence boundaries (UAX #29 plus
//! the rules real text needs), word boundaries, words, terms (stems and CJK bigrams)
//! and language detection. Imports from basics and data only.

mod language;
mod sentence_bounds;
mod sentences;
mod terms;
mod word_bounds;
mod words;

pub use language::detect_language;
pub use sentences::Sentence;
pub(crate) use sentences::{speaker_label_len, split};
pub(crate) use terms::TermIds;
pub(crate) use word_bounds::word_bound_indices;
pub(crate) use words::{is_cjk, is_lower_case, is_upper_case, is_word, joined, strip_elision, strip_possessive};
