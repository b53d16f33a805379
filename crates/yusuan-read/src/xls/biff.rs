//! The workbook stream of a legacy .xls ([MS-XLS]: BIFF8, or BIFF5 in a `Book` stream), walked
//! record by record before calamine sees it, for two reasons:
//!
//! - **What calamine's `Xls` does not tell.** It gives cells, merged ranges and sheet visibility,
//!   but not which rows and columns are hidden (the `Row` record's `fDyZero`, the `ColInfo`
//!   record's `fHidden`) nor a cell's number format beyond "date or not" (the `XF` record's
//!   `ifmt` and the `Format` records), so percentages would lose their scale. Both are read here.
//! - **A damaged file must end in an error.** calamine 0.38 indexes some records without checking
//!   their length (a short `MergeCells`, `BoundSheet8`, `CodePage` or string header panics), trusts
//!   a sheet's stated position and its `Dimensions` (a reservation of rows × columns), and keeps
//!   every sheet as a full grid of its used range. So calamine is given a stream rebuilt from the
//!   records it needs, each checked here exactly as calamine will read it: the records of the
//!   workbook (`BOF`, `CodePage`, `DateMode`, `Format`, `XF`, `BoundSheet8` with each sheet's
//!   position rewritten, `SST`, `EOF`), then each sheet's cell records (`Number`, `RK`, `MulRK`,
//!   `LabelSst`, `Label`, `RString`, `BoolErr`, `Formula` with its cached value but without its
//!   tokens, which are not read, `String`) and `MergeCells`. Everything else (defined names,
//!   drawings, charts, `Dimensions`, formatting) is left out. The cells and the used ranges are
//!   counted against the limits of [`crate::xlsx::limits`] before calamine allocates anything.
//!
//! [MS-XLS]: https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xls/

use crate::error::ReadError;
use crate::xlsx::hidden::Hidden;
use crate::xlsx::limits::{self, MAX_CELLS, MAX_GRID_CELLS, MAX_MERGES};
use crate::xlsx::value::is_percent_format;
use std::collections::{HashMap, HashSet};

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const CONTINUE: u16 = 0x003C;
const FILE_PASS: u16 = 0x002F;
const CODE_PAGE: u16 = 0x0042;
const DATE_MODE: u16 = 0x0022;
const FORMAT: u16 = 0x041E;
const XF: u16 = 0x00E0;
const BOUND_SHEET: u16 = 0x0085;
const SST: u16 = 0x00FC;
const NUMBER: u16 = 0x0203;
const LABEL: u16 = 0x0204;
const RSTRING: u16 = 0x00D6;
const BOOL_ERR: u16 = 0x0205;
const STRING: u16 = 0x0207;
const RK: u16 = 0x027E;
const LABEL_SST: u16 = 0x00FD;
const MUL_RK: u16 = 0x00BD;
const MERGE_CELLS: u16 = 0x00E5;
const FORMULA: u16 = 0x0006;
const ROW: u16 = 0x0208;
const COL_INFO: u16 = 0x007D;

/// The checked stream, for calamine, and what calamine does not tell of each sheet (in the order
/// of the workbook's `BoundSheet8` records, which is calamine's order of sheets).
#[derive(Debug, Default)]
pub struct Checked {
    pub stream: Vec<u8>,
    pub sheets: Vec<SheetExtras>,
}

#[derive(Debug, Default)]
pub struct SheetExtras {
    pub hidden: Hidden,
    /// The cells (row, column) whose number format shows a percentage.
    pub percent: HashSet<(u32, u32)>,
}

/// A record as calamine frames it: its type, its data, and the data of the `Continue` records that
/// follow it.
struct Record<'a> {
    typ: u16,
    data: &'a [u8],
    continued: Vec<&'a [u8]>,
}

/// The records of a stream, framed as calamine's `RecordIter` frames them (a `Continue` record
/// belongs to the record before it when more than its header follows).
struct Records<'a> {
    stream: &'a [u8],
}

fn u16_at(data: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([data[at], data[at + 1]])
}

fn u32_at(data: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([data[at], data[at + 1], data[at + 2], data[at + 3]])
}

