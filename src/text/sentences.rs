//! Sentence boundaries: Unicode UAX #29 plus the repairs real text needs.
//!
//! UAX #29 (via `unicode-segmentation`) gets decimals, URLs, quotes, ellipses and
//! lower-case continuations right. It breaks wrongly after a title or an initial that
//! is followed by a capitalised word ("Dr. Smith", "Lloyd J. Austin"), and it breaks at
//! every line break, which splits hard-wrapped paragraphs. This module merges those
//! pieces back and keeps every real break: blank lines, and line breaks after a line
//! that is a headline or a list item.

use unicode_segmentation::UnicodeSegmentation;

use super::sentence_bounds::sentence_pieces;
use crate::basics::{lowercase, Language};
use crate::data::abbreviations::{self, AbbreviationKind};
use crate::data::stopwords;

/// A sentence of the input: its position in the text and its byte offsets.
///
/// `start..end` never includes the whitespace around the sentence, and
/// `&text[start..end]` is always the sentence's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence<'a> {
    /// Position among the text's sentences, from 0.
    pub index: usize,
    /// The sentence, exactly as it appears in the input.
    pub text: &'a str,
    /// Byte offset of the sentence's first character.
    pub start: usize,
    /// Byte offset just past the sentence's last character.
    pub end: usize,
}

/// Splits `text` in `language` into sentences, in order, also honouring
/// `abbreviations` (lower case or not, without the final period).
///
/// Lossless: the sentences, together with the whitespace between them, cover the
/// whole text. Whitespace-only text has no sentences.
pub(crate) fn split<'a>(text: &'a str, language: Language, abbreviations: &[String]) -> Vec<Sentence<'a>> {
    let rules = Rules { language, abbreviations };
    let mut merged: Vec<(usize, usize)> = Vec::new();
    let mut open_titles = OpenTitles::default(); // in the last merged span
    for (offset, piece) in sentence_pieces(text) {
        let Some((mut start, end)) = trim_span(piece, offset) else { continue };
        // A footnote mark after a sentence belongs to it: "…in Dulwich. [17] Placed…"
        if let (Some(last), Some(mark)) = (merged.last_mut(), footnote_mark(&text[start..end])) {
            last.1 = start + mark;
            match trim_span(&text[start + mark..end], start + mark) {
                Some((rest, _)) => start = rest,
                None => continue,
            }
        }
        match merged.last_mut() {
            Some(last) if rules.continues(text, *last, (start, end), open_titles.any()) => last.1 = end,
            Some(last) => {
                // "…compounds. . . . The practice…": the ellipsis opens the next sentence
                if let Some(period_end) = period_before_spaced_ellipsis(&text[last.0..last.1]) {
                    start = last.0 + period_end + 1;
                    last.1 = last.0 + period_end;
                }
                merged.push((start, end));
                open_titles = OpenTitles::default();
            }
            None => merged.push((start, end)),
        }
        open_titles.add(&text[start..end]);
    }
    let mut spans = Vec::with_capacity(merged.len());
    for (start, end) in merged {
        split_inside(text, start, end, &rules, &mut spans);
    }
    spans
        .into_iter()
        .enumerate()
        .map(|(index, (start, end))| Sentence { index, text: &text[start..end], start, end })
        .collect()
}

