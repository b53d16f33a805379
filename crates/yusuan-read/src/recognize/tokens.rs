//! What a cell holds: an amount, a classification or unit code, or text.

use crate::layout::Cell;
use crate::normalize::remove_chars;
use yusuan_model::{Decimal, Span};

/// A cell's trimmed text, borrowed from the cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token<'a> {
    /// A figure: has a decimal point or thousands separator, or stands where figures stand.
    Amount(Decimal),
    /// An integer that may be a code (`210`, `15`, `30101`, `307001`) or a whole-number amount.
    Integer(&'a str),
    Text(&'a str),
    Empty,
}

pub fn classify(cell: &str) -> Token<'_> {
    let t = cell.trim();
    if t.is_empty() {
        return Token::Empty;
    }
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return Token::Integer(t);
    }
    if let Some(d) = amount(t) {
        return Token::Amount(d);
    }
    Token::Text(t)
}

/// A cell with its token, classified once: the passes over a table look at each cell several
/// times.
#[derive(Debug, Clone, Copy)]
pub struct Classified<'a> {
    /// The cell's text as read.
    pub text: &'a str,
    pub token: Token<'a>,
    pub span: Span,
}

impl<'a> Classified<'a> {
    pub fn new(cell: &'a Cell) -> Classified<'a> {
        Classified { text: &cell.text, token: classify(&cell.text), span: cell.span }
    }

    /// A cell that the row does not print.
    pub fn empty(span: Span) -> Classified<'a> {
        Classified { text: "", token: Token::Empty, span }
    }

    pub fn is_amount(&self) -> bool {
        matches!(self.token, Token::Amount(_))
    }

    pub fn is_text(&self) -> bool {
        matches!(self.token, Token::Text(_))
    }
}

/// Parses a money figure as printed in a table cell: `1,182.39`, `-0.50`, `（0.50）` is not used
/// by these tables and stays text.
pub fn amount(text: &str) -> Option<Decimal> {
    let t = text.trim();
    let first = t.bytes().next()?;
    if !(first.is_ascii_digit() || first == b'-' || first == b'.') {
        return None;
    }
    Decimal::parse(t).or_else(|| only_last_groups_marked(t))
}

/// `125360,898`: a cell format that marks only the last thousands (a Shanghai unit's tables).
/// The groups after the first are whole, so the number is the digits as written.
fn only_last_groups_marked(t: &str) -> Option<Decimal> {
    let (int_part, frac) = t.split_once('.').map_or((t, None), |(i, f)| (i, Some(f)));
    let unsigned = int_part.strip_prefix('-').unwrap_or(int_part);
    let mut groups = unsigned.split(',');
    let lead = groups.next()?;
    let whole = lead.len() > 3 && lead.bytes().all(|b| b.is_ascii_digit()) && unsigned.contains(',');
    if !(whole && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))) {
        return None;
    }
    let plain: String = int_part.chars().filter(|c| *c != ',').collect();
    Decimal::parse(&frac.map_or(plain.clone(), |f| format!("{plain}.{f}")))
}

/// Whether a table row label is the total row (`合计`, `总计`, `共 计`).
pub fn is_total_label(label: &str) -> bool {
    let l = remove_chars(label, |c| c.is_whitespace() || c == ':' || c == '：');
    matches!(&*l, "合计" | "总计" | "共计" | "小计" | "金额合计")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_that_marks_only_the_last_thousands() {
        assert_eq!(amount("125360,898"), Decimal::parse("125360898"));
        assert_eq!(amount("-1058,172.50"), Decimal::parse("-1058172.50"));
        assert_eq!(amount("1,182.39"), Decimal::parse("1182.39"));
        assert_eq!(amount("1234,56"), None);
        assert_eq!(amount("2019,2020"), None);
    }
}
