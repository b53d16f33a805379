//! Facts from table cells: the concept comes from the row label, else the column header, else
//! the table kind; dimensions from the row's codes and the column's fund and economic class.

use yusuan_model::{Dims, Fact, FactSource, FactValue, Money, MoneyUnit, Side, Table, TableKind};

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
        (GeneralBudgetBasic, _) => Some("expense.basic"),
        (AdminOperation, _) => Some("admin_operation"),
        (ProjectExpense | ProjectPerformance, _) => Some("project.amount"),
        (Procurement, _) => Some("procurement.total"),
        (ThreePublic | StateAssets | DepartmentPerformance, _) => None,
    }
}

pub fn extract(index: usize, table: &Table, unit: MoneyUnit, facts: &mut Vec<Fact>) {
    for (r, row) in table.rows.iter().enumerate() {
        for (c, cell) in row.cells.iter().enumerate() {
            let Some(cell) = cell else { continue };
            let column = &table.columns[c];
            let default = (!column.header.is_empty()).then(|| default_concept(table.kind, row.side)).flatten();
            let Some(concept) = row.concept.or(column.concept).or(default) else {
                continue;
            };
            let Some(money) = Money::from_written(cell.written, unit.exponent()) else { continue };
            let mut dims = Dims::new();
            let codes = &row.codes;
            let econ_dept = codes.econ_dept.clone().or(column.econ_dept.map(str::to_string));
            for (key, value) in [
                ("function", codes.function.clone()),
                ("econ_dept", econ_dept),
                ("econ_gov", codes.econ_gov.clone()),
                ("unit", codes.unit.clone()),
                ("fund", column.fund.map(str::to_string)),
                ("project", row.project.clone()),
            ] {
                if let Some(v) = value {
                    dims.insert(key, v);
                }
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
}