impl<'a> Iterator for Records<'a> {
    type Item = Result<Record<'a>, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        let split = |stream: &'a [u8]| -> Result<(u16, &'a [u8], &'a [u8]), ReadError> {
            let len = u16_at(stream, 2) as usize;
            if stream.len() < len + 4 {
                return Err(damaged("a record runs past the end of the stream"));
            }
            Ok((u16_at(stream, 0), &stream[4..len + 4], &stream[len + 4..]))
        };
        match self.stream.len() {
            0 => return None,
            1..4 => return Some(Err(damaged("the stream ends inside a record header"))),
            _ => {}
        }
        let (typ, data, rest) = match split(self.stream) {
            Ok(parts) => parts,
            Err(e) => return Some(Err(e)),
        };
        self.stream = rest;
        let mut continued = Vec::new();
        while self.stream.len() > 4 && u16_at(self.stream, 0) == CONTINUE {
            match split(self.stream) {
                Ok((_, data, rest)) => {
                    continued.push(data);
                    self.stream = rest;
                }
                Err(e) => return Some(Err(e)),
            }
        }
        Some(Ok(Record { typ, data, continued }))
    }
}

fn damaged(what: &str) -> ReadError {
    limits::damaged_xls(&what)
}

fn need(record: &Record<'_>, len: usize, name: &str) -> Result<(), ReadError> {
    if record.data.len() < len {
        return Err(damaged(&format!("a {name} record is too short ({} bytes, at least {len} expected)", record.data.len())));
    }
    Ok(())
}

/// Appends a record (and its `Continue` records) to `out`.
fn put(out: &mut Vec<u8>, typ: u16, data: &[u8], continued: &[&[u8]]) {
    for (typ, data) in std::iter::once((typ, data)).chain(continued.iter().map(|&c| (CONTINUE, c))) {
        out.extend(typ.to_le_bytes());
        out.extend((data.len() as u16).to_le_bytes());
        out.extend(data);
    }
}

/// The number formats of the workbook, as far as they matter: whether each `XF` (cell format)
/// shows numbers as percentages.
#[derive(Default)]
struct Formats {
    /// `ifmt` of each XF, in order (a cell names its XF by index).
    xf_formats: Vec<u16>,
    /// The workbook's own formats: whether each shows a percentage.
    percent_formats: HashMap<u16, bool>,
}

impl Formats {
    fn percent(&self, xf: u16) -> bool {
        self.xf_formats.get(xf as usize).is_some_and(|ifmt| match self.percent_formats.get(ifmt) {
            Some(&percent) => percent,
            // The built-in formats `0%` and `0.00%`.
            None => matches!(ifmt, 9 | 10),
        })
    }
}

