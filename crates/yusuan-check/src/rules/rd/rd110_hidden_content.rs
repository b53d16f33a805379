//! RD110 hidden-content

use super::reader::ReaderRule;
use crate::finding::Severity;
use crate::rule::{Category, RuleMeta};

pub static HIDDEN_CONTENT: ReaderRule = ReaderRule(&RuleMeta {
    code: "RD110",
    name: "hidden-content",
    category: Category::Reader,
    severity: Severity::Info,
    summary: "工作簿中隐藏的行、列或工作表有内容，未读取",
    summary_en: "hidden rows, columns or sheets of a workbook hold content, not read",
    doc: "检查什么：工作簿（.xlsx、.xls）中被隐藏、且有内容的行、列或整张工作表。\n\
          为什么：隐藏的内容打印或导出 PDF 时不显示，读者看不到；读取器与打印件一致，不读取它们，\n\
          也就不核对它们。若表格合计包含隐藏行的金额，各行之和会与合计不符；若隐藏的内容应当公开，请取消隐藏。\n\
          示例：基本支出表中隐藏了“30199 其他工资福利支出”一行，合计仍含该行金额。\n\n\
          What it checks: rows, columns or whole sheets of a workbook (.xlsx, .xls) that are hidden and hold content.\n\
          Why: hidden content does not print and readers do not see it; the reader leaves it out as a printed copy\n\
          does, so no rule checks it. A total that includes a hidden row no longer equals the rows shown; unhide\n\
          the content if it is meant to be published.",
});