/// Pushes the sentences of the span `start..end` of `text`: the span itself, cut
/// before each item of an enumerated list it holds ("1. The first item 2. The second
/// item"), after a period glued to the next sentence ("Hello world.Today is..."), and
/// after a period that ends a sentence although a lower-case word follows.
fn split_inside(text: &str, start: usize, end: usize, rules: &Rules<'_>, out: &mut Vec<(usize, usize)>) {
    let span = &text[start..end];
    let mut cut_from = 0;
    let mut next_item = list_marker(span).map(|(value, _)| value + 1);
    let mut previous: Option<char> = None;
    let mut previous_space = false; // whether `previous` is whitespace
                                    // the last two characters before the current whitespace run, if there is one
    let mut before_space: (Option<char>, Option<char>) = (None, None);
    let mut last_two: (Option<char>, Option<char>) = (None, None);
    let mut quotation = Quotation::default(); // of the sentence from cut_from
    let mut chars = span.char_indices();
    let mut chars_from = 0; // where `chars` starts: after the last run read at once
    while let Some((offset, c)) = chars.next() {
        let i = chars_from + offset;
        let space = c.is_whitespace();
        let at_word_start = previous_space;
        if at_word_start && !space {
            before_space = last_two;
        }
        let cut_here = match next_item {
            Some(value) if at_word_start => list_marker(&span[i..]).is_some_and(|(v, _)| v == value),
            _ => false,
        } || (previous == Some('.') && glued_sentence_start(&span[..i], &span[i..], rules))
            || (at_word_start && is_script_terminator(before_space, c))
            || (at_word_start
                && c.is_lowercase()
                && before_space.1 == Some('.')
                && rules.ends_with_long_word(span[cut_from..i].trim_end()))
            || (at_word_start && starts_after_full_stop(&span[cut_from..i], &span[i..], quotation.is_open(), rules));
        if cut_here && i > cut_from {
            if let Some(piece) = trim_span(&span[cut_from..i], start + cut_from) {
                out.push(piece);
            }
            cut_from = i;
            quotation = Quotation::default();
            if let Some(value) = next_item.filter(|_| at_word_start) {
                next_item = Some(value + 1);
            }
        }
        if !space {
            last_two = (last_two.1, Some(c));
        }
        quotation = quotation.read(c);
        previous = Some(c);
        previous_space = space;
        // No cut comes inside a word: the ASCII letters and digits after an ASCII
        // character that is neither a space nor a period are read at once.
        if c.is_ascii() && !space && c != '.' {
            let next = i + 1;
            let run = span.as_bytes()[next..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            if run > 0 {
                let last = span.as_bytes()[next + run - 1] as char;
                let before_last = if run > 1 { span.as_bytes()[next + run - 2] as char } else { c };
                last_two = (Some(before_last), Some(last));
                quotation = quotation.read(last);
                previous = Some(last);
                chars_from = next + run;
                chars = span[chars_from..].char_indices();
            }
        }
    }
    if let Some(piece) = trim_span(&span[cut_from..], start + cut_from) {
        out.push(piece);
    }
}

/// Whether a sentence opens with a quotation mark, and whether the quotation is still
/// open; read one character at a time, so that a long sentence is never re-read.
#[derive(Clone, Copy, Default)]
enum Quotation {
    /// No letter, digit or quotation mark read yet.
    #[default]
    Undecided,
    /// The sentence opens with a letter or digit.
    Unquoted,
    /// The sentence opens with the quotation mark `mark`.
    Quoted { mark: char, open: bool },
}

impl Quotation {
    /// The state after reading `c`.
    #[inline]
    fn read(self, c: char) -> Self {
        match self {
            Quotation::Undecided if matches!(c, '"' | '“' | '„' | '«') => {
                Quotation::Quoted { mark: c, open: true }
            }
            Quotation::Undecided if c.is_alphanumeric() => Quotation::Unquoted,
            Quotation::Quoted { mark: '"', open } if c == '"' => Quotation::Quoted { mark: '"', open: !open },
            Quotation::Quoted { mark, open: true } if closes(mark, c) => Quotation::Quoted { mark, open: false },
            state => state,
        }
    }

    fn is_open(self) -> bool {
        matches!(self, Quotation::Quoted { open: true, .. })
    }
}

/// Whether `c` closes a quotation opened with `mark` ("“…”", "„…“", "«…»").
fn closes(mark: char, c: char) -> bool {
    match mark {
        '“' => c == '”',
        '„' => matches!(c, '“' | '”'),
        '«' => c == '»',
        _ => false,
    }
}

/// The length of a footnote mark opening `piece` (`[17]`, `[...]`, `[…]`), if any.
fn footnote_mark(piece: &str) -> Option<usize> {
    let inner_end = piece.strip_prefix('[')?.find(']')?;
    let inner = &piece[1..1 + inner_end];
    let is_mark =
        (1..=4).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_digit()) || inner == "..." || inner == "…";
    is_mark.then_some(inner_end + 2)
}

/// Whether `(letter, mark)` followed by a word starting with `next` ends a sentence in
/// the letter's script although UAX #29 does not know it: the Armenian full stop
/// written as ":" and the Greek question mark written as ";" (before any word), and
/// the Arabic colon that closes a heading (before a word, not a number).
fn is_script_terminator((letter, mark): (Option<char>, Option<char>), next: char) -> bool {
    let Some(letter) = letter else { return false };
    match mark {
        Some(':') if matches!(letter, '\u{531}'..='\u{58f}') => next.is_alphanumeric(),
        Some(':') if matches!(letter, '\u{600}'..='\u{6ff}') => next.is_alphabetic(),
        Some(';') if matches!(letter, '\u{370}'..='\u{3ff}' | '\u{1f00}'..='\u{1fff}') => next.is_alphanumeric(),
        _ => false,
    }
}

/// Whether a sentence that UAX #29 ran on starts at `rest`: a dialogue dash after a
/// sentence end ("What do you see? - Posted…"), a number or an ellipsis after a word
/// and a full stop ("… af kwamen. 81 procent …", "… was raak. ...en toen …"), the
/// word being no abbreviation, or a number after a number and a full stop ("… in
/// 1990. 25 years later …") where a period does not mark ordinals.
fn starts_after_full_stop(before: &str, rest: &str, in_quotation: bool, rules: &Rules<'_>) -> bool {
    // the first character rules out nearly every word start at once
    match rest.chars().next() {
        Some(dash @ ('-' | '–' | '—')) => {
            let dialogue_dash =
                rest[dash.len_utf8()..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase));
            return dialogue_dash
                && before.trim_end().trim_end_matches(is_closing).ends_with(['.', '!', '?'])
                && !in_quotation;
        }
        Some('0'..='9' | '…') => {}
        Some('.') if rest.starts_with("...") => {}
        _ => return false,
    }
    if list_marker(rest).is_some() {
        return false;
    }
    let ended = before.trim_end();
    let Some(word) = ended.strip_suffix('.').and_then(last_word) else { return false };
    let plain_word = ended.len() > word.len() + 1 && ended[..ended.len() - 1].ends_with(word);
    let lower_word = word.chars().count() >= 3 && word.chars().all(char::is_lowercase);
    let number_after_number = !rules.writes_ordinals_with_period()
        && word.chars().all(|c| c.is_ascii_digit())
        && rest.starts_with(|c: char| matches!(c, '1'..='9')); // not "7. 000 euros"
    plain_word
        && (lower_word || number_after_number)
        && abbreviations::kind(rules.language, word, rules.abbreviations).is_none()
}

