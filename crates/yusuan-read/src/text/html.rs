//! HTML tables embedded in converter text: `<table><tr><td colspan=2>…</td></tr></table>`,
//! on one line or spread over many. Merged cells are expanded so that columns line up.

use super::{clean, SourceLine};
use crate::layout::{Block, Cell, Separation};
use yusuan_model::Span;

pub(super) fn starts_table(line: &str) -> bool {
    // Checked on every line: a fast search for `<` first skips the plain ones.
    line.contains('<') && find_ci(line, "<table").is_some()
}

/// Reads the table starting on `lines[0]`; returns its rows and the number of lines used.
pub(super) fn read_table(lines: &[SourceLine]) -> (Vec<Block>, usize) {
    let mut used = 0;
    let mut html = String::new();
    let mut line_of_offset: Vec<(usize, &SourceLine)> = Vec::new();
    for line in lines {
        line_of_offset.push((html.len(), line));
        html.push_str(line.text);
        html.push('\n');
        used += 1;
        if find_ci(line.text, "</table").is_some() {
            break;
        }
    }
    let locate = |offset: usize| -> Span {
        let idx = line_of_offset.partition_point(|(o, _)| *o <= offset).saturating_sub(1);
        let (base, line) = line_of_offset[idx];
        let start = line.start + (offset - base).min(line.text.len());
        Span { line: line.number, start: start as u32, end: start as u32, page: None }
    };
    (parse_rows(&html, locate), used)
}

struct Pending {
    column: usize,
    rows_left: usize,
}

fn parse_rows(html: &str, locate: impl Fn(usize) -> Span) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut spans_down: Vec<Pending> = Vec::new();
    let mut pos = 0;
    while let Some(tr) = find_ci(&html[pos..], "<tr").map(|i| pos + i) {
        let row_end = find_ci(&html[tr + 3..], "</tr").map_or(html.len(), |i| tr + 3 + i);
        let row_end = find_ci(&html[tr + 3..row_end], "<tr").map_or(row_end, |i| tr + 3 + i);
        let mut cells: Vec<Cell> = Vec::new();
        let mut cursor = tr + 3;
        while let Some(td) = find_cell_start(&html[cursor..row_end]).map(|i| cursor + i) {
            let tag_end = html[td..row_end].find('>').map_or(row_end, |i| td + i + 1);
            let attrs = &html[td..tag_end];
            let close = find_cell_close(&html[tag_end..row_end]).map_or(row_end, |i| tag_end + i);
            let next_open = find_cell_start(&html[tag_end..row_end]).map_or(row_end, |i| tag_end + i);
            let content_end = close.min(next_open);
            let mut column = cells.len();
            while let Some(p) = spans_down.iter_mut().find(|p| p.column == column && p.rows_left > 0) {
                p.rows_left -= 1;
                let span = locate(td);
                cells.push(Cell { text: String::new(), column, span });
                column += 1;
            }
            let mut span = locate(tag_end);
            span.end = locate(content_end).end;
            let colspan = attr_number(attrs, "colspan").unwrap_or(1).clamp(1, 64);
            let rowspan = attr_number(attrs, "rowspan").unwrap_or(1).clamp(1, 1000);
            let text = clean(&html[tag_end..content_end].replace('\n', " "));
            for k in 0..colspan {
                if rowspan > 1 {
                    spans_down.push(Pending { column: column + k, rows_left: rowspan - 1 });
                }
                let text = if k == 0 { text.clone() } else { String::new() };
                cells.push(Cell { text, column: column + k, span });
            }
            cursor = content_end.max(td + 1);
        }
        // Cells merged down from the row above at the end of this row.
        while let Some(p) = spans_down.iter_mut().find(|p| p.column == cells.len() && p.rows_left > 0) {
            p.rows_left -= 1;
            cells.push(Cell { text: String::new(), column: cells.len(), span: locate(tr) });
        }
        spans_down.retain(|p| p.rows_left > 0);
        if cells.iter().any(|c| !c.text.is_empty()) {
            let span = locate(tr);
            blocks.push(Block { separation: Separation::Columns, cells, span, heading: None, page_break: false });
        }
        pos = row_end.max(tr + 3);
    }
    blocks
}

fn find_cell_start(s: &str) -> Option<usize> {
    [find_ci(s, "<td"), find_ci(s, "<th")].into_iter().flatten().min()
}

fn find_cell_close(s: &str) -> Option<usize> {
    [find_ci(s, "</td"), find_ci(s, "</th")].into_iter().flatten().min()
}

fn attr_number(attrs: &str, name: &str) -> Option<usize> {
    let at = find_ci(attrs, name)? + name.len();
    let rest = attrs[at..].trim_start().strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Case-insensitive find of an ASCII needle.
fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}
