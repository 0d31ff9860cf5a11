//! Stage (layer 5), entities: the names a text is about, found from capitalisation
//! and context.
//!
//! **Candidates.** A name is a run of capitalised words (any Latin, Greek or Cyrillic
//! text), which may hold initials ("Lloyd J. Austin"), dotted acronyms ("U.S."),
//! lower-case particles between capitalised words ("Bank of England", "Charles de
//! Gaulle", "Abu Bakr al-Baghdadi") and `&`; camel-case brands ("iPhone") count too.
//! A word whose capital may be automatic (it opens a sentence or a quotation, or sits
//! in a title-case headline) counts when the text also capitalises it mid-sentence
//! more often than not, when a gazetteer lists it, or when it is not a common word
//! (never written in lower case in the text, not a function word or an interjection)
//! and something else vouches for the name: a capitalised word after it, a title or
//! "By" before it, a designator inside it ("Abbot Academy"), a score after it
//! ("Glamorgan 259 and 207", a row of a results table). Lines in capitals only
//! contribute words the text writes as names elsewhere, listed places, and the place
//! of a dateline ("MONTE CARLO 1996-08-30"). Days, months, pronoun
//! contractions ("I'm", "It's") and labels before numbers ("Figure 2") are never names.
//!
//! **German** capitalises every noun, so there a lone capitalised word counts only
//! with evidence: a gazetteer entry, an acronym, a name particle before it ("von"),
//! a second capitalised word next to it ("Angela Merkel"), or, for a word the text
//! uses at least twice, never following an article or determiner ("der", "eine",
//! "dem"...), which common nouns almost always do. Other languages need no such rule.
//!
//! **One entity per name.** Titles ("Mr.", "Secretary") are dropped from the front of
//! a name and kept as evidence of a person, a possessive "'s" from its end; written
//! forms that differ only in case, periods or a leading "the" are one name ("U.S." =
//! "US"), as are a few listed other names ("America" = "United States"); an acronym
//! joins the name it abbreviates ("World Health Organization" = "WHO"); a short form
//! joins the longer name that ends with it ("Austin", "Lloyd Austin" → "Lloyd J.
//! Austin") unless it is a listed place or the longer name adds common words ("Old
//! Athens" is not "Athens"), and a lone first name joins the only full name it opens
//! ("Daniel" → "Daniel Bernoulli"). The display name is the fullest form; an acronym
//! used more often than its expansion is displayed as the acronym.
//!
//! **Kinds** ([`EntityKind`]) come from evidence in the text (titles, "said", "who",
//! "Dear" before a name, prepositions such as "in" and "near" before places,
//! designators such as "Inc.", "Ministry", "University", "River", "Street") and from
//! small built-in gazetteers (countries, US states, capitals and major cities,
//! continents, demonyms).
//!
//! **Ranking** is by importance, not raw frequency: mentions of every form of the
//! name (one point each), how early the name first appears, whether it is in the opening
//! lines (headline, lead sentences) or in the summary's sentences, and how widely its
//! mentions spread through the text.
//!
//! Everything here is linear in the length of the text.
//!
//! **Where each step lives.** [`tokens`]: a sentence's words and how its line sets
//! its capitals; [`evidence`]: how the whole text writes each word; [`names`]:
//! finding the candidate mentions of each sentence; [`mod@merge`]: one entity per name,
//! and its display name; [`kinds`]: the votes for person, place, organisation or
//! other; [`mod@rank`]: ordering by importance. [`find_entities`] runs them in order, and
//! [`Signal`] lists the signals that can be compiled out to measure what each buys.

mod evidence;
mod kinds;
mod merge;
mod names;
mod rank;
mod tokens;

use crate::basics::{sort_in_text_order, EntityKind, Span};
use crate::document::Document;
use evidence::Evidence;
use kinds::KindVotes;
use merge::{definitions, key, merge};
use names::{find_names, KnownNames};
use rank::rank;
use tokens::{line_kind, Line, Tokenizer};

