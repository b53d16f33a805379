//! TX110 missing-amount

use super::text::phrase_findings;
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct MissingAmount;

static META: RuleMeta = RuleMeta {
    code: "TX110",
    name: "missing-amount",
    category: Category::Text,
    severity: Severity::Error,
    summary: "该写数字的地方只有单位（“支出预算 万元”“增长 %”“共计万元”）",
    summary_en: "a unit stands where the figure should be (`支出预算 万元`, `增长 %`, `共计万元`)",
    doc: "检查什么：说明中“万元”“亿元”“元”“%”紧跟在必须接数字的词之后（中间只有空格）：\
          “为”“计”“共计”“合计”“安排”“预算”“支出”“收入”“增加”“减少”“增长”“下降”“占”“达”等。\
          “单位：万元”“（万元）”“万元以上”不在此列。\n\
          为什么：数字留空是填写模板时漏填，公开的说明缺少它要说明的金额或比例。\n\
          示例：“2026年一般公共预算支出预算 万元，比上年增长 %”。\n\n\
          What it checks: a money unit or percent sign right after a word that must be followed by a\n\
          figure (为, 共计, 安排, 预算, 支出, 增加, 增长, 占 …), with nothing but spaces between.\n\
          Why: the figure was never filled in.",
};

/// Words a figure must follow.
const NEED_A_FIGURE: [&str; 19] = [
    "为", "计", "共计", "合计", "总计", "安排", "预算", "支出", "收入", "拨款", "增加", "减少", "增长", "下降", "上升", "降低", "占", "达", "是",
];

/// Words before `为` that make it name a unit, not state a figure (`单位为万元`, `转换为万元`).
const NAMES_A_UNIT: [&str; 6] = ["单位", "转换", "换算", "折算", "折合", "转化"];

/// The units a figure is written with.
const UNITS: [&str; 5] = ["万元", "亿元", "元", "%", "％"];

/// Every unit without its figure in a text: the char offset of the word before it and what is
/// written (`增长 %`).
fn missing_amounts(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (byte, _) in text.char_indices() {
        let rest = &text[byte..];
        let Some(unit) = UNITS.iter().find(|u| rest.starts_with(**u)) else { continue };
        // `万元` is found at `万`; its `元` is not a second unit.
        if *unit == "元" && text[..byte].ends_with(['万', '亿']) {
            continue;
        }
        let before = text[..byte].trim_end_matches([' ', '\u{3000}', '\t']);
        let Some(word) = NEED_A_FIGURE.iter().filter(|w| before.ends_with(**w)).max_by_key(|w| w.len()) else { continue };
        let start = before.len() - word.len();
        // `单位为万元`, `转换为万元` name a unit; `万元以上/以下` a threshold written elsewhere.
        if NAMES_A_UNIT.iter().any(|w| before[..start].ends_with(w)) || rest[unit.len()..].starts_with("以") {
            continue;
        }
        out.push((text[..start].chars().count(), text[start..byte + unit.len()].to_string()));
    }
    out
}

impl Rule for MissingAmount {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let say = |w: &str| (format!("“{w}”：单位前缺少数字"), format!("{w:?}: the figure before the unit is missing"));
        phrase_findings(doc, &META, missing_amounts, say, out);
    }
}

#[cfg(test)]
mod tests {
    use super::missing_amounts;

    #[test]
    fn units_without_their_figure() {
        let found = |t: &str| missing_amounts(t).into_iter().map(|p| p.1).collect::<Vec<_>>();
        assert_eq!(found("一般公共预算支出预算 万元，比上年增长 %，共计万元。"), ["预算 万元", "增长 %", "共计万元"]);
        assert!(found("单位：万元；金额单位为万元；金额转换为万元时；支出预算12.00万元，增长5%；预算万元以上的项目").is_empty());
    }
}
