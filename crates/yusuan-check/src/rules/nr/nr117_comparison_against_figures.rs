//! NR117 comparison-against-figures

use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use crate::rules::tx::text::narrative_place;
use std::cmp::Ordering;
use yusuan_model::Decimal;

pub struct ComparisonAgainstFigures;

static META: RuleMeta = RuleMeta {
    code: "NR117",
    name: "comparison-against-figures",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "“大于/小于/等于”与其比较的两个金额相反（“决算数大于预算数”而决算数较小）",
    summary_en: "大于/小于/等于 says the opposite of the two amounts it compares (决算数大于预算数 with the smaller 决算数)",
    doc: "检查什么：一是“A万元，大于（高于、小于、低于、等于）上年（预算）B万元”，比较词前紧接一个金额、\
          其后（只隔“上年”“预算”“的”等）紧接另一个金额时，比较词须与 A、B 的大小一致；\
          二是决算说明中“决算数大于（小于、等于）年初预算数”，须与同一句此前写出的“年初预算A万元”\
          “支出决算B万元”的大小一致。两个金额按书写的数字比较（同为万元）。\n\
          为什么：逐项说明多由上一项复制，数字改了、比较词没改，读者看到的是自相矛盾的说明。\n\
          示例：“年初预算80.00万元，支出决算75.00万元，决算数大于年初预算数的主要原因是……”。\n\n\
          What it checks: (1) `A万元，大于/高于/小于/低于/等于 …B万元`, the comparison word right after\n\
          one amount and right before another (only 上年, 预算, 的 … between), agrees with A against B;\n\
          (2) in a final account, `决算数大于/小于/等于(年初)预算数` agrees with the `年初预算A万元` and\n\
          `支出决算B万元` stated before it in the sentence.\n\
          Why: item paragraphs are copied and the comparison word is left unchanged.",
};

/// Comparison words and the order they say.
const WORDS: [(&str, Ordering); 5] = [("大于", Ordering::Greater), ("高于", Ordering::Greater), ("小于", Ordering::Less), ("低于", Ordering::Less), ("等于", Ordering::Equal)];

/// Words that may stand between a comparison word and the amount compared with.
const BEFORE_THE_OTHER: [&str; 9] = ["上一年", "上年", "年初", "预算数", "预算", "执行数", "同期", "的", "为"];

impl Rule for ComparisonAgainstFigures {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for para in &doc.reading.document.paragraphs {
            let chars: Vec<char> = para.text.chars().collect();
            for (at, word, said) in comparison_words(&chars) {
                let Some((a, b, between)) = between_amounts(&chars, at, word).or_else(|| actual_against_budget(&chars, at, word)) else { continue };
                let went = compare(a, b);
                if went == said {
                    continue;
                }
                let mut f = META.finding(
                    format!("{} 万元与 {} 万元相比是{}，说明却写“{word}”", a, b, zh(went)),
                    format!("{a} against {b} (万元) is {}, but the narrative says {word}", en(went)),
                );
                f.places.push(narrative_place(para, at, &between));
                f.expected = Some(zh(went).to_string());
                f.found = Some(word.to_string());
                out.push(f);
            }
        }
    }
}

fn zh(o: Ordering) -> &'static str {
    match o {
        Ordering::Greater => "大于",
        Ordering::Less => "小于",
        Ordering::Equal => "等于",
    }
}

fn en(o: Ordering) -> &'static str {
    match o {
        Ordering::Greater => "greater",
        Ordering::Less => "smaller",
        Ordering::Equal => "equal",
    }
}

/// Every comparison word of a text (not `大于等于`, `大于（小于）`): its char offset, the word and the
/// order it says.
fn comparison_words(chars: &[char]) -> Vec<(usize, &'static str, Ordering)> {
    let mut out = Vec::new();
    for i in 0..chars.len() {
        for (word, order) in WORDS {
            let matches = word.chars().enumerate().all(|(k, w)| chars.get(i + k) == Some(&w));
            let next = chars.get(i + 2);
            if matches && !matches!(next, Some('等' | '（' | '(' | '/' | '或')) {
                out.push((i, word, order));
            }
        }
    }
    out
}

/// `A万元，大于上年B万元`: A right before the word (only `，` between), B right after it (only
/// [`BEFORE_THE_OTHER`] between), and the text to point at.
fn between_amounts(chars: &[char], at: usize, word: &str) -> Option<(Decimal, Decimal, String)> {
    let mut end = at;
    while end > 0 && matches!(chars[end - 1], '，' | ',' | ' ') {
        end -= 1;
    }
    let a = amount_ending_at(chars, end)?;
    let mut start = at + word.chars().count();
    'skip: loop {
        for w in BEFORE_THE_OTHER {
            if w.chars().enumerate().all(|(k, c)| chars.get(start + k) == Some(&c)) {
                start += w.chars().count();
                continue 'skip;
            }
        }
        break;
    }
    let b = amount_starting_at(chars, start)?;
    Some((a, b, word.to_string()))
}

