//! NR103 narrative-vs-table

use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Fact, FactValue};

pub struct NarrativeVsTable;

static META: RuleMeta = RuleMeta {
    code: "NR103",
    name: "narrative-vs-table",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "说明中的金额与表格中同一事项的金额不符",
    summary_en: "an amount in the narrative disagrees with the tables",
    doc: "检查什么：说明中的每个金额（基本支出、“三公”经费、各功能分类支出……）与表格中同一概念、\
          同一维度（功能分类、经济分类、资金来源）的数字比较；表格中有这一事项而没有一处相符时报告。\
          说明按功能分类的类写出的金额，而表格中根本没有这一类的金额时，不在此比较，见 NR109\
          （function-class-misnamed）；两者不会对同一金额同时报告。\n\
          为什么：说明是在表格之后手工写的，改了表没改说明、或把科目写错是最常见的不一致。\n\
          示例：说明称“一般公共服务(类)支出 4.79 万元”，而《财政拨款收支总表》一般公共服务为 10.45 万元。\n\n\
          What it checks: every narrative amount against the table facts of the same concept and\n\
          dimensions; reported when the tables state it and none agrees. A function class the tables\n\
          have no amount in at all is NR109's.",
};

impl Rule for NarrativeVsTable {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let in_tables: Vec<&Fact> = doc.facts().iter().filter(|f| matches!(f.source, yusuan_model::FactSource::Table { .. })).collect();
        for (_, said) in doc.narrative_facts() {
            let FactValue::Money(_) = said.value else { continue };
            let Some(stated) = Interval::of(said) else { continue };
            let same: Vec<&Fact> = in_tables.iter().copied().filter(|t| t.concept == said.concept && t.dims == said.dims).collect();
            if same.is_empty() || same.iter().any(|t| Interval::of(t).is_some_and(|i| i.meets(stated))) {
                continue;
            }
            let table = same[0];
            let shown = Interval::of(table).map_or(0, Interval::fen);
            let mut f = META.finding(
                format!("说明中的金额 {} 与表格不符：表格为 {}", wan_yuan(stated.fen()), wan_yuan(shown)),
                format!("the narrative says {}; the tables say {}", wan_yuan(stated.fen()), wan_yuan(shown)),
            );
            f.places.push(doc.place(said));
            f.places.extend(same.iter().map(|t| doc.place(t)));
            f.set_money(shown, stated.fen());
            out.push(f);
        }
    }
}
