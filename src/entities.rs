//! Key entities: the names a text is about, found from capitalisation alone.
//!
//! A name is a run of capitalised words, which may hold initials ("Lloyd J. Austin"),
//! dotted acronyms ("U.S."), and lower-case particles between capitalised words
//! ("Bank of England", "Charles de Gaulle", "Abu Bakr al-Baghdadi"). A word that is
//! capitalised only because it opens a sentence or sits in a title-case headline counts
//! only if the text also capitalises it mid-sentence, or if it opens a multi-word name.
//! Titles ("Mr.", "President") are dropped from the front of a name, a possessive "'s"
//! from its end, and short forms ("Austin", "Lloyd Austin") are merged into the fullest
//! form of the name.

use std::collections::{HashMap, HashSet};

use unicode_segmentation::UnicodeSegmentation;

use crate::language::{detect_language, Language};
use crate::options::Options;
use crate::sentences::{split, Sentence};
use crate::stopwords;
use crate::words::strip_possessive;

/// A byte range of the input text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

/// A named entity and where the text mentions it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// The fullest form of the name found in the text, e.g. "Lloyd J. Austin".
    pub text: String,
    /// Number of mentions, counting every form of the name.
    pub count: usize,
    /// Every mention (of any form of the name), in text order.
    pub mentions: Vec<Span>,
    /// Importance: higher is more important; comparable within one text.
    pub score: f64,
}

/// Finds the named entities of `text`, most important first.
///
/// ```
/// let text = "Defense Secretary Lloyd J. Austin met Benjamin Netanyahu in Tel Aviv. \
///             Austin said the U.S. would help. Netanyahu's office agreed.";
/// let names: Vec<String> = precis::extract_entities(text).into_iter().map(|e| e.text).collect();
/// assert_eq!(names, ["Lloyd J. Austin", "Benjamin Netanyahu", "Tel Aviv", "U.S."]);
/// ```
pub fn extract_entities(text: &str) -> Vec<Entity> {
    extract_entities_with(text, &Options::default())
}

/// [`extract_entities`] with the language (detected when `None`) and the extra
/// abbreviations of `options`; the other options do not matter here.
pub fn extract_entities_with(text: &str, options: &Options) -> Vec<Entity> {
    let language = options.language.unwrap_or_else(|| detect_language(text));
    entities_in(text, &split(text, language, &options.abbreviations), language)
}

/// [`extract_entities`] over sentences already split, in `language`.
pub(crate) fn entities_in(text: &str, sentences: &[Sentence<'_>], language: Language) -> Vec<Entity> {
    let tokens: Vec<Vec<Token<'_>>> = sentences.iter().map(tokenize).collect();
    let evidence = Evidence::gather(sentences, &tokens, language);
    let mut mentions = Vec::new();
    for (sentence, tokens) in sentences.iter().zip(&tokens) {
        find_names(text, sentence, tokens, &evidence, &mut mentions);
    }
    rank(merge(mentions), text.len())
}

/// A word of a sentence, with what the name finder needs to know about it.
#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    /// The word, with a period kept when it belongs to it ("J.", "U.S.", "Mr.").
    text: &'a str,
    start: usize,
    end: usize,
    /// The first word of its sentence (or of a quotation opening it).
    initial: bool,
    /// Whether only whitespace without a line break separates it from the next token.
    joined_to_next: bool,
    /// Whether it is followed by a hyphen glued to the next word ("al-Baghdadi").
    hyphen_to_next: bool,
}

fn tokenize<'a>(sentence: &Sentence<'a>) -> Vec<Token<'a>> {
    let segments: Vec<(usize, &str)> = sentence.text.split_word_bound_indices().collect();
    let mut tokens: Vec<Token<'a>> = Vec::new();
    let mut gap_ok = false; // whether everything since the last word keeps a name going
    let mut hyphen = false;
    for (i, &(offset, segment)) in segments.iter().enumerate() {
        let start = sentence.start + offset;
        if segment.chars().any(char::is_alphanumeric) {
            if let Some(last) = tokens.last_mut() {
                last.joined_to_next = gap_ok;
                last.hyphen_to_next = gap_ok && hyphen;
            }
            let keeps_period = segments.get(i + 1).is_some_and(|&(_, s)| s == ".") && takes_period(segment);
            let len = segment.len() + usize::from(keeps_period);
            tokens.push(Token {
                text: &sentence.text[offset..offset + len],
                start,
                end: start + len,
                initial: tokens.is_empty(),
                joined_to_next: false,
                hyphen_to_next: false,
            });
            gap_ok = true;
            hyphen = false;
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
        }
    }
    tokens
}

