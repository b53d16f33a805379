//! PF101 target-above-amount

use super::indicators::{money_targets, project_amounts};
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};

pub struct TargetAboveAmount;

static META: RuleMeta = RuleMeta {
    code: "PF101",
    name: "target-above-amount",
    category: Category::Performance,
    severity: Severity::Error,
    summary: "绩效指标的金额超过项目本身的金额",
    summary_en: "a performance target in money exceeds the project's own amount",
    doc: "检查什么：项目绩效目标中以金额表示、要求“不低于”或“等于”的指标值（如“采购智能服务查询终端 \
          ≥15.3万元”），是否超过项目表中该项目的金额。\n\
          为什么：一个项目的产出或成本不可能超过它的预算；这类指标多是从其他项目抄来的。\n\
          示例：项目金额 0.25 万元，指标“≥15.3万元”。\n\
          效益指标（促进财政增收节支、带动投资）和满意度指标不受项目金额所限，不检查。\n\n\
          What it checks: a money target (at least / equal) above the project's amount.",
};

impl Rule for TargetAboveAmount {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let amounts = project_amounts(doc);
        for t in money_targets(doc) {
            // An effect (`经济效益指标 促进财政增收节支 ≥5000万元`) or a satisfaction may well exceed
            // what the project costs: only what it spends or pays out is bounded by its amount.
            let category = t.indicator.dims.get("category").map_or("", String::as_str);
            if !matches!(t.comparator, "≥" | "=" | ">") || category.contains("效益") || category.contains("满意") {
                continue;
            }
            let (Some(amount), Some(target)) = (amounts.get(t.project), Interval::of(t.indicator)) else { continue };
            let Some(project) = Interval::of(amount) else { continue };
            if target.meets(project) || target.fen() <= project.fen() {
                continue;
            }
            let mut f = META.finding(
                format!("项目“{}”金额 {}，绩效指标却要求 {}{}", t.project, wan_yuan(project.fen()), t.comparator, wan_yuan(target.fen())),
                format!("project {:?} has {}, yet a target asks for {}{}", t.project, wan_yuan(project.fen()), t.comparator, wan_yuan(target.fen())),
            );
            f.places = vec![doc.place(t.indicator), doc.place(amount)];
            f.expected = Some(format!("≤ {}", wan_yuan(project.fen())));
            f.found = Some(format!("{}{}", t.comparator, wan_yuan(target.fen())));
            out.push(f);
        }
    }
}
