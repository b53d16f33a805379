//! NR102 rate-from-zero-base

use super::change::{stated_changes, ChangeFigures};
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct RateFromZeroBase;

static META: RuleMeta = RuleMeta {
    code: "NR102",
    name: "rate-from-zero-base",
    category: Category::Narrative,
    severity: Severity::Warning,
    summary: "上年数为零，却写了增长率",
    summary_en: "a growth rate is stated although the previous year's amount is nil",
    doc: "检查什么：本年数减去增加额为零（上年为零）时，说明仍写了增长率。\n\
          为什么：以零为基数的增长率没有意义，写出的数字（如 0.00%、9.08%）必然是错的或套用的；\
          应写“上年无此项支出”。\n\
          示例：“公务接待费 1.00 万元，比上年增加 1.00 万元，增长 0.00%”。\n\n\
          What it checks: a rate stated for a change from a nil previous-year amount.\n\
          Why: a rate from zero is undefined; the printed figure is wrong or copied.",
};

impl Rule for RateFromZeroBase {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for s in stated_changes(doc) {
            let Some(ChangeFigures { current, change, rate, previous }) = s.figures() else { continue };
            if !previous.may_be_zero() || change.may_be_zero() {
                continue;
            }
            let mut f = META.finding(
                format!(
                    "本年 {} 增加 {}，上年为零，增长率无从计算；说明写的是 {}%",
                    wan_yuan(current.fen()),
                    wan_yuan(change.fen()),
                    rate.percent_string()
                ),
                format!("the previous year's amount is nil, so no rate exists; the narrative says {}%", rate.percent_string()),
            );
            f.places = s.places(doc);
            f.expected = Some("上年为零，不应写增长率 / no rate from a nil base".into());
            f.found = Some(format!("{}%", rate.percent_string()));
            out.push(f);
        }
    }
}
