//! The word lists of entity extraction: words that are not names, words that are
//! evidence of a person, and words that say what a name names.
//!
//! Every list is lower case (entities look words up lower-cased), sorted, one a line.

use super::stopwords::DETERMINERS_DE;
use super::WordList;

/// Acronyms that are common nouns, and currency codes.
pub(super) const COMMON_ACRONYMS_TXT: &str = include_str!("entities/common_acronyms.txt");

/// English words that open sentences and headlines but are not function words:
/// interjections, discourse markers, openers, prepositions, number words, section
/// headings; without the [`NAME_OPENERS_TXT`] (common words too, written there).
pub(super) const COMMON_TXT: &str = include_str!("entities/common.txt");

/// Common words that may open a name mid-sentence ("Second Circuit", "Great Britain").
pub(super) const NAME_OPENERS_TXT: &str = include_str!("entities/name_openers.txt");

/// English verbs that open instructions ("Mix the powder", "Obtain Beavertail seeds"):
/// common at the start of a sentence or in a heading, but may be part of a name
/// mid-sentence ("Associated Press").
pub(super) const IMPERATIVES_TXT: &str = include_str!("entities/imperatives.txt");

/// Titles and honorifics: evidence of a person, never part of the name; without the
/// [`HONORIFICS_TXT`] (titles too, written there).
pub(super) const TITLES_TXT: &str = include_str!("entities/titles.txt");

/// Titles that go with a surname alone ("Mr. Sova", "Dr. Verwoerd").
pub(super) const HONORIFICS_TXT: &str = include_str!("entities/honorifics.txt");

/// Capitalised words that are never names: days, months (also abbreviated), "century"
/// and the pronoun "I".
pub(super) const NEVER_NAMES_TXT: &str = include_str!("entities/never_names.txt");

/// Letters after a name: honours, degrees, offices.
pub(super) const POST_NOMINALS_TXT: &str = include_str!("entities/post_nominals.txt");

/// Capitalised labels before a number or a colon: "Figure 2", "Step 3", "Image:".
pub(super) const LABELS_TXT: &str = include_str!("entities/labels.txt");

/// Relations written before a person's name: "his father, Anthony", "her friend Marianne".
pub(super) const RELATIVES_TXT: &str = include_str!("entities/relatives.txt");

/// Verbs of saying after a name: evidence of a person.
pub(super) const SAYING_TXT: &str = include_str!("entities/saying.txt");

/// Words that make a name an organisation's ("… University", "… Inc.").
pub(super) const ORGANIZATION_TXT: &str = include_str!("entities/organization_designators.txt");

/// Words that make a name a place's ("… River", "… Street").
pub(super) const PLACE_TXT: &str = include_str!("entities/place_designators.txt");

/// Words that make a name an event's or a prize's ("… Cup", "… War").
pub(super) const OTHER_TXT: &str = include_str!("entities/other_designators.txt");

/// Acronyms that are common nouns, and currency codes (lower case, without periods).
pub(crate) static COMMON_ACRONYMS: WordList = WordList::new(&[COMMON_ACRONYMS_TXT]);

/// German articles and determiners: a capitalised word after one is a common noun.
/// The same words are German stop words.
pub(crate) static GERMAN_DETERMINERS: WordList = WordList::new(&[DETERMINERS_DE]);

/// English words that open sentences and headlines but are not function words,
/// [`NAME_OPENERS`] included.
pub(crate) static COMMON_WORDS: WordList = WordList::new(&[COMMON_TXT, NAME_OPENERS_TXT]);

/// Common words that may open a name mid-sentence ("Second Circuit", "Great Britain").
pub(crate) static NAME_OPENERS: WordList = WordList::new(&[NAME_OPENERS_TXT]);

/// English verbs that open instructions, common at the start of a sentence.
pub(crate) static IMPERATIVE_WORDS: WordList = WordList::new(&[IMPERATIVES_TXT]);

/// Titles and honorifics: evidence of a person, never part of the name; [`HONORIFICS`]
/// included.
pub(crate) static TITLES: WordList = WordList::new(&[TITLES_TXT, HONORIFICS_TXT]);

/// Titles that go with a surname alone ("Mr. Sova", "Dr. Verwoerd").
pub(crate) static HONORIFICS: WordList = WordList::new(&[HONORIFICS_TXT]);

/// Capitalised words that are never names: days, months (also abbreviated), "century"
/// and the pronoun "I".
pub(crate) static NEVER_NAMES: WordList = WordList::new(&[NEVER_NAMES_TXT]);

/// Letters after a name: honours, degrees, offices.
pub(crate) static POST_NOMINALS: WordList = WordList::new(&[POST_NOMINALS_TXT]);

/// Capitalised labels before a number or a colon: "Figure 2", "Step 3", "Image:".
pub(crate) static LABELS: WordList = WordList::new(&[LABELS_TXT]);

/// Relations written before a person's name: evidence of a person.
pub(crate) static RELATIVES: WordList = WordList::new(&[RELATIVES_TXT]);

/// Verbs of saying after a name: evidence of a person.
pub(crate) static SAYING: WordList = WordList::new(&[SAYING_TXT]);

/// Words that make a name an organisation's ("… University", "… Inc.").
pub(crate) static ORGANIZATION: WordList = WordList::new(&[ORGANIZATION_TXT]);

/// Words that make a name a place's ("… River", "… Street").
pub(crate) static PLACE: WordList = WordList::new(&[PLACE_TXT]);

/// Words that make a name an event's or a prize's ("… Cup", "… War").
pub(crate) static OTHER: WordList = WordList::new(&[OTHER_TXT]);
