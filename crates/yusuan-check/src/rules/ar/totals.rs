//! Which cells of a table are totals and what they sum, for the AR rules: the sums of
//! data/calculations.tsv (AR101), the header's sums between columns (AR102), and the rows a total
//! row heads (AR103); AR104 looks for the totals of all three left blank.

use crate::context::Checked;
use crate::interval::Interval;
use std::sync::OnceLock;
use yusuan_model::structure::{self, Sum};
use yusuan_model::{MoneyUnit, Side, Table, TableRow};

pub struct Calculation {
    pub total: &'static str,
    pub addends: Vec<&'static str>,
}

/// The sums of data/calculations.tsv: `total = addend + addend …` between concepts.
pub fn calculations() -> &'static [Calculation] {
    static ALL: OnceLock<Vec<Calculation>> = OnceLock::new();
    ALL.get_or_init(|| {
        include_str!("../../../data/calculations.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (total, addends) = l.split_once('\t')?;
                Some(Calculation { total, addends: addends.split('+').map(str::trim).collect() })
            })
            .collect()
    })
}

/// A cell's amount as written, in the table's money unit; `None` where the cell is blank.
pub fn cell(table: &Table, row: &TableRow, column: usize) -> Option<Interval> {
    let unit = table.money_unit.unwrap_or(MoneyUnit::WanYuan);
    row.cells.get(column).and_then(Option::as_ref).and_then(|v| Interval::cell(v, unit))
}

/// A sum of the header, `total = Σ addends` between columns, in every row that writes its total
/// or one of its addends: the total as written (`None` where blank) and the sum of the addends
/// written (`None` where none is).
pub struct ColumnSum<'a> {
    pub sum: Sum,
    pub rows: Vec<(&'a TableRow, Option<Interval>, Option<Interval>)>,
}

impl ColumnSum<'_> {
    /// The rows that write the total and an addend, with whether the sum holds there.
    fn written<'b>(&'b self) -> impl Iterator<Item = (&'b TableRow, bool)> + 'b {
        self.rows.iter().filter_map(|&(row, total, parts)| Some((row, total?.meets(parts?))))
    }

    /// Whether this reading holds in every row where `other` holds: a reading that breaks a row
    /// the header's reading explains trades one slip for another (Xi'an: three units' 上年结转 left
    /// out of their own 合计 would make the total row fail) and is no better reading.
    fn keeps(&self, other: &ColumnSum) -> bool {
        let holds: Vec<u32> = self.written().filter(|(_, ok)| *ok).map(|(row, _)| row.line).collect();
        other.written().filter(|(_, ok)| *ok).all(|(row, _)| holds.contains(&row.line))
    }

    /// How many rows write the sum and hold it.
    fn holding(&self) -> usize {
        self.written().filter(|(_, ok)| *ok).count()
    }

    /// Whether the rows bear the header out: the sum holds in one row at least and in at least
    /// half of those that write it. A sum most rows break is a header the reader could not align
    /// (a reading problem), not a defect.
    pub fn confirmed(&self) -> bool {
        let (holds, all) = self.written().fold((0, 0), |(h, a), (_, ok)| (h + usize::from(ok), a + 1));
        holds > 0 && holds * 2 >= all
    }

    /// Whether the sum holds in a row of `side`: in a table of two halves, a sum of the 支出
    /// columns says nothing of the 收入 rows.
    pub fn holds_on(&self, side: Side) -> bool {
        self.written().any(|(row, ok)| ok && row.side == side)
    }
}

/// The header path of every column.
pub fn header_paths(table: &Table) -> Vec<Vec<String>> {
    table.columns.iter().map(|c| c.header.clone()).collect()
}

/// Whether two columns share a header (RD109): which of them a sum means is not known.
pub fn repeated_header(table: &Table) -> bool {
    let paths = header_paths(table);
    paths.iter().enumerate().any(|(i, p)| !p.is_empty() && paths[..i].contains(p))
}

/// The sums of a table's header with their rows; none when two columns share a header.
pub fn column_sums(table: &Table) -> Vec<ColumnSum<'_>> {
    if repeated_header(table) {
        return Vec::new();
    }
    structure::of(&header_paths(table)).sums.into_iter().map(|sum| best_reading(table, sum)).collect()
}

