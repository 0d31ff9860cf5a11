//! Languages: the ones précis has tables for, and their codes.

/// A language the summarizer knows, or [`Language::Other`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// English.
    #[default]
    English,
    /// French.
    French,
    /// German.
    German,
    /// Spanish.
    Spanish,
    /// Italian.
    Italian,
    /// Portuguese.
    Portuguese,
    /// Dutch.
    Dutch,
    /// Russian.
    Russian,
    /// Chinese: sentences end at 。！？, terms are character bigrams.
    Chinese,
    /// Japanese: sentences end at 。！？, terms are character bigrams.
    Japanese,
    /// Any other language: no stop words, abbreviations or stemming, but everything works.
    Other,
}

impl Language {
    /// Every language with tables, in the order of [`Language::code`]'s documentation.
    pub const ALL: &'static [Language] = &[
        Language::English,
        Language::French,
        Language::German,
        Language::Spanish,
        Language::Italian,
        Language::Portuguese,
        Language::Dutch,
        Language::Russian,
        Language::Chinese,
        Language::Japanese,
    ];

    /// The ISO 639-1 code (`"en"`, `"fr"`, `"de"`, `"es"`, `"it"`, `"pt"`, `"nl"`,
    /// `"ru"`, `"zh"`, `"ja"`), or `"und"` (undetermined) for [`Language::Other`].
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
            Language::German => "de",
            Language::Spanish => "es",
            Language::Italian => "it",
            Language::Portuguese => "pt",
            Language::Dutch => "nl",
            Language::Russian => "ru",
            Language::Chinese => "zh",
            Language::Japanese => "ja",
            Language::Other => "und",
        }
    }

    /// The place of the language in [`Language::ALL`], or its length for
    /// [`Language::Other`]: the index of its entry in per-language tables.
    pub(crate) fn index(self) -> usize {
        Language::ALL.iter().position(|&l| l == self).unwrap_or(Language::ALL.len())
    }

    /// The language with code `code` (see [`Language::code`]), if it is known.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.iter().copied().chain([Language::Other]).find(|l| l.code() == code)
    }

    /// Whether words are written without spaces between them (Chinese, Japanese).
    pub(crate) fn is_cjk(self) -> bool {
        matches!(self, Language::Chinese | Language::Japanese)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for &l in Language::ALL.iter().chain([&Language::Other]) {
            assert_eq!(Language::from_code(l.code()), Some(l));
        }
        assert_eq!(Language::from_code("xx"), None);
    }
}
