//! CP103 narrative-items

use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::DocKind;

pub struct NarrativeItems;

static META: RuleMeta = RuleMeta {
    code: "CP103",
    name: "narrative-items",
    category: Category::Completeness,
    severity: Severity::Warning,
    summary: "情况说明缺少规定应说明的事项（机关运行经费、政府采购、国有资产占用……）",
    summary_en: "the narrative leaves out an item the disclosure rules require (机关运行经费, 政府采购, 国有资产占用, …)",
    doc: "检查什么：财政部《财政预决算领域基层政务公开标准指引》（重申财预〔2016〕143号）要求部门预算\
          说明的事项：部门职责、机构设置、预算收支增减变化、机关运行经费安排、“三公”经费增减变化、\
          政府采购、国有资产占用、重点项目绩效目标、名词解释（data/disclosure_required_parts.csv，\
          模板 mof-baseline 的 narrative 行）。按各地模板的常见写法识别（如河南 2025 年模板称\
          “机构运转经费”）。指引对国有资产占用、绩效目标写的是“逐步公开”，各地模板亦有出入，故只作警告。\
          决算按上海市 2024 年部门决算模板（附件2）的十二项说明检查（模板 shanghai-final-2024）。\n\
          为什么：漏说明的事项是审核意见中的常见项，往往是套用旧模板时删掉了整节。\n\
          示例：说明中没有任何一处提到政府采购。\n\n\
          What it checks: the narrative speaks of each item the MOF guide requires a department budget\n\
          to explain (template mof-baseline); a warning, as the guide phases some in and local\n\
          templates name them differently.",
};

/// Each required item (as data/disclosure_required_parts.csv names it) and the words by which
/// the narrative of any template in the corpus speaks of it.
const ITEMS: [(&str, &[&str]); 9] = [
    ("部门职责", &["职责", "职能"]),
    ("机构设置情况", &["机构设置", "内设", "所属单位", "部门构成", "单位构成", "预算单位构成"]),
    ("预算收支增减变化", &["增加", "减少", "增长", "下降", "持平"]),
    ("机关运行经费安排", &["机关运行经费", "机构运转经费", "运行经费"]),
    ("“三公”经费增减变化原因及分项说明", &["三公"]),
    ("政府采购情况", &["政府采购"]),
    ("国有资产占用情况", &["国有资产", "资产占用", "资产占有", "固定资产", "共有车辆"]),
    ("重点项目预算的绩效目标", &["绩效"]),
    GLOSSARY,
];

/// The glossary, which budgets and final accounts both end with.
const GLOSSARY: (&str, &[&str]) = ("名词解释", &["名词解释", "名词解析", "专业名词"]);

/// The items a final account's narrative explains (Shanghai's 2024 template, 附件2, the only
/// final-account list gathered so far) and the words that speak of each.
const FINAL_ITEMS: [(&str, &[&str]); 12] = [
    ("收入支出决算总体情况说明", &["收入支出决算总体情况", "收入支出总计"]),
    ("收入决算情况说明", &["收入决算情况", "本年收入合计"]),
    ("支出决算情况说明", &["支出决算情况", "本年支出合计"]),
    ("财政拨款收入支出决算总体情况说明", &["财政拨款收入支出决算总体情况", "财政拨款收入支出总计"]),
    ("一般公共预算财政拨款支出决算情况说明", &["一般公共预算财政拨款支出决算"]),
    ("一般公共预算财政拨款基本支出决算情况说明", &["基本支出决算"]),
    ("财政拨款“三公”经费支出决算情况说明", &["三公"]),
    ("政府性基金预算财政拨款收入支出决算情况说明", &["政府性基金"]),
    ("国有资本经营预算财政拨款收入支出决算情况说明", &["国有资本经营"]),
    ("预算绩效管理情况", &["绩效"]),
    ("其他重要事项说明", &["其他重要事项"]),
    GLOSSARY,
];

impl Rule for NarrativeItems {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let document = &doc.reading.document;
        let items: &[(&str, &[&str])] = match document.identity.kind {
            Some(DocKind::Budget) => &ITEMS,
            Some(DocKind::FinalAccount) => &FINAL_ITEMS,
            None => return,
        };
        // A tables-only attachment (附件2) has no 情况说明 of its own: the narrative was published
        // apart, and a few captions are no narrative to judge.
        if document.paragraphs.is_empty() || document.sections.is_empty() {
            return;
        }
        let speaks_of = |word: &str| document.sections.iter().any(|s| s.title.contains(word)) || document.paragraphs.iter().any(|p| p.text.contains(word));
        for &(item, words) in items {
            if words.iter().any(|w| speaks_of(w)) {
                continue;
            }
            let mut f = META.finding(format!("情况说明没有说明“{item}”"), format!("the narrative does not explain {item:?}"));
            let line = document.paragraphs.first().map_or(1, |p| p.span.line);
            f.places.push(Place { span: yusuan_model::Span::line(line), needle: None, label: "情况说明".into(), label_en: "narrative".into() });
            f.expected = Some(item.to_string());
            f.found = Some("无 / none".into());
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{FINAL_ITEMS, ITEMS};

    /// The final account's items are the narrative parts of Shanghai's 2024 template.
    #[test]
    fn the_final_items_are_the_templates() {
        let template: Vec<&str> = include_str!("../../../data/disclosure_required_parts.csv")
            .lines()
            .filter(|l| l.starts_with("shanghai-final-2024,") && l.contains(",final,narrative,"))
            .filter_map(|l| l.split(',').nth(6))
            .collect();
        assert_eq!(FINAL_ITEMS.map(|(item, _)| item).to_vec(), template);
    }

    /// The items are those of the national baseline, but 空表说明, which CP102 checks table by table.
    #[test]
    fn the_items_are_the_baselines() {
        let baseline: Vec<&str> = include_str!("../../../data/disclosure_required_parts.csv")
            .lines()
            .filter(|l| l.starts_with("mof-baseline,") && l.contains(",budget,narrative,"))
            .filter_map(|l| l.split(',').nth(6))
            .filter(|title| *title != "空表说明")
            .collect();
        assert_eq!(ITEMS.map(|(item, _)| item).to_vec(), baseline);
    }
}