/// A named entity and where the text mentions it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// The fullest form of the name found in the text, e.g. "Lloyd J. Austin".
    pub text: String,
    /// Number of mentions, counting every form of the name.
    pub count: usize,
    /// Every mention (of any form of the name), in text order.
    pub mentions: Vec<Span>,
    /// The distinct forms of the name the text uses, without titles or possessives,
    /// in order of first use: "Lloyd J. Austin", "Austin", "Lloyd Austin".
    pub variants: Vec<String>,
    /// Importance: higher is more important; comparable within one text.
    pub score: f64,
    /// Person, place, organisation or other.
    pub kind: EntityKind,
}

/// A candidate mention before merging: the name as written and where it is.
#[derive(Clone, Debug)]
struct Mention {
    /// The name as written, without titles or a possessive, spaces normalised.
    name: String,
    /// Where it is in the text.
    span: Span,
    /// The index of its sentence.
    sentence: usize,
    /// What its words and the words around it say about its kind.
    votes: KindVotes,
    /// The honorific written before it ("Mr." in "Mr. Wasserstrom").
    honorific: Option<String>,
}

/// Mentions in text order.
fn sort_by_position(mentions: &mut [Mention]) {
    sort_in_text_order(mentions, |m| m.span);
}

/// The named entities of `document`, most important first; `summary` holds the
/// indices of the summary's sentences, in document order.
pub(crate) fn find_entities(document: &Document<'_>, summary: &[usize]) -> Vec<Entity> {
    let (text, sentences, segments, language) =
        (document.text, &document.sentences, &document.segments, document.language);
    // Each sentence is tokenized for the evidence, then again to find names, rather
    // than its tokens kept: the tokens of a whole text take about 12 bytes a byte of
    // text. Prose without a word that may begin a name (`None` here) is not tokenized
    // again: most Chinese and Japanese sentences, some English ones.
    let mut tokenizer = Tokenizer::default();
    let mut evidence = Evidence::new(language);
    let mut lines: Vec<Option<Line>> = Vec::with_capacity(sentences.len());
    for s in sentences {
        let tokens = tokenizer.tokenize(s, segments);
        let line = line_kind(s.text, tokens, language);
        let may_name = evidence.add(tokens, line);
        lines.push((may_name || line != Line::Prose).then_some(line));
    }
    // Prose first; headlines and lines in capitals then reuse the names prose has
    // shown ("SOUTH DAKOTA" after "South Dakota", "Pentagon" in a title-case headline).
    let mut mentions = Vec::new();
    for (index, (sentence, &line)) in sentences.iter().zip(&lines).enumerate() {
        if let Some(line @ Line::Prose) = line {
            let tokens = tokenizer.tokenize(sentence, segments);
            find_names(text, index, tokens, line, &evidence, &KnownNames::default(), &mut mentions);
        }
    }
    let mut known = KnownNames::default();
    if Signal::KnownPhrases.enabled() {
        for m in &mentions {
            *known.entry(key(&m.name)).or_default() += 1;
        }
    }
    for (index, (sentence, &line)) in sentences.iter().zip(&lines).enumerate() {
        if let Some(line @ (Line::Headline | Line::Caps)) = line {
            let tokens = tokenizer.tokenize(sentence, segments);
            find_names(text, index, tokens, line, &evidence, &known, &mut mentions);
        }
    }
    mentions.shrink_to_fit(); // the growth margin would stay allocated through merging
    sort_by_position(&mut mentions);
    let definitions = if Signal::Acronyms.enabled() { definitions(text, &mentions) } else { Vec::new() };
    let groups = merge(mentions, &evidence, &definitions);
    rank(groups, sentences, summary, text.len())
}

