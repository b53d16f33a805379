//! HTML tables embedded in converter text: `<table><tr><td colspan=2>…</td></tr></table>`,
//! on one line or spread over many. Merged cells are expanded so that columns line up.

use super::{clean, SourceLine};
use crate::layout::{Block, Cell, Separation};
use crate::markup::{attr_number, find_ci, SpanGrid, MAX_COLSPAN};
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

fn parse_rows(html: &str, locate: impl Fn(usize) -> Span) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut grid = SpanGrid::default();
    let mut pos = 0;
    while let Some(tr) = find_ci(&html[pos..], "<tr").map(|i| pos + i) {
        let row_end = find_ci(&html[tr + 3..], "</tr").map_or(html.len(), |i| tr + 3 + i);
        let row_end = find_ci(&html[tr + 3..row_end], "<tr").map_or(row_end, |i| tr + 3 + i);
        let mut cells: Vec<Cell> = Vec::new();
        let mut cursor = tr + 3;
        let empty = |column: usize, span: Span| Cell { text: String::new(), column, span };
        while let Some(td) = find_cell_start(&html[cursor..row_end]).map(|i| cursor + i) {
            let tag_end = html[td..row_end].find('>').map_or(row_end, |i| td + i + 1);
            let attrs = &html[td..tag_end];
            let close = find_cell_close(&html[tag_end..row_end]).map_or(row_end, |i| tag_end + i);
            let next_open = find_cell_start(&html[tag_end..row_end]).map_or(row_end, |i| tag_end + i);
            let content_end = close.min(next_open);
            let colspan = attr_number(attrs, "colspan").unwrap_or(1).clamp(1, MAX_COLSPAN);
            let (column, merged_from_above) = grid.place(colspan, attr_number(attrs, "rowspan").unwrap_or(1));
            cells.extend(merged_from_above.map(|c| empty(c, locate(td))));
            let mut span = locate(tag_end);
            span.end = locate(content_end).end;
            cells.push(Cell { text: clean(&html[tag_end..content_end].replace('\n', " ")), column, span });
            cells.extend((column + 1..column + colspan).map(|c| empty(c, span)));
            cursor = content_end.max(td + 1);
        }
        // Cells merged down from the row above at the end of this row.
        cells.extend(grid.end_row().map(|c| empty(c, locate(tr))));
        if cells.iter().any(|c| !c.text.is_empty()) {
            let span = locate(tr);
            blocks.push(Block { separation: Separation::Columns, cells, span, heading: None, page_break: false, wraps: false });
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
