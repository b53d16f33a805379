//! Performance targets as printed in 指标值 cells: `≥95%`, `≤140万`, `8700人`, `≈100%`,
//! `≥15 万元`, `到位100%`.

use crate::number::Decimal;
use serde::Serialize;
use std::borrow::Cow;

/// How a target compares: `≥`, `≤`, `=`, `≈`, `>`, `<`. A bare value (`8700人`) is `=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparator {
    AtLeast,
    AtMost,
    Equal,
    About,
    Above,
    Below,
}

impl Comparator {
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::AtLeast => "≥",
            Comparator::AtMost => "≤",
            Comparator::Equal => "=",
            Comparator::About => "≈",
            Comparator::Above => ">",
            Comparator::Below => "<",
        }
    }
}

/// A numeric target: comparator, value as written and the measure word after it (`%`, `万元`,
/// `人次`; empty when none is printed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub comparator: Comparator,
    pub value: Decimal,
    pub measure: String,
}

const COMPARATORS: [(&str, Comparator); 10] = [
    ("≥", Comparator::AtLeast),
    (">=", Comparator::AtLeast),
    ("不低于", Comparator::AtLeast),
    ("≤", Comparator::AtMost),
    ("<=", Comparator::AtMost),
    ("不高于", Comparator::AtMost),
    ("≈", Comparator::About),
    ("=", Comparator::Equal),
    (">", Comparator::Above),
    ("<", Comparator::Below),
];

/// The longest measure word a target may carry; longer text after the number is not a target.
const MAX_MEASURE_CHARS: usize = 4;

/// The longest words before a target (`到位100%`, `补助资金484万元`, `城乡居民基本医保参保人数不低于33万人`);
/// only letters, so a formula's `×100%` is not a target.
const MAX_LEAD_CHARS: usize = 16;

/// Splits off the words before the comparator or number.
fn without_lead(t: &str) -> &str {
    let starts = |at: usize| t[at..].starts_with(|c: char| c.is_ascii_digit()) || COMPARATORS.iter().any(|(s, _)| t[at..].starts_with(s));
    let Some(at) = t.char_indices().map(|(i, _)| i).find(|&i| starts(i)) else { return t };
    let lead = &t[..at];
    if lead.chars().count() <= MAX_LEAD_CHARS && lead.chars().all(char::is_alphabetic) { &t[at..] } else { t }
}

/// One target of a cell that states several (`集中采购药品品种不低于25种，预付金支付比例…`), with the
/// words before it that say what it measures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartTarget {
    pub what: String,
    pub target: Target,
}

/// The words of a target before its figure or comparator (`投诉率` of `投诉率≤5%`).
fn words_before(part: &str) -> &str {
    let at = part.find(|c: char| c.is_ascii_digit() || "≥≤<>=≈不".contains(c)).unwrap_or(0);
    part[..at].trim()
}

impl Target {
    /// Every target of a 指标值 cell: the cell as one target, else each part between commas and
    /// semicolons that reads as one.
    pub fn parse_all(text: &str) -> Vec<PartTarget> {
        if let Some(target) = Target::parse(text) {
            // `投诉率≤5%`: the words before the target say what it measures.
            return vec![PartTarget { what: words_before(text.trim()).to_string(), target }];
        }
        text.split(['，', ',', '；', ';'])
            .filter_map(|part| {
                let part = part.trim();
                let target = Target::parse(part)?;
                Some(PartTarget { what: words_before(part).to_string(), target })
            })
            .collect()
    }

    /// Parses a 指标值 cell; `None` for qualitative targets (`相关`, `科学`, `提高`) and for cells
    /// that state more than one (`不低于25种，…不低于合同金额的50%`).
    pub fn parse(text: &str) -> Option<Target> {
        let t: Cow<str> = if text.contains(char::is_whitespace) {
            Cow::Owned(text.chars().filter(|c| !c.is_whitespace()).collect())
        } else {
            Cow::Borrowed(text)
        };
        let t = without_lead(&t);
        let (comparator, rest) = COMPARATORS
            .iter()
            .find_map(|(s, c)| t.strip_prefix(s).map(|r| (*c, r)))
            .unwrap_or((Comparator::Equal, t));
        let end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(rest.len());
        let value = Decimal::parse(&rest[..end])?;
        let mut measure = rest[end..].trim_end_matches(['。', '；', ';']).to_string();
        let mut comparator = comparator;
        // `1300多万元`, `30余人`: more than the number.
        if let Some(m) = measure.strip_prefix(['多', '余']).filter(|_| comparator == Comparator::Equal) {
            measure = m.to_string();
            comparator = Comparator::Above;
        }
        (measure.chars().count() <= MAX_MEASURE_CHARS && !measure.contains(|c: char| c.is_ascii_digit()))
            .then_some(Target { comparator, value, measure })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(t: &str) -> Option<(Comparator, String, String)> {
        Target::parse(t).map(|t| (t.comparator, t.value.to_string(), t.measure))
    }

    #[test]
    fn reads_printed_targets() {
        assert_eq!(parsed("≥95%"), Some((Comparator::AtLeast, "95".into(), "%".into())));
        assert_eq!(parsed("≤140万"), Some((Comparator::AtMost, "140".into(), "万".into())));
        assert_eq!(parsed("8700人"), Some((Comparator::Equal, "8700".into(), "人".into())));
        assert_eq!(parsed("≥15 万元"), Some((Comparator::AtLeast, "15".into(), "万元".into())));
        assert_eq!(parsed("≈100%"), Some((Comparator::About, "100".into(), "%".into())));
        assert_eq!(parsed("≥100人次"), Some((Comparator::AtLeast, "100".into(), "人次".into())));
        assert_eq!(parsed("到位100%"), Some((Comparator::Equal, "100".into(), "%".into())));
        assert_eq!(parsed("补助资金484万元"), Some((Comparator::Equal, "484".into(), "万元".into())));
        assert_eq!(parsed("资助金额448.398万元，报销金额1300多万元"), None);
        assert_eq!(parsed("×100%"), None);
        assert_eq!(parsed("不低于33万人"), Some((Comparator::AtLeast, "33".into(), "万人".into())));
        assert_eq!(parsed("实现基金智能化、信息化监管，实地监管次数不低于1次"), None);
        assert_eq!(parsed("救助对象政策内救助报销比例不低于70%"), Some((Comparator::AtLeast, "70".into(), "%".into())));
        assert_eq!(parsed("集中采购药品品种不低于25种，预付金支付比例不低于合同金额的50%"), None);
        assert_eq!(parsed("1300多万元"), Some((Comparator::Above, "1300".into(), "万元".into())));
        let parts = Target::parse_all("资助金额448.398万元, 报销金额1300多万元");
        let read: Vec<(&str, String)> = parts.iter().map(|p| (p.what.as_str(), p.target.value.to_string())).collect();
        assert_eq!(read, [("资助金额", "448.398".to_string()), ("报销金额", "1300".to_string())]);
        assert_eq!(parsed("相关"), None);
        assert_eq!(parsed("2021年底前完成"), None);
    }

    #[test]
    fn a_target_that_names_what_it_measures() {
        let parts = Target::parse_all("投诉率≤5%");
        assert_eq!((parts.len(), parts[0].what.as_str(), parts[0].target.measure.as_str()), (1, "投诉率", "%"));
        assert_eq!(Target::parse_all("≥90%")[0].what, "");
    }
}
