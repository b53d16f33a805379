//! RD102 unplaced-figures

use super::reader::ReaderRule;
use crate::finding::Severity;
use crate::rule::{Category, RuleMeta};

pub static UNPLACED_FIGURES: ReaderRule = ReaderRule(&RuleMeta {
    code: "RD102",
    name: "unplaced-figures",
    category: Category::Reader,
    severity: Severity::Info,
    summary: "一行的数字无法确定所在列",
    summary_en: "the figures of a row could not be placed in their columns",
    doc: "检查什么：转换时空单元格丢失、一行中的数字无法按表头与合计关系确定所在列。\n\
          为什么：只有第一个数字（合计）被读取，其余数字无法核对。\n\
          示例：“一般行政管理事务 56.91 12.00”在五列的表中。\n\n\
          What it checks: a row whose figures cannot be placed in its columns because empty cells were lost in conversion.\n\
          Why: only the first figure (the total) is read; the others cannot be checked.",
});
