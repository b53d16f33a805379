//! Column meanings from a table's header rows: the header path of each column and the concept,
//! fund source and economic class it names.

use std::borrow::Cow;
use std::sync::OnceLock;
use yusuan_model::concept::normalize_label;
use yusuan_model::{Column, Taxonomy, TableKind};

/// Labels that name row-label columns, not figures.
const LABEL_HEADERS: [&str; 14] = [
    "项目", "项 目", "科目编码", "科目名称", "单位代码", "单位名称", "单位(科目名称)", "单位（科目名称）",
    "类", "款", "项", "功能分类科目", "部门预算支出经济分类科目", "政府预算支出经济分类科目",
];

/// Labels over the halves of a side-by-side table; each spans labels and figures alike.
const SIDE_HEADERS: [&str; 2] = ["收入", "支出"];

/// What the data rows hold in a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// Mostly amounts.
    Figure,
    /// Text or codes.
    Label,
    Empty,
}

/// Header rows placed over the data columns they name. Converters split a header word over
/// cells (`项` `目`) and leave out the copies of merged cells, which moves the rest of a row;
/// the data rows show where the columns really are. `expense_start` is the first column of the
/// 支出 half of a side-by-side table. Cells stay borrowed unless split words are joined.
pub fn align<'a, S: AsRef<str>>(rows: &'a [Vec<S>], kinds: &[ColumnKind], expense_start: Option<usize>) -> Vec<Vec<Cow<'a, str>>> {
    let mut rows: Vec<Vec<Cow<str>>> = rows.iter().map(|r| join_split_words(r, kinds)).collect();
    if let Some(start) = expense_start {
        anchor_expense_halves(&mut rows, start);
    }
    for r in 1..rows.len() {
        place_under_groups(&mut rows, r, kinds);
    }
    rows
}

/// Header rows whose cells already stand over their columns (see
/// [`crate::layout::Layout::columns_final`]), as [`align`] returns them.
pub fn as_printed<S: AsRef<str>>(rows: &[Vec<S>]) -> Vec<Vec<Cow<'_, str>>> {
    rows.iter().map(|r| r.iter().map(|t| Cow::Borrowed(t.as_ref())).collect()).collect()
}

/// Joins a header word that the converter split into one-character cells (`收` … `入`). When a
/// row-label word (`项目`) was split over a figure column, that cell was added by the split:
/// it is removed, which moves the rest of the row back left.
fn join_split_words<'a, S: AsRef<str>>(row: &'a [S], kinds: &[ColumnKind]) -> Vec<Cow<'a, str>> {
    let mut row: Vec<Cow<str>> = row.iter().map(|t| Cow::Borrowed(t.as_ref())).collect();
    let mut i = 0;
    while i < row.len() {
        let next = (i + 1..row.len()).find(|&j| !row[j].is_empty());
        let Some(j) = next.filter(|&j| is_fragment(&row[i]) && is_fragment(&row[j])) else {
            i += 1;
            continue;
        };
        let word = format!("{}{}", row[i], row[j]);
        let label_header = is_label_header(&word);
        if !label_header && !is_side_header(&word) {
            i += 1;
            continue;
        }
        row[i] = Cow::Owned(word);
        if label_header && kinds.get(j) == Some(&ColumnKind::Figure) {
            row.remove(j);
            row.push(Cow::Borrowed(""));
        } else {
            row[j] = Cow::Borrowed("");
        }
        i = j;
    }
    row
}

fn is_fragment(cell: &str) -> bool {
    let mut chars = cell.chars();
    chars.next().is_some_and(|c| !c.is_ascii()) && chars.next().is_none()
}

/// In a side-by-side table, each header row's 支出 half begins with `支出` or its own `项目`.
/// A row where that cell stands left of the data's 支出 half lost merged cells before it: the
/// half moves right, and so do the rows below that name no half of their own.
fn anchor_expense_halves(rows: &mut [Vec<Cow<str>>], start: usize) {
    let mut moved: Option<(usize, usize)> = None;
    for row in rows.iter_mut() {
        let is_anchor = |t: &Cow<str>| is_label_header(t) || is_side_header(t);
        let at_or_after = row.iter().skip(start).any(is_anchor);
        let before = (1..start.min(row.len())).rev().find(|&c| is_anchor(&row[c]) && row[..c].iter().any(|t| !t.is_empty()));
        if at_or_after {
            moved = None;
        } else if let Some(c) = before {
            moved = Some((c, start - c));
        }
        if let Some((at, count)) = moved {
            insert_empty(row, at, count);
        }
    }
}

