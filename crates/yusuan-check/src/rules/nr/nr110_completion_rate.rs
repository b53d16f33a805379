//! NR110 completion-rate

use super::change::stated_before;
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};

pub struct CompletionRate;

static META: RuleMeta = RuleMeta {
    code: "NR110",
    name: "completion-rate",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "决算说明中的“完成年初预算的X%”与年初预算数、决算数不符",
    summary_en: "a final account's stated completion rate disagrees with the budgeted and actual amounts",
    doc: "检查什么：决算说明写“年初预算为 B 万元，支出决算为 A 万元，完成年初预算的 C%”时，\
          重新计算 C = A ÷ B × 100%，按书写精度的区间比较；年初预算为零时不计算。\n\
          为什么：完成率由人工计算后填写，抄错、算错或沿用模板数字都很常见；\
          它是读者判断预算执行的第一个数字。\n\
          示例：“一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，\
          完成年初预算的98.20%”——2,940.05 ÷ 2,993.92 = 98.20%，一致。\n\n\
          What it checks: a stated completion rate against actual ÷ budgeted, as intervals.\n\
          Why: the rate is computed by hand and often miscopied.",
};

impl Rule for CompletionRate {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let narrative: Vec<_> = doc.narrative_facts().map(|(_, f)| f).collect();
        for rate in &narrative {
            let Some(base) = rate.concept.strip_suffix(".completion") else { continue };
            let (Some(actual), Some(budgeted)) = (stated_before(&narrative, base, rate), stated_before(&narrative, &format!("{base}.budgeted"), rate)) else {
                continue;
            };
            let (Some(a), Some(b), Some(stated)) = (Interval::of(actual), Interval::of(budgeted), Interval::of(rate)) else { continue };
            let Some(expected) = Interval::ratio_percent(a, b) else { continue };
            if expected.meets(stated.rounded_or_truncated()) {
                continue;
            }
            let mut f = META.finding(
                format!(
                    "完成率应为 {}%（决算 {} ÷ 年初预算 {}），说明写的是 {}%",
                    expected.percent_string(),
                    wan_yuan(a.fen()),
                    wan_yuan(b.fen()),
                    stated.percent_string()
                ),
                format!("the completion rate should be {}% (actual / budgeted), the narrative says {}%", expected.percent_string(), stated.percent_string()),
            );
            f.places = vec![doc.place(rate), doc.place(budgeted), doc.place(actual)];
            f.expected = Some(format!("{}%", expected.percent_string()));
            f.found = Some(format!("{}%", stated.percent_string()));
            f.difference = Some(format!("{}%", stated.minus(expected).percent_string()));
            out.push(f);
        }
    }
}
