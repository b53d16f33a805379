//! Column meanings from a table's header rows: the header path of each column and the concept,
//! fund source and economic class it names.

use std::sync::OnceLock;
use yusuan_model::concept::normalize_label;
use yusuan_model::{Column, Taxonomy, TableKind};

/// Labels that name row-label columns, not figures.
const LABEL_HEADERS: [&str; 16] = [
    "项目", "项 目", "科目编码", "科目名称", "单位代码", "单位名称", "单位(科目名称)", "单位（科目名称）",
    "类", "款", "项", "收入", "支出", "功能分类科目", "部门预算支出经济分类科目", "政府预算支出经济分类科目",
];

/// The header path of every column of a grid: for column `c`, from each header row the nearest
/// label at or left of `c` that lies within the span of the label chosen in the row above.
pub fn column_paths(header_rows: &[Vec<&str>], width: usize) -> Vec<Vec<String>> {
    (0..width)
        .map(|c| {
            let mut path: Vec<String> = Vec::new();
            let mut parent_start = 0;
            for row in header_rows {
                let found = (parent_start..=c.min(row.len().saturating_sub(1)))
                    .rev()
                    .find(|&p| row.get(p).is_some_and(|t| !t.is_empty() && !is_column_number(t)));
                if let Some(p) = found {
                    let label = row[p];
                    if path.last().map(String::as_str) != Some(label) {
                        path.push(label.to_string());
                    }
                    parent_start = p;
                }
            }
            path
        })
        .collect()
}

/// `1`, `2`, `**`, `*`: the column-number row some templates print under the header.
pub fn is_column_number(t: &str) -> bool {
    t.chars().all(|c| c.is_ascii_digit() || c == '*') && !t.is_empty()
}

pub fn is_label_header(label: &str) -> bool {
    let l = normalize_label(label);
    normalized_label_headers().contains(&l)
        || l.ends_with("名称")
        || l.ends_with("编码")
        || l.ends_with("代码")
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
pub fn resolve(path: Vec<String>, kind: TableKind, taxonomy: &Taxonomy) -> Column {
    let mut concept = None;
    let mut fund = None;
    let mut econ_dept = None;
    let mut carryover = false;
    for label in &path {
        let Some(c) = taxonomy.by_label(label) else {
            econ_dept = taxonomy.econ_dept_by_name(label).or(econ_dept);
            continue;
        };
        let id = if carryover { carried_over(c.id, taxonomy) } else { c.id };
        carryover |= c.id == "income.carryover";
        // Fund ids are the income-source concept ids without their `income.` prefix.
        match id.strip_prefix("income.") {
            Some(source) if !income_columns(kind) => fund = Some(source),
            _ => concept = Some(id),
        }
    }
    Column { header: path, concept, fund, econ_dept }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows<'a>(rs: &[&[&'a str]]) -> Vec<Vec<&'a str>> {
        rs.iter().map(|r| r.to_vec()).collect()
    }

    #[test]
    fn paths_follow_merged_cells_left_aligned() {
        let h = rows(&[
            &["科目编码", "", "", "单位代码", "单位(科目名称)", "合计", "基本支出", "", "", "", "项目支出"],
            &["类", "款", "项", "", "", "", "小计", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "小计"],
        ]);
        let p = column_paths(&h, 11);
        assert_eq!(p[5], vec!["合计"]);
        assert_eq!(p[6], vec!["基本支出", "小计"]);
        assert_eq!(p[7], vec!["基本支出", "工资福利支出"]);
        assert_eq!(p[10], vec!["项目支出", "小计"]);
        assert_eq!(p[1], vec!["科目编码", "款"]);
    }

    #[test]
    fn resolves_concepts_funds_and_classes() {
        let t = Taxonomy::builtin();
        let c = resolve(vec!["基本支出".into(), "工资福利支出".into()], TableKind::Expense, t);
        assert_eq!((c.concept, c.econ_dept), (Some("expense.basic"), Some("301")));
        let c = resolve(vec!["本年支出".into(), "一般公共预算".into(), "其中：财政拨款".into()], TableKind::IncomeExpenseSummary, t);
        assert_eq!((c.concept, c.fund), (Some("expense.current_year"), Some("fiscal_appropriation")));
        let c = resolve(vec!["资金来源".into(), "一般公共预算".into()], TableKind::Income, t);
        assert_eq!(c.concept, Some("income.general_budget"));
        let c = resolve(vec!["上年结转结余".into(), "一般公共预算".into()], TableKind::Income, t);
        assert_eq!(c.concept, Some("income.carryover.general_budget"));
        let c = resolve(vec!["财政拨款结转结余".into(), "一般公共预算".into()], TableKind::ProjectExpense, t);
        assert_eq!(c.fund, Some("carryover.general_budget"));
    }
}