/// A signal of the entity finder that can be compiled out, to measure what it buys:
/// `PRECIS_ABLATE=gazetteer,context cargo bench --bench entities` builds the crate
/// without those two (`scripts/ablate-entities.sh` measures each in turn). The names
/// are those of [`Signal::name`]; an unknown one fails the build, naming the valid
/// ones. Without `PRECIS_ABLATE` (or with it empty) every signal is on, and each test
/// of one is a constant the compiler folds away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Signal {
    /// `summary`: a mention in a sentence of the summary adds to an entity's score.
    Summary,
    /// `gazetteer`: the built-in lists of places and demonyms (and of other names of
    /// one place: "America" = "United States") vouch for names, vote for kinds, keep
    /// listed places from merging into longer names and demonyms before nouns out.
    Gazetteer,
    /// `titles`: a title before a name ("Sen.", "Secretary") votes for a person.
    Titles,
    /// `all-titles`: the honorific shown with a lone surname is the whole title,
    /// any title ("Vice President Ford"); without, only the last word of it, and only
    /// when it is an honorific ("Mr. Sova").
    AllTitles,
    /// `context`: the words around a name vote for its kind: "Dear", "said", "who",
    /// "et al." (a person; "the X said" an organisation), "in", "near"... (a place).
    Context,
    /// `designators`: words inside a name that say what it names ("Inc.",
    /// "Ministry", "River", "War") vote for its kind and vouch for it.
    Designators,
    /// `plain-names`: two or three plain capitalised words, nothing else, vote for a
    /// person ("Claire Warwick").
    PlainNames,
    /// `acronyms`: an acronym joins the name it abbreviates, by initials or by a
    /// definition in the text ("World Health Organization (WHO)").
    Acronyms,
    /// `first-names`: a lone first name joins the only full name it opens ("Daniel"
    /// → "Daniel Bernoulli").
    FirstNames,
    /// `known-phrases`: headlines and lines in capitals find again the names prose
    /// has shown ("SOUTH DAKOTA" after "South Dakota").
    KnownPhrases,
    /// `honorific-display`: a person shown by a lone surname is shown with the
    /// honorific the text writes before it ("Mr. Wexley").
    HonorificDisplay,
    /// `lead`: a mention in the first three sentences adds to the score, and one in
    /// the very first (usually the headline) adds more.
    Lead,
    /// `spread`: mentions spread through the text add to the score (for each tenth of
    /// the text that mentions the entity).
    Spread,
}

impl Signal {
    /// Every signal, in the order of `scripts/ablate-entities.sh`.
    const ALL: [Signal; 13] = [
        Signal::Summary,
        Signal::Gazetteer,
        Signal::Titles,
        Signal::AllTitles,
        Signal::Context,
        Signal::Designators,
        Signal::PlainNames,
        Signal::Acronyms,
        Signal::FirstNames,
        Signal::KnownPhrases,
        Signal::HonorificDisplay,
        Signal::Lead,
        Signal::Spread,
    ];

    /// Its name in `PRECIS_ABLATE`.
    const fn name(self) -> &'static str {
        match self {
            Signal::Summary => "summary",
            Signal::Gazetteer => "gazetteer",
            Signal::Titles => "titles",
            Signal::AllTitles => "all-titles",
            Signal::Context => "context",
            Signal::Designators => "designators",
            Signal::PlainNames => "plain-names",
            Signal::Acronyms => "acronyms",
            Signal::FirstNames => "first-names",
            Signal::KnownPhrases => "known-phrases",
            Signal::HonorificDisplay => "honorific-display",
            Signal::Lead => "lead",
            Signal::Spread => "spread",
        }
    }

    /// Whether this build uses the signal: it is not named in `PRECIS_ABLATE`.
    #[inline]
    pub(super) const fn enabled(self) -> bool {
        !ABLATED[self as usize]
    }
}

/// The signals compiled out, by [`Signal`] index: those `PRECIS_ABLATE` names.
const ABLATED: [bool; Signal::ALL.len()] = ablated(option_env!("PRECIS_ABLATE"));

/// The signals a comma-separated list of names switches off (none for `None`);
/// spaces around a name and empty names are ignored. Panics, failing the build when
/// this runs at compile time, on a name that is not a signal's.
const fn ablated(list: Option<&str>) -> [bool; Signal::ALL.len()] {
    let mut off = [false; Signal::ALL.len()];
    let Some(list) = list else { return off };
    let mut rest = list.as_bytes();
    loop {
        let mut comma = 0;
        while comma < rest.len() && rest[comma] != b',' {
            comma += 1;
        }
        let (name, after) = rest.split_at(comma);
        let name = name.trim_ascii();
        if !name.is_empty() {
            let mut found = false;
            let mut s = 0;
            while s < Signal::ALL.len() {
                if same_bytes(name, Signal::ALL[s].name().as_bytes()) {
                    off[s] = true;
                    found = true;
                }
                s += 1;
            }
            if !found {
                unknown_signal(name);
            }
        }
        if after.is_empty() {
            return off;
        }
        rest = after.split_at(1).1; // past the comma
    }
}

