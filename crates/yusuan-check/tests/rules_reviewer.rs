//! The defects the finance bureau's reviewers find (issue 12, item 5): a placeholder (TX108), both
//! directions of the template (TX109), a unit without its figure (TX110), a year the template
//! fixes (ID105), 部门 wording in a 单位 budget (TX106), an amount for an empty table (NR115), a rise
//! to nothing (NR116), a comparison word against its amounts (NR117) and an item's code against its
//! name (CL108). Each fires on a small document with the defect and stays quiet on it corrected;
//! where the corpus has a case, on the real document too.

mod common;
use common::*;
use std::path::PathBuf;
use yusuan_check::{check, Selection};

#[test]
fn tx108_a_placeholder_left_in() {
    assert!(fires("TX108", &codes("XX局2025年一般公共预算支出预算X,XXX.XX万元，比上年增长xx%。", "")));
    assert!(fires("TX108", &codes("公务接待费××万元。", "")));
    assert!(!fires("TX108", &codes("测试县医疗保障局2025年一般公共预算支出预算100.00万元，购置X射线机1台、3×4米展板2块。", "")));
}

#[test]
fn tx109_both_directions_of_the_template() {
    assert!(fires("TX109", &codes("公务接待费1.00万元，较上年增加（减少）0.50万元。", "")));
    assert!(fires("TX109", &codes("机关运行经费比上年减少0.50万元，下降（增长）25%。", "")));
    assert!(!fires("TX109", &codes("公务接待费1.00万元，较上年增加0.50万元（主要是接待任务增加）。", "")));
}

#[test]
fn tx110_a_unit_where_the_figure_should_be() {
    assert!(fires("TX110", &codes("2025年一般公共预算支出预算 万元，比上年增长 %。", "")));
    assert!(fires("TX110", &codes("“三公”经费共计万元。", "")));
    assert!(!fires("TX110", &codes("2025年一般公共预算支出预算100.00万元，比上年增长5%。本表金额单位为万元。", "")));
}

/// A budget of 2025 with `heading` as the heading of its first section.
fn with_heading(heading: &str) -> Vec<&'static str> {
    let text = format!("测试县医疗保障局\n2025年部门预算\n\n第二部分 2025年测试县医疗保障局部门预算情况说明\n\n一、{heading}\n\n测试县医疗保障局2025年收入预算100.00万元。\n");
    let reading = yusuan_read::read_bytes(text.as_bytes()).expect("reads");
    assert_eq!(reading.document.identity.year, Some(2025));
    check(&reading, &Selection::default()).into_iter().map(|f| f.code).collect()
}

#[test]
fn id105_a_heading_of_another_year() {
    assert!(fires("ID105", &with_heading("2024年收入支出预算总体情况说明")));
    assert!(!fires("ID105", &with_heading("2025年收入支出预算总体情况说明")));
    // A heading about last year's execution is not the document's own.
    assert!(!fires("ID105", &with_heading("2024年预算执行情况")));
}

#[test]
fn id105_an_as_of_date_of_another_year() {
    let vehicles = |date: &str| format!("截至{date}，本部门共有车辆2辆，其中一般公务用车2辆。");
    assert!(fires("ID105", &codes(&vehicles("2023年12月31日"), "")));
    // The end of the budget's own year cannot have passed.
    assert!(fires("ID105", &codes(&vehicles("2025年12月31日"), "")));
    assert!(!fires("ID105", &codes(&vehicles("2024年12月31日"), "")));
    assert!(!fires("ID105", &codes(&vehicles("2024年8月31日"), "")));
    assert!(!fires("ID105", &codes(&vehicles("2025年1月"), "")));
    // A project's history is not the template's date.
    assert!(!fires("ID105", &codes("截至2022年底，项目累计完成投资80%。", "")));
}

/// A 单位 budget of 2025 whose narrative is `body`.
fn unit_budget_codes(body: &str) -> Vec<&'static str> {
    let text = format!("测试县医疗保障服务中心\n2025年单位预算\n\n第二部分 2025年测试县医疗保障服务中心单位预算情况说明\n\n一、收入支出预算总体情况说明\n\n{body}\n");
    let reading = yusuan_read::read_bytes(text.as_bytes()).expect("reads");
    assert_eq!(reading.document.identity.scope, Some(yusuan_model::Scope::Unit));
    check(&reading, &Selection::default()).into_iter().map(|f| f.code).collect()
}

#[test]
fn tx106_a_unit_budget_calling_itself_a_department() {
    assert!(fires("TX106", &unit_budget_codes("本部门2025年收入预算100.00万元。本部门无政府性基金预算。")));
    assert!(!fires("TX106", &unit_budget_codes("本单位2025年收入预算100.00万元。本单位无政府性基金预算。")));
}

