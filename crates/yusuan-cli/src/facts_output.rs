//! `yusuan facts`: every fact as JSON (schema in docs/facts-schema.md) or CSV for Excel/WPS.

use serde_json::{json, Map, Value};
use yusuan_model::{Fact, FactSource};
use yusuan_read::Reading;

/// The place a fact came from, for both formats: kind, table index and kind, line.
fn source(r: &Reading, f: &Fact) -> (Value, &'static str, Option<usize>) {
    match f.source {
        FactSource::Table { table, .. } => {
            let t = &r.document.tables[table];
            (json!({"kind": "table", "table": table, "table_kind": t.kind.id(), "line": f.span.line}), "table", Some(table))
        }
        FactSource::Indicator { table, .. } => {
            let t = &r.document.tables[table];
            (json!({"kind": "indicator", "table": table, "table_kind": t.kind.id(), "line": f.span.line}), "indicator", Some(table))
        }
        FactSource::Text { .. } => (json!({"kind": "text", "line": f.span.line}), "text", None),
    }
}

pub fn json(r: &Reading) -> String {
    let id = &r.document.identity;
    let facts: Vec<Value> = r
        .facts
        .iter()
        .map(|f| {
            let dims: Map<String, Value> = f.dims.iter().map(|(k, v)| (k.to_string(), Value::String(v.clone()))).collect();
            json!({
                "concept": f.concept,
                "dims": dims,
                "value": f.value_string(),
                "unit": f.unit(),
                "decimals": f.decimals(),
                "source": source(r, f).0,
            })
        })
        .collect();
    let doc = json!({
        "document": {"unit": id.unit, "unit_code": id.unit_code, "year": id.year, "kind": id.kind, "scope": id.scope},
        "facts": facts,
    });
    let mut s = serde_json::to_string_pretty(&doc).expect("facts serialize");
    s.push('\n');
    s
}

const DIMENSIONS: [&str; 10] =
    ["function", "econ_dept", "econ_gov", "unit", "fund", "project", "category", "indicator", "comparator", "column"];

/// UTF-8 with BOM so that Excel and WPS open it as UTF-8.
pub fn csv(r: &Reading) -> String {
    let mut out = String::from("\u{feff}concept,");
    out.push_str(&DIMENSIONS.join(","));
    out.push_str(",value,value_unit,decimals,source,table,line\r\n");
    for f in &r.facts {
        let (_, kind, table) = source(r, f);
        let mut fields: Vec<String> = vec![f.concept.clone()];
        fields.extend(DIMENSIONS.iter().map(|d| f.dims.get(d).cloned().unwrap_or_default()));
        fields.extend([
            f.value_string(),
            f.unit().to_string(),
            f.decimals().to_string(),
            kind.to_string(),
            table.map(|t| t.to_string()).unwrap_or_default(),
            f.span.line.to_string(),
        ]);
        let escaped: Vec<String> = fields.iter().map(|s| csv_field(s)).collect();
        out.push_str(&escaped.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
