//! XT103 general-budget-tables-agree

use super::agree::disagreements;
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Dims, Fact, Table, TableKind};

pub struct GeneralBudgetTablesAgree;

static META: RuleMeta = RuleMeta {
    code: "XT103",
    name: "general-budget-tables-agree",
    category: Category::CrossTable,
    severity: Severity::Error,
    summary: "财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表中一般公共预算的同一数字不一致",
    summary_en: "the same general-budget figure differs between the fiscal summary, general budget expense and basic expense tables",
    doc: "检查什么：一般公共预算支出表、一般公共预算基本支出表只列一般公共预算拨款；财政拨款收支总表\
          中“一般公共预算”列的数字，与这两张表同一事项、同一维度（功能分类、经济分类、单位）的数字\
          应当相同，如基本支出、项目支出、各功能科目的支出。\n\
          为什么：这几张表由同一套财政拨款数据生成，不一致说明有表未随调整更新。\n\
          示例：一般公共预算支出表“基本支出 51.93”，一般公共预算基本支出表“总计 51.93”，一致。\n\n\
          What it checks: facts of one key agree across the tables of general-budget appropriations\n\
          (the fiscal summary's general-budget column, the general budget expense and basic tables).",
};

impl Rule for GeneralBudgetTablesAgree {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        disagreements(doc, &META, |f, table| general_budget_key(f, &doc.tables()[table]), out);
    }
}

/// A fact's key as a general-budget figure: the tables that hold nothing else need not say so;
/// the fiscal summary's figures are so when their fund says it.
fn general_budget_key(fact: &Fact, table: &Table) -> Option<Dims> {
    let fund = fact.dims.get("fund").map(String::as_str);
    // A table that also prints other funds' columns (Yantai's 公开表10: 合计 | 一般公共预算 | 财政专户
    // 管理资金) totals them all in its columns without a fund.
    let other_funds = table.columns.iter().any(|c| c.fund.is_some_and(|f| f != "general_budget"));
    let in_scope = match table.kind {
        TableKind::GeneralBudgetExpense | TableKind::GeneralBudgetBasic => fund.is_none_or(|f| f == "general_budget") && (fund.is_some() || !other_funds),
        TableKind::FiscalSummary => fund == Some("general_budget") && fact.concept.starts_with("expense."),
        _ => false,
    };
    in_scope.then(|| fact.dims.iter().filter(|(k, _)| **k != "fund").map(|(k, v)| (*k, v.clone())).collect())
}
