//! Small built-in gazetteers for entity kinds: countries, US states, capitals and
//! major world cities, continents and regions, demonyms and languages, plus the
//! common alternative names of a few countries and international bodies.
//!
//! Every table is a file of lower-case names, one a line, sorted (the test of
//! [`crate::data`] checks it); a [`WordList`] turns tables into a hash set the first
//! time it is asked. The tables are English names plus a few endonyms; they are meant to
//! be small (a few KB in the WebAssembly module): the text's own evidence decides most
//! kinds, these lists only settle the frequent names that carry no evidence.

use super::WordList;

/// Countries and territories: English short names, old names, and the names of major
/// countries in German, French, Spanish, Italian, Portuguese, Dutch, Greek and Russian.
pub(super) const COUNTRIES: &str = include_str!("gazetteer/countries.txt");

/// US states, Canadian provinces and a few other first-level regions.
pub(super) const REGIONS: &str = include_str!("gazetteer/regions.txt");

/// Capitals and other major world cities.
pub(super) const CITIES: &str = include_str!("gazetteer/cities.txt");

/// Continents, oceans and large regions.
pub(super) const AREAS: &str = include_str!("gazetteer/areas.txt");

/// Demonyms, languages and religions (singular; a plural "s" is stripped before lookup).
pub(super) const DEMONYMS: &str = include_str!("gazetteer/demonyms.txt");

/// Organisations that text names without a designator ("the Pentagon", "Hamas",
/// "NATO"): seats of government used for the government, international bodies,
/// movements; only names that are nothing else (not "Apple", not "Amazon").
pub(super) const ORGANIZATIONS: &str = include_str!("gazetteer/organizations.txt");

/// Other names of a place or body, and the name they stand for (sorted by the first).
// A Rust array, not a file: it is a map of 13 pairs searched by key, which a file would
// need a separator, a parser and a lazily built table for; here the compiler checks it.
pub(super) const ALIASES: &[(&str, &str)] = &[
    ("america", "united states"),
    ("britain", "united kingdom"),
    ("dprk", "north korea"),
    ("eu", "european union"),
    ("great britain", "united kingdom"),
    ("holland", "netherlands"),
    ("prc", "china"),
    ("uk", "united kingdom"),
    ("un", "united nations"),
    ("united states of america", "united states"),
    ("us", "united states"),
    ("usa", "united states"),
    ("ussr", "soviet union"),
];

/// What a gazetteer says a lower-case name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Listed {
    /// A country, region, city or larger area.
    Place,
    /// A demonym, language or religion ("Danish", "Muslims").
    Demonym,
    /// An organisation named without a designator ("Pentagon", "Hamas").
    Organization,
}

/// Countries, regions, cities and areas ("singapore" is both a country and a city).
static PLACES: WordList = WordList::new(&[COUNTRIES, REGIONS, CITIES, AREAS]);
/// [`DEMONYMS`] as a word list.
static DEMONYM_LIST: WordList = WordList::new(&[DEMONYMS]);
static ORGANIZATION_LIST: WordList = WordList::new(&[ORGANIZATIONS]);

/// Whether the lower-case `word` is a listed demonym as written (an adjective such as
/// "Danish", not a plural such as "Danes" or "Americans").
pub(crate) fn is_demonym(word: &str) -> bool {
    DEMONYM_LIST.contains(word)
}

/// What `name` (lower case, periods kept, single spaces) is, if any table lists it.
pub(crate) fn lookup(name: &str) -> Option<Listed> {
    let name = name.strip_prefix("the ").unwrap_or(name);
    if PLACES.contains(name) || ALIASES.binary_search_by(|(a, _)| a.cmp(&name)).is_ok() {
        return Some(Listed::Place);
    }
    if ORGANIZATION_LIST.contains(name) {
        return Some(Listed::Organization);
    }
    let singular = name.strip_suffix('s').unwrap_or(name);
    (DEMONYM_LIST.contains(name) || DEMONYM_LIST.contains(singular)).then_some(Listed::Demonym)
}

/// The name `key` (lower case, without periods) stands for, when it is a listed
/// other name ("us" → "united states").
pub(crate) fn canonical(key: &str) -> Option<&'static str> {
    ALIASES.binary_search_by(|(a, _)| a.cmp(&key)).ok().map(|i| ALIASES[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(lookup("france"), Some(Listed::Place));
        assert_eq!(lookup("new york"), Some(Listed::Place));
        assert_eq!(lookup("the netherlands"), Some(Listed::Place));
        assert_eq!(lookup("americans"), Some(Listed::Demonym));
        assert_eq!(lookup("danish"), Some(Listed::Demonym));
        assert_eq!(lookup("the pentagon"), Some(Listed::Organization));
        assert_eq!(lookup("москва"), Some(Listed::Place));
        assert_eq!(lookup("austin"), None);
        assert_eq!(canonical("us"), Some("united states"));
        assert_eq!(canonical("france"), None);
        assert!(!PLACES.contains("") && !PLACES.contains("franc") && !PLACES.contains("france\nspain"));
        for (table, list) in [(COUNTRIES, &PLACES), (AREAS, &PLACES), (DEMONYMS, &DEMONYM_LIST)] {
            assert!(table.lines().all(|line| list.contains(line)));
        }
    }
}
