//! CL105 econ-gov-name

use super::econ_names::{self, Classification};
use super::lists;
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct EconGovName;

static META: RuleMeta = RuleMeta {
    code: "CL105",
    name: "econ-gov-name",
    category: Category::Classification,
    severity: Severity::Error,
    summary: "政府预算支出经济分类科目的名称与规范名称不符",
    summary_en: "a 政府经济分类 code printed with another name than its official one",
    doc: "检查什么：表中每个政府预算支出经济分类科目（类 3 位、款 5 位）所印的名称，是否为规范名称\
          （data/gov_econ_classification.csv；忽略空格和全角半角括号）。清单中可信度为 high 的科目报告错误，\
          medium/low 的为警告（503–514、599 的多数款为回忆所得，未经核实）。\n\
          为什么：政府经济分类用于财政汇总，编码与名称不符会使汇总口径不清。\n\
          示例：“50201 办公费”，规范名称为“办公经费”（办公费是部门经济分类 30201 的名称）。\n\n\
          2018 年以前的文档不检查：清单是 2018 年经济分类改革后的，不知道此前的名称（如 30311 住房公积金）。\n\
          What it checks: the name printed for each 政府经济分类 code against the official list.\n\
          Why: the government classification feeds the finance bureau's totals; a wrong name blurs them.",
};

static GOV: Classification = Classification {
    zh: "政府经济分类",
    en: "government economic class",
    code: |c| c.econ_gov.as_deref(),
    official: lists::gov_econ,
    first: false,
};

impl Rule for EconGovName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        econ_names::check(&META, &GOV, doc, out);
    }
}
