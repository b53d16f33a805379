//! CL106 same-code-two-names

use super::lists;
use super::printed::{folded, names_classes, row_place};
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use yusuan_model::{Table, TableRow};

pub struct SameCodeTwoNames;

static META: RuleMeta = RuleMeta {
    code: "CL106",
    name: "same-code-two-names",
    category: Category::Classification,
    severity: Severity::Warning,
    summary: "同一支出功能分类科目在文档中印有两个不同的名称",
    summary_en: "one 支出功能分类 code printed with two different names in the document",
    doc: "检查什么：同一个支出功能分类科目（款、项，以及清单中没有的类）在各表中所印的名称是否一致。\
          款、项没有可用的官方清单，这是相对检查：只比较文档自身，不判断哪个名称正确，故为警告。\
          忽略空格、括号全半角、末尾“支出”；一个名称是另一个的截断（单元格过窄）或只多出一个字\
          （转换时折行的字混入相邻单元格）时视为同一名称。已在清单中的类由 CL103 按规范名称检查。\n\
          为什么：同一编码两个名称，至少有一处编码或名称抄错。\n\
          示例：收入总表“2101501 行政运行”，支出总表“2101501 一般行政管理事务”。\n\n\
          What it checks: that a function code (款, 项, or a 类 not on the list) carries one name\n\
          throughout the document; a relative check, since no official 款/项 list is available.\n\
          Why: two names for one code mean a code or a name was copied wrongly somewhere.",
};

struct Printed<'a> {
    name: String,
    table: &'a Table,
    row: &'a TableRow,
}

impl Rule for SameCodeTwoNames {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        // Per code, in order of first appearance: each distinct name and where it was first printed.
        let mut codes: Vec<(&str, Vec<Printed>)> = Vec::new();
        for table in doc.tables().iter().filter(|t| names_classes(t)) {
            for row in &table.rows {
                let Some(code) = row.codes.function.as_deref() else { continue };
                if code.len() == 3 && lists::function_class(code).is_some() {
                    continue;
                }
                let Some(name) = row.name_of(code).map(folded) else { continue };
                let name = name.strip_suffix("支出").unwrap_or(&name).to_string();
                if name.is_empty() {
                    continue;
                }
                let at = match codes.iter().position(|(c, _)| *c == code) {
                    Some(at) => at,
                    None => {
                        codes.push((code, Vec::new()));
                        codes.len() - 1
                    }
                };
                let Some((_, names)) = codes.get_mut(at) else { continue };
                if !names.iter().any(|p| same_name(&p.name, &name)) {
                    names.push(Printed { name, table, row });
                }
            }
        }
        for (code, names) in &codes {
            let Some((first, others)) = names.split_first() else { continue };
            for other in others {
                let mut f = META.finding(
                    format!("科目 {code} 在表“{}”中名为“{}”，在表“{}”中名为“{}”", first.table.title, first.name, other.table.title, other.name),
                    format!("{code} is named {:?} in table {:?} and {:?} in table {:?}", first.name, first.table.title, other.name, other.table.title),
                );
                f.places.push(row_place(doc, other.table, other.row, &[&other.name, code]));
                f.places.push(row_place(doc, first.table, first.row, &[&first.name, code]));
                f.expected = Some(first.name.clone());
                f.found = Some(other.name.clone());
                out.push(f);
            }
        }
    }
}

/// Whether two folded names are one name as printed: equal, one cut short by a narrow cell
/// (`财政对城乡居民`), or one with a single stray character a wrapped neighbouring cell left in it
/// (`行行政运行`, `机出关事业单位基`).
fn same_name(a: &str, b: &str) -> bool {
    let (short, long) = if a.chars().count() <= b.chars().count() { (a, b) } else { (b, a) };
    if long.contains(short) {
        return true;
    }
    short.chars().count() >= 4
        && short.char_indices().any(|(at, c)| {
            let without = format!("{}{}", &short[..at], &short[at + c.len_utf8()..]);
            long.contains(&without)
        })
}

#[cfg(test)]
mod tests {
    use super::same_name;

    #[test]
    fn cut_and_stray_characters_are_the_same_name() {
        assert!(same_name("机关事业单位基本养老保险缴费", "机关事业单位基本养老保险缴"));
        assert!(same_name("行政运行", "行行政运行"));
        assert!(same_name("机出关事业单位基", "机关事业单位基本养老保险缴费"));
        assert!(!same_name("行政运行", "一般行政管理事务"));
        assert!(!same_name("行政单位医疗", "事业单位医疗"));
    }
}
