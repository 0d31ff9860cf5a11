//! Tokens and lines: a sentence's words as the name finder sees them (with the
//! periods that belong to them and what joins each to the next), how a line sets its
//! capitals, and the shapes of words (capitalised, camel case, acronym, initial,
//! particle, title).

use std::borrow::Cow;

use crate::basics::{lowercase, lowercase_char, Language};
use crate::data::entity_words::TITLES;
use crate::data::stopwords;
use crate::data::WordList;
use crate::document::Segments;
use crate::text::{is_cjk, is_lower_case, is_upper_case, is_word, strip_possessive, Sentence};

/// A word of a sentence, with what the name finder needs to know about it.
#[derive(Clone, Debug)]
pub(super) struct Token<'a> {
    /// The word, with a period kept when it belongs to it ("J.", "U.S.", "Mr.").
    pub(super) text: &'a str,
    /// [`name_word`] of the text, lower case: the form compared across the text
    /// (borrowed from the text when it is already lower case, as most words are).
    pub(super) lower: Cow<'a, str>,
    /// Where it starts in the text (byte offset).
    pub(super) start: usize,
    /// Where it ends in the text (byte offset, after a kept period).
    pub(super) end: usize,
    /// Its capital may be automatic: the first word of its sentence, or the first
    /// after an opening quotation mark, bracket, colon or dash.
    pub(super) initial: bool,
    /// Whether only whitespace without a line break separates it from the next token.
    pub(super) joined_to_next: bool,
    /// Whether it is followed by a hyphen glued to the next word ("al-Baghdadi").
    pub(super) hyphen_to_next: bool,
    /// Whether it stands inside parentheses opened before it in its sentence.
    pub(super) parenthesised: bool,
}

/// Splits sentence after sentence into tokens, reusing its buffers.
#[derive(Default)]
pub(super) struct Tokenizer<'a> {
    /// The UAX #29 segments of the current sentence, colons split off, with their
    /// offsets in it and whether each is a word.
    pieces: Vec<(usize, &'a str, bool)>,
    /// The tokens of the current sentence.
    tokens: Vec<Token<'a>>,
}

impl<'a> Tokenizer<'a> {
    /// The tokens of `sentence`.
    pub(super) fn tokenize(&mut self, sentence: &Sentence<'a>, segments: &Segments) -> &[Token<'a>] {
        let Tokenizer { pieces, tokens } = self;
        pieces.clear();
        tokens.clear();
        for (offset, segment, word) in segments.of(sentence) {
            // UAX #29 keeps "wikiHow:Contributions" (a colon between letters) as one word: split it.
            if segment.len() > 1 && segment.bytes().any(|b| b == b':') {
                let mut at = offset;
                for part in segment.split_inclusive(':') {
                    let head = part.strip_suffix(':').unwrap_or(part);
                    if !head.is_empty() {
                        pieces.push((at, head, is_word(head)));
                    }
                    if head.len() < part.len() {
                        pieces.push((at + head.len(), ":", false));
                    }
                    at += part.len();
                }
            } else {
                pieces.push((offset, segment, word));
            }
        }
        let mut gap_ok = false; // whether everything since the last word keeps a name going
        let mut hyphen = false;
        let mut opening = false; // an opening mark since the last word
        let mut parentheses = 0usize; // how many are open
        for (i, &(offset, segment, word)) in pieces.iter().enumerate() {
            let start = sentence.start + offset;
            if word {
                if let Some(last) = tokens.last_mut() {
                    last.joined_to_next = gap_ok;
                    last.hyphen_to_next = gap_ok && hyphen;
                }
                let keeps_period = pieces.get(i + 1).is_some_and(|&(_, s, _)| s == ".") && takes_period(segment);
                let len = segment.len() + usize::from(keeps_period);
                let text = &sentence.text[offset..offset + len];
                tokens.push(Token {
                    text,
                    lower: lower_case(name_word(text)),
                    start,
                    end: start + len,
                    // also after a note marker opening the sentence: "P.S. Slacks are on the way"
                    initial: tokens.is_empty() || opening || (tokens.len() == 1 && is_note_marker(&tokens[0].lower)),
                    joined_to_next: false,
                    hyphen_to_next: false,
                    parenthesised: parentheses > 0,
                });
                gap_ok = true;
                hyphen = false;
                opening = false;
            } else if segment == "." && tokens.last().is_some_and(|t| t.end == start + 1) {
                // the period already kept by the word before it
            } else if segment.chars().all(|c| c.is_whitespace() && !matches!(c, '\n' | '\r')) {
                // spaces keep a name going
            } else if segment == "-" && !hyphen && tokens.last().is_some_and(|t| t.end == start) {
                hyphen = true;
            } else if segment == "&" && gap_ok {
                // "Halvorsen & Co.", "AT&T": the ampersand keeps a name going
            } else {
                gap_ok = false;
                match segment {
                    "(" => parentheses += 1,
                    ")" => parentheses = parentheses.saturating_sub(1),
                    _ => {}
                }
                if segment.chars().any(|c| matches!(c, '"' | '“' | '„' | '«' | '‘' | ':' | '—' | '–' | '¿' | '¡'))
                {
                    opening = true;
                }
            }
        }
        tokens
    }
}

