//! Columns aligned with runs of spaces (`pdftotext -layout` style): cells are found by gaps of
//! two or more spaces, and their column by where they stand on the line (CJK counts double).

use crate::layout::{Block, Cell};
use yusuan_model::Span;

/// Display width of a char in a monospaced terminal-like layout.
pub fn char_width(c: char) -> usize {
    let u = c as u32;
    let wide = matches!(u,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD);
    if wide { 2 } else { 1 }
}

/// Splits a line on runs of two or more spaces; `None` when that leaves fewer than two cells.
/// Each cell's `column` temporarily holds its display position, for [`align_space_columns`].
pub fn split_space_runs(body: &str, line: u32, line_offset: usize) -> Option<Vec<Cell>> {
    if !body.contains("  ") {
        return None;
    }
    let mut cells = Vec::new();
    let mut x = 0;
    let mut cell_start: Option<(usize, usize)> = None; // (byte, x)
    let mut spaces = 0;
    for (i, c) in body.char_indices() {
        if c == ' ' {
            spaces += 1;
        } else {
            if spaces >= 2 || cell_start.is_none() {
                if let Some((b, cx)) = cell_start.take() {
                    cells.push(cell(&body[b..i], line, line_offset + b, cx));
                }
                cell_start = Some((i, x));
            }
            spaces = 0;
        }
        x += char_width(c);
    }
    if let Some((b, cx)) = cell_start {
        cells.push(cell(&body[b..], line, line_offset + b, cx));
    }
    (cells.len() >= 2).then_some(cells)
}

fn cell(raw: &str, line: u32, start: usize, x: usize) -> Cell {
    let raw = raw.trim_end();
    Cell {
        text: super::clean(raw),
        column: x,
        span: Span { line, start: start as u32, end: (start + raw.len()) as u32, page: None },
    }
}

/// Gives the cells of each run of consecutive space-aligned rows their column index: columns
/// are the bands where the cells of rows holding numbers overlap (numbers are right-aligned,
/// labels left-aligned, so a column's cells overlap even when their widths differ).
pub fn align_space_columns(blocks: &mut [Block], aligned: &[usize]) {
    let mut start = 0;
    while start < aligned.len() {
        let mut end = start + 1;
        while end < aligned.len() && aligned[end] == aligned[end - 1] + 1 {
            end += 1;
        }
        align_run(blocks, &aligned[start..end]);
        start = end;
    }
}

fn extent(c: &Cell) -> (usize, usize) {
    (c.column, c.column + c.text.chars().map(char_width).sum::<usize>().max(1))
}

fn align_run(blocks: &mut [Block], run: &[usize]) {
    let has_number = |b: &Block| b.cells.iter().any(|c| c.text.bytes().any(|d| d.is_ascii_digit()));
    let mut basis: Vec<usize> = run.iter().copied().filter(|&i| has_number(&blocks[i])).collect();
    if basis.is_empty() {
        basis = run.to_vec();
    }
    let mut intervals: Vec<(usize, usize)> =
        basis.iter().flat_map(|&i| blocks[i].cells.iter().map(extent)).collect();
    intervals.sort_unstable();
    let mut bands: Vec<(usize, usize)> = Vec::new();
    for (s, e) in intervals {
        match bands.last_mut() {
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            _ => bands.push((s, e)),
        }
    }
    for &i in run {
        for c in &mut blocks[i].cells {
            let (s, e) = extent(c);
            let overlap = |b: &(usize, usize)| e.min(b.1).saturating_sub(s.max(b.0));
            let distance = |b: &(usize, usize)| if e <= b.0 { b.0 - e } else { s.saturating_sub(b.1) };
            c.column = (0..bands.len())
                .max_by_key(|&k| (overlap(&bands[k]), std::cmp::Reverse(distance(&bands[k]))))
                .unwrap_or(0);
        }
    }
}
