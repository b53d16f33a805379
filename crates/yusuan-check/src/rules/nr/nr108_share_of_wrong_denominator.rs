//! NR108 share-of-wrong-denominator

use super::share::wrong_shares;
use crate::context::{wan_yuan, Checked};
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct ShareOfWrongDenominator;

static META: RuleMeta = RuleMeta {
    code: "NR108",
    name: "share-of-wrong-denominator",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "说明中的占比不是按所述合计计算的，而是按文档中另一个合计计算的",
    summary_en: "a stated share is computed over another total of the document than the one it is a share of",
    doc: "检查什么：“X 万元，占 Y%”与同一段中此前写出的合计都不符（NR106 的情形），而 X ÷ 文档中\
          另一个合计恰好等于 Y（按书写精度的区间）时，指出作者实际所用的合计。另一个合计取表格或说明中\
          同一方向（支出或收入）的支出总计、本年支出合计、基本支出、项目支出、收入总计、本年收入合计\
          （不分资金来源，或一般公共预算、财政拨款），且须只有一个数值相符；占比写得过粗（书写区间超过\
          其值的 1%，如 0.08%、1%）时无从区分各合计，不认定分母，仍由 NR106 报告。\n\
          与 NR106 的关系：同一个错误的占比只报告一次。找到所用的合计时由本规则报告（说明改正方法：\
          按本段合计重算），否则由 NR106 报告。\n\
          为什么：占比常按另一口径计算：“本年支出”的占比除以含上年结转的“支出总计”，或功能分类的\
          占比除以“基本支出”而非支出合计。知道用错的是哪个分母，审核人即知如何改正。\n\
          示例：“本年支出合计 261.88 万元，其中：基本支出 194.97 万元，占 70.30%”：\
          194.97 ÷ 261.88 = 74.45%，而 194.97 ÷ 277.33（支出总计，含上年结转 15.45）= 70.30%。\n\n\
          What it checks: a share that no total of its paragraph gives (NR106's case) but that the\n\
          amount over exactly one other total of the document gives (支出总计 with the carry-over\n\
          instead of 本年支出, 基本支出 instead of the expenditure total): it names the total used.\n\
          One wrong share is one finding: NR108's when the total used is found, NR106's otherwise.",
};

impl Rule for ShareOfWrongDenominator {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for wrong in wrong_shares(doc) {
            let Some(used) = &wrong.used else { continue };
            let (part, stated, expected) = (wan_yuan(wrong.part.fen()), wrong.stated.percent_string(), wrong.expected.percent_string());
            let (names, value, total) = (used.names(), wan_yuan(used.value.fen()), wan_yuan(wrong.total_value.fen()));
            let mut f = META.finding(
                format!("占比 {stated}% 是按{names} {value} 计算的（{part} ÷ {value}）；按本段的合计 {total} 应为 {expected}%"),
                format!("the share {stated}% is {part} over {value} ({names}); over the paragraph's total {total} it is {expected}%"),
            );
            f.places = wrong.places(doc);
            f.places.extend(used.facts.first().map(|t| doc.place(t)));
            wrong.set_percent(&mut f);
            out.push(f);
        }
    }
}
