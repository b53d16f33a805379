//! Facts from table cells: the concept comes from the row label, else the column header, else
//! the table kind; dimensions from the row's codes and the column's fund and economic class.

use super::period::{self, Period};
use crate::diagnostic;
use std::collections::BTreeSet;
use yusuan_model::{Column, Dims, Fact, FactSource, FactValue, Money, MoneyUnit, ReadDiagnostic, Side, Span, Table, TableKind, TableRow};

/// The concept of a figure whose row and column name none.
fn default_concept(kind: TableKind, side: Side) -> Option<&'static str> {
    use TableKind::*;
    match (kind, side) {
        (IncomeExpenseSummary | FiscalSummary | SoeCapitalExpense, Side::Income) => None,
        (IncomeExpenseSummary | FiscalSummary, _) => Some("expense.current_year"),
        (Income, _) => Some("income.total"),
        (Expense | GeneralBudgetExpense | GovFundExpense | SoeCapitalExpense | EconomicSummary, _) => {
            Some("expense.current_year")
        }
        (FiscalExpense, _) => Some("expense.current_year"),
        (GeneralBudgetBasic | FiscalBasic, _) => Some("expense.basic"),
        (AdminOperation, _) => Some("admin_operation"),
        (ProjectExpense | ProjectPerformance, _) => Some("project.amount"),
        (Procurement, _) => Some("procurement.total"),
        (ThreePublic | StateAssets | DepartmentPerformance, _) => None,
    }
}

/// Every figure of `table` as a fact. Where the header does not tell two columns of a row apart
/// (a merged header cell over unnamed sub-columns), the later ones carry their position as the
/// `column` dimension, and a diagnostic names them.
/// `final_account`: the document is a 决算, whose 预算数 columns hold the budgeted amounts
/// (`….budgeted`) beside the actual ones.
/// `year`: the document's; a column of the year before or of the change states other facts
/// ([`period`]).
pub fn extract(
    index: usize,
    table: &Table,
    unit: MoneyUnit,
    (final_account, year): (bool, Option<u16>),
    facts: &mut Vec<Fact>,
    diags: &mut Vec<ReadDiagnostic>,
) {
    let periods: Vec<Period> = table.columns.iter().map(|c| period::of_column(&c.header, year)).collect();
    let money: Vec<bool> = table.columns.iter().map(|c| !c.header.last().is_some_and(|h| names_no_money(h))).collect();
    let mut unnamed: BTreeSet<usize> = BTreeSet::new();
    for (r, row) in table.rows.iter().enumerate().filter(|(_, row)| !period::spans_years(&row.label)) {
        let row_start = facts.len();
        for (c, cell) in row.cells.iter().enumerate() {
            let Some(cell) = cell.filter(|_| money[c]) else { continue };
            let column = &table.columns[c];
            // The table's own concept stands for a row that names no other: its total, a row of
            // codes or of a project. A row whose label names nothing known is not the total, and
            // its figure is no fact (its key would be the total's).
            let keyed = row.codes.classification_count() > 0 || row.codes.unit.is_some() || row.project.is_some() || names_a_total(&row.label);
            let default = (!column.header.is_empty() && keyed).then(|| default_concept(table.kind, row.side)).flatten();
            // A total row (`支出总计`) under a column of a part (`基本支出/人员经费`) states that
            // part's total; elsewhere the row names what its figures are.
            let part_column = column.concept.filter(|c| {
                row.concept.is_some_and(|r| GRAND_TOTALS.contains(&r) && !GRAND_TOTALS.contains(c) && side(c) == side(r))
            });
            let Some(concept) = part_column.or(row.concept).or(column.concept).or(default) else {
                continue;
            };
            // A project table's 人员经费 and 公用经费 columns break its projects down (Xi'an's
            // 专项业务经费支出表); they are no part of the basic expenditure.
            if table.kind == TableKind::ProjectExpense && concept.starts_with("expense.basic") {
                continue;
            }
            let budgeted = final_account && column.header.iter().any(|h| matches!(h.as_str(), "预算数" | "年初预算数" | "全年预算数" | "年初预算"));
            let concept = match (budgeted, periods[c]) {
                (_, Period::Other) => continue,
                (true, _) => format!("{concept}.budgeted"),
                (false, Period::Previous) => format!("{concept}.previous"),
                (false, Period::Change) => format!("{concept}.change"),
                (false, Period::Current) => concept.to_string(),
            };
            let concept = concept.as_str();
            let Some(money) = Money::from_written(cell.written, unit.exponent()) else { continue };
            let mut dims = dims_of(row, column);
            if !dims.contains_key("fund") && counts_appropriations_only(table, row, concept) {
                dims.insert("fund", "fiscal_appropriation".to_string());
            }
            let repeats = |dims: &Dims| facts[row_start..].iter().any(|f| f.concept == concept && f.dims == *dims);
            if repeats(&dims) && current_year_part(column) && !dims.contains_key("fund") {
                dims.insert("fund", "current_year".to_string());
            }
            if repeats(&dims) {
                dims.insert("column", (c + 1).to_string());
                unnamed.insert(c + 1);
            }
            facts.push(Fact {
                concept: concept.to_string(),
                dims,
                value: FactValue::Money(money),
                source: FactSource::Table { table: index, row: r, column: c },
                span: cell.span,
            });
        }
    }
    if !unnamed.is_empty() {
        let columns: Vec<String> = unnamed.iter().map(usize::to_string).collect();
        diags.push(diagnostic::columns_told_apart_by_position(&table.title, &columns.join("、"), Span::line(table.first_line)));
    }
}

