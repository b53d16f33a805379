//! NR109 function-class-misnamed

use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::interval::Interval;
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Dims, Fact, FactSource, FactValue, Taxonomy};

pub struct FunctionClassMisnamed;

static META: RuleMeta = RuleMeta {
    code: "NR109",
    name: "function-class-misnamed",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "说明把金额记在表格中没有支出的功能分类（类）名下，而表格把这一金额列在另一类下",
    summary_en: "the narrative puts an amount under a function class the tables do not spend in; the tables have it under another class",
    doc: "检查什么：说明中按支出功能分类的类（一般公共服务支出、卫生健康（类）……）写出的金额，\
          其类在各表中没有任何金额（没有一行的功能分类编码属于这一类并写有数字），\
          而表格中同一事项、同一维度的金额，在另一类下的某一科目（类、款、项的行，\
          或未列出该科目行时其下各末级科目之和）与说明的金额相符（按书写精度的区间）。\
          报告时指出表格把这一金额列在哪一类、哪一科目下。说到其他年度的句子不比较。\n\
          与 NR103 的分工：表格中有这一类的金额而与说明不符，是 NR103（说明与表格不符）；\
          表格中根本没有这一类，是本规则。两者不会对同一金额同时报告。\n\
          为什么：金额对而类别错，说明把支出归错了功能分类，读者会以为部门在这一类上有支出。\n\
          示例：说明称“一般公共服务支出 127.79 万元”，而各表只有 210 卫生健康支出：\
          127.79 = 2101501 行政运行 97.45 + 2101502 一般行政管理事务 30.34，是 21015 医疗保障管理事务。\n\n\
          What it checks: a narrative amount named by a function class (类) that no table spends in,\n\
          whose value the tables give under another class (a code's row, or the sum of its lowest\n\
          codes); the finding names that class. A class the tables do have, with another amount, is\n\
          NR103's.",
};

impl Rule for FunctionClassMisnamed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let year = doc.reading.document.identity.year;
        for (_, said) in doc.narrative_facts() {
            let FactValue::Money(_) = said.value else { continue };
            let Some(class) = said.dims.get("function").filter(|c| c.len() == 3) else { continue };
            if said.concept.ends_with(".change") || doc.sentence_year(said).is_some_and(|y| Some(y) != year) {
                continue;
            }
            let Some(stated) = Interval::of(said).filter(|s| !s.may_be_zero()) else { continue };
            if spends_in(doc, class) {
                continue;
            }
            if let Some(found) = where_it_stands(doc, said, stated) {
                out.push(finding(doc, said, class, stated, &found));
            }
        }
    }
}

/// Whether a table writes an amount on a row of the class (NR103 then compares).
fn spends_in(doc: &Checked, class: &str) -> bool {
    doc.tables()
        .iter()
        .flat_map(|t| &t.rows)
        .any(|r| r.codes.function.as_deref().is_some_and(|c| c.starts_with(class)) && r.cells.iter().any(Option::is_some))
}

/// Facts with their 功能分类 code.
type Coded<'a> = Vec<(&'a str, &'a Fact)>;

/// Where the tables have an amount: a code (`210`, `21015`, `2101501`) in one column of one table,
/// with its row, or the rows of its lowest codes when it has none.
struct Stands<'a> {
    table: usize,
    column: usize,
    code: String,
    rows: Coded<'a>,
}

