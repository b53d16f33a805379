//! RD109 columns-by-position

use super::reader::ReaderRule;
use crate::finding::Severity;
use crate::rule::{Category, RuleMeta};

pub static COLUMNS_BY_POSITION: ReaderRule = ReaderRule(&RuleMeta {
    code: "RD109",
    name: "columns-by-position",
    category: Category::Reader,
    severity: Severity::Info,
    summary: "表头无法区分的数字列，按列序号区分",
    summary_en: "figure columns whose headers do not tell them apart",
    doc: "检查什么：合并表头下未标名称的子列，与左侧列的表头相同。\n\
          为什么：其事实按列序号（column）区分，与其他表核对时无法确定含义。\n\n\
          What it checks: unnamed sub-columns under a merged header, whose header equals a column to their left.\n\
          Why: their facts carry the column position, so they cannot be matched with other tables.",
});
