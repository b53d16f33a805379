//! NR116 rise-to-nothing

use crate::context::{text_position, wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Fact, FactSource};

pub struct RiseToNothing;

static META: RuleMeta = RuleMeta {
    code: "NR116",
    name: "rise-to-nothing",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "说明写某项比上年增加（增长），该项本年却为零",
    summary_en: "the narrative says an item rose from the year before, but the item is nil this year",
    doc: "检查什么：说明写某项“比上年增加X万元”（X > 0）或“增长X%”（X > 0），而该项本年数为零：\
          表中该项（同一概念、同一维度）印出的数全为零，或说明紧接在增加之前写出的本年数为零。\
          增加意味着本年数 = 上年数 + X ≥ X > 0（上年数不为负），本年为零则增加不成立——\
          多是上年“从零增加”的说明沿用到了本年，或“减少”误写为“增加”。\
          表中没有该项（不在表中）不作为零：该项可能在未公开的表或其他资金来源中；\
          该项的本年数须紧接在增加之前写出（中间只有“，比上年”之类），否则增加说的可能是另一项；\
          句中没有写出任何数字时才以表为据，且句中写明其他年度（“2024年……增加”）的不报告。上年数为零时写增长率由 NR102 检查。\n\
          为什么：说明与表格相互矛盾，读者不知增减的方向。\n\
          示例：“公务接待费0.00万元，比2024年增加1.00万元”，或“三公”经费表中公务接待费为 0.00。\n\n\
          What it checks: a stated rise (增加X万元 or 增长X% with X > 0) of an item whose amount this\n\
          year is nil: the narrative states it as zero right before the rise (only `，比上年` between),\n\
          or, when the sentence states no figure before the rise and names no other year, every\n\
          figure the tables print for it (same concept and dimensions) is zero. A rise means current =\n\
          previous + X > 0. An item missing from the tables is not taken as nil.",
};

impl Rule for RiseToNothing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let narrative: Vec<&Fact> = doc.narrative_facts().map(|(_, f)| f).collect();
        for rise in &narrative {
            let Some(base) = rise.concept.strip_suffix(".change").or_else(|| rise.concept.strip_suffix(".change_rate")) else { continue };
            let rose = Interval::of(rise).is_some_and(|v| !v.may_be_zero() && v.fen() > 0);
            if !rose {
                continue;
            }
            let Some(nil) = nil_this_year(doc, &narrative, base, rise) else { continue };
            let said = if rise.concept.ends_with("_rate") { format!("增长 {}%", rise.value_string()) } else { format!("增加 {}", wan_yuan(Interval::of(rise).map_or(0, |v| v.fen()))) };
            let mut f = META.finding(
                format!("说明写该项比上年{said}，该项本年却为零（{}）", doc.place(nil).label),
                format!("the narrative says the item rose ({said}), but it is nil this year ({})", doc.place(nil).label_en),
            );
            f.places = vec![doc.place(rise), doc.place(nil)];
            f.expected = Some("本年为零，不能比上年增加 / nil this year: no rise".into());
            f.found = Some(said);
            out.push(f);
        }
    }
}

/// The figure that shows `base` (with the dimensions of `rise`) nil this year: the amount the
/// narrative states right before the rise (`公务接待费0.00万元，比2024年增加1.00万元`), else, when the
/// sentence states no figure before the rise (`公务接待费比上年增加1.00万元`), a table's when every
/// table figure of it is zero. The rise is the item's only when nothing else is named between: in
/// `政府性基金拨款支出0万元，2021年本部门预算支出较上年增加…` it is another's.
fn nil_this_year<'a>(doc: &Checked<'a>, narrative: &[&'a Fact], base: &str, rise: &Fact) -> Option<&'a Fact> {
    let is_zero = |f: &Fact| Interval::of(f).is_some_and(|v| v.fen() == 0 && v.may_be_zero());
    let (paragraph, rise_at) = text_position(rise);
    let text: Vec<char> = doc.reading.document.paragraphs.get(paragraph)?.text.chars().collect();
    let sentence_start = text[..rise_at.min(text.len())].iter().rposition(|&c| c == '。').map_or(0, |p| p + 1);
    let before_in_sentence = narrative.iter().filter(|f| text_position(f).0 == paragraph && (sentence_start..rise_at).contains(&text_position(f).1)).max_by_key(|f| text_position(f).1);
    match before_in_sentence {
        Some(stated) => {
            let adjacent = stated.concept == base && stated.dims == rise.dims && only_the_comparison_between(&text[text_position(stated).1..rise_at]);
            (adjacent && is_zero(stated)).then_some(*stated)
        }
        None => {
            if doc.sentence_year(rise).is_some_and(|y| Some(y) != doc.reading.document.identity.year) {
                return None;
            }
            let in_tables: Vec<&Fact> = doc.facts().iter().filter(|f| matches!(f.source, FactSource::Table { .. }) && f.concept == base && f.dims == rise.dims).collect();
            (!in_tables.is_empty() && in_tables.iter().all(|f| is_zero(f))).then(|| in_tables[0])
        }
    }
}

/// Whether the text from a stated amount to its change names nothing else: the amount, its
/// unit, and `，比2024年（预算数）增加` (`较上年`, `与上年相比`).
fn only_the_comparison_between(between: &[char]) -> bool {
    let mut rest: String = between.iter().skip_while(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ')).collect();
    for word in ["万元", "亿元", "元", "比", "较", "与", "上一年", "上年", "年度", "年", "预算数", "预算", "执行数", "决算数", "同期", "相比", "同比", "增加", "增长", "了"] {
        rest = rest.replace(word, "");
    }
    rest.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '，' | ',' | '、' | '（' | '）' | '(' | ')'))
}
