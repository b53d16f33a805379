//! The workbook reader (`.xlsx`, as departments export their tables from the budget system or
//! write the whole disclosure in WPS/Excel): every sheet in order → the same
//! [`crate::layout::Layout`] the other readers make, through the [`LayoutBuilder`].
//!
//! - A sheet is a page: a span's `page` is the sheet's place in the workbook (1 = the first
//!   sheet tab), so that a finding names the sheet as it names the page of a PDF.
//! - A sheet row with two or more non-empty cells is a `row` whose columns are the sheet's
//!   (counted from the sheet's first used column), empty cells kept in place; a row with one
//!   non-empty cell (a title, a unit line, a paragraph of a narrative sheet) is running text, a
//!   block per line of the cell.
//! - A merged range's text is read once, in its top-left cell.
//! - Numbers are read as stored, not as displayed ([`value`]); formula cells by their cached
//!   values.
//! - Hidden rows, columns and sheets are left out, as a printed or exported copy leaves them out,
//!   and noted: each sheet that hides content gets a diagnostic (RD110) naming the rows, columns
//!   or the sheet, so that nothing is dropped silently.
//! - The archive's unpacked size is checked before anything is inflated ([`limits`]).
//!
//! A legacy `.xls` ([`crate::xls`]) is written the same way: [`render`] (sheets to pages, hidden
//! content noted) and [`sheet::collect`] (cells to rows, merged ranges once, limits) take the
//! cells from wherever a format keeps them.

pub(crate) mod hidden;
pub(crate) mod limits;
pub(crate) mod sheet;
pub(crate) mod value;

use crate::builder::{LayoutBuilder, Rendered};
use crate::diagnostic;
use crate::error::ReadError;
use crate::normalize::join_wrapped;
use calamine::{Reader, Sheet, SheetType, SheetVisible, Xlsx};
use sheet::SheetCells;
use std::io::Cursor;
use yusuan_model::Span;

pub fn read_xlsx(bytes: &[u8]) -> Result<Rendered, ReadError> {
    let mut archive = limits::open_archive(bytes)?;
    let parts = hidden::sheet_parts(&mut archive)?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| limits::damaged(&e))?;
    let sheets = book.sheets_metadata().to_vec();
    render(&sheets, |_, meta, cells| {
        let hidden = match parts.get(&meta.name) {
            Some(part) => hidden::hidden(&mut archive, part)?,
            None => hidden::Hidden::default(),
        };
        sheet::read_sheet(&mut book, &meta.name, &hidden, cells)
    })
}

/// A workbook's layout, whatever its format: `sheets` in order, each worksheet's cells from
/// `read` (given the sheet's index, its metadata and the count of cells read so far). A visible
/// sheet is a page; a hidden one that holds content, and the hidden rows and columns of a visible
/// one, are noted (RD110).
pub(crate) fn render(
    sheets: &[Sheet],
    mut read: impl FnMut(usize, &Sheet, &mut usize) -> Result<SheetCells, ReadError>,
) -> Result<Rendered, ReadError> {
    let mut out = LayoutBuilder::default();
    // Hidden content, noted once the blocks around it are known: (sheet number, where).
    let mut hidden_notes: Vec<(u32, String, (String, String))> = Vec::new();
    let mut cells = 0;
    for (index, meta) in sheets.iter().enumerate() {
        let number = index as u32 + 1;
        if meta.typ != SheetType::WorkSheet {
            continue;
        }
        let sheet = read(index, meta, &mut cells)?;
        if meta.visible != SheetVisible::Visible {
            if !sheet.rows.is_empty() || !sheet.hidden_rows.is_empty() || !sheet.hidden_columns.is_empty() {
                hidden_notes.push((number, meta.name.clone(), ("整张表".into(), "the whole sheet".into())));
            }
            continue;
        }
        hidden_notes.extend(hidden_places(&sheet).into_iter().map(|what| (number, meta.name.clone(), what)));
        out.start_page(number);
        write_sheet(&sheet, &mut out);
    }
    for (number, name, what) in hidden_notes {
        let span = span_near(out.blocks_mut(), number);
        out.note(diagnostic::hidden_content(&name, (&what.0, &what.1), span));
    }
    Ok(out.finish())
}

/// The blocks of a sheet: a row of cells, or the lines of its one cell as running text.
fn write_sheet(sheet: &SheetCells, out: &mut LayoutBuilder) {
    // The columns that hold a cell of a row, numbered from 0: a column empty in every row says
    // nothing, and a stray cell at column XFD would otherwise make every row 16,384 fields wide.
    let used: std::collections::BTreeSet<u32> = sheet.rows.values().filter(|cells| cells.len() > 1).flatten().map(|&(column, _)| column).collect();
    let place: std::collections::HashMap<u32, usize> = used.into_iter().enumerate().map(|(i, column)| (column, i)).collect();
    for cells in sheet.rows.values() {
        if let [(_, text)] = cells.as_slice() {
            for line in text.lines() {
                out.text(line.trim());
            }
            continue;
        }
        let row: Vec<(usize, String)> =
            cells.iter().map(|(column, text)| (place[column], join_wrapped(text.lines().map(str::trim)))).collect();
        out.row(&row, true);
    }
}

/// Where a sheet hides content, in Chinese and in English: its hidden rows (1-based, as the
/// sheet numbers them) and columns (by letter).
fn hidden_places(sheet: &SheetCells) -> Vec<(String, String)> {
    let mut places = Vec::new();
    if !sheet.hidden_rows.is_empty() {
        let rows = ranges(&sheet.hidden_rows, |r| (r + 1).to_string());
        places.push((format!("第 {} 行", rows.join("、")), format!("rows {}", rows.join(", "))));
    }
    if !sheet.hidden_columns.is_empty() {
        let columns = ranges(&sheet.hidden_columns, column_letters);
        places.push((format!("{} 列", columns.join("、")), format!("columns {}", columns.join(", "))));
    }
    places
}

/// Sorted numbers as runs: 4, 6, 7, 8 → `5`, `7–9` (with `name` giving each its label).
fn ranges(sorted: &[u32], name: impl Fn(u32) -> String) -> Vec<String> {
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for &n in sorted {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == n => *last = n,
            _ => runs.push((n, n)),
        }
    }
    runs.into_iter().map(|(first, last)| if first == last { name(first) } else { format!("{}–{}", name(first), name(last)) }).collect()
}

/// A 0-based column's letters: 0 → `A`, 27 → `AB`.
fn column_letters(column: u32) -> String {
    let mut n = column + 1;
    let mut letters = Vec::new();
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// The place of a note about a sheet: its first block; for a sheet that shows nothing, the first
/// block after it, or the last block of the workbook.
fn span_near(blocks: &[crate::layout::Block], sheet: u32) -> Span {
    blocks.iter().find(|b| b.span.page.is_some_and(|p| p >= sheet)).or(blocks.last()).map_or(Span::line(1), |b| b.span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_and_runs_are_named_as_the_sheet_names_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(ranges(&[4, 6, 7, 8], |r| (r + 1).to_string()), ["5", "7–9"]);
    }
}