/// The header proposes the columns a total sums; the rows decide. Where the sum holds in more rows
/// without one of three or more addends, and still in every row it held in, that column is a part
/// of another, not an addend (Beijing's `项目支出/扣除基建项目后预算数` beside `项目支出/项目支出
/// 总数`); else the header's reading stands.
fn best_reading(table: &Table, sum: Sum) -> ColumnSum<'_> {
    let mut best = with_rows(table, sum.clone());
    if sum.addends.len() >= 3 {
        for leave_out in 0..sum.addends.len() {
            let mut fewer = sum.clone();
            fewer.addends.remove(leave_out);
            let candidate = with_rows(table, fewer);
            if candidate.holding() > best.holding() && candidate.keeps(&best) {
                best = candidate;
            }
        }
    }
    best
}

/// A sum with the rows that write its total or an addend.
fn with_rows(table: &Table, sum: Sum) -> ColumnSum<'_> {
    let rows = table
        .rows
        .iter()
        .map(|row| (row, cell(table, row, sum.total), sum.addends.iter().filter_map(|&a| cell(table, row, a)).reduce(Interval::plus)))
        .filter(|(_, total, parts)| total.is_some() || parts.is_some())
        .collect();
    ColumnSum { sum, rows }
}

/// The rows of one side of a table (a table of one half is all [`Side::Single`]).
pub const SIDES: [Side; 3] = [Side::Single, Side::Income, Side::Expense];

type CodeOf = fn(&TableRow) -> Option<&str>;

/// The three classifications a row may be listed under, each a hierarchy of its own.
const CLASSIFICATIONS: [CodeOf; 3] =
    [|r| r.codes.function.as_deref(), |r| r.codes.econ_dept.as_deref(), |r| r.codes.econ_gov.as_deref()];

/// The rows of `side` listed by code, one list per classification that has any: `(code, row)`.
/// Rows of projects are not codes of the hierarchy.
pub fn hierarchies<'a>(doc: &Checked, table: &'a Table, side: Side) -> Vec<Vec<(&'a str, &'a TableRow)>> {
    let rows: Vec<&TableRow> = table.rows.iter().filter(|r| r.side == side && r.project.is_none()).collect();
    CLASSIFICATIONS
        .iter()
        .map(|code| rows.iter().filter_map(|r| Some((code(r)?, *r))).filter(|(c, r)| printed(doc, r, c)).collect::<Vec<_>>())
        .filter(|coded| !coded.is_empty())
        .collect()
}

/// Whether the code is printed on the row's line, not inferred from the row's name: its first
/// three digits (codes printed in 类|款|项 columns), or its last two as a cell of their own (a 款
/// or 项 printed relative to the 类 above it).
fn printed(doc: &Checked, row: &TableRow, code: &str) -> bool {
    let Some(line) = doc.line(row.line) else { return false };
    let relative = code.len() > 3 && line.split(['\t', ' ', '|']).any(|cell| cell == &code[code.len() - 2..]);
    code.get(..3).is_some_and(|class| line.contains(class)) || relative
}

/// The parent of each code: the longest other code it starts with.
pub fn parents<'a>(coded: &[(&'a str, &TableRow)]) -> Vec<Option<&'a str>> {
    coded.iter().map(|(c, _)| coded.iter().map(|(d, _)| *d).filter(|d| d.len() < c.len() && c.starts_with(d)).max_by_key(|d| d.len())).collect()
}

/// Whether `code` is listed once.
pub fn unique(coded: &[(&str, &TableRow)], code: &str) -> bool {
    coded.iter().filter(|(d, _)| *d == code).count() == 1
}

/// A table's total row (`合计`, `总计`, `共 计`), not a group's (`小计`).
pub fn is_total_row(label: &str) -> bool {
    let label: String = label.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(label.as_str(), "合计" | "总计" | "共计" | "支出合计" | "合计数" | "金额合计")
}

/// What a total row sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heads {
    /// The top codes of a table listed by code (AR103 compares them).
    Codes,
    /// The addends of a sum of data/calculations.tsv, one row each (`共计` over 因公出国（境）费,
    /// 公务用车费 and 公务接待费).
    Concepts,
    /// The projects of a list of projects.
    Projects,
}

/// A total row and the rows it is the sum of.
pub struct RowTotal<'a> {
    pub total: &'a TableRow,
    pub parts: Vec<&'a TableRow>,
    pub heads: Heads,
}

