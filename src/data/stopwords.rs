//! Stop words: function words that carry no topic, per language.
//!
//! English, French, German, Spanish, Italian, Portuguese, Dutch and Russian have a table
//! (for the others, based on the Snowball stop lists): articles, pronouns, prepositions,
//! conjunctions, auxiliary and modal verb forms, common adverbs and the fillers and
//! backchannels of speech (uh, um, yeah, okay; euh, ouais; äh, naja; ага, угу), lower case and
//! accented as lower-cased text spells them. Chinese, Japanese and [`Language::Other`]
//! have none. The tables serve twice: words in them are not terms, and
//! [`crate::text::detect_language`] detects a Latin-script text's language by which table covers
//! the most of its words, so they hold no frequent content words.

use crate::basics::Language;

use super::WordList;

/// Lower-case English stop words, sorted, one a line, without the [`CONNECTORS_EN`]
/// (stop words too, written there).
pub(super) const EN: &str = include_str!("stopwords/en.txt");

/// English function words after which a line of prose cannot end (a line ending in one
/// of them runs on into the next line); English stop words as well.
pub(super) const CONNECTORS_EN: &str = include_str!("stopwords/connectors.en.txt");

/// Lower-case French stop words (Snowball's list, every form of *être* and *avoir*, and
/// common prepositions, conjunctions, adverbs and modal forms), sorted, one a line.
pub(super) const FR: &str = include_str!("stopwords/fr.txt");

/// Lower-case German stop words (Snowball's list plus forms of *werden*, the modals and
/// common conjunctions, contracted prepositions and adverbs), sorted, one a line, without
/// the [`DETERMINERS_DE`] (stop words too, written there).
pub(super) const DE: &str = include_str!("stopwords/de.txt");

/// German articles and determiners, sorted, one a line: German stop words, and, in
/// entities, the words after which a capitalised word is a common noun.
pub(super) const DETERMINERS_DE: &str = include_str!("stopwords/determiners.de.txt");

/// Lower-case Spanish stop words (Snowball's list without the *vosotros* verb forms, plus
/// common adverbs, prepositions and modal forms), sorted, one a line.
pub(super) const ES: &str = include_str!("stopwords/es.txt");

/// Lower-case Italian stop words (Snowball's list without its rarest verb forms, plus common
/// adverbs, prepositions, quantifiers and modal forms), sorted, one a line.
pub(super) const IT: &str = include_str!("stopwords/it.txt");

/// Lower-case Portuguese stop words (Snowball's list plus infinitives, modal forms,
/// quantifiers and contracted prepositions), sorted, one a line.
pub(super) const PT: &str = include_str!("stopwords/pt.txt");

/// Lower-case Dutch stop words (Snowball's list plus the forms of the auxiliaries and modals,
/// pronouns, conjunctions, prepositions and adverbs), sorted, one a line.
pub(super) const NL: &str = include_str!("stopwords/nl.txt");

/// Lower-case Russian stop words (Snowball's list plus inflected pronouns, forms of *быть*,
/// modal words and conjunctions), with both the ё and the е spelling, sorted, one a line.
pub(super) const RU: &str = include_str!("stopwords/ru.txt");

/// English words too general to be a word of a key phrase, sorted, one a line: how a
/// text argues or reports rather than what it is about (reporting verbs in all their
/// forms, "paper", "result", "method", "new", "different", number words). Not stop words:
/// summaries still count them; keywords break phrases at them.
pub(super) const GENERIC_EN: &str = include_str!("stopwords/generic.en.txt");

/// [`GENERIC_EN`] as a word list.
static GENERIC: WordList = WordList::new(&[GENERIC_EN]);

/// Whether `word` (in any case) is too general to be a word of a key phrase in `language`
/// (a table exists for English only).
pub(crate) fn is_generic_word(language: Language, word: &str) -> bool {
    language == Language::English && GENERIC.contains_lower_case(word)
}

/// English nouns every field uses for what it builds or studies (system, model,
/// algorithm, problem, analysis...), sorted, one a line: they say nothing alone and head
/// the phrases that do ("control system", "hidden Markov model"). Keywords only within a phrase.
pub(super) const UNSPECIFIC_EN: &str = include_str!("stopwords/unspecific.en.txt");

