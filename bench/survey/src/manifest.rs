//! The corpus manifest: one row a file, with what a person read off the document (see
//! `../shared/corpus/national/README.md` for the columns).

use std::path::Path;

/// What the manifest says a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disclosure {
    /// A whole 预算 or 决算 disclosure.
    Yes,
    /// One part of one: a narrative only, tables only.
    Partial,
    /// A notice, a form, a report: to be refused.
    No,
}

/// One row of `MANIFEST.tsv`.
#[derive(Debug, Clone)]
pub struct Entry {
    pub file: String,
    pub disclosure: Disclosure,
    /// `预算` / `决算`, `None` for `-`.
    pub kind: Option<String>,
    /// `部门` / `单位`.
    pub scope: Option<String>,
    pub unit: Option<String>,
    pub year: Option<u16>,
    /// Distinct standard tables printed in the body.
    pub tables: usize,
}

/// Reads `MANIFEST.tsv` of a folder; the columns are found by their header names.
pub fn load(folder: &Path) -> Result<Vec<Entry>, String> {
    let path = folder.join("MANIFEST.tsv");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).ok_or_else(|| format!("{}: 缺少列 / no column {name}", path.display()));
    let [file, disclosure, kind, scope, unit, year, tables] =
        ["file", "is_disclosure", "kind", "scope", "unit_name", "year", "standard_tables"].map(column);
    let (file, disclosure, kind, scope, unit, year, tables) = (file?, disclosure?, kind?, scope?, unit?, year?, tables?);
    let dash = |s: &str| (s != "-" && !s.is_empty()).then(|| s.to_string());
    let mut out = Vec::new();
    for (n, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split('\t').collect();
        let cell = |i: usize| cells.get(i).copied().unwrap_or_default();
        let disclosure = match cell(disclosure) {
            "yes" => Disclosure::Yes,
            "partial" => Disclosure::Partial,
            "no" => Disclosure::No,
            other => return Err(format!("{}:{}: is_disclosure {other:?}", path.display(), n + 2)),
        };
        out.push(Entry {
            file: cell(file).to_string(),
            disclosure,
            kind: dash(cell(kind)),
            scope: dash(cell(scope)),
            unit: dash(cell(unit)),
            year: cell(year).parse().ok(),
            tables: cell(tables).parse().unwrap_or(0),
        });
    }
    Ok(out)
}
