//! What the performance rules share: money targets of project indicators with the amount the
//! tables give their project, the indicators of each project, and their places.

use crate::context::Checked;
use crate::finding::Place;
use std::collections::BTreeMap;
use yusuan_model::{Fact, FactValue, Indicator, Table};

pub struct MoneyTarget<'a> {
    pub indicator: &'a Fact,
    pub project: &'a str,
    /// `≥`, `≤`, `=`, …
    pub comparator: &'a str,
}

/// Every indicator fact stated in money for a named project.
pub fn money_targets<'a>(doc: &Checked<'a>) -> Vec<MoneyTarget<'a>> {
    doc.facts()
        .iter()
        .filter(|f| f.concept == "performance.indicator" && matches!(f.value, FactValue::Money(_)))
        .filter_map(|f| Some(MoneyTarget { indicator: f, project: f.dims.get("project")?.as_str(), comparator: f.dims.get("comparator")?.as_str() }))
        .collect()
}

/// The amount of each project the tables list (the first one listed).
pub fn project_amounts<'a>(doc: &Checked<'a>) -> BTreeMap<&'a str, &'a Fact> {
    let mut out = BTreeMap::new();
    for (name, fact) in doc.project_amounts() {
        out.entry(name).or_insert(fact);
    }
    out
}

/// An indicator of a named project, with the table it is in.
pub struct ProjectIndicator<'a> {
    pub project: &'a str,
    pub table: &'a Table,
    pub indicator: &'a Indicator,
}

/// Every indicator of a named project, in document order.
pub fn project_indicators<'a>(doc: &Checked<'a>) -> Vec<ProjectIndicator<'a>> {
    doc.tables()
        .iter()
        .flat_map(|table| table.indicators.iter().filter_map(move |i| Some(ProjectIndicator { project: i.project.as_deref()?, table, indicator: i })))
        .collect()
}

/// The line of an indicator, pointing at `needle`.
pub fn indicator_place(table: &Table, indicator: &Indicator, needle: &str) -> Place {
    Place::in_table(table, indicator.line, Some(needle.to_string()))
}

/// Text compared without its layout: no whitespace, half-width punctuation as full-width
/// (`住院实际补偿比提高, 充分…` and `住院实际补偿比提高，充分…` are one text).
pub fn normalized(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            ',' => '，',
            ';' => '；',
            ':' => '：',
            '(' => '（',
            ')' => '）',
            c => c,
        })
        .collect()
}

/// A field of the form read where a project's or an indicator's name stands: `年度绩效指标`,
/// `项目名称`, `专项（项目）名称`, `主管部门`, `资金金额（万元）`. A form's header, not a project.
pub fn is_form_label(name: &str) -> bool {
    let name: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    let name = name.trim_end_matches(['：', ':']).trim_end_matches("（万元）").trim_end_matches("(万元)");
    name.ends_with("指标")
        || name.ends_with("指标值")
        || name.ends_with("名称")
        || matches!(name, "绩效目标" | "年度目标" | "总体目标" | "主管部门" | "实施单位" | "资金金额" | "项目资金" | "资金总额")
}
