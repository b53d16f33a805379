//! Checking a read disclosure like a linter: rules over its facts and document, each with a
//! stable code, findings that point at the number with the arithmetic, and reporters.

pub mod confidence;
pub mod context;
pub mod finding;
pub mod interval;
pub mod report;
pub mod rule;
pub mod rules;

pub use finding::{Finding, Place, Severity};
pub use rule::{Category, Rule, RuleMeta};

use context::Checked;
use yusuan_read::Reading;

/// Which rules run: codes or code prefixes to select (all when empty) and to ignore; and the
/// lowest severity reported.
#[derive(Debug, Clone)]
pub struct Selection {
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub minimum: Severity,
}

impl Default for Selection {
    fn default() -> Self {
        Selection { select: Vec::new(), ignore: Vec::new(), minimum: Severity::Info }
    }
}

impl Selection {
    pub fn runs(&self, code: &str) -> bool {
        let matches = |list: &[String]| list.iter().any(|p| code.starts_with(p.as_str()));
        (self.select.is_empty() || matches(&self.select)) && !matches(&self.ignore)
    }
}

/// Runs the selected rules on a read document; findings in source order.
pub fn check(reading: &Reading, selection: &Selection) -> Vec<Finding> {
    let doc = Checked::new(reading);
    let mut out = Vec::new();
    for rule in rules::ALL.iter().filter(|r| selection.runs(r.meta().code)) {
        run_rule(*rule, &doc, &mut out);
    }
    drop_unsure(&doc, &mut out);
    out.retain(|f| f.severity >= selection.minimum);
    out.sort_by_key(|f| (f.line(), f.code));
    // The same statement read as two facts (`收、支总计各增加…`) is one finding.
    out.dedup_by(|a, b| a.code == b.code && a.line() == b.line() && a.message == b.message);
    // A paged source (PDF): every place also names its page.
    for place in out.iter_mut().flat_map(|f| f.places.iter_mut()) {
        place.span.page = place.span.page.or_else(|| reading.page_of(place.span.line));
    }
    out
}

/// Drops every error and warning with a place in a table the document's own arithmetic does not
/// bear out ([`confidence`]): the claim would rest on a reading yusuan is not sure of.
fn drop_unsure(doc: &Checked, out: &mut Vec<Finding>) {
    let unsure: Vec<(u32, u32)> =
        confidence::unsure_tables(doc).iter().map(|t| &doc.tables()[t.table]).map(|t| (t.first_line, t.last_line)).collect();
    if unsure.is_empty() {
        return;
    }
    let in_unsure = |f: &Finding| f.places.iter().any(|p| unsure.iter().any(|&(first, last)| (first..=last).contains(&p.span.line)));
    out.retain(|f| f.severity == Severity::Info || !in_unsure(f));
}

/// Runs one rule. A rule that fails on a document loses its own findings only, and says so.
fn run_rule(rule: &dyn Rule, doc: &Checked, out: &mut Vec<Finding>) {
    let mut found = Vec::new();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| rule.check(doc, &mut found))) {
        Ok(()) => out.append(&mut found),
        Err(_) => out.push(rule_failed(rule.meta())),
    }
}

/// What a rule that failed on the document reports instead of its findings.
fn rule_failed(meta: &'static rule::RuleMeta) -> Finding {
    let mut f = meta.finding(
        format!("规则 {} 检查本文档时出错（程序内部错误），此项检查的结果缺失；请报告此问题", meta.code),
        format!("rule {} failed on this document (an internal error); its results are missing: please report it", meta.code),
    );
    f.severity = finding::Severity::Warning;
    f
}

/// The rule with this code.
pub fn rule(code: &str) -> Option<&'static dyn Rule> {
    rules::ALL.iter().copied().find(|r| r.meta().code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Failing;

    static FAILING: RuleMeta = RuleMeta {
        code: "ZZ999",
        name: "failing",
        category: Category::Text,
        severity: Severity::Error,
        summary: "测试",
        summary_en: "test",
        doc: "测试",
    };

    impl Rule for Failing {
        fn meta(&self) -> &'static RuleMeta {
            &FAILING
        }

        fn check(&self, _: &Checked, out: &mut Vec<Finding>) {
            out.push(FAILING.finding("半途".into(), "halfway".into()));
            panic!("a rule's bug");
        }
    }

    #[test]
    fn a_failing_rule_says_so_and_keeps_the_others() {
        let reading = yusuan_read::read_bytes("测试县医疗保障局\n2025年部门预算\n".as_bytes()).expect("reads");
        let doc = Checked::new(&reading);
        let mut out = vec![FAILING.finding("之前".into(), "before".into())];
        run_rule(&Failing, &doc, &mut out);
        assert_eq!(out.len(), 2, "the finding before stays, the half-done ones go");
        assert!(out[1].message.contains("出错") && out[1].severity == Severity::Warning);
    }
}

