//! NR115 amount-for-an-empty-table

use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Place, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use crate::rules::cp::cp104_note_denies_figures::{first_non_zero, EMPTY_WORDS};
use yusuan_model::{Fact, Table, TableKind};

pub struct AmountForAnEmptyTable;

static META: RuleMeta = RuleMeta {
    code: "NR115",
    name: "amount-for-an-empty-table",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "说明写了某类支出的金额，该类的表却是空表",
    summary_en: "the narrative states spending of a kind whose table is printed empty",
    doc: "检查什么：说明写出本年政府性基金预算支出、国有资本经营预算支出或“三公”经费的非零金额，\
          而对应的表（政府性基金预算支出表、国有资本经营预算支出表、“三公”经费表）印为空表：\
          表下注明“空表”“无数据”，或表中印出的数全为零。表中没有读到任何数字又没有空表说明的\
          （可能是读取失败），不报告；说明中明写其他年度的金额（“2025年……”）也不报告。\n\
          为什么：说明与表格必有一处是错的，通常是表格沿用了上年的空表，或说明沿用了上年的数字。\n\
          示例：说明“2026年政府性基金预算支出12.00万元”，政府性基金预算支出表注“本部门无政府性基金\
          预算拨款安排的支出，故此表无数据”。\n\n\
          What it checks: a non-zero amount of this year's government-fund, state-capital or “三公”\n\
          spending stated in the narrative while its table is printed empty (its note says 空表/无数据,\n\
          or every printed figure is zero). A table with no figures read and no such note (perhaps\n\
          not read) is left alone, and so is an amount the sentence says is of another year.",
};

/// Whether a narrative fact is of the kind of spending a table holds.
type OfKind = fn(&Fact) -> bool;

/// The tables that hold one kind of spending each, and whether a narrative fact is of that kind.
const KINDS: [(TableKind, OfKind); 3] = [
    (TableKind::GovFundExpense, |f| f.dims.get("fund").is_some_and(|v| v == "gov_fund") && f.concept.starts_with("expense.")),
    (TableKind::SoeCapitalExpense, |f| {
        f.concept.starts_with("expense.")
            && (f.dims.get("fund").is_some_and(|v| v == "soe_capital") || f.dims.get("function").is_some_and(|c| c.starts_with("223")))
    }),
    (TableKind::ThreePublic, |f| f.concept.starts_with("three_public.")),
];

impl Rule for AmountForAnEmptyTable {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let year = doc.reading.document.identity.year;
        for (kind, of_kind) in KINDS {
            let Some((table, line, word)) = doc.tables().iter().filter(|t| t.kind == kind).find_map(|t| printed_empty(doc, t).map(|(l, w)| (t, l, w))) else {
                continue;
            };
            let stated = doc.narrative_facts().map(|(_, f)| f).find(|f| {
                of_kind(f)
                    && this_years(&f.concept)
                    && Interval::of(f).is_some_and(|v| !v.may_be_zero())
                    && doc.sentence_year(f).is_none_or(|y| Some(y) == year)
            });
            let Some(fact) = stated else { continue };
            let Some(amount) = Interval::of(fact) else { continue };
            let mut f = META.finding(
                format!("说明写了 {}，表“{}”却{word}", wan_yuan(amount.fen()), table.title),
                format!("the narrative states {}, but table {:?} is printed empty", wan_yuan(amount.fen()), table.title),
            );
            f.places.push(doc.place(fact));
            f.places.push(Place::in_table(table, line, None));
            f.set_money(0, amount.fen());
            out.push(f);
        }
    }
}

/// Whether a concept is an amount of this year (not a change, a rate, a share or last year's).
fn this_years(concept: &str) -> bool {
    ![".change", ".change_rate", ".previous", ".share"].iter().any(|s| concept.ends_with(s))
}

/// Whether `table` is printed empty: the line that says so and how (`注明无数据` / `全为零`).
fn printed_empty(doc: &Checked, table: &Table) -> Option<(u32, &'static str)> {
    if first_non_zero(table).is_some() {
        return None;
    }
    if let Some(word) = table.note.as_deref().and_then(|note| EMPTY_WORDS.iter().find(|w| note.contains(**w))) {
        return Some((doc.table_line_with(table, word), "注明为空表或无数据"));
    }
    let zero = table.rows.iter().flat_map(|r| r.cells.iter().flatten()).next()?;
    Some((zero.span.line, "印出的数全为零"))
}
