//! TX107 missing-end-punctuation

use super::text::narrative_place;
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct MissingEndPunctuation;

static META: RuleMeta = RuleMeta {
    code: "TX107",
    name: "missing-end-punctuation",
    category: Category::Text,
    severity: Severity::Warning,
    summary: "一节的最后一段没有句末标点",
    summary_en: "the last paragraph of a section ends without sentence-final punctuation",
    doc: "检查什么：说明中一节的最后一段（其后是下一节的标题或文末）不以句号、问号、叹号、分号、冒号、\
          省略号或后引号、后括号结束。附件目录（“附件：……”）和没有标点的短行（未编号的标题）不计。\n\
          为什么：段末缺句号多是内容被截断或删改后未收尾，句子可能不完整。只看一节的最后一段，是因为段落\
          中间的换行可能是转换时断开的，而节标题前的段落一定已经结束。\n\
          示例：“县医疗保障局所属单位预算包括：栾川县医疗保障服务中心”后直接是“第二部分”。\n\n\
          What it checks: the last paragraph of a section (a heading or the end follows) ending without \
          sentence-final punctuation; annex lists and short unpunctuated lines (unnumbered headings) \
          are left out.",
};

/// Marks a paragraph may end with.
const FINAL: &str = "。！？；：…”’）)》」.!?;:";

/// A line without any of these is an unnumbered heading, not a sentence.
const SENTENCE_MARKS: &str = "，。；：,;:";

impl Rule for MissingEndPunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let paragraphs = &doc.reading.document.paragraphs;
        for (i, para) in paragraphs.iter().enumerate() {
            let text = para.text.trim_end();
            let Some(last) = text.chars().next_back() else { continue };
            let ends_section = paragraphs.get(i + 1).is_none_or(|next| next.section != para.section);
            if !ends_section || FINAL.contains(last) || text.starts_with("附件") || !text.contains(|c| SENTENCE_MARKS.contains(c)) {
                continue;
            }
            let chars = text.chars().count();
            let tail: String = text.chars().skip(chars.saturating_sub(6)).collect();
            let mut f = META.finding(format!("段落以“{tail}”结束，没有句末标点"), format!("the paragraph ends with {tail:?}, without sentence-final punctuation"));
            f.places.push(narrative_place(para, chars - 1, &tail));
            out.push(f);
        }
    }
}
