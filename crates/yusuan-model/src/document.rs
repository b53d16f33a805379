//! The recognized document: identity, narrative sections and paragraphs, typed tables.
//! Nothing here depends on the format the document came in.

use crate::number::Decimal;
use crate::span::Span;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// 预算
    Budget,
    /// 决算
    FinalAccount,
}

impl DocKind {
    /// As the documents call it: `预算`, `决算`.
    pub fn label_zh(self) -> &'static str {
        match self {
            DocKind::Budget => "预算",
            DocKind::FinalAccount => "决算",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// 部门: a department with its subordinate units
    Department,
    /// 单位: one budget unit
    Unit,
}

impl Scope {
    /// As the documents call it: `部门`, `单位`.
    pub fn label_zh(self) -> &'static str {
        match self {
            Scope::Department => "部门",
            Scope::Unit => "单位",
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Identity {
    pub unit: Option<String>,
    pub unit_code: Option<String>,
    pub year: Option<u16>,
    pub kind: Option<DocKind>,
    pub scope: Option<Scope>,
}

/// A numbered heading of the narrative: `第二部分`, `一、收入支出预算总体情况说明`, `（一）…`.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// 1 for 第X部分, 2 for 一、, 3 for （一）
    pub level: u8,
    pub number: String,
    pub title: String,
    pub line: u32,
}

/// A paragraph of narrative text, joined across the lines a converter wrapped it onto.
#[derive(Debug, Clone, Serialize)]
pub struct Paragraph {
    pub text: String,
    /// For each char of `text`, the source line it came from (same length as `text.chars()`).
    #[serde(skip)]
    pub char_lines: Vec<u32>,
    pub span: Span,
    /// Index into `Document::sections` of the section this paragraph belongs to.
    pub section: Option<usize>,
}

impl Paragraph {
    /// Source line of the char at `char_index`.
    pub fn line_at(&self, char_index: usize) -> u32 {
        self.char_lines.get(char_index).copied().unwrap_or(self.span.line)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum MoneyUnit {
    #[serde(rename = "元")]
    Yuan,
    #[serde(rename = "万元")]
    WanYuan,
}

impl MoneyUnit {
    /// Power of ten of the unit in 元.
    pub fn exponent(self) -> u32 {
        match self {
            MoneyUnit::Yuan => 0,
            MoneyUnit::WanYuan => 4,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            MoneyUnit::Yuan => "元",
            MoneyUnit::WanYuan => "万元",
        }
    }
}

/// The standard tables of a department budget disclosure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TableKind {
    /// 部门收支总表 / 收支总体情况表
    IncomeExpenseSummary,
    /// 部门收入总表
    Income,
    /// 部门支出总表
    Expense,
    /// 财政拨款收支总表
    FiscalSummary,
    /// 财政拨款支出表 (Jiangsu: 财政拨款支出预算表, by function class; all appropriations)
    FiscalExpense,
    /// 财政拨款基本支出表 (Jiangsu: by economic class; all appropriations)
    FiscalBasic,
    /// 一般公共预算支出表
    GeneralBudgetExpense,
    /// 一般公共预算基本支出表
    GeneralBudgetBasic,
    /// 支出经济分类汇总表
    EconomicSummary,
    /// “三公”经费表
    ThreePublic,
    /// 政府性基金预算支出表
    GovFundExpense,
    /// 国有资本经营预算支出表 / 收支表
    SoeCapitalExpense,
    /// 机关运行经费 / 机构运转经费表
    AdminOperation,
    /// 项目支出表
    ProjectExpense,
    /// 部门（单位）整体绩效目标表
    DepartmentPerformance,
    /// 项目支出绩效目标表
    ProjectPerformance,
    /// 政府采购预算表
    Procurement,
    /// 国有资产占用情况表
    StateAssets,
}

impl TableKind {
    pub const ALL: [TableKind; 18] = [
        TableKind::IncomeExpenseSummary,
        TableKind::Income,
        TableKind::Expense,
        TableKind::FiscalSummary,
        TableKind::FiscalExpense,
        TableKind::FiscalBasic,
        TableKind::GeneralBudgetExpense,
        TableKind::GeneralBudgetBasic,
        TableKind::EconomicSummary,
        TableKind::ThreePublic,
        TableKind::GovFundExpense,
        TableKind::SoeCapitalExpense,
        TableKind::AdminOperation,
        TableKind::ProjectExpense,
        TableKind::DepartmentPerformance,
        TableKind::ProjectPerformance,
        TableKind::Procurement,
        TableKind::StateAssets,
    ];

