//! Names: finding the candidate mentions of a sentence. Each word is classified
//! (a name word, maybe one, a function word that may sit inside a name, or not part
//! of a name), runs of name words and the particles between them are extended, and
//! each run is accepted or not as a name: titles are dropped from its front (and kept
//! as evidence of a person), sentence-opening common words and post-nominal letters
//! from its ends, and a run whose every capital may be automatic needs something that
//! vouches for it. Headlines and lines in capitals also find again the names that
//! prose has shown ([`known_phrase`]).

use rustc_hash::FxHashMap as HashMap;

use super::evidence::Evidence;
use super::kinds::{designator, KindClues, KindVotes};
use super::merge::key;
use super::tokens::{
    is_acronym, is_camel_case, is_capitalised, is_initial, is_particle, is_plural_acronym, title_word, Line, Token,
};
use super::{Mention, Signal};
use crate::basics::{lowercase, Language, Span};
use crate::data::entity_words::{
    COMMON_ACRONYMS, COMMON_WORDS, HONORIFICS, LABELS, NAME_OPENERS, NEVER_NAMES, POST_NOMINALS, RELATIVES,
};
use crate::data::gazetteer;
use crate::data::stopwords;
use crate::text::{joined, strip_possessive};

/// How a word can take part in a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// Capitalised where that means a name.
    Name,
    /// Capitalised where capitals may be automatic: a name only with more evidence.
    Maybe,
    /// A capitalised function word mid-sentence ("Ghost In The Shell"): only between name words.
    Weak,
    /// Not part of a name (but a lower-case particle may still join one).
    No,
}

/// Articles: a known name does not start with one ("The Texas" is "Texas").
const ARTICLES: &[&str] = &["a", "an", "das", "der", "die", "el", "il", "la", "las", "le", "les", "los", "the"];

/// Acronyms that are common nouns, not names (lower case, without periods).
fn common_acronym(lower: &str) -> bool {
    COMMON_ACRONYMS.contains(&lower.replace('.', ""))
}

/// How `t`, in a line of kind `line`, can take part in a name.
fn classify(t: &Token<'_>, line: Line, evidence: &Evidence<'_>) -> Class {
    let camel = is_camel_case(t.text);
    if !(is_capitalised(t.text) || camel) || excluded(t.text) || t.text.chars().any(|c| c.is_ascii_digit()) {
        return Class::No;
    }
    let lower = t.lower.as_ref();
    let acronym = is_acronym(t.text);
    if t.initial && t.text.chars().count() == 1 {
        return Class::No; // "Ο Κυριάκος Μητσοτάκης", "A"
    }
    if line == Line::Caps {
        // Case says nothing here: only words the text writes as names elsewhere, and
        // listed places (the dateline "LONDON 1996-08-30", "NEW YORK" in a table).
        let listed = Signal::Gazetteer.enabled() && gazetteer::lookup(lower).is_some();
        return if listed || (evidence.proper(lower) && !evidence.common(lower)) { Class::Name } else { Class::No };
    }
    if t.text.contains('.') && common_acronym(lower) {
        return Class::No; // "Ph.D.", "M.A."
    }
    if acronym && line == Line::Prose {
        // "TV", "CDs", "DISTRACT ME" (emphasis: the text writes it in lower case) are not names.
        // Long words in capitals are emphasis, and so are function words ("ME").
        let letters = t.lower.chars().filter(|c| c.is_alphabetic()).count();
        // a listed place is a name however long ("WASHINGTON (Reuters) -" opens a dateline)
        let listed = Signal::Gazetteer.enabled() && gazetteer::lookup(&key(t.text)).is_some();
        let emphasis = !listed && (letters > 6 || (letters >= 4 && evidence.uses(lower).lower > 0));
        let function_word = stopwords::is_stop_word(evidence.language, lower) && !listed;
        return if common_acronym(lower) || emphasis {
            Class::No
        } else if function_word {
            Class::Weak
        } else {
            Class::Name
        };
    }
    if is_plural_acronym(t.text) {
        return Class::No;
    }
    if (stopwords::is_stop_word(evidence.language, lower) || COMMON_WORDS.contains(lower)) && !acronym {
        return if line == Line::Prose && !t.initial { Class::Weak } else { Class::No };
    }
    let listed = Signal::Gazetteer.enabled() && gazetteer::lookup(lower).is_some();
    if evidence.language == Language::German && !camel && !acronym && !listed {
        // Every German noun is capitalised: a lone word needs evidence of a name.
        return if evidence.german_name(lower) { Class::Name } else { Class::Maybe };
    }
    if line == Line::Prose && !t.initial {
        return Class::Name;
    }
    if evidence.proper(lower) || listed {
        Class::Name
    } else {
        Class::Maybe
    }
}

