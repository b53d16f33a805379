//! ID103 table-year

use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct TableYear;

static META: RuleMeta = RuleMeta {
    code: "ID103",
    name: "table-year",
    category: Category::Identity,
    severity: Severity::Error,
    summary: "表名中的年度与本文档的年度不一致",
    summary_en: "a table's title names another year than the document's",
    doc: "检查什么：表名写明的年度（“2024年部门收支预算总表”）是否为本文档的预算（决算）年度。\n\
          为什么：沿用上年表格而未改表名，往往意味着表中数字也是上年的。\n\
          示例：2025 年部门预算中的表名为“2024年一般公共预算支出预算表”。\n\n\
          What it checks: the year in each table's title is the document's year.\n\
          Why: a title left from last year's tables suggests its figures may be last year's too.",
};

impl Rule for TableYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let Some(year) = doc.reading.document.identity.year else { return };
        for table in doc.tables() {
            let Some((written, titled)) = title_year(&table.title) else { continue };
            if titled == year {
                continue;
            }
            let mut f = META.finding(
                format!("表“{}”的表名年度为 {titled} 年，本文档是 {year} 年的", table.title),
                format!("table {:?} is titled with the year {titled}; the document is of {year}", table.title),
            );
            let line = doc.table_line_with(table, &table.title);
            f.places.push(Place { span: yusuan_model::Span::line(line), needle: Some(written), label: "表名".into(), label_en: "table title".into() });
            f.expected = Some(year.to_string());
            f.found = Some(titled.to_string());
            out.push(f);
        }
    }
}

/// The year a title starts with (`2024年…`, `2024 年度…`), as written and as a number. A year
/// later in the title (`提前下达2024年…资金`) names something else.
pub(super) fn title_year(title: &str) -> Option<(String, u16)> {
    let start = title.find(|c: char| c.is_ascii_digit())?;
    // Only a place or unit name may stand before the year, not other figures or words of a project.
    if title[..start].chars().any(|c| c.is_ascii_digit()) || title[..start].chars().count() > 12 {
        return None;
    }
    let digits: String = title[start..].chars().take_while(char::is_ascii_digit).collect();
    let rest = title[start + digits.len()..].trim_start();
    if digits.len() != 4 || !rest.starts_with('年') {
        return None;
    }
    let year: u16 = digits.parse().ok().filter(|y| (2000..2100).contains(y))?;
    Some((digits, year))
}
