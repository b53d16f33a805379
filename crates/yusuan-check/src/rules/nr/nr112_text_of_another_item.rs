//! NR112 text-of-another-item

use super::items::{entries, ClauseKind};
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use crate::rules::tx::text::narrative_place;

pub struct TextOfAnotherItem;

static META: RuleMeta = RuleMeta {
    code: "NR112",
    name: "text-of-another-item",
    category: Category::Narrative,
    severity: Severity::Warning,
    summary: "逐项说明的用途或原因写的是另一个科目，疑为复制未改",
    summary_en: "an item's purpose or reason names another item of the list: copied and not changed",
    doc: "检查什么：按功能分类逐项说明支出时，某项的“主要用于X”或“主要原因是：X经费增加”中的 X \
          不见于本项标题，却正是清单中另一项的名称。\n\
          为什么：逐项说明多由相邻一项复制后修改，漏改的用途和原因说的是别的科目，\
          读者无从得知本项的真实用途和变化原因。\n\
          示例：“城乡社区管理事务（款）城管执法（项）”604.34万元，“主要用于城乡社区管理事务一般行政管理事务”，\
          “主要原因是：城乡社区管理事务一般行政管理事务经费减少”——两句都是上一项的原文。\n\n\
          What it checks: an item's `主要用于X` or reason naming another item of the list, not its own.\n\
          Why: item paragraphs are copied from their neighbour and these clauses left unchanged.",
};

impl Rule for TextOfAnotherItem {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let entries = entries(doc);
        for entry in &entries {
            for clause in &entry.clauses {
                // What the entry's own heading holds (`商贸事务支出` for 商贸事务（款）…) is its own.
                let bare = clause.subject.strip_suffix("支出").unwrap_or(&clause.subject);
                if entry.heading.contains(bare) || entry.names.contains(&clause.subject) {
                    continue;
                }
                let Some(other) = entries.iter().find(|o| !std::ptr::eq(*o, entry) && o.names.contains(&clause.subject)) else { continue };
                let what = match clause.kind {
                    ClauseKind::Purpose => ("用途", "purpose"),
                    ClauseKind::Reason => ("原因", "reason"),
                };
                let name = entry.names.last().unwrap_or(&entry.heading);
                let mut f = META.finding(
                    format!("“{name}”的{}写的是另一项“{}”", what.0, clause.subject),
                    format!("the {} of {name} names another item, {}", what.1, clause.subject),
                );
                f.places.push(narrative_place(clause.paragraph, clause.at, &clause.text));
                f.places.push(doc.place(other.amount));
                f.expected = Some(name.clone());
                f.found = Some(clause.subject.clone());
                out.push(f);
            }
        }
    }
}