/// The keys of the names prose has shown, each with its number of mentions. (A map of
/// the type the merger keys its groups by, so the module carries one copy of the hash
/// table's code for both.)
pub(super) type KnownNames = HashMap<String, usize>;

/// Adds to `out` the names of sentence number `sentence`, whose `tokens` form a line
/// of kind `line`; `known` holds the keys of names prose has shown (for headlines and
/// lines in capitals, empty for prose).
pub(super) fn find_names<'t>(
    text: &'t str,
    sentence: usize,
    tokens: &[Token<'t>],
    line: Line,
    evidence: &Evidence<'t>,
    known: &KnownNames,
    out: &mut Vec<Mention>,
) {
    let classes = tokens.iter().map(|t| classify(t, line, evidence)).collect();
    let last_number = tokens.iter().rposition(is_number);
    let reading = Reading { text, sentence, tokens, classes, line, evidence, last_number };
    if let Some(end) = reading.dateline_place() {
        let votes = KindVotes { place: 4, ..KindVotes::default() };
        out.extend(reading.mention(&tokens[..=end], votes, None));
        return;
    }
    let mut i = 0;
    while i < tokens.len() {
        if let Some(end) = known_phrase(text, tokens, i, known) {
            out.push(reading.known_mention(i, end));
            i = end + 1;
            continue;
        }
        if !reading.opens_run(i) {
            i += 1;
            continue;
        }
        let end = reading.run_end(i);
        if let Some(mention) = reading.accept_run(i, end) {
            out.push(mention);
        }
        i = end + 1;
    }
}

/// One sentence as the name finder reads it: its tokens, how each can take part in
/// a name, and what the whole text says about its words.
struct Reading<'r, 't> {
    /// The whole text.
    text: &'t str,
    /// The sentence's index.
    sentence: usize,
    /// The sentence's tokens.
    tokens: &'r [Token<'t>],
    /// The [`classify`] of each token.
    classes: Vec<Class>,
    /// How the sentence sets its capitals.
    line: Line,
    /// How the whole text writes each word.
    evidence: &'r Evidence<'t>,
    /// The index of the sentence's last token that is a number, if any.
    last_number: Option<usize>,
}

/// What the titles at the front of a run leave of it.
struct Title {
    /// Where the name starts, after its titles.
    start: usize,
    /// Whether a title makes it a person's name.
    titled: bool,
    /// The title to show with a lone surname ("Mr." in "Mr. Wasserstrom").
    honorific: Option<String>,
}

