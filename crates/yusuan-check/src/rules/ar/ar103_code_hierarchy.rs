//! AR103 code-hierarchy

use super::totals;
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Place, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Table, TableRow};

pub struct CodeHierarchy;

static META: RuleMeta = RuleMeta {
    code: "AR103",
    name: "code-hierarchy",
    category: Category::Arithmetic,
    severity: Severity::Error,
    summary: "科目的金额与其下级科目之和不符（类 = Σ 款 = Σ 项），或合计与各类之和不符",
    summary_en: "a classification code's amount disagrees with the sum of its sub-codes (类 = Σ 款 = Σ 项), or the total with its classes",
    doc: "检查什么：按科目编码分级列示的表格（功能分类、部门或政府经济分类）中，每一列里上级科目\
          的金额 = 其直接下级科目之和（类 = Σ 款，款 = Σ 项；河南的 7 位经济分类细目亦然），\
          “合计”行 = 各顶级科目之和。按书写精度的区间比较，科目行的空格视为零；\
          合计行留空而各科目有数时由 AR104（blank-total）报告，此处不再比较。\
          同一编码在表中出现两次（XT101）时，该编码所在的加总不核对。\n\
          为什么：调整某个项级科目后，上级科目或合计没有同步修改，是预算表最常见的计算错误。\n\
          示例：210 卫生健康支出 277.33 = 21001 行政事业单位医疗 12.17 + 21015 医疗保障管理事务 265.16。\n\n\
          What it checks: in tables listed by classification code, each code's amount equals the sum\n\
          of its direct sub-codes in every column, and the total row the sum of the top-level codes\n\
          (a total row left blank is AR104's).",
};

impl Rule for CodeHierarchy {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for table in doc.tables() {
            for s in totals::code_sums(doc, table).iter().filter(|s| !s.holds()) {
                out.push(finding(table, s.whole, s.code, &s.parts, s.column, s.stated, s.sum));
            }
        }
    }
}

fn finding(table: &Table, whole: &TableRow, code: Option<&str>, parts: &[&TableRow], column: usize, stated: Interval, sum: Interval) -> Finding {
    let mut header = table.columns[column].header.join("/");
    // Two columns under one header (RD109) are told apart by their position.
    if table.columns.iter().filter(|c| c.header == table.columns[column].header).count() > 1 {
        header = format!("{header}（第{}个数字列）", column + 1);
    }
    let name = match code {
        Some(c) => format!("{c} {}", whole.label),
        None => whole.label.clone(),
    };
    let mut part_names: Vec<&str> = parts.iter().take(6).map(|p| p.label.as_str()).collect();
    if parts.len() > 6 {
        part_names.push("…");
    }
    let mut f = META.finding(
        format!(
            "表“{}”中“{name}”的“{header}” {} 不等于其下 {} 个科目（{}）之和 {}",
            table.title,
            wan_yuan(stated.fen()),
            parts.len(),
            part_names.join("、"),
            wan_yuan(sum.fen())
        ),
        format!(
            "table {:?}: {name:?} column {header:?} is {}, not the sum {} of its {} sub-codes ({})",
            table.title,
            wan_yuan(stated.fen()),
            wan_yuan(sum.fen()),
            parts.len(),
            part_names.join(", ")
        ),
    );
    let needle = |row: &TableRow| row.cells.get(column).and_then(Option::as_ref).map(|v| v.written.to_string());
    let place = |row: &TableRow| Place::in_table(table, row.line, needle(row));
    f.places.push(place(whole));
    f.places.extend(parts.iter().map(|p| place(p)));
    f.set_money(sum.fen(), stated.fen());
    f
}
