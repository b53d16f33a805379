//! Placing a row's figures in their columns when the converter dropped the empty cells: the
//! figures keep their order, so a placement is an increasing choice of columns. A placement is
//! valid when the table's own arithmetic holds (合计 = Σ parts, 其中 ≤ whole, within rounding),
//! and the rows of a table are placed together so that every column sums to the 合计 row.
//!
//! Values are integers at one scale for the whole table (`12.34` at scale 2 is 1234).

use yusuan_model::structure::Structure;

/// One valid placement of a row's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    /// The columns that hold a figure, one bit each: a search keeps hundreds of placements, and
    /// a set of increasing columns needs no list of its own.
    columns: u64,
    /// How many figures land in a column that the document's other statements contradict.
    pub penalty: u32,
    /// Total rounding difference the placement's sums need.
    pub slack: i64,
}

impl Placement {
    /// The column of each figure, increasing.
    pub fn columns(&self) -> impl Iterator<Item = usize> + '_ {
        (0..MAX_COLUMNS).filter(|&c| self.columns & (1 << c) != 0)
    }
}

/// The most columns a placement can use (one bit of [`Placement`] each).
pub const MAX_COLUMNS: usize = 64;

/// At most this many placements are kept per row, and the searches stop after this many steps:
/// a row or table beyond it keeps its best placements found so far.
const MAX_PLACEMENTS: usize = 512;
const MAX_STEPS: usize = 400_000;

/// Whether `a` and `b` agree within the rounding of `terms` figures each off by half a unit.
fn within_rounding(a: i64, b: i64, terms: usize) -> bool {
    2 * (a - b).unsigned_abs() <= terms as u64 + 1
}

/// The constraints among `width` columns, ordered for the search: built once per table rather
/// than for every row.
pub struct Constraints<'a> {
    structure: &'a Structure,
    width: usize,
    checks: Vec<Vec<Check>>,
    totals_over: Vec<Vec<usize>>,
}

impl<'a> Constraints<'a> {
    pub fn new(structure: &'a Structure, width: usize) -> Constraints<'a> {
        assert!(width <= MAX_COLUMNS, "a template has more than {MAX_COLUMNS} columns");
        Constraints { structure, width, checks: checks_by_last_column(structure, width), totals_over: totals_over(structure, width) }
    }

    /// Every valid placement of `figures` into the columns, best first: fewest penalties, then
    /// least rounding, then the earliest columns (a converter drops empty cells, and of two
    /// equally consistent readings the one that fills the leading columns follows the
    /// template's order of importance).
    pub fn placements(&self, figures: &[i64], penalty: &dyn Fn(usize, usize) -> u32) -> Vec<Placement> {
        let mut search = RowSearch {
            figures,
            constraints: self,
            nonnegative: figures.iter().all(|&v| v >= 0),
            penalty,
            values: vec![0; self.width],
            chosen: 0,
            out: Vec::new(),
            steps: 0,
        };
        search.run(0, 0, 0, 0);
        let mut out = search.out;
        out.sort_by_key(|p| (p.penalty, p.slack));
        out
    }
}

#[derive(Clone, Copy)]
enum Check {
    Sum(usize),
    Part(usize),
}

/// Each constraint is checked once the last column it involves has been decided.
fn checks_by_last_column(structure: &Structure, width: usize) -> Vec<Vec<Check>> {
    let mut by = vec![Vec::new(); width];
    for (i, s) in structure.sums.iter().enumerate() {
        let last = s.addends.iter().copied().chain([s.total]).max().unwrap_or(0);
        if last < width {
            by[last].push(Check::Sum(i));
        }
    }
    for (i, &(part, whole)) in structure.parts.iter().enumerate() {
        if part.max(whole) < width {
            by[part.max(whole)].push(Check::Part(i));
        }
    }
    by
}

/// For each column, the total columns left of it that it is an addend of.
fn totals_over(structure: &Structure, width: usize) -> Vec<Vec<usize>> {
    let mut over = vec![Vec::new(); width];
    for sum in &structure.sums {
        for &a in sum.addends.iter().filter(|&&a| a < width && a > sum.total) {
            over[a].push(sum.total);
        }
    }
    over
}

struct RowSearch<'a> {
    figures: &'a [i64],
    constraints: &'a Constraints<'a>,
    nonnegative: bool,
    penalty: &'a dyn Fn(usize, usize) -> u32,
    values: Vec<i64>,
    /// The columns chosen so far, one bit each.
    chosen: u64,
    out: Vec<Placement>,
    steps: usize,
}

