//! PF102 target-of-another-project

use super::indicators::{money_targets, project_amounts};
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};

pub struct TargetOfAnotherProject;

static META: RuleMeta = RuleMeta {
    code: "PF102",
    name: "target-of-another-project",
    category: Category::Performance,
    severity: Severity::Warning,
    summary: "绩效指标的金额是另一个项目的金额",
    summary_en: "a performance target in money is another project's amount, not this one's",
    doc: "检查什么：以金额表示的绩效指标值与本项目金额不同，却恰好等于另一个项目的金额。\
          整万元的金额（≤10万元、≤100万元）常是巧合，不算。\n\
          为什么：这是复制另一项目的绩效目标后未修改的典型痕迹。\n\
          示例：“乡镇卫生院慢病用药软件费”（12 万元）的数量指标写“网络费6.09万元”，\
          而 6.09 万元是“村标准卫生室软件网络服务费”的金额。\n\n\
          What it checks: a money target equal to another project's amount and not to its own (a\n\
          whole number of 万元 may be chance and is left alone).",
};

impl Rule for TargetOfAnotherProject {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let amounts = project_amounts(doc);
        let listed = doc.project_amounts();
        for t in money_targets(doc) {
            let (Some(own), Some(target)) = (amounts.get(t.project).and_then(|f| Interval::of(f)), Interval::of(t.indicator)) else { continue };
            // A round amount (`≤10万元`, `≤100万元`) is met by chance: only a telling figure shows
            // a target copied from another project.
            if target.meets(own) || !telling(target) {
                continue;
            }
            let Some((other, fact)) = amounts.iter().find(|(name, f)| **name != t.project && Interval::of(f).is_some_and(|a| a.meets(target))) else {
                continue;
            };
            // A sub-item of the project (Xi'an: `委托咨询业务` over `政务大厅公众服务保障经费`) is
            // its own part: a cost target of that amount is the part's, not copied.
            if sub_items(&listed, t.project).contains(other) {
                continue;
            }
            let mut f = META.finding(
                format!("项目“{}”（{}）的指标值 {} 等于项目“{other}”的金额", t.project, wan_yuan(own.fen()), wan_yuan(target.fen())),
                format!("a target of project {:?} ({}) is {}, the amount of project {other:?}", t.project, wan_yuan(own.fen()), wan_yuan(target.fen())),
            );
            f.places = vec![doc.place(t.indicator), doc.place(fact)];
            f.expected = Some(wan_yuan(own.fen()));
            f.found = Some(wan_yuan(target.fen()));
            out.push(f);
        }
    }
}

/// Whether an amount is telling enough to show copying: not a whole number of 万元 (`6.09万元`).
fn telling(amount: Interval) -> bool {
    amount.fen() % 1_000_000 != 0
}

/// The projects listed right after `project` whose amounts add up to its own: its sub-items, in a
/// list of two levels.
fn sub_items<'a>(listed: &[(&'a str, &yusuan_model::Fact)], project: &str) -> Vec<&'a str> {
    let Some(at) = listed.iter().position(|(name, _)| *name == project) else { return Vec::new() };
    let Some(whole) = Interval::of(listed[at].1) else { return Vec::new() };
    let mut sum = Interval::zero();
    for (k, (_, fact)) in listed.iter().enumerate().skip(at + 1) {
        let Some(part) = Interval::of(fact) else { break };
        sum = sum.plus(part);
        if sum.meets(whole) {
            return listed[at + 1..=k].iter().map(|(name, _)| *name).collect();
        }
        if sum.fen() > whole.fen() {
            break;
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::sub_items;
    use yusuan_model::{Fact, FactSource, FactValue, Money, Span};

    fn amount(wan: i64) -> Fact {
        let value = FactValue::Money(Money { fen: wan * 1_000_000, decimals: 2 });
        Fact { concept: "project.amount".into(), dims: Default::default(), value, source: FactSource::Text { paragraph: 0, at: 0 }, span: Span::line(1) }
    }

    #[test]
    fn the_projects_listed_under_a_project_are_its_sub_items() {
        let (group, a, b, next) = (amount(50), amount(20), amount(30), amount(20));
        let listed = [("委托咨询业务", &group), ("甲", &a), ("乙", &b), ("丙", &next)];
        assert_eq!(sub_items(&listed, "委托咨询业务"), ["甲", "乙"]);
        assert!(sub_items(&listed, "乙").is_empty());
    }
}
