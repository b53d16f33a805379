//! XT101 repeated-row

use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::TableKind;

pub struct RepeatedRow;

static META: RuleMeta = RuleMeta {
    code: "XT101",
    name: "repeated-row",
    category: Category::CrossTable,
    severity: Severity::Warning,
    summary: "同一张表中同一科目的行重复出现",
    summary_en: "a row with the same codes and figures appears twice in a table",
    doc: "检查什么：同一张表中科目编码、名称和全部数字都相同的两行。\n\
          为什么：重复行会使合计虚增，或说明表格是拼接而成，应删去一行或更正其中一行。\n\
          示例：《机关运行经费预算表》中“30201 办公费 1.5000”出现两次。\n\
          绩效目标（自评）表是表单而非科目清单，政府采购表可能分行列出同一采购，均不检查。\n\n\
          What it checks: two rows of a table with the same codes, label and figures.",
};

impl Rule for RepeatedRow {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        // A performance form's rows are a form's fields (`年度资金总额`, `其中：当年财政拨款` may
        // hold the same figures), a 政府采购 table may list one purchase twice, and a project list
        // may name a 一级项目 and its one 二级项目 alike (`大宗印刷项目` over `大宗印刷项目`): none is
        // a list of items each stated once.
        let lists_items = |t: &&yusuan_model::Table| {
            !matches!(t.kind, TableKind::DepartmentPerformance | TableKind::ProjectPerformance | TableKind::Procurement | TableKind::ProjectExpense)
        };
        for table in doc.tables().iter().filter(lists_items) {
            for (i, row) in table.rows.iter().enumerate() {
                let coded = row.codes.function.is_some() || row.codes.econ_dept.is_some() || row.project.is_some();
                // A row without a label cannot be told to be the same item as another.
                if !coded || row.label.trim().is_empty() || row.cells.iter().all(Option::is_none) {
                    continue;
                }
                let same = |other: &yusuan_model::TableRow| {
                    other.label == row.label
                        && other.codes.unit == row.codes.unit
                        && other.codes.function == row.codes.function
                        && other.codes.econ_dept == row.codes.econ_dept
                        && other.codes.econ_gov == row.codes.econ_gov
                        && other.project == row.project
                        && other.cells.iter().map(|c| c.as_ref().map(|v| v.written)).eq(row.cells.iter().map(|c| c.as_ref().map(|v| v.written)))
                };
                // Rows under two headings (`301 工资福利支出` under two function classes; a project of
                // one name under two units) are two items: a row between them that names another
                // class or unit than theirs heads the second.
                let Some(at) = table.rows[..i].iter().position(|r| same(r)) else { continue };
                let first = &table.rows[at];
                let heads_another = |r: &yusuan_model::TableRow| {
                    (r.codes.function.is_some() && r.codes.function != row.codes.function)
                        || (r.codes.unit.is_some() && r.codes.unit != row.codes.unit)
                        || numbered_group(&r.label)
                };
                if table.rows[at + 1..i].iter().any(heads_another) {
                    continue;
                }
                // Rows that print the same codes with other figures are items whose own codes the
                // table leaves out (`210 15 01 行政运行` once per economic class): not repeats.
                let same_codes = |r: &&yusuan_model::TableRow| r.label == row.label && r.codes.function == row.codes.function && r.codes.econ_dept == row.codes.econ_dept && r.project == row.project;
                if table.rows.iter().filter(same_codes).any(|r| !same(r)) {
                    continue;
                }
                let mut f = META.finding(
                    format!("表“{}”中“{}”一行重复出现（第{}行与第{}行）", table.title, row.label, first.line, row.line),
                    format!("in table {:?}, the row {:?} appears twice (lines {} and {})", table.title, row.label, first.line, row.line),
                );
                for r in [row, first] {
                    let needle = r.codes.econ_dept.clone().or(r.codes.function.clone()).or(Some(r.label.clone()));
                    f.places.push(Place::in_table(table, r.line, needle));
                }
                out.push(f);
            }
        }
    }
}

/// `二、专项业务经费支出`: a group numbered in Chinese numerals, under which the rows after it stand.
fn numbered_group(label: &str) -> bool {
    let digits = label.chars().take_while(|c| "一二三四五六七八九十".contains(*c)).count();
    digits > 0 && label.chars().nth(digits) == Some('、')
}
