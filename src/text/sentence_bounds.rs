//! UAX #29 sentence boundaries, exactly those of unicode-segmentation's
//! `split_sentence_bound_indices`, with its rules run only over short windows around
//! the characters that can end a sentence (they cost a table search per character,
//! about a sixth of a summary's instructions when run over the whole text).
//!
//! UAX #29 breaks only after a paragraph separator or after a terminator with its
//! closing marks and spaces (SB4, SB11). Between two ASCII lower-case letters it never
//! breaks, and its rules decide on either side of that point without looking across
//! it: looking back from the right, a rule stops at the letter (it is neither a
//! terminator, a closing mark nor a space); looking ahead from the left, SB8 stops at
//! the first letter and the other rules look one character ahead. The same holds
//! between two Han ideographs, hiragana or katakana (Sentence_Break OLetter, at which
//! SB8 stops too). So the text is cut at such points, and the rules run only over the
//! pieces that hold a character that may end a sentence; the others hold no boundary.

use unicode_segmentation::UnicodeSegmentation;

/// The UAX #29 sentence-bound pieces of `text`, with their byte offsets.
pub(crate) fn sentence_pieces(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    piece_ends(text).into_iter().map(move |end| {
        let piece = (start, &text[start..end]);
        start = end;
        piece
    })
}

/// The end offset of every sentence-bound piece of `text`, in order.
fn piece_ends(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut ends = Vec::new();
    // every boundary before `done` is in `ends`; `done` is 0 or a cut
    let mut done = 0;
    // a first byte 0xE3 is followed by 0x80 for U+3000..=U+303F (CJK marks, 。 among
    // them); the kana and letters of U+3040..=U+3FFF never end a sentence
    let may_end = |i: usize| may_end_sentence(bytes[i]) && (bytes[i] != 0xe3 || bytes.get(i + 1) == Some(&0x80));
    while let Some(at) = (done..bytes.len()).find(|&i| may_end(i)) {
        let start = (done + 1..=at).rev().find(|&i| is_cut(bytes, i)).unwrap_or(done);
        let end = (at + 1..bytes.len()).find(|&i| is_cut(bytes, i)).unwrap_or(bytes.len());
        for (offset, piece) in text[start..end].split_sentence_bound_indices() {
            let piece_end = start + offset + piece.len();
            // the window's own end is a boundary only at the end of the text
            if piece_end < end || end == bytes.len() {
                ends.push(piece_end);
            }
        }
        done = end;
    }
    if done < bytes.len() {
        ends.push(bytes.len());
    }
    ends
}

/// Whether offset `i` lies between two ASCII lower-case letters or two CJK letters
/// ([`cjk_letter_at`]): never a boundary, and one the rules decide each side of
/// independently.
fn is_cut(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(b) if b.is_ascii_lowercase() => bytes[i - 1].is_ascii_lowercase(),
        Some(0xe3..=0xe9) => i >= 3 && cjk_letter_at(bytes, i) && cjk_letter_at(bytes, i - 3),
        _ => false,
    }
}

/// Whether a Han ideograph, hiragana or katakana letter (Sentence_Break OLetter)
/// starts at byte `i`.
fn cjk_letter_at(bytes: &[u8], i: usize) -> bool {
    let Some(&[lead, b1, b2]) = bytes.get(i..i + 3) else { return false };
    match lead {
        0xe5..=0xe9 => true, // U+5000..=U+9FFF
        0xe4 => b1 != 0xb7,  // U+4000..=U+4FFF but for the hexagrams U+4DC0..=U+4DFF (Other)
        0xe3 => matches!(
            (b1, b2),
            (0x81, 0x81..) | (0x82, ..=0x96) // hiragana U+3041..=U+3096
                | (0x82, 0xa1..) | (0x83, ..=0xba) // katakana U+30A1..=U+30FA
                | (0x90.., _) // Han U+3400..=U+3FFF
        ),
        _ => false,
    }
}

