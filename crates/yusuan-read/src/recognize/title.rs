//! Which standard table a title names, and the money unit / unit name lines around it.

use crate::layout::Block;
use crate::normalize::{remove_chars, remove_whitespace};
use yusuan_model::{MoneyUnit, TableKind};

/// Every title `table_kind` accepts holds one of these; most lines hold none.
const TITLE_CHARS: [char; 3] = ['表', '费', '度'];

/// A title is at most this many chars, not counting [`is_title_filler`]s.
const MAX_TITLE_CHARS: usize = 45;

/// Every line `unit_line` reads holds one of these (its keys hold `单` or `名`).
pub const UNIT_LINE_CHARS: [char; 3] = ['单', '名', '门'];

/// Classifies a table title (`2021年部门收支总体情况表`, `预算 06 表 … 基本支出预算表`).
/// Narrative headings (`…情况说明`) and the 目录 entries for the whole annex are not titles.
pub fn table_kind(title: &str) -> Option<TableKind> {
    if !title.contains(TITLE_CHARS) {
        return None;
    }
    let t = remove_chars(title, is_title_filler);
    if t.chars().count() > MAX_TITLE_CHARS || t.contains("说明") || t.ends_with('。') || t.contains("，") {
        return None;
    }
    let is_table = t.ends_with('表')
        || t.ends_with("经费")
        || t.contains("表(")
        || t.contains("表（")
        || t.ends_with("年度)")
        || t.ends_with("年度）");
    if !is_table {
        return None;
    }
    use TableKind::*;
    // A performance form: `项目支出绩效目标表`, `部门整体支出绩效目标表`, `部门专项业务经费绩效目标表`,
    // `项目支出绩效自评表`. The whole department's when it says 整体, else a project's.
    if t.contains("绩效目标") || t.contains("绩效自评") {
        return Some(if t.contains("整体") { DepartmentPerformance } else { ProjectPerformance });
    }
    // First match wins: `一般公共预算财政拨款基本支出` is the general budget's, `财政拨款基本支出`
    // (Jiangsu) all appropriations'.
    let rules: [(&[&str], TableKind); 17] = [
        (&["三公"], ThreePublic),
        (&["机关运行经费", "机构运转经费"], AdminOperation),
        (&["政府性基金"], GovFundExpense),
        (&["国有资本经营"], SoeCapitalExpense),
        (&["财政拨款收支", "财政拨款收入支出"], FiscalSummary),
        (&["一般公共预算财政拨款基本支出", "一般公共预算基本支出"], GeneralBudgetBasic),
        (&["财政拨款基本支出"], FiscalBasic),
        (&["基本支出"], GeneralBudgetBasic),
        (&["经济分类"], EconomicSummary),
        (&["一般公共预算支出", "一般公共预算财政拨款支出"], GeneralBudgetExpense),
        (&["财政拨款支出"], FiscalExpense),
        (&["项目支出", "专项业务经费支出"], ProjectExpense),
        (&["政府采购"], Procurement),
        (&["国有资产"], StateAssets),
        (&["收支总", "收支预算表", "收支预算总表", "财务收支", "收入支出决算总表"], IncomeExpenseSummary),
        (&["收入总", "收入预算表", "收入预算总表", "收入决算表"], Income),
        (&["支出总", "支出预算表", "支出预算总表", "支出决算表"], Expense),
    ];
    rules.iter().find(|(keys, _)| keys.iter().any(|k| t.contains(k))).map(|&(_, kind)| kind)
}

fn is_title_filler(c: char) -> bool {
    c.is_whitespace() || matches!(c, '"' | '“' | '”')
}

/// [`table_kind`] of a block, joining its cells only when it may be a title: every title
/// `table_kind` accepts holds 表 or ends in 费 (`…经费`) or a closing bracket (`…（2020年度）`).
pub fn block_table_kind(b: &Block) -> Option<TableKind> {
    let last = b.cells.iter().rev().flat_map(|c| c.text.chars().rev()).find(|&c| !is_title_filler(c));
    let may_be_title = matches!(last, Some('费' | ')' | '）')) || b.holds_any(&['表']);
    may_be_title.then(|| table_kind(&b.text())).flatten()
}

