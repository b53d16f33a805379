//! PF103 empty-target

use super::indicators::{indicator_place, is_form_label};
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct EmptyTarget;

static META: RuleMeta = RuleMeta {
    code: "PF103",
    name: "empty-target",
    category: Category::Performance,
    severity: Severity::Warning,
    summary: "绩效指标没有指标值",
    summary_en: "a performance indicator has no target value",
    doc: "检查什么：绩效目标表中写了三级指标、却没有填写指标值的行（包括整张表缺少“指标值”一栏）。\n\
          为什么：没有指标值的指标无法考核，绩效目标形同虚设；审核中常要求补填。\n\
          示例：“服务对象满意度指标 | 医疗保障待遇一站式结算 | （空）”。\n\n\
          What it checks: indicators named without a target value.",
};

/// The keys of a project form's fields, not indicators.
const FORM_KEYS: [&str; 8] = ["项目名称", "项目）名称", "主管部门", "实施单位", "资金金额", "资金总额", "其中：财政拨款", "其他资金"];

impl Rule for EmptyTarget {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for table in doc.tables() {
            // One finding per project (or for the department), naming each indicator.
            let mut by_project: Vec<(Option<&str>, Vec<&yusuan_model::Indicator>)> = Vec::new();
            // The form's own fields (`主管部门`, `资金金额（万元）`) read as indicators hold no target.
            // A form's field row taken into the form before (`专项（项目）名称 | 社保大厦物业费`) prints its
            // key on its line.
            let on_a_field_row = |i: &yusuan_model::Indicator| doc.line(i.line).is_some_and(|l| FORM_KEYS.iter().any(|k| l.contains(k)));
            let is_field = |i: &&yusuan_model::Indicator| i.project.as_deref().is_some_and(is_form_label) || is_form_label(&i.name) || on_a_field_row(i);
            for indicator in table.indicators.iter().filter(|i| i.target.trim().is_empty() && !i.name.trim().is_empty()).filter(|i| !is_field(i)) {
                let project = indicator.project.as_deref();
                match by_project.iter_mut().find(|(p, _)| *p == project) {
                    Some((_, list)) => list.push(indicator),
                    None => by_project.push((project, vec![indicator])),
                }
            }
            for (project, empty) in by_project {
                let whose = project.map(|p| format!("项目“{p}”的")).unwrap_or_default();
                let names: Vec<&str> = empty.iter().map(|i| i.name.as_str()).collect();
                let mut f = META.finding(
                    format!("{whose}{} 个指标没有指标值：{}", empty.len(), names.join("；")),
                    format!("{} indicators have no target value: {}", empty.len(), names.join("; ")),
                );
                f.places = empty.iter().map(|i| indicator_place(table, i, &i.name)).collect();
                out.push(f);
            }
        }
    }
}
