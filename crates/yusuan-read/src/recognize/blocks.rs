//! What a table prints once for the rows under it.
//!
//! - **Relative codes**: a 款 printed as `05` under its 类 `208` is `20805`, a 项 `01` under the 款
//!   `20802` is `2080201`. The header's `类 | 款 | 项` says which a column holds (Yantai); without
//!   it, a table that prints its 项 whole prints only 款 by two digits (Xi'an).
//! - **Units' blocks**: a table that lists several units, each under a row of its own
//!   (`125002 | 西安市安全生产宣传教育中心 | 276.60`), gives each following row that unit, until
//!   the next unit or the total. With a single unit's row (or a department's over its one unit's)
//!   the table is that unit's alone, and its rows are the document's.

use super::tokens::is_total_label;
use yusuan_model::{Side, TableRow};

/// The level of a function class a code column holds, by its header (`类 | 款 | 项`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Class,
    Kuan,
    Item,
}

impl Level {
    pub fn of_header(label: &str) -> Option<Level> {
        match label.trim() {
            "类" => Some(Level::Class),
            "款" => Some(Level::Kuan),
            "项" => Some(Level::Item),
            _ => None,
        }
    }
}

/// Resolves relative codes and units' blocks, side by side. `levels`: for each row (where
/// known), the level the header gives the column of its code.
pub fn resolve(rows: &mut [TableRow], levels: &[Option<Level>]) {
    for side in [Side::Single, Side::Income, Side::Expense] {
        let mut on_side: Vec<(&mut TableRow, Option<Level>)> =
            rows.iter_mut().enumerate().filter(|(_, r)| r.side == side).map(|(i, r)| (r, levels.get(i).copied().flatten())).collect();
        relative_codes(&mut on_side);
        let mut rows_of_side: Vec<&mut TableRow> = on_side.into_iter().map(|(r, _)| r).collect();
        units_blocks(&mut rows_of_side);
    }
}

/// A row whose only code is two digits, under a 类 (or a 款): that code relative to it. Its
/// column's header says whether it is a 款 or a 项; without one, it is a 款 where the table prints
/// its 项 whole, and is left alone otherwise.
fn relative_codes(rows: &mut [(&mut TableRow, Option<Level>)]) {
    let whole_items = rows.iter().any(|(r, _)| r.codes.function.as_deref().is_some_and(|c| c.len() == 7));
    let (mut class, mut kuan): (Option<String>, Option<String>) = (None, None);
    for (row, level) in rows.iter_mut() {
        if let Some(code) = row.codes.function.clone() {
            match code.len() {
                3 => (class, kuan) = (Some(code), None),
                5 => kuan = Some(code),
                _ => {}
            }
            continue;
        }
        let Some(relative) = row.codes.unit.clone().filter(|u| u.len() == 2 && row.codes.econ_dept.is_none() && row.codes.econ_gov.is_none()) else {
            if is_total_label(&row.label) {
                (class, kuan) = (None, None);
            }
            continue;
        };
        let parent = match (*level, &class, &kuan) {
            (Some(Level::Item), _, Some(k)) => k.clone(),
            (Some(Level::Kuan), Some(c), _) => c.clone(),
            (None, Some(c), _) if whole_items => c.clone(),
            _ => continue,
        };
        let code = format!("{parent}{relative}");
        if code.len() == 5 {
            kuan = Some(code.clone());
        }
        row.codes.function = Some(code);
        row.codes.unit = None;
    }
}

/// Whether a row is a unit's own: a unit code and a name, no classification code.
fn is_unit_row(row: &TableRow) -> bool {
    row.codes.unit.as_deref().is_some_and(|u| u.len() >= 3)
        && row.codes.classification_count() == 0
        && row.project.is_none()
        && !row.label.trim().is_empty()
}

/// The rows under each unit's row are that unit's, in a table of two units or more.
fn units_blocks(rows: &mut [&mut TableRow]) {
    // A department's row over its one unit's (`307` over `307001`) is one unit, not two.
    let units: Vec<&str> = rows.iter().filter(|r| is_unit_row(r)).filter_map(|r| r.codes.unit.as_deref()).collect();
    let leaves = units.iter().filter(|u| !units.iter().any(|other| other != *u && other.starts_with(**u))).count();
    if leaves < 2 {
        return;
    }
    let mut unit: Option<String> = None;
    for row in rows.iter_mut() {
        if is_unit_row(row) {
            unit = row.codes.unit.clone();
        } else if is_total_label(&row.label) {
            unit = None;
        } else if row.codes.unit.is_none() {
            row.codes.unit = unit.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::table::new_row;

    fn row(function: Option<&str>, unit: Option<&str>, label: &str) -> TableRow {
        let mut r = new_row(Side::Single, 1, 1);
        r.codes.function = function.map(str::to_string);
        r.codes.unit = unit.map(str::to_string);
        r.label = label.to_string();
        r
    }

    #[test]
    fn relative_codes_and_units_blocks() {
        let mut rows = vec![
            row(None, None, "合计"),
            row(None, Some("125001"), "某局"),
            row(Some("208"), None, "社会保障和就业支出"),
            row(None, Some("05"), "行政事业单位离退休"),
            row(Some("2080505"), None, "机关事业单位基本养老保险缴费支出"),
            row(None, Some("99"), "其他社会保障和就业支出"),
            row(None, Some("125002"), "某中心"),
            row(Some("221"), None, "住房保障支出"),
        ];
        resolve(&mut rows, &[]);
        let codes: Vec<(Option<&str>, Option<&str>)> = rows.iter().map(|r| (r.codes.function.as_deref(), r.codes.unit.as_deref())).collect();
        assert_eq!(
            codes,
            [
                (None, None),
                (None, Some("125001")),
                (Some("208"), Some("125001")),
                (Some("20805"), Some("125001")),
                (Some("2080505"), Some("125001")),
                (Some("20899"), Some("125001")),
                (None, Some("125002")),
                (Some("221"), Some("125002")),
            ]
        );
    }

    #[test]
    fn the_header_says_kuan_or_item() {
        let mut rows = vec![
            row(Some("208"), None, "社会保障和就业支出"),
            row(None, Some("02"), "民政管理事务"),
            row(None, Some("01"), "行政运行"),
            row(None, Some("05"), "行政事业单位养老支出"),
            row(None, Some("01"), "行政单位离退休"),
        ];
        let (kuan, item) = (Some(Level::Kuan), Some(Level::Item));
        resolve(&mut rows, &[Some(Level::Class), kuan, item, kuan, item]);
        let codes: Vec<Option<&str>> = rows.iter().map(|r| r.codes.function.as_deref()).collect();
        assert_eq!(codes, [Some("208"), Some("20802"), Some("2080201"), Some("20805"), Some("2080501")]);
    }

    #[test]
    fn one_units_row_is_the_documents_own() {
        let mut rows = vec![row(None, Some("307"), "某局"), row(None, Some("307001"), "某局"), row(Some("210"), None, "卫生健康支出")];
        resolve(&mut rows, &[]);
        assert_eq!(rows[2].codes.unit, None);
    }
}
