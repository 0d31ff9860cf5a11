//! Layer 1, basics: the types every other layer speaks in (errors and the input
//! limit, spans, languages, entity kinds, the options of each job), the one sort
//! the crate uses and its lower case. Nothing here imports from the rest of the crate.

mod case;
mod case_table;
mod entity_kind;
mod error;
mod language;
mod options;
mod order;
mod span;

pub(crate) use case::{lowercase, lowercase_char};
pub use entity_kind::EntityKind;
pub(crate) use error::check_text_length;
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) use error::{number_text, quoted};
pub use error::{Error, MAX_TEXT_BYTES};
pub use language::Language;
pub use options::{EntityOptions, KeywordOptions, Length, SplitOptions, SummaryOptions, DEFAULT_KEYWORDS};
pub(crate) use order::{best_first, insertion_sort_by_key, sort_ascending, sort_best_first, sort_in_text_order};
pub use span::Span;
