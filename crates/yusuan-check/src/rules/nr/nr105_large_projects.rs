//! NR105 large-projects

use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use std::collections::BTreeMap;
use yusuan_model::FactValue;

pub struct LargeProjects;

static META: RuleMeta = RuleMeta {
    code: "NR105",
    name: "large-projects",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "说明中 100 万元以上项目的个数或金额与项目表不符",
    summary_en: "the stated count or total of projects of 1 million yuan or more differs from the tables",
    doc: "检查什么：“100万元及100万元以上项目N个，支出总额X万元”与项目表中金额不低于 100 万元的\
          项目个数及其金额之和比较（金额按书写精度的区间）。\n\
          为什么：绩效管理说明中的重点项目口径常由人工统计，漏计或多计一个项目很常见。\n\
          示例：说明写 6 个项目、支出总额 4,703 万元，表中 6 个项目合计 4,843 万元。\n\n\
          What it checks: the stated count and total of projects of 1 million yuan or more\n\
          against the project tables.",
};

/// 100 万元 in 分.
const LARGE_FEN: i64 = 100 * 10_000 * 100;

impl Rule for LargeProjects {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        // One amount per project: the first listed.
        let mut amounts = BTreeMap::new();
        for (name, fact) in doc.project_amounts() {
            amounts.entry(name).or_insert(fact);
        }
        let large: Vec<_> = amounts.values().filter(|f| matches!(f.value, FactValue::Money(m) if m.fen >= LARGE_FEN)).collect();
        if amounts.is_empty() {
            return;
        }
        let year = doc.reading.document.identity.year;
        for (_, said) in doc.narrative_facts() {
            if doc.sentence_year(said).is_some_and(|y| Some(y) != year) {
                continue;
            }
            match (said.concept.as_str(), &said.value) {
                ("projects.large", FactValue::Count(n)) if *n as usize != large.len() => {
                    let mut f = META.finding(
                        format!("说明称 100 万元以上项目 {n} 个，项目表中有 {} 个", large.len()),
                        format!("the narrative states {n} projects of 1 million yuan or more; the tables list {}", large.len()),
                    );
                    f.places.push(doc.place(said));
                    f.expected = Some(format!("{} 个", large.len()));
                    f.found = Some(format!("{n} 个"));
                    out.push(f);
                }
                ("performance.large_projects_total", FactValue::Money(_)) => {
                    let (Some(stated), Some(sum)) = (Interval::of(said), large.iter().filter_map(|f| Interval::of(f)).reduce(Interval::plus)) else {
                        continue;
                    };
                    if stated.meets(sum) {
                        continue;
                    }
                    let mut f = META.finding(
                        format!("说明称 100 万元以上项目支出总额 {}，项目表中这些项目合计 {}", wan_yuan(stated.fen()), wan_yuan(sum.fen())),
                        format!("the narrative states {} for projects of 1 million yuan or more; the tables sum to {}", wan_yuan(stated.fen()), wan_yuan(sum.fen())),
                    );
                    f.places.push(doc.place(said));
                    f.places.extend(large.iter().map(|p| doc.place(p)));
                    f.set_money(sum.fen(), stated.fen());
                    out.push(f);
                }
                _ => {}
            }
        }
    }
}