/// Whether a sentence's first word marks a note ("P.S.", "NB", "Re:", "Fwd:"), after
/// which the next word's capital is automatic too.
fn is_note_marker(lower: &str) -> bool {
    let undotted = || lower.bytes().filter(|&b| b != b'.');
    lower.len() <= 8 && ["ps", "pps", "nb", "re", "fwd"].iter().any(|marker| marker.bytes().eq(undotted()))
}

/// `word` in lower case, borrowed when it is already.
fn lower_case(word: &str) -> Cow<'_, str> {
    let unchanged = |c: char| {
        if c.is_ascii() || is_cjk(c) {
            return !c.is_ascii_uppercase();
        }
        lowercase_char(c) == c
    };
    if word.chars().all(unchanged) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(lowercase(word))
    }
}

/// Whether a word followed by "." keeps the period: initials, dotted acronyms,
/// titles, and abbreviations that close a name ("Co.", "Jr.").
fn takes_period(word: &str) -> bool {
    static NAME_ENDINGS: WordList = WordList::new(&["co\ncorp\ninc\njr\nltd\nmt\nsr\nst"]);
    let mut chars = word.chars();
    let single_capital = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_capital || word.contains('.') || title_word(word) || NAME_ENDINGS.contains_lower_case(word)
}

/// How a sentence sets its capitals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Line {
    /// Ordinary prose: a capital after the first word means a name.
    Prose,
    /// A title-case line without final punctuation (headline, heading, byline):
    /// capitals are automatic.
    Headline,
    /// A line in capitals: case says nothing.
    Caps,
}

/// A line in capitals, or one of at least two words with no final punctuation where
/// most content words are capitalised.
pub(super) fn line_kind(sentence: &str, tokens: &[Token<'_>], language: Language) -> Line {
    let letters = || sentence.chars().filter(|c| c.is_alphabetic());
    if tokens.len() >= 2 && letters().nth(2).is_some() && letters().all(char::is_uppercase) {
        return Line::Caps;
    }
    let punctuated = sentence
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ')' | ']' | '}' | '"' | '\'' | '”' | '’' | '»'))
        .ends_with(['.', '!', '?', '…', ';', ':', ',']);
    if tokens.len() < 2 || punctuated {
        return Line::Prose;
    }
    let content: Vec<&Token<'_>> = tokens.iter().filter(|t| !stopwords::is_stop_word(language, &t.lower)).collect();
    let capitalised = content.iter().filter(|t| is_capitalised(t.text)).count();
    if capitalised * 10 >= content.len() * 7 {
        Line::Headline
    } else {
        Line::Prose
    }
}

/// Whether the word begins with a capital.
pub(super) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(is_upper_case)
}

/// A lower-case word with a capital inside: "iPhone", "eBay", "wikiHow".
pub(super) fn is_camel_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(is_lower_case) && chars.any(char::is_uppercase) && !word.contains('.')
}

/// A plural acronym is a common noun: "CDs", "CFLs", "MPs".
pub(super) fn is_plural_acronym(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|w| w.chars().count() >= 2 && w.chars().all(char::is_uppercase))
}

/// Two or more letters, all capitals, maybe with periods: "NATO", "U.S.", "UK".
pub(super) fn is_acronym(word: &str) -> bool {
    let word = strip_possessive(word);
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// An initial: one letter and a period ("J.").
pub(super) fn is_initial(word: &str) -> bool {
    word.ends_with('.') && word.chars().count() == 2
}

/// The word without a possessive or a kept period, as compared across the text.
fn name_word(word: &str) -> &str {
    let word = strip_possessive(word);
    if word.bytes().filter(|&b| b == b'.').count() == 1 {
        word.trim_end_matches('.')
    } else {
        word
    }
}

/// Lower-case particles allowed between the words of a name.
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "e", "el", "ibn", "la", "le", "of", "van", "von",
];

/// "al", "el" and the Persian "e" join a name only with a hyphen ("al-Baghdadi", "Naqsh-e Jahan").
pub(super) fn is_particle(lower: &str, hyphenated: bool) -> bool {
    PARTICLES.contains(&lower) && (hyphenated || !matches!(lower, "al" | "el" | "e"))
}

/// A title or honorific ("President", "Gen.", "Mr."), with or without its period.
pub(super) fn title_word(word: &str) -> bool {
    TITLES.contains_lower_case(word.trim_end_matches('.'))
}