/// [`unit_line`] of a block, joining its cells only when it may be a unit line.
pub fn block_unit_line(b: &Block) -> Option<UnitLine> {
    b.holds_any(&UNIT_LINE_CHARS).then(|| unit_line(&b.text())).flatten()
}

/// What a `单位：…` / `单位名称：…` / `部门名称：… 单位：万元` line says.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct UnitLine {
    pub money_unit: Option<MoneyUnit>,
    pub unit_name: Option<String>,
}

/// Reads money unit and unit name from a header line; `None` when the line has neither.
pub fn unit_line(text: &str) -> Option<UnitLine> {
    // Every key below holds `单`, `名` or `门`, and a colon (inserted only after `…名称`); most lines
    // lack one or the other.
    if !text.contains(UNIT_LINE_CHARS) || !text.contains([':', '：', '称']) {
        return None;
    }
    let mut t = remove_whitespace(text).replace('：', ":");
    // `单位名称 四川…` — the colon is sometimes missing.
    let mut colon_inserted = false;
    for key in ["单位名称", "部门名称"] {
        if t.starts_with(key) && !t[key.len()..].starts_with(':') {
            t.insert(key.len(), ':');
            colon_inserted = true;
        }
    }
    let mut out = UnitLine::default();
    for key in UNIT_KEYS {
        let mut rest = t.as_str();
        while let Some(at) = rest.find(key) {
            let value = value_before_next_key(&rest[at + key.len()..]);
            match value {
                v if v.starts_with("万元") => out.money_unit = Some(MoneyUnit::WanYuan),
                v if v.starts_with('元') => out.money_unit = Some(MoneyUnit::Yuan),
                "" => {}
                v if out.unit_name.is_none() && is_unit_value(v, key, colon_inserted) => out.unit_name = Some(v.to_string()),
                _ => {}
            }
            rest = &rest[at + key.len()..];
        }
    }
    // `单位：万元` alone, or `部门名称：X 单位：` with the unit wrapped onto the next line.
    (out.money_unit.is_some() || out.unit_name.is_some()).then_some(out)
}

/// The keys a unit line names a unit or a money unit with; brackets come in either width.
const UNIT_KEYS: [&str; 12] = [
    "单位名称:",
    "部门名称:",
    "部门(单位)名称:",
    "部门（单位）名称:",
    "部门(单位):",
    "部门（单位）:",
    "编制部门:",
    "编制单位:",
    "预算主管部门:",
    "主管部门:",
    "填报单位:",
    "单位:",
];

/// The words that open the next key of a header line (`金额单位：万元`, `实施单位：…`).
const NEXT_KEY_WORDS: [&str; 5] = ["金额", "计量", "实施", "填报", "编制"];

/// A key's value runs up to the next key: `西安市交通运输局金额单位：万元` → `西安市交通运输局`.
fn value_before_next_key(value: &str) -> &str {
    match value.split_once("单位:") {
        Some((v, _)) => NEXT_KEY_WORDS.iter().find_map(|w| v.strip_suffix(w)).unwrap_or(v),
        None => value.trim_end_matches(':'),
    }
}

/// Whether a key's value is a unit's name. A name is never a sentence (`所属事业单位：…中心。`);
/// where the key is no more than `单位` or its colon is missing (`单位名称 编制人数 实有人数`, a
/// table's header row), the value must also name an institution.
fn is_unit_value(value: &str, key: &str, colon_inserted: bool) -> bool {
    !value.contains(SENTENCE_MARKS) && ((key != "单位:" && !colon_inserted) || looks_like_unit(value))
}

/// Punctuation that ends or splits a sentence; no heading or name holds one.
pub const SENTENCE_MARKS: [char; 11] = ['。', '，', '；', '：', '！', '？', ',', ';', ':', '!', '…'];

