//! XT102 summary-tables-agree

use super::agree::disagreements;
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Fact, TableKind};

pub struct SummaryTablesAgree;

static META: RuleMeta = RuleMeta {
    code: "XT102",
    name: "summary-tables-agree",
    category: Category::CrossTable,
    severity: Severity::Error,
    summary: "收支总表、收入总表、支出总表中同一数字不一致",
    summary_en: "the same figure differs between the income/expense summary, income and expense tables",
    doc: "检查什么：部门收支总表、收入总表、支出总表都按全部资金列示；同一事项、同一维度（功能分类、\
          经济分类、单位、资金来源）的数字在这几张表之间应当相同。财政拨款表和一般公共预算表只列\
          财政拨款，口径不同，不在此比较。\n\
          为什么：几张总表由同一套数据生成，不一致说明有表未随调整更新。\n\
          示例：收支总表“本年收入合计 261.88”，收入总表“本年收入合计 271.88”。\n\n\
          What it checks: facts of one key agree across the all-funds summary tables.",
};

const ALL_FUNDS: [TableKind; 3] = [TableKind::IncomeExpenseSummary, TableKind::Income, TableKind::Expense];

impl Rule for SummaryTablesAgree {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let all_funds = |f: &Fact, table: usize| ALL_FUNDS.contains(&doc.tables()[table].kind).then(|| f.dims.clone());
        disagreements(doc, &META, all_funds, out);
    }
}
