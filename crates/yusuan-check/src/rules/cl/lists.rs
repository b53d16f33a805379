//! The classification lists the CL rules compare printed codes and names with, from the reference
//! data in `data/` (compiled by hand, each row with its confidence: only `high` rows may ground an
//! error, so every entry keeps whether it is `high`).

use std::collections::HashMap;
use std::sync::OnceLock;

/// The years `function_classes.csv` lists the 支出功能分类 类 for: a code it lacks is unknown only
/// then.
pub const CLASS_LIST_YEARS: std::ops::RangeInclusive<u16> = 2019..=2025;

/// A 支出功能分类 类 (`210 卫生健康支出`) and the year its code was set up, as far as it is known.
pub struct FunctionClass {
    pub name: &'static str,
    pub code_since: Since,
    pub high: bool,
}

pub enum Since {
    /// `2019-`
    Certain(u16),
    /// `2014?-`: the year is a guess, so a document before it gives a warning at most.
    Guessed(u16),
    /// `20??-`
    Unknown,
}

/// A 类 renamed (`220 国土海洋气象等支出 → 自然资源海洋气象等支出`), with the first year the old
/// name is certainly stale: the year of the change, or the last year of the span it happened in.
pub struct Rename {
    pub code: &'static str,
    pub old_name: &'static str,
    pub new_name: &'static str,
    /// `2019`, or `2020-2024` when only the span is known.
    pub when: &'static str,
    pub stale_from: u16,
    pub high: bool,
}

/// A 部门 or 政府 经济分类 code's official name.
pub struct EconName {
    pub name: &'static str,
    pub high: bool,
}

/// A 功能分类 项 that is project spending by its nature (`data/project_type_items.csv`): one code,
/// or, without a code, every 项 printed with the name (`一般行政管理事务`). The list is compiled
/// from the items' definitions, not an official list (its rows are `medium` and `low`), so CL107
/// only warns and keeps no confidence.
pub struct ProjectItem {
    pub code: Option<&'static str>,
    pub name: &'static str,
}

pub fn project_items() -> &'static [ProjectItem] {
    static LIST: OnceLock<Vec<ProjectItem>> = OnceLock::new();
    LIST.get_or_init(|| {
        rows(include_str!("../../../data/project_type_items.csv"))
            .filter_map(|f| Some(ProjectItem { code: f.first().filter(|c| !c.is_empty()).copied(), name: f.get(1)? }))
            .collect()
    })
}

/// A 支出功能分类 项 whose name fixes its code (`data/function_item_codes.csv`): the whole code
/// (`2080505 机关事业单位基本养老保险缴费支出`), or only the last two digits under any 款
/// (`xxxxx01 行政运行`).
pub struct ItemCode {
    pub code: &'static str,
    pub name: &'static str,
}

impl ItemCode {
    /// Whether a printed 7-digit code is this item's.
    pub fn matches(&self, code: &str) -> bool {
        code.len() == self.code.len() && self.code.chars().zip(code.chars()).all(|(want, got)| want == 'x' || want == got)
    }
}

pub fn item_codes() -> &'static [ItemCode] {
    static LIST: OnceLock<Vec<ItemCode>> = OnceLock::new();
    LIST.get_or_init(|| rows(include_str!("../../../data/function_item_codes.csv")).filter_map(|f| Some(ItemCode { code: f.first()?, name: f.get(1)? })).collect())
}

pub fn function_class(code: &str) -> Option<&'static FunctionClass> {
    static MAP: OnceLock<HashMap<&'static str, FunctionClass>> = OnceLock::new();
    MAP.get_or_init(|| {
        rows(include_str!("../../../data/function_classes.csv"))
            .filter_map(|f| {
                // `valid` is when the name took effect; the code is older when a former name is given.
                let valid = f.get(2)?.strip_suffix('-')?;
                let former = f.get(3).is_some_and(|p| !p.is_empty() && !p.starts_with("(new)"));
                let code_since = match valid.trim_end_matches('?').parse() {
                    Ok(_) if former => Since::Unknown,
                    Ok(year) if valid.ends_with('?') => Since::Guessed(year),
                    Ok(year) => Since::Certain(year),
                    Err(_) => Since::Unknown,
                };
                Some((*f.first()?, FunctionClass { name: f.get(1)?, code_since, high: *f.get(5)? == "high" }))
            })
            .collect()
    })
    .get(code)
}

