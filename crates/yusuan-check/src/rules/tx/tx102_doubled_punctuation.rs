//! TX102 doubled-punctuation

use crate::context::Checked;
use super::text::narrative_place;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct DoubledPunctuation;

static META: RuleMeta = RuleMeta {
    code: "TX102",
    name: "doubled-punctuation",
    category: Category::Text,
    severity: Severity::Warning,
    summary: "标点重复或相邻（“。。”“，。”）",
    summary_en: "doubled or adjacent punctuation (`。。`, `，。`)",
    doc: "检查什么：说明中连续出现的句末或句中标点。\n\
          为什么：多为删改后留下的残迹，常意味着此处删掉了内容。\n\
          示例：“主要用于保障机构正常运转。。”\n\n\
          What it checks: two punctuation marks in a row in the narrative.\n\
          Why: they are usually what an edit left behind, often where content was deleted.",
};

const PAIRS: [&str; 8] = ["。。", "，，", "；；", "、、", "，。", "。，", "；。", "，；"];

impl Rule for DoubledPunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for para in &doc.reading.document.paragraphs {
            for pair in PAIRS {
                for (at, _) in para.text.match_indices(pair) {
                    let char_at = para.text[..at].chars().count();
                    let mut f = META.finding(format!("标点“{pair}”重复"), format!("doubled punctuation {pair:?}"));
                    f.places.push(narrative_place(para, char_at, pair));
                    out.push(f);
                }
            }
        }
    }
}
