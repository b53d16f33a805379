//! What the document states outside a table, for choosing between placements of the table's
//! figures that its own arithmetic allows equally: the narrative's amounts (`公务接待费1.00万元`,
//! `因公出国（境）费0万元`) and the document-level rows of the tables read before it (收支总表
//! 二、政府性基金预算拨款收入 left empty: the department has no such income).
//!
//! Evidence only ranks placements; it never overrides a table's arithmetic, so a table that
//! contradicts the narrative still reads as printed wherever its figures can be placed only one way.

use std::collections::HashMap;
use yusuan_model::{Column, Fact, FactValue, Money, MoneyUnit, Table, TableRow};

/// 部门经济分类 类 that make up 人员经费 (工资福利支出, 对个人和家庭的补助); the other 类 of
/// basic expenditure are 公用经费.
const PERSONNEL_CLASSES: [&str; 2] = ["301", "303"];

#[derive(Debug, Default)]
pub struct Evidence {
    /// Amounts in 分 the narrative states for the whole document, by concept.
    stated: HashMap<String, Vec<i64>>,
    /// Amounts in 分 of the document-level rows of the tables read so far, by concept. They tell
    /// which income sources are nil; their amounts are not compared with other tables' columns,
    /// whose rows may cover only part of the document (the projects, say).
    in_tables: HashMap<String, Vec<i64>>,
}

impl Evidence {
    /// Money facts without dimensions (document totals) from the narrative.
    pub fn add_facts(&mut self, facts: &[Fact]) {
        for f in facts.iter().filter(|f| f.dims.is_empty()) {
            if let FactValue::Money(m) = &f.value {
                self.stated.entry(f.concept.clone()).or_default().push(m.fen);
            }
        }
    }

    /// The rows of `table` that state a document-level concept, an empty row counting as zero.
    pub fn add_table(&mut self, table: &Table, unit: MoneyUnit) {
        for row in table.rows.iter().filter(|r| is_document_level(r)) {
            let Some(concept) = row.concept else { continue };
            let first = row.cells.iter().flatten().next();
            let fen = match first {
                Some(cell) => match Money::from_written(cell.written, unit.exponent()) {
                    Some(m) => m.fen,
                    None => continue,
                },
                None => 0,
            };
            self.in_tables.entry(concept.to_string()).or_default().push(fen);
        }
    }

    /// What the document says about the figures of one column: whether one of its income
    /// sources (`general_budget`, …) is nil, and the amounts the narrative states for its concept.
    pub fn about(&self, column: &Column, sources: &[&str]) -> ColumnEvidence<'_> {
        ColumnEvidence {
            nil_source: sources.iter().any(|s| self.known_zero(&format!("income.{s}"))),
            amounts: column.concept.and_then(|c| self.stated.get(c)).map(Vec::as_slice),
        }
    }

    fn known_zero(&self, concept: &str) -> bool {
        let mut values = self.stated.get(concept).into_iter().chain(self.in_tables.get(concept)).flatten().peekable();
        values.peek().is_some() && values.all(|&f| f == 0)
    }
}

/// [`Evidence`] about one column.
pub struct ColumnEvidence<'a> {
    nil_source: bool,
    amounts: Option<&'a [i64]>,
}

impl ColumnEvidence<'_> {
    /// How many of the document's statements placing `fen` in `column` on `row` contradicts.
    pub fn penalty(&self, row: &TableRow, column: &Column, fen: i64) -> u32 {
        let mut penalty = u32::from(fen != 0 && self.nil_source);
        if self.amounts.is_some_and(|v| !v.contains(&fen)) && is_document_level(row) {
            penalty += 1;
        }
        if let Some(econ) = row.codes.econ_dept.as_deref() {
            penalty += u32::from(!econ_admits(column, econ));
        }
        penalty
    }
}

/// A row about the whole document or unit, not one class, item or project.
fn is_document_level(row: &TableRow) -> bool {
    let c = &row.codes;
    c.function.is_none() && c.econ_dept.is_none() && c.econ_gov.is_none() && c.project.is_none() && row.project.is_none()
}

/// Whether a figure of economic class `econ` can stand in `column`.
fn econ_admits(column: &Column, econ: &str) -> bool {
    let personnel = PERSONNEL_CLASSES.iter().any(|p| econ.starts_with(p));
    match column.concept {
        Some("expense.basic.personnel") if !personnel => return false,
        Some("expense.basic.public") if personnel => return false,
        _ => {}
    }
    column.econ_dept.is_none_or(|c| econ.starts_with(c))
}
