//! CL101 econ-mapping

use super::econ_names;
use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use std::collections::HashMap;
use std::sync::OnceLock;

pub struct EconMapping;

static META: RuleMeta = RuleMeta {
    code: "CL101",
    name: "econ-mapping",
    category: Category::Classification,
    severity: Severity::Error,
    summary: "部门经济分类与政府经济分类的对应关系不在规定之列",
    summary_en: "a 部门经济分类 is paired with a 政府经济分类 the mapping does not allow",
    doc: "检查什么：基本支出表、支出经济分类汇总表中同一行的部门预算经济分类与政府预算经济分类，\
          是否为规定的对应关系（机关、事业单位各一种；data/econ_dept_to_gov_mapping.csv）。\
          对应关系可信度为 high 时报告错误，medium/low 时为警告。\n\
          为什么：两套经济分类须按财政部对照表对应，错配会使政府经济分类的汇总失真。\n\
          示例：“30201 办公费”对应“50201 办公经费”（机关）或“50502 商品和服务支出”（事业单位）；\
          对应“50101 工资奖金津补贴”即为错配。\n\n\
          2018 年以前的文档不检查：清单是 2018 年经济分类改革后的，不知道此前的名称（如 30311 住房公积金）。\n\
          What it checks: each row's pair of economic classes against the official mapping.",
};

struct Allowed {
    codes: [&'static str; 2],
    high: bool,
}

fn mapping() -> &'static HashMap<&'static str, Allowed> {
    static MAP: OnceLock<HashMap<&'static str, Allowed>> = OnceLock::new();
    MAP.get_or_init(|| {
        include_str!("../../../data/econ_dept_to_gov_mapping.csv")
            .lines()
            .skip(1)
            .filter_map(|l| {
                let f: Vec<&str> = l.split(',').collect();
                let (evidence, confidence) = (*f.get(6)?, *f.get(7)?);
                // A mapping recalled, not read from a list or a document, proves nothing: the
                // documents of three provinces map 30309 奖励金 to 50901, not to the 50999 recalled.
                if confidence == "low" || evidence.is_empty() {
                    return None;
                }
                Some((*f.first()?, Allowed { codes: [*f.get(2)?, *f.get(4)?], high: confidence == "high" }))
            })
            .collect()
    })
}

impl Rule for EconMapping {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        if !econ_names::lists_know(doc) {
            return;
        }
        for table in doc.tables() {
            for row in &table.rows {
                let (Some(dept), Some(gov)) = (row.codes.econ_dept.as_deref(), row.codes.econ_gov.as_deref()) else { continue };
                let Some(allowed) = mapping().get(dept) else { continue };
                // A side the list leaves blank is not known (30107 绩效工资 for 机关: Beijing and
                // Xi'an print 50101 and 50199): a row of it may be of that side.
                if allowed.codes.contains(&gov) || allowed.codes.contains(&"") {
                    continue;
                }
                let mut f = META.finding(
                    format!("部门经济分类 {dept} 应对应政府经济分类 {}（机关）或 {}（事业单位），表中为 {gov}", allowed.codes[0], allowed.codes[1]),
                    format!("{dept} maps to {} (government bodies) or {} (public institutions), the table has {gov}", allowed.codes[0], allowed.codes[1]),
                );
                if !allowed.high {
                    f.severity = Severity::Warning;
                }
                f.places.push(Place::in_table(table, row.line, Some(gov.to_string())));
                f.expected = Some(format!("{} / {}", allowed.codes[0], allowed.codes[1]));
                f.found = Some(gov.to_string());
                out.push(f);
            }
        }
    }
}
