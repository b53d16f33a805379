//! `yusuan read`: the recognized structure, for a person (text) or a program (JSON).

use std::fmt::Write;
use yusuan_model::{DocKind, Scope};
use yusuan_read::Reading;

/// The text the reader made of the file, a numbered line per block (cells separated by tabs),
/// with its page for a PDF and its sheet for a workbook (`p3`: the third sheet): what every `第N行`
/// of the other outputs points into.
pub fn lines(r: &Reading) -> String {
    let mut out = String::new();
    for (i, line) in r.source.lines().enumerate() {
        let n = i as u32 + 1;
        match r.page_of(n) {
            Some(page) => writeln!(out, "{n:>5} p{page:<3} {line}"),
            None => writeln!(out, "{n:>5} {line}"),
        }
        .expect("writing to a String");
    }
    out
}

pub fn text(r: &Reading) -> String {
    let d = &r.document;
    let id = &d.identity;
    let mut out = String::new();
    let kind = id.kind.map_or("?".to_string(), |k| format!("{} {}", k.label_zh(), if k == DocKind::Budget { "budget" } else { "final account" }));
    let scope = id.scope.map_or("?".to_string(), |s| format!("{} {}", s.label_zh(), if s == Scope::Department { "department" } else { "unit" }));
    let _ = writeln!(out, "单位 unit:   {}{}", id.unit.as_deref().unwrap_or("?"), id.unit_code.as_deref().map(|c| format!("（代码 {c}）")).unwrap_or_default());
    let _ = writeln!(out, "年度 year:   {}", id.year.map_or("?".to_string(), |y| y.to_string()));
    let _ = writeln!(out, "类型 kind:   {kind}");
    let _ = writeln!(out, "范围 scope:  {scope}");
    let _ = writeln!(out, "\n结构 parts and sections ({}):", d.sections.len());
    for s in &d.sections {
        let indent = "  ".repeat(usize::from(s.level));
        let _ = writeln!(out, "{indent}{}{}  (第{}行)", s.number, s.title, s.line);
    }
    let _ = writeln!(out, "\n表格 tables ({}):", d.tables.len());
    for (i, t) in d.tables.iter().enumerate() {
        let unit = t.money_unit.map_or("?", |u| u.label());
        let _ = writeln!(
            out,
            "  [{i}] {:<12} {}  单位 {unit}  第{}–{}行  {} 行 rows × {} 列 columns",
            t.kind.label_zh(),
            t.title,
            t.first_line,
            t.last_line,
            t.rows.len(),
            t.columns.len()
        );
        if let Some(name) = &t.unit_name {
            if Some(name) != id.unit.as_ref() {
                let _ = writeln!(out, "      表头单位名称 header unit name: {name}");
            }
        }
        if !t.columns.is_empty() {
            let columns: Vec<String> = t.columns.iter().map(column).collect();
            let _ = writeln!(out, "      列 columns: {}", columns.join(" | "));
        }
        if let Some(note) = &t.note {
            let _ = writeln!(out, "      说明 note: {note}");
        }
    }
    let _ = writeln!(out, "\n事实 facts: {}", r.facts.len());
    if !d.diagnostics.is_empty() {
        let _ = writeln!(out, "\n读取提示 reader diagnostics ({}):", d.diagnostics.len());
        for diag in &d.diagnostics {
            let _ = writeln!(out, "  {} 第{}行 line {}: {}", diag.code, diag.span.line, diag.span.line, diag.message);
        }
    }
    out
}

pub fn json(r: &Reading) -> String {
    let mut s = serde_json::to_string_pretty(&r.document).expect("document serializes");
    s.push('\n');
    s
}

/// A column as its header path (`本年支出/基本支出`) and, when the header names them, its concept,
/// fund and economic class (`→ expense.basic 资金 general_budget`).
fn column(c: &yusuan_model::Column) -> String {
    let mut text = if c.header.is_empty() { "?".to_string() } else { c.header.join("/") };
    let meaning: Vec<String> = [c.concept.map(str::to_string), c.fund.map(|f| format!("资金 {f}")), c.econ_dept.map(|e| format!("经济分类 {e}"))]
        .into_iter()
        .flatten()
        .collect();
    if !meaning.is_empty() {
        let _ = write!(text, " → {}", meaning.join(" "));
    }
    text
}
