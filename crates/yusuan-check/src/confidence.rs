//! Which tables the document's own arithmetic bears out.
//!
//! A table states many sums: each sum of its header (合计 = 基本支出 + 项目支出) in every row, each
//! code's amount over its sub-codes (类 = Σ 款 = Σ 项) and the total row over the classes. A table
//! read right holds nearly all of them: a defect breaks one or a few. A table whose sums fail by
//! the handful and in a good share of its relations was not read right — a column shifted, a
//! header the reader could not align, rows of a template it has not seen — and its figures are
//! **unsure**. No rule reports an error or a warning from a place in an unsure table
//! ([`crate::check`] drops them); RD111 says once per table, as a note, what could not be settled.
//! A misread table reported as the document's fault would be a defect of yusuan; an unread table
//! is only a note.

use crate::context::Checked;
use crate::rules::ar::totals;
use std::collections::BTreeMap;

/// The fewest rows with a failing sum that make a table unsure: one or two are defects to report.
const MIN_FAILS: usize = 3;

/// How a table's own sums came out, by row.
#[derive(Debug, Clone, Copy)]
pub struct Tally {
    /// Index into the document's tables.
    pub table: usize,
    /// Rows whose every sum holds.
    pub holds: usize,
    /// Rows with a sum that fails.
    pub fails: usize,
}

impl Tally {
    /// Three rows at least whose sums fail, and more than one in four of the rows that state one.
    pub fn unsure(&self) -> bool {
        self.fails >= MIN_FAILS && self.fails * 4 > self.holds + self.fails
    }
}

/// Every table's rows that state a sum, counted: a row holds when all its sums do — those of
/// the header (as the rows read them best) and those of the code hierarchy. A wrong total is one
/// row, however many columns it breaks; a misread table breaks many rows.
pub fn tallies(doc: &Checked) -> Vec<Tally> {
    doc.tables()
        .iter()
        .enumerate()
        .map(|(i, table)| {
            // Each row's line, and whether every sum it states holds.
            let mut rows: BTreeMap<u32, bool> = BTreeMap::new();
            let mut count = |line: u32, ok: bool| *rows.entry(line).or_insert(true) &= ok;
            for sum in totals::column_sums(table) {
                for (row, total, parts) in &sum.rows {
                    if let (Some(total), Some(parts)) = (total, parts) {
                        count(row.line, total.meets(*parts));
                    }
                }
            }
            for s in totals::code_sums(doc, table) {
                count(s.whole.line, s.holds());
            }
            let fails = rows.values().filter(|ok| !**ok).count();
            Tally { table: i, holds: rows.len() - fails, fails }
        })
        .collect()
}

/// The tables whose arithmetic says they were not read right.
pub fn unsure_tables(doc: &Checked) -> Vec<Tally> {
    tallies(doc).into_iter().filter(Tally::unsure).collect()
}