/// `年初预算A万元，支出决算B万元，决算数大于年初预算数`: the amounts of the sentence before the word.
fn actual_against_budget(chars: &[char], at: usize, word: &str) -> Option<(Decimal, Decimal, String)> {
    let before: String = chars[..at].iter().collect();
    let after: String = chars[at + word.chars().count()..].iter().take(6).collect();
    if !before.ends_with("决算数") || !(after.starts_with("预算数") || after.starts_with("年初预算数")) {
        return None;
    }
    let sentence_start = chars[..at].iter().rposition(|&c| c == '。').map_or(0, |p| p + 1);
    // The sentence before the word when it ends the one with the amounts (`…完成年初预算的92.6%。决算数小于…`).
    let from = chars[..sentence_start.saturating_sub(1)].iter().rposition(|&c| c == '。').map_or(0, |p| p + 1);
    let text: String = chars[from..at].iter().collect();
    let budgeted = amount_after_label(&text, "年初预算")?;
    let actual = amount_after_label(&text, "支出决算")?;
    Some((actual, budgeted, format!("决算数{word}")))
}

/// The amount written right after the last `label` of `text` that has one (`年初预算为80.00万元`,
/// not `完成年初预算的93.75%`).
fn amount_after_label(text: &str, label: &str) -> Option<Decimal> {
    text.rmatch_indices(label).find_map(|(at, _)| {
        let chars: Vec<char> = text[at + label.len()..].chars().collect();
        amount_starting_at(&chars, usize::from(chars.first() == Some(&'为')))
    })
}

/// An amount in 万元 starting at `start`: digits, `,` and `.`, then `万元`.
fn amount_starting_at(chars: &[char], start: usize) -> Option<Decimal> {
    let mut end = start;
    while chars.get(end).is_some_and(|c| c.is_ascii_digit() || matches!(c, '.' | ',')) {
        end += 1;
    }
    let mut unit = end;
    while chars.get(unit) == Some(&' ') {
        unit += 1;
    }
    if end == start || chars.get(unit) != Some(&'万') || chars.get(unit + 1) != Some(&'元') {
        return None;
    }
    Decimal::parse(&chars[start..end].iter().filter(|c| **c != ',').collect::<String>())
}

/// An amount in 万元 ending (with its unit) at `end`.
fn amount_ending_at(chars: &[char], end: usize) -> Option<Decimal> {
    if end < 2 || chars[end - 2] != '万' || chars[end - 1] != '元' {
        return None;
    }
    let mut digits_end = end - 2;
    while digits_end > 0 && chars[digits_end - 1] == ' ' {
        digits_end -= 1;
    }
    let mut start = digits_end;
    while start > 0 && (chars[start - 1].is_ascii_digit() || matches!(chars[start - 1], '.' | ',')) {
        start -= 1;
    }
    if start == digits_end {
        return None;
    }
    Decimal::parse(&chars[start..digits_end].iter().filter(|c| **c != ',').collect::<String>())
}

/// Two written amounts compared by value (`75.0` = `75.00`).
fn compare(a: Decimal, b: Decimal) -> Ordering {
    let scale = a.scale.max(b.scale);
    let widen = |d: Decimal| i128::from(d.mantissa) * 10i128.pow(u32::from(scale - d.scale));
    widen(a).cmp(&widen(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String)> {
        let chars: Vec<char> = text.chars().collect();
        comparison_words(&chars)
            .into_iter()
            .filter_map(|(at, word, said)| {
                let (a, b, _) = between_amounts(&chars, at, word).or_else(|| actual_against_budget(&chars, at, word))?;
                (compare(a, b) != said).then(|| (a.to_string(), word.to_string()))
            })
            .collect()
    }

    #[test]
    fn comparisons_against_their_amounts() {
        assert_eq!(found("支出预算100.00万元，小于上年预算120.00万元。"), [] as [(String, String); 0]);
        assert_eq!(found("支出预算100.00万元，大于上年预算120.00万元。"), [("100.00".to_string(), "大于".to_string())]);
        assert_eq!(found("年初预算80.00万元，支出决算75.00万元，完成年初预算的93.75%。决算数大于年初预算数的主要原因是：增人。").len(), 1);
        assert!(found("年初预算80.00万元，支出决算85.00万元，完成年初预算的106.25%。决算数大于年初预算数的主要原因是：增人。").is_empty());
        assert!(found("决算数大于（小于）预算数；采购金额大于等于100万元").is_empty());
    }
}
