//! NR106 share

use super::share::wrong_shares;
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct Share;

static META: RuleMeta = RuleMeta {
    code: "NR106",
    name: "share",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "说明中的占比与金额不符",
    summary_en: "a stated share disagrees with the amounts it is a share of",
    doc: "检查什么：“X 万元，占 Y%”按同一段中此前写出的合计重新计算 Y = X ÷ 合计 × 100%，按书写\
          精度的区间比较；合计取该段中此前、不小于 X 的金额之一（本年支出、基本支出……），\
          任何一个相符即不报告。占比与本段的合计都不符、却恰与文档中另一个合计相符时（作者用错了分母），\
          由 NR108 报告并指出所用的合计，本规则不再重复报告。\n\
          为什么：占比由人工计算，金额修改后占比常未同步。\n\
          示例：“一般公共服务(类)支出 4.79 万元，占 0.08%”，而 4.79 ÷ 5,110.37 = 0.09%。\n\n\
          What it checks: a share against the amount over an earlier total of the same paragraph;\n\
          a share that another total of the document gives instead is NR108's finding, not this one's.",
};

impl Rule for Share {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for wrong in wrong_shares(doc).iter().filter(|w| w.used.is_none()) {
            let mut f = META.finding(
                format!("占比应为 {}%（{} ÷ {}），说明写的是 {}%", wrong.expected.percent_string(), wan_yuan(wrong.part.fen()), wan_yuan(wrong.total_value.fen()), wrong.stated.percent_string()),
                format!("the share should be {}%, the narrative says {}%", wrong.expected.percent_string(), wrong.stated.percent_string()),
            );
            f.places = wrong.places(doc);
            wrong.set_percent(&mut f);
            out.push(f);
        }
    }
}
