//! One sheet's cells as text, row by row, as the sheet shows them: a merged range's text once, in
//! its top-left cell (some programs write it into every cell of the range); hidden rows and
//! columns left out, and counted. [`collect`] is the same for every workbook format; what differs
//! is where the cells come from ([`read_sheet`] here, [`crate::xls`] for a legacy .xls).

use super::hidden::Hidden;
use super::limits::{self, MAX_CELLS, MAX_MERGES};
use super::value::{cell_text, is_percent_format};
use crate::error::ReadError;
use calamine::{Dimensions, Xlsx};
use std::collections::BTreeMap;
use std::io::{Read, Seek};

/// The non-empty cells of a sheet: by row, each row's cells by column (0-based, as in the sheet).
#[derive(Debug, Default)]
pub struct SheetCells {
    pub rows: BTreeMap<u32, Vec<(u32, String)>>,
    /// Rows and columns that are hidden and hold text, left out.
    pub hidden_rows: Vec<u32>,
    pub hidden_columns: Vec<u32>,
}

/// Reads the sheet `name` of an .xlsx. `cells` counts the cells read so far in the workbook,
/// against [`MAX_CELLS`].
pub fn read_sheet<R: Read + Seek>(book: &mut Xlsx<R>, name: &str, hidden: &Hidden, cells: &mut usize) -> Result<SheetCells, ReadError> {
    let merges = book.merge_cells_by_sheet_name(name).map_err(|e| limits::damaged(&e))?;
    let mut reader = book.worksheet_cells_reader(name).map_err(|e| limits::damaged(&e))?;
    let each = std::iter::from_fn(|| match reader.next_cell_with_style_id() {
        Ok(Some((cell, style))) => {
            let percent = reader.styles().get(style).and_then(|s| s.number_format.as_ref()).is_some_and(|f| is_percent_format(&f.format_code));
            let (row, column) = cell.get_position();
            Some(Ok((row, column, cell_text(cell.get_value(), percent))))
        }
        Ok(None) => None,
        Err(e) => Some(Err(limits::damaged(&e))),
    });
    collect(name, &merges, each, hidden, cells)
}

/// A sheet's cells from `each` (row, column, text), in any order: empty ones passed over, hidden
/// ones counted and left out, merged ranges read once. `cells` counts the non-empty cells of the
/// workbook, against [`MAX_CELLS`]; `merges` are refused past [`MAX_MERGES`] before any cell is
/// read.
pub fn collect(
    name: &str,
    merges: &[Dimensions],
    each: impl Iterator<Item = Result<(u32, u32, String), ReadError>>,
    hidden: &Hidden,
    cells: &mut usize,
) -> Result<SheetCells, ReadError> {
    if merges.len() > MAX_MERGES {
        return Err(limits::too_many_merges(name));
    }
    let mut sheet = SheetCells::default();
    for cell in each {
        let (row, column, text) = cell?;
        if text.trim().is_empty() {
            continue;
        }
        *cells += 1;
        if *cells > MAX_CELLS {
            return Err(limits::too_many_cells());
        }
        if hidden.hides(row, column) {
            let (list, at) = if hidden.rows.contains(&row) { (&mut sheet.hidden_rows, row) } else { (&mut sheet.hidden_columns, column) };
            if !list.contains(&at) {
                list.push(at);
            }
            continue;
        }
        sheet.rows.entry(row).or_default().push((column, text));
    }
    for row in sheet.rows.values_mut() {
        row.sort_by_key(|&(column, _)| column);
    }
    sheet.hidden_rows.sort_unstable();
    sheet.hidden_columns.sort_unstable();
    for merge in merges {
        clear_covered(&mut sheet.rows, merge);
    }
    sheet.rows.retain(|_, cells| !cells.is_empty());
    Ok(sheet)
}

/// Removes the text of the cells a merged range covers, but its top-left cell's. A damaged file
/// may state a range's corners the wrong way round.
fn clear_covered(rows: &mut BTreeMap<u32, Vec<(u32, String)>>, merge: &Dimensions) {
    let (top, bottom) = (merge.start.0.min(merge.end.0), merge.start.0.max(merge.end.0));
    let (left, right) = (merge.start.1.min(merge.end.1), merge.start.1.max(merge.end.1));
    for (&row, cells) in rows.range_mut(top..=bottom) {
        cells.retain(|&(column, _)| !(left..=right).contains(&column) || (row, column) == (top, left));
    }
}
