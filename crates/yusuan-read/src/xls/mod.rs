//! The legacy workbook reader (`.xls`: BIFF8, as Excel 97–2003 and WPS save it, in an OLE compound
//! file): the same [`crate::layout::Layout`] as an `.xlsx` gives, written by the same code
//! ([`crate::xlsx::render`], [`crate::xlsx::sheet::collect`]): every sheet in order a page, rows
//! of cells with their columns, a merged range's text once, numbers as stored, formula cells by
//! their cached values, hidden rows, columns and sheets left out and noted (RD110).
//!
//! The cells, merged ranges, sheet names and visibility come from calamine's `Xls`; the hidden
//! rows and columns and the percent formats, which it does not give, from the records themselves
//! ([`biff`]). calamine is given a compound file made here around a workbook stream checked and
//! rebuilt by [`biff::check`], never the file as it came, so that a damaged file ends in an error
//! and no declared size is allocated unchecked.
//!
//! Limits, as for an `.xlsx` ([`crate::xlsx::limits`]): the workbook stream at most
//! [`MAX_UNPACKED_BYTES`], at most [`crate::xlsx::limits::MAX_CELLS`] cells and
//! [`crate::xlsx::limits::MAX_MERGES`] merged ranges a sheet; and, as calamine keeps every sheet
//! as a full grid of its used range, at most [`crate::xlsx::limits::MAX_GRID_CELLS`] cells of
//! used ranges together.

mod biff;

use crate::builder::Rendered;
use crate::cfb::{self, Compound};
use crate::error::ReadError;
use crate::xlsx::limits::{self, MAX_UNPACKED_BYTES};
use crate::xlsx::value::{borrowed, cell_text};
use crate::xlsx::{render, sheet};
use calamine::{Reader, Xls};
use std::io::Cursor;

/// The names of the workbook stream: `Workbook` (BIFF8), `Book` (BIFF5, Excel 95).
pub const STREAMS: [&str; 2] = ["Workbook", "Book"];

pub fn read_xls(bytes: &[u8]) -> Result<Rendered, ReadError> {
    let file = Compound::open(bytes).map_err(|e| limits::damaged_xls(&e))?;
    let name = STREAMS.into_iter().find(|name| file.has_stream(name)).ok_or_else(|| limits::damaged_xls(&"no Workbook stream"))?;
    let stream = file.stream(name, MAX_UNPACKED_BYTES).map_err(|e| match e {
        cfb::CfbError(cfb::TOO_LONG) => limits::too_large_xls(),
        e => limits::damaged_xls(&e),
    })?;
    let checked = biff::check(&stream)?;
    drop(stream);
    let container = cfb::write(&[("Workbook", &checked.stream)]);
    let extras = checked.sheets;
    let mut book = Xls::new(Cursor::new(container)).map_err(|e| limits::damaged_xls(&e))?;
    let sheets = book.sheets_metadata().to_vec();
    if sheets.len() != extras.len() {
        return Err(limits::damaged_xls(&"the sheets do not match their records"));
    }
    render(&sheets, |index, meta, cells| {
        let extra = &extras[index];
        let range = book.worksheet_range(&meta.name).map_err(|e| limits::damaged_xls(&e))?;
        let merges = book.merge_cells_by_sheet_name(&meta.name).map_err(|e| limits::damaged_xls(&e))?;
        let (top, left) = range.start().unwrap_or_default();
        let each = range.used_cells().map(|(row, column, value)| {
            let (row, column) = (top + row as u32, left + column as u32);
            Ok((row, column, cell_text(&borrowed(value), extra.percent.contains(&(row, column)))))
        });
        sheet::collect(&meta.name, &merges, each, &extra.hidden, cells)
    })
}
