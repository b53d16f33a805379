//! The reader's diagnostics are rules too (RD): each fires where the reader could not understand
//! part of a document, and not where the same content is printed plainly.

mod common;
use common::*;
use std::path::PathBuf;
use yusuan_check::{check, Selection};

/// An expense table by function class, its cells split by `sep`; `row` is the 行政运行 row.
fn expense_table(sep: &str, row: &str) -> String {
    let rows = [
        "科目编码 科目名称 合计 基本支出 项目支出",
        row,
        "2101502 一般行政管理事务 50.00  50.00",
        " 合计 150.00 100.00 50.00",
    ];
    let body: Vec<String> = rows.iter().map(|r| r.split(' ').collect::<Vec<_>>().join(sep)).collect();
    format!("2025年部门支出预算表\n单位名称：测试县医疗保障局\n单位：万元\n{}", body.join("\n"))
}

const ROW: &str = "2101501 行政运行 100.00 100.00 ";

#[test]
fn rd101_a_letter_in_a_figure() {
    assert!(fires("RD101", &codes("", &expense_table("\t", "2101501 行政运行 1OO.00 100.00 "))));
    assert!(!fires("RD101", &codes("", &expense_table("\t", ROW))));
}

#[test]
fn rd102_and_rd106_empty_cells_lost_between_single_spaces() {
    // In tabs the empty cells keep their place; between single spaces they are gone.
    let spaced = codes("", &expense_table(" ", ROW).replace("  ", " "));
    assert!(fires("RD102", &spaced) && fires("RD106", &spaced));
    let tabbed = codes("", &expense_table("\t", ROW));
    assert!(!fires("RD102", &tabbed) && !fires("RD106", &tabbed));
}

#[test]
fn rd103_a_figure_whose_subject_is_unknown() {
    assert!(fires("RD103", &codes("按照不低于5%压减一般性项目支出。", "")));
    assert!(!fires("RD103", &codes("基本支出60.00万元。", "")));
}

#[test]
fn rd104_a_title_with_nothing_under_it() {
    let empty = format!("2025年政府性基金预算支出表\n单位：万元\n\n{SUMMARY}");
    assert!(fires("RD104", &codes("", &empty)));
    assert!(!fires("RD104", &codes("", SUMMARY)));
}

#[test]
fn rd105_a_table_without_its_money_unit() {
    assert!(fires("RD105", &codes("", &SUMMARY.replace("单位：万元\n", ""))));
    assert!(!fires("RD105", &codes("", SUMMARY)));
}

/// The codes of the reader's rules on a corpus document.
fn reader_codes(document: &str) -> Vec<&'static str> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/corpus").join(document);
    let bytes = std::fs::read(&path).expect("corpus document");
    let reading = yusuan_read::read_bytes(&bytes).expect("reads");
    let selection = Selection { select: vec!["RD".to_string()], ..Selection::default() };
    check(&reading, &selection).into_iter().map(|f| f.code).collect()
}

#[test]
fn rd107_and_rd108_single_space_tables_placed_by_their_template() {
    // luanchuan-2025 prints its tables between single spaces; luolong-2021 in tab-separated cells.
    let spaced = reader_codes("luanchuan-2025.txt");
    assert!(fires("RD107", &spaced) && fires("RD108", &spaced));
    let tabbed = reader_codes("luolong-2021.txt");
    assert!(!fires("RD107", &tabbed) && !fires("RD108", &tabbed));
}

#[test]
fn rd109_two_columns_under_one_header() {
    // luanchuan-2020's income table prints 一般公共预算 over unnamed sub-columns.
    assert!(fires("RD109", &reader_codes("luanchuan-2020.txt")));
    assert!(!fires("RD109", &reader_codes("luanchuan-2025.txt")));
}
