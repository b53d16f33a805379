//! CL104 econ-dept-name

use super::econ_names::{self, Classification};
use super::lists;
use crate::context::Checked;
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct EconDeptName;

static META: RuleMeta = RuleMeta {
    code: "CL104",
    name: "econ-dept-name",
    category: Category::Classification,
    severity: Severity::Error,
    summary: "部门预算支出经济分类科目的名称与规范名称不符",
    summary_en: "a 部门经济分类 code printed with another name than its official one",
    doc: "检查什么：表中每个部门预算支出经济分类科目（类 3 位、款 5 位）所印的名称，是否为规范名称\
          （data/dept_econ_classification.csv；忽略空格和全角半角括号）。清单中可信度为 high 的科目报告错误，\
          medium/low 的为警告；清单中没有的编码和地方自设的 7 位明细（如河南 3010201 工作性津贴）不检查。\n\
          为什么：编码与名称不符，读者无法判断支出究竟属于哪个科目，也常说明编码或名称抄错。\n\
          示例：“30108 机关事业单位基本养老保险费”，规范名称为“机关事业单位基本养老保险缴费”；\
          “302 公用经费”，302 为“商品和服务支出”。\n\n\
          2018 年以前的文档不检查：清单是 2018 年经济分类改革后的，不知道此前的名称（如 30311 住房公积金）。\n\
          What it checks: the name printed for each 部门经济分类 code against the official list.\n\
          Why: a code and a name that disagree leave the reader unsure where the money goes.",
};

static DEPT: Classification = Classification {
    zh: "部门经济分类",
    en: "department economic class",
    code: |c| c.econ_dept.as_deref(),
    official: lists::dept_econ,
    first: true,
};

impl Rule for EconDeptName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        econ_names::check(&META, &DEPT, doc, out);
    }
}
