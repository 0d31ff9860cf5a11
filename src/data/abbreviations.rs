//! Abbreviations that end in a period but usually do not end a sentence.

use crate::basics::{lowercase, Language};

use super::WordList;

/// How an abbreviation behaves before a capitalised word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbreviationKind {
    /// A title or prefix that is always followed by more of the sentence: "Dr. Smith".
    Title,
    /// An abbreviation that ends a sentence only when the next word opens one:
    /// "the U.S. Government" continues, "in the U.S. How about you?" does not.
    Inline,
    /// An abbreviation that precedes a number: "p. 55", "No. 7", "N°. 12".
    Numbered,
}

/// Abbreviations that precede a number, lower case, without the final period.
pub(super) const NUMBERED_TXT: &str = include_str!("abbreviations/numbered.txt");
/// Titles and prefixes in every language, lower case, without the final period.
pub(super) const TITLES_TXT: &str = include_str!("abbreviations/titles.txt");
/// Abbreviations that may also end a sentence.
pub(super) const INLINE_TXT: &str = include_str!("abbreviations/inline.txt");
/// Names written with an exclamation mark that does not end the sentence, lower case,
/// without the mark: "Yahoo! Research".
pub(super) const EXCLAIMED_NAMES_TXT: &str = include_str!("abbreviations/exclaimed_names.txt");

/// English titles; words in other languages: "col" (fr), "det" (da), "hon" (sv), "maj" (sv, pl).
pub(super) const TITLES_EN: &str = include_str!("abbreviations/titles.en.txt");
/// French titles and abbreviations that never end a sentence.
pub(super) const TITLES_FR: &str = include_str!("abbreviations/titles.fr.txt");
/// German titles and abbreviations that never end a sentence.
pub(super) const TITLES_DE: &str = include_str!("abbreviations/titles.de.txt");
/// Spanish titles and abbreviations that never end a sentence.
pub(super) const TITLES_ES: &str = include_str!("abbreviations/titles.es.txt");
/// Italian titles and abbreviations that never end a sentence; "ssa" is the end of
/// "Dott.ssa", "Prof.ssa": only the part after the inner period is looked up.
pub(super) const TITLES_IT: &str = include_str!("abbreviations/titles.it.txt");
/// Portuguese titles and abbreviations that never end a sentence.
pub(super) const TITLES_PT: &str = include_str!("abbreviations/titles.pt.txt");
/// Dutch titles and abbreviations that never end a sentence.
pub(super) const TITLES_NL: &str = include_str!("abbreviations/titles.nl.txt");
/// Russian titles and abbreviations that never end a sentence.
pub(super) const TITLES_RU: &str = include_str!("abbreviations/titles.ru.txt");
/// Frequent titles of languages without tables of their own ([`Language::Other`]):
/// Danish and Norwegian, Polish, Czech and Slovak, Bulgarian; none is a word elsewhere.
pub(super) const TITLES_OTHER: &str = include_str!("abbreviations/titles.other.txt");

/// French abbreviations that may also end a sentence.
pub(super) const INLINE_FR: &str = include_str!("abbreviations/inline.fr.txt");
/// German abbreviations that may also end a sentence.
pub(super) const INLINE_DE: &str = include_str!("abbreviations/inline.de.txt");
/// Spanish abbreviations that may also end a sentence.
pub(super) const INLINE_ES: &str = include_str!("abbreviations/inline.es.txt");
/// Italian abbreviations that may also end a sentence.
pub(super) const INLINE_IT: &str = include_str!("abbreviations/inline.it.txt");
/// Portuguese abbreviations that may also end a sentence.
pub(super) const INLINE_PT: &str = include_str!("abbreviations/inline.pt.txt");
/// Dutch abbreviations that may also end a sentence.
pub(super) const INLINE_NL: &str = include_str!("abbreviations/inline.nl.txt");
/// Russian abbreviations that may also end a sentence.
pub(super) const INLINE_RU: &str = include_str!("abbreviations/inline.ru.txt");
/// Abbreviations of languages without tables of their own that may also end a sentence.
pub(super) const INLINE_OTHER: &str = include_str!("abbreviations/inline.other.txt");

/// [`NUMBERED_TXT`] as a word list.
static NUMBERED: WordList = WordList::new(&[NUMBERED_TXT]);
/// [`TITLES_TXT`] as a word list.
static TITLES: WordList = WordList::new(&[TITLES_TXT]);
/// [`INLINE_TXT`] as a word list.
static INLINE: WordList = WordList::new(&[INLINE_TXT]);
/// [`EXCLAIMED_NAMES_TXT`] as a word list.
static EXCLAIMED_NAMES: WordList = WordList::new(&[EXCLAIMED_NAMES_TXT]);

