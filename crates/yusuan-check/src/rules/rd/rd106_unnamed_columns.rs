//! RD106 unnamed-columns

use super::reader::ReaderRule;
use crate::finding::Severity;
use crate::rule::{Category, RuleMeta};

pub static UNNAMED_COLUMNS: ReaderRule = ReaderRule(&RuleMeta {
    code: "RD106",
    name: "unnamed-columns",
    category: Category::Reader,
    severity: Severity::Info,
    summary: "以空格分隔的表格无法确定各列含义",
    summary_en: "a space-separated table whose columns could not be named",
    doc: "检查什么：以单个空格分隔、空单元格已丢失、又没有适用的列模板的表格。\n\
          为什么：除第一列（合计）外的数字不生成事实，无法核对。\n\n\
          What it checks: a table split by single spaces, with empty cells lost and no column template that fits.\n\
          Why: figures other than the first (the total) make no facts and cannot be checked.",
});
