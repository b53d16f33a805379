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
          示例：《国有资本经营预算收支情况表》各栏均为空白，表下无说明。\n\n\
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
            f.places.push(Place::in_table(table, table.first_line, None));
            out.push(f);
        }
    }
}
