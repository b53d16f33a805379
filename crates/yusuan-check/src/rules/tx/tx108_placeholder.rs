//! TX108 placeholder

use super::text::{is_blank_template, placeholders};
use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct Placeholder;

static META: RuleMeta = RuleMeta {
    code: "TX108",
    name: "placeholder",
    category: Category::Text,
    severity: Severity::Error,
    summary: "模板占位符未替换（“XX局”“××”“X,XXX”“XXX万元”“xx%”）",
    summary_en: "a template placeholder left in (`XX局`, `××`, `X,XXX`, `XXX万元`, `xx%`)",
    doc: "检查什么：文中（说明、标题、表格）是否留有模板占位符：两个及以上连写的 X、x、Ｘ、ｘ、×\
          （可夹逗号或小数点，如“X,XXX.XX”），或紧接金额单位、百分号的单个占位字母（“X万元”“x%”）。\
          与其他拉丁字母相连的（“XXL”“Xbox”）和数字之间的乘号（“3×4”）不算。\
          单位名称本身就是占位符（“上海市XX局”，读出的或封面前三行所印的）的是空白模板，不是填写后的公开文档，不检查。\n\
          为什么：占位符说明该处的名称或数字没有填写，公开的文字不完整。\n\
          示例：“本部门共有车辆XX辆”“比上年增长xx%”“支出预算X,XXX.XX万元”。\n\n\
          What it checks: template placeholders left in the text: two or more of X, x, Ｘ, ｘ, × written\n\
          together (commas and points between them allowed: `X,XXX.XX`), or a single one right before\n\
          a money unit or a percent sign (`X万元`, `x%`). Runs joined to other Latin letters (`XXL`) and a\n\
          multiplication sign between digits (`3×4`) are not placeholders. A document whose unit\n\
          name is itself a placeholder (`上海市XX局`, as read or on the cover's first three lines) is the\n\
          blank template, not a disclosure: not checked.\n\
          Why: the name or the figure was never filled in.",
};

impl Rule for Placeholder {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        if is_blank_template(doc) {
            return;
        }
        for n in 1..=doc.line_count() {
            let Some(line) = doc.line(n) else { continue };
            for (_, written) in placeholders(line) {
                let mut f = META.finding(format!("模板占位符“{written}”未替换为实际内容"), format!("the template placeholder {written:?} was never filled in"));
                f.places.push(Place { span: yusuan_model::Span::line(n), needle: Some(written.clone()), label: "原文".into(), label_en: "source".into() });
                f.found = Some(written);
                out.push(f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::placeholders;

    fn found(line: &str) -> Vec<String> {
        placeholders(line).into_iter().map(|p| p.1).collect()
    }

    #[test]
    fn placeholders_and_what_is_not_one() {
        assert_eq!(found("XX局2026年部门预算"), ["XX"]);
        assert_eq!(found("支出预算X,XXX.XX万元，增长xx%"), ["X,XXX.XX", "xx"]);
        assert_eq!(found("××单位；ＸＸ项目；增长X%"), ["××", "ＸＸ", "X"]);
        assert!(found("XXL号；Xbox；3×4米；X射线机；2.5x").is_empty());
    }
}
