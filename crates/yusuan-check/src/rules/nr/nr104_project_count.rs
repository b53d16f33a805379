//! NR104 project-count

use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use std::collections::BTreeSet;
use yusuan_model::FactValue;

pub struct ProjectCount;

static META: RuleMeta = RuleMeta {
    code: "NR104",
    name: "project-count",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "说明中的项目个数与项目表所列项目数不符",
    summary_en: "the number of projects the narrative states differs from the projects the tables list",
    doc: "检查什么：说明中“共N个项目”“支出项目共N个”与项目支出表（没有时为项目绩效目标表）所列\
          项目个数比较。说到其他年度的句子（“2020年，我部门对17个项目进行了绩效评价”）不比较。\n\
          为什么：项目增减后说明未同步更新，读者无从判断哪一个数字是真的。\n\
          示例：说明写“共4个项目”，《项目支出预算表》列出 6 个项目。\n\n\
          What it checks: a stated number of projects against the projects the tables list.",
};

impl Rule for ProjectCount {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let listed = doc.project_amounts();
        let names: BTreeSet<&str> = listed.iter().map(|(name, _)| *name).collect();
        if names.is_empty() {
            return;
        }
        let year = doc.reading.document.identity.year;
        for (_, said) in doc.narrative_facts() {
            let FactValue::Count(n) = said.value else { continue };
            if said.concept != "projects" || doc.sentence_year(said).is_some_and(|y| Some(y) != year) {
                continue;
            }
            if n as usize == names.len() {
                continue;
            }
            let mut f = META.finding(
                format!("说明称共 {n} 个项目，表格列出 {} 个项目", names.len()),
                format!("the narrative states {n} projects; the tables list {}", names.len()),
            );
            f.places.push(doc.place(said));
            f.places.extend(listed.iter().take(1).map(|(_, fact)| doc.place(fact)));
            f.expected = Some(format!("{} 个", names.len()));
            f.found = Some(format!("{n} 个"));
            out.push(f);
        }
    }
}
