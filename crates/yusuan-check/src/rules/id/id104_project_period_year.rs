//! ID104 project-period-year

use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::DocKind;

pub struct ProjectPeriodYear;

static META: RuleMeta = RuleMeta {
    code: "ID104",
    name: "project-period-year",
    category: Category::Identity,
    severity: Severity::Warning,
    summary: "项目的实施周期在预算年度之前就已结束",
    summary_en: "a project's period ends before the budget year",
    doc: "检查什么：预算中“实施周期”一节写明的期间（“2025年1月1日-2025年12月31日”“2025.1.1-2025.12.31”），\
          其最晚的年份是否不早于本预算的年度。\n\
          为什么：项目说明照抄上年文本时，实施周期最常漏改；预算安排给一个已经结束的项目，说明与预算自相矛盾。\
          跨年项目可以始于以前年度，但须延续到预算年度，故只看最晚的年份；只作警告。\n\
          示例：2026 年部门预算的“人民调解项目经费情况说明”写“五、实施周期 2025年1月1日-2025年12月31日”。\n\n\
          What it checks: the latest year in a budget's 实施周期 section is not before the budget year.",
};

impl Rule for ProjectPeriodYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let document = &doc.reading.document;
        let (Some(year), Some(DocKind::Budget)) = (document.identity.year, document.identity.kind) else { return };
        let period_sections: Vec<usize> = (0..document.sections.len()).filter(|&i| document.sections[i].title.contains("实施周期")).collect();
        for paragraph in document.paragraphs.iter().filter(|p| p.section.is_some_and(|s| period_sections.contains(&s))) {
            let years = years_in(&paragraph.text);
            let Some(&(last, at)) = years.iter().max_by_key(|(y, _)| *y) else { continue };
            if last >= year {
                continue;
            }
            let mut f = META.finding(
                format!("项目实施周期止于 {last} 年，早于本预算年度 {year} 年"),
                format!("the project's period ends in {last}, before the budget year {year}"),
            );
            let line = paragraph.line_at(at);
            f.places.push(Place { span: yusuan_model::Span::line(line), needle: Some(last.to_string()), label: "实施周期".into(), label_en: "project period".into() });
            f.expected = Some(format!("{year} 年或以后 / {year} or later"));
            f.found = Some(format!("{last} 年"));
            out.push(f);
        }
    }
}

/// The four-digit years of a text (`2025年`, `2025.1.1`, `2025-12-31`) with their char offsets.
fn years_in(text: &str) -> Vec<(u16, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let follows_digit = i > 0 && chars[i - 1].is_ascii_digit();
        if digits == 4 && !follows_digit && matches!(chars.get(i + 4), Some('年' | '.' | '-' | '/')) {
            let year: String = chars[i..i + 4].iter().collect();
            if let Ok(y) = year.parse::<u16>() {
                if (2000..2100).contains(&y) {
                    out.push((y, i));
                }
            }
        }
        i += digits.max(1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::years_in;

    #[test]
    fn finds_the_years_of_a_period() {
        assert_eq!(years_in("2025年1月1日-2025年12月31日").iter().map(|y| y.0).collect::<Vec<_>>(), [2025, 2025]);
        assert_eq!(years_in("2025.1.1-2026.12.31").iter().map(|y| y.0).collect::<Vec<_>>(), [2025, 2026]);
        assert!(years_in("第一季度审价、审计").is_empty());
    }
}