/// The first code, in another class, whose amount in one column of a table agrees with the
/// narrative's: classes before 款 before 项, then in table and column order. Only facts of the
/// narrative's concept and other dimensions are compared.
fn where_it_stands<'a>(doc: &Checked<'a>, said: &Fact, stated: Interval) -> Option<Stands<'a>> {
    fn others(d: &Dims) -> Vec<(&'static str, &str)> {
        d.iter().filter(|(k, _)| **k != "function").map(|(k, v)| (*k, v.as_str())).collect()
    }
    let wanted = others(&said.dims);
    // (table, column) → the coded facts of that column.
    let mut columns: Vec<((usize, usize), Coded)> = Vec::new();
    for f in doc.facts() {
        let FactSource::Table { table, column, .. } = f.source else { continue };
        let Some(code) = f.dims.get("function") else { continue };
        if f.concept != said.concept || others(&f.dims) != wanted {
            continue;
        }
        match columns.iter_mut().find(|(k, _)| *k == (table, column)) {
            Some((_, facts)) => facts.push((code.as_str(), f)),
            None => columns.push(((table, column), vec![(code.as_str(), f)])),
        }
    }
    for len in [3, 5, 7] {
        for ((table, column), facts) in &columns {
            let mut prefixes: Vec<&str> = Vec::new();
            for prefix in facts.iter().filter_map(|(c, _)| c.get(..len)) {
                if prefixes.contains(&prefix) {
                    continue;
                }
                prefixes.push(prefix);
                let Some(rows) = amount_of(facts, prefix) else { continue };
                let sum = rows.iter().filter_map(|(_, f)| Interval::of(f)).reduce(Interval::plus);
                if sum.is_some_and(|s| s.meets(stated)) {
                    return Some(Stands { table: *table, column: *column, code: prefix.to_string(), rows });
                }
            }
        }
    }
    None
}

/// The facts that make up the amount of `code` in a column: its own row, else its lowest codes;
/// none when a code of them is listed twice.
fn amount_of<'a>(facts: &[(&'a str, &'a Fact)], code: &str) -> Option<Coded<'a>> {
    let listed = |c: &str| facts.iter().filter(|(d, _)| *d == c).count();
    if listed(code) > 0 {
        return (listed(code) == 1).then(|| facts.iter().filter(|(d, _)| *d == code).copied().collect());
    }
    let lowest: Coded =
        facts.iter().filter(|(c, _)| c.starts_with(code) && !facts.iter().any(|(d, _)| d.len() > c.len() && d.starts_with(c))).copied().collect();
    (!lowest.is_empty() && lowest.iter().all(|(c, _)| listed(c) == 1)).then_some(lowest)
}

fn class_name(code: &str) -> &'static str {
    Taxonomy::builtin().function_classes.iter().find(|c| c.code == code).map_or("", |c| c.name)
}

fn finding(doc: &Checked, said: &Fact, class: &str, stated: Interval, found: &Stands) -> Finding {
    let table = &doc.tables()[found.table];
    let header = table.columns[found.column].header.join("/");
    let other = &found.code[..3];
    let row_of = |f: &Fact| match f.source {
        FactSource::Table { row, .. } => table.rows[row].label.as_str(),
        _ => "",
    };
    let named = |code: &str, f: &Fact| format!("{code} {}", row_of(f)).trim_end().to_string();
    // The code under the class, when it is not the class itself: its row, or its lowest codes.
    let detail = match &found.rows[..] {
        _ if found.code.len() == 3 => None,
        [(code, f)] if *code == found.code => Some(named(code, f)),
        rows => {
            let parts: Vec<String> = rows.iter().map(|(code, f)| format!("{} {}", named(code, f), Interval::of(f).map_or(String::new(), |i| wan_yuan(i.fen())))).collect();
            Some(format!("{} = {}", found.code, parts.join(" + ")))
        }
    };
    let (detail_zh, detail_en) = detail.map_or((String::new(), String::new()), |d| (format!("（{d}）"), format!(" ({d})")));
    let mut f = META.finding(
        format!(
            "说明把 {} 记作 {class} {}，而表格中没有 {class} 类的支出；表“{}”的“{header}”中这一金额在 {other} {} 类下{detail_zh}",
            wan_yuan(stated.fen()),
            class_name(class),
            table.title,
            class_name(other)
        ),
        format!(
            "the narrative puts {} under {class} {}, a class no table spends in; table {:?} ({header}) has this amount under {other} {}{detail_en}",
            wan_yuan(stated.fen()),
            class_name(class),
            table.title,
            class_name(other)
        ),
    );
    f.places.push(doc.place(said));
    f.places.extend(found.rows.iter().map(|(_, fact)| doc.place(fact)));
    f.expected = Some(format!("{other} {}", class_name(other)));
    f.found = Some(format!("{class} {}", class_name(class)));
    f
}
