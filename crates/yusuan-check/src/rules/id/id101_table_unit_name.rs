//! ID101 table-unit-name

use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct TableUnitName;

static META: RuleMeta = RuleMeta {
    code: "ID101",
    name: "table-unit-name",
    category: Category::Identity,
    severity: Severity::Error,
    summary: "表头的单位名称与本文档的单位不一致",
    summary_en: "a table's header names another unit than the document's",
    doc: "检查什么：每张表表头“单位名称/部门名称”是否为本文档的预算单位。\n\
          为什么：套用其他单位的模板而未改表头，是公开材料中最常见、也最显眼的错误之一，\
          说明表格可能整体抄自他处。\n\
          示例：栾川县医疗保障局 2020 年预算的《收支总体情况表》表头写“单位名称：四川医药健康产业局”。\n\n\
          What it checks: that the unit named in each table's header is the document's unit.\n\
          Why: a header copied from another unit's template shows the table may be copied too.",
};

impl Rule for TableUnitName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let Some(unit) = doc.reading.document.identity.unit.as_deref() else { return };
        for table in doc.tables() {
            let Some(named) = table.unit_name.as_deref() else { continue };
            // A name cut where the converter wrapped the line (`栾川县医疗保`) is the same name.
            if named == unit || unit.starts_with(named) || named.starts_with(unit) {
                continue;
            }
            let line = doc.table_line_with(table, named);
            let mut f = META.finding(
                format!("表“{}”的表头单位为“{named}”，本文档的单位是“{unit}”", table.title),
                format!("table {:?} is headed with unit {named:?}; the document is {unit:?}'s", table.title),
            );
            f.places.push(Place {
                span: yusuan_model::Span::line(line),
                needle: Some(named.to_string()),
                label: "表头单位名称".into(),
                label_en: "unit named in the header".into(),
            });
            f.expected = Some(unit.to_string());
            f.found = Some(named.to_string());
            out.push(f);
        }
    }
}