fn insert_empty(row: &mut Vec<Cow<str>>, at: usize, count: usize) {
    let at = at.min(row.len());
    row.splice(at..at, std::iter::repeat_n(Cow::Borrowed(""), count));
}

/// A row of figure headers that begins over a label column stands left of its place: the
/// converter left out the cells that taller headers cover. It moves right to the first
/// header group (a label of the row above spanning several columns) that is still open.
fn place_under_groups(rows: &mut [Vec<Cow<str>>], r: usize, kinds: &[ColumnKind]) {
    let Some(first) = rows[r].iter().position(|t| !t.is_empty()) else { return };
    if kinds.get(first) != Some(&ColumnKind::Label) || is_label_header(&rows[r][first]) {
        return;
    }
    let width = kinds.len().max(rows[r].len());
    let above = column_paths(&rows[..r], kinds, width);
    let before = column_paths(&rows[..r - 1], kinds, width);
    let grew = |c: usize| above[c].len() > before[c].len();
    let group = (first..width.saturating_sub(1))
        .find(|&c| kinds.get(c) != Some(&ColumnKind::Label) && grew(c) && grew(c + 1) && above[c] == above[c + 1]);
    if let Some(c) = group {
        insert_empty(&mut rows[r], first, c - first);
    }
}

/// The header path of every column of a grid: for column `c`, from each header row the nearest
/// label at or left of `c` that lies within the span of the label chosen in the row above. A
/// row-label header (`项目`) does not reach over a figure column.
pub fn column_paths<'a, S: AsRef<str>>(header_rows: &'a [Vec<S>], kinds: &[ColumnKind], width: usize) -> Vec<Vec<&'a str>> {
    (0..width)
        .map(|c| {
            let figures = kinds.get(c) == Some(&ColumnKind::Figure);
            let mut path: Vec<&str> = Vec::new();
            let mut parent_start = 0;
            for row in header_rows {
                let found = (parent_start..=c.min(row.len().saturating_sub(1)))
                    .rev()
                    .find(|&p| row.get(p).is_some_and(|t| !t.as_ref().is_empty() && !is_column_number(t.as_ref())));
                let Some(p) = found.filter(|&p| !(figures && is_label_header(row[p].as_ref()))) else { continue };
                let label = row[p].as_ref();
                if path.last() != Some(&label) {
                    path.push(label);
                }
                parent_start = p;
            }
            path
        })
        .collect()
}

/// `1`, `2`, `**`, `*`: the column-number row some templates print under the header.
pub fn is_column_number(t: &str) -> bool {
    t.chars().all(|c| c.is_ascii_digit() || c == '*') && !t.is_empty()
}

/// The words that name a row or column of serial numbers: `栏次`, `行次`, `序号`.
pub fn is_serial_word(t: &str) -> bool {
    const SERIAL: [&str; 6] = ["栏次", "行次", "栏号", "行号", "序号", "栏目"];
    let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    SERIAL.contains(&t.as_str())
}

pub fn is_label_header(label: &str) -> bool {
    let l = normalize_label(label);
    normalized_label_headers().contains(&l) || l.ends_with("名称") || l.ends_with("编码") || l.ends_with("代码")
}

fn is_side_header(label: &str) -> bool {
    SIDE_HEADERS.contains(&normalize_label(label).as_str())
}

/// [`LABEL_HEADERS`] normalized once, not for every column of every table.
fn normalized_label_headers() -> &'static [String] {
    static HEADERS: OnceLock<Vec<String>> = OnceLock::new();
    HEADERS.get_or_init(|| LABEL_HEADERS.iter().map(|h| normalize_label(h)).collect())
}

/// Whether the table's figures are income (columns name income sources as concepts) rather than
/// expenditure (the same words name the fund a figure is paid from).
fn income_columns(kind: TableKind) -> bool {
    matches!(kind, TableKind::Income)
}

