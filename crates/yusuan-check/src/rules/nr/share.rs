//! The shares the narrative states (`基本支出 194.97万元，占 70.30%`) that the totals of their own
//! paragraph do not give, as one unit that NR106 and NR108 report: NR108 when another total of the
//! document gives the share (the author divided by that one), NR106 otherwise. One wrong share is
//! one finding.

use crate::context::{text_position, Checked};
use crate::finding::{Finding, Place};
use crate::interval::Interval;
use yusuan_model::{Fact, FactValue, Taxonomy};

/// A stated share none of its paragraph's totals gives.
pub struct WrongShare<'a> {
    pub share: &'a Fact,
    /// The amount it is a share of: the nearest one before it, of its concept and dimensions.
    pub amount: &'a Fact,
    /// The first total of the paragraph stated before the amount and not below it.
    pub total: &'a Fact,
    pub total_value: Interval,
    pub stated: Interval,
    pub part: Interval,
    /// The share `total` gives.
    pub expected: Interval,
    /// Another total of the document that gives the stated share, when exactly one does.
    pub used: Option<UsedTotal<'a>>,
}

/// The total a share was computed over instead of its paragraph's: its value, and every fact that
/// states that value as one of [`TOTALS`] (the first is the one to show).
pub struct UsedTotal<'a> {
    pub value: Interval,
    pub facts: Vec<&'a Fact>,
}

/// The totals a share may have been taken of instead of its paragraph's, on the side (income or
/// expense) of the amount.
const TOTALS: [&str; 6] = ["expense.total", "expense.current_year", "expense.basic", "expense.project", "income.total", "income.current_year"];

/// A share written with fewer digits stands for a range too wide to tell totals apart: `0.08%` of
/// 4.79 万元 is any total from 5,635 to 6,387 万元. Half its last written digit must be at most
/// 1/100 of it (`70.30`, `0.92`, not `0.08` or `1`).
const PRECISE_TO: i128 = 100;

pub fn wrong_shares<'a>(doc: &Checked<'a>) -> Vec<WrongShare<'a>> {
    let narrative: Vec<&'a Fact> = doc.narrative_facts().map(|(_, f)| f).collect();
    let mut out = Vec::new();
    for &share in &narrative {
        let (Some(base), FactValue::Percent(_)) = (share.concept.strip_suffix(".share"), &share.value) else { continue };
        let (paragraph, at) = text_position(share);
        let earlier = || narrative.iter().copied().filter(move |f| text_position(f).0 == paragraph && text_position(f).1 < at);
        let Some(amount) = earlier().filter(|f| f.concept == base && f.dims == share.dims).max_by_key(|f| text_position(f).1) else { continue };
        let (Some(part), Some(stated)) = (Interval::of(amount), Interval::of(share)) else { continue };
        let computed: Vec<(&'a Fact, Interval, Interval)> = earlier()
            .filter(|f| text_position(f).1 < text_position(amount).1 && is_total_of_all(f) && matches!(f.value, FactValue::Money(_)))
            .filter_map(|f| {
                let total = at_least(f, part)?;
                Some((f, total, Interval::ratio_percent(part, total)?))
            })
            .collect();
        let Some(&(total, total_value, expected)) = computed.first() else { continue };
        if computed.iter().any(|(_, _, c)| c.meets(stated.rounded_or_truncated())) {
            continue;
        }
        let used = used_total(doc, base, part, stated);
        out.push(WrongShare { share, amount, total, total_value, stated, part, expected, used });
    }
    out
}

/// A total's interval, when it is not nil and not below the part it would be a total of.
fn at_least(total: &Fact, part: Interval) -> Option<Interval> {
    Interval::of(total).filter(|t| t.fen() >= part.fen() && !t.may_be_zero())
}

/// The one total of the document, other than the part itself, that gives `stated`.
fn used_total<'a>(doc: &Checked<'a>, base: &str, part: Interval, stated: Interval) -> Option<UsedTotal<'a>> {
    let side = base.split('.').next()?;
    if !stated.is_precise_to(PRECISE_TO) {
        return None;
    }
    let mut used: Vec<UsedTotal<'a>> = Vec::new();
    let fitting = doc
        .facts()
        .iter()
        .filter(|f| TOTALS.contains(&f.concept.as_str()) && f.concept.split('.').next() == Some(side) && fund_of(f).is_some())
        .filter_map(|f| Some((f, at_least(f, part).filter(|t| !t.meets(part))?)))
        .filter(|&(_, t)| Interval::ratio_percent(part, t).is_some_and(|c| c.meets(stated)));
    for (fact, value) in fitting {
        match used.iter_mut().find(|u| u.value.meets(value)) {
            Some(u) => u.facts.push(fact),
            None => used.push(UsedTotal { value, facts: vec![fact] }),
        }
    }
    // Two different totals that both give the share leave the author's one unknown.
    (used.len() == 1).then(|| used.pop()).flatten()
}

/// The fund a total is of: none (`Some("")`), 一般公共预算 or 财政拨款; `None` for other dimensions.
fn fund_of(total: &Fact) -> Option<&'static str> {
    match total.dims.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>()[..] {
        [] => Some(""),
        [("fund", "general_budget")] => Some("一般公共预算"),
        [("fund", "fiscal_appropriation")] => Some("财政拨款"),
        _ => None,
    }
}

impl UsedTotal<'_> {
    /// The names of the totals of this value: `支出总计`, `一般公共预算本年支出合计、本年支出合计`.
    pub fn names(&self) -> String {
        let mut names: Vec<String> = Vec::new();
        for f in &self.facts {
            let label = Taxonomy::builtin().get(&f.concept).map_or(f.concept.as_str(), |c| c.label_zh);
            let name = format!("{}{label}", fund_of(f).unwrap_or(""));
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names.join("、")
    }
}

impl WrongShare<'_> {
    /// The share, the amount and the paragraph's total, the places every finding of a wrong share shows.
    pub fn places(&self, doc: &Checked) -> Vec<Place> {
        vec![doc.place(self.share), doc.place(self.amount), doc.place(self.total)]
    }

    /// The arithmetic of the finding: the share the paragraph's total gives, and the stated one.
    pub fn set_percent(&self, f: &mut Finding) {
        f.expected = Some(format!("{}%", self.expected.percent_string()));
        f.found = Some(format!("{}%", self.stated.percent_string()));
        f.difference = Some(format!("{}%", self.stated.minus(self.expected).percent_string()));
    }
}

/// A total a share can be of: not of one class or item, but of everything (`本年支出合计`) or of
/// everything paid from one fund (`一般公共预算财政拨款支出2940.05万元`).
fn is_total_of_all(f: &Fact) -> bool {
    f.dims.keys().all(|k| *k == "fund")
}
