//! rustc-style findings: code and severity, the message, the source line with a caret under the
//! number (display width counts CJK characters double), the other places, and the arithmetic.

use super::Lang;
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use std::fmt::Write;

/// Columns a char takes in a terminal: East Asian wide and full-width forms take two.
fn width(c: char) -> usize {
    let wide = matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6);
    if wide { 2 } else { 1 }
}

/// How a tab of the source is shown, so that the caret lines up whatever the terminal's tab stops.
const TAB: &str = "    ";

fn display_width(s: &str) -> usize {
    s.chars().map(width).sum()
}

pub fn render(findings: &[Finding], doc: &Checked, file: &str, lang: Lang) -> String {
    let mut out = String::new();
    for f in findings {
        render_one(&mut out, f, doc, file, lang);
    }
    out
}

fn render_one(out: &mut String, f: &Finding, doc: &Checked, file: &str, lang: Lang) {
    let (severity, message) = match lang {
        Lang::Zh => (f.severity.label_zh(), &f.message),
        Lang::En => (f.severity.id(), &f.message_en),
    };
    let _ = writeln!(out, "{severity}[{}] {}: {message}", f.code, f.name);
    let Some(first) = f.places.first() else { return };
    let line_no = first.span.line;
    let gutter = " ".repeat(line_no.to_string().len());
    let _ = writeln!(out, "{gutter}--> {}", first.location(file, lang == Lang::Zh));
    if let Some(text) = doc.line(line_no) {
        let text = text.trim_end();
        let _ = writeln!(out, "{gutter} |");
        let _ = writeln!(out, "{line_no} | {}", text.replace('\t', TAB));
        let label = if lang == Lang::Zh { &first.label } else { &first.label_en };
        match first.needle.as_deref().and_then(|n| text.find(n).map(|at| (at, n))) {
            Some((at, needle)) => {
                let pad = " ".repeat(display_width(&text[..at].replace('\t', TAB)));
                let carets = "^".repeat(display_width(needle).max(1));
                let _ = writeln!(out, "{gutter} | {pad}{carets} {label}");
            }
            None => {
                let _ = writeln!(out, "{gutter} | {label}");
            }
        }
    }
    for other in &f.places[1..] {
        let label = if lang == Lang::Zh { &other.label } else { &other.label_en };
        let shown = other.needle.as_deref().map(|n| format!("（{n}）")).unwrap_or_default();
        let also = if lang == Lang::Zh { "另见" } else { "see also" };
        let _ = writeln!(out, "{gutter} = {also} {} {label}{shown}", other.location(file, lang == Lang::Zh));
    }
    let arithmetic: Vec<String> = [
        (&f.expected, "应为", "expected"),
        (&f.found, "实为", "found"),
        (&f.difference, "差额", "difference"),
    ]
    .iter()
    .filter_map(|(v, zh, en)| v.as_ref().map(|v| format!("{}: {v}", if lang == Lang::Zh { zh } else { en })))
    .collect();
    if !arithmetic.is_empty() {
        let _ = writeln!(out, "{gutter} = {}", arithmetic.join("   "));
    }
    out.push('\n');
}

/// The closing line: how many findings of each severity.
pub fn summary(findings: &[Finding], lang: Lang) -> String {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let (e, w, i) = (count(Severity::Error), count(Severity::Warning), count(Severity::Info));
    match lang {
        Lang::Zh => format!("共 {} 处：错误 {e}，警告 {w}，提示 {i}", findings.len()),
        Lang::En => format!("{} findings: {e} errors, {w} warnings, {i} notes", findings.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_takes_two_columns() {
        assert_eq!(display_width("支出 1.00"), 9);
        assert_eq!(display_width("（一）"), 6);
        assert_eq!(display_width("abc"), 3);
    }
}
