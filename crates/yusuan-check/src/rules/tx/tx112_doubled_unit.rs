//! TX112 doubled-unit

use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct DoubledUnit;

static META: RuleMeta = RuleMeta {
    code: "TX112",
    name: "doubled-unit",
    category: Category::Text,
    severity: Severity::Warning,
    summary: "金额单位写了两遍（“234万万元”“5%%”）",
    summary_en: "a unit written twice (`234万万元`, `5%%`)",
    doc: "检查什么：数字后的单位重复：“万万元”“亿亿元”“%%”。\n\
          为什么：多半是改数字时单位没删干净；读者不知道金额究竟是多少。\n\
          示例：“≤234万万元”。\n\n\
          What it checks: a figure's unit written twice (`万万元`, `%%`).",
};

/// Units written twice.
const DOUBLED: [&str; 4] = ["万万元", "亿亿元", "%%", "％％"];

/// Every doubled unit after a figure: its char offset and the text.
fn doubled_units(text: &str) -> Vec<(usize, String)> {
    DOUBLED
        .iter()
        .flat_map(|d| text.match_indices(d))
        .filter(|(byte, _)| text[..*byte].chars().next_back().is_some_and(|c| c.is_ascii_digit()))
        .map(|(byte, w)| (text[..byte].chars().count(), w.to_string()))
        .collect()
}

impl Rule for DoubledUnit {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// Every line: a doubled unit is as much a slip in a table's 指标值 as in the narrative.
    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for n in 1..=doc.line_count() {
            let Some(line) = doc.line(n) else { continue };
            for (_, written) in doubled_units(line) {
                let mut f = META.finding(format!("单位“{written}”重复"), format!("the unit {written:?} is written twice"));
                f.places.push(Place { span: yusuan_model::Span::line(n), needle: Some(written.clone()), label: "原文".into(), label_en: "source".into() });
                f.found = Some(written);
                out.push(f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::doubled_units;

    #[test]
    fn a_unit_written_twice() {
        assert_eq!(doubled_units("指标值≤234万万元"), vec![(7, "万万元".to_string())]);
        assert!(doubled_units("资金234万元，千万万元户").is_empty());
    }
}
