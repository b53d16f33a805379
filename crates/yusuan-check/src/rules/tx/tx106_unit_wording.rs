//! TX106 unit-wording

use super::text::narrative_place;
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::Scope;

pub struct UnitWording;

static META: RuleMeta = RuleMeta {
    code: "TX106",
    name: "unit-wording",
    category: Category::Text,
    severity: Severity::Warning,
    summary: "说明自称时“本部门/我部门”与“本单位/我单位”混用",
    summary_en: "the narrative calls its author both 本部门 (department) and 本单位 (unit)",
    doc: "检查什么：说明中文档自称的“本部门”“我部门”与“本单位”“我单位”是否混用；多数用一种时，\
          指出用另一种的地方（两者一样多时，部门预算指出“单位”，单位预算指出“部门”）；\
          单位预算（文档身份为单位）自称“本部门/我部门”时，不论多少都指出（单位预算只是一个单位的）。\
          部门预算只称“本单位”不报告：只有一个单位的部门常这样自称。\
          “部门所属单位”“预算单位”等不是自称，不计。\n\
          为什么：部门预算是主管部门连同所属单位的汇总，单位预算只是其中一个单位，自称混用使读者无法判断\
          所说的是部门汇总还是某一单位，也常是套用其他文档未改净的痕迹。\n\
          示例：部门预算说明多处写“我部门”，一处写“2020年我单位按照市财政预算公开要求……”。\n\n\
          What it checks: self-references of the narrative mixing department (本部门, 我部门) and unit \
          (本单位, 我单位) wording; the minority wording is pointed out. A 单位 budget (identity scope unit)\
          calling itself 本部门/我部门 is pointed out however often it does; a department budget saying\
          only 本单位 is not (a department of one unit often does).",
};

/// How the narrative calls its author.
const SELF: [(&str, Scope); 4] = [("本部门", Scope::Department), ("我部门", Scope::Department), ("本单位", Scope::Unit), ("我单位", Scope::Unit)];

/// Chars before `本` that make a word of it (`基本单位`, `成本单位`), or a definition (`指本单位所属…`
/// in the 名词解释, said of any unit): not a self-reference.
const NOT_SELF_BEFORE: &str = "基根资成样文版账原日课剧脚书标指";

/// Every self-reference of a text: its char offset, the words and what they call the author.
fn self_references(text: &str) -> Vec<(usize, &'static str, Scope)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for at in 0..chars.len() {
        for &(words, scope) in &SELF {
            let matches = words.chars().enumerate().all(|(k, w)| chars.get(at + k) == Some(&w));
            let word_before = at.checked_sub(1).and_then(|b| chars.get(b)).is_some_and(|c| NOT_SELF_BEFORE.contains(*c));
            if matches && !(words.starts_with('本') && word_before) {
                out.push((at, words, scope));
            }
        }
    }
    out
}

/// The findings of a 单位 budget that calls itself 本部门/我部门 (`units` times 本单位/我单位).
fn unit_called_department(doc: &Checked, found: &[(usize, usize, &str, Scope)], units: usize, out: &mut Vec<Finding>) {
    let paragraphs = &doc.reading.document.paragraphs;
    for &(p, at, words, _) in found.iter().filter(|r| r.3 == Scope::Department) {
        let Some(para) = paragraphs.get(p) else { continue };
        let mut f = META.finding(
            format!("本文档是单位预算（说明中 {units} 处自称“单位”），此处却自称“{words}”"),
            format!("this is one unit's budget (the narrative says 单位 {units} times), here it calls itself {words:?}"),
        );
        f.places.push(narrative_place(para, at, words));
        f.expected = Some(format!("{}单位", words.chars().next().unwrap_or('本')));
        f.found = Some(words.to_string());
        out.push(f);
    }
}

fn scope_zh(scope: Scope) -> &'static str {
    match scope {
        Scope::Department => "部门",
        Scope::Unit => "单位",
    }
}

impl Rule for UnitWording {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let document = &doc.reading.document;
        let found: Vec<(usize, usize, &str, Scope)> = document
            .paragraphs
            .iter()
            .enumerate()
            .flat_map(|(p, para)| self_references(&para.text).into_iter().map(move |(at, words, scope)| (p, at, words, scope)))
            .collect();
        let departments = found.iter().filter(|r| r.3 == Scope::Department).count();
        let units = found.len() - departments;
        // A 单位 budget is one unit's: calling itself a department is wrong however often it does.
        if document.identity.scope == Some(Scope::Unit) && departments > 0 {
            unit_called_department(doc, &found, units, out);
            return;
        }
        if departments == 0 || units == 0 {
            return;
        }
        let odd = match departments.cmp(&units) {
            std::cmp::Ordering::Greater => Scope::Unit,
            std::cmp::Ordering::Less => Scope::Department,
            std::cmp::Ordering::Equal => match document.identity.scope {
                Some(Scope::Department) => Scope::Unit,
                Some(Scope::Unit) => Scope::Department,
                None => return,
            },
        };
        let (usual, usual_count) = if odd == Scope::Unit { (Scope::Department, departments) } else { (Scope::Unit, units) };
        let Some(&(first_para, first_at, first_words, _)) = found.iter().find(|r| r.3 == usual) else { return };
        for &(p, at, words, _) in found.iter().filter(|r| r.3 == odd) {
            let Some(para) = document.paragraphs.get(p) else { continue };
            let mut f = META.finding(
                format!("说明中 {usual_count} 处自称“{}”，此处却称“{words}”", scope_zh(usual)),
                format!("the narrative calls its author a {} {usual_count} times, here {words:?}", if usual == Scope::Department { "department" } else { "unit" }),
            );
            f.places.push(narrative_place(para, at, words));
            if let Some(first) = document.paragraphs.get(first_para) {
                f.places.push(narrative_place(first, first_at, first_words));
            }
            f.expected = Some(format!("{}{}", words.chars().next().unwrap_or('本'), scope_zh(usual)));
            f.found = Some(words.to_string());
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_self_references_only() {
        let found: Vec<&str> = self_references("我部门及所属单位，本单位；预算单位、基本单位、部门所属单位").iter().map(|r| r.1).collect();
        assert_eq!(found, ["我部门", "本单位"]);
    }
}
