//! Facts: every number the document states, as `(concept, dimensions, value, precision, source)`.

use crate::number::{Decimal, Money};
use crate::span::Span;
use std::collections::BTreeMap;

/// Dimension key → member, e.g. `function` → `2101501`, `fund` → `general_budget`.
pub type Dims = BTreeMap<&'static str, String>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactValue {
    Money(Money),
    /// A percentage as written: `70.30` for `70.30%`.
    Percent(Decimal),
    Count(i64),
    /// A quantity in another measure, as written: a performance target of `4.5万人` or `2次`.
    Quantity { value: Decimal, measure: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactSource {
    /// A cell of `Document::tables[table]`.
    Table { table: usize, row: usize, column: usize },
    /// The target of `Document::tables[table].indicators[indicator]`.
    Indicator { table: usize, indicator: usize },
    /// A figure in `Document::paragraphs[paragraph]`, at char offset `at`.
    Text { paragraph: usize, at: usize },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub concept: String,
    pub dims: Dims,
    pub value: FactValue,
    pub source: FactSource,
    pub span: Span,
}

impl Fact {
    /// XBRL `decimals`: for money relative to 元, for percentages and counts the digits written.
    pub fn decimals(&self) -> i32 {
        match &self.value {
            FactValue::Money(m) => m.decimals,
            FactValue::Percent(d) | FactValue::Quantity { value: d, .. } => i32::from(d.scale),
            FactValue::Count(_) => 0,
        }
    }

    /// The value as a decimal string: 元 for money, the percentage for shares.
    pub fn value_string(&self) -> String {
        match &self.value {
            FactValue::Money(m) => m.yuan_string(),
            FactValue::Percent(d) | FactValue::Quantity { value: d, .. } => d.to_string(),
            FactValue::Count(n) => n.to_string(),
        }
    }

    /// The measure: `CNY`, `percent`, `count`, or a quantity's measure word (`人次`).
    pub fn unit(&self) -> &str {
        match &self.value {
            FactValue::Money(_) => "CNY",
            FactValue::Percent(_) => "percent",
            FactValue::Count(_) => "count",
            FactValue::Quantity { measure, .. } => measure,
        }
    }
}
