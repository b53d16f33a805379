//! PF106 performance-amount-vs-project-list

use super::indicators::normalized;
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Fact, FactSource, TableKind};

pub struct PerformanceAmountVsProjectList;

static META: RuleMeta = RuleMeta {
    code: "PF106",
    name: "performance-amount-vs-project-list",
    category: Category::Performance,
    severity: Severity::Error,
    summary: "绩效目标表中项目的金额与项目支出表不同",
    summary_en: "a project's amount in a performance table differs from the project expense table",
    doc: "检查什么：项目绩效目标表（或部门整体绩效目标表的任务列表）中某项目的资金总额，是否等于项目支出表\
          中同名项目的合计。按写出的精度比较，四舍五入造成的差异不报。\n\
          为什么：绩效目标是为这笔预算设定的，金额不同说明两张表有一张未随预算调整而修改。\n\
          示例：项目支出表“2025年城乡居民医疗工作经费 15.00”，绩效目标表同一项目“资金总额 16.00”。\n\n\
          What it checks: a project's total in a performance table against its total in the project \
          expense table, at the precision written.",
};

fn table_kind(doc: &Checked, fact: &Fact) -> Option<TableKind> {
    match fact.source {
        FactSource::Table { table, .. } => doc.tables().get(table).map(|t| t.kind),
        _ => None,
    }
}

/// The total amount of each named project, with the kind of table that states it.
fn project_totals<'a>(doc: &Checked<'a>) -> Vec<(String, TableKind, &'a Fact)> {
    doc.facts()
        .iter()
        .filter(|f| f.concept == "project.amount" && f.dims.len() == 1)
        .filter_map(|f| Some((normalized(f.dims.get("project")?), table_kind(doc, f)?, f)))
        .collect()
}

impl Rule for PerformanceAmountVsProjectList {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let totals = project_totals(doc);
        for (name, kind, fact) in &totals {
            if !matches!(kind, TableKind::ProjectPerformance | TableKind::DepartmentPerformance) {
                continue;
            }
            // Two projects of one name (the same 审计业务经费 of two units) cannot be told apart.
            let named = |k: TableKind| totals.iter().filter(|(n, other, _)| n == name && *other == k).count();
            if named(TableKind::ProjectExpense) > 1 || named(*kind) > 1 {
                continue;
            }
            let Some((_, _, listed)) = totals.iter().find(|(n, k, _)| n == name && *k == TableKind::ProjectExpense) else { continue };
            let (Some(stated), Some(expected)) = (Interval::of(fact), Interval::of(listed)) else { continue };
            if stated.meets(expected) {
                continue;
            }
            let project = fact.dims.get("project").map_or("", String::as_str);
            let mut f = META.finding(
                format!("项目“{project}”在绩效目标表中为 {}，项目支出表为 {}", wan_yuan(stated.fen()), wan_yuan(expected.fen())),
                format!("project {project:?} has {} in a performance table and {} in the project expense table", wan_yuan(stated.fen()), wan_yuan(expected.fen())),
            );
            f.places = vec![doc.place(fact), doc.place(listed)];
            f.set_money(expected.fen(), stated.fen());
            out.push(f);
        }
    }
}
