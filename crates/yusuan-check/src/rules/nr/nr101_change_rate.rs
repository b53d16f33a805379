//! NR101 change-rate

use super::change::{stated_changes, Basis, ChangeFigures};
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};

pub struct ChangeRate;

static META: RuleMeta = RuleMeta {
    code: "NR101",
    name: "change-rate",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "说明中的增长率与增减额、本年数不符",
    summary_en: "a stated growth rate disagrees with the stated change and amount",
    doc: "检查什么：说明写“X 为 A 万元，比上年增加（减少）B 万元，增长（下降）C%”时，按\
          上年数 = A − B 重新计算 C = B ÷ (A − B) × 100%，按书写精度的区间比较。\n\
          为什么：增长率由人工计算后填写，抄错、算错或套用上年数字都很常见。\n\
          示例：“支出 5,110.37 万元，减少 581.13 万元，下降 10.21%”——581.13 ÷ 5,691.50 = 10.21%，一致。\n\n\
          What it checks: a stated rate against change ÷ (amount − change), as intervals.\n\
          Why: rates are computed by hand and often miscopied.",
};

impl Rule for ChangeRate {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for s in stated_changes(doc) {
            let Some(ChangeFigures { current, change, rate, previous }) = s.figures() else { continue };
            // A nil base is NR102's.
            let Some(expected) = Interval::ratio_percent(change, previous) else { continue };
            if expected.meets(rate.rounded_or_truncated()) {
                continue;
            }
            let stated = rate.percent_string();
            // Where both years are stated, the slip may be in either (`43269.3` for 3,269.3 before,
            // `201.50` for 208.80 now): say what each would be if the rate were right.
            let implied = matches!(s.basis, Basis::Previous(_)).then(|| current.before_growth(rate)).flatten();
            let (hint, hint_en) = implied.map_or((String::new(), String::new()), |before| {
                let now = wan_yuan(previous.after_growth(rate));
                (
                    format!("；若增长率无误，上年应为约 {}，或本年应为约 {now}", wan_yuan(before)),
                    format!("; if the rate is right, the year before was about {}, or this year is about {now}", wan_yuan(before)),
                )
            });
            let mut f = META.finding(
                format!(
                    "增长率应为 {}%（增减 {} ÷ 上年 {}），说明写的是 {stated}%{hint}",
                    expected.percent_string(),
                    wan_yuan(change.fen()),
                    wan_yuan(previous.fen())
                ),
                format!("the rate should be {}% (change / previous year), the narrative says {stated}%{hint_en}", expected.percent_string()),
            );
            f.places = s.places(doc);
            f.expected = Some(format!("{}%", expected.percent_string()));
            f.found = Some(format!("{stated}%"));
            f.difference = Some(format!("{}%", rate.minus(expected).percent_string()));
            out.push(f);
        }
    }
}