/// Checks the workbook stream and rebuilds it for calamine.
pub fn check(stream: &[u8]) -> Result<Checked, ReadError> {
    let mut records = Records { stream };
    let mut out = Vec::with_capacity(stream.len().min(1 << 20));
    let mut formats = Formats::default();
    let mut biff8 = true;
    // For each sheet: its position in `stream`, where its position is written in `out`, its name.
    let mut sheets: Vec<(usize, usize, String)> = Vec::new();
    let mut first = true;
    let mut globals_end = stream.len();
    while let Some(record) = records.next() {
        let r = record?;
        if first && r.typ != BOF {
            return Err(damaged("the workbook stream does not start with a BOF record"));
        }
        first = false;
        match r.typ {
            BOF => {
                need(&r, 2, "BOF")?;
                let version = u16_at(r.data, 0);
                let kind = if r.data.len() >= 4 { u16_at(r.data, 2) } else { 0 };
                biff8 = !(version == 0x0500 || version == 0 && kind == 0x1000);
            }
            FILE_PASS => return Err(limits::encrypted_xls()),
            CODE_PAGE | DATE_MODE => need(&r, 2, "CodePage or DateMode")?,
            FORMAT => {
                if r.data.len() >= 2 {
                    let code = format_code(&r.data[2..], biff8);
                    formats.percent_formats.insert(u16_at(r.data, 0), is_percent_format(&code));
                }
            }
            XF => {
                need(&r, 4, "XF")?;
                formats.xf_formats.push(u16_at(r.data, 2));
            }
            BOUND_SHEET => {
                need(&r, 6, "BoundSheet8")?;
                let at = out.len() + 4;
                sheets.push((u32_at(r.data, 0) as usize, at, sheet_name(&r.data[6..], biff8)));
            }
            SST => check_sst(&r)?,
            EOF => {}
            _ => continue,
        }
        put(&mut out, r.typ, r.data, &r.continued);
        if r.typ == EOF {
            globals_end = stream.len() - records.stream.len();
            break;
        }
    }
    if first {
        return Err(damaged("the workbook stream is empty"));
    }
    if globals_end == stream.len() {
        put(&mut out, EOF, &[], &[]);
    }

    // Each sheet from its position up to the next sheet's (or the end of the stream): a sheet's
    // records are read once, and no more bytes are read than the stream has.
    let mut starts: Vec<usize> = sheets.iter().map(|&(pos, _, _)| pos).collect();
    starts.sort_unstable();
    if starts.windows(2).any(|w| w[0] == w[1]) || starts.first().is_some_and(|&s| s < globals_end) || starts.last().is_some_and(|&s| s > stream.len()) {
        return Err(damaged("the sheets' positions overlap each other or the workbook records"));
    }
    let mut checked = Checked::default();
    let mut bodies = Vec::with_capacity(sheets.len());
    let mut counts = Counts::default();
    for (pos, _, name) in &sheets {
        let end = starts.get(starts.partition_point(|&s| s <= *pos)).copied().unwrap_or(stream.len());
        let (body, extras) = check_sheet(&stream[*pos..end], name, &formats, &mut counts)?;
        bodies.push(body);
        checked.sheets.push(extras);
    }
    for ((_, at, _), body) in sheets.iter().zip(&bodies) {
        let start = out.len() as u32;
        out[*at..*at + 4].copy_from_slice(&start.to_le_bytes());
        out.extend(body);
    }
    checked.stream = out;
    Ok(checked)
}

/// The cells of the workbook so far, against [`MAX_CELLS`], and the area of the sheets' used
/// ranges, against [`MAX_GRID_CELLS`].
#[derive(Default)]
struct Counts {
    cells: usize,
    grid: u64,
}

/// A sheet's used range, as calamine will span it.
#[derive(Default)]
struct Span {
    first: Option<(u32, u32)>,
    last: (u32, u32),
}

impl Span {
    fn add(&mut self, row: u32, column: u32) {
        let first = self.first.get_or_insert((row, column));
        *first = (first.0.min(row), first.1.min(column));
        self.last = (self.last.0.max(row), self.last.1.max(column));
    }

    fn area(&self) -> u64 {
        self.first.map_or(0, |(row, column)| (self.last.0 - row + 1) as u64 * (self.last.1 - column + 1) as u64)
    }
}

/// One sheet as it is checked: what calamine will be given, and what it is not.
struct Sheet<'f> {
    out: Vec<u8>,
    extras: SheetExtras,
    span: Span,
    formats: &'f Formats,
}

impl Sheet<'_> {
    /// A cell that calamine will read; `xf`: its cell format, when it holds a number. A column
    /// past the last a sheet has is damage (and would make a row of thousands of empty cells).
    fn cell(&mut self, row: u16, column: u16, xf: Option<u16>, counts: &mut Counts) -> Result<(), ReadError> {
        let (row, column) = (row as u32, column as u32);
        if column >= COLUMNS {
            return Err(damaged(&format!("a cell lies in column {}, past the last column (IV)", column + 1)));
        }
        self.span.add(row, column);
        if xf.is_some_and(|xf| self.formats.percent(xf)) {
            self.extras.percent.insert((row, column));
        }
        counts.cells += 1;
        if counts.cells > MAX_CELLS {
            return Err(limits::too_many_cells());
        }
        Ok(())
    }
}

/// The most columns a sheet has (BIFF5 and BIFF8: A to IV).
const COLUMNS: u32 = 256;

