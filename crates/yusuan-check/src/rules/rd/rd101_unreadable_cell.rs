//! RD101 unreadable-cell

use super::reader::ReaderRule;
use crate::finding::Severity;
use crate::rule::{Category, RuleMeta};

pub static UNREADABLE_CELL: ReaderRule = ReaderRule(&RuleMeta {
    code: "RD101",
    name: "unreadable-cell",
    category: Category::Reader,
    severity: Severity::Info,
    summary: "数字列中的单元格无法识别为金额",
    summary_en: "a cell in a figure column is not a figure",
    doc: "检查什么：表格数字列中既不是数字、也不是空白或“－”的单元格。\n\
          为什么：该单元格不生成事实，涉及它的合计与比较都无法核对；常是录入错误或转换错误。\n\
          示例：行政运行一行的金额印成“5O.12”（字母 O）。\n\n\
          What it checks: a cell in a figure column that is neither a figure nor blank.\n\
          Why: it makes no fact, so no sum or comparison involving it can be checked; usually a typing or conversion error.",
});
