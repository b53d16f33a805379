//! Writes the workbook fixtures of `tests/fixtures/xlsx/` (see its README): the 2026 budget of a
//! fictional department, 上海市普陀区示例管理局, laid out as the Shanghai 普陀区 template lays it out,
//!
//! - `shili-2026-sheets.xlsx`: one part per sheet (封面, 目录, the narrative parts, the nine
//!   tables, 其他相关情况说明, 项目经费情况说明), as a budget system exports them;
//! - `shili-2026-one-sheet.xlsx`: the whole document on one sheet, every part under the one before
//!   on a common grid of columns (a table's wide columns are merged cells of it), a page break
//!   before each part, as WPS prints such a workbook.
//!
//! Totals are formulas with their cached values; amounts are formatted `#,##0.00`.
//!
//! - `cases.xlsx`: a small workbook of what a reader must keep from cell to text (numbers as
//!   stored, percentages, a date, formulas by their cached values, a merged range, hidden rows,
//!   columns and a hidden sheet), saved again as `.xls` to test the legacy reader against it.
//!
//! ```sh
//! cargo run -p yusuan-read --example make_workbook_fixtures
//! ```

mod budget;

use budget::{Narrative, Part, Table, V};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Workbook, Worksheet, XlsxError};
use std::path::PathBuf;

/// The columns of the one-sheet grid: 类, 款, 项 narrow, the name wide, then seven amounts.
const GRID_WIDTHS: [f64; 11] = [6.0, 6.0, 6.0, 26.0, 14.0, 14.0, 14.0, 14.0, 14.0, 14.0, 14.0];

/// The width of a CJK character, in the units of a column's width.
const CJK_WIDTH: f64 = 2.2;

/// The points a line of 11-point text takes in a row.
const LINE_HEIGHT: f64 = 16.0;

fn main() -> Result<(), XlsxError> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/xlsx");
    let parts = budget::document();
    let formats = Formats::new();

    let mut book = workbook()?;
    for part in &parts {
        let sheet = book.add_worksheet();
        // Landscape, as the template prints every part.
        sheet.set_paper_size(9).set_landscape().set_print_fit_to_pages(1, 0);
        match part {
            Part::Narrative(n) => {
                sheet.set_name(n.sheet)?;
                sheet.set_column_width(0, 90.0)?;
                write_narrative(sheet, n, 0, (0, 0), 90.0, &formats)?;
            }
            Part::Table(t) => {
                sheet.set_name(t.sheet)?;
                for (c, &w) in t.widths.iter().enumerate() {
                    sheet.set_column_width(c as u16, w)?;
                }
                let columns: Vec<(u16, u16)> = (0..t.widths.len() as u16).map(|c| (c, c)).collect();
                write_table(sheet, t, 0, &columns, &formats)?;
            }
        }
    }
    book.save(dir.join("shili-2026-sheets.xlsx"))?;

    let mut book = workbook()?;
    let sheet = book.add_worksheet();
    sheet.set_name("部门预算")?.set_paper_size(9).set_landscape().set_print_fit_to_pages(1, 0);
    for (c, &w) in GRID_WIDTHS.iter().enumerate() {
        sheet.set_column_width(c as u16, w)?;
    }
    let full = (0, GRID_WIDTHS.len() as u16 - 1);
    let mut row = 0;
    let mut breaks = Vec::new();
    for part in &parts {
        if row > 0 {
            breaks.push(row);
        }
        row = match part {
            Part::Narrative(n) => write_narrative(sheet, n, row, full, GRID_WIDTHS.iter().sum(), &formats)?,
            Part::Table(t) => write_table(sheet, t, row, &grid_columns(&t.spans), &formats)?,
        };
    }
    sheet.set_page_breaks(&breaks)?;
    book.save(dir.join("shili-2026-one-sheet.xlsx"))?;

    cases()?.save(dir.join("cases.xlsx"))?;
    Ok(())
}

