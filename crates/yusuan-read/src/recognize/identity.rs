//! The document's identity: unit name and code, year, budget or final account, scope.

use super::title;
use crate::normalize::remove_whitespace;
use crate::layout::Block;
use std::collections::HashMap;
use yusuan_model::{DocKind, Identity, Scope, TableKind};

/// Votes over the cover, part headings and table header lines; the majority wins, so a table
/// headed with another unit's name does not change the document's identity.
pub fn find(blocks: &[Block], starts: &[(usize, TableKind)]) -> Identity {
    let mut units: HashMap<String, usize> = HashMap::new();
    let mut years: HashMap<u16, usize> = HashMap::new();
    let (mut budget, mut final_account, mut department, mut unit_scope) = (0, 0, 0, 0);
    for b in blocks {
        let Some(text) = short_compact_text(b) else { continue };
        if let Some(u) = title::unit_line(&text).and_then(|u| u.unit_name) {
            *units.entry(u).or_default() += 1;
        }
        if let Some((unit, year, kind, scope)) = heading_identity(&text) {
            if let Some(u) = unit {
                *units.entry(u).or_default() += 2;
            }
            *years.entry(year).or_default() += 1;
            match kind {
                DocKind::Budget => budget += 1,
                DocKind::FinalAccount => final_account += 1,
            }
            match scope {
                Some(Scope::Department) => department += 1,
                Some(Scope::Unit) => unit_scope += 1,
                None => {}
            }
        }
    }
    for &(i, _) in starts {
        if let Some(y) = leading_year(&blocks[i].text()) {
            *years.entry(y).or_default() += 1;
        }
    }
    let unit = majority(units);
    Identity {
        unit_code: unit.as_deref().and_then(|u| unit_code(blocks, u)),
        unit,
        year: majority(years),
        kind: (budget + final_account > 0).then_some(if final_account > budget { DocKind::FinalAccount } else { DocKind::Budget }),
        scope: (department + unit_scope > 0).then_some(if unit_scope > department { Scope::Unit } else { Scope::Department }),
    }
}

/// Lines longer than this, without whitespace, are text, not headings or unit lines.
const MAX_HEADING_CHARS: usize = 60;

/// The chars that [`title::unit_line`] (`单`, `名`, `门`) and [`heading_identity`] (`算`) need one of.
const IDENTITY_CHARS: [char; 4] = [title::UNIT_LINE_CHARS[0], title::UNIT_LINE_CHARS[1], title::UNIT_LINE_CHARS[2], '算'];

/// The block's text without whitespace, if it is at most [`MAX_HEADING_CHARS`] chars long and
/// holds one of [`IDENTITY_CHARS`]. Headings are short; a long line is passed over as soon as it
/// is known to be long, and the text is built only for the few lines that hold a needed char.
fn short_compact_text(b: &Block) -> Option<String> {
    let mut chars = 0;
    let mut holds_needed = false;
    for text in b.cells.iter().map(|cell| cell.text.as_str()) {
        if text.is_ascii() {
            // Figures and codes: no needed char is ASCII, and ASCII whitespace is a byte each.
            chars += text.bytes().filter(|b| !matches!(b, b'\t'..=b'\r' | b' ')).count();
        } else {
            for c in text.chars().filter(|c| !c.is_whitespace()) {
                chars += 1;
                if chars > MAX_HEADING_CHARS {
                    return None;
                }
                holds_needed |= IDENTITY_CHARS.contains(&c);
            }
        }
        if chars > MAX_HEADING_CHARS {
            return None;
        }
    }
    holds_needed.then(|| {
        let mut out = String::with_capacity(b.cells.iter().map(|cell| cell.text.len()).sum());
        b.cells.iter().for_each(|cell| out.push_str(&remove_whitespace(&cell.text)));
        out
    })
}