impl RowSearch<'_> {
    fn run(&mut self, column: usize, figure: usize, penalty: u32, slack: i64) {
        self.steps += 1;
        if self.out.len() >= MAX_PLACEMENTS || self.steps > MAX_STEPS {
            return;
        }
        let left = self.figures.len() - figure;
        let width = self.constraints.width;
        if column == width {
            if left == 0 {
                self.out.push(Placement { columns: self.chosen, penalty, slack });
            }
            return;
        }
        if width - column < left {
            return;
        }
        // Parts of a total left empty are empty too (unless negative figures could cancel out).
        let under_empty_total = || self.nonnegative && self.constraints.totals_over[column].iter().any(|&t| self.values[t] == 0);
        if left > 0 && !under_empty_total() {
            self.values[column] = self.figures[figure];
            self.chosen |= 1 << column;
            if let Some(s) = self.holds_at(column) {
                let p = (self.penalty)(figure, column);
                self.run(column + 1, figure + 1, penalty + p, slack + s);
            }
            self.chosen &= !(1 << column);
            self.values[column] = 0;
        }
        if let Some(s) = self.holds_at(column) {
            self.run(column + 1, figure, penalty, slack + s);
        }
    }

    /// Whether the constraints completed at `column` hold; the rounding they need.
    fn holds_at(&self, column: usize) -> Option<i64> {
        let mut slack = 0;
        let Constraints { structure, checks, .. } = self.constraints;
        for check in &checks[column] {
            match *check {
                Check::Sum(i) => {
                    let sum = &structure.sums[i];
                    let (mut parts, mut terms) = (0, 0);
                    for &a in &sum.addends {
                        parts += self.values[a];
                        terms += usize::from(self.values[a] != 0);
                    }
                    let total = self.values[sum.total];
                    if !within_rounding(total, parts, terms) {
                        return None;
                    }
                    slack += (total - parts).abs();
                }
                Check::Part(i) => {
                    let (part, whole) = structure.parts[i];
                    let (p, w) = (self.values[part], self.values[whole]);
                    if p.abs() > w.abs() || (p != 0 && w == 0) {
                        return None;
                    }
                }
            }
        }
        Some(slack)
    }
}

/// The rows of one table for choosing placements together: each row's placements (best first)
/// and figures, the 合计 row, and the rows that add up to it.
pub struct TableRows<'a> {
    pub placements: &'a [Vec<Placement>],
    pub figures: &'a [Vec<i64>],
    pub total: usize,
    pub leaves: &'a [usize],
    pub width: usize,
}

/// The placement index of every row such that each column of the leaf rows sums to the 合计
/// row, preferring each row's better placements (rows earlier in the table first). `None` when
/// no choice makes the columns add up (the table's own sums are wrong, or a row has no valid
/// placement).
pub fn choose_together(t: &TableRows) -> Option<Vec<usize>> {
    if t.placements[t.total].is_empty() || t.leaves.iter().any(|&r| t.placements[r].is_empty()) {
        return None;
    }
    let nonnegative = t.figures.iter().flatten().all(|&v| v >= 0);
    let mut search = TableSearch { t, nonnegative, totals: vec![0; t.width], sums: vec![0; t.width], terms: vec![0; t.width], choice: vec![0; t.placements.len()], steps: 0 };
    for (i, p) in t.placements[t.total].iter().enumerate() {
        search.totals.iter_mut().for_each(|v| *v = 0);
        for (f, c) in p.columns().enumerate() {
            search.totals[c] = t.figures[t.total][f];
        }
        search.choice[t.total] = i;
        if search.run(0) {
            return Some(search.choice);
        }
    }
    None
}

struct TableSearch<'a> {
    t: &'a TableRows<'a>,
    nonnegative: bool,
    totals: Vec<i64>,
    sums: Vec<i64>,
    terms: Vec<usize>,
    choice: Vec<usize>,
    steps: usize,
}