const GOV_FUND_EMPTY: &str = "2025年政府性基金预算支出表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t合计\n\t合计\t\n注：本部门无政府性基金预算拨款安排的支出，故此表无数据。";

#[test]
fn nr115_an_amount_for_a_table_printed_empty() {
    assert!(fires("NR115", &codes("2025年政府性基金预算支出12.00万元。", GOV_FUND_EMPTY)));
    assert!(!fires("NR115", &codes("2025年政府性基金预算支出0.00万元。", GOV_FUND_EMPTY)));
    // Last year's amount is not this year's.
    assert!(!fires("NR115", &codes("2024年政府性基金预算支出12.00万元。", GOV_FUND_EMPTY)));
}

const THREE_PUBLIC: &str = "2025年一般公共预算“三公”经费支出表\n单位名称：测试县医疗保障局\n单位：万元\n合计\t因公出国（境）费\t公务用车购置及运行费\t公务用车购置费\t公务用车运行费\t公务接待费\n3.00\t0.00\t3.00\t0.00\t3.00\t0.00";

#[test]
fn nr116_a_rise_of_an_item_that_is_nil() {
    assert!(fires("NR116", &codes("公务接待费0.00万元，比2024年增加1.00万元。", "")));
    assert!(fires("NR116", &codes("公务接待费比上年增加1.00万元，主要原因是接待任务增加。", THREE_PUBLIC)));
    assert!(!fires("NR116", &codes("公务接待费0.00万元，比2024年减少1.00万元。", "")));
    assert!(!fires("NR116", &codes("公务用车运行维护费比上年增加1.00万元，主要原因是车辆老化。", THREE_PUBLIC)));
    // The rise of another item named between.
    assert!(!fires("NR116", &codes("政府性基金拨款支出0.00万元，本部门预算支出较上年增加10.00万元。", "")));
}

#[test]
fn nr117_a_comparison_word_against_its_amounts() {
    assert!(fires("NR117", &codes("一般公共预算支出预算100.00万元，大于上年预算120.00万元。", "")));
    assert!(!fires("NR117", &codes("一般公共预算支出预算100.00万元，小于上年预算120.00万元。", "")));
}

#[test]
fn nr117_final_account_below_its_budget_said_above() {
    let said = |actual: &str| format!("行政运行（项）。年初预算80.00万元，支出决算{actual}万元，完成年初预算的93.75%。决算数大于年初预算数的主要原因是：人员增加。");
    assert!(fires("NR117", &final_account_codes(&said("75.00"))));
    assert!(!fires("NR117", &final_account_codes(&said("85.00"))));
}

#[test]
fn cl108_an_item_printed_with_another_items_code() {
    let table = |pension: &str| {
        format!(
            "2025年一般公共预算支出预算表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t30.00\t30.00\t\n208\t社会保障和就业支出\t30.00\t30.00\t\n20805\t行政事业单位养老支出\t30.00\t30.00\t\n{pension}\t机关事业单位基本养老保险缴费支出\t20.00\t20.00\t\n2080506\t机关事业单位职业年金缴费支出\t10.00\t10.00\t"
        )
    };
    assert!(fires("CL108", &codes("", &table("2080506"))));
    assert!(!fires("CL108", &codes("", &table("2080505"))));
}

/// The checks of a corpus document, or None (with a note) when the corpus is not beside the checkout.
fn corpus_codes(path: &str) -> Option<Vec<(&'static str, Option<u32>)>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus").join(path);
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("skipped: {} is absent (the shared corpus is not beside the checkout)", path.display());
        return None;
    };
    let reading = yusuan_read::read_bytes(&bytes).expect("reads");
    Some(check(&reading, &Selection::default()).into_iter().map(|f| (f.code, f.places[0].span.page)).collect())
}

/// 烟台市审计局 2026 budget p28: `截至2026年12月31日，本单位共有车辆0辆` (the other Yantai 2026
/// budgets of the template say 截至2025年12月31日).
#[test]
fn id105_on_the_yantai_audit_budget() {
    let Some(found) = corpus_codes("national/yantai/shandong-yantai-audit-2026-budget.pdf") else { return };
    assert_eq!(found.iter().filter(|f| f.0 == "ID105").collect::<Vec<_>>(), [&("ID105", Some(28))]);
}

/// 西安市医疗保障局 2022 budget p23: `较上年增加（减少）0 万元（0%），增加（减少）的主要原因…`.
#[test]
fn tx109_on_the_xian_medical_insurance_budget() {
    let Some(found) = corpus_codes("national/xian/shaanxi-xian-medinsurance-2022-budget.pdf") else { return };
    assert!(found.iter().filter(|f| f.0 == "TX109").all(|f| f.1 == Some(23)));
    assert_eq!(found.iter().filter(|f| f.0 == "TX109").count(), 2);
}
