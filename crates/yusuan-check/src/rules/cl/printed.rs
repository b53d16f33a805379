//! What a table row prints for a code, and how the CL rules compare and point at it.

use crate::context::Checked;
use crate::finding::Place;
use yusuan_model::concept::normalize_label;
use yusuan_model::{Table, TableRow};

/// Every row listed under a 支出功能分类 code, with its table and the code.
pub fn function_rows<'a>(doc: &Checked<'a>) -> impl Iterator<Item = (&'a Table, &'a TableRow, &'a str)> {
    doc.tables().iter().flat_map(|table| table.rows.iter().filter_map(move |row| Some((table, row, row.codes.function.as_deref()?))))
}

/// A printed name folded for comparison: list numbering (`十、` `（九）`), spaces and quotes
/// dropped, full-width brackets made half-width.
pub fn folded(name: &str) -> String {
    normalize_label(name)
}

/// Whether a printed economic class name is the official one written another way: without a
/// `的` (`对个人和家庭补助`) or without its bracketed qualifier (`资本性支出` for `资本性支出（一）`).
/// Such a name still names the class; it is not a defect.
pub fn same_econ_name(printed: &str, official: &str) -> bool {
    let key = |name: &str| {
        let mut out = String::new();
        let mut depth = 0usize;
        for c in folded(name).chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                '的' => {}
                c if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out
    };
    key(printed) == key(official)
}

/// Whether the numbers a table's rows print before their labels are classification codes: a
/// performance table's are targets (`200 | 次`).
pub fn prints_codes(table: &Table) -> bool {
    !matches!(table.kind, yusuan_model::TableKind::DepartmentPerformance | yusuan_model::TableKind::ProjectPerformance)
}

/// Whether a table's rows print classification codes with their names: a 政府采购 table's rows
/// name what is bought (`日常公用经费A02021119条码扫描器`), not the class of their code.
pub fn names_classes(table: &Table) -> bool {
    prints_codes(table) && table.kind != yusuan_model::TableKind::Procurement
}

/// Whether a folded 类 name is `official`: the 收支总表 templates print it without the closing
/// `支出` (`十、卫生健康`).
pub fn is_class_name(printed: &str, official: &str) -> bool {
    let official = folded(official);
    printed == official || official.strip_suffix("支出") == Some(printed)
}

/// The text printed right after `code` on a source line, whether the code is printed whole
/// (`30101 基本工资`) or in pieces (`301 01 基本工资`): the name as the document writes it, where
/// the row's label joins it with the other names of the row.
pub fn name_after<'a>(line: &'a str, code: &str) -> Option<&'a str> {
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let cells: Vec<&str> = line.split(|c: char| c == '|' || c.is_whitespace()).filter(|s| !s.is_empty()).collect();
    for start in 0..cells.len() {
        let mut joined = String::new();
        for (i, cell) in cells.iter().enumerate().skip(start) {
            if !digits(cell) {
                break;
            }
            joined.push_str(cell);
            if joined == code {
                return cells.get(i + 1).copied().filter(|next| next.chars().any(|c| !c.is_ascii_digit() && c != '.' && c != ','));
            }
            if !code.starts_with(&joined) {
                break;
            }
        }
    }
    None
}

/// The place of a row in a finding, pointing at the first of `needles` its line shows.
pub fn row_place(doc: &Checked, table: &Table, row: &TableRow, needles: &[&str]) -> Place {
    let line = doc.line(row.line).unwrap_or("");
    Place::in_table(table, row.line, needles.iter().find(|n| !n.is_empty() && line.contains(**n)).map(|n| n.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_after_a_code_whole_or_in_pieces() {
        assert_eq!(name_after("30108\t机关事业单位基本养老保险费\t50102\t社会保障缴费\t3.94", "30108"), Some("机关事业单位基本养老保险费"));
        assert_eq!(name_after("30108\t机关事业单位基本养老保险费\t50102\t社会保障缴费\t3.94", "50102"), Some("社会保障缴费"));
        assert_eq!(name_after("301 03 奖金 501 01", "30103"), Some("奖金"));
        assert_eq!(name_after("301 03 奖金 501 01", "50101"), None);
        assert_eq!(name_after("3010201\t工作性津贴", "30102"), None);
        assert!(is_class_name(&folded("十、卫生健康"), "卫生健康支出"));
        assert!(same_econ_name("对个人和家庭补助", "对个人和家庭的补助"));
        assert!(same_econ_name("资本性支出", "资本性支出（一）"));
        assert!(!same_econ_name("办公费", "印刷费"));
        assert!(is_class_name(&folded("（十）卫生健康支出"), "卫生健康支出"));
        assert!(!is_class_name(&folded("（九）医疗卫生与计划生育支出"), "卫生健康支出"));
    }
}
