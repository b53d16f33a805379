//! CL102 function-class-unknown

use super::lists::{self, Since, CLASS_LIST_YEARS};
use super::printed::{function_rows, prints_codes, row_place};
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct FunctionClassUnknown;

static META: RuleMeta = RuleMeta {
    code: "CL102",
    name: "function-class-unknown",
    category: Category::Classification,
    severity: Severity::Error,
    summary: "支出功能分类科目的类在本年度不存在",
    summary_en: "a 支出功能分类 code whose 类 does not exist in the document's year",
    doc: "检查什么：表中每个支出功能分类科目（类、款、项）的前三位（类），在文档年度是否已设立\
          （data/function_classes.csv 的 valid 列，如 224 灾害防治及应急管理支出 2019 年起设立）。\
          设立年份可信（high 且年份确定）时报告错误，否则为警告；2019–2025 年度的文档中，\
          清单里没有的类也给出警告（清单为整理所得，可能不全）。\n\
          为什么：科目编码写错一位，或套用了其他年度的模板，会使支出归入不存在的科目。\n\
          示例：2018 年预算表中出现“2240102 一般行政管理事务”。\n\n\
          What it checks: that the 类 of every function code exists in the document's year.\n\
          Why: a mistyped code or another year's template puts spending under a class that does not exist.",
};

impl Rule for FunctionClassUnknown {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let Some(year) = doc.reading.document.identity.year else { return };
        for (table, row, code) in function_rows(doc).filter(|(table, _, _)| prints_codes(table)) {
            let Some(class) = code.get(..3) else { continue };
            let mut f = match lists::function_class(class) {
                Some(known) => {
                    let (since, certain) = match known.code_since {
                        Since::Certain(y) => (y, true),
                        Since::Guessed(y) => (y, false),
                        Since::Unknown => continue,
                    };
                    if year >= since {
                        continue;
                    }
                    let mut f = META.finding(
                        format!("科目 {code} 的类 {class}“{}”{since} 年起才设立，{year} 年度没有这个类", known.name),
                        format!("the 类 {class} ({}) of {code} exists from {since}, not in {year}", known.name),
                    );
                    if !(known.high && certain) {
                        f.severity = Severity::Warning;
                    }
                    f.expected = Some(format!("{since} 年起"));
                    f
                }
                None if CLASS_LIST_YEARS.contains(&year) => {
                    let mut f = META.finding(
                        format!("科目 {code} 的类 {class} 不是 {year} 年度的支出功能分类类级科目"),
                        format!("{class}, the 类 of {code}, is not a 支出功能分类 class in {year}"),
                    );
                    f.severity = Severity::Warning;
                    f
                }
                None => continue,
            };
            f.places.push(row_place(doc, table, row, &[code, class]));
            f.found = Some(code.to_string());
            out.push(f);
        }
    }
}