/// `cases.xlsx`: one sheet for each thing a reader must keep, in the order of the tests of
/// `crates/yusuan-read/tests/xlsx.rs`.
fn cases() -> Result<Workbook, XlsxError> {
    const TITLE: &str = "2026年部门支出预算总表";
    let mut book = workbook()?;
    let numbers = book.add_worksheet().set_name("数字")?;
    numbers.write_string(0, 0, TITLE)?;
    numbers.write_string(1, 0, "单位：元")?;
    numbers.write_string(2, 0, "行政运行")?;
    numbers.write_number_with_format(2, 1, 96282213.44, &Format::new().set_num_format("#,##0"))?;
    numbers.write_number(2, 2, 1149678.0)?;
    numbers.write_formula(2, 3, Formula::new("=0.1+0.2").set_result("0.30000000000000004"))?;
    numbers.write_number_with_format(2, 4, 0.0523, &Format::new().set_num_format("0.0%"))?;
    numbers.write_number_with_format(2, 5, 0.125, &Format::new().set_num_format("0.00%"))?;
    numbers.write_datetime_with_format(2, 6, &ExcelDateTime::from_ymd(2026, 1, 15)?, &Format::new().set_num_format("yyyy-mm-dd"))?;
    numbers.write_string(3, 0, "合计")?;
    numbers.write_formula(3, 1, Formula::new("=B3+C3").set_result("97431891.44"))?;

    let merged = book.add_worksheet().set_name("合并")?;
    merged.write_string(0, 0, TITLE)?;
    merged.write_string(1, 0, "项目")?;
    merged.merge_range(1, 1, 1, 3, "支出预算", &Format::new())?;
    // Some programs write a merged range's text into every cell of it.
    merged.write_string(1, 2, "支出预算")?.write_string(1, 3, "支出预算")?;
    merged.write_row(2, 0, ["科目名称", "合计", "基本支出", "项目支出"])?;

    let hiding = book.add_worksheet().set_name("支出总表")?;
    hiding.write_string(0, 0, TITLE)?;
    hiding.write_row(1, 0, ["科目名称", "合计", "备注（隐藏列）", "基本支出"])?;
    hiding.write_row(2, 0, ["行政运行", "100.00", "校验", "100.00"])?;
    hiding.write_row(3, 0, ["隐藏的行", "7.00", "", "7.00"])?;
    hiding.set_row_hidden(3)?;
    hiding.set_column_hidden(2)?;
    hiding.set_column_range_hidden(10, 20)?;

    let hidden = book.add_worksheet().set_name("底稿")?;
    hidden.write_string(0, 0, "测算底稿")?;
    hidden.set_hidden(true);
    Ok(book)
}

/// A workbook with fixed properties, so that writing it again gives the same file.
fn workbook() -> Result<Workbook, XlsxError> {
    let mut book = Workbook::new();
    let properties = DocProperties::new().set_author("yusuan").set_creation_datetime(&ExcelDateTime::from_ymd(2026, 1, 15)?);
    book.set_properties(&properties);
    Ok(book)
}

/// Each column's first and last grid column, from how many grid columns each takes.
fn grid_columns(spans: &[u16]) -> Vec<(u16, u16)> {
    let mut start = 0;
    spans
        .iter()
        .map(|&span| {
            let range = (start, start + span - 1);
            start += span;
            range
        })
        .collect()
}

struct Formats {
    title: Format,
    line: Format,
    unit: Format,
    header: Format,
    text: Format,
    code: Format,
    amount: Format,
    paragraph: Format,
}

impl Formats {
    fn new() -> Self {
        let base = Format::new().set_font_name("宋体").set_font_size(11).set_align(FormatAlign::VerticalCenter);
        let cell = base.clone().set_border(FormatBorder::Thin);
        Formats {
            title: base.clone().set_font_name("黑体").set_font_size(16).set_bold().set_align(FormatAlign::Center),
            line: base.clone(),
            unit: base.clone().set_align(FormatAlign::Right),
            header: cell.clone().set_bold().set_align(FormatAlign::Center).set_text_wrap(),
            text: cell.clone(),
            code: cell.clone().set_align(FormatAlign::Center),
            amount: cell.set_num_format("#,##0.00"),
            paragraph: base.set_text_wrap().set_align(FormatAlign::Left),
        }
    }
}

/// Writes text into the cells from `first` to `last` of a row, merged when they are several.
fn put_text(sheet: &mut Worksheet, row: u32, (first, last): (u16, u16), text: &str, format: &Format) -> Result<(), XlsxError> {
    if first == last {
        sheet.write_string_with_format(row, first, text, format)?;
    } else {
        sheet.merge_range(row, first, row, last, text, format)?;
    }
    Ok(())
}

/// A narrative part from `row`, each line in the cells `columns` (`width` wide together); the
/// first line is the title. Returns the row after it.
fn write_narrative(sheet: &mut Worksheet, part: &Narrative, row: u32, columns: (u16, u16), width: f64, f: &Formats) -> Result<u32, XlsxError> {
    let mut row = row;
    for (n, line) in part.lines.iter().enumerate() {
        let format = if n == 0 { &f.title } else { &f.paragraph };
        put_text(sheet, row, columns, line, format)?;
        let per_line = (width / CJK_WIDTH).floor();
        let lines = (line.chars().count() as f64 / per_line).ceil().max(1.0);
        sheet.set_row_height(row, if n == 0 { 30.0 } else { lines * LINE_HEIGHT + 6.0 })?;
        row += 1;
    }
    Ok(row + 1)
}

