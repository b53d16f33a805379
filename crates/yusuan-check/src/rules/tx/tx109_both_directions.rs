//! TX109 both-directions

use super::text::{is_blank_template, phrase_findings};
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct BothDirections;

static META: RuleMeta = RuleMeta {
    code: "TX109",
    name: "both-directions",
    category: Category::Text,
    severity: Severity::Error,
    summary: "说明保留了模板的两个方向（“增加（减少）”“增长（下降）”“增加/减少”）",
    summary_en: "the narrative keeps both directions of the template (`增加（减少）`, `增长（下降）`, `增加/减少`)",
    doc: "检查什么：说明中一个方向词后紧跟括号或斜线中的相反方向词：“增加（减少）”“增长（下降）”\
          “上升（下降）”“大于（小于）”“增加/减少”“增（减）”及其反序。表头中的“增（减）”是列名，不在此列；空白模板（单位名称是占位符，见 TX108）不检查。\n\
          为什么：模板让编写者二选一，留下两个方向说明没有按实际增减改写，读者无从知道是增是减。\n\
          示例：“支出预算比上年增加（减少）12.00万元”。\n\n\
          What it checks: a direction word followed by the opposite one in brackets or after a slash\n\
          (`增加（减少）`, `增长（下降）`, `上升（下降）`, `大于（小于）`, `增加/减少`, `增（减）`, and reversed) in the\n\
          narrative; table headers and the blank template (see TX108) are not checked.\n\
          Why: the template asks the writer to choose one; both left in say neither.",
};

const UP: [&str; 7] = ["增加", "增长", "上升", "提高", "大于", "高于", "增"];
const DOWN: [&str; 7] = ["减少", "下降", "降低", "减小", "小于", "低于", "减"];

/// Every `增加（减少）`-like pair of a text: its char offset and the words as written.
fn both_directions(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (byte, _) in text.char_indices() {
        let rest = &text[byte..];
        for (first, second) in [(&UP, &DOWN), (&DOWN, &UP)] {
            let Some(word) = first.iter().find(|w| rest.starts_with(**w)) else { continue };
            let after = &rest[word.len()..];
            let (open, close) = match after.chars().next() {
                Some('（') => ("（", Some('）')),
                Some('(') => ("(", Some(')')),
                Some('/') => ("/", None),
                Some('／') => ("／", None),
                _ => continue,
            };
            let inner = &after[open.len()..];
            let Some(other) = second.iter().find(|w| inner.starts_with(**w)) else { continue };
            let tail = &inner[other.len()..];
            if close.is_some_and(|c| !tail.starts_with(c)) {
                continue;
            }
            let written = format!("{word}{open}{other}{}", close.map(String::from).unwrap_or_default());
            out.push((text[..byte].chars().count(), written));
        }
    }
    // `增加（减少）` also starts with `增`: keep the longest at each place.
    out.dedup_by(|later, earlier| later.0 < earlier.0 + earlier.1.chars().count());
    out
}

impl Rule for BothDirections {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        if is_blank_template(doc) {
            return;
        }
        let say = |w: &str| (format!("“{w}”保留了模板的两个方向，应按实际写明增或减"), format!("{w:?} keeps both directions of the template; one is right"));
        phrase_findings(doc, &META, both_directions, say, out);
    }
}

#[cfg(test)]
mod tests {
    use super::both_directions;

    #[test]
    fn both_directions_left_in() {
        let found = |t: &str| both_directions(t).into_iter().map(|p| p.1).collect::<Vec<_>>();
        assert_eq!(found("比上年增加（减少）12.00万元，增长(下降)5%"), ["增加（减少）", "增长(下降)"]);
        assert_eq!(found("增加/减少；增（减）；下降（上升）"), ["增加/减少", "增（减）", "下降（上升）"]);
        assert!(found("增加12.00万元（减少的是公用经费）；增减变化；增长（含追加）").is_empty());
    }
}
