//! CL108 item-code-name

use super::lists;
use super::printed::{folded, function_rows, row_place};
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct ItemCodeName;

static META: RuleMeta = RuleMeta {
    code: "CL108",
    name: "item-code-name",
    category: Category::Classification,
    severity: Severity::Error,
    summary: "支出功能分类项级科目的编码不是所印名称的编码",
    summary_en: "a 支出功能分类 项 printed with a code that is not its name's",
    doc: "检查什么：表中七位支出功能分类科目所印的名称，若是编码确定的项（data/function_item_codes.csv：\
          任一款下的“行政运行”为 01、“一般行政管理事务”为 02、“机关服务”为 03；\
          “机关事业单位基本养老保险缴费支出”为 2080505、“机关事业单位职业年金缴费支出”为 2080506、\
          “事业单位医疗”为 2101102、“住房公积金”为 2210201 等），所印编码须为该项的编码。\
          名称不在清单中的项不检查（同名项可能分属不同的款）。\n\
          为什么：编码错一位，支出就归入了另一个科目，汇总和对账都随之出错。\n\
          示例：“2080506 机关事业单位基本养老保险缴费支出”——该项是 2080505，2080506 是职业年金缴费支出。\n\n\
          What it checks: a 7-digit function code printed with the name of an item whose code the\n\
          name fixes (行政运行 ends in 01 under any 款, 一般行政管理事务 in 02, 机关服务 in 03;\n\
          机关事业单位基本养老保险缴费支出 is 2080505 …) is that item's code. Other names are not\n\
          checked: one name may stand under several 款.\n\
          Why: a code one digit off books the spending under another item.",
};

impl Rule for ItemCodeName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for (table, row, code) in function_rows(doc).filter(|(_, _, code)| code.len() == 7) {
            let printed = folded(&row.label);
            let Some(item) = lists::item_codes().iter().find(|i| i.name == printed) else { continue };
            if item.matches(code) {
                continue;
            }
            let expected = if item.code.starts_with('x') { format!("{}{}", &code[..5], &item.code[5..]) } else { item.code.to_string() };
            let mut f = META.finding(
                format!("“{printed}”的编码应为 {expected}，表中印为 {code}"),
                format!("{printed:?} is coded {expected}; the table prints {code}"),
            );
            f.places.push(row_place(doc, table, row, &[code, &code[5..], &printed]));
            f.expected = Some(expected);
            f.found = Some(code.to_string());
            out.push(f);
        }
    }
}
