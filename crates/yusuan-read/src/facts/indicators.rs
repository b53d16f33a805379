//! Facts from performance indicators with a numeric target: `培训场次 ≥2次`, `预算执行率 ≥95%`,
//! `报销成本 ≤140万`, and each target of a cell that states several. Qualitative targets (`相关`,
//! `提高`) state no number and make no fact.

use yusuan_model::target::PartTarget;
use yusuan_model::{Dims, Fact, FactSource, FactValue, Money, Span, Table, Target};

pub fn extract(index: usize, table: &Table, facts: &mut Vec<Fact>) {
    for (i, indicator) in table.indicators.iter().enumerate() {
        let parts = Target::parse_all(&indicator.target);
        for PartTarget { what, target } in &parts {
            let Some(value) = value(target) else { continue };
            // A cell of several targets names each by the words before it.
            let name = if parts.len() > 1 && !what.is_empty() { format!("{}：{what}", indicator.name) } else { indicator.name.clone() };
            let mut dims = Dims::from([("indicator", name), ("comparator", target.comparator.symbol().to_string())]);
            if let Some(p) = &indicator.project {
                dims.insert("project", p.clone());
            }
            if let Some(c) = indicator.category.last() {
                dims.insert("category", c.clone());
            }
            facts.push(Fact {
                concept: "performance.indicator".to_string(),
                dims,
                value,
                source: FactSource::Indicator { table: index, indicator: i },
                span: Span::line(indicator.line),
            });
        }
    }
}

/// Percentages and money keep their kind (`万` alone in a cost target is 万元); other measures
/// stay quantities with their measure word.
fn value(target: &Target) -> Option<FactValue> {
    Some(match target.measure.as_str() {
        "%" => FactValue::Percent(target.value),
        "万元" | "万" => FactValue::Money(Money::from_written(target.value, 4)?),
        "元" => FactValue::Money(Money::from_written(target.value, 0)?),
        // A bare number (`≤0` for a rate of change) is a pure number, as XBRL calls it.
        "" => FactValue::Quantity { value: target.value, measure: "pure".to_string() },
        m => FactValue::Quantity { value: target.value, measure: m.to_string() },
    })
}