/// The concepts of a summary table's total rows.
const GRAND_TOTALS: [&str; 4] = ["income.total", "expense.total", "income.current_year", "expense.current_year"];

/// Whether a figure counts 财政拨款 only (`fund: fiscal_appropriation`), not all the department's
/// funds as the same figure of the 支出总表 or 收支总表 does: every figure of Jiangsu's 财政拨款支出表
/// and 财政拨款基本支出表, and the totals and carry-overs of the 财政拨款收支总表. Where another
/// figure of the row is under a column that names that fund (Henan's `一般公共预算/其中：财政拨款`),
/// the total stays as printed: the fund would not tell it from that figure.
fn counts_appropriations_only(table: &Table, row: &TableRow, concept: &str) -> bool {
    const TOTALS: [&str; 6] = ["income.total", "income.current_year", "income.carryover", "expense.total", "expense.current_year", "expense.carryover_end"];
    let fund_column = |(cell, column): (&Option<_>, &Column)| cell.is_some() && column.fund == Some("fiscal_appropriation");
    match table.kind {
        TableKind::FiscalExpense | TableKind::FiscalBasic => true,
        TableKind::FiscalSummary => {
            row.codes.function.is_none() && TOTALS.contains(&concept) && !row.cells.iter().zip(&table.columns).any(fund_column)
        }
        _ => false,
    }
}

/// `expense` or `income`: the side of the table a concept is on.
fn side(concept: &str) -> &str {
    concept.split('.').next().unwrap_or(concept)
}

/// A `本年支出小计` column beside `合计`: the part paid from the current year's income, which
/// its facts carry as `fund: current_year`.
fn current_year_part(column: &Column) -> bool {
    matches!(column.concept, Some("expense.current_year" | "income.current_year"))
}

/// The dimensions of a cell: the row's codes and project, the column's fund and economic class.
fn dims_of(row: &TableRow, column: &Column) -> Dims {
    let codes = &row.codes;
    let fund = column.fund.map(str::to_string);
    let mut dims = Dims::new();
    for (key, value) in [
        ("function", codes.function.clone()),
        ("econ_dept", codes.econ_dept.clone().or(column.econ_dept.map(str::to_string))),
        ("econ_gov", codes.econ_gov.clone()),
        ("unit", codes.unit.clone()),
        ("fund", fund),
        ("project", row.project.clone()),
    ] {
        if let Some(v) = value {
            dims.insert(key, v);
        }
    }
    dims
}

/// A row that states its table's total: no label, or one that ends in a total (`合计`,
/// `当年收入小计`, `总 计`).
fn names_a_total(label: &str) -> bool {
    let label: String = label.chars().filter(|c| !c.is_whitespace()).collect();
    label.is_empty() || ["合计", "小计", "总计", "共计"].iter().any(|t| label.ends_with(t))
}

/// A column whose header names a count, a time or a remark, not money: `数量` (a 政府采购 table's
/// quantities), `人数`, `实施采购时间`, `备注`. Its figures are no amounts.
fn names_no_money(header: &str) -> bool {
    let h: String = header.chars().filter(|c| !c.is_whitespace()).collect();
    ["数量", "人数", "个数", "台数", "件数", "面积", "时间", "日期", "备注", "说明", "序号", "编号"].iter().any(|w| h.ends_with(w))
}
