//! What yusuan made of one file: its identity, the standard tables it found, its findings.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};
use yusuan_check::{Selection, Severity};
use yusuan_model::{DocKind, Scope};

use crate::manifest::Entry;

/// One finding, as the survey counts and lists it.
#[derive(Debug, Clone)]
pub struct Found {
    pub code: &'static str,
    pub severity: Severity,
    pub page: Option<u32>,
    pub line: u32,
    pub message: String,
}

/// A file read and checked.
#[derive(Debug, Clone)]
pub struct Read {
    pub unit: Option<String>,
    pub year: Option<u16>,
    /// `预算` / `决算`.
    pub kind: Option<&'static str>,
    /// `部门` / `单位`.
    pub scope: Option<&'static str>,
    /// The distinct standard tables found (by title, spaces aside), with rows or a note: a table
    /// over several pages is one, the 目录's entries are none.
    pub tables: BTreeSet<String>,
    pub findings: Vec<Found>,
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub time: Duration,
    /// The reading, or why the file was refused.
    pub result: Result<Read, String>,
}

/// Reads and checks one file with every rule; a failure of the program is that file's error.
pub fn measure(path: &Path) -> Outcome {
    let started = Instant::now();
    let result = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display())).and_then(|bytes| {
        std::panic::catch_unwind(|| read_and_check(&bytes)).unwrap_or_else(|_| Err("程序内部错误 / internal error (panic)".into()))
    });
    Outcome { time: started.elapsed(), result }
}

fn read_and_check(bytes: &[u8]) -> Result<Read, String> {
    let reading = yusuan_read::read_bytes(bytes).map_err(|e| e.to_string())?;
    let findings = yusuan_check::check(&reading, &Selection::default())
        .into_iter()
        .map(|f| Found {
            code: f.code,
            severity: f.severity,
            page: f.places.first().and_then(|p| p.span.page),
            line: f.line(),
            message: f.message,
        })
        .collect();
    let doc = &reading.document;
    Ok(Read {
        unit: doc.identity.unit.clone(),
        year: doc.identity.year,
        kind: doc.identity.kind.map(DocKind::label_zh),
        scope: doc.identity.scope.map(Scope::label_zh),
        tables: doc
            .tables
            .iter()
            .filter(|t| !t.rows.is_empty() || t.note.is_some() || !t.indicators.is_empty())
            .map(|t| t.title.split_whitespace().collect())
            .collect(),
        findings,
    })
}

/// Whether each part of the identity read is the manifest's — unit, year, kind, scope — the
/// unit as printed (spaces and the width of brackets aside).
pub fn identity_right(entry: &Entry, read: &Read) -> [bool; 4] {
    let norm = |s: &str| s.chars().filter(|c| !c.is_whitespace()).map(|c| match c {
        '(' => '（',
        ')' => '）',
        c => c,
    }).collect::<String>();
    let unit = match (read.unit.as_deref(), entry.unit.as_deref()) {
        (Some(r), Some(m)) => norm(r) == norm(m),
        (None, None) => true,
        _ => false,
    };
    [unit, read.year == entry.year, read.kind == entry.kind.as_deref(), read.scope == entry.scope.as_deref()]
}
