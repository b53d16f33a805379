//! CP102 empty-table-note

use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::TableKind;

pub struct EmptyTableNote;

static META: RuleMeta = RuleMeta {
    code: "CP102",
    name: "empty-table-note",
    category: Category::Completeness,
    severity: Severity::Warning,
    summary: "空表没有说明为何无数据",
    summary_en: "an empty table does not say why it has no figures",
    doc: "检查什么：没有任何数字的表格，是否附有空表说明（如“本部门无政府性基金预算拨款安排的支出，\
          故此表无数据”）。\n\
          为什么：公开规程要求无数据的表也要公开并说明原因；只印表头，读者无法区分“没有”与“漏填”。\n\
          示例：《国有资本经营预算收支情况表》各栏均为空白，表下无说明。\n\
          表外已有交代的只给提示：情况说明称该资金为 0 或没有（上海模板：“政府性基金拨款支出预算为0”），\
          或本文件只有表格、情况说明另行公开（北京附件2）。\n\n\
          What it checks: a table without a single figure carries a note saying why.",
};

impl Rule for EmptyTableNote {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for table in doc.tables() {
            // Performance tables are text as much as figures; PF103 looks at their values.
            let performance = matches!(table.kind, TableKind::DepartmentPerformance | TableKind::ProjectPerformance);
            let has_figure = table.rows.iter().any(|r| r.cells.iter().any(Option::is_some));
            if performance || has_figure || table.note.is_some() {
                continue;
            }
            let mut f = META.finding(
                format!("表“{}”没有数字，也没有说明原因", table.title),
                format!("table {:?} has no figures and no note saying why", table.title),
            );
            // Accounted for outside the table: a note that it is empty, not a defect.
            if let Some(why) = explained_elsewhere(doc, table.kind) {
                f.severity = Severity::Info;
                f.message = format!("表“{}”没有数字，表中没有空表说明；{}", table.title, why.zh());
                f.message_en = format!("table {:?} has no figures and no note of its own; {}", table.title, why.en());
            }
            f.places.push(Place::in_table(table, table.first_line, None));
            out.push(f);
        }
    }
}

/// How a document accounts for an empty table outside it.
enum Elsewhere {
    /// The narrative says the table's fund is nothing.
    Narrative,
    /// No narrative here: a tables-only attachment, whose 情况说明 is another file.
    NoNarrative,
}

impl Elsewhere {
    fn zh(&self) -> &'static str {
        match self {
            Elsewhere::Narrative => "说明中称其资金为零或没有",
            Elsewhere::NoNarrative => "本文件没有情况说明（说明另行公开），空表原因无从核对",
        }
    }

    fn en(&self) -> &'static str {
        match self {
            Elsewhere::Narrative => "the narrative says its fund is nothing",
            Elsewhere::NoNarrative => "this file has no narrative (published apart), so the reason cannot be checked",
        }
    }
}

/// Whether the document accounts for an empty table outside it: the narrative says the table's
/// fund is nothing (`政府性基金拨款支出预算为0`, `本单位无国有资本经营预算`), or there is no
/// narrative at all.
fn explained_elsewhere(doc: &Checked, kind: TableKind) -> Option<Elsewhere> {
    if doc.reading.document.sections.is_empty() {
        return Some(Elsewhere::NoNarrative);
    }
    let subject = match kind {
        TableKind::GovFundExpense => "政府性基金",
        TableKind::SoeCapitalExpense => "国有资本经营",
        TableKind::ThreePublic => "三公",
        _ => return None,
    };
    let says_nothing = |sentence: &str| {
        let zero = sentence.split(subject).skip(1).any(|after| {
            let after: String = after.chars().take(24).filter(|c| !c.is_whitespace()).collect();
            ["为0", "为零", "0万元", "0元"].iter().any(|w| after.contains(w) && !preceded_by_digit(&after, w))
        });
        // `无政府性基金`, `无当年政府性基金预算收支`: the word of none a few characters before.
        let none_before = sentence.match_indices(subject).any(|(at, _)| {
            let before: String = sentence[..at].chars().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
            ["无", "没有", "未安排", "不涉及", "未使用"].iter().any(|w| before.contains(w))
        });
        zero || none_before
    };
    let paragraphs = &doc.reading.document.paragraphs;
    paragraphs.iter().flat_map(|p| p.text.split(['。', '；', ';'])).any(says_nothing).then_some(Elsewhere::Narrative)
}

/// Whether every `word` (starting with a digit) in `text` stands right after another digit:
/// `10万元` is not `0万元`.
fn preceded_by_digit(text: &str, word: &str) -> bool {
    text.match_indices(word).all(|(at, _)| text[..at].chars().next_back().is_some_and(|c| c.is_ascii_digit() || c == '.'))
}
