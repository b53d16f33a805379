//! RD108 loose-indicators

use super::reader::ReaderRule;
use crate::finding::Severity;
use crate::rule::{Category, RuleMeta};

pub static LOOSE_INDICATORS: ReaderRule = ReaderRule(&RuleMeta {
    code: "RD108",
    name: "loose-indicators",
    category: Category::Reader,
    severity: Severity::Info,
    summary: "绩效指标单元格边界丢失，指标名称为近似",
    summary_en: "performance indicators whose cell boundaries were lost; names are approximate",
    doc: "检查什么：以空格分隔的项目绩效表，单元格边界已丢失。\n\
          为什么：数值型指标值已读取，指标名称为近似，定性指标值未读取，涉及它们的核对不完整。\n\n\
          What it checks: a space-separated project performance table whose cell boundaries are lost.\n\
          Why: numeric targets are read with approximate names; qualitative targets are not read.",
});
