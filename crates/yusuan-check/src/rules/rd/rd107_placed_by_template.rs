//! RD107 placed-by-template

use super::reader::ReaderRule;
use crate::finding::Severity;
use crate::rule::{Category, RuleMeta};

pub static PLACED_BY_TEMPLATE: ReaderRule = ReaderRule(&RuleMeta {
    code: "RD107",
    name: "placed-by-template",
    category: Category::Reader,
    severity: Severity::Info,
    summary: "以空格分隔的表格，按列模板与合计关系确定了数字所在列",
    summary_en: "a space-separated table whose figures were placed by its template and sums",
    doc: "检查什么：空单元格已丢失的表格中，有的行的数字须借助各列合计或说明才能确定所在列。\n\
          为什么：这些行的读取依赖推断；若发现不符，请对照原表。\n\n\
          What it checks: rows of a table with lost empty cells whose figures could be placed only with the column totals or the narrative.\n\
          Why: their reading is an inference; compare with the original table where a finding involves them.",
});