impl TableSearch<'_> {
    fn run(&mut self, leaf: usize) -> bool {
        self.steps += 1;
        if self.steps > MAX_STEPS {
            return false;
        }
        let t = self.t;
        if leaf == t.leaves.len() {
            return (0..t.width).all(|c| within_rounding(self.totals[c], self.sums[c], self.terms[c]));
        }
        let row = t.leaves[leaf];
        for (i, p) in t.placements[row].iter().enumerate() {
            self.add(row, p, 1);
            let fits = !self.nonnegative
                || p.columns().all(|c| self.sums[c] <= self.totals[c] + t.leaves.len() as i64);
            if fits && self.run(leaf + 1) {
                self.choice[row] = i;
                return true;
            }
            self.add(row, p, -1);
        }
        false
    }

    fn add(&mut self, row: usize, p: &Placement, sign: i64) {
        for (f, c) in p.columns().enumerate() {
            let v = self.t.figures[row][f];
            self.sums[c] += sign * v;
            if v != 0 {
                self.terms[c] = (self.terms[c] as i64 + sign) as usize;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use yusuan_model::structure;
    use super::*;

    fn expense_structure() -> Structure {
        let paths: Vec<Vec<String>> = [
            "合计", "基本支出/小计", "基本支出/人员经费/工资福利支出", "基本支出/人员经费/对个人和家庭的补助",
            "基本支出/公用经费/商品和服务支出", "基本支出/公用经费/资本性支出", "项目支出/小计",
            "项目支出/其他运转类", "项目支出/特定目标类",
        ]
        .iter()
        .map(|l| l.split('/').map(str::to_string).collect())
        .collect();
        structure::of(&paths)
    }

    #[test]
    fn a_row_keeps_only_placements_whose_sums_hold() {
        let s = expense_structure();
        // 210 15 99: 25.45 25.45 15.45 10.00 (luanchuan-2025:533)
        let p = Constraints::new(&s, 9).placements(&[2545, 2545, 1545, 1000], &|_, _| 0);
        assert_eq!(p.iter().map(|p| p.columns().collect()).collect::<Vec<Vec<usize>>>(), vec![vec![0, 1, 2, 3], vec![0, 1, 2, 4], vec![0, 1, 2, 5], vec![0, 1, 3, 4], vec![0, 1, 3, 5], vec![0, 1, 4, 5], vec![0, 6, 7, 8]]);
    }

    #[test]
    fn penalties_and_rounding_rank_placements() {
        let s = expense_structure();
        let p = Constraints::new(&s, 9).placements(&[100, 100, 100], &|_, c| u32::from(c < 6));
        assert_eq!(p[0].columns().collect::<Vec<_>>(), [0, 6, 7]);
        assert_eq!(p[0].penalty, 1);
        // 0.01 of rounding between a total and two parts is accepted, and ranked after exact sums.
        let p = Constraints::new(&s, 9).placements(&[301, 301, 150, 150], &|_, _| 0);
        assert!(!p.is_empty() && p.iter().all(|p| p.slack == 1));
        assert!(Constraints::new(&s, 9).placements(&[305, 305, 150, 150], &|_, _| 0).is_empty());
    }

    #[test]
    fn columns_of_the_table_decide_between_valid_rows() {
        // luanchuan-2025:525–533: the 合计 row and three 项 rows.
        let s = expense_structure();
        let figures = vec![
            vec![27733, 19497, 16679, 525, 2293, 8236, 7236, 1000],
            vec![19497, 19497, 16679, 525, 2293],
            vec![5691, 5691, 5691],
            vec![2545, 2545, 1545, 1000],
        ];
        let placements: Vec<Vec<Placement>> = figures.iter().map(|f| Constraints::new(&s, 9).placements(f, &|_, _| 0)).collect();
        let rows = TableRows { placements: &placements, figures: &figures, total: 0, leaves: &[1, 2, 3], width: 9 };
        let choice = choose_together(&rows).unwrap();
        let chosen: Vec<Vec<usize>> = choice.iter().enumerate().map(|(r, &i)| placements[r][i].columns().collect()).collect();
        assert_eq!(chosen[0], [0, 1, 2, 3, 4, 6, 7, 8]);
        assert_eq!(chosen[1], [0, 1, 2, 3, 4]);
        // 一般行政管理事务 is a 项目支出 of the 其他运转类: only then do the columns add up.
        assert_eq!(chosen[2], [0, 6, 7]);
        assert_eq!(chosen[3], [0, 6, 7, 8]);
    }
}
