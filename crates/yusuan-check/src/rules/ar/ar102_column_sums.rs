//! AR102 column-sums

use super::totals;
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Place, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{structure, Table};

pub struct ColumnSums;

static META: RuleMeta = RuleMeta {
    code: "AR102",
    name: "column-sums",
    category: Category::Arithmetic,
    severity: Severity::Error,
    summary: "一行中合计（小计）与表头所示的组成列之和不符",
    summary_en: "a row's total (subtotal) column disagrees with the columns its header sums",
    doc: "检查什么：表头写明的加总关系在每一行是否成立：“合计/小计/总计”列 = 同组其他列之和，\
          “其中”列不大于其所属列，按书写精度的区间比较；组成列的空格视为零，\
          合计列留空而组成列有数时由 AR104（blank-total）报告。一个加总关系在多数行都不成立、\
          或两列表头相同时，是表头未能对齐（读取问题），不报告。\n\
          为什么：分项调整后合计未同步，是预算表中最常见的计算错误。\n\
          示例：合计 277.33 = 基本支出 194.97 + 项目支出 82.36，一致。\n\n\
          What it checks: in every row, each 合计/小计 column equals the sum of the columns its\n\
          header groups, and each 其中 column is at most its whole.",
};

impl Rule for ColumnSums {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for table in doc.tables() {
            // Two columns under one header (RD109): which of them a sum means is not known.
            if totals::repeated_header(table) {
                continue;
            }
            for sum in totals::column_sums(table).iter().filter(|s| s.confirmed()) {
                for (row, total, parts) in &sum.rows {
                    let (Some(total), Some(parts)) = (*total, *parts) else { continue };
                    if !total.meets(parts) {
                        out.push(finding(table, row.line, sum.sum.total, &sum.sum.addends, total, parts));
                    }
                }
            }
            let s = structure::of(&totals::header_paths(table));
            for row in &table.rows {
                let value = |c: usize| totals::cell(table, row, c);
                for &(part, whole) in &s.parts {
                    let (Some(p), w) = (value(part), value(whole).unwrap_or(Interval::zero())) else { continue };
                    // A part may reach its whole within rounding; beyond it, it cannot be a part.
                    if p.minus(w).fen() > 0 && !p.meets(w) {
                        out.push(finding(table, row.line, part, &[whole], p, w));
                    }
                }
            }
        }
    }
}

fn finding(table: &Table, line: u32, total: usize, addends: &[usize], stated: Interval, sum: Interval) -> Finding {
    let header = |c: usize| table.columns[c].header.join("/");
    let names: Vec<String> = addends.iter().map(|&a| header(a)).collect();
    let mut f = META.finding(
        format!("表“{}”第{line}行：“{}” {} ≠ {} 之和 {}", table.title, header(total), wan_yuan(stated.fen()), names.join(" + "), wan_yuan(sum.fen())),
        format!("table {:?} line {line}: column {:?} {} is not the sum {} of its parts", table.title, header(total), wan_yuan(stated.fen()), wan_yuan(sum.fen())),
    );
    let row = table.rows.iter().find(|r| r.line == line);
    let needle = row.and_then(|r| r.cells.get(total)).and_then(Option::as_ref).map(|v| v.written.to_string());
    f.places.push(Place::in_table(table, line, needle));
    f.set_money(sum.fen(), stated.fen());
    f
}
