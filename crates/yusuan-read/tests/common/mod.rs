//! Helpers shared by the integration tests: fixtures and fact look-ups.

#![allow(dead_code)]

use std::path::PathBuf;
use yusuan_model::{Fact, TableKind};
use yusuan_read::Reading;

pub fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(path)
}

/// A file of the shared corpus (`../shared/corpus/<folder>/<name>`, beside the checkout, not in
/// the repo), or `None` with a note on stderr when the corpus is absent.
pub fn shared_corpus(folder: &str, name: &str) -> Option<Vec<u8>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus").join(folder).join(name);
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(_) => {
            eprintln!("skipped: {} is absent (the shared corpus is not beside the checkout)", path.display());
            None
        }
    }
}

pub fn read(path: &str) -> Reading {
    let bytes = std::fs::read(fixture(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    yusuan_read::read_bytes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Values (in 元, or percent, or count) of the facts with this concept and exactly these dims.
pub fn values(r: &Reading, concept: &str, dims: &[(&str, &str)]) -> Vec<String> {
    r.facts.iter().filter(|f| matches(f, concept, dims)).map(Fact::value_string).collect()
}

/// The same, only facts from tables of one kind.
pub fn table_values(r: &Reading, kind: TableKind, concept: &str, dims: &[(&str, &str)]) -> Vec<String> {
    r.facts
        .iter()
        .filter(|f| matches(f, concept, dims))
        .filter(|f| match f.source {
            yusuan_model::FactSource::Table { table, .. } => r.document.tables[table].kind == kind,
            _ => false,
        })
        .map(Fact::value_string)
        .collect()
}

/// Facts stated in the narrative.
pub fn text_values(r: &Reading, concept: &str, dims: &[(&str, &str)]) -> Vec<String> {
    r.facts
        .iter()
        .filter(|f| matches(f, concept, dims) && matches!(f.source, yusuan_model::FactSource::Text { .. }))
        .map(Fact::value_string)
        .collect()
}

fn matches(f: &Fact, concept: &str, dims: &[(&str, &str)]) -> bool {
    f.concept == concept && f.dims.len() == dims.len() && dims.iter().all(|(k, v)| f.dims.get(k).map(String::as_str) == Some(*v))
}

pub fn kinds(r: &Reading) -> Vec<(TableKind, Option<&'static str>)> {
    r.document.tables.iter().map(|t| (t.kind, t.money_unit.map(|u| u.label()))).collect()
}
