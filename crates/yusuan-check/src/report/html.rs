//! One self-contained HTML report a reviewer can send on: per document its findings, each with the
//! source line and the figure marked, the places involved and the arithmetic. No scripts, no
//! external files.

use super::Lang;
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use std::fmt::Write;

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The source line with `needle` marked, escaped.
fn marked_line(line: &str, needle: Option<&str>) -> String {
    match needle.and_then(|n| line.find(n).map(|at| (at, n))) {
        Some((at, n)) => format!("{}<mark>{}</mark>{}", escape(&line[..at]), escape(n), escape(&line[at + n.len()..])),
        None => escape(line),
    }
}

/// The section of one document.
pub fn section(file: &str, doc: &Checked, findings: &[Finding], lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let mut out = String::new();
    let _ = writeln!(out, "<section><h2>{}</h2>", escape(file));
    if findings.is_empty() {
        let _ = writeln!(out, "<p class=\"clean\">{}</p>", if zh { "未发现问题" } else { "no findings" });
    }
    for f in findings {
        let (severity, message) = if zh { (f.severity.label_zh(), &f.message) } else { (f.severity.id(), &f.message_en) };
        let class = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let _ = writeln!(out, "<div class=\"finding {class}\"><p><span class=\"badge\">{severity}</span> <code>{}</code> {}</p>", f.code, escape(message));
        let _ = writeln!(out, "<table>");
        for (i, place) in f.places.iter().enumerate() {
            let text = doc.line(place.span.line).map(|l| marked_line(l.trim_end(), place.needle.as_deref())).unwrap_or_default();
            let label = if zh { &place.label } else { &place.label_en };
            let role = if i == 0 { "" } else if zh { "另见 " } else { "see also " };
            let line = match place.span.page {
                Some(page) if zh => format!("{}（第{page}页）", place.span.line),
                Some(page) => format!("{} (p. {page})", place.span.line),
                None => place.span.line.to_string(),
            };
            let _ = writeln!(out, "<tr><td class=\"line\">{line}</td><td>{role}{}</td><td class=\"src\">{text}</td></tr>", escape(label));
        }
        let _ = writeln!(out, "</table>");
        let arithmetic: Vec<String> = [(&f.expected, "应为", "expected"), (&f.found, "实为", "found"), (&f.difference, "差额", "difference")]
            .iter()
            .filter_map(|(v, z, e)| v.as_ref().map(|v| format!("{}：{}", if zh { z } else { e }, escape(v))))
            .collect();
        if !arithmetic.is_empty() {
            let _ = writeln!(out, "<p class=\"arith\">{}</p>", arithmetic.join("　"));
        }
        let _ = writeln!(out, "</div>");
    }
    out.push_str("</section>\n");
    out
}

/// The whole report around the documents' sections.
pub fn page(sections: &[String], summary: &str, lang: Lang) -> String {
    let title = if lang == Lang::Zh { "预算公开检查报告" } else { "Budget disclosure check report" };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{title}</title><style>{STYLE}</style></head>\n<body><h1>{title}</h1><p class=\"summary\">{}</p>\n{}</body></html>\n",
        if lang == Lang::Zh { "zh-CN" } else { "en" },
        escape(summary),
        sections.concat()
    )
}

const STYLE: &str = "body{font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;margin:2em;max-width:70em}\
h2{border-bottom:1px solid #ccc}.finding{border-left:4px solid #999;padding:.2em 1em;margin:1em 0}\
.error{border-color:#c0392b}.warning{border-color:#e67e22}.info{border-color:#2980b9}\
.badge{font-weight:bold}.error .badge{color:#c0392b}.warning .badge{color:#e67e22}\
table{border-collapse:collapse}td{padding:.1em .6em;vertical-align:top}.line{color:#888;text-align:right}\
.src{font-family:monospace;white-space:pre-wrap}mark{background:#fde68a}.arith{color:#555}.clean{color:#27ae60}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_marks() {
        assert_eq!(marked_line("a<b 4.79万元", Some("4.79")), "a&lt;b <mark>4.79</mark>万元");
        assert_eq!(escape("\"&\""), "&quot;&amp;&quot;");
    }
}
