//! The arithmetic a table's header states: which column is the sum of which (合计, 小计, 总计,
//! 资金总额)
//! and which column is a part of another (其中).

/// `total = Σ addends` between columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sum {
    pub total: usize,
    pub addends: Vec<usize>,
}

/// The sums and parts among a table's columns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Structure {
    pub sums: Vec<Sum>,
    /// `(part, whole)`: the part is at most the whole.
    pub parts: Vec<(usize, usize)>,
}

fn is_total(label: &str) -> bool {
    let label: String = label.chars().filter(|c| !c.is_whitespace()).collect();
    ["合计", "小计", "总计", "总额"].iter().any(|t| label.ends_with(t))
}

fn is_part(label: &str) -> bool {
    label.starts_with("其中")
}

fn last(path: &[String]) -> &str {
    path.last().map_or("", String::as_str)
}

/// Reads the structure from the columns' header paths.
pub fn of(paths: &[Vec<String>]) -> Structure {
    let mut out = Structure::default();
    for (i, path) in paths.iter().enumerate() {
        let Some((_, parent)) = path.split_last() else { continue };
        if is_total(last(path)) {
            // A total over a group of its own (`本年支出小计` over `一般公共预算/…`) sums that
            // group; otherwise its siblings that are not totals themselves.
            let heads_group = paths.iter().any(|p| p.len() > path.len() && p.starts_with(path));
            let addends = if heads_group {
                children_values(paths, path, i)
            } else {
                children_values(paths, parent, i).into_iter().filter(|&a| !(is_total(last(&paths[a])) && paths[a].len() == path.len())).collect()
            };
            if !addends.is_empty() {
                out.sums.push(Sum { total: i, addends });
            }
        } else if is_part(last(path)) {
            if let Some(whole) = value_column(paths, parent) {
                out.parts.push((i, whole));
            }
        }
    }
    out
}

/// The columns whose sum is the value of the group at `parent`, leaving out `except` (its own
/// total) and parts.
fn children_values(paths: &[Vec<String>], parent: &[String], except: usize) -> Vec<usize> {
    let mut children: Vec<&str> = Vec::new();
    for (j, p) in paths.iter().enumerate() {
        // A part, or a column under a `其中` group (`其中/事业单位经营支出`), is no addend.
        if j != except && p.len() > parent.len() && p.starts_with(parent) && !is_part(last(p)) && !is_part(&p[parent.len()]) {
            let child = p[parent.len()].as_str();
            if !children.contains(&child) {
                children.push(child);
            }
        }
    }
    let mut out = Vec::new();
    for child in children {
        let mut path = parent.to_vec();
        path.push(child.to_string());
        match value_column(paths, &path) {
            Some(c) => out.push(c),
            None => out.extend(children_values(paths, &path, usize::MAX)),
        }
    }
    out
}

/// The single column that holds the value of the group at `path`: the column with exactly that
/// path, else the group's 合计/小计 column.
fn value_column(paths: &[Vec<String>], path: &[String]) -> Option<usize> {
    paths.iter().position(|p| p == path).or_else(|| {
        paths.iter().position(|p| p.len() == path.len() + 1 && p.starts_with(path) && is_total(last(p)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(lines: &[&str]) -> Vec<Vec<String>> {
        lines.iter().map(|l| l.split('/').map(str::to_string).collect()).collect()
    }

    #[test]
    fn totals_sum_siblings_and_groups() {
        let p = paths(&[
            "合计", "基本支出/小计", "基本支出/人员经费/工资福利支出", "基本支出/人员经费/对个人和家庭的补助",
            "基本支出/公用经费/商品和服务支出", "项目支出/小计", "项目支出/其他运转类", "项目支出/特定目标类",
        ]);
        let s = of(&p);
        assert_eq!(s.sums[0], Sum { total: 0, addends: vec![1, 5] });
        assert_eq!(s.sums[1], Sum { total: 1, addends: vec![2, 3, 4] });
        assert_eq!(s.sums[2], Sum { total: 5, addends: vec![6, 7] });
        assert!(s.parts.is_empty());
    }

    #[test]
    fn a_total_heading_a_group_sums_the_group() {
        // luolong-2021:168–170: 合 计 | 本年支出小计 over 一般公共预算/小计.
        let p = paths(&["支出/合 计", "支出/本年支出小计", "支出/本年支出小计/一般公共预算/小计", "支出/本年支出小计/一般公共预算/财政拨款"]);
        let s = of(&p);
        assert!(s.sums.contains(&Sum { total: 1, addends: vec![2] }));
        assert!(!s.sums.iter().any(|x| x.addends.contains(&x.total)));
    }

    #[test]
    fn parts_belong_to_their_parent_and_are_not_summed() {
        let p = paths(&["合计", "一般公共预算/小计", "一般公共预算/其中：财政拨款", "政府性基金", "国有资本经营预算"]);
        let s = of(&p);
        assert_eq!(s.sums, vec![Sum { total: 0, addends: vec![1, 3, 4] }]);
        assert_eq!(s.parts, vec![(2, 1)]);
        // Beijing's 支出总表: `合计 | 基本支出 | 项目支出 | 其中/事业单位经营支出 | 其中/…`.
        let p = paths(&["合计", "基本支出", "项目支出", "其中/事业单位经营支出", "其中/上缴上级支出"]);
        assert_eq!(of(&p).sums, vec![Sum { total: 0, addends: vec![1, 2] }]);
    }
}
