//! Lower case, exactly as Rust's `str::to_lowercase` writes it, from a table of runs.
//!
//! The standard library keeps one entry per character that has a lower case (about
//! 1,400 of them, 12 KB) and its own copy of the lowering loop: about 9 KB of the gzipped
//! WebAssembly module. Most of those entries come in runs ("A" to "Z" are 32 code points
//! from their lower case; "Ā", "Ă", "Ą"… are every other code point, one away), so
//! `case_table.rs` keeps the runs, about 185 of them. The table is generated from the
//! standard library and checked against it for every character (see the tests).

use super::case_table::LOWER_CASE_RUNS;

/// `c` in lower case. "İ", the one letter whose lower case is two characters ("i" and
/// a combining dot above), gives "i"; [`lowercase`] writes both.
pub fn lowercase_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c == 'İ' {
        return 'i';
    }
    let code = c as u32;
    let after = LOWER_CASE_RUNS.partition_point(|run| run.first <= code);
    let Some(run) = after.checked_sub(1).map(|i| &LOWER_CASE_RUNS[i]) else { return c };
    let offset = code - run.first;
    let step = u32::from(run.step);
    if offset % step != 0 || offset / step >= u32::from(run.count) {
        return c;
    }
    char::from_u32(code.wrapping_add_signed(run.delta)).unwrap_or(c)
}

/// `s` in lower case, as `str::to_lowercase` gives it: a capital sigma that ends a word
/// is "ς", elsewhere "σ".
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        match c {
            'İ' => out.push_str("i\u{307}"),
            'Σ' => out.push(if ends_word(s, at) { 'ς' } else { 'σ' }),
            c => out.push(lowercase_char(c)),
        }
    }
    out
}

/// Whether the capital sigma at `at` ends a word: a cased letter before it, none after
/// it (Unicode's Final_Sigma, skipping the apostrophes, stops and accents that Unicode
/// calls case-ignorable).
fn ends_word(s: &str, at: usize) -> bool {
    first_is_cased(s[..at].chars().rev()) && !first_is_cased(s[at + 'Σ'.len_utf8()..].chars())
}

/// Whether the first character of `chars` that is not case-ignorable has a case.
fn first_is_cased(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !is_case_ignorable(c)).is_some_and(is_cased)
}

/// Whether `c` has a case: a capital, a small or a title-case letter.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || lowercase_char(c) != c
}

/// The case-ignorable characters that occur within words: apostrophes, stops, colons,
/// the soft hyphen and the combining accents.
fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '·' | '’' | '\u{ad}' | '\u{300}'..='\u{36f}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basics::case_table::Run;

    /// The runs of the standard library's lower case, for `case_table.rs`.
    fn standard_runs() -> Vec<Run> {
        let mut runs: Vec<Run> = Vec::new();
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            let mut lower = c.to_lowercase();
            let (Some(l), None) = (lower.next(), lower.next()) else { continue };
            let delta = l as i32 - c as i32;
            if delta == 0 {
                continue;
            }
            let code = c as u32;
            match runs.last_mut() {
                Some(run) if run.delta == delta && run.count == 1 && code - run.first <= 2 => {
                    run.step = (code - run.first) as u8;
                    run.count = 2;
                }
                Some(run) if run.delta == delta && code == run.first + u32::from(run.count) * u32::from(run.step) => {
                    run.count += 1
                }
                _ => runs.push(Run { first: code, count: 1, step: 1, delta }),
            }
        }
        runs
    }

    #[test]
    fn the_table_holds_the_standard_librarys_runs() {
        let runs = standard_runs();
        if std::env::var("PRECIS_CASE_TABLE").as_deref() == Ok("update") {
            let lines: String = runs
                .iter()
                .map(|r| {
                    format!(
                        "    Run {{ first: {:#x}, count: {}, step: {}, delta: {} }},\n",
                        r.first, r.count, r.step, r.delta
                    )
                })
                .collect();
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/basics/case_table.rs");
            let old = std::fs::read_to_string(path).unwrap();
            let head = &old[..old.find("pub const LOWER_CASE_RUNS").unwrap()];
            let table = format!("{head}pub const LOWER_CASE_RUNS: [Run; {}] = [\n{lines}];\n", runs.len());
            std::fs::write(path, table).unwrap();
        }
        assert!(
            LOWER_CASE_RUNS == runs.as_slice(),
            "the lower-case table is not this Rust's: PRECIS_CASE_TABLE=update cargo test --lib basics::case"
        );
    }

    #[test]
    fn every_character_is_lowered_as_the_standard_library_lowers_it() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            let alone = c.to_string();
            assert_eq!(lowercase(&alone), alone.to_lowercase(), "{c:?}");
            let mut std = c.to_lowercase();
            assert_eq!(lowercase_char(c), std.next().unwrap(), "{c:?}");
        }
    }

    #[test]
    fn a_sigma_that_ends_a_word_is_final_as_in_the_standard_library() {
        let texts = [
            "ΟΔΟΣ",
            "ΟΔΟΣ.",
            "ΟΔΟΣ ΚΑΙ ΣΠΙΤΙ",
            "Σ",
            "ΑΣ.Β",
            "ΑΣ'",
            "ΚΑΛΗΣΠΈΡΑ ΣΑΣ!",
            "Ά\u{301}Σ",
            "«ΤΕΛΟΣ»",
            "ΣΣ",
            "Ἀ Σ ᾈΣ",
            "Ο ΚΟΣΜΟΣ ΤΗΣ ΕΛΛΑΔΟΣ, ΤΟΥ ΑΝΘΡΩΠΟΥ.",
        ];
        for text in texts {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
    }

    #[test]
    fn text_in_every_script_is_lowered_as_the_standard_library_lowers_it() {
        let text = "İSTANBUL Ünïcödé ÆSIR Ǆemal ǅemal ΆΘΗΝΑ МОСКВА ՀԱՅԱՍՏԱՆ ႠႡႢ ᏣᎳᎩ Ⅻ ⓐⒶ 𐐀𐐁 ＡＢＣ ẞ Ꭰ ǰ";
        assert_eq!(lowercase(text), text.to_lowercase());
    }
}
