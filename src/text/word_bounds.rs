//! UAX #29 word boundaries, exactly those of unicode-segmentation's
//! `split_word_bound_indices`, with the rules for ASCII text run here from a
//! 128-entry table instead of the crate's table search per character (about a sixth
//! of a summary's instructions when the crate segments English text).
//!
//! A space followed by any other ASCII character is always a boundary (WB3d joins
//! spaces only to spaces, WB4 joins only Extend, Format and ZWJ, which are not
//! ASCII), and no rule on its right looks back across a space (WB7, WB7c, WB11 and
//! WB12 look back at letters, digits and middle marks; WB15 and WB16 at regional
//! indicators). So the text is cut at such points; a piece that is all ASCII is
//! segmented here, any other by the crate.
//!
//! Han ideographs, hiragana and the CJK comma, full stop, ditto marks and brackets are
//! Word_Break Other: a boundary on both sides of each (no rule joins Other to a
//! neighbour, nor looks across it) unless an Extend, Format or ZWJ character
//! follows (WB4). Each one followed by ASCII, by another of them or by the end of
//! the text is cut out as a segment of its own, so Chinese and Japanese text mostly
//! skips the crate's table search too.

use unicode_segmentation::UnicodeSegmentation;

/// The UAX #29 word-bound segments of `text`, with their byte offsets.
pub(crate) fn word_bound_indices(text: &str) -> WordBoundIndices<'_> {
    WordBoundIndices { text, at: 0, piece_end: 0, fallback: None }
}

/// The iterator of [`word_bound_indices`].
pub(crate) struct WordBoundIndices<'a> {
    text: &'a str,
    /// Where the next segment starts.
    at: usize,
    /// The end of the current piece.
    piece_end: usize,
    /// The crate's segments of the current piece when it is not all ASCII.
    fallback: Option<(usize, unicode_segmentation::UWordBoundIndices<'a>)>,
}

impl<'a> Iterator for WordBoundIndices<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        if let Some((base, segments)) = &mut self.fallback {
            if let Some((offset, segment)) = segments.next() {
                return Some((*base + offset, segment));
            }
            self.fallback = None;
        }
        let bytes = self.text.as_bytes();
        if self.at >= bytes.len() {
            return None;
        }
        if self.at == self.piece_end {
            let (end, ascii) = next_piece(bytes, self.at);
            self.piece_end = end;
            if !ascii {
                let start = self.at;
                self.at = end;
                // a 3-byte piece of a CJK character of Word_Break Other is a lone one (a
                // piece of one character ends at another that is, or at the end)
                if end == start + 3 && cjk_other_at(bytes, start) {
                    return Some((start, &self.text[start..end]));
                }
                self.fallback = Some((start, self.text[start..end].split_word_bound_indices()));
                return self.next();
            }
        }
        let start = self.at;
        let mut end = start + 1;
        loop {
            // letters and digits (WB5, WB8 to WB10) are most of the text: a run of them
            // after a letter or digit joins it at once
            if bytes[end - 1].is_ascii_alphanumeric() {
                end += bytes[end..self.piece_end].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            }
            if end < self.piece_end && joins(bytes, end, self.piece_end) {
                end += 1;
            } else {
                break;
            }
        }
        self.at = end;
        Some((start, &self.text[start..end]))
    }
}

/// The end of the piece starting at `start`: the first point after it where a space
/// is followed by another ASCII character, or either side of a lone CJK character
/// ([`lone_cjk_at`]), or the end of the text; and whether the piece is all ASCII.
fn next_piece(bytes: &[u8], start: usize) -> (usize, bool) {
    let mut ascii = true;
    for i in start..bytes.len() {
        let byte = bytes[i];
        if byte.is_ascii() {
            if i > start && bytes[i - 1] == b' ' && byte != b' ' {
                return (i, ascii);
            }
        } else {
            if (0xe3..=0xe9).contains(&byte) && lone_cjk_at(bytes, i) {
                return if i > start { (i, ascii) } else { (i + 3, false) };
            }
            ascii = false;
        }
    }
    (bytes.len(), ascii)
}

/// Whether the character at `i` is a CJK character of Word_Break Other (Han and the
/// hexagrams of U+3400..=U+9FFF, hiragana, 、。〃〄 and the brackets 〈 to 】) followed
/// by ASCII, by another one or by the end of the text: a segment of its own.
fn lone_cjk_at(bytes: &[u8], i: usize) -> bool {
    cjk_other_at(bytes, i) && bytes.get(i + 3).is_none_or(|&next| next.is_ascii() || cjk_other_at(bytes, i + 3))
}

/// Whether the character at `i` is one of the CJK characters of Word_Break Other of
/// [`lone_cjk_at`].
fn cjk_other_at(bytes: &[u8], i: usize) -> bool {
    let Some(&[lead, b1, b2]) = bytes.get(i..i + 3) else { return false };
    match lead {
        0xe4..=0xe9 => true, // U+4000..=U+9FFF: Han, and the hexagrams U+4DC0..=U+4DFF (Other too)
        0xe3 => matches!(
            (b1, b2),
            (0x80, 0x81..=0x84 | 0x88..=0x91) // U+3001..=U+3004, U+3008..=U+3011
                | (0x81, 0x81..) | (0x82, ..=0x96) // hiragana U+3041..=U+3096
                | (0x90.., _) // Han U+3400..=U+3FFF
        ),
        _ => false,
    }
}

/// The word-break classes of UAX #29 that ASCII characters have.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Other,
    Cr,
    Lf,
    Newline,
    Space,
    Letter,
    Numeric,
    /// ':' (MidLetter)
    MidLetter,
    /// '.' (MidNumLet) and '\'' (Single_Quote): between letters or between digits.
    MidNumLetQ,
    /// ',' and ';' (MidNum)
    MidNum,
    /// '_' (ExtendNumLet)
    ExtendNumLet,
}

