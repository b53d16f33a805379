//! Where a piece of the document came from.

use serde::Serialize;

/// A place in the source: 1-based line and the byte range in the decoded text.
/// PDF readers also fill `page`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Span {
    pub line: u32,
    pub start: u32,
    pub end: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
}

impl Span {
    pub fn line(line: u32) -> Self {
        Span { line, ..Span::default() }
    }
}
