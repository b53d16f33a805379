//! TX101 cut-off-sentence

use crate::context::Checked;
use super::text::narrative_place;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct CutOffSentence;

static META: RuleMeta = RuleMeta {
    code: "TX101",
    name: "cut-off-sentence",
    category: Category::Text,
    severity: Severity::Warning,
    summary: "句子在应有内容处结束（如“主要原因是。”）",
    summary_en: "a sentence ends where its content should be (`主要原因是。`)",
    doc: "检查什么：以“原因是”“原因为”“主要用于”“主要包括”等引出下文的词语直接接句号的句子。\n\
          为什么：说明中要求写明增减原因和资金用途，留空是审核意见中最常见的一类。\n\
          示例：“比上年增加 5.00 万元，主要原因是。”\n\n\
          What it checks: sentences that end right after words that introduce their content.\n\
          Why: the reasons for changes and the uses of funds must be stated.",
};

/// Words after which a sentence must go on.
const OPENERS: [&str; 8] = ["原因是", "原因为", "原因：", "原因:", "主要用于", "主要包括", "具体如下", "用于"];

impl Rule for CutOffSentence {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for para in &doc.reading.document.paragraphs {
            let text = &para.text;
            for (at, _) in text.match_indices('。') {
                let before = text[..at].trim_end();
                let Some(opener) = OPENERS.iter().find(|o| before.ends_with(*o)) else { continue };
                let char_at = text[..at].chars().count();
                let mut f = META.finding(
                    format!("句子在“{opener}”之后直接结束，缺少应有的内容"),
                    format!("the sentence ends right after {opener:?}; its content is missing"),
                );
                f.places.push(narrative_place(para, char_at, &format!("{opener}。")));
                out.push(f);
            }
        }
    }
}