/// Checks and rebuilds one sheet's records, from its `BOF` to its `EOF`, leaving out the
/// substreams inside it (an embedded chart's), as calamine does.
fn check_sheet(stream: &[u8], name: &str, formats: &Formats, counts: &mut Counts) -> Result<(Vec<u8>, SheetExtras), ReadError> {
    let mut sheet = Sheet { out: Vec::new(), extras: SheetExtras::default(), span: Span::default(), formats };
    let mut merges = 0usize;
    let mut depth = 0usize;
    // Where calamine puts a `String` record's text: the cell of the formula before it.
    let mut formula_cell = (0u16, 0u16);
    let mut hidden_columns = Vec::new();
    for (i, record) in (Records { stream }).enumerate() {
        let r = record?;
        if i == 0 && r.typ != BOF {
            return Err(damaged("a sheet does not start with a BOF record"));
        }
        if depth > 0 {
            match r.typ {
                BOF => depth += 1,
                EOF => depth -= 1,
                _ => {}
            }
            continue;
        }
        match r.typ {
            BOF if i > 0 => {
                depth += 1;
                continue;
            }
            BOF => {}
            EOF => break,
            NUMBER => {
                need(&r, 14, "Number")?;
                sheet.cell(u16_at(r.data, 0), u16_at(r.data, 2), Some(u16_at(r.data, 4)), counts)?;
            }
            RK => {
                need(&r, 10, "RK")?;
                sheet.cell(u16_at(r.data, 0), u16_at(r.data, 2), Some(u16_at(r.data, 4)), counts)?;
            }
            MUL_RK => {
                need(&r, 6, "MulRk")?;
                let (row, first, last) = (u16_at(r.data, 0), u16_at(r.data, 2), u16_at(r.data, r.data.len() - 2));
                if last < first || r.data.len() != 6 + 6 * (last as usize - first as usize + 1) {
                    return Err(damaged("a MulRk record's columns do not match its length"));
                }
                for (i, column) in (first..=last).enumerate() {
                    sheet.cell(row, column, Some(u16_at(r.data, 4 + 6 * i)), counts)?;
                }
            }
            LABEL | RSTRING => {
                need(&r, 6, "Label")?;
                sheet.cell(u16_at(r.data, 0), u16_at(r.data, 2), None, counts)?;
            }
            LABEL_SST => {
                need(&r, 10, "LabelSst")?;
                sheet.cell(u16_at(r.data, 0), u16_at(r.data, 2), None, counts)?;
            }
            BOOL_ERR => {
                need(&r, 8, "BoolErr")?;
                sheet.cell(u16_at(r.data, 0), u16_at(r.data, 2), None, counts)?;
            }
            FORMULA => {
                need(&r, 20, "Formula")?;
                formula_cell = (u16_at(r.data, 0), u16_at(r.data, 2));
                // The cached value is a number unless its last two bytes are FF FF.
                let number = u16_at(r.data, 12) != 0xFFFF;
                sheet.cell(formula_cell.0, formula_cell.1, number.then(|| u16_at(r.data, 4)), counts)?;
                // The value, and an empty formula in place of its tokens (not read).
                let mut data = r.data[..20].to_vec();
                data.extend([0, 0]);
                put(&mut sheet.out, FORMULA, &data, &[]);
                continue;
            }
            STRING => sheet.cell(formula_cell.0, formula_cell.1, None, counts)?,
            MERGE_CELLS => {
                need(&r, 2, "MergeCells")?;
                let count = u16_at(r.data, 0) as usize;
                if r.data.len() < 2 + 8 * count {
                    return Err(damaged("a MergeCells record is shorter than its count of ranges"));
                }
                merges += count;
                if merges > MAX_MERGES {
                    return Err(limits::too_many_merges(name));
                }
            }
            ROW => {
                if r.data.len() >= 14 && u16_at(r.data, 12) & 0x0020 != 0 {
                    sheet.extras.hidden.rows.insert(u16_at(r.data, 0) as u32);
                }
                continue;
            }
            COL_INFO => {
                if r.data.len() >= 10 && u16_at(r.data, 8) & 0x0001 != 0 {
                    let (first, last) = (u16_at(r.data, 0) as u32, u16_at(r.data, 2) as u32);
                    if first.min(last) < COLUMNS {
                        hidden_columns.push((first.min(last), first.max(last).min(COLUMNS - 1)));
                    }
                }
                continue;
            }
            _ => continue,
        }
        put(&mut sheet.out, r.typ, r.data, &r.continued);
    }
    if sheet.out.is_empty() {
        return Err(damaged("a sheet has no records"));
    }
    put(&mut sheet.out, EOF, &[], &[]);
    counts.grid += sheet.span.area();
    if counts.grid > MAX_GRID_CELLS {
        return Err(limits::too_large_grid());
    }
    // Hidden columns as disjoint ranges, so that looking a cell up takes at most 128 steps.
    hidden_columns.sort_unstable();
    for (first, last) in hidden_columns {
        match sheet.extras.hidden.columns.last_mut() {
            Some((_, end)) if first <= *end + 1 => *end = (*end).max(last),
            _ => sheet.extras.hidden.columns.push((first, last)),
        }
    }
    Ok((sheet.out, sheet.extras))
}