/// Under a 上年结转 column group, a source names the carry-over of that source
/// (`上年结转结余/一般公共预算` → `income.carryover.general_budget`).
pub fn carried_over(id: &'static str, taxonomy: &Taxonomy) -> &'static str {
    let Some(source) = id.strip_prefix("income.") else { return id };
    taxonomy.get(&format!("income.carryover.{source}")).map_or(id, |c| c.id)
}

/// Resolves a header path to what its figures mean in a table of `kind`.
pub fn resolve<S: AsRef<str>>(path: &[S], kind: TableKind, taxonomy: &Taxonomy) -> Column {
    let mut concept = None;
    let mut fund = None;
    let mut econ_dept = None;
    let mut carryover = false;
    for (level, label) in path.iter().map(|l| normalize_label(l.as_ref())).enumerate() {
        let label = without_year(&label);
        let found = taxonomy
            .by_normalized_label(&label)
            .or_else(|| concept.and_then(|parent| part_of(parent, &label, taxonomy)))
            .or_else(|| without_amount_word(&label).and_then(|l| taxonomy.by_normalized_label(l)));
        let Some(c) = found else {
            econ_dept = taxonomy.econ_dept_by_normalized_name(&label).or(econ_dept);
            continue;
        };
        let id = if carryover { carried_over(c.id, taxonomy) } else { c.id };
        carryover |= c.id == "income.carryover";
        // Fund ids are the income-source concept ids without their `income.` prefix. Income as a
        // whole (`本年收入`, the 收入 half of a 收支总表) is no source; heading a column of its own
        // (the 决算's 政府性基金 table: `年初结转和结余 | 本年收入 | 本年支出`), it is what the
        // column holds, and so is an opening balance (`年初…`; a budget's `上年结转` column is
        // spending paid from the carry-over).
        let holds = matches!(id, "income.total" | "income.current_year") || (id == "income.carryover" && label.starts_with("年初"));
        match id.strip_prefix("income.") {
            _ if level == 0 && holds && !income_columns(kind) => concept = Some(id),
            Some("total" | "current_year") if !income_columns(kind) => {}
            Some(source) if !income_columns(kind) => fund = Some(source),
            _ => concept = Some(id),
        }
    }
    Column { header: path.iter().map(|l| l.as_ref().to_string()).collect(), concept, fund, econ_dept }
}

/// A header under a concept's column naming one of its parts by the last words of the part's
/// name: `购置费` under 公务用车购置及运行费 is 公务用车购置费.
fn part_of<'t>(parent: &str, label: &str, taxonomy: &'t Taxonomy) -> Option<&'t yusuan_model::Concept> {
    if label.chars().count() < 2 {
        return None;
    }
    taxonomy.concepts().iter().find(|c| {
        c.id.strip_prefix(parent).is_some_and(|rest| rest.starts_with('.'))
            && (c.label_zh.ends_with(label) || c.synonyms.iter().any(|s| s.ends_with(label)))
    })
}

/// `2024年“三公”经费预算数` → `“三公”经费预算数`: the year a header names is the document's.
fn without_year(label: &str) -> &str {
    let digits = label.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &label[digits..];
    let rest = rest.strip_prefix("年度").or_else(|| rest.strip_prefix('年'));
    match rest {
        Some(rest) if digits == 4 && !rest.is_empty() => rest,
        _ => label,
    }
}

