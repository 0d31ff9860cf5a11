//! Layer 2: word lists as plain data files, and the small lookups over them.
//!
//! Every list is a text file under `src/data/`, one entry a line, compiled in with
//! `include_str!` (so each entry costs only its letters in the WebAssembly module) and
//! looked up through a [`WordList`]. The files hold no comments: what a list is for is
//! said on the constant that includes it. A word is written once: a list that holds the
//! words of another is made of both files ([`WordList::new`] takes several), not of a
//! copy (the German stop words are `de.txt` and `determiners.de.txt`).
//!
//! Layering: this module sits below text processing. It may use
//! [`crate::basics`] (the `Language` enum) and its own modules, nothing else of the crate.

pub(crate) mod abbreviations;
pub(crate) mod entity_words;
pub(crate) mod gazetteer;
pub(crate) mod stopwords;

use std::sync::OnceLock;

use rustc_hash::FxHashSet as HashSet;

use crate::basics::lowercase;

/// The lines of one or more tables, looked up through a hash set built the first
/// time it is asked: lookups come for nearly every word of a text, several times.
pub(crate) struct WordList {
    tables: &'static [&'static str],
    set: OnceLock<HashSet<&'static str>>,
}

impl WordList {
    /// The list of every line of `tables`.
    pub(crate) const fn new(tables: &'static [&'static str]) -> Self {
        WordList { tables, set: OnceLock::new() }
    }

    /// Every line of the tables, in order.
    pub(crate) fn lines(&self) -> impl Iterator<Item = &'static str> {
        self.tables.iter().flat_map(|t| t.lines())
    }

    /// Whether `word` is a line of one of the tables.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.lines().collect()).contains(word)
    }

    /// Whether `word` in lower case is a line of one of the tables (lowered on the
    /// stack when it is short ASCII, as most words are: `lowercase` allocates).
    pub(crate) fn contains_lower_case(&self, word: &str) -> bool {
        let mut short = [0; 24];
        if word.len() <= short.len() && word.is_ascii() {
            for (lowered, byte) in short.iter_mut().zip(word.bytes()) {
                *lowered = byte.to_ascii_lowercase();
            }
            // SAFETY: ASCII bytes are UTF-8 (`str::from_utf8` would add its validator,
            // 0.7 KB, to the WebAssembly module for nothing).
            self.contains(unsafe { std::str::from_utf8_unchecked(&short[..word.len()]) })
        } else {
            self.contains(&lowercase(word))
        }
    }
}

/// What the shared test checks of a list file besides non-empty, trimmed, unique and
/// sorted lines, which every file is.
#[cfg(test)]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    /// Every line is lower case: the list is looked up with a lower-cased word.
    Lower,
    /// Lines may hold capitals (a documented exception).
    Mixed,
}