/// The renames of 功能分类 类 (renames of 款/项 cannot be checked without their lists).
pub fn class_renames() -> &'static [Rename] {
    static LIST: OnceLock<Vec<Rename>> = OnceLock::new();
    LIST.get_or_init(|| {
        rows(include_str!("../../../data/classification_renames.csv"))
            .filter(|f| f.get(1) == Some(&"类"))
            .filter_map(|f| {
                let when = f.get(4)?.split_whitespace().next()?;
                let stale_from = when.rsplit('-').next()?.trim_end_matches('?').parse().ok()?;
                let old_name = f.get(2).filter(|n| !n.starts_with('('))?;
                let high = *f.get(6)? == "high" && !when.contains('?');
                Some(Rename { code: f.first()?, old_name, new_name: f.get(3)?, when, stale_from, high })
            })
            .collect()
    })
}

pub fn dept_econ(code: &str) -> Option<&'static EconName> {
    static MAP: OnceLock<HashMap<&'static str, EconName>> = OnceLock::new();
    MAP.get_or_init(|| econ_names(include_str!("../../../data/dept_econ_classification.csv"))).get(code)
}

pub fn gov_econ(code: &str) -> Option<&'static EconName> {
    static MAP: OnceLock<HashMap<&'static str, EconName>> = OnceLock::new();
    MAP.get_or_init(|| econ_names(include_str!("../../../data/gov_econ_classification.csv"))).get(code)
}

/// `code,name,level,parent,evidence,confidence,note` rows.
fn econ_names(csv: &'static str) -> HashMap<&'static str, EconName> {
    rows(csv).filter_map(|f| Some((*f.first()?, EconName { name: f.get(1)?, high: *f.get(5)? == "high" }))).collect()
}

/// The fields of every row after the header. A quoted field may hold commas; these files hold no
/// quote inside a quoted field.
fn rows(csv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    csv.lines().skip(1).map(fields)
}

fn fields(line: &'static str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut rest = line;
    loop {
        let (field, after) = match rest.strip_prefix('"') {
            Some(quoted) => {
                let end = quoted.find('"').unwrap_or(quoted.len());
                (&quoted[..end], quoted.get(end + 1..).unwrap_or(""))
            }
            None => rest.split_at(rest.find(',').unwrap_or(rest.len())),
        };
        out.push(field);
        match after.find(',') {
            Some(comma) => rest = &after[comma + 1..],
            None => return out,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_load_with_their_confidence() {
        assert_eq!(fields(r#"207,a,2019-,"x, y",high,"#), ["207", "a", "2019-", "x, y", "high", ""]);
        let health = function_class("210").unwrap();
        assert_eq!(health.name, "卫生健康支出");
        // Renamed in 2019, but the code is older.
        assert!(health.high && matches!(health.code_since, Since::Unknown));
        assert!(matches!(function_class("201").unwrap().code_since, Since::Certain(2007)));
        assert!(matches!(function_class("224").unwrap().code_since, Since::Certain(2019)));
        assert!(matches!(function_class("234").unwrap().code_since, Since::Certain(2020)));
        assert!(matches!(function_class("209").unwrap().code_since, Since::Guessed(2014)));
        let renames = class_renames();
        let resources = renames.iter().find(|r| r.code == "215").unwrap();
        assert_eq!((resources.stale_from, resources.high), (2024, false));
        assert!(renames.iter().all(|r| r.code != "224"), "a new class is no rename");
        assert!(dept_econ("30108").unwrap().high);
        assert!(!gov_econ("59999").unwrap().high);
        let items = project_items();
        assert_eq!(items.len(), 3);
        assert!(items.iter().any(|i| i.code.is_none() && i.name == "一般行政管理事务"));
        assert!(items.iter().any(|i| i.code == Some("2101301") && i.name == "城乡医疗救助"));
    }
}
