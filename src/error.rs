//! The error type: what was wrong and what is allowed instead.

use std::fmt;

/// An error from [`summarize`](crate::summarize) and the other entry points.
///
/// Its message names the option at fault and the values it accepts.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(any(target_arch = "wasm32", test)), allow(dead_code))] // built by the JS option parser
enum ErrorKind {
    InvalidOption { option: String, allowed: String, got: String },
    ConflictingOptions { first: String, second: String },
    UnknownOption { option: String, allowed: String },
    TextTooLong { got: String },
}

impl Error {
    /// The text is longer than [`MAX_TEXT_BYTES`](crate::MAX_TEXT_BYTES); `got` says how long.
    pub(crate) fn text_too_long(got: impl fmt::Display) -> Self {
        Error { kind: ErrorKind::TextTooLong { got: got.to_string() } }
    }

    /// `option` has a value outside what it accepts.
    pub(crate) fn invalid_option(option: &str, allowed: &str, got: impl fmt::Display) -> Self {
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
            ErrorKind::ConflictingOptions { first, second } => write!(
                f,
                "options \"{first}\" and \"{second}\" both set the summary length: give only one of them"
            ),
            ErrorKind::UnknownOption { option, allowed } => {
                write!(f, "unknown option \"{option}\": the options are {allowed}")
            }
            ErrorKind::TextTooLong { got } => write!(
                f,
                "text must be at most 64 MiB ({} bytes of UTF-8), got {got}: split it into parts and summarize each",
                crate::MAX_TEXT_BYTES
            ),
        }
    }
}

impl Error {
    /// The option at fault, as the JavaScript API names it (`"sentences"`, `"ratio"`,
    /// `"maxWords"`...), or `None` when the text itself was refused (too long).
    ///
    /// ```
    /// let error = precis::summarize("One. Two.", &precis::Options::ratio(1.5)).unwrap_err();
    /// assert_eq!(error.option(), Some("ratio"));
    /// ```
    pub fn option(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::InvalidOption { option, .. } | ErrorKind::UnknownOption { option, .. } => Some(option),
            ErrorKind::ConflictingOptions { first, .. } => Some(first),
            ErrorKind::TextTooLong { .. } => None,
        }
    }
}

impl std::error::Error for Error {}
