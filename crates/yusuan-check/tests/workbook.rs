//! Workbooks: the fixtures of `tests/fixtures/xlsx/` (a consistent budget, as a workbook, as the
//! legacy .xls saved from it and as the PDF printed from it) check clean but for the reader's
//! notes, and a row hidden in a workbook is noted (RD110) where a total still counts it.

use rust_xlsxwriter::{Workbook, XlsxError};
use std::path::PathBuf;
use yusuan_check::{check, Selection};

fn codes(bytes: &[u8], selection: &Selection) -> Vec<&'static str> {
    let reading = yusuan_read::read_bytes(bytes).expect("reads");
    check(&reading, selection).into_iter().map(|f| f.code).collect()
}

#[test]
fn the_workbook_fixtures_and_their_pdfs_check_clean() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/xlsx");
    let not_reader = Selection { ignore: vec!["RD".to_string()], ..Selection::default() };
    for name in [
        "shili-2026-sheets.xlsx",
        "shili-2026-sheets.xls",
        "shili-2026-sheets.pdf",
        "shili-2026-one-sheet.xlsx",
        "shili-2026-one-sheet.xls",
        "shili-2026-one-sheet.pdf",
    ] {
        let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(codes(&bytes, &not_reader), Vec::<&str>::new(), "{name}");
    }
}

/// An expense table whose 一般行政管理事务 row is hidden (or not) while the 合计 counts it.
fn expense_workbook(hide: bool) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("部门支出总表")?;
    sheet.write_string(0, 0, "2026年部门支出预算总表")?;
    sheet.write_string(1, 0, "编制部门：上海市普陀区示例管理局")?;
    sheet.write_string(1, 4, "单位：元")?;
    sheet.write_row(2, 0, ["科目编码", "科目名称", "合计", "基本支出", "项目支出"])?;
    sheet.write_row(3, 0, ["2010301", "行政运行"])?.write_row(3, 2, [1000.0, 1000.0])?;
    sheet.write_row(4, 0, ["2010302", "一般行政管理事务"])?.write_number(4, 2, 500.0)?.write_number(4, 4, 500.0)?;
    sheet.write_string(5, 1, "合计")?.write_row(5, 2, [1500.0, 1000.0, 500.0])?;
    if hide {
        sheet.set_row_hidden(4)?;
    }
    book.save_to_buffer()
}

#[test]
fn rd110_a_hidden_row_that_the_total_still_counts() {
    let selection = Selection { select: vec!["RD110".to_string(), "AR103".to_string()], ..Selection::default() };
    let hidden = codes(&expense_workbook(true).expect("writes"), &selection);
    assert!(hidden.contains(&"RD110") && hidden.contains(&"AR103"), "{hidden:?}");
    assert_eq!(codes(&expense_workbook(false).expect("writes"), &selection), Vec::<&str>::new());
}
