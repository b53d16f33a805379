//! PF103 empty-target

use super::indicators::indicator_place;
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

impl Rule for EmptyTarget {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for table in doc.tables() {
            // One finding per project (or for the department), naming each indicator.
            let mut by_project: Vec<(Option<&str>, Vec<&yusuan_model::Indicator>)> = Vec::new();
            for indicator in table.indicators.iter().filter(|i| i.target.trim().is_empty() && !i.name.trim().is_empty()) {
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