/// `机关运行经费预算数` → `机关运行经费`, `财政拨款三公经费` → `三公经费`: the concept without the
/// word for its amount or the fund it is paid from.
fn without_amount_word(label: &str) -> Option<&str> {
    let bare = label.strip_prefix("财政拨款").unwrap_or(label);
    let bare = ["预算数", "决算数", "执行数", "预算", "决算"].iter().find_map(|w| bare.strip_suffix(w)).unwrap_or(bare);
    (bare.len() < label.len() && bare.chars().count() >= 2).then_some(bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(rs: &[&[&str]]) -> Vec<Vec<String>> {
        rs.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect()
    }

    #[test]
    fn paths_follow_merged_cells_left_aligned() {
        let h = rows(&[
            &["科目编码", "", "", "单位代码", "单位(科目名称)", "合计", "基本支出", "", "", "", "项目支出"],
            &["类", "款", "项", "", "", "", "小计", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "小计"],
        ]);
        let p = column_paths(&h, &[], 11);
        assert_eq!(p[5], vec!["合计"]);
        assert_eq!(p[6], vec!["基本支出", "小计"]);
        assert_eq!(p[7], vec!["基本支出", "工资福利支出"]);
        assert_eq!(p[10], vec!["项目支出", "小计"]);
        assert_eq!(p[1], vec!["科目编码", "款"]);
    }

    /// luolong-2021 lines 167–168: `项 目` split into two cells pushes `合 计` off its figures.
    #[test]
    fn split_words_join_and_give_back_the_added_cell() {
        use ColumnKind::{Figure as F, Label as L};
        let h = rows(&[&["收", "", "入", "支", "", "", "出"], &["项", "目", "金 额", "项", "目", "合 计", "本年支出小计"]]);
        let aligned = align(&h, &[L, L, F, L, F, F, F], None);
        assert_eq!(aligned[0], ["收入", "", "", "支出", "", "", ""]);
        assert_eq!(aligned[1], ["项目", "", "金 额", "项目", "合 计", "本年支出小计", ""]);
    }

    /// luolong-2021 lines 256–259: the header lost the 收入 金额 cell, so its 支出 half stands one
    /// column left of the data's.
    #[test]
    fn expense_half_of_the_header_moves_to_the_data() {
        use ColumnKind::{Figure as F, Label as L};
        let h = rows(&[&["收入", "", "支出", ""], &["项 目", "", "项 目", "合计"], &["", "", "", "一般公共预算"]]);
        let aligned = align(&h, &[L, L, F, L, F, F], Some(3));
        assert_eq!(aligned[1], ["项 目", "", "", "项 目", "合计"]);
        assert_eq!(aligned[2], ["", "", "", "", "一般公共预算"]);
        let paths = column_paths(&aligned, &[L, L, F, L, F, F], 5);
        assert_eq!(paths[2], ["收入"]);
        assert_eq!(paths[4], ["支出", "合计", "一般公共预算"]);
    }

    /// luolong-2021 lines 191–193: the sub-headers of 一般公共预算 stand under 单位代码.
    #[test]
    fn sub_headers_move_under_their_group() {
        use ColumnKind::{Empty as E, Figure as F, Label as L};
        let h = rows(&[
            &["科目编码", "", "单位代码", "总计", "资金来源", "", ""],
            &["类", "款", "", "", "一般公共预算", "", ""],
            &["", "", "小计", "财政拨款", "", "", ""],
        ]);
        let kinds = [L, L, L, F, F, F, E];
        let aligned = align(&h, &kinds, None);
        let paths = column_paths(&aligned, &kinds, 7);
        assert_eq!(paths[3], ["总计"]);
        assert_eq!(paths[4], ["资金来源", "一般公共预算", "小计"]);
        assert_eq!(paths[5], ["资金来源", "一般公共预算", "财政拨款"]);
    }

    #[test]
    fn resolves_concepts_funds_and_classes() {
        let t = Taxonomy::builtin();
        let c = resolve(&["基本支出", "工资福利支出"], TableKind::Expense, t);
        assert_eq!((c.concept, c.econ_dept), (Some("expense.basic"), Some("301")));
        let c = resolve(&["本年支出", "一般公共预算", "其中：财政拨款"], TableKind::IncomeExpenseSummary, t);
        assert_eq!((c.concept, c.fund), (Some("expense.current_year"), Some("fiscal_appropriation")));
        let c = resolve(&["资金来源", "一般公共预算"], TableKind::Income, t);
        assert_eq!(c.concept, Some("income.general_budget"));
        let c = resolve(&["上年结转结余", "一般公共预算"], TableKind::Income, t);
        assert_eq!(c.concept, Some("income.carryover.general_budget"));
        let c = resolve(&["财政拨款结转结余", "一般公共预算"], TableKind::ProjectExpense, t);
        assert_eq!(c.fund, Some("carryover.general_budget"));
        // shanghai-putuo-wanli-2024 p31.
        let c = resolve(&["2024年“三公”经费预算数", "合计"], TableKind::ThreePublic, t);
        assert_eq!(c.concept, Some("three_public.total"));
        assert_eq!(resolve(&["2024年机关运行经费预算数"], TableKind::ThreePublic, t).concept, Some("admin_operation"));
    }
}
