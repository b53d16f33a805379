//! The year-over-year statements of the narrative: an amount, its change (增加/减少) and its rate
//! (增长/下降), as one unit that NR101 and NR102 check.

use crate::context::{text_position, Checked};
use crate::finding::Place;
use crate::interval::Interval;
use yusuan_model::Fact;

/// A stated rate with the change and the current amount it is about (the nearest ones stated
/// before it in the same paragraph, of the same concept and dimensions).
pub struct StatedChange<'a> {
    pub current: &'a Fact,
    pub change: &'a Fact,
    pub rate: &'a Fact,
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
        let (current, change, rate) = (Interval::of(self.current)?, Interval::of(self.change)?, Interval::of(self.rate)?);
        Some(ChangeFigures { current, change, rate, previous: current.minus(change) })
    }

    /// The rate first, then the change and the amount.
    pub fn places(&self, doc: &Checked) -> Vec<Place> {
        vec![doc.place(self.rate), doc.place(self.change), doc.place(self.current)]
    }
}

pub fn stated_changes<'a>(doc: &Checked<'a>) -> Vec<StatedChange<'a>> {
    let narrative: Vec<&'a Fact> = doc.narrative_facts().map(|(_, f)| f).collect();
    let mut out = Vec::new();
    for rate in &narrative {
        let Some(base) = rate.concept.strip_suffix(".change_rate") else { continue };
        let (paragraph, at) = text_position(rate);
        let before = |suffix: &str| {
            let concept = format!("{base}{suffix}");
            narrative
                .iter()
                .filter(|f| f.concept == concept && f.dims == rate.dims)
                .filter(|f| text_position(f).0 == paragraph && text_position(f).1 < at)
                .max_by_key(|f| text_position(f).1)
                .copied()
        };
        if let (Some(current), Some(change)) = (before(""), before(".change")) {
            out.push(StatedChange { current, change, rate });
        }
    }
    out
}
