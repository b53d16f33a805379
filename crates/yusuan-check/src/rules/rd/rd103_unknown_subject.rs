//! RD103 unknown-subject

use super::reader::ReaderRule;
use crate::finding::Severity;
use crate::rule::{Category, RuleMeta};

pub static UNKNOWN_SUBJECT: ReaderRule = ReaderRule(&RuleMeta {
    code: "RD103",
    name: "unknown-subject",
    category: Category::Reader,
    severity: Severity::Info,
    summary: "说明中的数字未能识别所指事项",
    summary_en: "a figure in the narrative whose subject was not recognized",
    doc: "检查什么：情况说明中读取器未能判断其所指事项的金额。\n\
          为什么：这些金额不能与表格核对，需要人工查看。\n\
          示例：“其他支出 3.20 万元”而表中无“其他支出”。\n\n\
          What it checks: an amount in the narrative whose subject the reader did not recognize.\n\
          Why: it cannot be compared with the tables; a person has to look at it.",
});
