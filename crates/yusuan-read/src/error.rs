//! Errors that stop reading a document: the input is not a readable disclosure.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadErrorKind {
    /// The bytes are not text in a known encoding.
    NotText,
    /// Text, but nothing in it looks like a budget disclosure.
    NotDisclosure,
    /// A PDF, workbook or Word file that cannot be opened: damaged, truncated, encrypted or too
    /// large.
    Unreadable,
    /// A PDF whose pages are images (a scan), or an image: it needs OCR before it can be read.
    NoTextLayer,
    /// A format no reader takes (a legacy .doc, a zip or an OLE compound file that is not a
    /// document).
    Unsupported,
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

    pub fn unreadable(detail: String) -> Self {
        ReadError { kind: ReadErrorKind::Unreadable, detail }
    }

    pub fn no_text_layer(detail: String) -> Self {
        ReadError { kind: ReadErrorKind::NoTextLayer, detail }
    }

    pub fn unsupported(detail: String) -> Self {
        ReadError { kind: ReadErrorKind::Unsupported, detail }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ReadErrorKind::NotText => "不是可读的文本文件 / not a readable text file",
            ReadErrorKind::NotDisclosure => "不像是部门预决算公开文档 / does not look like a budget disclosure",
            ReadErrorKind::Unreadable => "文件无法打开 / the file cannot be opened",
            ReadErrorKind::NoTextLayer => "没有文字层（扫描件或图片），需先做 OCR 文字识别 / no text layer (a scan or an image): it needs OCR first",
            ReadErrorKind::Unsupported => "不支持的文件格式 / unsupported file format",
        };
        write!(f, "{what}: {}", self.detail)
    }
}

impl std::error::Error for ReadError {}