/// The total row of one side of a table, when the side has one and what it sums is known: the
/// top codes of its one classification (every code listed once), else the rows of the addends of
/// a sum whose total no row names, else its projects.
pub fn row_total<'a>(doc: &Checked, table: &'a Table, side: Side) -> Option<RowTotal<'a>> {
    let rows: Vec<&TableRow> = table.rows.iter().filter(|r| r.side == side).collect();
    let [total] = rows.iter().filter(|r| is_total_row(&r.label)).copied().collect::<Vec<_>>()[..] else { return None };
    let others: Vec<&TableRow> = rows.iter().copied().filter(|r| !std::ptr::eq(*r, total)).collect();
    let coded = hierarchies(doc, table, side);
    if let [coded] = &coded[..] {
        if !coded.iter().all(|(c, _)| unique(coded, c)) {
            return None;
        }
        let parts = coded.iter().zip(parents(coded)).filter(|(_, p)| p.is_none()).map(|((_, r), _)| *r).collect();
        return Some(RowTotal { total, parts, heads: Heads::Codes });
    }
    if !coded.is_empty() {
        return None;
    }
    let named = |concept: &str| {
        let mut it = others.iter().filter(|r| r.concept == Some(concept));
        let first = it.next()?;
        it.next().is_none().then_some(*first)
    };
    let by_concept = calculations()
        .iter()
        .filter(|c| c.addends.len() > 1 && !others.iter().any(|r| r.concept == Some(c.total)))
        .find_map(|c| c.addends.iter().map(|a| named(a)).collect::<Option<Vec<&TableRow>>>());
    if let Some(parts) = by_concept {
        return Some(RowTotal { total, parts, heads: Heads::Concepts });
    }
    let projects: Vec<&TableRow> = others.iter().copied().filter(|r| r.project.is_some()).collect();
    (!projects.is_empty() && others.iter().filter(|r| r.cells.iter().any(Option::is_some)).all(|r| r.project.is_some()))
        .then_some(RowTotal { total, parts: projects, heads: Heads::Projects })
}

/// One sum of a table listed by code, in one column: a code's amount and its direct sub-codes',
/// or the total row's and its top codes'.
pub struct CodeSum<'a> {
    pub whole: &'a TableRow,
    /// The code of `whole`; `None` for the total row.
    pub code: Option<&'a str>,
    pub parts: Vec<&'a TableRow>,
    pub column: usize,
    pub stated: Interval,
    pub sum: Interval,
}

impl CodeSum<'_> {
    pub fn holds(&self) -> bool {
        self.stated.meets(self.sum)
    }
}

/// Every sum the codes of a table state (类 = Σ 款 = Σ 项, 合计 = Σ 类), column by column. A code
/// listed twice (XT101) takes no part; a column none of the parts fills says nothing; a total row
/// left blank is AR104's, a code's row left blank is an amount of zero.
pub fn code_sums<'a>(doc: &Checked, table: &'a Table) -> Vec<CodeSum<'a>> {
    let mut out = Vec::new();
    for side in SIDES {
        for coded in &hierarchies(doc, table, side) {
            let parents = parents(coded);
            for (c, row) in coded.iter().filter(|(c, _)| unique(coded, c)) {
                let children: Vec<(&str, &TableRow)> =
                    coded.iter().zip(&parents).filter(|(_, p)| **p == Some(*c)).map(|(child, _)| *child).collect();
                if !children.is_empty() && children.iter().all(|(d, _)| unique(coded, d)) {
                    let parts = children.iter().map(|(_, r)| *r).collect();
                    column_sums_of(table, row, Some(c), parts, &mut out);
                }
            }
        }
        if let Some(total) = row_total(doc, table, side).filter(|t| t.heads == Heads::Codes) {
            column_sums_of(table, total.total, None, total.parts, &mut out);
        }
    }
    out
}

/// The sums of `whole` over `parts` in each column the parts fill.
fn column_sums_of<'a>(table: &'a Table, whole: &'a TableRow, code: Option<&'a str>, parts: Vec<&'a TableRow>, out: &mut Vec<CodeSum<'a>>) {
    for column in 0..table.columns.len() {
        if parts.iter().all(|p| cell(table, p, column).is_none()) {
            continue;
        }
        let Some(stated) = cell(table, whole, column).or_else(|| code.is_some().then(Interval::zero)) else { continue };
        let sum = parts.iter().map(|p| cell(table, p, column).unwrap_or(Interval::zero())).fold(Interval::zero(), Interval::plus);
        out.push(CodeSum { whole, code, parts: parts.clone(), column, stated, sum });
    }
}
