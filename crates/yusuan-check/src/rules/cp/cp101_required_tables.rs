//! CP101 required-tables

use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use std::sync::OnceLock;
use yusuan_model::{DocKind, TableKind};
use yusuan_read::recognize::table_kind;

pub struct RequiredTables;

static META: RuleMeta = RuleMeta {
    code: "CP101",
    name: "required-tables",
    category: Category::Completeness,
    severity: Severity::Error,
    summary: "缺少规定必须公开的表格",
    summary_en: "a table the disclosure rules require is missing",
    doc: "检查什么：财政部《财政预决算领域基层政务公开标准指引》（重申财预〔2016〕143号）要求部门预算\
          公开的九张表（部门收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、\
          一般公共预算基本支出表、“三公”经费支出表、政府性基金预算支出表、国有资本经营预算支出表）\
          是否都在正文中；没有数据的表也应列出并附空表说明。目录中列出而正文没有的，一并指出。\n\
          为什么：缺表是审核中最基本的不合格项，也常是目录照抄模板、正文漏贴表格所致。\n\
          示例：栾川县医疗保障局 2020 年预算目录列有“五、一般公共预算支出情况表”，正文中没有这张表。\n\n\
          要求本身年份不确定或未经核实的（数据中年份以 ~ 开头或注明 not verified，如国有资本经营预算支出表），\
          缺少时只给警告。\n\
          决算检查上海市 2024 年部门决算模板（附件2）列出的九张决算表；非上海的决算只给警告。\n\
          文件中一张表也没有、而说明称表格“附后”或见附件（北京的情况说明与预算报表分为附件1、附件2）时，\
          表格是另行公开的：只给一条提示，说明本文件的表格未检查。\n\
          What it checks: the nine tables the MOF guide requires in a department budget are in the body\n\
          (data/disclosure_required_parts.csv, template mof-baseline); for a final account, the nine of\n\
          Shanghai's 2024 template (template shanghai-final-2024; warnings outside Shanghai).",
};

/// A table the disclosure rules require: its kind, the title the rules give it, and whether the
/// requirement is certain — a row whose years are approximate (`~2019-`) or whose note says it
/// was not verified gives a warning, not an error.
struct Required {
    kind: TableKind,
    title: &'static str,
    certain: bool,
}

/// The tables required of a budget (the national baseline) and of a final account (the only
/// final-account list gathered so far: Shanghai's 2024 template, 附件2).
fn required(kind: DocKind) -> &'static [Required] {
    static BUDGET: OnceLock<Vec<Required>> = OnceLock::new();
    static FINAL: OnceLock<Vec<Required>> = OnceLock::new();
    let (cell, template, doc_type) = match kind {
        DocKind::Budget => (&BUDGET, "mof-baseline", "budget"),
        DocKind::FinalAccount => (&FINAL, "shanghai-final-2024", "final"),
    };
    cell.get_or_init(|| {
        include_str!("../../../data/disclosure_required_parts.csv")
            .lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.split(',').collect();
                let (row_template, years, row_doc_type, part, title) = (*f.first()?, *f.get(2)?, *f.get(3)?, *f.get(4)?, *f.get(6)?);
                (row_template == template && row_doc_type == doc_type && part == "table").then_some(())?;
                let certain = !years.starts_with('~') && !l.contains("not verified");
                Some(Required { kind: table_kind(title)?, title, certain })
            })
            .collect()
    })
}

impl Rule for RequiredTables {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let document = &doc.reading.document;
        let Some(doc_kind) = document.identity.kind else { return };
        // The final-account list is Shanghai's: elsewhere it gives warnings.
        let local = doc_kind == DocKind::Budget || document.identity.unit.as_deref().is_some_and(|u| u.starts_with("上海"));
        let body_start = doc.tables().first().map_or(doc.line_count() + 1, |t| t.first_line);
        if doc.tables().is_empty() && !document.paragraphs.is_empty() {
            out.push(no_tables(doc, required(doc_kind)));
            return;
        }
        for &Required { kind, title, certain } in required(doc_kind) {
            if doc.tables().iter().any(|t| t.kind == kind) {
                continue;
            }
            // Where the 目录 lists it, if it does.
            let listed = (1..body_start).find(|&n| doc.line(n).is_some_and(|l| table_kind(l) == Some(kind)));
            let mut f = META.finding(
                match listed {
                    Some(n) => format!("缺少{}（目录第{n}行列有此表，正文中没有）", kind.label_zh()),
                    None => format!("缺少{}（{title}）", kind.label_zh()),
                },
                format!("the required table {title} ({}) is missing{}", kind.id(), if listed.is_some() { "; the contents list it" } else { "" }),
            );
            let line = listed.unwrap_or(document.paragraphs.first().map_or(1, |p| p.span.line));
            let needle = doc.line(line).filter(|_| listed.is_some()).map(|l| l.trim_start_matches(['-', ' ', '#']).trim().to_string());
            let (label, label_en) = if listed.is_some() { ("目录", "contents") } else { ("文档", "document") };
            f.places.push(Place { span: yusuan_model::Span::line(line), needle, label: label.into(), label_en: label_en.into() });
            if !(certain && local) {
                f.severity = Severity::Warning;
            }
            f.expected = Some(title.to_string());
            f.found = Some("无 / none".into());
            out.push(f);
        }
    }
}

/// A document that prints none of its tables (`具体公开表样附后`, and nothing after): one finding
/// for the lot, at the narrative's first line, rather than one per table.
fn no_tables(doc: &Checked, tables: &[Required]) -> Finding {
    let titles: Vec<&str> = tables.iter().map(|r| r.title).collect();
    let mut f = META.finding(
        format!("正文中没有任何规定公开的表格（应有 {} 张：{}）", titles.len(), titles.join("、")),
        format!("the document prints none of the {} required tables", titles.len()),
    );
    // Where the document says the tables follow or are attached (`具体公开表样附后`, `附件：…部门预算
    // 报表`), else where its text begins. Published apart, they are not missing: what this file
    // cannot show is a note.
    let said = (1..=doc.line_count()).find_map(|n| doc.line(n).and_then(|l| tables_elsewhere(l).map(|w| (n, w))));
    let line = said.map_or_else(|| doc.reading.document.paragraphs.first().map_or(1, |p| p.span.line), |(n, _)| n);
    if said.is_some() {
        f.severity = Severity::Info;
        f.message = format!("本文件没有表格，说明称表格附后或见附件（应有 {} 张：{}）：表格未检查", titles.len(), titles.join("、"));
        f.message_en = format!("this file prints none of the {} required tables; it says they are attached: they were not checked", titles.len());
    }
    let needle = said.map(|(_, w)| w.to_string());
    f.places.push(Place { span: yusuan_model::Span::line(line), needle, label: "文档".into(), label_en: "document".into() });
    f.expected = Some(format!("{} 张表 / tables", titles.len()));
    f.found = Some("无 / none".into());
    f
}

/// The words by which a line says the tables are published apart: `附后`, or an attachment that
/// names tables (`附件：北京市审计局2026年度部门预算报表`, `详见附件`).
fn tables_elsewhere(line: &str) -> Option<&'static str> {
    if line.contains("附后") {
        return Some("附后");
    }
    let attached = line.contains("附件") && (line.contains("表") || line.contains("详见"));
    attached.then_some("附件")
}
