//! XT102 summary-tables-agree

use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Fact, FactSource, TableKind};

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
        let table_of = |f: &Fact| match f.source {
            FactSource::Table { table, .. } => Some(table),
            _ => None,
        };
        let facts: Vec<(&Fact, usize)> = doc
            .facts()
            .iter()
            .filter_map(|f| Some((f, table_of(f)?)))
            .filter(|(_, t)| ALL_FUNDS.contains(&doc.tables()[*t].kind))
            .collect();
        for (i, &(later, t2)) in facts.iter().enumerate() {
            let Some(&(earlier, _)) = facts[..i].iter().find(|(f, t1)| *t1 != t2 && doc.tables()[*t1].kind != doc.tables()[t2].kind && f.concept == later.concept && f.dims == later.dims) else {
                continue;
            };
            let (Some(a), Some(b)) = (Interval::of(earlier), Interval::of(later)) else { continue };
            if a.meets(b) {
                continue;
            }
            let mut f = META.finding(
                format!("表“{}”为 {}，表“{}”为 {}", doc.tables()[table_of(earlier).unwrap_or(0)].title, wan_yuan(a.fen()), doc.tables()[t2].title, wan_yuan(b.fen())),
                format!("one table states {}, another {}", wan_yuan(a.fen()), wan_yuan(b.fen())),
            );
            f.places = vec![doc.place(later), doc.place(earlier)];
            f.set_money(a.fen(), b.fen());
            out.push(f);
        }
    }
}
