//! Extractive summaries and key entities for any text, computed locally.
//!
//! `precis` picks the most important sentences of a text (in their original order)
//! and lists the people, places and organisations it is about, with the byte offsets
//! of every sentence and mention. It runs natively and as WebAssembly, where the same
//! functions are exported to JavaScript with UTF-16 offsets (see the README).
//!
//! ```
//! use precis::{summarize, SummaryOptions};
//!
//! let text = "Defense Secretary Lloyd J. Austin arrived in Tel Aviv on Monday. \
//!             Austin met Prime Minister Benjamin Netanyahu to discuss the ceasefire. \
//!             The talks lasted three hours. Netanyahu's office called them useful.";
//! let summary = summarize(text, &SummaryOptions::sentences(1))?;
//! assert_eq!(summary.sentences[0].sentence.text, "Defense Secretary Lloyd J. Austin arrived in Tel Aviv on Monday.");
//! assert_eq!(summary.entities[0].text, "Lloyd J. Austin");
//! # Ok::<(), precis::Error>(())
//! ```
//!
//! The building blocks are public too: [`split_sentences`] (lossless, UAX #29 plus
//! abbreviation, initial and line-break rules), [`extract_entities`] and
//! [`extract_keywords`].
//!
//! The modules form layers, each importing only from those above it in this list
//! (ARCHITECTURE.md has the map).
#![deny(missing_docs)]
// No function of the library over 80 lines (clippy.toml); the test command denies warnings.
#![warn(clippy::too_many_lines)]

// 1. basics
mod basics;
// 2. data
mod data;
// 3. text
mod text;
// 4. document
mod document;
// 5. stages
mod entities;
mod keywords;
mod scoring;
// 6. API
mod api;
// 7. the JavaScript boundary
#[cfg(any(target_arch = "wasm32", test))]
pub mod wasm;

pub use api::{
    extract_entities, extract_entities_with, extract_keywords, extract_keywords_with, split_sentences,
    split_sentences_with, summarize, Stats, Summary, SummarySentence,
};
pub use basics::{
    EntityKind, EntityOptions, Error, KeywordOptions, Language, Length, Span, SplitOptions, SummaryOptions,
    DEFAULT_KEYWORDS, MAX_TEXT_BYTES,
};
pub use entities::Entity;
pub use keywords::Keyword;
pub use text::{detect_language, Sentence};

/// The WebAssembly allocator: talc instead of Rust's default dlmalloc (1.9 KB smaller
/// gzipped, and 10 MB of text takes 6.5x its size of memory instead of 7.0x).
// SAFETY: `TalckWasm` needs a single-threaded module; this one is (no threads, no
// shared memory).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
