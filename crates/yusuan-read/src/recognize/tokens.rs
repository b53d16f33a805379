//! What a cell holds: an amount, a classification or unit code, or text.

use crate::normalize::remove_chars;
use yusuan_model::Decimal;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// A figure: has a decimal point or thousands separator, or stands where figures stand.
    Amount(Decimal),
    /// An integer that may be a code (`210`, `15`, `30101`, `307001`) or a whole-number amount.
    Integer(String),
    Text(String),
    Empty,
}

pub fn classify(cell: &str) -> Token {
    let t = cell.trim();
    if t.is_empty() {
        return Token::Empty;
    }
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return Token::Integer(t.to_string());
    }
    if let Some(d) = amount(t) {
        return Token::Amount(d);
    }
    Token::Text(t.to_string())
}

/// Parses a money figure as printed in a table cell: `1,182.39`, `-0.50`, `（0.50）` is not used
/// by these tables and stays text.
pub fn amount(text: &str) -> Option<Decimal> {
    let t = text.trim();
    let first = t.bytes().next()?;
    if !(first.is_ascii_digit() || first == b'-' || first == b'.') {
        return None;
    }
    Decimal::parse(t)
}

/// Whether a table row label is the total row (`合计`, `总计`, `共 计`).
pub fn is_total_label(label: &str) -> bool {
    let l = remove_chars(label, |c| c.is_whitespace() || c == ':' || c == '：');
    matches!(&*l, "合计" | "总计" | "共计" | "小计" | "金额合计")
}
