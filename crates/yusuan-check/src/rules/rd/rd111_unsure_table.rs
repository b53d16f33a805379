//! RD111 unsure-table

use crate::confidence;
use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct UnsureTable;

static META: RuleMeta = RuleMeta {
    code: "RD111",
    name: "unsure-table",
    category: Category::Reader,
    severity: Severity::Info,
    summary: "表格自身的加总关系多处不成立，读法不确定，本表不作检查",
    summary_en: "a table's own sums fail in many places: its reading is unsure and it is not checked",
    doc: "检查什么：表格自身的加总关系（表头的合计 = 各组成列，类 = Σ 款 = Σ 项，合计 = Σ 类）\
          在至少 3 行、且超过四分之一的行中不成立时（一行中几列都不成立算一行），说明这张表没有读对（某列错位、表头未对齐、没见过的表样），\
          而不是文档有错：本表的数字不作检查，任何规则都不就本表报告错误或警告，只在此提示一次。\
          只有一两行不成立的表是读对了的表，其不成立之处照常由 AR 规则报告。\n\
          为什么：把读错的表当作文档的错误报告，是工具的缺陷；读不懂的表只是一条提示。\n\
          示例：某表 40 行中 18 行的合计不等于各列之和：表头的某列与数字错位。\n\n\
          What it checks: a table whose own sums fail in three rows at least and in more than a\n\
          quarter of the rows that state one was not read right; its figures are unsure, no rule reports an\n\
          error or warning from it, and this note says so once.",
};

impl Rule for UnsureTable {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for tally in confidence::unsure_tables(doc) {
            let table = &doc.tables()[tally.table];
            let all = tally.holds + tally.fails;
            let mut f = META.finding(
                format!("表“{}”写有加总关系的 {all} 行中有 {} 行不成立，读法不确定：本表的数字不作检查", table.title, tally.fails),
                format!("table {:?}: the sums fail in {} of its {all} rows that state one, so its reading is unsure and its figures are not checked", table.title, tally.fails),
            );
            f.places.push(Place::in_table(table, table.first_line, None));
            out.push(f);
        }
    }
}
