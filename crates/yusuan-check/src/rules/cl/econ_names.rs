//! The name check CL104 and CL105 share: each economic code a row prints against its official name.

use super::lists::EconName;
use super::printed::{folded, name_after, names_classes, row_place, same_econ_name};
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::RuleMeta;
use yusuan_model::RowCodes;

/// One of the two economic classifications.
pub struct Classification {
    /// `部门经济分类`
    pub zh: &'static str,
    pub en: &'static str,
    pub code: fn(&RowCodes) -> Option<&str>,
    pub official: fn(&str) -> Option<&'static EconName>,
    /// Where the row's label holds this name when the row prints both classifications:
    /// 部门 first, 政府 last (`奖金工资奖金津补贴` for `30103 奖金 50101 工资奖金津补贴`).
    pub first: bool,
}

/// The first year of the economic classifications the lists hold: the 2018 reform of the 部门
/// 经济分类 (30104, 30311 named otherwise before) and the 政府预算支出经济分类 it brought. A
/// document of an earlier year is judged by no list: the lists do not know its names.
pub const FIRST_YEAR: u16 = 2018;

/// Whether the lists know the names of a document's year (a document without one is taken as
/// current).
pub fn lists_know(doc: &Checked) -> bool {
    doc.reading.document.identity.year.is_none_or(|y| y >= FIRST_YEAR)
}

pub fn check(meta: &'static RuleMeta, classification: &Classification, doc: &Checked, out: &mut Vec<Finding>) {
    if !lists_know(doc) {
        return;
    }
    for table in doc.tables().iter().filter(|t| names_classes(t)) {
        for row in &table.rows {
            // Longer codes are local sub-items (Henan's 3010201 工作性津贴), on no list.
            let Some(code) = (classification.code)(&row.codes).filter(|c| c.len() <= 5) else { continue };
            let Some(official) = (classification.official)(code) else { continue };
            let name = folded(official.name);
            let label = folded(&row.label);
            let printed = row.codes.names.get(code).map(String::as_str).or_else(|| doc.line(row.line).and_then(|l| name_after(l, code)));
            let in_label = if classification.first { label.starts_with(&name) } else { label.ends_with(&name) };
            if in_label || printed.is_some_and(|p| same_econ_name(p, official.name)) {
                continue;
            }
            let found = printed.map_or(label, str::to_string);
            // No name printed beside the code (a procurement row of codes only): nothing to compare.
            if found.is_empty() {
                continue;
            }
            let mut f = meta.finding(
                format!("{}科目 {code} 的名称应为“{}”，表中印为“{found}”", classification.zh, official.name),
                format!("{} {code} is named {:?}; the table prints {found:?}", classification.en, official.name),
            );
            if !official.high {
                f.severity = Severity::Warning;
            }
            f.places.push(row_place(doc, table, row, &[&found, code]));
            f.expected = Some(official.name.to_string());
            f.found = Some(found);
            out.push(f);
        }
    }
}
