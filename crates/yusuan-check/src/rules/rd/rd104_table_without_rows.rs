//! RD104 table-without-rows

use super::reader::ReaderRule;
use crate::finding::Severity;
use crate::rule::{Category, RuleMeta};

pub static TABLE_WITHOUT_ROWS: ReaderRule = ReaderRule(&RuleMeta {
    code: "RD104",
    name: "table-without-rows",
    category: Category::Reader,
    severity: Severity::Info,
    summary: "表格没有可识别的数据行",
    summary_en: "a table with no recognizable rows",
    doc: "检查什么：有表名而其下没有可识别数据行的表格。\n\
          为什么：表格可能为空表、被截断，或以读取器不认识的版式印出。\n\
          示例：“2025年国有资本经营预算支出表”后直接接下一张表。\n\n\
          What it checks: a table title with no recognizable rows under it.\n\
          Why: the table is empty, cut off, or printed in a layout the reader does not know.",
});