    pub fn id(self) -> &'static str {
        match self {
            TableKind::IncomeExpenseSummary => "income_expense_summary",
            TableKind::Income => "income",
            TableKind::Expense => "expense",
            TableKind::FiscalSummary => "fiscal_summary",
            TableKind::FiscalExpense => "fiscal_expense",
            TableKind::FiscalBasic => "fiscal_basic",
            TableKind::GeneralBudgetExpense => "general_budget_expense",
            TableKind::GeneralBudgetBasic => "general_budget_basic",
            TableKind::EconomicSummary => "economic_summary",
            TableKind::ThreePublic => "three_public",
            TableKind::GovFundExpense => "gov_fund_expense",
            TableKind::SoeCapitalExpense => "soe_capital_expense",
            TableKind::AdminOperation => "admin_operation",
            TableKind::ProjectExpense => "project_expense",
            TableKind::DepartmentPerformance => "department_performance",
            TableKind::ProjectPerformance => "project_performance",
            TableKind::Procurement => "procurement",
            TableKind::StateAssets => "state_assets",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            TableKind::IncomeExpenseSummary => "收支总表",
            TableKind::Income => "收入总表",
            TableKind::Expense => "支出总表",
            TableKind::FiscalSummary => "财政拨款收支总表",
            TableKind::FiscalExpense => "财政拨款支出表",
            TableKind::FiscalBasic => "财政拨款基本支出表",
            TableKind::GeneralBudgetExpense => "一般公共预算支出表",
            TableKind::GeneralBudgetBasic => "一般公共预算基本支出表",
            TableKind::EconomicSummary => "支出经济分类汇总表",
            TableKind::ThreePublic => "“三公”经费表",
            TableKind::GovFundExpense => "政府性基金预算支出表",
            TableKind::SoeCapitalExpense => "国有资本经营预算支出表",
            TableKind::AdminOperation => "机关运行经费表",
            TableKind::ProjectExpense => "项目支出表",
            TableKind::DepartmentPerformance => "部门整体绩效目标表",
            TableKind::ProjectPerformance => "项目绩效目标表",
            TableKind::Procurement => "政府采购预算表",
            TableKind::StateAssets => "国有资产占用情况表",
        }
    }
}

/// Which half of a two-sided table (收入 | 支出) a row belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Single,
    Income,
    Expense,
}

/// What one column of a table means: the concept its numbers state and the dimensions they carry.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    /// Header path from the top header row down, e.g. `["基本支出", "人员经费"]`.
    pub header: Vec<String>,
    /// Concept id, or `None` when the column takes its concept from the row.
    pub concept: Option<&'static str>,
    /// Fund source dimension (`general_budget`, `fiscal_appropriation`, …) if the header names one.
    pub fund: Option<&'static str>,
    /// 部门经济分类 class named by the header (`301` for 工资福利支出).
    pub econ_dept: Option<&'static str>,
}

/// Classification codes and names found on a row.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RowCodes {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub econ_dept: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub econ_gov: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Project code (`410324250000000013028`) in project and performance tables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// The name printed in the code's own cell (`2010801-行政运行`), by code, where a row prints
    /// several codes each with its name: the row's label then joins them all.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub names: std::collections::BTreeMap<String, String>,
}

impl RowCodes {
    /// How many classification codes the row prints (功能分类, 部门 and 政府经济分类).
    pub fn classification_count(&self) -> usize {
        [&self.function, &self.econ_dept, &self.econ_gov].iter().filter(|c| c.is_some()).count()
    }
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct CellValue {
    #[serde(serialize_with = "display")]
    pub written: Decimal,
    pub span: Span,
}

fn display<S: serde::Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}

#[derive(Debug, Clone, Serialize)]
pub struct TableRow {
    pub side: Side,
    pub label: String,
    /// Concept named by the row label itself (`基本支出`, `公务接待费`), if any.
    pub concept: Option<&'static str>,
    pub codes: RowCodes,
    /// Project name for rows of project tables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// One entry per column of the table (same order as `Table::columns`).
    pub cells: Vec<Option<CellValue>>,
    pub line: u32,
}

impl TableRow {
    /// The name the row prints for one of its codes: the name in the code's own cell, else the
    /// label when the code is the row's only one (`2101101 行政单位医疗`). `None` where the label
    /// is not that code's name alone (a row of several codes, a project, a procurement item).
    pub fn name_of(&self, code: &str) -> Option<&str> {
        if let Some(name) = self.codes.names.get(code) {
            return Some(name);
        }
        let alone = self.codes.classification_count() == 1 && self.codes.project.is_none() && self.project.is_none();
        (alone && !self.label.trim().is_empty()).then_some(self.label.as_str())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub kind: TableKind,
    pub title: String,
    /// The unit name printed in the table's header (单位名称：…), which may differ from the document's.
    pub unit_name: Option<String>,
    pub money_unit: Option<MoneyUnit>,
    pub columns: Vec<Column>,
    pub rows: Vec<TableRow>,
    /// An explanation printed instead of data (空表说明), e.g. `…故此表无数据。`
    pub note: Option<String>,
    /// The performance indicators of a performance table (绩效目标表).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    pub first_line: u32,
    pub last_line: u32,
}

/// A performance indicator (绩效指标) of a project or of the whole department, as printed.
#[derive(Debug, Clone, Serialize)]
pub struct Indicator {
    /// The project's name; `None` for the department's own indicators.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// 一级指标 and 二级指标 where printed: `产出指标`, `数量指标`.
    pub category: Vec<String>,
    /// 三级指标.
    pub name: String,
    /// 指标值 as written: `≥95%`, `≤140万`, `8700人`, `相关`.
    pub target: String,
    pub line: u32,
}

/// Something the reader could not understand, kept with its place (codes `RD…`).
#[derive(Debug, Clone, Serialize)]
pub struct ReadDiagnostic {
    pub code: &'static str,
    pub message: String,
    pub message_en: String,
    pub span: Span,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Document {
    pub identity: Identity,
    pub sections: Vec<Section>,
    pub paragraphs: Vec<Paragraph>,
    pub tables: Vec<Table>,
    pub diagnostics: Vec<ReadDiagnostic>,
}
