//! What the readers of markup share: HTML tag attributes, merged cells placed on a table's grid,
//! and the paragraphs of one cell joined into one text. The text reader's embedded `<table>`s,
//! the web page reader and the Word reader all use them.

/// Case-insensitive find of an ASCII needle.
pub(crate) fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// The number an attribute holds in a tag's text (`colspan="2"`, `rowspan=3`, `colspan='4'`).
pub(crate) fn attr_number(attrs: &str, name: &str) -> Option<usize> {
    let at = find_ci(attrs, name)? + name.len();
    let rest = attrs[at..].trim_start().strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).take(9).collect();
    digits.parse().ok()
}

/// The most columns and rows one merged cell may cover: enough for any disclosure's table, and a
/// bound on what a malformed `colspan="99999"` can cost.
pub(crate) const MAX_COLSPAN: usize = 64;
pub(crate) const MAX_ROWSPAN: usize = 1000;

/// The columns of a table taken by cells merged down from the rows above (`rowspan`), so that each
/// cell of a row is placed in the column where it stands.
#[derive(Debug, Default)]
pub(crate) struct SpanGrid {
    /// For each column, how many rows, the current one included, a cell placed so far covers.
    below: Vec<usize>,
    /// The first column not yet filled in the current row.
    next: usize,
}

impl SpanGrid {
    /// Places the next cell of the row, spanning `colspan` columns and `rowspan` rows: returns its
    /// first column and the columns before it that cells from above cover (empty in this row).
    pub(crate) fn place(&mut self, colspan: usize, rowspan: usize) -> (usize, std::ops::Range<usize>) {
        let skipped_from = self.next;
        while self.below.get(self.next).is_some_and(|&n| n > 0) {
            self.next += 1;
        }
        let column = self.next;
        let colspan = colspan.clamp(1, MAX_COLSPAN);
        let rowspan = rowspan.clamp(1, MAX_ROWSPAN);
        if rowspan > 1 {
            if self.below.len() < column + colspan {
                self.below.resize(column + colspan, 0);
            }
            for n in &mut self.below[column..column + colspan] {
                *n = (*n).max(rowspan);
            }
        }
        self.next = column + colspan;
        (column, skipped_from..column)
    }

    /// Ends the current row: returns the columns after its last cell that cells from above cover.
    pub(crate) fn end_row(&mut self) -> std::ops::Range<usize> {
        let from = self.next;
        let mut to = from;
        while self.below.get(to).is_some_and(|&n| n > 0) {
            to += 1;
        }
        for n in &mut self.below {
            *n = n.saturating_sub(1);
        }
        self.next = 0;
        from..to
    }
}

/// Appends one paragraph of a cell to the cell's text: CJK text runs on without a space
/// (`单位` + `(科目名称)` → `单位(科目名称)`), words of other scripts are kept apart.
pub(crate) fn join_paragraph(cell: &mut String, paragraph: &str) {
    let paragraph = paragraph.trim();
    if paragraph.is_empty() {
        return;
    }
    let before = cell.trim_end().chars().last();
    if before.is_some_and(|b| b.is_ascii_alphanumeric()) && paragraph.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        cell.push(' ');
    }
    cell.push_str(paragraph);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_cells_under_merged_ones() {
        // | A (2 rows) | B (2 cols) |
        // |            | c | d      |
        let mut g = SpanGrid::default();
        assert_eq!(g.place(1, 2), (0, 0..0));
        assert_eq!(g.place(2, 1), (1, 1..1));
        assert_eq!(g.end_row(), 3..3);
        assert_eq!(g.place(1, 1), (1, 0..1));
        assert_eq!(g.place(1, 1), (2, 2..2));
        assert_eq!(g.end_row(), 3..3);
        // A cell merged down at the end of a short row.
        let mut g = SpanGrid::default();
        g.place(1, 1);
        g.place(1, 2);
        g.end_row();
        g.place(1, 1);
        assert_eq!(g.end_row(), 1..2);
    }

    #[test]
    fn attributes_and_paragraphs() {
        assert_eq!(attr_number("<td colspan=\"3\" rowspan=2>", "rowspan"), Some(2));
        assert_eq!(attr_number("<td colspan=99999999999999999999>", "colspan"), Some(999_999_999));
        let mut cell = String::from("单位");
        join_paragraph(&mut cell, "(科目名称)");
        join_paragraph(&mut cell, "  ");
        assert_eq!(cell, "单位(科目名称)");
        let mut cell = String::from("Total 2021");
        join_paragraph(&mut cell, "budget");
        assert_eq!(cell, "Total 2021 budget");
    }
}