/// Checks the shared strings as calamine reads them (`parse_sst`, `read_rich_extended_string`):
/// each string's header, its characters across `Continue` records (each of which starts with a
/// byte of flags), its formatting runs and phonetic data.
fn check_sst(r: &Record<'_>) -> Result<(), ReadError> {
    need(r, 8, "SST")?;
    let short = || damaged("a shared string is cut short");
    let mut data = &r.data[8..];
    let mut continued = r.continued.iter();
    loop {
        if data.is_empty() {
            match continued.next() {
                Some(next) => data = next,
                None => return Ok(()),
            }
            if data.is_empty() {
                continue;
            }
        }
        if data.len() < 3 {
            return Err(short());
        }
        let (mut chars, flags) = (u16_at(data, 0) as usize, data[2]);
        data = &data[3..];
        let mut skip = 0usize;
        if flags & 0x08 != 0 {
            if data.len() < 2 {
                return Err(short());
            }
            skip += u16_at(data, 0) as usize * 4;
            data = &data[2..];
        }
        if flags & 0x04 != 0 {
            if data.len() < 4 {
                return Err(short());
            }
            // calamine reads the length of the phonetic data as a signed number.
            skip = skip.saturating_add(u32_at(data, 0) as i32 as usize);
            data = &data[4..];
        }
        let mut wide = flags & 0x01 != 0;
        while chars > 0 {
            let available = if wide { data.len() / 2 } else { data.len() };
            let n = available.min(chars);
            data = &data[if wide { 2 * n } else { n }..];
            chars -= n;
            if chars > 0 {
                match continued.next() {
                    Some(next) if !next.is_empty() => {
                        wide = next[0] & 0x01 != 0;
                        data = &next[1..];
                    }
                    _ => return Err(short()),
                }
            }
        }
        while skip > 0 {
            if data.is_empty() {
                data = continued.next().ok_or_else(short)?;
            }
            let n = skip.min(data.len());
            data = &data[n..];
            skip -= n;
        }
    }
}

/// A `Format` record's format code (after its index): an `XLUnicodeString` in BIFF8, a byte
/// string before. Only ASCII matters here (`%`, quotes, escapes).
fn format_code(data: &[u8], biff8: bool) -> String {
    if biff8 {
        if data.len() < 3 {
            return String::new();
        }
        text(&data[3..], u16_at(data, 0) as usize, data[2] & 0x01 != 0)
    } else {
        let Some((&len, rest)) = data.split_first() else { return String::new() };
        rest.iter().take(len as usize).map(|&b| b as char).collect()
    }
}

/// A `BoundSheet8` record's sheet name (after its position and flags), for messages.
fn sheet_name(data: &[u8], biff8: bool) -> String {
    match (biff8, data) {
        (true, &[len, flags, ref rest @ ..]) => text(rest, len as usize, flags & 0x01 != 0),
        (false, &[len, ref rest @ ..]) => String::from_utf8_lossy(&rest[..rest.len().min(len as usize)]).into_owned(),
        _ => String::new(),
    }
}

