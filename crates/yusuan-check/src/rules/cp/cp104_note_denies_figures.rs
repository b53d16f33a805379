//! CP104 note-denies-figures

use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::Table;

pub struct NoteDeniesFigures;

static META: RuleMeta = RuleMeta {
    code: "CP104",
    name: "note-denies-figures",
    category: Category::Completeness,
    severity: Severity::Error,
    summary: "表下说明称本表为空表或无数据，表中却有数",
    summary_en: "a table's note says it is empty while the table holds figures",
    doc: "检查什么：表下注明“故本表为空表”“此表无数据”“无……预算”的表格，表中是否仍有非零的数字。\n\
          为什么：空表说明是套用模板或沿用上年时最常留下的一句；说明与数字相反，读者不知该信哪个。\n\
          示例：万里街道 2024 年“三公”经费和机关运行经费预算表注明“本部门2024年无“三公”经费和机关运行\
          经费预算，故本表为空表”，表中却列有“三公”经费 47.91 万元、机关运行经费 443.18 万元。\n\n\
          What it checks: a note saying the table is empty (空表, 无数据, 无…预算) under a table with\n\
          non-zero figures.",
};

/// The words of a note that says the table has nothing.
pub(crate) const EMPTY_WORDS: [&str; 4] = ["空表", "无数据", "没有数据", "无数字"];

impl Rule for NoteDeniesFigures {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for table in doc.tables() {
            let Some(note) = &table.note else { continue };
            if !EMPTY_WORDS.iter().any(|w| note.contains(w)) {
                continue;
            }
            let Some((line, written)) = first_non_zero(table) else { continue };
            let mut f = META.finding(
                format!("表“{}”注明为空表或无数据，表中却有 {written}", table.title),
                format!("the note of table {:?} says it is empty, but it holds {written}", table.title),
            );
            let word = EMPTY_WORDS.iter().find(|w| note.contains(**w)).map(|w| w.to_string());
            f.places.push(Place::in_table(table, doc.table_line_with(table, word.as_deref().unwrap_or(note)), word));
            f.places.push(Place::in_table(table, line, Some(written.clone())));
            f.expected = Some("无数字 / no figures".into());
            f.found = Some(written);
            out.push(f);
        }
    }
}

/// The first non-zero figure of a table: its line and how it is written.
pub(crate) fn first_non_zero(table: &Table) -> Option<(u32, String)> {
    table.rows.iter().find_map(|r| {
        r.cells.iter().flatten().find(|c| c.written.mantissa != 0).map(|c| (c.span.line, c.written.to_string()))
    })
}