/// Titles and abbreviations that never end a sentence in each language, lower case,
/// without the final period (on top of [`TITLES`]), by [`Language::index`].
static LOCAL_TITLES: [WordList; 11] = [
    WordList::new(&[TITLES_EN]),
    WordList::new(&[TITLES_FR]),
    WordList::new(&[TITLES_DE]),
    WordList::new(&[TITLES_ES]),
    WordList::new(&[TITLES_IT]),
    WordList::new(&[TITLES_PT]),
    WordList::new(&[TITLES_NL]),
    WordList::new(&[TITLES_RU]),
    WordList::new(&[]), // Chinese: none
    WordList::new(&[]), // Japanese: none
    WordList::new(&[TITLES_OTHER]),
];

/// Abbreviations of each other language that may also end a sentence ("usw.",
/// "т.д."), lower case, without the final period (on top of [`INLINE`]), by
/// [`Language::index`].
static LOCAL_INLINE: [WordList; 11] = [
    WordList::new(&[]), // English: none
    WordList::new(&[INLINE_FR]),
    WordList::new(&[INLINE_DE]),
    WordList::new(&[INLINE_ES]),
    WordList::new(&[INLINE_IT]),
    WordList::new(&[INLINE_PT]),
    WordList::new(&[INLINE_NL]),
    WordList::new(&[INLINE_RU]),
    WordList::new(&[]), // Chinese: none
    WordList::new(&[]), // Japanese: none
    WordList::new(&[INLINE_OTHER]),
];

/// The kind of `word` (without its final period) in `language`, if it is a known
/// abbreviation or one of the caller's `extra` abbreviations (which count as titles).
/// Any other dotted word such as "N.Y" counts as [`AbbreviationKind::Inline`].
pub(crate) fn kind(language: Language, word: &str, extra: &[String]) -> Option<AbbreviationKind> {
    let lower = lowercase(word);
    let lower = lower.as_str();
    // Titles such as "Dr.", "Mt.", "Prof." also appear in text in other languages.
    let title = TITLES.contains(lower) || LOCAL_TITLES[language.index()].contains(lower);
    if title || extra.iter().any(|e| lowercase(e) == lower) {
        Some(AbbreviationKind::Title)
    } else if NUMBERED.contains(lower) {
        Some(AbbreviationKind::Numbered)
    } else if INLINE.contains(lower) || LOCAL_INLINE[language.index()].contains(lower) || is_dotted_abbreviation(word) {
        Some(AbbreviationKind::Inline)
    } else {
        None
    }
}

/// Whether `word` is a name written with an exclamation mark ("Yahoo" of "Yahoo!").
pub(crate) fn is_exclaimed_name(word: &str) -> bool {
    EXCLAIMED_NAMES.contains(&lowercase(word))
}

/// A dotted abbreviation such as "U.S", "a.m", "Ph.D": short parts between the dots
/// (unlike "example.com" or "content.html").
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_case_insensitively() {
        let en = |w| kind(Language::English, w, &[]);
        assert_eq!(en("Dr"), Some(AbbreviationKind::Title));
        assert_eq!(en("SEN"), Some(AbbreviationKind::Title));
        assert_eq!(en("U.S"), Some(AbbreviationKind::Inline));
        assert_eq!(en("N.Y"), Some(AbbreviationKind::Inline));
        assert_eq!(en("dog"), None);
        assert_eq!(kind(Language::English, "Kl", &["kl".to_string()]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::German, "bzw", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::Spanish, "Srta", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::Russian, "проф", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::French, "Mme", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::German, "z.B", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::Italian, "Sig.ra", &[]), Some(AbbreviationKind::Title));
    }

    #[test]
    fn abbreviations_that_may_end_a_sentence_are_inline() {
        assert_eq!(kind(Language::German, "usw", &[]), Some(AbbreviationKind::Inline));
        assert_eq!(kind(Language::Russian, "т.д", &[]), Some(AbbreviationKind::Inline));
        assert_eq!(kind(Language::Dutch, "enz", &[]), Some(AbbreviationKind::Inline));
        assert_eq!(kind(Language::English, "usw", &[]), None, "local tables apply to their language only");
        assert_eq!(kind(Language::French, "col", &[]), None, "a word in French");
        assert_eq!(kind(Language::French, "Dr", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::Other, "Skt", &[]), Some(AbbreviationKind::Title), "Danish, in no table");
        assert_eq!(kind(Language::Other, "usw", &[]), None);
        assert!(is_exclaimed_name("Yahoo"));
        assert!(!is_exclaimed_name("Stop"));
    }
}