/// Whether a sentence starts right after a period with no space ("world.Today",
/// "1,000.That"): a lower-case letter or digit, the period, then a capitalised word
/// (or, after a long word, any upper-case word: "century.XVIII"), outside e-mail
/// addresses and URLs.
fn glued_sentence_start(before: &str, rest: &str, rules: &Rules<'_>) -> bool {
    let mut ahead = rest.chars();
    let (Some(first), Some(second)) = (ahead.next(), ahead.next()) else { return false };
    let body = &before[..before.len() - 1];
    let behind = body.chars().next_back().unwrap_or(' ');
    if !first.is_uppercase() || !(behind.is_lowercase() || behind.is_ascii_digit()) {
        return false; // the cheap tests first: this runs after every period
    }
    // The e-mail address or URL the period may sit in, looked for within a bounded
    // window so that a text of glued periods stays linear.
    let window = tail(body, TOKEN_WINDOW);
    let token_start = window.char_indices().rfind(|&(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    let ahead_window = head(rest, TOKEN_WINDOW);
    let token_end = ahead_window.find(char::is_whitespace).unwrap_or(ahead_window.len());
    let token = lowercase(&[&window[token_start..], ".", &ahead_window[..token_end]].concat());
    (second.is_lowercase() || rules.ends_with_long_word(before))
        && window[token_start..].chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !token.contains('@')
        && !holds(&token, "://")
        && !holds(&token, "www.")
}

/// Whether `s` (a short token) holds `part`: `str::contains` with a `&str` pattern
/// would bring the two-way string searcher into the module for these two calls.
fn holds(s: &str, part: &str) -> bool {
    s.char_indices().any(|(i, _)| s[i..].starts_with(part))
}

/// Bytes around a position searched for the word, e-mail address or URL holding it.
const TOKEN_WINDOW: usize = 256;

/// The last `max` bytes of `s` at most, cut on a character boundary.
fn tail(s: &str, max: usize) -> &str {
    let mut start = s.len().saturating_sub(max);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// The first `max` bytes of `s` at most, cut on a character boundary.
fn head(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The most bullets and spaces before the number of a list marker.
const MAX_MARKER_LEAD: usize = 4;
/// The most bytes of a list marker with the whitespace before it ("  • 999.)").
const MAX_MARKER_LEN: usize = 24;

/// An enumeration marker at the start of `s` ("1.", "2.)", "3)", "a.", "• 9."), with
/// its value (letters count from 1) and its length in bytes; it must be followed by
/// whitespace or end `s`.
fn list_marker(s: &str) -> Option<(u32, usize)> {
    // a few bullets and spaces at most: a long run is no list item, and is not re-read
    let is_lead = |c: char| c.is_whitespace() || matches!(c, '•' | '⁃' | '‣' | '▪' | '◦' | '·' | '-' | '*');
    let skipped = s.char_indices().take(MAX_MARKER_LEAD + 1).find(|&(_, c)| !is_lead(c))?.0;
    let body = &s[skipped..];
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (value, mut len) = if (1..=3).contains(&digits) {
        (body[..digits].parse().ok()?, digits)
    } else {
        let letter = body.chars().next().filter(char::is_ascii_lowercase)?;
        (u32::from(letter) - u32::from('a') + 1, 1)
    };
    let after = &body[len..];
    let punctuation = if after.starts_with(".)") {
        2
    } else if after.starts_with(['.', ')']) {
        1
    } else {
        return None;
    };
    if digits == 0 && punctuation == 1 && after.starts_with(')') {
        return None; // "a)" is too often a parenthetical
    }
    len += punctuation;
    let ends = body[len..].chars().next().is_none_or(char::is_whitespace);
    ends.then_some((value, skipped + len))
}

/// The byte span of `piece` (found at `offset`) without surrounding whitespace.
fn trim_span(piece: &str, offset: usize) -> Option<(usize, usize)> {
    let trimmed = piece.trim_start();
    let start = offset + piece.len() - trimmed.len();
    let trimmed = trimmed.trim_end();
    (!trimmed.is_empty()).then_some((start, start + trimmed.len()))
}

/// How many of each CJK title bracket (《》「」『』) a sentence leaves open: no sentence
/// ends inside them. Counted piece by piece, so that a long sentence is never re-read.
#[derive(Default)]
struct OpenTitles([isize; 3]);

impl OpenTitles {
    /// Counts the brackets of `piece`, the next part of the sentence.
    fn add(&mut self, piece: &str) {
        // U+300A to U+300F, 《》「」『』, are the bytes E3 80 8A to E3 80 8F: most
        // pieces have no byte E3
        if !piece.as_bytes().contains(&0xe3) {
            return;
        }
        for window in piece.as_bytes().windows(3) {
            if let &[0xe3, 0x80, last @ 0x8a..=0x8f] = window {
                let bracket = usize::from(last - 0x8a);
                self.0[bracket / 2] += if bracket % 2 == 0 { 1 } else { -1 };
            }
        }
    }

    fn any(&self) -> bool {
        self.0.iter().any(|&count| count > 0)
    }
}

/// The splitting rules for one text: its language and the caller's abbreviations.
struct Rules<'r> {
    language: Language,
    abbreviations: &'r [String],
}

impl Rules<'_> {
    /// Whether the piece `next` continues the sentence `prev` (which leaves a title
    /// bracket open if `in_title`) rather than starting one.
    fn continues(&self, text: &str, prev: (usize, usize), next: (usize, usize), in_title: bool) -> bool {
        let gap = &text[prev.1..next.0];
        let before = &text[prev.0..prev.1];
        let after = &text[next.0..next.1];
        match gap.chars().filter(|&c| is_line_break(c)).count() {
            0 => in_title || self.continues_inside_line(before, after, gap.is_empty()),
            // the next line's label may lie beyond its first piece ("Dr. Ruiz: …")
            1 => !opens_with_speaker_label(&text[next.0..]) && self.continues_after_line_break(before, after),
            _ => false, // a blank line always ends a sentence
        }
    }

    /// UAX #29 broke inside a line. Undo it after a list marker ("1." "The first
    /// item", or glued: "1.Bread, 2.Milk"), before a list marker inside a list (split
    /// again later, before the marker), after "!" followed by a lower-case word
    /// ("Yahoo! in") or a quoted "?" ("\"Coming?\" he asked"; a bare "?" ends a question
    /// whatever follows: "where did you grow up? india?") and after a name with "!"
    /// ("Yahoo! Research"), before a short
    /// parenthetical such as a citation after a quotation ("…" (Smith 55).), before a
    /// piece without words ("/ [...]"), before the Japanese quotative particle after a
    /// quotation (「行こう。」と), and after abbreviations.
    fn continues_inside_line(&self, before: &str, after: &str, glued: bool) -> bool {
        let before_is_marker = list_marker(before).is_some_and(|(_, len)| len == before.len());
        let in_list = list_marker(before).is_some() && ends_with_list_marker(before);
        // "Yahoo! in", "\"Coming?\" he asked", "L?a", a title ("Who is Sylvia? by") go
        // on; a bare "?" after a lower-case word ends a question: "grow up? india?"
        let core = before.trim_end_matches(is_closing);
        let quoted_or_glued = core.len() < before.len() || glued;
        let question_ends = core.ends_with('?')
            && !quoted_or_glued
            && last_word(core).is_some_and(|w| w.starts_with(char::is_lowercase));
        let exclaimed = core.ends_with(['!', '?']) && !question_ends;
        let lower_next = after.chars().next().is_some_and(char::is_lowercase);
        let citation = after.starts_with('(')
            && !before.ends_with(['.', '!', '?']) // "(This is a sentence.)" is one
            && after.split_whitespace().count() <= 6;
        let quotative = before.ends_with(['」', '』']) && (after.starts_with('と') || after.starts_with("って"));
        let glued_ellipsis = glued && (before.ends_with("..") || before.ends_with('…'));
        let glued_item = glued && ends_with_item_number(before);
        let exclaimed_name = before.ends_with('!')
            && last_word(before).is_some_and(abbreviations::is_exclaimed_name)
            && !self.starts_sentence(first_word(after));
        let no_words = !after.chars().any(char::is_alphanumeric);
        // ". . ." marks an omission inside a sentence; ". . . ." is a period and one
        let spaced_ellipsis = before.ends_with(". . .") && !before.ends_with(". . . .");
        before_is_marker
            || in_list
            || (exclaimed && lower_next)
            || exclaimed_name
            || citation
            || quotative
            || no_words
            || glued_ellipsis
            || glued_item
            || spaced_ellipsis
            || self.continues_after_period(before, after)
    }

    /// UAX #29 broke after a period inside a line: undo it after titles ("Dr. Smith"),
    /// after initials ("Lloyd J. Austin") and after dotted abbreviations that are
    /// followed by a word that does not start a sentence ("the U.S. Government").
    fn continues_after_period(&self, before: &str, after: &str) -> bool {
        let Some(word) = word_before_final_period(before) else { return false };
        let next_word = first_word(after);
        let next_is_initial = next_word.is_some_and(is_initial)
            && after
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .get(next_word.map_or(0, str::len)..)
                .is_some_and(|rest| rest.starts_with('.'));
        let opens = self.starts_sentence(next_word) && !next_is_initial;
        if is_initial(word) {
            return !opens;
        }
        let number = word.len() <= 4 && word.chars().all(|c| c.is_ascii_digit());
        if self.writes_ordinals_with_period() && (number || is_roman_numeral(word)) {
            return !opens; // an ordinal: "vom 12. Juni", "die 2. Bundesliga", "XII. Armee"
        }
        match abbreviations::kind(self.language, word, self.abbreviations) {
            Some(AbbreviationKind::Title) => true,
            Some(AbbreviationKind::Numbered) => after.starts_with(|c: char| c.is_ascii_digit()),
            Some(AbbreviationKind::Inline) => !opens,
            None => false,
        }
    }

    /// UAX #29 broke at a line break: keep it (headline, list item, end of sentence)
    /// unless the line plainly runs on into the next one, as in hard-wrapped text.
    fn continues_after_line_break(&self, before: &str, after: &str) -> bool {
        let last = before.chars().next_back().unwrap_or(' ');
        if ends_with_terminal(before) {
            return false;
        }
        let next_first = after.chars().next().unwrap_or(' ');
        let last_line = before.rsplit(is_line_break).next().unwrap_or(before);
        // three words or more, apart: a line holding one URL, path or code token is no prose
        let prose_line = last_line.split_whitespace().nth(2).is_some() && last_line.unicode_words().nth(2).is_some();
        let cjk_run_on = is_ideographic(last) && is_ideographic(next_first);
        let hyphenated =
            matches!(last, '-' | '\u{2010}') && before[..before.len() - last.len_utf8()].ends_with(char::is_alphabetic);
        let open_clause = matches!(last, ',' | ';' | '(' | '&')
            || last_word(before)
                .is_some_and(|w| self.language == Language::English && stopwords::is_connector(&lowercase(w)));
        (next_first.is_lowercase() && prose_line) || cjk_run_on || hyphenated || (open_clause && prose_line)
    }

    /// Whether a period after a number may mark an ordinal ("am 3. Oktober"): in
    /// German, and in the languages without tables (Danish, Czech, Hungarian…).
    fn writes_ordinals_with_period(&self) -> bool {
        matches!(self.language, Language::German | Language::Other)
    }

    /// Whether `word` typically opens a sentence: a capitalised function word
    /// ("The", "How", "It"), not a name or a noun. In a language without tables, a
    /// function word of any language with tables counts.
    fn starts_sentence(&self, word: Option<&str>) -> bool {
        let Some(word) = word else { return true };
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
        let lower = lowercase(word);
        match self.language {
            Language::Other => Language::ALL.iter().any(|&l| stopwords::is_stop_word(l, &lower)),
            language => stopwords::is_stop_word(language, &lower),
        }
    }

    /// Whether `s` ends with a period after a plain word of [`LONG_WORD`] letters or
    /// more that is no abbreviation. Abbreviations are short, so such a period ends a
    /// sentence whatever follows: "… δούλευε κανένας. το κόστος …".
    fn ends_with_long_word(&self, s: &str) -> bool {
        let Some(body) = s.strip_suffix('.') else { return false };
        let word_start = body.char_indices().rfind(|&(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8());
        let word = &body[word_start..];
        let plain = body[..word_start].chars().next_back().is_none_or(|c| c.is_whitespace() || is_opening(c));
        plain
            && word.chars().count() >= LONG_WORD
            && abbreviations::kind(self.language, word, self.abbreviations).is_none()
    }
}

/// The fewest letters of a word whose period [`Rules::ends_with_long_word`] takes for a
/// full stop; longer than any abbreviation of the tables ("approx", "psicol").
const LONG_WORD: usize = 7;

/// The length of `sentence` up to the period of a final "word. . . .": a full stop
/// followed by an ellipsis, which marks an omission at the start of the next sentence.
fn period_before_spaced_ellipsis(sentence: &str) -> Option<usize> {
    let body = sentence.strip_suffix(". . . .")?;
    body.ends_with(char::is_alphanumeric).then_some(body.len() + 1)
}

/// Whether `s` ends with an item number glued to its item: the "2." of "1.Bread, 2.Milk".
fn ends_with_item_number(s: &str) -> bool {
    let Some(body) = s.strip_suffix('.') else { return false };
    let digits = body.bytes().rev().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && body[..body.len() - digits].chars().next_back().is_none_or(char::is_whitespace)
}

/// Most bytes a speaker label may have ("Grad A", "Person1", "Dr. Ana Ruiz").
const MAX_LABEL: usize = 32;

/// Whether a line opens with a speaker label, as transcripts and chats write turns:
/// one to four words, the first capitalised or a number or `#`, then a colon and a
/// space ("Grad A: OK, we're on.", "#Person1#: Hello"). A turn is never the
/// continuation of the line before it, even when that line ends without punctuation.
fn opens_with_speaker_label(line: &str) -> bool {
    speaker_label_len(line).is_some()
}

/// The length in bytes of the speaker label (with its colon) that opens `line`, if
/// [`opens_with_speaker_label`].
pub(crate) fn speaker_label_len(line: &str) -> Option<usize> {
    let (label, rest) = head(line, MAX_LABEL + 2).split_once(':')?;
    let word_like =
        |w: &str| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '#' | '\''));
    let opens = label.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '#');
    let is_label = opens
        && label.split(' ').count() <= 4
        && label.split(' ').all(word_like)
        && (rest.is_empty() || rest.starts_with(' '));
    is_label.then_some(label.len() + 1)
}

