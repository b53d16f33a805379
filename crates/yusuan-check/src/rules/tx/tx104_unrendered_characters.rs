//! TX104 unrendered-characters

use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct UnrenderedCharacters;

static META: RuleMeta = RuleMeta {
    code: "TX104",
    name: "unrendered-characters",
    category: Category::Text,
    severity: Severity::Warning,
    summary: "文中有无法显示的字符（替换符或私用区字符）",
    summary_en: "characters that did not render (replacement or private-use characters)",
    doc: "检查什么：正文中的替换字符（U+FFFD “�”）和私用区字符（U+E000–U+F8FF），多为生僻字、\
          特殊符号在转换或排版时丢失。\n\
          为什么：读者看到的是方框或乱码，数字或名称可能因此缺字。\n\
          示例：“支出预算为 1.00万元”写成“支出预算为 1.00万\u{fffd}”。\n\n\
          What it checks: U+FFFD and private-use characters in the text.",
};

fn unrendered(c: char) -> bool {
    c == '\u{fffd}' || ('\u{e000}'..='\u{f8ff}').contains(&c)
}

impl Rule for UnrenderedCharacters {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for n in 1..=doc.line_count() {
            let Some(line) = doc.line(n) else { continue };
            let Some(c) = line.chars().find(|&c| unrendered(c)) else { continue };
            let mut f = META.finding(
                format!("第{n}行有无法显示的字符 U+{:04X}", c as u32),
                format!("line {n} holds a character that did not render, U+{:04X}", c as u32),
            );
            f.places.push(Place { span: yusuan_model::Span::line(n), needle: Some(c.to_string()), label: "原文".into(), label_en: "source".into() });
            out.push(f);
        }
    }
}