fn looks_like_unit(v: &str) -> bool {
    ["局", "委", "办", "院", "会", "处", "中心", "厅", "部", "站", "所", "街道", "政府"].iter().any(|s| v.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_titles() {
        assert_eq!(table_kind("2021年部门收支总体情况表"), Some(TableKind::IncomeExpenseSummary));
        assert_eq!(table_kind("2025 年部门收支预算表"), Some(TableKind::IncomeExpenseSummary));
        assert_eq!(table_kind("2025 年部门支出预算表"), Some(TableKind::Expense));
        assert_eq!(table_kind("2025 年一般公共预算“三公”经费预算表"), Some(TableKind::ThreePublic));
        assert_eq!(table_kind("2020年机关运行经费"), Some(TableKind::AdminOperation));
        assert_eq!(table_kind("行政（事业）单位机构运转经费预算表"), Some(TableKind::AdminOperation));
        assert_eq!(table_kind("支出预算分类汇总表(按支出经济分类)"), Some(TableKind::EconomicSummary));
        assert_eq!(table_kind("2020年预算项目支出绩效目标表"), Some(TableKind::ProjectPerformance));
        assert_eq!(table_kind("部门（单位）整体绩效目标表"), Some(TableKind::DepartmentPerformance));
        assert_eq!(table_kind("部门整体支出绩效目标表"), Some(TableKind::DepartmentPerformance));
        assert_eq!(table_kind("2022年部门综合预算专项业务经费支出表"), Some(TableKind::ProjectExpense));
        assert_eq!(table_kind("部门专项业务经费绩效目标表"), Some(TableKind::ProjectPerformance));
        assert_eq!(table_kind("预算13表部门整体支出绩效目标表"), Some(TableKind::DepartmentPerformance));
        // Jiangsu's tables of all appropriations beside the general budget's, and the 决算's.
        assert_eq!(table_kind("财政拨款支出预算表（功能科目）"), Some(TableKind::FiscalExpense));
        assert_eq!(table_kind("财政拨款基本支出预算表（经济科目）"), Some(TableKind::FiscalBasic));
        assert_eq!(table_kind("一般公共预算基本支出预算表（经济科目）"), Some(TableKind::GeneralBudgetBasic));
        assert_eq!(table_kind("一般公共预算财政拨款基本支出决算表"), Some(TableKind::GeneralBudgetBasic));
        assert_eq!(table_kind("一般公共预算财政拨款支出决算表"), Some(TableKind::GeneralBudgetExpense));
        assert_eq!(table_kind("财政拨款收入支出决算总表"), Some(TableKind::FiscalSummary));
        assert_eq!(table_kind("五、一般公共预算支出预算情况说明"), None);
        assert_eq!(table_kind("附件：栾川县医疗保障局 2020 年度部门预算表"), None);
    }

    #[test]
    fn reads_unit_lines() {
        let u = unit_line("部门名称：栾川县医疗保障局 单位：万元").unwrap();
        assert_eq!(u.unit_name.as_deref(), Some("栾川县医疗保障局"));
        assert_eq!(u.money_unit, Some(MoneyUnit::WanYuan));
        let u = unit_line("单位：洛龙区医疗保障局").unwrap();
        assert_eq!(u.unit_name.as_deref(), Some("洛龙区医疗保障局"));
        assert_eq!(unit_line("单位: 万元").unwrap().money_unit, Some(MoneyUnit::WanYuan));
        let u = unit_line("单位名称 四川医药健康产业局").unwrap();
        assert_eq!(u.unit_name.as_deref(), Some("四川医药健康产业局"));
        assert!(unit_line("项目名称：城乡居民").is_none());
    }

    #[test]
    fn a_unit_name_ends_at_the_next_key() {
        let name = |line: &str| unit_line(line).and_then(|u| u.unit_name);
        assert_eq!(name("预算单位：西安市交通运输局\t金额单位：万元").as_deref(), Some("西安市交通运输局"));
        assert_eq!(name("编制部门：西安市卫生健康委员会（汇总） 金额单位：万元").as_deref(), Some("西安市卫生健康委员会（汇总）"));
        assert_eq!(name("主管部门:栾川县医疗保障局实施单位:栾川县医疗保障局").as_deref(), Some("栾川县医疗保障局"));
        assert_eq!(name("部门（单位）：烟台市自然资源和规划局 单位：万元").as_deref(), Some("烟台市自然资源和规划局"));
    }

    #[test]
    fn a_sentence_or_a_header_row_names_no_unit() {
        assert_eq!(unit_line("所属事业单位：西安市计算机审计信息中心。"), None);
        assert_eq!(unit_line("单位名称 编制人数 实有人数 离退休人员"), None);
    }
}
