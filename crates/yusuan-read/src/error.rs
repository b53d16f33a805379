//! Errors that stop reading a document: the input is not a readable disclosure.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadErrorKind {
    /// The bytes are not text in a known encoding.
    NotText,
    /// Text, but nothing in it looks like a budget disclosure.
    NotDisclosure,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub kind: ReadErrorKind,
    /// Bilingual detail, Chinese first.
    pub detail: String,
}

impl ReadError {
    pub fn not_text(detail: String) -> Self {
        ReadError { kind: ReadErrorKind::NotText, detail }
    }

    pub fn not_disclosure(detail: String) -> Self {
        ReadError { kind: ReadErrorKind::NotDisclosure, detail }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ReadErrorKind::NotText => "不是可读的文本文件 / not a readable text file",
            ReadErrorKind::NotDisclosure => "不像是部门预决算公开文档 / does not look like a budget disclosure",
        };
        write!(f, "{what}: {}", self.detail)
    }
}

impl std::error::Error for ReadError {}