/// Whether two byte strings are equal (`==` is not `const`).
const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Fails (the build, at compile time) on `name`, which is no signal's, with a
/// message that names the valid signals.
const fn unknown_signal(name: &[u8]) -> ! {
    let mut message = [0u8; 512];
    let mut len = append(&mut message, 0, b"PRECIS_ABLATE names an unknown signal `");
    // At most 64 bytes of the name, whole UTF-8 (the rest of the message is ASCII).
    len = match std::str::from_utf8(name) {
        Ok(_) if name.len() <= 64 => append(&mut message, len, name),
        _ => append(&mut message, len, b"(a long name)"),
    };
    len = append(&mut message, len, b"`; the signals are:");
    let mut s = 0;
    while s < Signal::ALL.len() {
        len = append(&mut message, len, b" ");
        len = append(&mut message, len, Signal::ALL[s].name().as_bytes());
        s += 1;
    }
    match std::str::from_utf8(message.split_at(len).0) {
        Ok(message) => panic!("{}", message),
        Err(_) => panic!("PRECIS_ABLATE names an unknown signal"),
    }
}

/// Copies `piece` into `buffer` at `at`, and returns where it ends.
const fn append(buffer: &mut [u8; 512], at: usize, piece: &[u8]) -> usize {
    let mut i = 0;
    while i < piece.len() {
        buffer[at + i] = piece[i];
        i += 1;
    }
    at + piece.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The entities of `text` (English, or as detected), with their counts.
    pub(super) fn names(text: &str) -> Vec<(String, usize)> {
        crate::extract_entities(text).unwrap().into_iter().map(|e| (e.text, e.count)).collect()
    }

    /// The entities of `text`, displayed.
    pub(super) fn texts(text: &str) -> Vec<String> {
        crate::extract_entities(text).unwrap().into_iter().map(|e| e.text).collect()
    }

    /// The kind of the entity of `text` displayed as `name` (which must be one).
    pub(super) fn kind_of(text: &str, name: &str) -> EntityKind {
        let entities = crate::extract_entities(text).unwrap();
        entities.iter().find(|e| e.text == name).unwrap_or_else(|| panic!("{name} missing from {entities:?}")).kind
    }

    #[test]
    fn ablation_lists_name_signals() {
        assert_eq!(ablated(None), [false; 13]);
        assert_eq!(ablated(Some("")), [false; 13]);
        let off = ablated(Some(" gazetteer,, spread ,"));
        let named: Vec<&str> = Signal::ALL.iter().filter(|s| off[**s as usize]).map(|s| s.name()).collect();
        assert_eq!(named, ["gazetteer", "spread"]);
        for (i, signal) in Signal::ALL.iter().enumerate() {
            assert_eq!(*signal as usize, i, "Signal::ALL is in declaration order");
        }
    }

    #[test]
    #[should_panic(expected = "unknown signal `gazeteer`; the signals are: summary gazetteer titles")]
    fn an_unknown_signal_is_refused() {
        let _ = ablated(Some("lead,gazeteer"));
    }

    #[test]
    fn the_ablation_script_runs_every_signal() {
        let script = include_str!("../../scripts/ablate-entities.sh");
        let listed = script.lines().find_map(|l| l.strip_prefix("SIGNALS=\"")).unwrap().trim_end_matches('"');
        let names: Vec<&str> = Signal::ALL.iter().map(|s| s.name()).collect();
        assert_eq!(listed, names.join(" "));
    }

    #[test]
    fn hostile_inputs_do_not_panic() {
        for text in [
            "",
            " ",
            "'",
            "’s",
            "A",
            "Mr.",
            "Mr. Mr. Mr.",
            "of of of",
            "al-",
            "-al",
            "J. K.",
            "U.S.",
            "(WHO)",
            "Bank of",
            "De Van Der",
            "\u{1F600} Émile 😀 Zola",
            "X:Y:Z",
            "::",
            "A & B & C",
            "Ph.D.",
            "ÉCOLE NORMALE",
            "Dr.\nSmith",
            "P.S.",
            "“",
            "King of",
            "Kim Jong-",
            "ßtraße Straße",
        ] {
            let entities = crate::extract_entities(text).unwrap();
            for e in &entities {
                assert_eq!(e.count, e.mentions.len());
                assert!(e.mentions.iter().all(|m| text.get(m.start..m.end).is_some()));
            }
        }
    }
}
