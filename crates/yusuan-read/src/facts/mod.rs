//! Facts from a recognized document: every figure of every table and every amount, share,
//! change and count stated in the narrative.

mod indicators;
mod narrative;
mod period;
mod table;

use yusuan_model::{Document, Fact, MoneyUnit, ReadDiagnostic, Taxonomy};

/// All facts of the document in source order (tables after the narrative), plus diagnostics for
/// figures whose meaning could not be recognized.
pub fn extract(doc: &Document) -> (Vec<Fact>, Vec<ReadDiagnostic>) {
    let taxonomy = Taxonomy::builtin();
    let mut facts = Vec::new();
    let mut diags = Vec::new();
    narrative::extract(doc, taxonomy, &mut facts, &mut diags);
    let unit = main_money_unit(doc);
    let final_account = doc.identity.kind == Some(yusuan_model::DocKind::FinalAccount);
    for (index, t) in doc.tables.iter().enumerate() {
        table::extract(index, t, t.money_unit.unwrap_or(unit), (final_account, doc.identity.year), &mut facts, &mut diags);
        indicators::extract(index, t, &mut facts);
    }
    (facts, diags)
}

/// The facts of the amounts the narrative states (`公务接待费1.00万元`), without shares, changes
/// and counts: what the tables' evidence takes from the narrative.
pub fn narrative_amounts(doc: &Document) -> Vec<Fact> {
    narrative::amounts(doc, Taxonomy::builtin())
}

/// The money unit most tables state; 万元 when none does.
pub fn main_money_unit(doc: &Document) -> MoneyUnit {
    let wan = doc.tables.iter().filter(|t| t.money_unit == Some(MoneyUnit::WanYuan)).count();
    let yuan = doc.tables.iter().filter(|t| t.money_unit == Some(MoneyUnit::Yuan)).count();
    if yuan > wan { MoneyUnit::Yuan } else { MoneyUnit::WanYuan }
}