/// [`UNSPECIFIC_EN`] as a word list.
static UNSPECIFIC: WordList = WordList::new(&[UNSPECIFIC_EN]);

/// Whether `word` (in any case) is no keyword by itself in `language`, only within a
/// phrase (a table exists for English only).
pub(crate) fn is_unspecific_noun(language: Language, word: &str) -> bool {
    language == Language::English && UNSPECIFIC.contains_lower_case(word)
}

/// [`CONNECTORS_EN`] as a word list.
static CONNECTORS: WordList = WordList::new(&[CONNECTORS_EN]);

/// Whether the lower-case `word` is a stop word of `language`.
pub(crate) fn is_stop_word(language: Language, word: &str) -> bool {
    list(language).is_some_and(|list| list.contains(word))
}

/// The stop words of `language`, if it has a table. Asked for nearly every word of a
/// text, several times: a hash set, built on first use, not a search of the table.
fn list(language: Language) -> Option<&'static WordList> {
    // in the order of Language::ALL, which goes on with the languages without a table
    static LISTS: [WordList; 8] = [
        WordList::new(&[EN, CONNECTORS_EN]),
        WordList::new(&[FR]),
        WordList::new(&[DE, DETERMINERS_DE]),
        WordList::new(&[ES]),
        WordList::new(&[IT]),
        WordList::new(&[PT]),
        WordList::new(&[NL]),
        WordList::new(&[RU]),
    ];
    LISTS.get(language.index())
}

/// Whether the lower-case `word` is a connector that cannot end a line of prose.
pub(crate) fn is_connector(word: &str) -> bool {
    CONNECTORS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts that `stop` are stop words of `language` and `content` are not.
    fn check(language: Language, stop: &[&str], content: [&str; 2]) {
        for word in stop {
            assert!(is_stop_word(language, word), "{language:?}: {word} should be a stop word");
        }
        for word in content {
            assert!(!is_stop_word(language, word), "{language:?}: {word} is a content word");
        }
    }

    #[test]
    fn french_stop_words() {
        check(Language::French, &["les", "été", "dans", "très", "qu"], ["pont", "conseil"]);
    }

    #[test]
    fn german_stop_words() {
        check(Language::German, &["nicht", "über", "werden", "dass", "müssen"], ["brücke", "rat"]);
        check(Language::German, &["der", "diesem", "keines", "unsere"], ["haus", "stadt"]);
        // the determiners
    }

    #[test]
    fn spanish_stop_words() {
        check(Language::Spanish, &["más", "los", "está", "muy", "hubiera"], ["puente", "consejo"]);
    }

    #[test]
    fn italian_stop_words() {
        let stop = ["della", "è", "sono", "molto", "perché"];
        check(Language::Italian, &stop, ["ponte", "consiglio"]);
    }

    #[test]
    fn portuguese_stop_words() {
        check(Language::Portuguese, &["não", "uma", "é", "muito", "pelo"], ["ponte", "conselho"]);
    }

    #[test]
    fn dutch_stop_words() {
        check(Language::Dutch, &["niet", "het", "zijn", "één", "zeer"], ["brug", "raad"]);
    }

    #[test]
    fn russian_stop_words() {
        check(Language::Russian, &["это", "не", "всё", "все", "очень"], ["мост", "совет"]);
    }

    #[test]
    fn languages_without_tables_have_no_stop_words() {
        for language in [Language::Chinese, Language::Japanese, Language::Other] {
            assert!(list(language).is_none(), "{language:?}");
        }
    }

    #[test]
    fn recognises_stop_words() {
        assert!(is_stop_word(Language::English, "the"));
        assert!(is_stop_word(Language::English, "how"));
        assert!(!is_stop_word(Language::English, "pentagon"));
    }

    #[test]
    fn connectors_are_english_stop_words() {
        for word in ["and", "of", "the", "with"] {
            assert!(is_connector(word) && is_stop_word(Language::English, word), "{word}");
        }
        assert!(!is_connector("how") && is_stop_word(Language::English, "how"));
    }
}