/// `chars` characters of BIFF8 text: UTF-16LE, or its low bytes only.
fn text(data: &[u8], chars: usize, wide: bool) -> String {
    if wide {
        let units: Vec<u16> = data.chunks_exact(2).take(chars).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        String::from_utf16_lossy(&units)
    } else {
        data.iter().take(chars).map(|&b| b as char).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        put(&mut out, typ, data, &[]);
        out
    }

    /// A workbook stream: the workbook's records, then one sheet of `body` records.
    fn stream(globals: &[Vec<u8>], body: &[Vec<u8>]) -> Vec<u8> {
        let mut head: Vec<u8> = record(BOF, &[0, 6, 5, 0]);
        head.extend(globals.concat());
        let bound = |pos: u32| record(BOUND_SHEET, &[&pos.to_le_bytes()[..], &[0, 0, 1, 0, b'A']].concat());
        let eof = record(EOF, &[]);
        let pos = (head.len() + bound(0).len() + eof.len()) as u32;
        let mut out = [head, bound(pos), eof, record(BOF, &[0, 6, 0x10, 0])].concat();
        out.extend(body.concat());
        out.extend(record(EOF, &[]));
        out
    }

    fn number(row: u16, column: u16, xf: u16) -> Vec<u8> {
        record(NUMBER, &[&row.to_le_bytes()[..], &column.to_le_bytes(), &xf.to_le_bytes(), &1.5f64.to_le_bytes()].concat())
    }

    #[test]
    fn hidden_rows_columns_and_percent_cells_are_read() {
        let globals = [record(XF, &[0, 0, 0, 0]), record(XF, &[0, 0, 10, 0]), record(XF, &[0, 0, 164, 0]), record(FORMAT, &[164, 0, 4, 0, 0, b'0', b'.', b'0', b'%'])];
        let mut row = vec![0u8; 16];
        row[0] = 3;
        row[12] = 0x20;
        let col_info = [2, 0, 4, 0, 0, 0, 0, 0, 1, 0, 0, 0];
        let body = [number(0, 0, 0), number(1, 0, 1), number(2, 1, 2), record(ROW, &row), record(COL_INFO, &col_info)];
        let checked = check(&stream(&globals, &body)).expect("checks");
        let sheet = &checked.sheets[0];
        assert_eq!(sheet.hidden.rows.iter().copied().collect::<Vec<_>>(), [3]);
        assert_eq!(sheet.hidden.columns, [(2, 4)]);
        let mut percent: Vec<_> = sheet.percent.iter().copied().collect();
        percent.sort();
        assert_eq!(percent, [(1, 0), (2, 1)]);
        assert!(!checked.stream.windows(4).any(|w| w == [0x08, 0x02, 16, 0]), "no Row record for calamine");
    }

    /// Records that calamine would index past their end are errors here.
    #[test]
    fn short_records_are_errors() {
        for body in [record(MERGE_CELLS, &[5, 0, 0, 0]), record(MUL_RK, &[0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 4, 0]), record(NUMBER, &[0; 8])] {
            let e = check(&stream(&[], &[body])).expect_err("damaged");
            assert!(e.to_string().contains(".xls"), "{e}");
        }
        let e = check(&stream(&[record(BOUND_SHEET, &[0, 0])], &[])).expect_err("damaged");
        assert!(e.to_string().contains("BoundSheet8"), "{e}");
        let sst = [&[0u8; 8][..], &[5, 0, 0x08]].concat();
        assert!(check(&stream(&[record(SST, &sst)], &[])).is_err(), "a rich string without its run count");
        assert!(check(&stream(&[record(FILE_PASS, &[1, 0])], &[])).expect_err("encrypted").to_string().contains("password"));
    }

    /// Two cells far apart would make calamine hold a grid of all the cells between them.
    #[test]
    fn a_sparse_sheet_too_large_a_grid_is_refused() {
        let e = check(&stream(&[], &[number(0, 0, 0), number(65535, 255, 0)])).expect_err("too large");
        assert!(e.to_string().contains(&MAX_GRID_CELLS.to_string()), "{e}");
        assert!(check(&stream(&[], &[number(0, 0, 0), number(9999, 255, 0)])).is_ok());
        let e = check(&stream(&[], &[number(0, 256, 0)])).expect_err("past IV");
        assert!(e.to_string().contains("column 257"), "{e}");
    }

    #[test]
    fn continued_strings_are_followed() {
        // Two strings, the second split over a Continue record that switches to UTF-16.
        let sst = [&[0u8; 8][..], &[2, 0, 0, b'a', b'b', 3, 0, 0, b'c']].concat();
        let mut globals = Vec::new();
        put(&mut globals, SST, &sst, &[&[1, b'd', 0, b'e', 0]]);
        assert!(check(&stream(&[globals], &[])).is_ok());
        let mut cut = Vec::new();
        put(&mut cut, SST, &sst, &[&[1, b'd', 0]]);
        assert!(check(&stream(&[cut], &[])).is_err());
    }
}
