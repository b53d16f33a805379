//! The reader's diagnostics as rules: what the reader saw but could not fully understand. They
//! are reported with the checker's findings so that a reviewer sees which figures no rule could
//! check, and can select or ignore them like any rule.

use crate::context::Checked;
use crate::finding::{Finding, Place};
use crate::rule::{Rule, RuleMeta};

/// A reader diagnostic code and its documentation.
pub struct ReaderRule(pub &'static RuleMeta);

impl Rule for ReaderRule {
    fn meta(&self) -> &'static RuleMeta {
        self.0
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for diagnostic in doc.reading.document.diagnostics.iter().filter(|d| d.code == self.0.code) {
            let mut f = self.0.finding(diagnostic.message.clone(), diagnostic.message_en.clone());
            f.places.push(Place { span: diagnostic.span, needle: None, label: "读取".into(), label_en: "reader".into() });
            out.push(f);
        }
    }
}
