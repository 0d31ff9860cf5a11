//! Options as JavaScript passes them: loosely typed values, checked one by one so
//! that every mistake gets a message naming the option and what it accepts.

use crate::basics::{number_text, quoted, Error};
use crate::{
    EntityKind, EntityOptions, KeywordOptions, Language, Length, SplitOptions, SummaryOptions, DEFAULT_KEYWORDS,
};

/// Every option any export reads, checked; each export's `allowed` keys decide which
/// of them can be set, and the methods give each job its own options.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct JsOptions {
    length: Length,
    language: Option<Language>,
    abbreviations: Vec<String>,
    focus: Option<String>,
    limit: Option<usize>,
    kinds: Vec<EntityKind>,
    names: Option<bool>,
}

impl JsOptions {
    /// The options of `summarize`.
    pub(crate) fn summary(self) -> SummaryOptions {
        let JsOptions { length, language, abbreviations, focus, .. } = self;
        SummaryOptions { length, language, abbreviations, focus }
    }

    /// The options of `splitSentences`.
    pub(crate) fn split(self) -> SplitOptions {
        SplitOptions { language: self.language, abbreviations: self.abbreviations }
    }

    /// The options of `extractEntities`.
    pub(crate) fn entities(self) -> EntityOptions {
        let JsOptions { language, abbreviations, limit, kinds, .. } = self;
        EntityOptions { language, abbreviations, limit, kinds }
    }

    /// The options of `extractKeywords`.
    pub(crate) fn keywords(self) -> KeywordOptions {
        let limit = self.limit.unwrap_or(DEFAULT_KEYWORDS);
        let names = self.names.unwrap_or(true); // KeywordOptions' default
        KeywordOptions { language: self.language, abbreviations: self.abbreviations, limit, names }
    }
}

/// An option's value as JavaScript passed it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum JsOptionValue {
    /// A JS number (including NaN and the infinities).
    Number(f64),
    /// A JS string.
    Text(String),
    /// A JS array of strings.
    Texts(Vec<String>),
    /// A JS boolean.
    Flag(bool),
    /// Anything else, described for error messages ("null", "an array", ...).
    Other(String),
}

impl std::fmt::Display for JsOptionValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JsOptionValue::Number(n) => f.write_str(&number_text(*n)),
            JsOptionValue::Text(s) => f.write_str(&quoted(s)),
            JsOptionValue::Texts(_) => f.write_str("an array of strings"),
            JsOptionValue::Flag(_) => f.write_str("a value of type boolean"),
            JsOptionValue::Other(description) => f.write_str(description),
        }
    }
}

/// Builds [`JsOptions`] from the `(key, value)` pairs of a JS options object, accepting
/// only the keys in `allowed`. Keys whose value is `undefined` must be left out.
pub(crate) fn parse(pairs: Vec<(String, JsOptionValue)>, allowed: &[&str]) -> Result<JsOptions, Error> {
    let mut options = JsOptions::default();
    let mut length_option: Option<&str> = None;
    for (key, value) in pairs {
        let Some(&name) = allowed.iter().find(|&&a| a == key) else {
            return Err(Error::unknown_option(&key, allowed));
        };
        let length = match name {
            "sentences" => Length::Sentences(whole_number(name, &value)?),
            "maxWords" => Length::MaxWords(whole_number(name, &value)?),
            "ratio" => match value {
                JsOptionValue::Number(r) if r > 0.0 && r <= 1.0 => Length::Ratio(r),
                _ => return Err(Error::invalid_option(name, "a number greater than 0 and at most 1", &value)),
            },
            "language" => {
                options.language = language(&value)?;
                continue;
            }
            "names" => {
                options.names = match value {
                    JsOptionValue::Flag(flag) => Some(flag),
                    _ => return Err(Error::invalid_option(name, "true or false", &value)),
                };
                continue;
            }
            "limit" => {
                options.limit = Some(whole_number(name, &value)?);
                continue;
            }
            "kinds" => {
                options.kinds = kinds(value)?;
                continue;
            }
            "focus" => {
                options.focus = Some(match value {
                    JsOptionValue::Text(focus) if !focus.trim().is_empty() => focus,
                    _ => return Err(Error::invalid_option(name, "a word or phrase (a non-empty string)", &value)),
                });
                continue;
            }
            _ => {
                options.abbreviations = match value {
                    JsOptionValue::Texts(words) if words.iter().all(|w| is_abbreviation(w)) => {
                        words.into_iter().map(|w| w.strip_suffix('.').unwrap_or(&w).to_string()).collect()
                    }
                    _ => return Err(Error::invalid_option(name, ABBREVIATIONS_ALLOWED, &value)),
                };
                continue;
            }
        };
        if let Some(first) = length_option.replace(name) {
            return Err(Error::conflicting_options(first, name));
        }
        options.length = length;
    }
    Ok(options)
}

