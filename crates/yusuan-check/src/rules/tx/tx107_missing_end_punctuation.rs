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

/// A line without any of these is an unnumbered heading or a caption, not a sentence.
const SENTENCE_MARKS: &str = "，。；,;";

/// A colon makes a sentence only in a line this long: `第一部分：部门概况`, `单位：万元` and
/// `附表1：收入预算` are headings and captions, `所属单位预算包括：栾川县医疗保障服务中心` is not.
const COLON_SENTENCE_CHARS: usize = 16;

/// A line numbered as headings are (`二、`, `（六）`) at most this long is a heading, commas and
/// all (`二、加快构建现代产业体系，促进经济高质量发展`); an item numbered `3.` is a sentence.
const NUMBERED_HEADING_CHARS: usize = 40;

/// `二、` or `（六）` at the start: numbering in Chinese numerals, as headings are numbered.
fn heading_number(text: &str) -> bool {
    let text = text.trim_start();
    let bracketed = text.strip_prefix(['（', '(']);
    let rest = bracketed.unwrap_or(text);
    let digits = rest.chars().take_while(|c| "一二三四五六七八九十".contains(*c)).count();
    let after = rest.chars().nth(digits);
    digits > 0 && if bracketed.is_some() { matches!(after, Some('）' | ')')) } else { after == Some('、') }
}

/// Whether a paragraph reads as a sentence rather than a heading or a caption.
fn is_sentence(text: &str) -> bool {
    let chars = text.chars().count();
    if heading_number(text) && chars <= NUMBERED_HEADING_CHARS {
        return false;
    }
    text.contains(|c| SENTENCE_MARKS.contains(c)) || (text.contains(['：', ':']) && chars >= COLON_SENTENCE_CHARS)
}

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
            if !ends_section || FINAL.contains(last) || text.starts_with("附件") || !is_sentence(text) {
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
