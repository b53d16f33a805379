//! Columns aligned with runs of spaces (`pdftotext -layout` style): cells are found by gaps of
//! two or more spaces, and their column by where they stand on the line (CJK counts double).

use crate::layout::{Block, Cell};
use crate::normalize::fold_width;
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
        if c == '\u{c}' {
            // A page break, not a cell.
            continue;
        }
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
    let text = super::clean(raw);
    // Folding full-width digits narrows a cell; amounts keep their right edge.
    let narrowed = display_width(raw).saturating_sub(display_width(&fold_width(raw)));
    Cell {
        text,
        column: x + narrowed,
        span: Span { line, start: start as u32, end: (start + raw.len()) as u32, page: None },
    }
}

fn display_width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// Gives the cells of each run of space-aligned rows their column index. A run goes on over a
/// one-cell line right below it (a wrapped label, a lone header cell) and over blank lines
/// between rows of amounts; other blank lines and text end it. Columns are the bands where the
/// cells of rows holding amounts overlap (amounts are right-aligned, labels left-aligned, so a
/// column's cells overlap even when their widths differ); header rows are centred over them.
pub fn align_space_columns(blocks: &mut [Block], aligned: &[usize]) {
    let mut start = 0;
    while start < aligned.len() {
        let mut end = start + 1;
        while end < aligned.len() && continues_run(blocks, aligned[end - 1], aligned[end]) {
            end += 1;
        }
        align_run(blocks, &aligned[start..end]);
        start = end;
    }
}

/// Whether the aligned block `next` belongs to the run of `last`: every block between them is
/// one cell on the line right below the one before, or both hold amounts.
fn continues_run(blocks: &[Block], last: usize, next: usize) -> bool {
    let amounts = next == last + 1 && has_amount(&blocks[last]) && has_amount(&blocks[next]);
    amounts
        || (last + 1..=next).all(|i| blocks[i].span.line == blocks[i - 1].span.line + 1 && (i == next || blocks[i].cells.len() == 1))
}

fn extent(c: &Cell) -> (usize, usize) {
    (c.column, c.column + display_width(&c.text).max(1))
}

/// A row with an amount (`5,110.37`): its cells mark where the columns are.
fn has_amount(b: &Block) -> bool {
    b.cells.iter().any(|c| c.text.bytes().any(|d| d.is_ascii_digit()) && c.text.contains(['.', ',']))
}

/// Header rows are the rows above the first row with an amount; the rows from there on are
/// placed by overlap, the header cells by their centre.
fn align_run(blocks: &mut [Block], run: &[usize]) {
    let first_amounts = run.iter().position(|&i| has_amount(&blocks[i])).unwrap_or(0);
    let (headers, rows) = run.split_at(first_amounts);
    let basis: Vec<usize> = rows.iter().copied().filter(|&i| has_amount(&blocks[i])).collect();
    let basis = if basis.is_empty() { rows.to_vec() } else { basis };
    let mut bands = merge(basis.iter().flat_map(|&i| blocks[i].cells.iter().map(extent)).collect());
    // Header cells over columns without any amount make columns of their own, the lowest first:
    // a taller header over them is a group. Column numbers (`**`, `4`) name no column.
    for &i in headers.iter().rev() {
        let new: Vec<(usize, usize)> = blocks[i]
            .cells
            .iter()
            .filter(|c| !c.text.chars().all(|ch| ch.is_ascii_digit() || ch == '*'))
            .map(extent)
            .filter(|e| !bands.iter().any(|b| overlap(*e, *b) > 0))
            .collect();
        bands = merge(bands.into_iter().chain(new).collect());
    }
    for &i in rows {
        for c in &mut blocks[i].cells {
            let e = extent(c);
            let distance = |b: &(usize, usize)| if e.1 <= b.0 { b.0 - e.1 } else { e.0.saturating_sub(b.1) };
            c.column = (0..bands.len()).max_by_key(|&k| (overlap(e, bands[k]), std::cmp::Reverse(distance(&bands[k])))).unwrap_or(0);
        }
    }
    for &i in headers {
        let mut free = 0;
        for c in &mut blocks[i].cells {
            let (first, last) = centred_range(extent(c), &bands, free);
            c.column = first;
            free = last + 1;
        }
    }
}

/// Overlapping extents joined into bands, left to right.
fn merge(mut extents: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    extents.sort_unstable();
    let mut bands: Vec<(usize, usize)> = Vec::new();
    for (s, e) in extents {
        match bands.last_mut() {
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            _ => bands.push((s, e)),
        }
    }
    bands
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// The bands a header cell stands over, from `from` on: the run of bands whose middle is
/// nearest the cell's centre (a header is centred over its column or its group of columns),
/// the fewest bands on a tie.
fn centred_range(cell: (usize, usize), bands: &[(usize, usize)], from: usize) -> (usize, usize) {
    let centre = cell.0 + cell.1; // doubled, to stay in whole numbers
    let mut best = (from, from);
    let mut best_distance = usize::MAX;
    for first in from..bands.len() {
        for last in first..bands.len() {
            let distance = (bands[first].0 + bands[last].1).abs_diff(centre);
            if distance < best_distance {
                (best, best_distance) = ((first, last), distance);
            }
        }
    }
    best
}
