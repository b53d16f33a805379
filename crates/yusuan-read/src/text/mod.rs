//! The reader for text that document converters made of a disclosure.
//!
//! Each source line becomes a [`Block`]; table rows come out as cells whatever way the converter
//! wrote them: tab-separated, one cell per tab-indented line, pipe-delimited markdown, HTML
//! `<table>` markup, columns aligned with runs of spaces, or words split by single spaces.

mod columns;
mod html;

pub(crate) use columns::align_space_columns;

use crate::layout::{Block, Cell, Layout, Separation};
use crate::normalize::{fold_width, strip_markup};
use yusuan_model::Span;

/// One source line with its place.
struct SourceLine<'a> {
    number: u32,
    start: usize,
    text: &'a str,
}

pub fn read_text(text: &str) -> Layout {
    let lines = split_lines(text);
    let mut blocks = Vec::new();
    let mut i = 0;
    let mut page_break = false;
    // Indices of blocks whose cells were split on runs of spaces: their columns come from x.
    let mut aligned = Vec::new();
    while i < lines.len() {
        let line = &lines[i];
        if line.text.contains('\u{c}') {
            page_break = true;
        }
        if line.text.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}').is_empty() {
            i += 1;
            continue;
        }
        let consumed = if html::starts_table(line.text) {
            let (rows, used) = html::read_table(&lines[i..]);
            blocks.extend(rows);
            used
        } else if is_cell_per_line(line.text) {
            let group: Vec<&SourceLine> = lines[i..].iter().take_while(|l| is_cell_per_line(l.text)).collect();
            blocks.push(cell_per_line_row(&group));
            group.len()
        } else {
            if let Some((block, by_spaces)) = read_line(line) {
                if by_spaces {
                    aligned.push(blocks.len());
                }
                blocks.push(block);
            }
            1
        };
        if page_break {
            if let Some(b) = blocks.last_mut() {
                b.page_break = true;
            }
            page_break = false;
        }
        i += consumed;
    }
    columns::align_space_columns(&mut blocks, &aligned);
    Layout { blocks, columns_final: false }
}

fn split_lines(text: &str) -> Vec<SourceLine<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (n, raw) in text.split('\n').enumerate() {
        out.push(SourceLine { number: n as u32 + 1, start, text: raw.strip_suffix('\r').unwrap_or(raw) });
        start += raw.len() + 1;
    }
    out
}

/// `\tcell` — one cell on a tab-indented line (DOCX/HTML-to-text tools).
fn is_cell_per_line(line: &str) -> bool {
    line.strip_prefix('\t').is_some_and(|rest| !rest.contains('\t'))
}

fn cell_per_line_row(group: &[&SourceLine]) -> Block {
    let cells = group
        .iter()
        .enumerate()
        .map(|(column, l)| make_cell(&l.text[1..], l, 1, column))
        .collect();
    let first = group[0];
    let last = group[group.len() - 1];
    Block {
        separation: Separation::Columns,
        cells,
        span: Span { line: first.number, start: first.start as u32, end: (last.start + last.text.len()) as u32, page: None },
        heading: None,
        page_break: false,
        wraps: false,
    }
}

fn make_cell(raw: &str, line: &SourceLine, offset: usize, column: usize) -> Cell {
    let start = line.start + offset;
    Cell {
        text: clean(raw),
        column,
        span: Span { line: line.number, start: start as u32, end: (start + raw.len()) as u32, page: None },
    }
}

/// Markup out, full width folded, whitespace trimmed. (Folding maps whitespace to whitespace
/// only, so trimming first gives the same text with one allocation.)
pub(crate) fn clean(raw: &str) -> String {
    fold_width(strip_markup(raw).trim())
}

/// One line as a block; `true` when its cells were split on runs of spaces.
fn read_line(line: &SourceLine) -> Option<(Block, bool)> {
    let mut body = line.text.trim_end_matches(['\u{c}', ' ', '\u{3000}']);
    let mut offset = 0;
    let mut page_break = false;
    // PDF-to-text tools start the first line of a new page with a single space.
    if body.starts_with(' ') && !body.starts_with("  ") {
        page_break = true;
    }
    let (heading, after_heading) = heading_level(body);
    if heading.is_some() {
        offset += body.len() - after_heading.len();
        body = after_heading;
    }
    if let Some(rest) = body.strip_prefix("- ") {
        offset += 2;
        body = rest;
    }
    let span = Span { line: line.number, start: line.start as u32, end: (line.start + line.text.len()) as u32, page: None };
    let mut by_spaces = false;
    let (separation, cells) = if body.contains('\t') {
        (Separation::Columns, split_cells(body, line, offset, '\t'))
    } else if let Some(inner) = pipe_row(body) {
        if is_pipe_separator(inner) {
            return None;
        }
        let inner_offset = offset + (inner.as_ptr() as usize - body.as_ptr() as usize);
        (Separation::Columns, split_cells(inner, line, inner_offset, '|'))
    } else if let Some(cells) = columns::split_space_runs(body, line.number, line.start + offset) {
        by_spaces = true;
        (Separation::Columns, cells)
    } else {
        words(body, line, offset)
    };
    if cells.iter().all(|c| c.text.is_empty()) {
        return None;
    }
    Some((Block { separation, cells, span, heading, page_break, wraps: false }, by_spaces))
}