/// Whether a word followed by "." keeps the period: initials, dotted acronyms,
/// titles, and abbreviations that close a name ("Co.", "Jr.").
fn takes_period(word: &str) -> bool {
    const NAME_ENDINGS: &[&str] = &["co", "corp", "inc", "jr", "ltd", "sr", "st"];
    let mut chars = word.chars();
    let single_capital = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_capital || word.contains('.') || title_word(word) || NAME_ENDINGS.contains(&word.to_lowercase().as_str())
}

/// What the whole text says about how words are written.
struct Evidence<'a> {
    /// Words seen capitalised where capitals are not automatic (mid-sentence, not in a headline).
    capitalised: HashSet<&'a str>,
    /// Sentences set in title case or capitals (headlines), by index.
    headlines: HashSet<usize>,
    /// The text's language, for its stop words.
    language: Language,
}

impl<'a> Evidence<'a> {
    fn gather(sentences: &[Sentence<'a>], tokens: &[Vec<Token<'a>>], language: Language) -> Self {
        let headlines: HashSet<usize> = sentences
            .iter()
            .zip(tokens)
            .filter(|(s, t)| is_headline(s.text, t, language))
            .map(|(s, _)| s.index)
            .collect();
        let capitalised = sentences
            .iter()
            .zip(tokens)
            .filter(|(s, _)| !headlines.contains(&s.index))
            .flat_map(|(_, t)| t.iter().filter(|t| !t.initial && is_capitalised(t.text)))
            .map(|t| name_word(t.text))
            .collect();
        Evidence { capitalised, headlines, language }
    }
}

/// A headline: a line in capitals, or one of at least three words with no final
/// punctuation where most content words are capitalised.
fn is_headline(sentence: &str, tokens: &[Token<'_>], language: Language) -> bool {
    let letters = || sentence.chars().filter(|c| c.is_alphabetic());
    if letters().count() > 1 && letters().all(char::is_uppercase) {
        return true;
    }
    let content: Vec<&Token<'_>> =
        tokens.iter().filter(|t| !stopwords::is_stop_word(language, &t.text.to_lowercase())).collect();
    let capitalised = content.iter().filter(|t| is_capitalised(t.text)).count();
    let punctuated = sentence.trim_end_matches(|c: char| !c.is_alphanumeric()).len() < sentence.len();
    tokens.len() >= 3 && !punctuated && capitalised * 10 >= content.len() * 7
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A candidate mention before merging: the name as written and where it is.
struct Mention {
    name: String,
    span: Span,
}

fn find_names(
    text: &str,
    sentence: &Sentence<'_>,
    tokens: &[Token<'_>],
    evidence: &Evidence<'_>,
    out: &mut Vec<Mention>,
) {
    let headline = evidence.headlines.contains(&sentence.index);
    let is_name_word = |t: &Token<'_>| -> bool {
        if !is_capitalised(t.text) || excluded(t.text) {
            return false;
        }
        let word = name_word(t.text);
        if headline || t.initial {
            return evidence.capitalised.contains(word)
                || (!headline && !stopwords::is_stop_word(evidence.language, &word.to_lowercase()));
        }
        true
    };
    let mut i = 0;
    while i < tokens.len() {
        if !is_name_word(&tokens[i]) {
            i += 1;
            continue;
        }
        // Extend the run over name words and particles between name words.
        let mut end = i; // inclusive index of the last name word
        let mut j = i;
        while tokens[j].joined_to_next && j + 1 < tokens.len() {
            let next = &tokens[j + 1];
            if is_name_word(next) {
                end = j + 1;
                j += 1;
            } else if is_particle(next.text, tokens[j].hyphen_to_next || next.hyphen_to_next) {
                j += 1;
            } else {
                break;
            }
        }
        let mut run = &tokens[i..=end];
        // A sentence-opening word the text never capitalises elsewhere counts only
        // as the first word of a longer name ("Benjamin Netanyahu said", not
        // "Residents of Eastgate").
        if run[0].initial
            && !title_word(run[0].text)
            && !evidence.capitalised.contains(name_word(run[0].text))
            && !run.get(1).is_some_and(|t| is_capitalised(t.text))
        {
            i += 1;
            continue;
        }
        if let Some(last_title) = run.iter().rposition(|t| title_word(t.text)) {
            let after_title = &run[last_title + 1..];
            run = if after_title.first().is_some_and(|t| !is_capitalised(t.text)) {
                // "Secretary of State Daniel P. Whitfield": the name is the end of the run
                person_name_at_end(after_title)
            } else {
                after_title
            };
        }
        if let (Some(first), Some(last)) = (run.first(), run.last()) {
            let end_byte = last.start + strip_possessive(last.text).len();
            let raw = &text[first.start..end_byte];
            let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
            if name.chars().count() > 1 {
                out.push(Mention { name, span: Span { start: first.start, end: end_byte } });
            }
        }
        i = end + 1;
    }
}

/// The last words of a run that can form a person's name: a capitalised word, any
/// initials, and the surname ("Daniel P. Whitfield" in "of State Daniel P. Whitfield").
fn person_name_at_end<'r, 'a>(run: &'r [Token<'a>]) -> &'r [Token<'a>] {
    let Some(mut first) = run.len().checked_sub(1) else { return run };
    while first > 0 && run[first - 1].text.ends_with('.') && run[first - 1].text.chars().count() == 2 {
        first -= 1;
    }
    if first > 0 && is_capitalised(run[first - 1].text) {
        first -= 1;
    }
    &run[first..]
}

