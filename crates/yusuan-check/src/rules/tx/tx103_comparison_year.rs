//! TX103 comparison-year

use crate::context::Checked;
use super::text::narrative_place;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct ComparisonYear;

static META: RuleMeta = RuleMeta {
    code: "TX103",
    name: "comparison-year",
    category: Category::Text,
    severity: Severity::Warning,
    summary: "同比比较的年份不是上一年",
    summary_en: "a year-over-year comparison names another year than the previous one",
    doc: "检查什么：说明中“比YYYY年”“较YYYY年”“与YYYY年相比”“与YYYY年……持平”的年份是否为文档年度的上一年。\n\
          为什么：沿用上年说明改写时漏改年份，会使增减额和增减率的比较对象错误，是审核意见中常见的一条。\n\
          示例：2026 年预算的说明写“比2024年预算增加……”或“与2026年相比”。\n\n\
          What it checks: the year a comparison names is the year before the document's.",
};

/// `比2024年`, `较 2024 年`, `与2024年相比`, `与2024年预算持平`: the year compared with, and the char
/// offset of its digits.
fn compared_years(text: &str) -> Vec<(u16, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        if !matches!(c, '比' | '较' | '与') {
            continue;
        }
        let mut j = i + 1;
        while chars.get(j) == Some(&' ') {
            j += 1;
        }
        let digits: String = chars[j..].iter().take_while(|c| c.is_ascii_digit()).collect();
        let mut k = j + digits.len();
        while chars.get(k) == Some(&' ') {
            k += 1;
        }
        if digits.len() != 4 || chars.get(k) != Some(&'年') {
            continue;
        }
        // `与` compares only with a `相比` or `持平` close after (`与2025年预算持平`).
        let after: String = chars[k..chars.len().min(k + 12)].iter().collect();
        if *c == '与' && !after.contains("相比") && !after.contains("持平") {
            continue;
        }
        if let Ok(year) = digits.parse() {
            out.push((year, j));
        }
    }
    out
}

impl Rule for ComparisonYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let Some(year) = doc.reading.document.identity.year else { return };
        for para in &doc.reading.document.paragraphs {
            for (compared, at) in compared_years(&para.text) {
                if compared + 1 == year {
                    continue;
                }
                let mut f = META.finding(
                    format!("{year}年的文档与 {compared} 年比较；同比应与 {} 年比较", year - 1),
                    format!("a {year} document compares with {compared}; year over year is {}", year - 1),
                );
                f.places.push(narrative_place(para, at, &compared.to_string()));
                f.expected = Some(format!("{}年", year - 1));
                f.found = Some(format!("{compared}年"));
                out.push(f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_years_compared_with() {
        assert_eq!(compared_years("比 2024年支出预算增加").iter().map(|y| y.0).collect::<Vec<_>>(), [2024]);
        assert_eq!(compared_years("与 2019 年相比，收、支总计").iter().map(|y| y.0).collect::<Vec<_>>(), [2019]);
        assert_eq!(compared_years("政府性基金拨款支出预算0万元，与2026年预算持平").iter().map(|y| y.0).collect::<Vec<_>>(), [2026]);
        assert!(compared_years("与2025年部门预算一并公开").is_empty());
        assert!(compared_years("占比2.5%").is_empty());
    }
}