/// Every list file of the crate, declared once: its path under `src/data/`, the text
/// its module includes, and what the test checks of its case. Used only by the test,
/// which also checks that each file on disk is here with this text.
#[cfg(test)]
const ALL_LISTS: &[(&str, &str, Case)] = {
    use Case::{Lower, Mixed};
    &[
        ("stopwords/en.txt", stopwords::EN, Lower),
        ("stopwords/connectors.en.txt", stopwords::CONNECTORS_EN, Lower),
        ("stopwords/generic.en.txt", stopwords::GENERIC_EN, Lower),
        ("stopwords/unspecific.en.txt", stopwords::UNSPECIFIC_EN, Lower),
        ("stopwords/fr.txt", stopwords::FR, Lower),
        ("stopwords/de.txt", stopwords::DE, Lower),
        ("stopwords/determiners.de.txt", stopwords::DETERMINERS_DE, Lower),
        ("stopwords/es.txt", stopwords::ES, Lower),
        ("stopwords/it.txt", stopwords::IT, Lower),
        ("stopwords/pt.txt", stopwords::PT, Lower),
        ("stopwords/nl.txt", stopwords::NL, Lower),
        ("stopwords/ru.txt", stopwords::RU, Lower),
        ("gazetteer/countries.txt", gazetteer::COUNTRIES, Lower),
        ("gazetteer/regions.txt", gazetteer::REGIONS, Lower),
        ("gazetteer/cities.txt", gazetteer::CITIES, Lower),
        ("gazetteer/areas.txt", gazetteer::AREAS, Lower),
        ("gazetteer/demonyms.txt", gazetteer::DEMONYMS, Lower),
        ("gazetteer/organizations.txt", gazetteer::ORGANIZATIONS, Lower),
        ("abbreviations/numbered.txt", abbreviations::NUMBERED_TXT, Lower),
        ("abbreviations/titles.txt", abbreviations::TITLES_TXT, Lower),
        ("abbreviations/inline.txt", abbreviations::INLINE_TXT, Lower),
        ("abbreviations/exclaimed_names.txt", abbreviations::EXCLAIMED_NAMES_TXT, Lower),
        ("abbreviations/titles.en.txt", abbreviations::TITLES_EN, Lower),
        ("abbreviations/titles.fr.txt", abbreviations::TITLES_FR, Lower),
        ("abbreviations/titles.de.txt", abbreviations::TITLES_DE, Lower),
        ("abbreviations/titles.es.txt", abbreviations::TITLES_ES, Lower),
        // "Dott.ssa" and "Prof.ssa" have always been written with capitals (sorted first);
        // lookups are lower case, so they never match: only their "ssa" is looked up.
        ("abbreviations/titles.it.txt", abbreviations::TITLES_IT, Mixed),
        ("abbreviations/titles.pt.txt", abbreviations::TITLES_PT, Lower),
        ("abbreviations/titles.nl.txt", abbreviations::TITLES_NL, Lower),
        ("abbreviations/titles.ru.txt", abbreviations::TITLES_RU, Lower),
        ("abbreviations/titles.other.txt", abbreviations::TITLES_OTHER, Lower),
        ("abbreviations/inline.fr.txt", abbreviations::INLINE_FR, Lower),
        ("abbreviations/inline.de.txt", abbreviations::INLINE_DE, Lower),
        ("abbreviations/inline.es.txt", abbreviations::INLINE_ES, Lower),
        ("abbreviations/inline.it.txt", abbreviations::INLINE_IT, Lower),
        ("abbreviations/inline.pt.txt", abbreviations::INLINE_PT, Lower),
        ("abbreviations/inline.nl.txt", abbreviations::INLINE_NL, Lower),
        ("abbreviations/inline.ru.txt", abbreviations::INLINE_RU, Lower),
        ("abbreviations/inline.other.txt", abbreviations::INLINE_OTHER, Lower),
        ("entities/common_acronyms.txt", entity_words::COMMON_ACRONYMS_TXT, Lower),
        ("entities/common.txt", entity_words::COMMON_TXT, Lower),
        ("entities/name_openers.txt", entity_words::NAME_OPENERS_TXT, Lower),
        ("entities/imperatives.txt", entity_words::IMPERATIVES_TXT, Lower),
        ("entities/titles.txt", entity_words::TITLES_TXT, Lower),
        ("entities/honorifics.txt", entity_words::HONORIFICS_TXT, Lower),
        ("entities/never_names.txt", entity_words::NEVER_NAMES_TXT, Lower),
        ("entities/post_nominals.txt", entity_words::POST_NOMINALS_TXT, Lower),
        ("entities/labels.txt", entity_words::LABELS_TXT, Lower),
        ("entities/relatives.txt", entity_words::RELATIVES_TXT, Lower),
        ("entities/saying.txt", entity_words::SAYING_TXT, Lower),
        ("entities/organization_designators.txt", entity_words::ORGANIZATION_TXT, Lower),
        ("entities/place_designators.txt", entity_words::PLACE_TXT, Lower),
        ("entities/other_designators.txt", entity_words::OTHER_TXT, Lower),
    ]
};

