//! TX111 drafting-note

use super::text::{is_blank_template, phrase_findings};
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct DraftingNote;

static META: RuleMeta = RuleMeta {
    code: "TX111",
    name: "drafting-note",
    category: Category::Text,
    severity: Severity::Error,
    summary: "起草时的批注留在公开文本中（“公开时请删除”“此处填写”）",
    summary_en: "a drafting note left in the published text (`公开时请删除`, `此处填写`)",
    doc: "检查什么：说明中写给起草者的批注：“请删除”“公开时删除”“此处填写”“请填写”“请根据实际情况”。\
          只有空白模板本身（单位名称是占位符）不检查。\n\
          为什么：批注是给填表人看的，公开出来说明文本没有定稿，批注里常还留着上年数字。\n\
          示例：“（注：上年3,468.18万元，公开时请删除注释）”。\n\n\
          What it checks: a note to the drafter left in the narrative (`请删除`, `公开时删除`, `此处填写`,\n\
          `请填写`, `请根据实际情况`). Why: it shows the text was never finished.",
};

/// What a drafter is told, never a reader.
const NOTES_TO_THE_DRAFTER: [&str; 5] = ["请删除", "公开时删除", "此处填写", "请填写", "请根据实际情况"];

/// Every note to the drafter in a text: its char offset and the words.
fn drafting_notes(text: &str) -> Vec<(usize, String)> {
    NOTES_TO_THE_DRAFTER
        .iter()
        .flat_map(|note| text.match_indices(note).map(|(byte, w)| (text[..byte].chars().count(), w.to_string())))
        .collect()
}

impl Rule for DraftingNote {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        if is_blank_template(doc) {
            return;
        }
        let say = |w: &str| (format!("起草批注“{w}”留在公开文本中"), format!("the drafting note {w:?} was left in"));
        phrase_findings(doc, &META, drafting_notes, say, out);
    }
}

#[cfg(test)]
mod tests {
    use super::drafting_notes;

    #[test]
    fn notes_to_the_drafter() {
        assert_eq!(drafting_notes("（注：上年3,468.18万元，公开时请删除注释）").len(), 1);
        assert!(drafting_notes("删除了重复的项目。").is_empty());
    }
}
