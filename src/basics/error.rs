//! The error type, what was wrong and what is allowed instead, and the input limit.

use std::fmt;

/// The longest text précis accepts, in bytes of UTF-8: 64 MiB. Every entry point
/// refuses longer text with an [`Error`] rather than taking minutes and gigabytes of
/// memory (in a browser tab, a WebAssembly module that runs out of memory cannot
/// recover).
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// `Ok` when `text` is at most [`MAX_TEXT_BYTES`] long.
#[inline(never)] // one copy for the four entry points
pub(crate) fn check_text_length(text: &str) -> Result<(), Error> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::text_too_long(format_args!("{} bytes", text.len())));
    }
    Ok(())
}

/// An error from [`summarize`](crate::summarize) and the other entry points.
///
/// Its message names the option at fault and the values it accepts.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq)]
enum ErrorKind {
    InvalidOption {
        option: String,
        allowed: String,
        got: String,
    },
    #[cfg(any(target_arch = "wasm32", test))] // only JavaScript can give both
    ConflictingOptions {
        first: String,
        second: String,
    },
    #[cfg(any(target_arch = "wasm32", test))] // only JavaScript can name one that does not exist
    UnknownOption {
        option: String,
        allowed: String,
    },
    TextTooLong {
        got: String,
    },
}

impl Error {
    /// The text is longer than [`MAX_TEXT_BYTES`]; `got` says how long.
    pub(crate) fn text_too_long(got: impl fmt::Display) -> Self {
        Error { kind: ErrorKind::TextTooLong { got: got.to_string() } }
    }

    /// `option` has a value outside what it accepts.
    pub(crate) fn invalid_option(option: &str, allowed: &str, got: &dyn fmt::Display) -> Self {
        let kind = ErrorKind::InvalidOption { option: option.into(), allowed: allowed.into(), got: got.to_string() };
        Error { kind }
    }

    #[cfg(any(target_arch = "wasm32", test))]
    /// Two options that exclude each other were both given.
    pub(crate) fn conflicting_options(first: &str, second: &str) -> Self {
        Error { kind: ErrorKind::ConflictingOptions { first: first.into(), second: second.into() } }
    }

    #[cfg(any(target_arch = "wasm32", test))]
    /// An option name that does not exist.
    pub(crate) fn unknown_option(option: &str, allowed: &[&str]) -> Self {
        let allowed = allowed.join(", ");
        Error { kind: ErrorKind::UnknownOption { option: option.into(), allowed } }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::InvalidOption { option, allowed, got } => {
                write!(f, "option \"{option}\" must be {allowed}, got {got}")
            }
            #[cfg(any(target_arch = "wasm32", test))]
            ErrorKind::ConflictingOptions { first, second } => {
                write!(f, "options \"{first}\" and \"{second}\" both set the summary length: give only one of them")
            }
            #[cfg(any(target_arch = "wasm32", test))]
            ErrorKind::UnknownOption { option, allowed } => {
                write!(f, "unknown option \"{option}\": the options are {allowed}")
            }
            ErrorKind::TextTooLong { got } => write!(
                f,
                "text must be at most {} MiB ({MAX_TEXT_BYTES} bytes of UTF-8), got {got}: split it into parts and summarize each",
                MAX_TEXT_BYTES >> 20
            ),
        }
    }
}

impl Error {
    /// The option at fault, as the API the caller used names it (the Rust options'
    /// field `"length"`; JavaScript's `"sentences"`, `"ratio"`, `"maxWords"`...), or
    /// `None` when the text itself was refused (too long).
    ///
    /// ```
    /// let error = precis::summarize("One. Two.", &precis::SummaryOptions::ratio(1.5)).unwrap_err();
    /// assert_eq!(error.option(), Some("length"));
    /// ```
    pub fn option(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::InvalidOption { option, .. } => Some(option),
            #[cfg(any(target_arch = "wasm32", test))]
            ErrorKind::UnknownOption { option, .. } => Some(option),
            #[cfg(any(target_arch = "wasm32", test))]
            ErrorKind::ConflictingOptions { first, .. } => Some(first),
            ErrorKind::TextTooLong { .. } => None,
        }
    }
}

impl std::error::Error for Error {}

/// The first 40 characters of `s`, quoted as `JSON.stringify` writes strings, for
/// error messages (Rust's `{:?}` would bring its own escaping tables into the module).
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) fn quoted(s: &str) -> String {
    let mut out = String::from('"');
    for c in s.chars().take(40) {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[c as usize >> 4]));
                out.push(char::from(HEX[c as usize & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `n` as JavaScript writes it (`1.5`, `NaN`, `-Infinity`, `1e+300`, `2.5e-7`), for
/// error messages. In WebAssembly, JavaScript's own `Number.prototype.toString`
/// writes it, which keeps Rust's float formatting (about 20 KB) out of the module.
pub(crate) fn number_text(n: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Number::from(n).to_string_with_radix(10).map(String::from).unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        if n.is_nan() {
            "NaN".into()
        } else if n.is_infinite() {
            (if n > 0.0 { "Infinity" } else { "-Infinity" }).into()
        } else if n.abs() >= 1e21 {
            format!("{n:e}").replace('e', "e+")
        } else if n != 0.0 && n.abs() < 1e-6 {
            format!("{n:e}")
        } else {
            n.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_as_javascript_writes_them() {
        assert_eq!(quoted("say \"hi\"\n\t\\ \u{1}é"), r#""say \"hi\"\n\t\\ \u0001é""#);
        assert_eq!(quoted(&"x".repeat(50)), format!("\"{}\"", "x".repeat(40)));
        let numbers = [(1.5, "1.5"), (3.0, "3"), (-0.25, "-0.25"), (f64::NAN, "NaN"), (f64::NEG_INFINITY, "-Infinity")];
        for (n, text) in numbers.into_iter().chain([(1e300, "1e+300"), (2.5e-7, "2.5e-7"), (0.0, "0")]) {
            assert_eq!(number_text(n), text);
        }
    }
}
