//! NR111 reason-against-the-change

use super::items::{entries, ClauseKind};
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use crate::rules::tx::text::narrative_place;

pub struct ReasonAgainstTheChange;

static META: RuleMeta = RuleMeta {
    code: "NR111",
    name: "reason-against-the-change",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "说明给出的变化原因与该科目自身的增减方向相反",
    summary_en: "the stated reason has the item's own amount go the other way than its figures",
    doc: "检查什么：按功能分类逐项说明支出时，“主要原因是：X经费增加/减少/保持不变”中的 X 就是该科目本身\
          （见于该项标题）时，原因所说的方向须与该项预算数和上年数（或所写增减率）的方向一致。\n\
          为什么：逐项说明多由上一项复制后修改，数字改了、原因没改，读者看到的是自相矛盾的说明。\n\
          示例：“宣传事务（款）一般行政管理事务（项）”110.60万元，比上年执行数114.00万元减少2.98%，\
          “主要原因是：宣传事务一般行政管理事务经费增加”——该项减少，原因却说增加。\n\n\
          What it checks: a reason naming the item itself (`X经费增加`) must go the way the item's\
          figures go.\n\
          Why: item paragraphs are copied from the one before and the reason is left unchanged.",
};

impl Rule for ReasonAgainstTheChange {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for entry in entries(doc) {
            let Some(went) = entry.direction else { continue };
            for clause in entry.clauses.iter().filter(|c| c.kind == ClauseKind::Reason) {
                let Some(said) = clause.direction.filter(|&d| d != went) else { continue };
                if clause.subject.chars().count() < 2 || !entry.heading.contains(&clause.subject) {
                    continue;
                }
                let mut f = META.finding(
                    format!("“{}”的金额比上年{}，原因却说“{}”", clause.subject, went.zh(), clause.text),
                    format!("the amount of {} {} from the year before, but the reason says it {}", clause.subject, went.en(), said.en()),
                );
                // The direction word ends the clause: point at it (`经费增加`).
                let word = format!("经费{}", said_word(&clause.text));
                let shown = if clause.text.ends_with(&word) { word } else { said_word(&clause.text).to_string() };
                f.places.push(narrative_place(clause.paragraph, clause.end_at(shown.chars().count()), &shown));
                f.places.push(doc.place(entry.amount));
                f.expected = Some(went.zh().to_string());
                f.found = Some(said.zh().to_string());
                out.push(f);
            }
        }
    }
}

/// The last two chars of a reason: its direction word (`增加`, `减少`, `不变`).
fn said_word(text: &str) -> &str {
    let start = text.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
    &text[start..]
}