fn majority<K: Ord + Clone>(votes: HashMap<K, usize>) -> Option<K> {
    let mut v: Vec<(K, usize)> = votes.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.into_iter().next().map(|(k, _)| k)
}

/// `栾川县医疗保障局2020年度部门预算`, `2025年栾川县医疗保障局部门预算情况说明`,
/// `洛龙区医疗保障局2021年部门预算表`: unit (if printed), year, kind and scope.
fn heading_identity(text: &str) -> Option<(Option<String>, u16, DocKind, Option<Scope>)> {
    // 预算 and 决算 both end in 算; most lines have none, and a cheap char search skips them.
    // A standard table's title (`2026年部门一般公共预算基本支出部门预算经济分类预算表`) names no unit.
    if !text.contains('算') || title::table_kind(text).is_some() {
        return None;
    }
    let (kind, at) = [("部门预算", "单位预算", DocKind::Budget), ("部门决算", "单位决算", DocKind::FinalAccount)]
        .iter()
        .find_map(|(department, unit, k)| text.find(department).or_else(|| text.find(unit)).map(|i| (*k, i)))?;
    let scope = if text[at..].starts_with("部门") { Some(Scope::Department) } else { Some(Scope::Unit) };
    let before = &text[..at];
    let year_at = before.find("年")?;
    let digits_start = before[..year_at].rfind(|c: char| !c.is_ascii_digit()).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let year: u16 = before[digits_start..year_at].parse().ok().filter(|y| (2000..2100).contains(y))?;
    let after_year = before[year_at..].trim_start_matches('年').trim_start_matches('度');
    // The name stands before the year (`洛龙区医疗保障局2021年…`) or after it; a part number
    // (`第二部分 2025年…`) is not a name.
    let lead = without_part_number(before[..digits_start].trim()).trim_start_matches("附件:").trim_start_matches("附件：").trim();
    let unit_text = if lead.chars().count() >= 3 { lead } else { after_year };
    let unit = (unit_text.chars().count() >= 3 && !unit_text.contains('年')).then(|| unit_text.to_string());
    Some((unit, year, kind, scope))
}

/// `第二部分 …` → `…`.
fn without_part_number(text: &str) -> &str {
    match (text.strip_prefix('第'), text.find("部分")) {
        (Some(_), Some(at)) => &text[at + "部分".len()..],
        _ => text,
    }
}

/// `2021年部门收支总体情况表` → 2021.
fn leading_year(title: &str) -> Option<u16> {
    let t = remove_whitespace(title);
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    (t[digits.len()..].starts_with('年')).then(|| digits.parse().ok()).flatten().filter(|y| (2000..2100).contains(y))
}

/// The code printed before the unit's own name in a table row (`307 栾川县医疗保障局`).
fn unit_code(blocks: &[Block], unit: &str) -> Option<String> {
    blocks.iter().find_map(|b| {
        let cells = || b.non_empty_cells().map(|c| c.text.as_str());
        cells().zip(cells().skip(1)).find_map(|(code, name)| {
            (name == unit && code.len() >= 3 && code.bytes().all(|c| c.is_ascii_digit())).then(|| code.to_string())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_headings() {
        let (u, y, k, s) = heading_identity("栾川县医疗保障局2020年度部门预算").unwrap();
        assert_eq!((u.as_deref(), y, k, s), (Some("栾川县医疗保障局"), 2020, DocKind::Budget, Some(Scope::Department)));
        let (u, y, _, _) = heading_identity("2025年栾川县医疗保障局部门预算情况说明").unwrap();
        assert_eq!((u.as_deref(), y), (Some("栾川县医疗保障局"), 2025));
        let (u, _, k, s) = heading_identity("上海市普陀区财政局2024年度单位决算").unwrap();
        assert_eq!((u.as_deref(), k, s), (Some("上海市普陀区财政局"), DocKind::FinalAccount, Some(Scope::Unit)));
        assert_eq!(leading_year("2021年部门收支总体情况表"), Some(2021));
    }
}