const ABBREVIATIONS_ALLOWED: &str = "an array of abbreviations such as [\"approx.\", \"Kl.\"] (non-empty, no spaces)";

/// Whether `word` can be an abbreviation: non-empty, no whitespace, not just a period.
fn is_abbreviation(word: &str) -> bool {
    let core = word.strip_suffix('.').unwrap_or(word);
    !core.is_empty() && !core.chars().any(char::is_whitespace)
}

/// A whole number from 1 to 2^32 - 1.
fn whole_number(name: &str, value: &JsOptionValue) -> Result<usize, Error> {
    match *value {
        JsOptionValue::Number(n) if n.fract() == 0.0 && (1.0..=u32::MAX as f64).contains(&n) => Ok(n as usize),
        _ => Err(Error::invalid_option(name, "a whole number from 1 to 4294967295", &value)),
    }
}

/// A non-empty array of entity kind names.
fn kinds(value: JsOptionValue) -> Result<Vec<EntityKind>, Error> {
    if let JsOptionValue::Texts(codes) = &value {
        let kinds: Option<Vec<EntityKind>> = codes.iter().map(|c| EntityKind::from_code(c)).collect();
        if let Some(kinds) = kinds.filter(|k| !k.is_empty()) {
            return Ok(kinds);
        }
    }
    let codes: Vec<&str> = EntityKind::ALL.iter().map(|k| k.code()).collect();
    let allowed = format!("a non-empty array holding some of \"{}\"", codes.join("\", \""));
    let got = match value {
        JsOptionValue::Texts(codes) if codes.is_empty() => "an empty array".to_string(),
        JsOptionValue::Texts(codes) => match codes.iter().find(|c| EntityKind::from_code(c).is_none()) {
            Some(bad) => format!("an array holding {}", quoted(bad)),
            None => "an array".to_string(),
        },
        other => other.to_string(),
    };
    Err(Error::invalid_option("kinds", &allowed, &got))
}

