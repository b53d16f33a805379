//! PF104 target-contradicts-indicator

use super::indicators::indicator_place;
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Comparator, Decimal, Target};

pub struct TargetContradictsIndicator;

static META: RuleMeta = RuleMeta {
    code: "PF104",
    name: "target-contradicts-indicator",
    category: Category::Performance,
    severity: Severity::Warning,
    summary: "指标值的方向与指标的含义相反，或比率超过 100%",
    summary_en: "a target's comparator contradicts what the indicator measures, or a rate exceeds 100%",
    doc: "检查什么：越高越好的指标（满意度、合格率、达标率、完成率、覆盖率、知晓率、发放率等）写成\
          “≤”“不高于”，越低越好的指标（成本、投诉率、差错率、事故率等）写成“≥”“不低于”，以及比率\
          类指标的指标值超过 100%。\n\
          为什么：这样的指标值要么无法考核（“发放率≤100%”任何结果都达标），要么方向写反，\
          多为填表时选错了符号。\n\
          示例：“符合条件的人员发放工资率 ≤100%”；“报销成本 ≥140万元”；“群众满意度 ≥105%”。\n\n\
          What it checks: an at-most target on an indicator that should be high (satisfaction, pass, \
          completion, coverage rates), an at-least target on one that should be low (cost, complaint \
          or error rates), and rates above 100%.",
};

/// Which way an indicator is better.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Better {
    Higher,
    Lower,
}

/// Words of indicators that are better high, wherever they stand in the name.
const HIGHER: [&str; 4] = ["满意度", "满意率", "知晓率", "知晓度"];

/// What a rate that is better high counts as done (`完成率`, `符合条件的人员发放工资率`).
const DONE: [&str; 17] =
    ["完成", "合格", "达标", "覆盖", "知晓", "及时", "到位", "拨付", "发放", "兑现", "执行", "参保", "代缴", "救助", "结算", "准确", "正常运行"];

/// Rates that are better low.
const LOWER: [&str; 8] = ["投诉率", "投诉量", "差错率", "事故率", "失误率", "发生率", "返贫率", "超支率"];

/// Costs are better low, save the savings made on them (`成本节约率`).
fn is_cost(name: &str) -> bool {
    name.contains("成本") && !["节约", "节省", "降低"].iter().any(|w| name.contains(w))
}

fn better(name: &str) -> Option<Better> {
    if LOWER.iter().any(|w| name.contains(w)) || is_cost(name) {
        Some(Better::Lower)
    } else if HIGHER.iter().any(|w| name.contains(w)) || (name.ends_with('率') && DONE.iter().any(|w| name.contains(w))) {
        Some(Better::Higher)
    } else {
        None
    }
}

/// Whether a percentage is above 100.
fn above_hundred(value: Decimal) -> bool {
    10i64.checked_pow(u32::from(value.scale)).and_then(|p| p.checked_mul(100)).is_some_and(|hundred| value.mantissa > hundred)
}

/// What is wrong with `target` for an indicator named `name`, in Chinese and English.
fn contradiction(name: &str, target: &Target) -> Option<(String, String)> {
    // A rate or a degree stated in another measure (`出车响应及时率 ≤1小时`) is a limit on another
    // quantity, here a time: which way is better is not the rate's.
    let rate = name.ends_with('率') || name.ends_with('度');
    if rate && !(target.measure.is_empty() || target.measure == "%") {
        return None;
    }
    let way = better(name)?;
    let at_most = matches!(target.comparator, Comparator::AtMost | Comparator::Below);
    let at_least = matches!(target.comparator, Comparator::AtLeast | Comparator::Above);
    match way {
        Better::Higher if at_most => Some((
            format!("“{name}”越高越好，指标值却是上限“{}{}{}”", target.comparator.symbol(), target.value, target.measure),
            format!("{name:?} is better high, yet its target is an upper bound {}{}{}", target.comparator.symbol(), target.value, target.measure),
        )),
        Better::Higher if target.measure == "%" && above_hundred(target.value) => Some((
            format!("比率“{name}”的指标值 {}% 超过 100%", target.value),
            format!("the rate {name:?} has a target of {}%, above 100%", target.value),
        )),
        Better::Lower if at_least => Some((
            format!("“{name}”越低越好，指标值却是下限“{}{}{}”", target.comparator.symbol(), target.value, target.measure),
            format!("{name:?} is better low, yet its target is a lower bound {}{}{}", target.comparator.symbol(), target.value, target.measure),
        )),
        _ => None,
    }
}

impl Rule for TargetContradictsIndicator {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for table in doc.tables() {
            for indicator in &table.indicators {
                for part in Target::parse_all(&indicator.target) {
                    // A cell of several targets says what each measures (`…救助率不低于70%`).
                    let name = if part.what.is_empty() { indicator.name.trim() } else { part.what.as_str() };
                    let Some((message, message_en)) = contradiction(name, &part.target) else { continue };
                    let (whose, whose_en) = match &indicator.project {
                        Some(p) => (format!("项目“{p}”："), format!("project {p:?}: ")),
                        None => (String::new(), String::new()),
                    };
                    let mut f = META.finding(format!("{whose}{message}"), format!("{whose_en}{message_en}"));
                    f.places.push(indicator_place(table, indicator, indicator.target.trim()));
                    out.push(f);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrong(name: &str, target: &str) -> bool {
        contradiction(name, &Target::parse(target).unwrap()).is_some()
    }

    #[test]
    fn knows_which_way_an_indicator_is_better() {
        assert!(wrong("符合条件的人员发放工资率", "≤100%"));
        assert!(wrong("培训满意度", "不高于90%"));
        assert!(wrong("群众满意度", "≥105%"));
        assert!(wrong("报销成本", "≥140万"));
        assert!(wrong("投诉率", "不低于1%"));
        assert!(!wrong("群众满意度", "≥90%"));
        assert!(!wrong("报销成本", "≤140万"));
        assert!(!wrong("总体成本节约率", "≥5%"));
        assert!(!wrong("“三公经费”控制率", "≤99%"));
        assert!(!wrong("结转结余变动率", "<5%"));
        assert!(!wrong("专项资金细化率", "≥100%"));
        // A rate stated as a time is a limit on the time (Yantai big data, p31).
        assert!(!wrong("出车响应及时率", "≤1小时"));
    }
}