impl<'t> Reading<'_, 't> {
    /// The mention of a name prose has shown, found again at `i..=end`.
    fn known_mention(&self, i: usize, end: usize) -> Mention {
        let (first, last) = (&self.tokens[i], &self.tokens[end]);
        let end_byte = last.start + strip_possessive(last.text).len();
        let name = joined(self.text[first.start..end_byte].split_whitespace(), end_byte - first.start);
        let span = Span { start: first.start, end: end_byte };
        Mention { name, span, sentence: self.sentence, votes: KindVotes::default(), honorific: None }
    }

    /// Whether a run of name words may start at token `i`. A capitalised common word
    /// mid-sentence may open a name ("Second Circuit", "Good Friday"), an article never does.
    fn opens_run(&self, i: usize) -> bool {
        let (tokens, classes) = (self.tokens, &self.classes);
        let weak_start = classes[i] == Class::Weak
            && tokens[i].joined_to_next
            && classes.get(i + 1) == Some(&Class::Name)
            && NAME_OPENERS.contains(&tokens[i].lower);
        matches!(classes[i], Class::Name | Class::Maybe) || weak_start
    }

    /// The last name word of the run opened at `i`: the run extends over name words
    /// and particles between name words. In a headline, words with evidence and words
    /// without it make separate runs.
    fn run_end(&self, i: usize) -> usize {
        let (tokens, classes, line) = (self.tokens, &self.classes, self.line);
        let mut end = i; // inclusive index of the last name word
        let mut j = i;
        while tokens[j].joined_to_next && j + 1 < tokens.len() && !ends_name(&tokens[j], tokens.get(j + 1)) {
            let next = &tokens[j + 1];
            let class = classes[j + 1];
            let same_evidence = line != Line::Headline || (class == Class::Name) == (classes[end] == Class::Name);
            if matches!(class, Class::Name | Class::Maybe) && same_evidence {
                end = j + 1;
                j += 1;
            } else if is_particle(&next.lower, tokens[j].hyphen_to_next || next.hyphen_to_next) || class == Class::Weak
            {
                j += 1;
            } else if tokens[j].hyphen_to_next
                && next.text.chars().count() <= 2
                && next.text.chars().all(char::is_lowercase)
            {
                // "Kim Jong-un", "Pointe-à-Pitre": short lower-case parts of a hyphenated name
                j += 1;
                if !next.hyphen_to_next {
                    end = j;
                }
            } else {
                break;
            }
        }
        end
    }

    /// Decides whether the run of tokens `i..=end` is a name, and makes the mention.
    fn accept_run(&self, i: usize, end: usize) -> Option<Mention> {
        let Title { start, titled, honorific } = self.drop_titles(i, end)?;
        let start = self.skip_common_opening(start, end);
        if start <= end && !matches!(self.classes[start], Class::Name | Class::Maybe | Class::Weak) {
            return None;
        }
        let end = self.drop_post_nominals(start, end);
        let run = &self.tokens[start..=end];
        let words: Vec<&Token<'t>> = run.iter().filter(|t| !is_particle(&t.lower, true)).collect();
        if words.len() > MAX_NAME_WORDS || run.len() > 2 * MAX_NAME_WORDS {
            return None; // a header line of names and affiliations, not one name
        }
        let lower_name = joined(run.iter().map(|t| t.lower.as_ref()), run[run.len() - 1].end - run[0].start);
        let clues = KindClues {
            run,
            words: &words,
            before: self.word_before(start),
            after: self.tokens.get(end + 1),
            cited: self.cited(start, end),
            listed: if Signal::Gazetteer.enabled() { gazetteer::lookup(&lower_name) } else { None },
            designated: Signal::Designators.enabled() && run.iter().any(|t| designator(&t.lower).is_some()),
            titled,
            related: self.related(start),
            scored: self.scored(end),
        };
        let has_name_word = self.classes[start..=end].contains(&Class::Name);
        if !has_name_word && clues.listed.is_none() && !self.vouched(&clues) {
            return None;
        }
        if words.len() == 1 && self.lone_word_is_no_name(words[0], end) {
            return None;
        }
        self.mention(run, clues.votes(self.evidence), honorific)
    }

    /// Drops the titles at the front of the run `i..=end` ("Defense Secretary Lloyd J.
    /// Austin"): evidence of a person, never part of the name. `None` when the run ends
    /// with a title ("the President", "Mr.").
    fn drop_titles(&self, i: usize, end: usize) -> Option<Title> {
        let tokens = self.tokens;
        let Some(last_title) = (i..=end).rev().find(|&k| title_word(tokens[k].text)) else {
            return Some(Title { start: i, titled: false, honorific: None });
        };
        if last_title == end {
            return None; // "the President", "Mr."
        }
        let mut titled = true;
        // The whole title, for a surname shown with it: "Vice President" (Ford).
        let mut from = last_title;
        while from > i
            && is_capitalised(tokens[from - 1].text)
            && (title_word(tokens[from - 1].text) || !self.evidence.common(&tokens[from - 1].lower))
        {
            from -= 1;
        }
        let all_titles = Signal::AllTitles.enabled();
        let title =
            if all_titles { &self.text[tokens[from].start..tokens[last_title].end] } else { tokens[last_title].text };
        let mut honorific = (all_titles || HONORIFICS.contains(tokens[last_title].lower.trim_end_matches('.')))
            .then(|| joined(title.split_whitespace(), title.len()));
        let mut start = last_title + 1;
        if !is_capitalised(tokens[start].text) {
            if end - start < 2 {
                // "Secretary of State": an office, no name at all, unless its one word
                // is a listed name ("King of Athens": the place, not a person)
                let listed = Signal::Gazetteer.enabled() && gazetteer::lookup(&tokens[end].lower).is_some();
                if !listed {
                    return None;
                }
                titled = false;
                honorific = None;
            }
            // "Secretary of State Daniel P. Whitfield": the name is the end of the run
            start = person_name_start(tokens, start, end);
        }
        Some(Title { start, titled, honorific })
    }

    /// Where the name starts once sentence-opening common words are skipped
    /// ("Despite Daniel"), and a word before a particle unless it says what the name
    /// is: "Residents of Eastgate" is Eastgate, "University of Portsmouth" stays whole.
    fn skip_common_opening(&self, mut i: usize, end: usize) -> usize {
        let (tokens, classes) = (self.tokens, &self.classes);
        while i < end
            && classes[i] == Class::Maybe
            && (self.evidence.common(&tokens[i].lower)
                || (is_particle(&tokens[i + 1].lower, false) && designator(&tokens[i].lower).is_none()))
        {
            i += 1;
            while i < end && is_particle(&tokens[i].lower, true) {
                i += 1;
            }
        }
        i
    }

    /// Where the name ends without post-nominal letters: "Daniel Bernoulli FRS".
    fn drop_post_nominals(&self, start: usize, mut end: usize) -> usize {
        while end > start && POST_NOMINALS.contains(&self.tokens[end].lower.replace('.', "")) {
            end -= 1;
        }
        end
    }

    /// The word before token `i` (lower case) when only spaces separate them.
    fn word_before(&self, i: usize) -> Option<&'_ str> {
        (i > 0 && self.tokens[i - 1].joined_to_next).then(|| self.tokens[i - 1].lower.as_ref())
    }

    /// Whether the run `start..=end` is cited as an author: "et al." follows it
    /// ("Brieber et al."), or a year inside parentheses ("(Moretti, 2013)", "(see
    /// Milekic 2010; ...)", "(Parry (1929) on Homer)").
    fn cited(&self, start: usize, end: usize) -> bool {
        let Some(next) = self.tokens.get(end + 1) else { return false };
        if next.lower == "et" {
            return self.tokens.get(end + 2).is_some_and(|t| t.lower.starts_with("al"));
        }
        let gap = &self.text[self.tokens[end].end..next.start];
        is_year(next) && matches!(gap, " " | ", " | " (") && self.tokens[start].parenthesised
    }

    /// Whether a run without a sure name word, nor listed, is a name all the same: it
    /// holds no common word and something vouches for it (a title, a designator, a
    /// second word, "By" or "Dear" before it, a citation or a score after it, a word the
    /// text capitalises twice); a lone word in a headline needs a title or "By".
    fn vouched(&self, clues: &KindClues<'_, 't>) -> bool {
        let (words, before, evidence) = (clues.words, clues.before, self.evidence);
        if words.iter().any(|t| evidence.common(&t.lower)) {
            return false;
        }
        let vouched = clues.titled
            || (clues.designated && words.len() >= 2)
            || (words.len() >= 2 && self.line == Line::Prose)
            || (evidence.language == Language::German && words.len() >= 2)
            || before.is_some_and(|p| matches!(p, "by" | "dear" | "von" | "van" | "de"))
            || clues.cited
            || clues.scored
            || (evidence.language != Language::German
                && words.len() >= 2
                && words.iter().any(|t| evidence.uses(&t.lower).capitalised_anywhere >= 2));
        let lone_in_headline =
            words.len() == 1 && self.line == Line::Headline && !clues.titled && before.is_none_or(|p| p != "by");
        vouched && !lone_in_headline
    }

    /// The last token of the place that opens a dateline, a line in capitals that is
    /// one to four words and a date ("NEW YORK 1996-08-30", "MONTE CARLO 1996-08-30").
    fn dateline_place(&self) -> Option<usize> {
        if self.line != Line::Caps {
            return None;
        }
        let first_number = self.tokens.iter().position(is_number)?;
        let date = self.text[self.tokens[first_number].start..self.tokens[self.tokens.len() - 1].end].trim_end();
        let is_date = date.len() == 10 && date.bytes().all(|b| b.is_ascii_digit() || b == b'-');
        ((1..=4).contains(&first_number) && is_date).then(|| first_number - 1)
    }

    /// Whether a relation comes right before token `i`, or before a comma before it:
    /// "his father, Anthony", "her friend Marianne".
    fn related(&self, i: usize) -> bool {
        let Some(before) = i.checked_sub(1).map(|b| &self.tokens[b]) else { return false };
        matches!(&self.text[before.end..self.tokens[i].start], " " | ", ") && RELATIVES.contains(&before.lower)
    }

    /// Whether a number follows the run ending at token `end`, and another one the rest
    /// of its sentence: a score or a row of a table ("Glamorgan 259 and 207", "Chonan 3
    /// 0 1 13 10 9"), which follow competitors, not common words. A year is no score ("Alarcos (1966), Senabre (1982)" cite authors, "Stoker (2013)"
    /// names a film).
    fn scored(&self, end: usize) -> bool {
        self.tokens.get(end + 1).is_some_and(|t| is_number(t) && !is_year(t))
            && self.last_number.is_some_and(|last| last > end + 1)
    }

    /// Whether `word`, alone in a run ending at `end`, is no name: a lone initial, a
    /// label before a number or colon ("Figure 2", "Image:"), or a demonym before a
    /// common noun, an adjective ("American officials").
    fn lone_word_is_no_name(&self, word: &Token<'t>, end: usize) -> bool {
        let tokens = self.tokens;
        let letters = word.text.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 2 && !is_acronym(word.text) {
            return true;
        }
        let number_next = tokens.get(end + 1).is_some_and(is_number);
        let colon_next = self.text[word.end..].trim_start_matches([' ', '\t']).starts_with(':');
        if LABELS.contains(&word.lower) && (number_next || colon_next) {
            return true;
        }
        let adjective = tokens.get(end + 1).is_some_and(|n| {
            tokens[end].joined_to_next
                && n.text.chars().next().is_some_and(char::is_lowercase)
                && !stopwords::is_stop_word(self.evidence.language, &n.lower)
        });
        adjective && gazetteer::is_demonym(&word.lower) && Signal::Gazetteer.enabled()
    }

    /// The mention of the accepted name `run`, unless it has fewer than two letters.
    fn mention(&self, run: &[Token<'t>], votes: KindVotes, honorific: Option<String>) -> Option<Mention> {
        let first = &run[0];
        let last = &run[run.len() - 1];
        let end_byte = last.start + strip_possessive(last.text).len();
        let raw = &self.text[first.start..end_byte];
        let name = joined(raw.split_whitespace(), raw.len());
        if name.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return None;
        }
        let span = Span { start: first.start, end: end_byte };
        Some(Mention { name, span, sentence: self.sentence, votes, honorific })
    }
}

