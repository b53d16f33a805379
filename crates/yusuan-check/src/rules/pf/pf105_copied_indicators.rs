//! PF105 copied-indicators

use super::indicators::{indicator_place, is_form_label, normalized, project_indicators, ProjectIndicator};
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct CopiedIndicators;

static META: RuleMeta = RuleMeta {
    code: "PF105",
    name: "copied-indicators",
    category: Category::Performance,
    severity: Severity::Warning,
    summary: "两个项目的绩效指标相同（指标名称和指标值照搬）",
    summary_en: "two projects state the same performance indicators (name and target copied)",
    doc: "检查什么：两个不同项目的绩效指标中，具体的指标（名称较长、不是满意度之类的通用指标）大部分\
          名称和指标值都相同；或写有具体数量的指标两条以上、或写有金额的一条（“为我县近万名困难群众……250万元”）\
          出现在两个项目下（“7×24小时不间断服务”一类的服务说明两个项目都写，不算）。\n\
          为什么：绩效目标应体现项目自身的产出和效益；整套照搬另一个项目的指标，说明目标未按项目填写，\
          无法据以考核。“群众满意度 ≥90%”“一次性拨付到位”这类通用指标在各项目中重复是正常的，不计入。\n\
          示例：“医保信息专网”（3.4 万元）的指标“业务应用系统维护项目数量 ≥1个”“系统维护对提升医疗保障水平的\
          影响程度 明显”等与“系统维护”项目逐条相同。\n\n\
          What it checks: two projects whose specific indicators (long names, not satisfaction and the \
          like) are mostly identical in name and target, or one indicator stating a specific quantity \
          under two projects.",
};

/// Names shorter than this are generic (`成本控制`, `一次性拨付到位`, `居民政策知晓率`).
const SPECIFIC_CHARS: usize = 8;

/// A shared specific indicator stating a figure is copied on its own; otherwise this many must
/// be shared, and this share (two thirds) of the smaller project's specific indicators.
const SHARED_AT_LEAST: usize = 3;

/// The indicators of one project, by name and target as compared.
struct Project<'a> {
    name: &'a str,
    specific: Vec<(String, &'a ProjectIndicator<'a>)>,
}

/// An indicator specific enough that two projects would not both state it unless copied.
fn is_specific(name: &str) -> bool {
    name.chars().count() >= SPECIFIC_CHARS && !name.contains("满意")
}

/// A figure in the name (`近万名…250万元`, `2020年全县15个乡镇卫生院`) makes an indicator the project's own.
fn states_a_figure(name: &str) -> bool {
    name.contains(|c: char| c.is_ascii_digit())
}

fn projects<'a>(indicators: &'a [ProjectIndicator<'a>]) -> Vec<Project<'a>> {
    let mut out: Vec<Project> = Vec::new();
    for p in indicators {
        let name = normalized(&p.indicator.name);
        let target = normalized(&p.indicator.target);
        if target.is_empty() || !is_specific(&name) || is_form_label(p.project) {
            continue;
        }
        let key = format!("{name}｜{target}");
        match out.iter_mut().find(|q| q.name == p.project) {
            Some(q) if q.specific.iter().all(|(k, _)| *k != key) => q.specific.push((key, p)),
            Some(_) => {}
            None => out.push(Project { name: p.project, specific: vec![(key, p)] }),
        }
    }
    out
}

impl Rule for CopiedIndicators {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let indicators = project_indicators(doc);
        let projects = projects(&indicators);
        // Each project is reported once, against the first project it copies: a template copied
        // into ten projects is ten findings, not forty-five.
        for (j, b) in projects.iter().enumerate() {
            for a in &projects[..j] {
                // The later project's indicators that the earlier one states alike, with the earlier one's.
                let shared: Vec<(&ProjectIndicator, &ProjectIndicator)> = b
                    .specific
                    .iter()
                    .filter_map(|(key, p)| Some((*p, a.specific.iter().find(|(k, _)| k == key)?.1)))
                    .collect();
                let smaller = a.specific.len().min(b.specific.len());
                let whole_set = shared.len() >= SHARED_AT_LEAST && shared.len() * 3 >= smaller * 2;
                let copied: Vec<(&ProjectIndicator, &ProjectIndicator)> =
                    if whole_set { shared } else { shared.into_iter().filter(|(p, _)| states_a_figure(&p.indicator.name)).collect() };
                // One shared indicator with a figure may be a service both provide (`7×24小时不间断
                // 服务`); two are a copy, and so is one that states the other project's money
                // (`为全县203个村级卫生室缴纳网络服务费6.09万元`).
                let states_money = copied.iter().any(|(p, _)| p.indicator.name.contains("元"));
                if !whole_set && copied.len() < 2 && !states_money {
                    continue;
                }
                let Some((_, original)) = copied.first() else { continue };
                let names: Vec<&str> = copied.iter().map(|(p, _)| p.indicator.name.trim()).collect();
                let (message, message_en) = if whole_set {
                    (
                        format!("项目“{}”有 {} 个具体绩效指标（共 {} 个）与项目“{}”的名称和指标值相同：{}", b.name, copied.len(), b.specific.len(), a.name, names.join("；")),
                        format!("project {:?} states {} of its {} specific indicators exactly as project {:?}: {}", b.name, copied.len(), b.specific.len(), a.name, names.join("; ")),
                    )
                } else {
                    (
                        format!("项目“{}”的指标与项目“{}”的相同，连其中的数量也相同：{}", b.name, a.name, names.join("；")),
                        format!("project {:?} states indicators of project {:?}, figures included: {}", b.name, a.name, names.join("; ")),
                    )
                };
                let mut f = META.finding(message, message_en);
                f.places = copied.iter().map(|(p, _)| indicator_place(p.table, p.indicator, p.indicator.name.trim())).collect();
                f.places.push(indicator_place(original.table, original.indicator, original.indicator.name.trim()));
                out.push(f);
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_indicators_are_not_specific() {
        assert!(!is_specific("群众满意度"));
        assert!(!is_specific("一次性拨付到位"));
        assert!(!is_specific("区机关事业单位干部二次报销满意度"));
        assert!(is_specific("业务应用系统维护项目数量"));
        assert!(states_a_figure("为我县近万名困难群众城乡居民基本医疗保险个人缴费部分250万元"));
    }
}
