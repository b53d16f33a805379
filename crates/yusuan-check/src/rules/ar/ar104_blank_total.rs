//! AR104 blank-total

use super::totals::{self, Heads};
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Place, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Table, TableRow};

pub struct BlankTotal;

static META: RuleMeta = RuleMeta {
    code: "AR104",
    name: "blank-total",
    category: Category::Arithmetic,
    severity: Severity::Error,
    summary: "合计（总计、共计、小计）留空，而其组成有数",
    summary_en: "a total (合计, 总计, 共计, 小计) left blank whose parts are not",
    doc: "检查什么：合计留空、而它所加总的组成之和不为零。合计行（合计、总计、共计）加总的是：\
          按科目编码列示的表中各顶级科目（同 AR103），data/calculations.tsv 中一个加总关系的各组成行\
          （“三公”经费表的共计 = 因公出国（境）费 + 公务用车费 + 公务接待费），或项目表中的各项目；\
          合计列（合计、小计、总计）加总的是表头所示的组成列（同 AR102，只用在本表同一半边至少一行成立、\
          且多数行成立的加总关系）。按书写精度的区间比较，组成之和可能为零时不报告。\
          合计写了数而与组成不符的，由 AR101–AR103 报告；本规则只报告留空的合计。\n\
          为什么：组成有数，合计就不可能为零；合计留空是漏填，读者从表中得不到总数。\n\
          示例：“三公”经费表“共计”一栏为空，而“公务接待费”为 1.70 万元：共计应为 1.70 万元。\n\n\
          What it checks: a total left blank while the parts it sums add up to more than nothing: the\n\
          total row of a table (its top codes, the addends of a sum of data/calculations.tsv, or its\n\
          projects) and the total columns of its header. Totals written with another amount are\n\
          AR101–AR103's.",
};

impl Rule for BlankTotal {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for table in doc.tables() {
            for side in totals::SIDES {
                if let Some(total) = totals::row_total(doc, table, side) {
                    blank_total_row(doc, table, &total, out);
                }
            }
            for sum in totals::column_sums(table).iter().filter(|s| s.confirmed()) {
                for &(row, total, parts) in &sum.rows {
                    let Some(parts) = parts.filter(|p| total.is_none() && !p.may_be_zero() && sum.holds_on(row.side)) else { continue };
                    out.push(blank_total_column(doc, table, row, sum.sum.total, &sum.sum.addends, parts));
                }
            }
        }
    }
}

/// Each column where the total row is blank and the rows it sums are not.
fn blank_total_row(doc: &Checked, table: &Table, total: &totals::RowTotal, out: &mut Vec<Finding>) {
    for c in 0..table.columns.len() {
        if totals::cell(table, total.total, c).is_some() {
            continue;
        }
        let filled: Vec<(&TableRow, Interval)> = total.parts.iter().filter_map(|p| Some((*p, totals::cell(table, p, c)?))).collect();
        let Some(sum) = filled.iter().map(|(_, v)| *v).reduce(Interval::plus).filter(|s| !s.may_be_zero()) else { continue };
        let header = column_name(table, c);
        let kind = match total.heads {
            Heads::Codes => ("个科目", "codes"),
            Heads::Concepts => ("项", "items"),
            Heads::Projects => ("个项目", "projects"),
        };
        let listed: Vec<String> = filled.iter().take(6).map(|(r, v)| format!("{} {}", r.label, wan_yuan(v.fen()))).collect();
        let more = if filled.len() > 6 { "…" } else { "" };
        let (title, label, n, sum_written) = (&table.title, &total.total.label, total.parts.len(), wan_yuan(sum.fen()));
        let mut f = META.finding(
            format!("表“{title}”中“{label}”的“{header}”为空，而其下 {n} {}之和为 {sum_written}（有数的：{}{more}）", kind.0, listed.join("、")),
            format!("table {title:?}: the total row {label:?} is blank in column {header:?}, while its {n} {} add up to {sum_written} ({}{more})", kind.1, listed.join(", ")),
        );
        f.places.push(Place::in_table(table, total.total.line, label_on_line(doc, total.total)));
        f.places.extend(filled.iter().map(|(r, _)| Place::in_table(table, r.line, written(r, c))));
        f.set_money(sum.fen(), 0);
        out.push(f);
    }
}

/// A row whose total column is blank and whose addend columns are not.
fn blank_total_column(doc: &Checked, table: &Table, row: &TableRow, total: usize, addends: &[usize], sum: Interval) -> Finding {
    let names: Vec<String> = addends.iter().map(|&a| column_name(table, a)).collect();
    let mut f = META.finding(
        format!("表“{}”第{}行：“{}”为空，而 {} 之和为 {}", table.title, row.line, column_name(table, total), names.join(" + "), wan_yuan(sum.fen())),
        format!("table {:?} line {}: column {:?} is blank, while its parts add up to {}", table.title, row.line, column_name(table, total), wan_yuan(sum.fen())),
    );
    let needle = label_on_line(doc, row).or_else(|| addends.iter().find_map(|&a| written(row, a)));
    f.places.push(Place::in_table(table, row.line, needle));
    f.set_money(sum.fen(), 0);
    f
}

fn column_name(table: &Table, c: usize) -> String {
    table.columns[c].header.join("/")
}

/// A cell's figure as written.
fn written(row: &TableRow, c: usize) -> Option<String> {
    row.cells.get(c).and_then(Option::as_ref).map(|v| v.written.to_string())
}

/// The row's label as its line prints it (`共 计` for the label `共计`), to point at a row whose
/// cell is blank.
fn label_on_line(doc: &Checked, row: &TableRow) -> Option<String> {
    let line = doc.line(row.line)?;
    let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let label = bare(&row.label);
    if label.is_empty() {
        return None;
    }
    line.split(['\t', '|']).map(str::trim).find(|cell| bare(cell) == label).map(str::to_string).or_else(|| line.contains(&row.label).then(|| row.label.clone()))
}