/// Whether `token` is a number ("259", "197-8", "3").
fn is_number(token: &Token<'_>) -> bool {
    token.text.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `token` is a year: four digits from 1000 to 2099 ("1966", "2013").
fn is_year(token: &Token<'_>) -> bool {
    let text = token.text.as_bytes();
    text.len() == 4 && text.iter().all(u8::is_ascii_digit) && (text[0] == b'1' || text.starts_with(b"20"))
}

/// Most words a name may have (particles aside).
const MAX_NAME_WORDS: usize = 7;

/// Longest words a known name may have in a headline.
const MAX_PHRASE: usize = 8;

/// The end of the longest name starting at `tokens[i]` that prose has already shown.
fn known_phrase(text: &str, tokens: &[Token<'_>], i: usize, known: &KnownNames) -> Option<usize> {
    let first = &tokens[i];
    if known.is_empty()
        || !(is_capitalised(first.text) || is_camel_case(first.text))
        || ARTICLES.contains(&first.lower.as_ref())
    {
        return None;
    }
    let mut best = None;
    let mut end = i;
    loop {
        let last = &tokens[end];
        if is_capitalised(last.text) || is_camel_case(last.text) {
            let end_byte = last.start + strip_possessive(last.text).len();
            if known.contains_key(&key(&text[tokens[i].start..end_byte])) {
                best = Some(end);
            }
        }
        if end + 1 >= tokens.len()
            || end + 1 - i >= MAX_PHRASE
            || !tokens[end].joined_to_next
            || ends_name(&tokens[end], tokens.get(end + 1))
        {
            return best;
        }
        end += 1;
    }
}

/// Whether a name ends after `token`: a possessive ends it ("Woody Allen's Match
/// Point"), except inside names like "People's Republic" or "St. Mary's Lake".
fn ends_name(token: &Token<'_>, next: Option<&Token<'_>>) -> bool {
    if strip_possessive(token.text).len() == token.text.len() {
        return false;
    }
    const PLURAL_POSSESSORS: &[&str] = &["children", "men", "people", "veterans", "women", "workers"];
    let designator_next = next.is_some_and(|n| designator(&n.lower).is_some());
    !(PLURAL_POSSESSORS.contains(&token.lower.as_ref()) || designator_next)
}

/// Where a person's name starts at the end of `tokens[from..=end]`: a capitalised
/// word, any initials, and the surname ("Daniel P. Whitfield" in "of State Daniel P. Whitfield").
fn person_name_start(tokens: &[Token<'_>], from: usize, end: usize) -> usize {
    let mut first = end;
    while first > from && is_initial(tokens[first - 1].text) {
        first -= 1;
    }
    if first > from && is_capitalised(tokens[first - 1].text) {
        first -= 1;
    }
    first
}

/// Capitalised words that are never names: days, months (also abbreviated), the
/// pronoun "I" and contractions ("I'm", "It's", "Don't").
fn excluded(word: &str) -> bool {
    if let Some(at) = word.find(['\'', '’']) {
        let after = lowercase(word[at..].trim_start_matches(['\'', '’']));
        let before = lowercase(&word[..at]);
        if matches!(after.as_str(), "m" | "ve" | "ll" | "d" | "re" | "t")
            || (after == "s"
                && matches!(
                    before.as_str(),
                    "it" | "that" | "there" | "here" | "he" | "she" | "what" | "let" | "who" | "where" | "how"
                ))
        {
            return true;
        }
    }
    NEVER_NAMES.contains_lower_case(word.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use crate::basics::{EntityKind, Language};
    use crate::entities::tests::{kind_of, names, texts};

    #[test]
    fn particles_and_acronyms_stay_in_names() {
        let text = "The Bank of England warned. Officials at the U.S. Treasury and the UN \
                    agreed with Charles de Gaulle Airport staff about Abu Bakr al-Baghdadi. \
                    Residents of Eastgate asked Halvorsen & Co. to help.";
        let found: Vec<String> = names(text).into_iter().map(|(n, _)| n).collect();
        for expected in [
            "Bank of England",
            "U.S. Treasury",
            "UN",
            "Charles de Gaulle Airport",
            "Abu Bakr al-Baghdadi",
            "Eastgate",
            "Halvorsen & Co.",
        ] {
            assert!(found.contains(&expected.to_string()), "{expected} missing from {found:?}");
        }
        assert!(
            !found.iter().any(|n| ["Officials", "The", "Residents", "Residents of Eastgate"].contains(&n.as_str())),
            "{found:?}"
        );
    }

    #[test]
    fn headlines_do_not_produce_junk() {
        let text = "Pentagon Chief Visits Israel Amid Tension\n\nThe Pentagon said on Tuesday that \
                    the visit to Israel would go ahead.";
        assert_eq!(names(text), [("Pentagon".into(), 2), ("Israel".into(), 2)]);
    }

    #[test]
    fn a_dateline_in_capitals_names_its_place() {
        let text = "SOCCER - LATE GOAL GIVES HOSTS THE POINTS.\nLONDON 1996-08-30\nThe hosts scored in the \
                    last minute to beat the visitors 2-1 on Friday.";
        assert_eq!(crate::entities::tests::kind_of(text, "LONDON"), crate::EntityKind::Place);
        let names = crate::entities::tests::texts(text);
        assert!(
            !names.iter().any(|n| ["SOCCER", "GOAL", "HOSTS", "POINTS"].contains(&n.to_uppercase().as_str())),
            "{names:?}"
        );
    }

    #[test]
    fn a_long_listed_place_in_capitals_opening_prose_is_a_name_not_emphasis() {
        let text = "WASHINGTON (Reuters) - Secretary of Defense Lloyd Austin told Congress on Tuesday that \
                    more aid would be sent. Austin met lawmakers. Several said this was ABSOLUTELY urgent.";
        assert_eq!(crate::entities::tests::kind_of(text, "WASHINGTON"), crate::EntityKind::Place);
        let names = crate::entities::tests::texts(text);
        assert!(!names.iter().any(|n| n == "ABSOLUTELY"), "{names:?}");
        let phrases_only = crate::KeywordOptions { names: false, ..Default::default() };
        let keywords = crate::extract_keywords_with(text, &phrases_only).unwrap();
        assert!(!keywords.iter().any(|k| k.text.eq_ignore_ascii_case("washington")), "{keywords:?}");
    }

    #[test]
    fn mentions_point_at_the_name() {
        let text = "Yoav Gallant spoke. Later, Gallant's aides left.";
        let entity = &crate::extract_entities(text).unwrap()[0];
        let mentioned: Vec<&str> = entity.mentions.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(mentioned, ["Yoav Gallant", "Gallant"]);
    }

    #[test]
    fn initials_titles_and_possessives() {
        let text = "Harbour engineer Mary K. Okafor told Mayor Tom Brandt that the bridge was safe. \
                    Okafor's report, which Mr. Brandt read twice, was published on Friday. \
                    Brandt thanked Mary Okafor.";
        assert_eq!(names(text), [("Mary K. Okafor".into(), 3), ("Tom Brandt".into(), 3)]);
        assert_eq!(kind_of(text, "Tom Brandt"), EntityKind::Person);
    }

    #[test]
    fn an_office_is_no_name_but_the_person_holding_it_is() {
        let text = "Austin met the Secretary of State on Monday. Secretary of Defense Lloyd Austin \
                    then flew to the King of Athens and the Minister of Finance.";
        let found: Vec<String> = names(text).into_iter().map(|(name, _)| name).collect();
        assert!(found.contains(&"Lloyd Austin".to_string()), "{found:?}");
        assert!(found.contains(&"Athens".to_string()), "a listed place stays: {found:?}");
        for office in ["State", "Finance", "Defense"] {
            assert!(!found.iter().any(|name| name == office), "{office} is part of an office: {found:?}");
        }
    }

    #[test]
    fn sentence_initial_words_need_evidence() {
        let text = "Officials met in Lisbon on Monday. Kessler, the envoy, arrived late. Despite Kessler's \
                    delay, the talks began. Kessler said little. Yesterday the envoy left Lisbon. \
                    Meanwhile nothing changed.";
        let found = names(text);
        assert_eq!(found[0], ("Kessler".into(), 3), "{found:?}");
        assert!(found.contains(&("Lisbon".into(), 2)), "{found:?}");
        for junk in ["Officials", "Despite Kessler", "Yesterday", "Meanwhile", "Despite"] {
            assert!(!found.iter().any(|(n, _)| n == junk), "junk {junk} in {found:?}");
        }
    }

    #[test]
    fn contractions_labels_and_common_acronyms_are_not_names() {
        let text = "I'm sure it's fine, said Dana Whit. It's late. Don't worry. See Figure 2 and Step 3 \
                    before you buy a TV or more CDs. Image: a view of Riverton.";
        let found = texts(text);
        assert!(found.contains(&"Dana Whit".to_string()) && found.contains(&"Riverton".to_string()), "{found:?}");
        for junk in ["I'm", "It's", "Don't", "Figure", "Step", "TV", "CDs", "Image", "See"] {
            assert!(!found.contains(&junk.to_string()), "junk {junk} in {found:?}");
        }
    }

    #[test]
    fn demonyms_before_nouns_are_adjectives() {
        let text = "American officials met Danish diplomats. The Americans later thanked the Danes in Copenhagen.";
        let found = texts(text);
        assert!(!found.contains(&"American".to_string()) && !found.contains(&"Danish".to_string()), "{found:?}");
        assert!(found.contains(&"Americans".to_string()) && found.contains(&"Copenhagen".to_string()), "{found:?}");
        assert_eq!(kind_of(text, "Americans"), EntityKind::Other);
    }

    #[test]
    fn bylines_and_lines_in_capitals() {
        let text = "FLOODS HIT RIVERTON AS DAM FAILS\n\nBy Tomas Eklund\n\nFloods hit Riverton on Monday after \
                    the Carrow Dam failed. The Red Cross sent help to Riverton.";
        let found = names(text);
        assert_eq!(found[0], ("Riverton".into(), 3), "{found:?}");
        assert!(found.iter().any(|(n, _)| n == "Tomas Eklund"), "{found:?}");
        assert!(found.iter().any(|(n, _)| n == "Carrow Dam"), "{found:?}");
        for junk in ["FLOODS", "FLOODS HIT RIVERTON AS DAM FAILS", "DAM", "By Tomas Eklund"] {
            assert!(!found.iter().any(|(n, _)| n == junk), "junk {junk} in {found:?}");
        }
    }

    #[test]
    fn german_nouns_are_not_names() {
        let text = "Die Regierung in Berlin hat am Montag einen Vertrag mit Frankreich geschlossen. \
                    Angela Merkel sagte, der Vertrag sei gut für die Wirtschaft. Das Haus der \
                    Regierung blieb geschlossen. Merkel reiste dann nach Paris.";
        let options = crate::EntityOptions { language: Some(Language::German), ..Default::default() };
        let found: Vec<String> =
            crate::extract_entities_with(text, &options).unwrap().into_iter().map(|e| e.text).collect();
        for expected in ["Berlin", "Frankreich", "Angela Merkel", "Paris"] {
            assert!(found.contains(&expected.to_string()), "{expected} missing from {found:?}");
        }
        for noun in ["Regierung", "Vertrag", "Wirtschaft", "Haus", "Montag"] {
            assert!(!found.contains(&noun.to_string()), "common noun {noun} in {found:?}");
        }
    }

    #[test]
    fn cyrillic_and_greek_names() {
        let ru = "Владимир Путин прибыл в Казань в понедельник. Путин встретился с губернатором.";
        assert_eq!(names(ru)[0], ("Владимир Путин".into(), 2));
        let el = "Ο Κυριάκος Μητσοτάκης επισκέφθηκε τη Λάρισα. Ο Μητσοτάκης μίλησε στους πολίτες.";
        assert_eq!(names(el)[0], ("Κυριάκος Μητσοτάκης".into(), 2));
    }
}
