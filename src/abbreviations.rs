//! Abbreviations that end in a period but usually do not end a sentence.

use crate::language::Language;

/// How an abbreviation behaves before a capitalised word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbreviationKind {
    /// A title or prefix that is always followed by more of the sentence: "Dr. Smith".
    Title,
    /// An abbreviation that ends a sentence only when the next word opens one:
    /// "the U.S. Government" continues, "in the U.S. How about you?" does not.
    Inline,
    /// An abbreviation that precedes a number: "p. 55", "No. 7", "N°. 12".
    Numbered,
}

/// Abbreviations that precede a number, lower case, without the final period.
const NUMBERED: &[&str] = &["art", "c", "ca", "ch", "chap", "n°", "no", "nos", "nº", "op", "p", "pp", "sec", "vol", "vols"];

/// Titles and prefixes, lower case, without the final period.
const TITLES: &[&str] = &[
    "adm", "amb", "approx", "capt", "cf", "cmdr", "col", "cpl", "det", "dr", "e.g", "gen", "gov",
    "hon", "i.e", "insp", "lt", "maj", "messrs", "mme", "mmes", "mr", "mrs", "ms", "msgr", "mt",
    "pres", "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "supt", "vs", "viz",
];

/// Abbreviations that may also end a sentence.
const INLINE: &[&str] = &[
    "a.m", "co", "corp", "dept", "e.u", "etc", "fig", "figs", "inc", "jr", "ltd", "p.m", "ph.d",
    "sr", "st", "u.k", "u.n", "u.s", "u.s.a", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Titles and abbreviations that never end a sentence in each other language, lower
/// case, without the final period (on top of [`TITLES`]).
fn local_titles(language: Language) -> &'static [&'static str] {
    match language {
        Language::French => &[
            "av", "bd", "cf", "chap", "dr", "env", "janv", "févr", "m", "me", "mgr", "mlle", "mlles",
            "mm", "mme", "mmes", "pr", "st", "ste", "vol",
        ],
        Language::German => &[
            "abs", "bspw", "bzw", "ca", "dipl", "dr", "evtl", "fr", "frl", "ggf", "hr", "hrn", "inkl",
            "jh", "jhd", "nr", "prof", "s", "st", "str", "u", "usw", "vgl", "z", "zzgl",
        ],
        Language::Spanish => &[
            "abr", "ago", "aprox", "arq", "av", "avda", "d", "dic", "dña", "dr", "dra", "ene", "gral",
            "ing", "lic", "núm", "pág", "párrf", "prof", "sr", "sra", "sras", "sres", "srta", "ud", "uds",
            "vd", "vds",
        ],
        Language::Italian => &[
            "amm", "arch", "avv", "dir", "dott", "dr", "ecc", "es", "geom", "ing", "on", "pag", "prof",
            "psicol", "rag", "sig", "sigg", "sig.ra", "spett",
        ],
        Language::Portuguese => &["av", "dr", "dra", "eng", "exa", "exmo", "pág", "prof", "sr", "sra", "srta"],
        Language::Dutch => &[
            "bijv", "blz", "dhr", "dr", "drs", "enz", "ing", "ir", "jl", "mevr", "mr", "nr", "prof", "vgl",
        ],
        Language::Russian => &[
            "акад", "г", "гг", "д", "др", "им", "кв", "напр", "пгт", "пр", "проф", "см", "стр", "т.д",
            "т.е", "т.к", "тыс", "ул",
        ],
        _ => &[],
    }
}

/// The kind of `word` (without its final period) in `language`, if it is a known
/// abbreviation or one of the caller's `extra` abbreviations (which count as titles).
/// Any other dotted word such as "N.Y" counts as [`AbbreviationKind::Inline`].
pub(crate) fn kind(language: Language, word: &str, extra: &[String]) -> Option<AbbreviationKind> {
    let lower = word.to_lowercase();
    // English titles ("Dr.", "Mt.", "Prof.") also appear in text in other languages.
    let title = TITLES.contains(&lower.as_str()) || local_titles(language).contains(&lower.as_str());
    if title || extra.iter().any(|e| e.to_lowercase() == lower) {
        Some(AbbreviationKind::Title)
    } else if NUMBERED.contains(&lower.as_str()) {
        Some(AbbreviationKind::Numbered)
    } else if INLINE.contains(&lower.as_str()) || is_dotted_abbreviation(word) {
        Some(AbbreviationKind::Inline)
    } else {
        None
    }
}

/// A dotted abbreviation such as "U.S", "a.m", "Ph.D": short parts between the dots
/// (unlike "example.com" or "content.html").
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_case_insensitively() {
        let en = |w| kind(Language::English, w, &[]);
        assert_eq!(en("Dr"), Some(AbbreviationKind::Title));
        assert_eq!(en("SEN"), Some(AbbreviationKind::Title));
        assert_eq!(en("U.S"), Some(AbbreviationKind::Inline));
        assert_eq!(en("N.Y"), Some(AbbreviationKind::Inline));
        assert_eq!(en("dog"), None);
        assert_eq!(kind(Language::English, "Kl", &["kl".to_string()]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::German, "bzw", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::Spanish, "Srta", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::Russian, "проф", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::French, "Mme", &[]), Some(AbbreviationKind::Title));
    }
}
