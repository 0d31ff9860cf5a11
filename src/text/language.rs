//! Language detection: which of the languages with tables a text is in.
//!
//! Detection looks at the script first (Han and kana mean Chinese or Japanese,
//! Cyrillic means Russian), then, for Latin text, at which language's stop words make
//! up the largest share of the words: function words are the most frequent words of
//! every language and differ between them, so a few hundred words are plenty.

use unicode_segmentation::UnicodeSegmentation;

use crate::basics::{lowercase, Language};
use crate::data::stopwords;

/// Characters of the text's start that detection looks at: enough for a confident
/// answer, and it keeps detection's cost independent of the text's length.
const SAMPLE_BYTES: usize = 64 * 1024;
/// Share of stop words a Latin-script text needs before it is taken to be in a language.
const MIN_STOP_WORD_SHARE: f64 = 0.08;

/// Detects the language of `text` ([`Language::Other`] when unsure).
///
/// ```
/// use precis::{detect_language, Language};
/// assert_eq!(detect_language("Le chat est sur la table et il dort."), Language::French);
/// assert_eq!(detect_language("東京は日本の首都です。"), Language::Japanese);
/// ```
pub fn detect_language(text: &str) -> Language {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let (mut han, mut kana, mut cyrillic, mut latin) = (0usize, 0usize, 0usize, 0usize);
    for c in sample.chars() {
        match c {
            '\u{3040}'..='\u{30ff}' => kana += 1,
            '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' => han += 1,
            '\u{0400}'..='\u{04ff}' => cyrillic += 1,
            c if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) => latin += 1,
            _ => {}
        }
    }
    let letters = han + kana + cyrillic + latin;
    if letters == 0 {
        return Language::Other;
    }
    if (han + kana) * 3 >= letters {
        return if kana * 10 >= han + kana { Language::Japanese } else { Language::Chinese };
    }
    let mut counts = [0usize; 8];
    let mut words = 0usize;
    for word in sample.unicode_words() {
        words += 1;
        let lower = lowercase(word);
        for (count, &language) in counts.iter_mut().zip(&Language::ALL[..8]) {
            *count += usize::from(stopwords::is_stop_word(language, &lower));
        }
    }
    let candidates = if cyrillic > latin { 7..8 } else { 0..7 };
    let mut best = (Language::Other, 0);
    for i in candidates {
        if counts[i] > best.1 {
            best = (Language::ALL[i], counts[i]);
        }
    }
    if words > 0 && best.1 as f64 >= MIN_STOP_WORD_SHARE * words as f64 {
        best.0
    } else {
        Language::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_language() {
        let samples = [
            (Language::English, "The council said that the bridge would be closed for the next four years."),
            (Language::French, "Le conseil a dit que le pont serait fermé pendant les quatre prochaines années."),
            (Language::German, "Der Rat sagte, dass die Brücke in den nächsten vier Jahren geschlossen wird."),
            (Language::Spanish, "El consejo dijo que el puente estaría cerrado durante los próximos cuatro años."),
            (Language::Italian, "Il consiglio ha detto che il ponte sarà chiuso per i prossimi quattro anni."),
            (Language::Portuguese, "O conselho disse que a ponte ficaria fechada durante os próximos quatro anos."),
            (Language::Dutch, "De raad zei dat de brug de komende vier jaar gesloten zou zijn voor het verkeer."),
            (Language::Russian, "Совет заявил, что мост будет закрыт в течение следующих четырёх лет."),
            (Language::Chinese, "市议会表示，这座桥将在未来四年内关闭。"),
            (Language::Japanese, "市議会は、この橋が今後四年間閉鎖されると発表した。"),
        ];
        for (language, text) in samples {
            assert_eq!(detect_language(text), language, "{text}");
        }
    }

    #[test]
    fn unknown_or_empty_text_is_other() {
        assert_eq!(detect_language(""), Language::Other);
        assert_eq!(detect_language("12345 !!! ..."), Language::Other);
        assert_eq!(detect_language("مرحبا بالعالم هذا نص عربي"), Language::Other);
    }
}
