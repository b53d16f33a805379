//! RD105 no-money-unit

use super::reader::ReaderRule;
use crate::finding::Severity;
use crate::rule::{Category, RuleMeta};

pub static NO_MONEY_UNIT: ReaderRule = ReaderRule(&RuleMeta {
    code: "RD105",
    name: "no-money-unit",
    category: Category::Reader,
    severity: Severity::Info,
    summary: "表格未注明金额单位",
    summary_en: "a table does not state its money unit",
    doc: "检查什么：没有“单位：万元（元）”的表格。\n\
          为什么：读者无法确定金额是元还是万元；读取器按文档主要单位读取，若实际不同，所有核对都会偏差一万倍。\n\
          示例：表头下缺少“单位：万元”。\n\n\
          What it checks: a table without a money unit line (单位：万元).\n\
          Why: readers cannot tell 元 from 万元; the reader assumes the document's main unit.",
});
