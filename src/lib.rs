//! Extractive summaries and key entities for any text, computed locally.
//!
//! `precis` picks the most important sentences of a text (in their original order)
//! and lists the people, places and organisations it is about, with the byte offsets
//! of every sentence and mention. It runs natively and as WebAssembly, where the same
//! functions are exported to JavaScript with UTF-16 offsets (see the README).
//!
//! ```
//! use precis::{summarize, Options};
//!
//! let text = "Defense Secretary Lloyd J. Austin arrived in Tel Aviv on Monday. \
//!             Austin met Prime Minister Benjamin Netanyahu to discuss the ceasefire. \
//!             The talks lasted three hours. Netanyahu's office called them useful.";
//! let summary = summarize(text, &Options::sentences(1))?;
//! assert_eq!(summary.sentences[0].sentence.text, "Defense Secretary Lloyd J. Austin arrived in Tel Aviv on Monday.");
//! assert_eq!(summary.entities[0].text, "Lloyd J. Austin");
//! # Ok::<(), precis::Error>(())
//! ```
//!
//! The building blocks are public too: [`split_sentences`] (lossless, UAX #29 plus
//! abbreviation, initial and line-break rules), [`extract_entities`] and
//! [`extract_keywords`].
#![deny(missing_docs)]

mod data;
mod entities;
mod error;
#[cfg(any(target_arch = "wasm32", test))]
mod js_options;
mod keywords;
mod language;
mod options;
mod rank;
mod sentence_bounds;
mod sentences;
mod summary;
#[cfg(any(target_arch = "wasm32", test))]
mod utf16;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
mod word_bounds;
mod words;

pub use entities::{extract_entities, extract_entities_with, Entity, EntityKind, Span};
pub use error::Error;
pub use keywords::{extract_keywords, extract_keywords_with, Keyword, DEFAULT_KEYWORDS};
pub use language::{detect_language, Language};
pub use options::{Length, Options};
pub use sentences::{split_sentences, split_sentences_with, Sentence};
pub use summary::{summarize, Stats, Summary, SummarySentence, MAX_TEXT_BYTES};

/// The WebAssembly allocator: talc instead of Rust's default dlmalloc (1.9 KB smaller
/// gzipped, and 10 MB of text takes 6.5x its size of memory instead of 7.0x).
// SAFETY: `TalckWasm` needs a single-threaded module; this one is (no threads, no
// shared memory).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
