//! Column templates (`data/column-templates.txt`): the figure columns of standard tables, for
//! tables whose printed header cannot be aligned with their figures.

use yusuan_model::structure::{self, Structure};
use std::sync::OnceLock;
use yusuan_model::{Side, TableKind};

/// The columns of one standard table (or one half of a two-sided table).
#[derive(Debug)]
pub struct Template {
    pub name: String,
    kinds: Vec<TableKind>,
    side: Side,
    matches: Vec<String>,
    /// Header path of each figure column, left to right.
    pub columns: Vec<Vec<String>>,
    structure: OnceLock<Structure>,
}

impl Template {
    /// The sums and parts among the columns, read once.
    pub fn structure(&self) -> &Structure {
        self.structure.get_or_init(|| structure::of(&self.columns))
    }
}

static TEMPLATES: OnceLock<Vec<Template>> = OnceLock::new();

fn all() -> &'static [Template] {
    TEMPLATES.get_or_init(|| parse(include_str!("../../data/column-templates.txt")))
}

/// The template for a table of `kind` (its `side` half) whose header text, without spaces or
/// line breaks, is `header`: the one with the most match labels, all of which occur.
pub fn find(kind: TableKind, side: Side, header: &str) -> Option<&'static Template> {
    all()
        .iter()
        .filter(|t| t.kinds.contains(&kind) && t.side == side)
        .filter(|t| t.matches.iter().all(|m| header.contains(m.as_str())))
        .max_by_key(|t| t.matches.len())
}

fn kind_by_id(id: &str) -> Option<TableKind> {
    TableKind::ALL.into_iter().find(|k| k.id() == id)
}

/// Parses the template file. The file ships inside the binary, so a malformed line is a bug in
/// the data, caught by the unit test below rather than reported to users.
fn parse(text: &str) -> Vec<Template> {
    let mut out = Vec::new();
    let mut current: Option<Template> = None;
    let mut in_columns = false;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        if let Some(name) = line.strip_prefix("template ") {
            current = Some(Template {
                name: name.to_string(),
                kinds: Vec::new(),
                side: Side::Single,
                matches: Vec::new(),
                columns: Vec::new(),
                structure: OnceLock::new(),
            });
            in_columns = false;
            continue;
        }
        let Some(t) = current.as_mut() else { continue };
        if line == "end" {
            out.extend(current.take());
        } else if line == "columns" {
            in_columns = true;
        } else if in_columns {
            t.columns.push(line.split('/').map(str::to_string).collect());
        } else if let Some(kinds) = line.strip_prefix("kind ") {
            t.kinds = kinds.split_whitespace().filter_map(kind_by_id).collect();
        } else if let Some(side) = line.strip_prefix("side ") {
            t.side = if side.trim() == "income" { Side::Income } else { Side::Expense };
        } else if let Some(labels) = line.strip_prefix("match ") {
            t.matches = labels.split_whitespace().map(str::to_string).collect();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_is_complete() {
        let templates = all();
        assert!(templates.len() >= 8);
        for t in templates {
            assert!(!t.kinds.is_empty() && !t.matches.is_empty() && t.columns.len() >= 3, "{}", t.name);
            assert!(t.columns.len() <= crate::recognize::placement::MAX_COLUMNS, "{}", t.name);
        }
    }

    #[test]
    fn finds_by_kind_side_and_header() {
        let header = "科目编码单位代码单位（科目名称）合计基本支出项目支出小计人员经费公用经费小计其他运转类特定目标类类款项工资福利支出对个人和家庭的补助商品和服务支出资本性支出";
        let t = find(TableKind::Expense, Side::Single, header).unwrap();
        assert_eq!(t.columns.len(), 9);
        assert_eq!(t.columns[2], ["基本支出", "人员经费", "工资福利支出"]);
        assert!(find(TableKind::Expense, Side::Single, "合计基本支出项目支出").is_none());
        assert!(find(TableKind::FiscalSummary, Side::Single, "一般公共预算政府性基金国有资本经营其中：财政拨款").is_none());
    }
}
