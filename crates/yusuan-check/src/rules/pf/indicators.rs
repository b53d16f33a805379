//! Money targets of project indicators, with the amount the tables give their project.

use crate::context::Checked;
use std::collections::BTreeMap;
use yusuan_model::{Fact, FactValue};

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
