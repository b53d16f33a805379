//! What the text rules share: the place of a char of a narrative paragraph, and the template's
//! placeholders (`XX局`, `X,XXX.XX`).

use crate::context::Checked;
use crate::finding::{Finding, Place};
use crate::rule::RuleMeta;
use yusuan_model::{Paragraph, Span};

/// The line of the char at `char_at` in `para`, pointing at `needle`.
pub fn narrative_place(para: &Paragraph, char_at: usize, needle: &str) -> Place {
    Place { span: Span::line(para.line_at(char_at)), needle: Some(needle.to_string()), label: "说明".into(), label_en: "narrative".into() }
}

/// A finding of `meta` at every phrase `find` returns in the narrative's paragraphs (its char
/// offset and the text as written), worded by `say` (Chinese, English), with the phrase as found.
pub fn phrase_findings(doc: &Checked, meta: &'static RuleMeta, find: fn(&str) -> Vec<(usize, String)>, say: fn(&str) -> (String, String), out: &mut Vec<Finding>) {
    for para in &doc.reading.document.paragraphs {
        for (at, written) in find(&para.text) {
            let (zh, en) = say(&written);
            let mut f = meta.finding(zh, en);
            f.places.push(narrative_place(para, at, &written));
            f.found = Some(written);
            out.push(f);
        }
    }
}

/// The chars a template writes a placeholder with.
fn is_mark(c: char) -> bool {
    matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ' | '×')
}

/// What may stand between the marks of one placeholder (`X,XXX.XX`).
fn is_separator(c: char) -> bool {
    matches!(c, ',' | '.' | '，' | '．')
}

/// A Latin letter or digit that makes the marks part of a word or a formula (`XXL`, `3×4`).
fn joins(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric() || ('Ａ'..='ｚ').contains(c))
}

/// Every placeholder of a line: its char offset and the text as written.
pub fn placeholders(line: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_mark(chars[i]) || joins(i.checked_sub(1).and_then(|b| chars.get(b))) && !is_mark(chars[i - 1]) {
            i += 1;
            continue;
        }
        // The run: marks, with single separators between marks.
        let mut end = i + 1;
        let mut marks = 1;
        while end < chars.len() {
            if is_mark(chars[end]) {
                marks += 1;
                end += 1;
            } else if is_separator(chars[end]) && chars.get(end + 1).is_some_and(|c| is_mark(*c)) {
                end += 1;
            } else {
                break;
            }
        }
        let after: String = chars[end..chars.len().min(end + 2)].iter().collect();
        let unit_after = after.starts_with('%') || after.starts_with('％') || after.starts_with("万元") || after.starts_with('元');
        let is_placeholder = !joins(chars.get(end)) && (marks >= 2 || unit_after);
        if is_placeholder {
            out.push((i, chars[i..end].iter().collect()));
        }
        i = end;
    }
    out
}

/// Whether the document is the blank template, not a disclosure: its unit's name is a placeholder
/// (`上海市XX局`), as read or as its cover's first lines print it (`预算单位：上海市普陀区XX单位`). Its
/// placeholders and both-way wording are what a template is.
pub fn is_blank_template(doc: &Checked) -> bool {
    let cover = (1..=3).filter_map(|n| doc.line(n));
    doc.reading.document.identity.unit.as_deref().into_iter().chain(cover).any(|text| !placeholders(text).is_empty())
}
