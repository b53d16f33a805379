//! What the rule tests share: a small realistic document around a narrative and tables, in the
//! converters' tab layout, and the codes its check finds.
#![allow(dead_code)] // each test file uses its own part of this

use yusuan_check::{check, Selection};

/// The codes found in a document made of a title, `body` (narrative) and `tables`.
pub fn codes(body: &str, tables: &str) -> Vec<&'static str> {
    findings(body, tables).into_iter().map(|f| f.code).collect()
}

/// The findings of a small budget whose narrative is `body`, followed by `tables`.
pub fn findings(body: &str, tables: &str) -> Vec<yusuan_check::Finding> {
    let text = format!("测试县医疗保障局\n2025年部门预算\n\n第二部分 2025年测试县医疗保障局部门预算情况说明\n\n一、收入支出预算总体情况说明\n\n{body}\n\n{tables}\n");
    let reading = yusuan_read::read_bytes(text.as_bytes()).expect("reads");
    check(&reading, &Selection::default())
}

pub fn fires(code: &str, found: &[&str]) -> bool {
    found.contains(&code)
}

pub const SUMMARY: &str = "2025年部门收支预算总表\n单位名称：测试县医疗保障局\n单位：万元\n收入\t\t支出\t\n项目\t金额\t项目\t金额\n一、一般公共预算\t100.00\t一、基本支出\t60.00\n\t\t二、项目支出\t40.00\n本年收入合计\t100.00\t本年支出合计\t100.00\n收入总计\t100.00\t支出总计\t100.00";

/// The codes found in a final account (部门决算) whose narrative is `body`.
pub fn final_account_codes(body: &str) -> Vec<&'static str> {
    let text = format!("测试县医疗保障局\n2024年度部门决算\n\n第三部分 测试县医疗保障局2024年度部门决算情况说明\n\n五、一般公共预算财政拨款支出决算情况说明\n\n{body}\n");
    let reading = yusuan_read::read_bytes(text.as_bytes()).expect("reads");
    yusuan_check::check(&reading, &yusuan_check::Selection::default()).into_iter().map(|f| f.code).collect()
}