/// The word without a possessive or a kept period, as compared across the text.
fn name_word(word: &str) -> &str {
    let word = strip_possessive(word);
    if word.matches('.').count() == 1 { word.trim_end_matches('.') } else { word }
}

/// Lower-case particles allowed between the words of a name.
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la", "le",
    "of", "van", "von",
];

fn is_particle(word: &str, hyphenated: bool) -> bool {
    let lower = word.to_lowercase();
    PARTICLES.contains(&lower.as_str()) && (hyphenated || lower != "al" && lower != "el")
}

/// Titles and honorifics: evidence of a person, never part of the name.
const TITLES: &[&str] = &[
    "adm", "admiral", "ambassador", "archbishop", "bishop", "capt", "captain", "chairman",
    "chairwoman", "chancellor", "col", "colonel", "commissioner", "dame", "dr", "gen", "gov",
    "governor", "judge", "justice", "king", "lady", "lord", "lt", "maj", "mayor", "minister",
    "miss", "mr", "mrs", "ms", "pope", "premier", "president", "prince", "princess", "prof",
    "professor", "queen", "rabbi", "rep", "rev", "secretary", "sen", "senator", "sgt", "sheikh",
    "sir", "spokesman", "spokeswoman",
];

fn title_word(word: &str) -> bool {
    let lower = word.trim_end_matches('.').to_lowercase();
    TITLES.contains(&lower.as_str())
}

/// Capitalised words that are never names: days, months (also abbreviated), the pronoun "I".
fn excluded(word: &str) -> bool {
    const NEVER: &[&str] = &[
        "apr", "april", "aug", "august", "dec", "december", "feb", "february", "fri", "friday",
        "i", "jan", "january", "jul", "july", "jun", "june", "mar", "march", "mon", "monday",
        "nov", "november", "oct", "october", "sat", "saturday", "sep", "sept", "september", "sun",
        "sunday", "thu", "thurs", "thursday", "tue", "tues", "tuesday", "wed", "wednesday",
    ];
    NEVER.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// The key two written forms of one name share: acronyms lose their periods ("U.S." = "US").
fn key(name: &str) -> String {
    let is_acronym = !name.contains(' ') && name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if is_acronym { name.replace('.', "") } else { name.to_string() }
}

/// The words of a name that identify it: without initials ("J.") and particles.
fn core_words(name: &str) -> Vec<&str> {
    name.split(' ').filter(|w| !(w.ends_with('.') && w.chars().count() == 2) && !is_particle(w, true)).collect()
}

/// Longer names a short form is compared with, at most (the longest ones come first).
const MAX_HOSTS: usize = 64;

/// Groups mentions into entities: identical keys first, then short forms into the
/// longest name that contains them and ends with the same word.
fn merge(mentions: Vec<Mention>) -> Vec<Entity> {
    let mut groups: Vec<(String, Vec<Mention>)> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for mention in mentions {
        let k = key(&mention.name);
        let at = *by_key.entry(k.clone()).or_insert_with(|| {
            groups.push((k, Vec::new()));
            groups.len() - 1
        });
        groups[at].1.push(mention);
    }
    // Longest names first: each group may fold into a longer one seen before it that
    // ends with the same word (looked up by that word, so merging stays linear).
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| (std::cmp::Reverse(groups[g].0.split(' ').count()), g));
    let mut target: Vec<usize> = (0..groups.len()).collect();
    let mut by_last_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for &g in &order {
        let name = groups[g].0.as_str();
        let words = core_words(name);
        let Some(&last) = words.last() else { continue };
        let hosts = by_last_word.entry(last).or_default();
        let host = hosts
            .iter()
            .take(MAX_HOSTS)
            .copied()
            .filter(|&h| {
                let host_name = groups[h].0.as_str();
                host_name.split(' ').count() > name.split(' ').count()
                    && !host_name.split(' ').any(|w| w == "of")
                    && is_subsequence(&words, &core_words(host_name))
            })
            .max_by_key(|&h| (groups[target[h]].1.len(), std::cmp::Reverse(h)));
        if let Some(h) = host {
            target[g] = target[h];
        }
        hosts.push(g);
    }
    let mut entities: HashMap<usize, (String, Vec<Span>)> = HashMap::new();
    for (g, (_, group)) in groups.iter().enumerate() {
        let entry = entities.entry(target[g]).or_insert_with(|| (String::new(), Vec::new()));
        for m in group {
            if fuller(&m.name, &entry.0) {
                entry.0 = m.name.clone();
            }
            entry.1.push(m.span);
        }
    }
    entities
        .into_values()
        .map(|(name, mut spans)| {
            spans.sort();
            Entity { text: name, count: spans.len(), mentions: spans, score: 0.0 }
        })
        .collect()
}

