//! What the cross-table rules share: facts of one key in two tables of different kinds must agree.

use crate::context::{wan_yuan, Checked};
use crate::finding::Finding;
use crate::interval::Interval;
use crate::rule::RuleMeta;
use yusuan_model::{Dims, Fact, FactSource};

/// Reports every fact whose key (concept and dimensions, as `key` makes it for the facts in
/// scope) was stated with another value in an earlier table of another kind.
pub fn disagreements(doc: &Checked, meta: &'static RuleMeta, key: impl Fn(&Fact, usize) -> Option<Dims>, out: &mut Vec<Finding>) {
    let tables = doc.tables();
    let facts: Vec<(&Fact, usize, Dims)> = doc
        .facts()
        .iter()
        .filter_map(|f| match f.source {
            FactSource::Table { table, .. } => Some((f, table, key(f, table)?)),
            _ => None,
        })
        .collect();
    for (i, (later, t2, dims)) in facts.iter().enumerate() {
        let Some((earlier, t1, _)) = facts[..i].iter().find(|(f, t1, d)| t1 != t2 && tables[*t1].kind != tables[*t2].kind && f.concept == later.concept && d == dims) else {
            continue;
        };
        let (Some(a), Some(b)) = (Interval::of(earlier), Interval::of(later)) else { continue };
        if a.meets(b) {
            continue;
        }
        let mut f = meta.finding(
            format!("表“{}”为 {}，表“{}”为 {}", tables[*t1].title, wan_yuan(a.fen()), tables[*t2].title, wan_yuan(b.fen())),
            format!("table {:?} states {}, table {:?} {}", tables[*t1].title, wan_yuan(a.fen()), tables[*t2].title, wan_yuan(b.fen())),
        );
        f.places = vec![doc.place(later), doc.place(earlier)];
        f.set_money(a.fen(), b.fen());
        out.push(f);
    }
}
