//! ID105 template-year

use super::id103_table_year::title_year;
use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use crate::rules::tx::text::narrative_place;
use yusuan_model::{DocKind, Paragraph, Span};

pub struct TemplateYear;

static META: RuleMeta = RuleMeta {
    code: "ID105",
    name: "template-year",
    category: Category::Identity,
    severity: Severity::Error,
    summary: "模板定死年度的地方写了别的年度（标题“2025年部门预算”、“截至2024年12月31日”）",
    summary_en: "a year the template fixes is another one (a heading's `2025年部门预算`, `截至2024年12月31日`)",
    doc: "检查什么：一是说明的各级标题以年度开头、说的是本文档（预算文档标题含“预算”且不含“执行”，\
          决算文档标题含“决算”）时，该年度须为文档年度（错误）；二是模板中说明车辆、编制、所属预算单位、\
          国有资产的“截至……年”：预算文档应为上一年（2026 年预算写“截至2025年12月31日”或“截至2025年8月31日”），\
          决算文档应为决算年度本身（2024 年度决算写“截至2024年12月31日”）；下一年的年中日期\
          （编写时的月份，如“截至2026年1月”）可以，但下一年的年底、年末、12 月不可能已经过去（警告）。\
          表名的年度由 ID103 检查，“比……年”的比较年度由 TX103 检查。\n\
          为什么：沿用上年或其他年度的说明而未改年份，会使标题与内容不符，资产与人员的时点也随之错误。\n\
          示例：2026 年预算的标题“第二部分 2025年部门预算情况说明”；烟台市审计局 2026 年预算\
          “截至2026年12月31日，本单位共有车辆0辆”（同模板其他部门均为“截至2025年12月31日”）。\n\n\
          What it checks: (1) a heading that starts with a year and speaks of this document (预算 without\n\
          执行 in a budget, 决算 in a final account) names the document's year (error); (2) `截至…年` in\n\
          the template's statement of vehicles, staff, units or assets is the year before a budget's\n\
          year, or a final account's own year; a date in the following year is accepted unless it is the\n\
          end of that year, which cannot have passed (warning). Table titles are ID103's, comparisons\n\
          TX103's.",
};

/// Words of the template's as-of statements (`截至2025年12月31日，本部门共有车辆…`).
const AS_OF_SUBJECTS: [&str; 5] = ["车辆", "编制", "预算单位", "国有资产", "资产总额"];

/// Words after the as-of year that make it the end of that year.
const YEAR_END: [&str; 4] = ["12月", "12 月", "年底", "年末"];

impl Rule for TemplateYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let identity = &doc.reading.document.identity;
        let (Some(year), Some(kind)) = (identity.year, identity.kind) else { return };
        let (own_word, not_own) = match kind {
            DocKind::Budget => ("预算", "执行"),
            DocKind::FinalAccount => ("决算", "\u{0}"),
        };
        for section in &doc.reading.document.sections {
            let Some((written, titled)) = title_year(&section.title) else { continue };
            if titled == year || !section.title.contains(own_word) || section.title.contains(not_own) {
                continue;
            }
            let mut f = META.finding(
                format!("标题“{}”写的是 {titled} 年，本文档是 {year} 年的", section.title),
                format!("the heading {:?} names {titled}; the document is of {year}", section.title),
            );
            f.places.push(Place { span: Span::line(section.line), needle: Some(written), label: "标题".into(), label_en: "heading".into() });
            f.expected = Some(format!("{year}年"));
            f.found = Some(format!("{titled}年"));
            out.push(f);
        }
        let expected = match kind {
            DocKind::Budget => year - 1,
            DocKind::FinalAccount => year,
        };
        for para in &doc.reading.document.paragraphs {
            for (at, written, end_of_year) in as_of_years(para) {
                if written == expected || written == expected + 1 && !end_of_year {
                    continue;
                }
                let which = if kind == DocKind::Budget { "预算" } else { "决算" };
                let mut f = META.finding(
                    format!("{year}年{which}写“截至{written}年”，应为截至 {expected} 年"),
                    format!("a {year} {} states figures as of {written}; the template's date is in {expected}", if kind == DocKind::Budget { "budget" } else { "final account" }),
                );
                f.severity = Severity::Warning;
                f.places.push(narrative_place(para, at, &written.to_string()));
                f.expected = Some(format!("{expected}年"));
                f.found = Some(format!("{written}年"));
                out.push(f);
            }
        }
    }
}

/// The as-of dates of the template's statements of vehicles, staff, units and assets in a
/// paragraph (`截至2025年12月31日，本部门共有车辆…`): the char offset of the year's digits, the
/// year, and whether the date is the end of that year.
fn as_of_years(para: &Paragraph) -> Vec<(usize, u16, bool)> {
    let chars: Vec<char> = para.text.chars().collect();
    let mut out = Vec::new();
    for i in 0..chars.len().saturating_sub(1) {
        if chars[i] != '截' || !matches!(chars[i + 1], '至' | '止') {
            continue;
        }
        let mut j = i + 2;
        while chars.get(j) == Some(&' ') {
            j += 1;
        }
        let digits: String = chars[j..].iter().take_while(|c| c.is_ascii_digit()).collect();
        let after: String = chars[j + digits.len()..].iter().take_while(|&&c| c != '。').collect();
        let Some(date) = after.trim_start().strip_prefix('年') else { continue };
        let Ok(year) = digits.parse::<u16>() else { continue };
        if digits.len() != 4 || !AS_OF_SUBJECTS.iter().any(|w| after.contains(w)) {
            continue;
        }
        let date_part: String = date.chars().take_while(|c| *c != '，' && *c != ',').collect();
        let end_of_year = YEAR_END.iter().any(|w| format!("年{date_part}").contains(w));
        out.push((j, year, end_of_year));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::as_of_years;
    use yusuan_model::{Paragraph, Span};

    fn years(text: &str) -> Vec<(u16, bool)> {
        let para = Paragraph { text: text.into(), char_lines: Vec::new(), span: Span::line(1), section: None };
        as_of_years(&para).into_iter().map(|(_, y, end)| (y, end)).collect()
    }

    #[test]
    fn as_of_dates_of_the_templates_statements() {
        assert_eq!(years("截至2025年12月31日，本部门共有车辆3辆。"), [(2025, true)]);
        assert_eq!(years("截止 2021 年底，本部门人员编制13人。"), [(2021, true)]);
        assert_eq!(years("截至2025年8月31日，上海市审计局共有车辆2辆。"), [(2025, false)]);
        assert!(years("截至2023年底，项目累计完成投资80%。").is_empty());
    }
}