/// Whether the character whose first byte is `byte` may end a sentence or a paragraph:
/// an ASCII terminator or line break, or any character outside ASCII but those of
/// U+00C0 to U+027F (Latin letters, × and ÷) and of U+4000 to U+9FFF (Han and
/// hexagrams; `these_letters_never_end_a_sentence` holds the crate to both, and to
/// the kana and letters of U+3040 to U+3FFF that `piece_ends` skips).
/// Scanning goes forward from character boundaries, so a continuation byte is only
/// ever met after its lead byte was judged.
fn may_end_sentence(byte: u8) -> bool {
    match byte {
        b'.' | b'!' | b'?' | b'\n' | b'\r' => true,
        0..=0xbf => false,
        0xc3..=0xc9 => false, // the lead bytes of U+00C0..=U+027F
        0xe4..=0xe9 => false, // the lead bytes of U+4000..=U+9FFF
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crate_pieces(text: &str) -> Vec<(usize, &str)> {
        text.split_sentence_bound_indices().collect()
    }

    fn same_as_the_crate(text: &str) {
        assert_eq!(sentence_pieces(text).collect::<Vec<_>>(), crate_pieces(text), "{text:?}");
    }

    #[test]
    fn the_crate_s_pieces_on_real_and_tricky_text() {
        for fixture in [
            include_str!("../../tests/fixtures/ceasefire_talks.txt"),
            include_str!("../../tests/fixtures/harbor_bridge.txt"),
        ] {
            same_as_the_crate(fixture);
        }
        for text in [
            "",
            " ",
            "a",
            ".",
            "Hello world. this is it. Dr. Smith paid $3.50 for U.S. stocks.",
            "He said \"Stop!\" and left.) Then: what? «Non !» dit-il. Été été.",
            "etc. the end.\n\nNew para\r\nline\u{2029}sep\u{85}next",
            "e.g. x.y.z a.b. C.d 3.5% J. R. R. Tolkien... and ... more",
            "大桥关闭。明天开放！你好？ Ελλάδα; Россия. Да.",
            "abc.\u{301}def. Ghi\u{ad}.\u{200b} jkl",
            "no punctuation at all in this line of words",
        ] {
            same_as_the_crate(text);
        }
    }

    #[test]
    fn the_crate_s_pieces_on_random_strings() {
        let alphabet = [
            "a", "b", "z", "A", "Q", "1", ".", "!", "?", ",", ";", ":", " ", "  ", "\n", "\r", "\r\n", "\"", "'", ")",
            "(", "”", "«", "é", "É", "ß", "ƒ", "\u{301}", "\u{ad}", "\u{200b}", "\u{85}", "\u{2029}", "。", "！", "।",
            "؟", "д", "Д", "中", "国", "中国", "-", "\t", "…", "ab", "cd", "xy", "の", "カ", "ー", "「", "」", "、",
            "\u{3099}", "\u{3000}", "〇", "\u{4dc0}", "ꀀ", "\u{4dbf}", "\u{4dff}", "\u{3096}", "\u{3097}", "\u{30a0}",
            "\u{30fa}", "・", "\u{3400}", "\u{3fff}", "\u{9fff}",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..20_000 {
            let len = next(24);
            let text: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            same_as_the_crate(&text);
        }
    }

    #[test]
    fn these_letters_never_end_a_sentence() {
        for c in '\u{c0}'..='\u{27f}' {
            for text in
                [format!("ab{c} Cd ef"), format!("ab{c}\u{301} Cd"), format!("ab.{c} Cd"), format!("中{c}。{c}{c} 国")]
            {
                same_as_the_crate(&text);
            }
            assert_eq!(crate_pieces(&format!("ab{c} Cd ef")).len(), 1, "{c:?}");
        }
        for c in '\u{3040}'..='\u{9fff}' {
            // (after "x. ", SB8 looks past characters that are no letters for a lower-case one)
            for text in [
                format!("中{c} Cd ef"),
                format!("中{c}\u{3099}」 Cd"),
                format!("中.{c} の。{c}{c}国"),
                format!("a{c}b。「{c}"),
                format!("x. {c}{c}a"),
            ] {
                same_as_the_crate(&text);
            }
            assert_eq!(crate_pieces(&format!("中{c} Cd ef")).len(), 1, "{c:?}");
        }
    }
}
