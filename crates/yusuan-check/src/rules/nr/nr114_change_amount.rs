//! NR114 change-amount

use super::change::stated_before;
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};

pub struct ChangeAmount;

static META: RuleMeta = RuleMeta {
    code: "NR114",
    name: "change-amount",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "说明写的增减额（或“持平”）与本年数、上年数之差不符",
    summary_en: "a stated change (or `持平`, level) is not the current amount less the previous one",
    doc: "检查什么：同一段说明写出上年数 P、本年数 A 和增减额 B（“增加/减少B万元”，或“持平”即 B = 0）时，\
          B 须等于 A − P，按书写精度的区间比较。\n\
          为什么：增减额和“持平”常由上一年的说明沿用，数字改了、增减没改。\n\
          示例：“2023年当年预算执行数为10.00万元，2024年预算安排10.00万元，比2023年预算执行数持平”——一致；\
          若本年写成 12.00 万元，则“持平”不成立，应为增加 2.00 万元。\n\n\
          What it checks: a stated change against current − previous, as intervals; `持平` is a change of 0.\n\
          Why: changes and `持平` are carried over from last year's text.",
};

impl Rule for ChangeAmount {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let narrative: Vec<_> = doc.narrative_facts().map(|(_, f)| f).collect();
        for change in &narrative {
            let Some(base) = change.concept.strip_suffix(".change") else { continue };
            let (Some(current), Some(previous)) = (stated_before(&narrative, base, change), stated_before(&narrative, &format!("{base}.previous"), change)) else {
                continue;
            };
            let (Some(a), Some(p), Some(stated)) = (Interval::of(current), Interval::of(previous), Interval::of(change)) else { continue };
            let expected = a.minus(p);
            if expected.meets(stated) {
                continue;
            }
            let said = if stated.fen() == 0 { "持平".to_string() } else { format!("{} 万元", wan_yuan(stated.fen())) };
            let mut f = META.finding(
                format!("本年 {} 万元 − 上年 {} 万元 = {} 万元，说明写的是{said}", wan_yuan(a.fen()), wan_yuan(p.fen()), wan_yuan(expected.fen())),
                format!("current {} less previous {} is {} (万元), the narrative says {said}", wan_yuan(a.fen()), wan_yuan(p.fen()), wan_yuan(expected.fen())),
            );
            f.places = vec![doc.place(change), doc.place(previous), doc.place(current)];
            f.set_money(expected.fen(), stated.fen());
            out.push(f);
        }
    }
}