/// The lists made of two files of [`ALL_LISTS`], the second holding words the list
/// shares with another list (written there once instead of twice): the two files must
/// have no line in common.
#[cfg(test)]
const SPLIT_LISTS: &[(&str, &str)] = &[
    ("stopwords/en.txt", "stopwords/connectors.en.txt"),
    ("stopwords/de.txt", "stopwords/determiners.de.txt"),
    ("entities/common.txt", "entities/name_openers.txt"),
    ("entities/titles.txt", "entities/honorifics.txt"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_find_words_in_any_case() {
        static LIST: WordList = WordList::new(&["dr\nécole\nmr\nsupercalifragilisticexpialidocious"]);
        assert!(LIST.contains("dr") && !LIST.contains("Dr"));
        assert!(LIST.contains_lower_case("Dr") && LIST.contains_lower_case("MR") && LIST.contains_lower_case("mr"));
        assert!(LIST.contains_lower_case("École"), "lowered beyond ASCII");
        assert!(LIST.contains_lower_case("SUPERCALIFRAGILISTICEXPIALIDOCIOUS"), "longer than the stack buffer");
        assert!(!LIST.contains_lower_case("Drs") && !LIST.contains_lower_case("D") && !LIST.contains_lower_case(""));
    }

    #[test]
    fn every_list_is_registered_trimmed_sorted_unique_and_lower_case_where_looked_up_so() {
        for &(file, text, case) in ALL_LISTS {
            let lines: Vec<&str> = text.lines().collect();
            assert!(!lines.is_empty(), "{file} is empty");
            if let Some(line) = lines.iter().find(|l| l.is_empty() || l.trim() != **l) {
                panic!("{file}: {line:?} is empty or has surrounding whitespace");
            }
            if let Some(w) = lines.windows(2).find(|w| w[0] >= w[1]) {
                panic!("{file}: {:?} before {:?}: not sorted or a duplicate", w[0], w[1]);
            }
            let upper = lines.iter().find(|l| l.to_lowercase() != **l);
            match (case, upper) {
                (Case::Lower, Some(line)) => panic!("{file}: {line:?} is not lower case"),
                (Case::Mixed, None) => panic!("{file} is lower case: check it as such"),
                _ => {}
            }
        }
        let text = |file| ALL_LISTS.iter().find(|l| l.0 == file).unwrap_or_else(|| panic!("{file}?")).1;
        for &(whole, part) in SPLIT_LISTS {
            if let Some(line) = text(part).lines().find(|l| text(whole).lines().any(|w| w == *l)) {
                panic!("{line:?} is written twice: in {whole} and in {part}");
            }
        }
        assert!(gazetteer::ALIASES.windows(2).all(|w| w[0].0 < w[1].0), "aliases not sorted or a duplicate");
        assert!(gazetteer::ALIASES.iter().all(|(a, b)| a.to_lowercase() == *a && b.to_lowercase() == *b));

        // every file on disk is in ALL_LISTS, with the text its module includes
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/data");
        let mut on_disk = Vec::new();
        for folder in std::fs::read_dir(&root).unwrap() {
            let folder = folder.unwrap().path();
            if folder.is_dir() {
                for file in std::fs::read_dir(&folder).unwrap() {
                    let path = file.unwrap().path();
                    on_disk.push(path.strip_prefix(&root).unwrap().to_str().unwrap().replace('\\', "/"));
                }
            }
        }
        on_disk.sort();
        let mut registered: Vec<String> = ALL_LISTS.iter().map(|(file, _, _)| file.to_string()).collect();
        registered.sort();
        assert_eq!(on_disk, registered, "files on disk and in ALL_LISTS differ");
        for (file, text, _) in ALL_LISTS {
            assert_eq!(std::fs::read_to_string(root.join(file)).unwrap(), *text, "{file} is not the text registered");
        }
    }
}
