//! NR107 stated-twice

use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Fact, FactSource, FactValue};

pub struct StatedTwice;

static META: RuleMeta = RuleMeta {
    code: "NR107",
    name: "stated-twice",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "同一说明事项中，同一金额前后写成两个不同的数",
    summary_en: "within one narrative item, the same amount is stated with two values",
    doc: "检查什么：说明的同一节（如“六、一般公共预算基本支出预算情况说明”）中，同一事项、同一维度\
          的金额出现两次而数值不同（按书写精度的区间）。说到其他年度的句子不比较。\n\
          为什么：一段话里前后矛盾，读者无从知道哪个数是对的；多为改了一处漏改另一处。\n\
          示例：“住房公积金 208.8万元……2026年预算安排201.50万元”。\n\n\
          What it checks: one amount stated twice with two values within a narrative section.",
};

fn section_of(doc: &Checked, f: &Fact) -> Option<usize> {
    match f.source {
        FactSource::Text { paragraph, .. } => doc.reading.document.paragraphs.get(paragraph)?.section,
        _ => None,
    }
}

impl Rule for StatedTwice {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let year = doc.reading.document.identity.year;
        let amounts: Vec<&Fact> = doc
            .narrative_facts()
            .map(|(_, f)| f)
            .filter(|f| matches!(f.value, FactValue::Money(_)) && !f.concept.ends_with(".change") && !f.concept.ends_with(".previous"))
            .filter(|f| doc.sentence_year(f).is_none_or(|y| Some(y) == year))
            .collect();
        for (i, later) in amounts.iter().enumerate() {
            let Some(section) = section_of(doc, later) else { continue };
            let earlier = amounts[..i].iter().find(|e| e.concept == later.concept && e.dims == later.dims && section_of(doc, e) == Some(section));
            let Some(earlier) = earlier else { continue };
            let (Some(a), Some(b)) = (Interval::of(earlier), Interval::of(later)) else { continue };
            if a.meets(b) {
                continue;
            }
            let mut f = META.finding(
                format!("同一节中先写 {}，后写 {}", wan_yuan(a.fen()), wan_yuan(b.fen())),
                format!("the same section states {} and then {}", wan_yuan(a.fen()), wan_yuan(b.fen())),
            );
            f.places = vec![doc.place(later), doc.place(earlier)];
            f.set_money(a.fen(), b.fen());
            out.push(f);
        }
    }
}
