//! CL103 function-class-name

use super::lists;
use super::printed::{folded, function_rows, is_class_name, names_classes, row_place};
use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Paragraph, Span};

pub struct FunctionClassName;

static META: RuleMeta = RuleMeta {
    code: "CL103",
    name: "function-class-name",
    category: Category::Classification,
    severity: Severity::Error,
    summary: "支出功能分类类级科目的名称不是本年度的规范名称（含更名前的旧名称）",
    summary_en: "a 支出功能分类 类 printed with another name than the official one of the document's year (stale names included)",
    doc: "检查什么：表中类级科目（三位编码，或收支总表中按名称识别的类）以及说明中带编码写出的类\
          （“医疗卫生与计划生育支出（210类）”）所印的名称，是否为文档年度的\
          规范名称（data/function_classes.csv；忽略空格、全角半角括号、列表序号，允许省略末尾“支出”）。\
          印的是已更名科目的旧名称时，指出更名年份（data/classification_renames.csv）；\
          文档年度早于更名时，旧名称不报告。名称与更名记录均为 high 时报告错误，否则为警告。\n\
          为什么：科目更名后沿用旧模板，是公开材料中常见的错误，说明表格未按当年科目更新。\n\
          示例：2025 年预算的财政拨款收支预算表印“（九）医疗卫生与计划生育支出”，\
          210 类 2019 年起名为“卫生健康支出”。\n\n\
          What it checks: the name printed for each 支出功能分类 类 against the official name of the\
          document's year; a name replaced by a rename before that year is reported as stale.\n\
          Why: a stale name shows the table was not updated to the year's classification.",
};

impl Rule for FunctionClassName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let Some(year) = doc.reading.document.identity.year else { return };
        for (table, row, code) in function_rows(doc).filter(|(table, _, code)| code.len() == 3 && names_classes(table)) {
            let Some(printed) = row.name_of(code).map(folded) else { continue };
            if let Some(mut f) = misnamed(code, &printed, year, "表中") {
                f.places.push(row_place(doc, table, row, &[&printed, code]));
                out.push(f);
            }
        }
        for (paragraph, at, code, printed) in narrative_classes(doc) {
            if let Some(mut f) = misnamed(&code, &folded(&printed), year, "说明中") {
                let line = paragraph.line_at(at);
                f.places.push(Place { span: Span::line(line), needle: Some(printed), label: "情况说明".into(), label_en: "narrative".into() });
                out.push(f);
            }
        }
    }
}

/// The finding for class `code` printed as `printed` in a document of `year`, if the name is
/// neither the official one nor a former one still current then. `where_zh`: 表中 or 说明中.
fn misnamed(code: &str, printed: &str, year: u16, where_zh: &str) -> Option<Finding> {
    let class = lists::function_class(code)?;
    if printed.is_empty() || is_class_name(printed, class.name) {
        return None;
    }
    let rename = lists::class_renames().iter().find(|r| r.code == code && is_class_name(printed, r.old_name));
    let mut f = match rename {
        // The old name is still right before the rename (or when it is not known when).
        Some(r) if year < r.stale_from => return None,
        Some(r) => {
            let when_zh = match r.when.split_once('-') {
                Some((from, to)) => format!("{from}–{to} 年间更名"),
                None => format!("{} 年起", r.when),
            };
            let mut f = META.finding(
                format!("科目 {code} 的名称应为“{}”（{when_zh}），{where_zh}印为更名前的“{printed}”", r.new_name),
                format!("class {code} is named {:?} (renamed {}); the document prints the former name {printed:?}", r.new_name, r.when),
            );
            if !(r.high && class.high) {
                f.severity = Severity::Warning;
            }
            f
        }
        None => {
            let mut f = META.finding(
                format!("科目 {code} 的名称应为“{}”，{where_zh}印为“{printed}”", class.name),
                format!("class {code} is named {:?}; the document prints {printed:?}", class.name),
            );
            if !class.high {
                f.severity = Severity::Warning;
            }
            f
        }
    };
    f.expected = Some(class.name.to_string());
    f.found = Some(printed.to_string());
    Some(f)
}

/// Classes the narrative names with their code, `医疗卫生与计划生育支出（210类）`: the paragraph,
/// the char position of the name, the code and the name as printed.
fn narrative_classes<'a>(doc: &Checked<'a>) -> Vec<(&'a Paragraph, usize, String, String)> {
    let mut out = Vec::new();
    for paragraph in &doc.reading.document.paragraphs {
        let chars: Vec<char> = paragraph.text.chars().collect();
        for open in (0..chars.len()).filter(|&i| matches!(chars[i], '（' | '(')) {
            let code: String = chars[open + 1..].iter().take_while(|c| c.is_ascii_digit()).collect();
            let after = open + 1 + code.len();
            if code.len() != 3 || chars.get(after) != Some(&'类') {
                continue;
            }
            let start = chars[..open].iter().rposition(|c| !is_name_char(*c)).map_or(0, |p| p + 1);
            if start < open {
                out.push((paragraph, start, code, chars[start..open].iter().collect()));
            }
        }
    }
    out
}

/// A char of a class name (CJK, not punctuation or a digit).
fn is_name_char(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}