/// A Roman numeral of two or more letters, such as the "XII" of "XII. Armee".
fn is_roman_numeral(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// Han ideographs and kana: scripts written without spaces, where a line break can
/// fall anywhere in a sentence.
fn is_ideographic(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Whether `s` ends with sentence-final punctuation, possibly inside quotes or brackets.
fn ends_with_terminal(s: &str) -> bool {
    let core = s.trim_end_matches(|c: char| is_closing(c));
    core.ends_with(['.', '!', '?', '…', ':', '。', '！', '？', '‼', '⁇'])
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '{' | '«' | '“' | '‘' | '„' | '‹' | '「' | '『')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '}' | '»' | '”' | '’' | '›' | '」' | '』')
}

/// Whether `s` ends with a list marker after whitespace ("… the first item 2.").
fn ends_with_list_marker(s: &str) -> bool {
    let end = tail(s, MAX_MARKER_LEN);
    end.rfind(char::is_whitespace).is_some_and(|i| {
        let marker = end[i..].trim_start();
        list_marker(marker).is_some_and(|(_, len)| len == marker.len())
    })
}

/// The word just before a final '.', e.g. "Sen" in "… former Sen.", "U.S" in "the U.S.".
fn word_before_final_period(s: &str) -> Option<&str> {
    let body = s.trim_end_matches(is_bidi_control).strip_suffix('.')?.trim_end_matches(is_bidi_control);
    let start = body
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '°' || c == 'º'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut word = &body[start..];
    // "Tuesday.Mr": a period glued between words; only the last word counts
    if word.split('.').any(|part| part.chars().count() > 3) {
        word = word.rsplit('.').next().unwrap_or(word);
    }
    (!word.is_empty() && word.chars().any(char::is_alphanumeric)).then_some(word)
}

