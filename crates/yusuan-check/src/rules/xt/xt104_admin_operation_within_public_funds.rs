//! XT104 admin-operation-within-public-funds

use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Fact, FactSource};

pub struct AdminOperationWithinPublicFunds;

static META: RuleMeta = RuleMeta {
    code: "XT104",
    name: "admin-operation-within-public-funds",
    category: Category::CrossTable,
    severity: Severity::Error,
    summary: "机关运行经费超过一般公共预算基本支出中的公用经费",
    summary_en: "机关运行经费 exceeds the public funds (公用经费) of the general budget's basic expenditure",
    doc: "检查什么：机关运行经费是行政单位和参照公务员法管理的事业单位使用一般公共预算安排的基本支出\
          中的日常公用经费，只能是一般公共预算基本支出“公用经费”的一部分（行政单位为全部）。\
          比较机关运行经费表（无表时为说明）与基本支出中的公用经费（表格优先，无表时为说明）；\
          总表中全部资金的公用经费不小于一般公共预算的，超过它必然超过后者。\n\
          为什么：超过说明两者之一填错，或机关运行经费误含人员经费、项目支出。\n\
          示例：栾川县医疗保障局 2020 年机关运行经费 9.08 万元，而一般公共预算基本支出中公用经费只有 7.25 万元。\n\n\
          What it checks: 机关运行经费, by definition the public funds of the general budget's basic\n\
          expenditure of administrative units, is at most that 公用经费.",
};

impl Rule for AdminOperationWithinPublicFunds {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        // The whole of each: no dimension but the economic class the table books it under, or the fund.
        let whole = |concept: &str, allowed: &[&str]| {
            let of = |in_table: bool| {
                doc.facts().iter().find(|f| {
                    f.concept == concept
                        && matches!(f.source, FactSource::Table { .. }) == in_table
                        && f.dims.iter().all(|(k, v)| allowed.contains(k) && (*k != "econ_dept" || v.len() == 3) && (*k != "fund" || v == "general_budget"))
                })
            };
            of(true).or_else(|| of(false))
        };
        let (Some(admin), Some(public)) = (whole("admin_operation", &["econ_dept"]), whole("expense.basic.public", &["fund"])) else { return };
        let (Some(a), Some(p)) = (Interval::of(admin), Interval::of(public)) else { return };
        if a.minus(p).fen() <= 0 || a.meets(p) {
            return;
        }
        out.push(finding(doc, admin, public, a, p));
    }
}

fn finding(doc: &Checked, admin: &Fact, public: &Fact, a: Interval, p: Interval) -> Finding {
    let mut f = META.finding(
        format!("机关运行经费 {} 超过一般公共预算基本支出中的公用经费 {}", wan_yuan(a.fen()), wan_yuan(p.fen())),
        format!("机关运行经费 {} exceeds the 公用经费 {} of the general budget's basic expenditure", wan_yuan(a.fen()), wan_yuan(p.fen())),
    );
    f.places = vec![doc.place(admin), doc.place(public)];
    f.expected = Some(format!("≤ {}", wan_yuan(p.fen())));
    f.found = Some(wan_yuan(a.fen()));
    f.difference = Some(wan_yuan(a.fen() - p.fen()));
    f
}
