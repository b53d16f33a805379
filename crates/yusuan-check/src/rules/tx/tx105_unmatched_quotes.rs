//! TX105 unmatched-quotes

use super::text::narrative_place;
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct UnmatchedQuotes;

static META: RuleMeta = RuleMeta {
    code: "TX105",
    name: "unmatched-quotes",
    category: Category::Text,
    severity: Severity::Warning,
    summary: "引号、括号、书名号不成对",
    summary_en: "quotation marks, brackets or title marks that do not pair up",
    doc: "检查什么：一段说明中的“”‘’（）《》【】是否成对，括号是否以同样宽度的括号闭合（“（”配“）”，\
          “(”配“)”）。\n\
          为什么：不成对的引号或括号多是删改时删掉了一半，读者无法判断引用或注释到哪里结束。\n\
          示例：“使用以前年度积累的事业基金（即……用于弥补以后年度收支差额的基金)弥补……”。\n\n\
          What it checks: paired punctuation in each narrative paragraph, brackets closed at the width \
          they were opened.",
};

/// Opening marks, the mark each is closed by, and what the pair is called.
const PAIRS: [(char, char, &str, &str); 6] = [
    ('“', '”', "引号", "quotation mark"),
    ('‘', '’', "引号", "quotation mark"),
    ('（', '）', "括号", "bracket"),
    ('(', ')', "括号", "bracket"),
    ('《', '》', "书名号", "title mark"),
    ('【', '】', "括号", "bracket"),
];

/// Brackets of the other width close a bracket too, as a defect of their own.
fn other_width(c: char) -> Option<char> {
    match c {
        '）' => Some(')'),
        ')' => Some('）'),
        _ => None,
    }
}

/// The first pairing defect of a paragraph: its char offset, the mark, and what is wrong.
fn first_defect(text: &str) -> Option<(usize, char, String, String)> {
    let mut open: Vec<(usize, char, char)> = Vec::new();
    for (at, c) in text.chars().enumerate() {
        if let Some(&(o, close, ..)) = PAIRS.iter().find(|p| p.0 == c) {
            open.push((at, o, close));
            continue;
        }
        let Some(&(_, _, zh, en)) = PAIRS.iter().find(|p| p.1 == c) else { continue };
        match open.last() {
            Some(&(_, _, close)) if close == c => {
                open.pop();
            }
            Some(&(_, o, close)) if other_width(close) == Some(c) => {
                return Some((at, c, format!("“{o}”以另一宽度的“{c}”闭合"), format!("{o:?} is closed by {c:?} of the other width")));
            }
            _ => return Some((at, c, format!("{zh}“{c}”没有对应的前半个"), format!("closing {en} {c:?} without an opening one"))),
        }
    }
    let (at, o, close) = *open.first()?;
    let (zh, en) = PAIRS.iter().find(|p| p.0 == o).map_or(("", ""), |p| (p.2, p.3));
    Some((at, o, format!("{zh}“{o}”没有对应的“{close}”"), format!("opening {en} {o:?} without its {close:?}")))
}

impl Rule for UnmatchedQuotes {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for para in &doc.reading.document.paragraphs {
            let Some((at, mark, message, message_en)) = first_defect(&para.text) else { continue };
            let mut f = META.finding(format!("本段{message}"), format!("in this paragraph, {message_en}"));
            f.places.push(narrative_place(para, at, &mark.to_string()));
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defect(text: &str) -> Option<char> {
        first_defect(text).map(|d| d.1)
    }

    #[test]
    fn pairs_marks_up() {
        assert_eq!(defect("“三公”经费（含外宾接待）和《预算法》【注】"), None);
        assert_eq!(defect("“他说‘好’”"), None);
        assert_eq!(defect("一般公共服务(类)支出"), None);
        assert_eq!(defect("事业基金（即以前年度的基金)弥补"), Some(')'));
        assert_eq!(defect("按照“三公经费的规定。"), Some('“'));
        assert_eq!(defect("三公”经费"), Some('”'));
        assert_eq!(defect("《预算法等有关规定"), Some('《'));
    }
}
