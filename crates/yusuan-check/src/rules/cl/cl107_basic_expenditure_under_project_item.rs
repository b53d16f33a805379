//! CL107 basic-expenditure-under-project-item

use super::lists::{self, ProjectItem};
use super::printed::{folded, function_rows, row_place};
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{CellValue, MoneyUnit, Table, TableKind, TableRow};

pub struct BasicExpenditureUnderProjectItem;

static META: RuleMeta = RuleMeta {
    code: "CL107",
    name: "basic-expenditure-under-project-item",
    category: Category::Classification,
    severity: Severity::Warning,
    summary: "基本支出列在按性质属于项目支出的功能分类项级科目下",
    summary_en: "basic expenditure booked under a 支出功能分类 项 that is project spending by its nature",
    doc: "检查什么：部门支出总表、一般公共预算支出表中，列在项目支出性质的项级科目下、却有基本支出金额的行。\
          项目支出性质的项取自 data/project_type_items.csv：各款的“一般行政管理事务”（政府收支分类科目\
          说明：行政单位的基本支出统一在“行政运行”项反映，其他一般性项目支出在“一般行政管理事务”项反映），\
          以及 2101202 财政对城乡居民基本医疗保险基金的补助、2101301 城乡医疗救助（补助基金、救助个人，\
          不是单位的人员和运转支出）。“其他…支出”（99）等兼容两类支出的项不列入；2080801 死亡抚恤等\
          也不列入，单位本身人员的抚恤金属于人员经费。没有官方的“项目支出类科目”清单，这份清单是按科目\
          定义整理的（可信度 medium/low），故只给出警告。\n\
          行的基本支出须由本行自身的数字印证：基本支出列的数 = 合计 − 项目支出（表头未能对齐时，\
          合计可能落在“基本支出”列下，如 luanchuan-2020 的支出总表，此时不报告）；表中没有合计列时，\
          取第一个基本支出列。科目名称取本行所印，本行未印名称时取文档中同一编码所印的名称。\
          同一科目在几张表中都有此问题时，合为一条报告。\n\
          为什么：基本支出是保障机构运转的人员经费和日常公用经费，应列入“行政运行”“事业运行”等科目；\
          列在项目性质的科目下，功能分类上的基本支出与项目支出口径混淆，机关运行成本也因此失真。\n\
          示例：2020 年部门支出总体情况表“210 15 02”（一般行政管理事务）一行：合计 30.34，\
          基本支出 7.25（公用支出 7.25），项目支出 23.09。\n\n\
          What it checks: rows of the 支出总表 and the 一般公共预算支出表 whose 项 is project spending\n\
          by its nature (data/project_type_items.csv: 一般行政管理事务 of every 款, 2101202, 2101301)\n\
          and that show basic expenditure, confirmed by the row's own 合计 − 项目支出. A warning: the\n\
          list is compiled from the item definitions, not an official list.",
};

/// One item the document books basic expenditure under, and every row that does.
struct Booked<'a> {
    code: &'a str,
    name: String,
    rows: Vec<(&'a Table, &'a TableRow, Interval, &'a CellValue)>,
}

impl Rule for BasicExpenditureUnderProjectItem {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let rows: Vec<(&Table, &TableRow, &str)> = function_rows(doc).collect();
        // The name of a code, from a row that prints one: some 支出总表 print codes only.
        let name_of = |row: &TableRow, code: &str| {
            let own = folded(&row.label);
            if !own.is_empty() {
                return own;
            }
            rows.iter().filter(|(_, _, c)| *c == code).map(|(_, r, _)| folded(&r.label)).find(|n| !n.is_empty()).unwrap_or_default()
        };
        let mut booked: Vec<Booked> = Vec::new();
        for &(table, row, code) in rows.iter().filter(|(t, _, c)| matches!(t.kind, TableKind::Expense | TableKind::GeneralBudgetExpense) && c.len() == 7) {
            let Some((basic, cell)) = basic_of(table, row) else { continue };
            let name = name_of(row, code);
            if !lists::project_items().iter().any(|item| is_item(item, code, &name)) {
                continue;
            }
            match booked.iter_mut().find(|b| b.code == code) {
                Some(b) => b.rows.push((table, row, basic, cell)),
                None => booked.push(Booked { code, name, rows: vec![(table, row, basic, cell)] }),
            }
        }
        for Booked { code, name, rows } in booked {
            let Some(&(_, _, basic, _)) = rows.first() else { continue };
            let mut f = META.finding(
                format!("科目 {code}“{name}”按其性质属于项目支出，表中却列有基本支出 {}", wan_yuan(basic.fen())),
                format!("{code} ({name}) is project spending by its nature, yet the table books {} of basic expenditure under it", wan_yuan(basic.fen())),
            );
            f.places = rows.iter().map(|(table, row, _, cell)| row_place(doc, table, row, &[&cell.written.to_string(), code])).collect();
            f.set_money(0, basic.fen());
            out.push(f);
        }
    }
}

fn is_item(item: &ProjectItem, code: &str, name: &str) -> bool {
    match item.code {
        Some(c) => c == code,
        None => name.contains(item.name),
    }
}

/// The basic expenditure a row shows, confirmed by the row's own figures: a 基本支出 cell equal
/// to the row's 合计 less its 项目支出 (blank counts as nil); without a 合计 column, the first
/// 基本支出 cell. None when the row shows none.
fn basic_of<'a>(table: &Table, row: &'a TableRow) -> Option<(Interval, &'a CellValue)> {
    let unit = table.money_unit.unwrap_or(MoneyUnit::WanYuan);
    let cell = |c: usize| row.cells.get(c).and_then(Option::as_ref);
    let value = |c: usize| cell(c).and_then(|v| Interval::cell(v, unit));
    let column = |concept: &str| table.columns.iter().position(|c| c.concept == Some(concept));
    let total = table.columns.iter().position(|c| c.concept.is_none() && c.header.last().is_some_and(|h| h == "合计" || h == "总计"));
    let expected = match total {
        Some(t) => Some(value(t)?.minus(column("expense.project").and_then(value).unwrap_or(Interval::zero()))),
        None => None,
    };
    table
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.concept == Some("expense.basic"))
        .filter_map(|(c, _)| Some((value(c)?, cell(c)?)))
        .filter(|(v, _)| !v.may_be_zero())
        .find(|(v, _)| expected.is_none_or(|e| e.meets(*v)))
}
