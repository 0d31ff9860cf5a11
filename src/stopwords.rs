//! Stop words: function words that carry no topic, per language.

use crate::language::Language;

/// Lower-case English stop words, sorted for binary search.
const ENGLISH: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "almost", "also", "although",
    "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "be",
    "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else",
    "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having",
    "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i",
    "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less", "let", "like",
    "may", "me", "might", "more", "most", "much", "must", "my", "myself", "neither", "never",
    "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or",
    "other", "others", "otherwise", "our", "ours", "ourselves", "out", "over", "own", "per",
    "perhaps", "quite", "rather", "really", "said", "same", "says", "shall", "she", "should",
    "since", "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them",
    "themselves", "then", "there", "therefore", "these", "they", "this", "those", "though",
    "through", "thus", "to", "too", "toward", "towards", "under", "unless", "until", "up",
    "upon", "us", "very", "was", "we", "were", "what", "whatever", "when", "where", "whether",
    "which", "while", "who", "whoever", "whom", "whose", "why", "will", "with", "within",
    "without", "would", "yes", "yet", "you", "your", "yours", "yourself", "yourselves",
];

/// Function words after which a line of prose cannot end: a line ending in one of
/// them runs on into the next line.
const CONNECTORS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
    "than", "that", "the", "to", "with",
];

/// The stop words of `language`, sorted (empty for languages without a table).
fn table(language: Language) -> &'static [&'static str] {
    match language {
        Language::English => ENGLISH,
        _ => &[],
    }
}

/// Whether the lower-case `word` is a stop word of `language`.
pub(crate) fn is_stop_word(language: Language, word: &str) -> bool {
    table(language).binary_search(&word).is_ok()
}

/// Whether the lower-case `word` is a connector that cannot end a line of prose.
pub(crate) fn is_connector(word: &str) -> bool {
    CONNECTORS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_lower_case_and_unique() {
        for table in [ENGLISH, CONNECTORS] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "table not sorted or has duplicates");
            assert!(table.iter().all(|w| *w == w.to_lowercase()));
        }
        assert!(CONNECTORS.iter().all(|w| is_stop_word(Language::English, w)));
    }

    #[test]
    fn recognises_stop_words() {
        assert!(is_stop_word(Language::English, "the"));
        assert!(is_stop_word(Language::English, "how"));
        assert!(!is_stop_word(Language::English, "pentagon"));
    }
}
