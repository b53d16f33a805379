//! Templates of other provinces read by their general shapes (`../shared/corpus/national/`,
//! beside the checkout; each test says it was skipped when the folder is absent): codes printed
//! with their names, serial columns, tables that go on over pages.

mod common;

use yusuan_model::TableKind;
use yusuan_read::Reading;

fn national(path: &str) -> Option<Reading> {
    let (folder, name) = path.split_once('/').expect("city/file");
    let bytes = common::shared_corpus(&format!("national/{folder}"), name)?;
    Some(yusuan_read::read_bytes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}")))
}

/// Beijing's 支出总表 prints `2010801-行政运行 | 50101-工资奖金津补贴 | 30101-基本工资` (p3): each
/// row keeps its three codes and the name printed beside each.
#[test]
fn codes_printed_with_their_names_keep_both() {
    let Some(r) = national("beijing/beijing-beijing-audit-2026-tables.pdf") else { return };
    let table = r.document.tables.iter().find(|t| t.kind == TableKind::Expense).expect("the 支出总表");
    let row = &table.rows[0];
    assert_eq!(row.codes.function.as_deref(), Some("2010801"));
    assert_eq!(row.codes.econ_gov.as_deref(), Some("50101"));
    assert_eq!(row.codes.econ_dept.as_deref(), Some("30101"));
    assert_eq!(row.name_of("50101"), Some("工资奖金津补贴"));
    assert_eq!(row.name_of("30101"), Some("基本工资"));
}

/// Xi'an (2022, p46) numbers its rows in a 序号 column before the code: `2 | 205 | 教育支出`. The
/// number is neither the code nor a figure.
#[test]
fn a_serial_column_is_neither_code_nor_figure() {
    let Some(r) = national("xian/shaanxi-xian-science-2022-budget.pdf") else { return };
    let table = r.document.tables.iter().find(|t| t.title.contains("一般公共预算支出明细表（按功能科目分）")).expect("the table");
    let education = table.rows.iter().find(|row| row.label == "教育支出").expect("教育支出");
    assert_eq!(education.codes.function.as_deref(), Some("205"));
    assert_eq!(education.codes.unit, None);
    assert!(table.columns.iter().all(|c| c.header.last().map(String::as_str) != Some("序号")));
}

/// Yantai's 收入总体情况表 goes on from p7 to p8 under its title and header again: one table,
/// whose 合计 is the sum of all its classes.
#[test]
fn a_table_printed_again_over_a_page_is_one_table() {
    let Some(r) = national("yantai/shandong-yantai-xinfang-2026-budget.pdf") else { return };
    let income: Vec<_> = r.document.tables.iter().filter(|t| t.kind == TableKind::Income).collect();
    assert_eq!(income.len(), 1, "{:?}", income.iter().map(|t| &t.title).collect::<Vec<_>>());
    let classes: Vec<&str> = income[0].rows.iter().filter_map(|row| row.codes.function.as_deref().filter(|c| c.len() == 3)).collect();
    assert_eq!(classes, ["201", "205", "208", "210", "221"], "the classes of both pages");
}

/// Jiangsu's empty 国有资本经营 table prints `栏次 | 1 | 2 | 3` under its header: column numbers,
/// not a row of figures.
#[test]
fn a_row_of_column_numbers_is_not_data() {
    let Some(r) = national("wuxi/jiangsu-wuxi-commerce-2026-budget.pdf") else { return };
    let table = r.document.tables.iter().find(|t| t.kind == TableKind::SoeCapitalExpense).expect("the table");
    assert!(table.rows.iter().all(|row| row.cells.iter().all(Option::is_none)), "{:?}", table.rows);
}

/// Xi'an's 决算 (p154, printed by Excel) draws its cell borders as filled slivers with one slanted
/// end: they rule the table all the same, and each figure stands in its column.
#[test]
fn borders_drawn_as_slanted_slivers_rule_the_table() {
    let Some(r) = national("xian/shaanxi-xian-health-2022-final.pdf") else { return };
    let table = r.document.tables.iter().find(|t| t.title == "一般公共预算财政拨款支出决算表").expect("公开05表");
    let headers: Vec<String> = table.columns.iter().map(|c| c.header.join("/")).collect();
    assert_eq!(headers, ["本年支出/小计", "本年支出/基本支出", "本年支出/项目支出"]);
    let row = table.rows.iter().find(|row| row.codes.function.as_deref() == Some("201")).expect("201");
    let written: Vec<Option<String>> = row.cells.iter().map(|c| c.map(|v| v.written.to_string())).collect();
    assert_eq!(written, [Some("56.00".to_string()), Some("56.00".to_string()), None]);
}

/// Xi'an transport (2022, p78) wraps the 三公 table's title over two lines: `…“三公”经费、` /
/// `会议费、培训费表（不含上年结转）`. It is one title, and the table is found.
#[test]
fn a_title_wrapped_over_two_lines_is_one_title() {
    let Some(r) = national("xian/shaanxi-xian-transport-2022-budget.pdf") else { return };
    let three = r.document.tables.iter().find(|t| t.kind == TableKind::ThreePublic).expect("the 三公 table");
    assert_eq!(three.title, "2022年部门综合预算一般公共预算拨款“三公”经费、会议费、培训费表（不含上年结转）");
}
