//! Findings as SARIF 2.1.0, for code-review tools and CI dashboards: one run, every rule in the
//! driver, one result per finding with its place and the places involved.

use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rules::ALL;
use serde_json::{json, Value};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A place as a SARIF location; the column (in UTF-16 code units, SARIF's default) where the
/// figure stands when it is found on the line.
fn location(file: &str, doc: &Checked, place: &Place) -> Value {
    let mut region = json!({"startLine": place.span.line});
    if let Some((line, needle)) = doc.line(place.span.line).zip(place.needle.as_deref()) {
        if let Some(at) = line.find(needle) {
            let column = line[..at].encode_utf16().count() + 1;
            region["startColumn"] = json!(column);
            region["endColumn"] = json!(column + needle.encode_utf16().count());
        }
        region["snippet"] = json!({"text": line});
    }
    let mut location = json!({
        "physicalLocation": {"artifactLocation": {"uri": file}, "region": region},
        "message": {"text": place.label},
    });
    // The line is of the text read from a PDF; the page is where a reviewer finds it.
    if let Some(page) = place.span.page {
        location["properties"] = json!({"page": page});
    }
    location
}

/// The results of one document.
pub fn results(file: &str, doc: &Checked, findings: &[Finding]) -> Vec<Value> {
    findings
        .iter()
        .map(|f| {
            let mut places = f.places.iter().map(|p| location(file, doc, p));
            let first: Vec<Value> = places.next().into_iter().collect();
            json!({
                "ruleId": f.code,
                "level": level(f.severity),
                "message": {"text": f.message},
                "locations": first,
                "relatedLocations": places.collect::<Vec<_>>(),
                "properties": {"message_en": f.message_en, "expected": f.expected, "found": f.found, "difference": f.difference},
            })
        })
        .collect()
}

/// The SARIF log of one run over every document: every rule, then the results.
pub fn report(results: Vec<Value>) -> Value {
    let rules: Vec<Value> = ALL
        .iter()
        .map(|r| {
            let m = r.meta();
            json!({
                "id": m.code,
                "name": m.name,
                "shortDescription": {"text": m.summary},
                "fullDescription": {"text": m.doc},
                "defaultConfiguration": {"level": level(m.severity)},
                "properties": {"summary_en": m.summary_en, "category": m.category.prefix()},
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "yusuan", "version": env!("CARGO_PKG_VERSION"), "rules": rules}},
            "results": results,
        }],
    })
}