/// A single letter such as the "J" of "Lloyd J. Austin".
/// In a script without case (Arabic, Hebrew...), any single letter: "د." is "Dr.".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    let caseless = |c: char| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase() && !is_ideographic(c);
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase() || caseless(c))
}

/// Invisible characters that set the direction of bidirectional text.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn first_word(s: &str) -> Option<&str> {
    s.unicode_words().next()
}

/// The last word of `s`, looked for in its last [`TOKEN_WINDOW`] bytes only, so that
/// a long sentence is never re-read (`unicode_words` reads the whole string).
#[allow(clippy::double_ended_iterator_last)] // on purpose: see below
fn last_word(s: &str) -> Option<&str> {
    let window = tail(s, TOKEN_WINDOW);
    let from = if window.len() == s.len() { 0 } else { window.find(char::is_whitespace)? };
    window[from..].unicode_words().last() // forward: the reverse iterator would add its own 4 KB of code
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::text::detect_language;

    fn sentences_in(text: &str, language: Option<Language>) -> Vec<Sentence<'_>> {
        super::split(text, language.unwrap_or_else(|| detect_language(text)), &[])
    }

    fn split(text: &str) -> Vec<&str> {
        sentences_in(text, None).iter().map(|s| s.text).collect()
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(split("Mr. Fox jumped. The dog slept."), ["Mr. Fox jumped.", "The dog slept."]);
        assert_eq!(
            split("Defense Secretary Lloyd J. Austin arrived. He met Sen. Warren."),
            ["Defense Secretary Lloyd J. Austin arrived.", "He met Sen. Warren."]
        );
        assert_eq!(
            split("Dr. Hibbert advised 400 mg. I copied this letter to his GP."),
            ["Dr. Hibbert advised 400 mg.", "I copied this letter to his GP."]
        );
    }

    #[test]
    fn dotted_abbreviations_end_a_sentence_only_before_a_sentence_opener() {
        assert_eq!(
            split("I work for the U.S. Government in Virginia."),
            ["I work for the U.S. Government in Virginia."]
        );
        assert_eq!(split("I live in the U.S. How about you?"), ["I live in the U.S.", "How about you?"]);
        assert_eq!(split("See e.g. Smith. It works."), ["See e.g. Smith.", "It works."]);
        assert_eq!(
            split("On Jan. 20, former Sen. Barack Obama spoke. Millions attended."),
            ["On Jan. 20, former Sen. Barack Obama spoke.", "Millions attended."]
        );
    }

    #[test]
    fn numbers_quotes_and_urls_stay_whole() {
        assert_eq!(split("She has $100.00. It is in her bag."), ["She has $100.00.", "It is in her bag."]);
        assert_eq!(split("He said \"Stop.\" Then he left."), ["He said \"Stop.\"", "Then he left."]);
        assert_eq!(split("Visit example.com. It works."), ["Visit example.com.", "It works."]);
    }

    #[test]
    fn headlines_lists_and_blank_lines_break() {
        let text = "Pentagon Chief Visits Israel\n\nThe visit came as talks stalled.\n- first point\n- second point";
        assert_eq!(
            split(text),
            ["Pentagon Chief Visits Israel", "The visit came as talks stalled.", "- first point", "- second point"]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        assert_eq!(
            split("This is a sentence\ncut off in the middle because pdf.\nNext one."),
            ["This is a sentence\ncut off in the middle because pdf.", "Next one."]
        );
        assert_eq!(split("It was a cold \nnight in the city."), ["It was a cold \nnight in the city."]);
        assert_eq!(split("talks with the\nPresident ended."), ["talks with the\nPresident ended."]);
    }

    #[test]
    fn enumerated_lists_split_before_each_item() {
        assert_eq!(
            split("1. Buy milk 2. Call the bank 3. Pay rent"),
            ["1. Buy milk", "2. Call the bank", "3. Pay rent"]
        );
        assert_eq!(split("a. Red paint. b. Blue paint."), ["a. Red paint.", "b. Blue paint."]);
        assert_eq!(split("Step 1) and step 2) are easy."), ["Step 1) and step 2) are easy."]);
    }

    #[test]
    fn numbered_abbreviations_and_exclamations_inside_sentences() {
        assert_eq!(split("See p. 12 for the map. It is old."), ["See p. 12 for the map.", "It is old."]);
        assert_eq!(split("He joined Yahoo! in May. Then he left."), ["He joined Yahoo! in May.", "Then he left."]);
        assert_eq!(split("La ville de L?a Rochelle vote."), ["La ville de L?a Rochelle vote."]);
        let title = "Do They Know It's Christmas? is expected to sell well.";
        assert_eq!(split(title), [title]);
        assert_eq!(split("The tower was built c. 1350 by monks."), ["The tower was built c. 1350 by monks."]);
        assert_eq!(split("He paused . . . I waited. He went on."), ["He paused . . . I waited.", "He went on."]);
    }

    #[test]
    fn sentences_opening_with_a_number_or_an_ellipsis() {
        assert_eq!(
            split("The storm hit the coast. 40 homes were lost."),
            ["The storm hit the coast.", "40 homes were lost."]
        );
        assert_eq!(split("We waited. ...and nothing came."), ["We waited.", "...and nothing came."]);
        assert_eq!(split("Who is there? – Nobody, sir."), ["Who is there?", "– Nobody, sir."]);
        assert_eq!(
            split("«Ready? – she asked. – Yes.»"),
            ["«Ready? – she asked. – Yes.»"],
            "dashes inside a quotation"
        );
        assert_eq!(split("It weighs approx. 40 kilos."), ["It weighs approx. 40 kilos."]);
    }

    #[test]
    fn footnotes_and_glued_periods() {
        assert_eq!(
            split("The war ended in 1918. [4] Peace followed."),
            ["The war ended in 1918. [4]", "Peace followed."]
        );
        assert_eq!(
            split("It rained all day.Nobody came. Mail her at Ann.Lee@mail.org now."),
            ["It rained all day.", "Nobody came.", "Mail her at Ann.Lee@mail.org now."]
        );
        assert_eq!(split("Visit www.Example.com today."), ["Visit www.Example.com today."]);
        // regression: a multi-byte space before a glued period used to slice inside it
        assert_eq!(split("Ok\u{2028}ab.Cd"), ["Ok", "ab.", "Cd"]);
    }

    #[test]
    fn script_specific_sentence_ends() {
        let armenian = sentences_in("Նա եկավ: Մենք գնացինք:", None);
        assert_eq!(armenian.len(), 2);
        let armenian = sentences_in("Նա եկավ: 3 օր անց մենք գնացինք:", None);
        assert_eq!(armenian.len(), 2, "the Armenian full stop before a number");
        let arabic = sentences_in("الساعة: 5 مساء", None);
        assert_eq!(arabic.len(), 1, "an Arabic colon before a number");
        let greek = sentences_in("Πού είσαι; Έρχομαι τώρα.", None);
        assert_eq!(greek.len(), 2);
        let japanese = sentences_in("今日は天気が\nいいです。明日は雨です。", None);
        assert_eq!(japanese.iter().map(|s| s.text).collect::<Vec<_>>(), ["今日は天気が\nいいです。", "明日は雨です。"]);
        let arabic = sentences_in("قال د\u{202a}.\u{202c} أحمد إن الوضع جيد. وغادر.", None);
        assert_eq!(arabic.len(), 2, "a one-letter abbreviation between direction marks");
        assert_eq!(sentences_in("Wir treffen uns am 3. Oktober in Bonn.", Some(Language::German)).len(), 1);
    }

    #[test]
    fn offsets_are_lossless() {
        let text = "  Héllo wörld 😀. Second one!\n\n  Third  ";
        let sentences = sentences_in(text, None);
        assert_eq!(sentences.len(), 3);
        let mut cursor = 0;
        for s in &sentences {
            assert!(text[cursor..s.start].trim().is_empty());
            assert_eq!(&text[s.start..s.end], s.text);
            cursor = s.end;
        }
        assert!(text[cursor..].trim().is_empty());
    }

    fn split_in(language: Language, text: &str) -> Vec<&str> {
        sentences_in(text, Some(language)).iter().map(|s| s.text).collect()
    }

    #[test]
    fn ellipses_names_with_exclamation_marks_and_wordless_pieces() {
        assert_eq!(split("He read the letter. . . . Nobody spoke."), ["He read the letter.", ". . . Nobody spoke."]);
        assert_eq!(
            split("She ran Yahoo! Finance for years. Then she left."),
            ["She ran Yahoo! Finance for years.", "Then she left."]
        );
        assert_eq!(split("He works at Yahoo! The pay is good."), ["He works at Yahoo!", "The pay is good."]);
        assert_eq!(split("Stop! Police!"), ["Stop!", "Police!"]);
        assert_eq!(
            split("It read: \"the sea is grey. / [...] \". Then it ended."),
            ["It read: \"the sea is grey. / [...] \".", "Then it ended."]
        );
        assert_eq!(
            split("He nodded. (Nobody saw it.) Then he left."),
            ["He nodded.", "(Nobody saw it.)", "Then he left."]
        );
        assert_eq!(
            split("\"Rain fell on the hills\" (Hale 12). It stopped."),
            ["\"Rain fell on the hills\" (Hale 12).", "It stopped."]
        );
        assert_eq!(
            split_in(Language::Japanese, "「帰ろう。」と母は言った。私は頷いた。"),
            ["「帰ろう。」と母は言った。", "私は頷いた。"]
        );
        // no sentence ends inside a title bracket, whichever of the three pairs
        assert_eq!(
            split_in(Language::Chinese, "他读了《春天。秋天》这本书。我也读了。"),
            ["他读了《春天。秋天》这本书。", "我也读了。"]
        );
        assert_eq!(
            split_in(Language::Japanese, "本は『夏。冬』と言う。私も読んだ。"),
            ["本は『夏。冬』と言う。", "私も読んだ。"]
        );
        assert_eq!(
            split("We need 1.Eggs, 2.Flour, 3.Sugar. Then we bake."),
            ["We need 1.Eggs, 2.Flour, 3.Sugar.", "Then we bake."]
        );
    }

    #[test]
    fn a_period_after_a_long_word_or_a_number_ends_a_sentence() {
        assert_eq!(
            split("The meeting finished. afterwards we went home."),
            ["The meeting finished.", "afterwards we went home."]
        );
        assert_eq!(split("It costs approx. five euros."), ["It costs approx. five euros."]);
        assert_eq!(
            split("They reached the mountains.XII men stayed."),
            ["They reached the mountains.", "XII men stayed."]
        );
        assert_eq!(
            split("Prices rose in 1990. 25 years later they fell."),
            ["Prices rose in 1990.", "25 years later they fell."]
        );
        assert_eq!(split_in(Language::French, "Le prix est de 7. 000 euros."), ["Le prix est de 7. 000 euros."]);
        assert_eq!(split_in(Language::German, "Sie kam am 3. 4 Tage blieb sie."), ["Sie kam am 3. 4 Tage blieb sie."]);
    }

    #[test]
    fn ordinals_and_abbreviations_of_other_languages() {
        assert_eq!(split_in(Language::German, "Er diente im XII. Korps in Ulm."), ["Er diente im XII. Korps in Ulm."]);
        assert_eq!(
            split_in(Language::German, "Es gab Äpfel, Birnen usw. Dann gingen wir."),
            ["Es gab Äpfel, Birnen usw.", "Dann gingen wir."]
        );
        assert_eq!(split_in(Language::German, "Obst, z.B. Äpfel, ist gesund."), ["Obst, z.B. Äpfel, ist gesund."]);
        assert_eq!(split_in(Language::Spanish, "Viajó a EE. UU. el lunes."), ["Viajó a EE. UU. el lunes."]);
        assert_eq!(
            split_in(Language::Russian, "Он родился в 1990 г. В детстве он жил в Туле."),
            ["Он родился в 1990 г.", "В детстве он жил в Туле."]
        );
        assert_eq!(split_in(Language::Russian, "Он живёт в г. Тула."), ["Он живёт в г. Тула."]);
        assert_eq!(
            split_in(Language::French, "Nous avons atteint le col. Il faisait froid."),
            ["Nous avons atteint le col.", "Il faisait froid."]
        );
        // without tables, a function word of any known language opens a sentence
        assert_eq!(
            split_in(Language::Other, "Vi spiste hos Berg & Co. De var glade."),
            ["Vi spiste hos Berg & Co.", "De var glade."]
        );
        assert_eq!(
            split_in(Language::Other, "Vi bor i E.U. Kommissionen er her."),
            ["Vi bor i E.U. Kommissionen er her."]
        );
        assert_eq!(split_in(Language::Other, "Vi fejrede Skt. Hans ved søen."), ["Vi fejrede Skt. Hans ved søen."]);
        assert_eq!(split_in(Language::Other, "Срещата е на пл. Славейков днес."), ["Срещата е на пл. Славейков днес."]);
    }

    #[test]
    fn long_runs_are_split_without_panics() {
        for text in [
            format!("{}.Ab {}", "é".repeat(300), "ü".repeat(300)),
            format!("«{} – Ja.", "x. – Ja. ".repeat(50)),
            format!("{}1. x 2. y", "•".repeat(40)),
            format!("Yahoo!{}", " 😀!".repeat(100)),
        ] {
            let sentences = sentences_in(&text, None);
            assert!(!sentences.is_empty());
            assert!(sentences.iter().all(|s| &text[s.start..s.end] == s.text));
        }
    }

    #[test]
    fn a_question_mark_ends_a_sentence_before_a_lower_case_word_and_an_exclamation_mark_does_not() {
        assert_eq!(
            split("where did you grow up? india? that is far."),
            ["where did you grow up?", "india?", "that is far."]
        );
        assert_eq!(split("He joined Yahoo! in May. Then he left."), ["He joined Yahoo! in May.", "Then he left."]);
        assert_eq!(split("La ville de L?a Rochelle vote."), ["La ville de L?a Rochelle vote."]);
        let title = "Do They Know It's Christmas? is expected to sell well.";
        assert_eq!(split(title), [title]);
        assert_eq!(
            split("\"Are you coming?\" he asked. She nodded."),
            ["\"Are you coming?\" he asked.", "She nodded."]
        );
    }

    #[test]
    fn a_line_that_opens_with_a_speaker_label_starts_a_sentence() {
        let meeting = "Grad A: We're talking about doing all at the same time but\nGrad E: Are we supposed to\n#Person2#: Yes and\nDr. Ana Ruiz: fine";
        assert_eq!(
            split(meeting),
            [
                "Grad A: We're talking about doing all at the same time but",
                "Grad E: Are we supposed to",
                "#Person2#: Yes and",
                "Dr. Ana Ruiz: fine"
            ]
        );
        // not labels: a time, a lower-case word, a long phrase, a colon inside a line
        assert_eq!(
            split("We met at\n10:30 and left, and\nthe note: it rained"),
            ["We met at\n10:30 and left, and\nthe note: it rained"]
        );
        let long = "The report that the committee of the regional council wrote: a draft";
        assert_eq!(split(&format!("It said, and\n{long}")).len(), 1);
    }

    #[test]
    fn whitespace_only_text_has_no_sentences() {
        assert!(sentences_in("", None).is_empty());
        assert!(sentences_in(" \n\t \n", None).is_empty());
    }
}