fn heading_level(body: &str) -> (Option<u8>, &str) {
    let trimmed = body.trim_start();
    let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
    match trimmed[hashes..].strip_prefix(' ') {
        Some(rest) if (1..=6).contains(&hashes) => (Some(hashes as u8), rest),
        _ => (None, body),
    }
}

fn split_cells(body: &str, line: &SourceLine, offset: usize, sep: char) -> Vec<Cell> {
    let mut cells = Vec::new();
    let mut at = 0;
    for (column, raw) in body.split(sep).enumerate() {
        cells.push(make_cell(raw, line, offset + at, column));
        at += raw.len() + sep.len_utf8();
    }
    cells
}

/// The inside of `| a | b |`, or `None` when the line is not a pipe table row.
fn pipe_row(body: &str) -> Option<&str> {
    let t = body.trim();
    t.strip_prefix('|')?.strip_suffix('|')
}

fn is_pipe_separator(inner: &str) -> bool {
    inner.split('|').all(|c| {
        let c = c.trim();
        !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':'))
    })
}

/// A line split on single spaces; a line without spaces is one text cell.
fn words(body: &str, line: &SourceLine, offset: usize) -> (Separation, Vec<Cell>) {
    let trimmed_start = body.len() - body.trim_start().len();
    let body_trim = body.trim();
    if !body_trim.contains(' ') {
        return (Separation::Text, vec![make_cell(body_trim, line, offset + trimmed_start, 0)]);
    }
    let mut cells = Vec::with_capacity(body_trim.bytes().filter(|&b| b == b' ').count() + 1);
    let start = offset + trimmed_start;
    // Split on the space byte by hand: words are short, and a search per word costs more than
    // looking at each byte once.
    let mut word_start = 0;
    for end in body_trim.bytes().enumerate().filter(|&(_, b)| b == b' ').map(|(i, _)| i).chain([body_trim.len()]) {
        if end > word_start {
            let column = cells.len();
            cells.push(make_cell(&body_trim[word_start..end], line, start + word_start, column));
        }
        word_start = end + 1;
    }
    (Separation::Words, cells)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        read_text(text).blocks.iter().map(|b| b.cells.iter().map(|c| c.text.clone()).collect()).collect()
    }

    #[test]
    fn tab_rows_keep_empty_cells() {
        assert_eq!(rows("合计\t1,182.39\t\t7.25"), vec![vec!["合计", "1,182.39", "", "7.25"]]);
    }

    #[test]
    fn cell_per_line_rows_end_at_blank_lines() {
        assert_eq!(rows("\t合计\n\t\n\t5.00\n\n\t小计\n\t1.00\n"), vec![vec!["合计", "", "5.00"], vec!["小计", "1.00"]]);
    }

    #[test]
    fn pipe_rows_skip_the_separator_and_markup() {
        assert_eq!(rows("| 项目 | 金额 |\n|---|:--:|\n| **合计** | ５．００ |"), vec![vec!["项目", "金额"], vec!["合计", "5.00"]]);
    }

    #[test]
    fn html_tables_expand_merged_cells() {
        let html = "<table><tr><td colspan=2>收入</td><td rowspan='2'>备注</td></tr><tr><td>项目</td><td><p>1.00</p></td></tr></table>";
        assert_eq!(rows(html), vec![vec!["收入", "", "备注"], vec!["项目", "1.00", ""]]);
    }

    #[test]
    fn space_runs_align_by_position() {
        let text = "项目          合计      小计\n行政运行     10.00      5.00\n办公费                   5.00";
        let layout = read_text(text);
        let cols: Vec<Vec<usize>> = layout.blocks.iter().map(|b| b.cells.iter().map(|c| c.column).collect()).collect();
        assert_eq!(cols, vec![vec![0, 1, 2], vec![0, 1, 2], vec![0, 2]]);
    }

    #[test]
    fn single_spaces_are_words_and_page_breaks_are_marked() {
        let layout = read_text("210 15 01 行政运行 194.97\n 第二部分");
        assert_eq!(layout.blocks[0].separation, Separation::Words);
        assert!(layout.blocks[1].page_break);
        assert_eq!(layout.blocks[1].text(), "第二部分");
    }
}