fn language(value: &JsOptionValue) -> Result<Option<Language>, Error> {
    match value {
        JsOptionValue::Text(code) if code == "auto" => Ok(None),
        JsOptionValue::Text(code) if Language::from_code(code).is_some() => Ok(Language::from_code(code)),
        _ => {
            let codes: Vec<&str> = Language::ALL.iter().chain([&Language::Other]).map(|l| l.code()).collect();
            let allowed = format!("\"auto\" or one of \"{}\"", codes.join("\", \""));
            Err(Error::invalid_option("language", &allowed, &value))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use JsOptionValue::*;

    const ALL: &[&str] = &["sentences", "ratio", "maxWords", "language", "focus", "abbreviations"];

    fn error(pairs: &[(&str, JsOptionValue)]) -> String {
        let pairs = pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        parse(pairs, ALL).unwrap_err().to_string()
    }

    #[test]
    fn reads_each_length_form() {
        let parse1 = |k: &str, v| parse(vec![(k.to_string(), v)], ALL).unwrap().length;
        assert_eq!(parse1("sentences", Number(3.0)), Length::Sentences(3));
        assert_eq!(parse1("ratio", Number(0.25)), Length::Ratio(0.25));
        assert_eq!(parse1("maxWords", Number(50.0)), Length::MaxWords(50));
        assert_eq!(parse(vec![("language".into(), Text("en".into()))], ALL).unwrap().language, Some(Language::English));
        assert_eq!(parse(vec![("language".into(), Text("auto".into()))], ALL).unwrap().language, None);
        assert_eq!(parse(vec![("focus".into(), Text("bridge".into()))], ALL).unwrap().focus.as_deref(), Some("bridge"));
        let abbreviations = vec![("abbreviations".into(), Texts(vec!["approx.".into(), "Kl".into()]))];
        assert_eq!(parse(abbreviations, ALL).unwrap().abbreviations, ["approx", "Kl"]);
    }

    #[test]
    fn each_job_gets_the_options_it_reads() {
        let pairs = vec![
            ("sentences".to_string(), Number(2.0)),
            ("language".to_string(), Text("fr".into())),
            ("abbreviations".to_string(), Texts(vec!["env.".into()])),
            ("focus".to_string(), Text("pont".into())),
        ];
        let options = parse(pairs, ALL).unwrap();
        let summary = options.clone().summary();
        assert_eq!(summary.length, Length::Sentences(2));
        assert_eq!(summary.focus.as_deref(), Some("pont"));
        let split = options.clone().split();
        assert_eq!((split.language, split.abbreviations), (Some(Language::French), vec!["env".to_string()]));
        let limited = parse(
            vec![("limit".into(), Number(4.0)), ("kinds".into(), Texts(vec!["place".into()]))],
            &["limit", "kinds"],
        );
        let entities = limited.clone().unwrap().entities();
        assert_eq!((entities.limit, entities.kinds), (Some(4), vec![EntityKind::Place]));
        assert_eq!(limited.unwrap().keywords().limit, 4);
        assert_eq!(options.keywords().limit, DEFAULT_KEYWORDS, "no limit: the default");
        assert!(parse(vec![], &["names"]).unwrap().keywords().names, "names by default");
        let phrases_only = parse(vec![("names".into(), Flag(false))], &["names"]).unwrap();
        assert!(!phrases_only.keywords().names);
        let error = parse(vec![("names".into(), Text("yes".into()))], &["names"]).unwrap_err().to_string();
        assert_eq!(error, "option \"names\" must be true or false, got \"yes\"");
    }

    #[test]
    fn reads_limit_and_kinds() {
        let allowed = &["limit", "kinds"];
        let kinds = vec![("kinds".into(), Texts(vec!["person".into(), "place".into()])), ("limit".into(), Number(5.0))];
        let options = parse(kinds, allowed).unwrap();
        assert_eq!(options.kinds, [EntityKind::Person, EntityKind::Place]);
        assert_eq!(options.limit, Some(5));
        let error = |pairs: Vec<(String, JsOptionValue)>| parse(pairs, allowed).unwrap_err().to_string();
        assert_eq!(
            error(vec![("kinds".into(), Texts(vec!["person".into(), "people".into()]))]),
            "option \"kinds\" must be a non-empty array holding some of \"person\", \"place\", \"organization\", \"other\", got an array holding \"people\""
        );
        assert!(error(vec![("kinds".into(), Texts(vec![]))]).ends_with("got an empty array"));
        assert!(error(vec![("kinds".into(), Text("person".into()))]).ends_with("got \"person\""));
        assert!(error(vec![("limit".into(), Number(0.0))]).contains("\"limit\" must be a whole number from 1"));
        assert!(error(vec![("sentences".into(), Number(3.0))])
            .contains("unknown option \"sentences\": the options are limit, kinds"));
    }

    #[test]
    fn every_mistake_names_the_option_and_what_is_allowed() {
        assert_eq!(
            error(&[("sentences", Number(-1.0))]),
            "option \"sentences\" must be a whole number from 1 to 4294967295, got -1"
        );
        assert_eq!(
            error(&[("sentences", Text("3".into()))]),
            "option \"sentences\" must be a whole number from 1 to 4294967295, got \"3\""
        );
        assert!(error(&[("sentences", Number(2.5))]).contains("got 2.5"));
        assert!(error(&[("maxWords", Number(f64::INFINITY))]).contains("got Infinity"));
        assert!(error(&[("maxWords", Number(1e300))]).ends_with("got 1e+300"));
        assert!(error(&[("ratio", Number(-2.5e-7))]).ends_with("got -2.5e-7"));
        assert!(error(&[("ratio", Number(f64::NAN))])
            .contains("\"ratio\" must be a number greater than 0 and at most 1, got NaN"));
        assert!(error(&[("ratio", Number(0.0))]).contains("got 0"));
        assert!(error(&[("ratio", Other("null".into()))]).contains("got null"));
        assert_eq!(
            error(&[("language", Text("xx".into()))]),
            "option \"language\" must be \"auto\" or one of \"en\", \"fr\", \"de\", \"es\", \"it\", \"pt\", \"nl\", \"ru\", \"zh\", \"ja\", \"und\", got \"xx\""
        );
        assert_eq!(
            error(&[("sentence", Number(3.0))]),
            "unknown option \"sentence\": the options are sentences, ratio, maxWords, language, focus, abbreviations"
        );
        assert!(error(&[("focus", Text("  ".into()))])
            .contains("\"focus\" must be a word or phrase (a non-empty string), got \"  \""));
        assert!(error(&[("abbreviations", Text("approx".into()))])
            .contains("\"abbreviations\" must be an array of abbreviations"));
        assert!(error(&[("abbreviations", Texts(vec!["two words".into()]))]).contains("got an array of strings"));
        assert_eq!(
            error(&[("sentences", Number(3.0)), ("ratio", Number(0.5))]),
            "options \"sentences\" and \"ratio\" both set the summary length: give only one of them"
        );
    }
}
