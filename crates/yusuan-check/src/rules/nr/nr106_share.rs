//! NR106 share

use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Fact, FactSource, FactValue};

pub struct Share;

static META: RuleMeta = RuleMeta {
    code: "NR106",
    name: "share",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "说明中的占比与金额不符",
    summary_en: "a stated share disagrees with the amounts it is a share of",
    doc: "检查什么：“X 万元，占 Y%”按同一段中此前写出的合计重新计算 Y = X ÷ 合计 × 100%，按书写\
          精度的区间比较；合计取该段中此前、不小于 X 的金额之一（本年支出、基本支出……），\
          任何一个相符即不报告。\n\
          为什么：占比由人工计算，金额修改后占比常未同步。\n\
          示例：“一般公共服务(类)支出 4.79 万元，占 0.08%”，而 4.79 ÷ 5,110.37 = 0.09%。\n\n\
          What it checks: a share against the amount over an earlier total of the same paragraph.",
};

fn position(f: &Fact) -> (usize, usize) {
    match f.source {
        FactSource::Text { paragraph, at } => (paragraph, at),
        _ => (usize::MAX, 0),
    }
}

impl Rule for Share {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let narrative: Vec<&Fact> = doc.narrative_facts().map(|(_, f)| f).collect();
        for share in &narrative {
            let (Some(base), FactValue::Percent(_)) = (share.concept.strip_suffix(".share"), &share.value) else { continue };
            let (paragraph, at) = position(share);
            let earlier = || narrative.iter().filter(move |f| position(f).0 == paragraph && position(f).1 < at);
            let Some(amount) = earlier().filter(|f| f.concept == base && f.dims == share.dims).max_by_key(|f| position(f).1) else { continue };
            let (Some(part), Some(stated)) = (Interval::of(amount), Interval::of(share)) else { continue };
            let totals: Vec<&&Fact> = earlier()
                .filter(|f| position(f).1 < position(amount).1 && f.dims.is_empty() && matches!(f.value, FactValue::Money(_)))
                .filter(|f| Interval::of(f).is_some_and(|t| t.fen() >= part.fen() && !t.may_be_zero()))
                .collect();
            let computed: Vec<(&&Fact, Interval)> = totals.iter().filter_map(|t| Some((*t, Interval::ratio_percent(part, Interval::of(t)?)?))).collect();
            if computed.is_empty() || computed.iter().any(|(_, c)| c.meets(stated)) {
                continue;
            }
            let (total, expected) = computed[0];
            let mut f = META.finding(
                format!("占比应为 {}%（{} ÷ {}），说明写的是 {}%", expected.percent_string(), crate::context::wan_yuan(part.fen()), crate::context::wan_yuan(Interval::of(total).map_or(0, Interval::fen)), stated.percent_string()),
                format!("the share should be {}%, the narrative says {}%", expected.percent_string(), stated.percent_string()),
            );
            f.places = vec![doc.place(share), doc.place(amount), doc.place(total)];
            f.expected = Some(format!("{}%", expected.percent_string()));
            f.found = Some(format!("{}%", stated.percent_string()));
            f.difference = Some(format!("{}%", stated.minus(expected).percent_string()));
            out.push(f);
        }
    }
}