fn is_subsequence(short: &[&str], long: &[&str]) -> bool {
    let mut it = long.iter();
    short.iter().all(|w| it.any(|l| l == w))
}

/// Whether `a` is a fuller written form than `b`: more words, then more characters.
fn fuller(a: &str, b: &str) -> bool {
    (a.split(' ').count(), a.len()) > (b.split(' ').count(), b.len())
}

/// Orders entities by importance: mentions, plus a bonus for appearing early.
fn rank(mut entities: Vec<Entity>, text_len: usize) -> Vec<Entity> {
    for e in &mut entities {
        let first = e.mentions[0].start as f64 / text_len.max(1) as f64;
        e.score = e.count as f64 + (1.0 - first);
    }
    entities.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.mentions[0].cmp(&b.mentions[0])));
    entities
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, usize)> {
        extract_entities(text).into_iter().map(|e| (e.text, e.count)).collect()
    }

    #[test]
    fn short_forms_and_possessives_merge_into_the_full_name() {
        let text = "Prime Minister Benjamin Netanyahu met Defense Secretary Lloyd J. Austin on Monday. \
                    Austin said Netanyahu's government had agreed. Lloyd Austin left later.";
        assert_eq!(names(text), [("Lloyd J. Austin".into(), 3), ("Benjamin Netanyahu".into(), 2)]);
    }

    #[test]
    fn particles_and_acronyms_stay_in_names() {
        let text = "The Bank of England warned. Officials at the U.S. Treasury and the UN \
                    agreed with Charles de Gaulle Airport staff about Abu Bakr al-Baghdadi. \
                    Residents of Eastgate asked Halvorsen & Co. to help.";
        let found: Vec<String> = names(text).into_iter().map(|(n, _)| n).collect();
        for expected in [
            "Bank of England", "U.S. Treasury", "UN", "Charles de Gaulle Airport", "Abu Bakr al-Baghdadi",
            "Eastgate", "Halvorsen & Co.",
        ] {
            assert!(found.contains(&expected.to_string()), "{expected} missing from {found:?}");
        }
        assert!(!found.iter().any(|n| ["Officials", "The", "Residents", "Residents of Eastgate"].contains(&n.as_str())), "{found:?}");
    }

    #[test]
    fn dotted_and_plain_acronyms_are_one_entity() {
        let text = "The U.S. sent aid. Later the US sent more. Hamas rejected it, and Hamas said so.";
        assert_eq!(names(text), [("U.S.".into(), 2), ("Hamas".into(), 2)]);
    }

    #[test]
    fn headlines_do_not_produce_junk() {
        let text = "Pentagon Chief Visits Israel Amid Tension\n\nThe Pentagon said on Tuesday that \
                    the visit to Israel would go ahead.";
        assert_eq!(names(text), [("Pentagon".into(), 2), ("Israel".into(), 2)]);
    }

    #[test]
    fn mentions_point_at_the_name() {
        let text = "Yoav Gallant spoke. Later, Gallant's aides left.";
        let entity = &extract_entities(text)[0];
        let mentioned: Vec<&str> = entity.mentions.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(mentioned, ["Yoav Gallant", "Gallant"]);
    }
}
