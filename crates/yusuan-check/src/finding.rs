//! What a rule finds: the rule, a message in Chinese and English, every place involved, and the
//! arithmetic (expected, found, difference).

use crate::context::wan_yuan;
use yusuan_model::{Span, Table};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn id(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "警告",
            Severity::Info => "提示",
        }
    }
}

/// A place involved in a finding, with what it is (`表3 第571行：卫生健康支出`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub span: Span,
    /// The text to point at on that line (the figure as written), when known.
    pub needle: Option<String>,
    pub label: String,
    pub label_en: String,
}

impl Place {
    /// `FILE:LINE`, with the page for a paged source: `FILE:81（第9页）` / `FILE:81 (page 9)`.
    pub fn location(&self, file: &str, zh: bool) -> String {
        match (self.span.page, zh) {
            (Some(page), true) => format!("{file}:{}（第{page}页）", self.span.line),
            (Some(page), false) => format!("{file}:{} (page {page})", self.span.line),
            (None, _) => format!("{file}:{}", self.span.line),
        }
    }

    /// A line of a table, named by the table's title.
    pub fn in_table(table: &Table, line: u32, needle: Option<String>) -> Place {
        Place { span: Span::line(line), needle, label: format!("表“{}”", table.title), label_en: format!("table {:?}", table.title) }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub message: String,
    pub message_en: String,
    /// The first place is the one to look at; the others are involved.
    pub places: Vec<Place>,
    pub expected: Option<String>,
    pub found: Option<String>,
    pub difference: Option<String>,
}

impl Finding {
    /// The arithmetic of a money finding, in 分: what was expected, what is printed, and the
    /// difference, written as the documents write amounts.
    pub fn set_money(&mut self, expected: i128, found: i128) {
        self.expected = Some(wan_yuan(expected));
        self.found = Some(wan_yuan(found));
        self.difference = Some(wan_yuan(found - expected));
    }

    pub fn line(&self) -> u32 {
        self.places.first().map_or(0, |p| p.span.line)
    }
}
