//! AR101 concept-sums

use super::totals::calculations;
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use std::collections::BTreeMap;
use yusuan_model::{Dims, Fact, FactSource};

pub struct ConceptSums;

static META: RuleMeta = RuleMeta {
    code: "AR101",
    name: "concept-sums",
    category: Category::Arithmetic,
    severity: Severity::Error,
    summary: "合计与其组成不符（收入总计 = 本年收入 + 上年结转，基本支出 = 人员经费 + 公用经费……）",
    summary_en: "a total disagrees with its parts (income total = current year + carry-over, …)",
    doc: "检查什么：data/calculations.tsv 中的勾稽关系，在同一张表的同一维度、或说明的同一段中\
          全部写出时是否成立，按书写精度的区间比较：收入总计 = 本年收入 + 上年结转，\
          支出总计 = 本年支出 + 年终结转结余，收入总计 = 支出总计，本年支出 = 基本支出 + 项目支出，\
          基本支出 = 人员经费 + 公用经费，“三公”经费 = 出国 + 公务用车 + 接待，公务用车 = 购置 + 运行。\n\
          一张表中多数行都不成立的关系，是表头未能对齐（读取问题），不报告。\n\
          为什么：这些是公开表格的基本平衡关系，不平说明数字抄错或表格未更新。\n\
          示例：基本支出 194.97 = 人员经费 172.04 + 公用经费 22.93，一致。\n\n\
          What it checks: the sums of data/calculations.tsv among facts stated together.",
};

/// Where facts count as stated together: `(true, table)` or `(false, paragraph)`.
type Scope = (bool, usize);

fn scope(f: &Fact) -> Scope {
    match f.source {
        FactSource::Table { table, .. } | FactSource::Indicator { table, .. } => (true, table),
        FactSource::Text { paragraph, .. } => (false, paragraph),
    }
}

impl Rule for ConceptSums {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let mut groups: BTreeMap<(Scope, &Dims), Vec<&Fact>> = BTreeMap::new();
        for f in doc.facts() {
            groups.entry((scope(f), &f.dims)).or_default().push(f);
        }
        // (scope, calculation) → outcomes: `None` where it holds, the finding where it does not.
        let mut outcomes: BTreeMap<(Scope, usize), Vec<Option<Finding>>> = BTreeMap::new();
        for (&(scope, _), facts) in &groups {
            // A concept stated more than once in a group is ambiguous there.
            let one = |concept: &str| {
                let mut it = facts.iter().filter(|f| f.concept == concept);
                let first = it.next()?;
                it.next().is_none().then_some(*first)
            };
            for (k, calc) in calculations().iter().enumerate() {
                let Some(total) = one(calc.total) else { continue };
                let Some(parts) = calc.addends.iter().map(|a| one(a)).collect::<Option<Vec<&Fact>>>() else { continue };
                let intervals: Option<Vec<Interval>> = parts.iter().map(|p| Interval::of(p)).collect();
                let (Some(stated), Some(sum)) = (Interval::of(total), intervals.and_then(|i| i.into_iter().reduce(Interval::plus))) else {
                    continue;
                };
                let outcome = outcomes.entry((scope, k)).or_default();
                if stated.meets(sum) {
                    outcome.push(None);
                    continue;
                }
                let names: Vec<&str> = calc.addends.iter().map(|a| label(a)).collect();
                let mut f = META.finding(
                    format!("{} {} ≠ {} 之和 {}", label(calc.total), wan_yuan(stated.fen()), names.join(" + "), wan_yuan(sum.fen())),
                    format!("{} {} is not the sum {} of {}", calc.total, wan_yuan(stated.fen()), wan_yuan(sum.fen()), calc.addends.join(" + ")),
                );
                f.places.push(doc.place(total));
                f.places.extend(parts.iter().map(|p| doc.place(p)));
                f.set_money(sum.fen(), stated.fen());
                outcome.push(Some(f));
            }
        }
        for (((in_table, _), _), results) in outcomes {
            let holds = results.iter().filter(|r| r.is_none()).count();
            // In a table, a sum that most rows break is a header the reader could not align.
            if in_table && holds * 2 < results.len() {
                continue;
            }
            out.extend(results.into_iter().flatten());
        }
    }
}

fn label(concept: &str) -> &'static str {
    yusuan_model::Taxonomy::builtin().get(concept).map_or("?", |c| c.label_zh)
}