/// The class of each ASCII byte.
const CLASSES: [Class; 128] = {
    let mut classes = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        classes[b] = match b as u8 {
            b'\r' => Class::Cr,
            b'\n' => Class::Lf,
            0x0b | 0x0c => Class::Newline,
            b' ' => Class::Space,
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Numeric,
            b':' => Class::MidLetter,
            b'.' | b'\'' => Class::MidNumLetQ,
            b',' | b';' => Class::MidNum,
            b'_' => Class::ExtendNumLet,
            _ => Class::Other,
        };
        b += 1;
    }
    classes
};

/// The class of the byte at `i` of an all-ASCII piece ending at `end`; `Other`
/// outside it (before a piece comes a space, after it a character the rules never
/// need to see).
fn class(bytes: &[u8], i: Option<usize>, end: usize) -> Class {
    match i {
        Some(i) if i < end => CLASSES[usize::from(bytes[i] & 0x7f)],
        _ => Class::Other,
    }
}

/// Whether the ASCII characters either side of offset `i` (inside a piece ending at
/// `end`) belong to one segment: rules WB3 to WB13b.
fn joins(bytes: &[u8], i: usize, end: usize) -> bool {
    use Class::*;
    let before = class(bytes, Some(i - 1), end);
    let after = class(bytes, Some(i), end);
    match (before, after) {
        (Cr, Lf) => true,                                                                  // WB3
        (Cr | Lf | Newline, _) | (_, Cr | Lf | Newline) => false,                          // WB3a, WB3b
        (Space, Space) => true,                                                            // WB3d
        (Letter, Letter) => true,                                                          // WB5
        (Letter, MidLetter | MidNumLetQ) => class(bytes, Some(i + 1), end) == Letter,      // WB6
        (MidLetter | MidNumLetQ, Letter) => class(bytes, i.checked_sub(2), end) == Letter, // WB7
        (Numeric | Letter, Numeric) | (Numeric, Letter) => true,                           // WB8, WB9, WB10
        (MidNum | MidNumLetQ, Numeric) => class(bytes, i.checked_sub(2), end) == Numeric,  // WB11
        (Numeric, MidNum | MidNumLetQ) => class(bytes, Some(i + 1), end) == Numeric,       // WB12
        (Letter | Numeric | ExtendNumLet, ExtendNumLet) => true,                           // WB13a
        (ExtendNumLet, Letter | Numeric) => true,                                          // WB13b
        _ => false,                                                                        // WB999
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_as_the_crate(text: &str) {
        let ours: Vec<_> = word_bound_indices(text).collect();
        let theirs: Vec<_> = text.split_word_bound_indices().collect();
        assert_eq!(ours, theirs, "{text:?}");
    }

    #[test]
    fn english_french_and_mixed_text() {
        for text in [
            "",
            " ",
            "Hello, world. It's 3.5 km (2.2 mi) from U.S. Route 1: don't go_there.",
            "Lloyd J. Austin III said: \"We're ready\" -- at 10:30, 1,000,000 people; a.b.c",
            "L'été dernier, à Paris, l’équipe a gagné 3,5 millions d'euros.",
            "line one\r\nline two\n\n\tindented\x0bvertical\x0cfeed  double  spaces   ",
            "e\u{301}te\u{301} cafe\u{301}'s 👍🏽 👨‍👩‍👧 🇫🇷🇩🇪 a\u{200d}b 大桥关闭。 שׁ\"ב a\u{a0}b",
            "x'y 1'2 a:b 1:2 a.1 1.a a_1 _a_ __ 1_ a' 'a .5 5. ,5 5,",
        ] {
            same_as_the_crate(text);
        }
    }

    /// Random strings over ASCII of every class and the non-ASCII characters that
    /// take part in the same rules (Extend, ZWJ, regional indicators, Hebrew, ’).
    #[test]
    fn random_strings_segment_as_the_crate_does() {
        const ALPHABET: &[char] = &[
            'a', 'Z', 'q', '0', '7', ' ', ' ', ' ', '.', '\'', ':', ',', ';', '_', '"', '-', '!', '\t', '\r', '\n',
            '\x0b', '(', '#', '*', 'é', '\u{301}', '\u{200d}', '\u{2019}', '\u{a0}', '🇫', '🇷', 'א', '大', 'カ', '👍',
            '\u{2028}', '\u{ad}', '٣', '\u{3000}', '漢', 'の', '。', '「', '\u{3099}', '\u{fe0f}', '\u{3005}', 'ー',
            '\u{4dbf}', '\u{3400}', '\u{9fff}', '\u{3041}', '\u{3096}', '\u{3097}', '\u{a000}', '\u{4dc0}', '\u{4dff}',
            '\u{3fff}', '\u{3012}', '\u{3040}', '\u{3004}', '\u{3011}',
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let len = (next() % 24) as usize;
            let text: String = (0..len).map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize]).collect();
            same_as_the_crate(&text);
        }
    }

    #[test]
    fn every_ascii_pair_and_triple() {
        let mut text = String::new();
        for a in 0u8..128 {
            for b in 0u8..128 {
                text.clear();
                text.extend([a as char, b as char]);
                same_as_the_crate(&text);
                for c in [b'a', b'1', b' ', b'.', b'_'] {
                    text.truncate(2);
                    text.push(c as char);
                    same_as_the_crate(&text);
                    text.insert(0, c as char);
                    same_as_the_crate(&text);
                }
            }
        }
    }
}
