//! Findings as JSON (schema in docs/check-schema.md).

use crate::finding::Finding;
use serde_json::{json, Value};

pub fn findings(file: &str, findings: &[Finding]) -> Value {
    let items: Vec<Value> = findings
        .iter()
        .map(|f| {
            let places: Vec<Value> = f
                .places
                .iter()
                .map(|p| {
                    let mut span = json!({"line": p.span.line, "text": p.needle, "label": p.label, "label_en": p.label_en});
                    if let Some(page) = p.span.page {
                        span["page"] = json!(page);
                    }
                    span
                })
                .collect();
            json!({
                "code": f.code,
                "name": f.name,
                "severity": f.severity.id(),
                "message": f.message,
                "message_en": f.message_en,
                "spans": places,
                "expected": f.expected,
                "found": f.found,
                "difference": f.difference,
            })
        })
        .collect();
    json!({"file": file, "findings": items})
}
