//! The year-over-year statements of the narrative: an amount, its change (增加/减少) or the
//! amount of the year compared with (`2025年当年预算执行数为…`), and its rate (增长/下降), as one
//! unit that NR101 and NR102 check.

use crate::context::{text_position, Checked};
use crate::finding::Place;
use crate::interval::Interval;
use yusuan_model::Fact;

/// A stated rate with the current amount and the change or previous amount it is computed
/// from (the nearest ones stated before it in the same paragraph, of the same concept and
/// dimensions).
pub struct StatedChange<'a> {
    pub current: &'a Fact,
    pub basis: Basis<'a>,
    pub rate: &'a Fact,
}

/// What the rate is computed from besides the current amount.
pub enum Basis<'a> {
    /// `增加B万元，增长C%`: the previous year is A − B.
    Change(&'a Fact),
    /// `上年执行数为P万元 … 增长C%`: the change is A − P.
    Previous(&'a Fact),
}

/// The figures of a [`StatedChange`] as intervals, with the previous year's amount they imply.
pub struct ChangeFigures {
    pub current: Interval,
    pub change: Interval,
    pub rate: Interval,
    pub previous: Interval,
}

impl StatedChange<'_> {
    pub fn figures(&self) -> Option<ChangeFigures> {
        let (current, rate) = (Interval::of(self.current)?, Interval::of(self.rate)?);
        let (change, previous) = match self.basis {
            Basis::Change(change) => {
                let change = Interval::of(change)?;
                (change, current.minus(change))
            }
            Basis::Previous(previous) => {
                let previous = Interval::of(previous)?;
                (current.minus(previous), previous)
            }
        };
        Some(ChangeFigures { current, change, rate, previous })
    }

    /// The rate first, then the change or previous amount, and the amount.
    pub fn places(&self, doc: &Checked) -> Vec<Place> {
        let basis = match self.basis {
            Basis::Change(f) | Basis::Previous(f) => f,
        };
        vec![doc.place(self.rate), doc.place(basis), doc.place(self.current)]
    }
}

pub fn stated_changes<'a>(doc: &Checked<'a>) -> Vec<StatedChange<'a>> {
    let narrative: Vec<&'a Fact> = doc.narrative_facts().map(|(_, f)| f).collect();
    let mut out = Vec::new();
    for rate in &narrative {
        let Some(base) = rate.concept.strip_suffix(".change_rate") else { continue };
        let before = |suffix: &str| stated_before(&narrative, &format!("{base}{suffix}"), rate);
        let basis = before(".change").map(Basis::Change).or_else(|| before(".previous").map(Basis::Previous));
        if let (Some(current), Some(basis)) = (before(""), basis) {
            out.push(StatedChange { current, basis, rate });
        }
    }
    out
}

/// The figure of `concept` with the dimensions of `figure` stated nearest before it in its
/// paragraph.
pub fn stated_before<'a>(narrative: &[&'a Fact], concept: &str, figure: &Fact) -> Option<&'a Fact> {
    let (paragraph, at) = text_position(figure);
    narrative
        .iter()
        .filter(|f| f.concept == concept && f.dims == figure.dims)
        .filter(|f| text_position(f).0 == paragraph && text_position(f).1 < at)
        .max_by_key(|f| text_position(f).1)
        .copied()
}