/// A table from `row`: title, unit line, header and body, each of its columns on the sheet's
/// columns `columns`. Returns the row after it.
fn write_table(sheet: &mut Worksheet, t: &Table, row: u32, columns: &[(u16, u16)], f: &Formats) -> Result<u32, XlsxError> {
    let last = columns.last().expect("columns").1;
    put_text(sheet, row, (0, last), &t.title, &f.title)?;
    sheet.set_row_height(row, 30.0)?;
    // Not merged: the text runs on over the empty cells to its right.
    sheet.write_string_with_format(row + 1, 0, format!("编制部门：{}", budget::UNIT_NAME), &f.line)?;
    sheet.write_string_with_format(row + 1, last, t.unit, &f.unit)?;
    let header_top = row + 2;
    for h in &t.header {
        let (top, bottom) = (header_top + h.rows.0 as u32, header_top + h.rows.1 as u32);
        let (first, end) = (columns[h.columns.0].0, columns[h.columns.1].1);
        if (top, first) == (bottom, end) {
            sheet.write_string_with_format(top, first, h.text, &f.header)?;
        } else {
            sheet.merge_range(top, first, bottom, end, h.text, &f.header)?;
        }
    }
    for r in 0..t.header_rows as u32 {
        sheet.set_row_height(header_top + r, 30.0)?;
    }
    let body_top = header_top + t.header_rows as u32;
    for (r, cells) in t.body.iter().enumerate() {
        let row = body_top + r as u32;
        sheet.set_row_height(row, 20.0)?;
        let mut c = 0;
        while c < cells.len() {
            let span = match &cells[c] {
                V::Wide(_, n) => *n,
                _ => 1,
            };
            let place = (columns[c].0, columns[c + span - 1].1);
            write_cell(sheet, t, row, place, r, c, body_top, columns, f)?;
            c += span;
        }
    }
    let mut next = body_top + t.body.len() as u32;
    if let Some(note) = &t.note {
        put_text(sheet, next, (0, last), note, &f.line)?;
        next += 1;
    }
    Ok(next + 1)
}

/// One body cell (`r`, `c`) of a table, in the sheet's cells `place` of `row`.
#[allow(clippy::too_many_arguments)]
fn write_cell(sheet: &mut Worksheet, t: &Table, row: u32, place: (u16, u16), r: usize, c: usize, body_top: u32, columns: &[(u16, u16)], f: &Formats) -> Result<(), XlsxError> {
    let merged = place.0 != place.1;
    let blank = |sheet: &mut Worksheet, format: &Format| -> Result<(), XlsxError> {
        if merged {
            sheet.merge_range(row, place.0, row, place.1, "", format)?;
        } else {
            sheet.write_blank(row, place.0, format)?;
        }
        Ok(())
    };
    match &t.body[r][c] {
        V::Empty => blank(sheet, if c < 3 { &f.code } else { &f.amount })?,
        V::Text(s) | V::Wide(s, _) => put_text(sheet, row, place, s, if s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()) { &f.code } else { &f.text })?,
        V::Amount(x) => {
            blank(sheet, &f.amount)?;
            sheet.write_number_with_format(row, place.0, *x as f64 / 100.0, &f.amount)?;
        }
        V::Sum(cells) => {
            let value = sum(t, cells);
            blank(sheet, &f.amount)?;
            if value != 0 {
                let refs: Vec<String> = cells.iter().map(|&(r, c)| cell_ref(body_top + r as u32, columns[c].0)).collect();
                let formula = Formula::new(format!("={}", refs.join("+"))).set_result(budget_number(value));
                sheet.write_formula_with_format(row, place.0, formula, &f.amount)?;
            }
        }
    }
    Ok(())
}

/// The value of a sum of body cells, in hundredths of the unit.
fn sum(t: &Table, cells: &[(usize, usize)]) -> i64 {
    cells
        .iter()
        .map(|&(r, c)| match &t.body[r][c] {
            V::Amount(x) => *x,
            V::Sum(inner) => sum(t, inner),
            _ => 0,
        })
        .sum()
}

/// Hundredths as the decimal a spreadsheet stores: 845632045 → `8456320.45`.
fn budget_number(hundredths: i64) -> String {
    let value = format!("{}.{:02}", hundredths / 100, hundredths % 100);
    value.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// An A1 reference: row 7, column 4 → `E8`.
fn cell_ref(row: u32, column: u16) -> String {
    let mut n = u32::from(column) + 1;
    let mut letters = String::new();
    while n > 0 {
        letters.insert(0, char::from(b'A' + ((n - 1) % 26) as u8));
        n = (n - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}
