//! A rule: stable code, kebab name, category, default severity and documentation, and the check.

use crate::context::Checked;
use crate::finding::{Finding, Severity};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Identity,
    Arithmetic,
    CrossTable,
    Narrative,
    Classification,
    Completeness,
    Performance,
    Text,
    Reader,
}

impl Category {
    pub fn prefix(self) -> &'static str {
        match self {
            Category::Identity => "ID",
            Category::Arithmetic => "AR",
            Category::CrossTable => "XT",
            Category::Narrative => "NR",
            Category::Classification => "CL",
            Category::Completeness => "CP",
            Category::Performance => "PF",
            Category::Text => "TX",
            Category::Reader => "RD",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Category::Identity => "身份一致",
            Category::Arithmetic => "表内勾稽",
            Category::CrossTable => "表间一致",
            Category::Narrative => "说明与表格",
            Category::Classification => "科目编码",
            Category::Completeness => "公开完整性",
            Category::Performance => "绩效目标",
            Category::Text => "文字质量",
            Category::Reader => "读取",
        }
    }
}

/// What `yusuan rule CODE` shows.
pub struct RuleMeta {
    pub code: &'static str,
    pub name: &'static str,
    pub category: Category,
    pub severity: Severity,
    /// One line, Chinese and English.
    pub summary: &'static str,
    pub summary_en: &'static str,
    /// What it checks, why it matters, an example (Chinese first).
    pub doc: &'static str,
}

pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, doc: &Checked, out: &mut Vec<Finding>);
}

impl RuleMeta {
    /// A finding of this rule with its default severity.
    pub fn finding(&'static self, message: String, message_en: String) -> Finding {
        Finding {
            code: self.code,
            name: self.name,
            severity: self.severity,
            message,
            message_en,
            places: Vec::new(),
            expected: None,
            found: None,
            difference: None,
        }
    }
}
