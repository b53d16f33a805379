//! The classification-code rules (CL102 …): each fires on a realistic table and stays quiet on the
//! corrected one.

mod common;
use common::*;

use yusuan_check::{check, Selection};

/// The codes found in a document of `year` made of `tables` (as `common::codes`, another year).
fn codes_in(year: u16, tables: &str) -> Vec<&'static str> {
    let text = format!("测试县医疗保障局\n{year}年部门预算\n\n第二部分 {year}年测试县医疗保障局部门预算情况说明\n\n一、收入支出预算总体情况说明\n\n\n\n{tables}\n");
    let reading = yusuan_read::read_bytes(text.as_bytes()).expect("reads");
    check(&reading, &Selection::default()).into_iter().map(|f| f.code).collect()
}

/// A 一般公共预算支出表 of `year` with a 类, 款 and 项 row under `class` (`210\t卫生健康支出`).
fn expense(year: u16, class: &str, item: &str) -> String {
    format!(
        "{year}年一般公共预算支出表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t100.00\t100.00\t\n{class}\t100.00\t100.00\t\n{item}\t100.00\t100.00\t"
    )
}

#[test]
fn cl102_a_class_set_up_after_the_documents_year() {
    let disaster = |year| expense(year, "224\t灾害防治及应急管理支出", "2240102\t一般行政管理事务");
    assert!(fires("CL102", &codes_in(2018, &disaster(2018))));
    assert!(!fires("CL102", &codes_in(2019, &disaster(2019))));
}

#[test]
fn cl102_a_class_missing_from_the_years_list() {
    assert!(fires("CL102", &codes("", &expense(2025, "225\t应急支出", "2250102\t一般行政管理事务"))));
    assert!(!fires("CL102", &codes("", &expense(2025, "210\t卫生健康支出", "2101502\t一般行政管理事务"))));
}

#[test]
fn cl103_a_class_printed_with_a_wrong_name() {
    assert!(fires("CL103", &codes("", &expense(2025, "210\t卫生支出", "2101502\t一般行政管理事务"))));
    assert!(!fires("CL103", &codes("", &expense(2025, "210\t卫生健康支出", "2101502\t一般行政管理事务"))));
}

/// 医疗卫生与计划生育支出 became 卫生健康支出 in 2019: stale in 2025, right in 2018.
#[test]
fn cl103_a_stale_name_fires_only_after_the_rename() {
    let old = |year| expense(year, "210\t医疗卫生与计划生育支出", "2100799\t其他计划生育事务支出");
    assert!(fires("CL103", &codes("", &old(2025))));
    assert!(!fires("CL103", &codes_in(2018, &old(2018))));
    // The rule does check 2018 documents.
    assert!(fires("CL103", &codes_in(2018, &expense(2018, "210\t卫生支出", "2100799\t其他计划生育事务支出"))));
}

/// The 收支总表 templates print the class names without 支出 and identify the classes by name.
#[test]
fn cl103_class_names_of_a_summary_table() {
    let summary = |name: &str| {
        format!("2025年部门收支预算总表\n单位名称：测试县医疗保障局\n单位：万元\n收入\t\t支出\t\n项目\t金额\t项目\t金额\n一、一般公共预算\t100.00\t一、一般公共服务\t\n\t\t二十、{name}\t100.00\n本年收入合计\t100.00\t本年支出合计\t100.00")
    };
    assert!(fires("CL103", &codes("", &summary("国土海洋气象等支出"))));
    assert!(!fires("CL103", &codes("", &summary("自然资源海洋气象等支出"))));
}

/// A 一般公共预算基本支出表 with both economic classifications on one row.
fn basic(row: &str) -> String {
    format!(
        "2025年一般公共预算基本支出表\n单位名称：测试县医疗保障局\n单位：万元\n部门经济分类\t\t政府经济分类\t\t本年一般公共预算基本支出\n科目编码\t科目名称\t科目编码\t科目名称\t合计\n\t合计\t\t\t10.00\n{row}\t10.00"
    )
}

#[test]
fn cl104_a_department_economic_code_with_another_name() {
    assert!(fires("CL104", &codes("", &basic("30108\t机关事业单位基本养老保险费\t50102\t社会保障缴费"))));
    assert!(!fires("CL104", &codes("", &basic("30108\t机关事业单位基本养老保险缴费\t50102\t社会保障缴费"))));
    // Henan's local 7-digit sub-items are on no list.
    assert!(!fires("CL104", &codes("", &basic("3010201\t工作性津贴\t50101\t工资奖金津补贴"))));
}

#[test]
fn cl105_a_government_economic_code_with_another_name() {
    assert!(fires("CL105", &codes("", &basic("30201\t办公费\t50201\t办公费"))));
    assert!(!fires("CL105", &codes("", &basic("30201\t办公费\t50201\t办公经费"))));
}

#[test]
fn cl106_one_code_two_names() {
    let tables = |second: &str| {
        format!(
            "{}\n\n2025年部门支出预算表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t100.00\t100.00\t\n2101502\t{second}\t100.00\t100.00\t",
            expense(2025, "210\t卫生健康支出", "2101502\t一般行政管理事务")
        )
    };
    assert!(fires("CL106", &codes("", &tables("行政运行"))));
    assert!(!fires("CL106", &codes("", &tables("一般行政管理事务"))));
    // A name cut short by a narrow cell is the same name.
    assert!(!fires("CL106", &codes("", &tables("一般行政管理"))));
}

/// A 一般公共预算支出表 of 2025 with 基本/项目 columns and the rows given.
fn split_expense(rows: &str) -> String {
    format!("2025年一般公共预算支出表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t100.00\t60.00\t40.00\n210\t卫生健康支出\t100.00\t60.00\t40.00\n{rows}")
}

#[test]
fn cl107_basic_expenditure_under_a_project_item() {
    let wrong = |item: &str| split_expense(&format!("2101501\t行政运行\t50.00\t50.00\t\n{item}\t50.00\t10.00\t40.00"));
    let right = |item: &str| split_expense(&format!("2101501\t行政运行\t60.00\t60.00\t\n{item}\t40.00\t\t40.00"));
    for item in ["2101502\t一般行政管理事务", "2101301\t城乡医疗救助"] {
        assert!(fires("CL107", &codes("", &wrong(item))), "{item}");
        assert!(!fires("CL107", &codes("", &right(item))), "{item}");
    }
    // 其他医疗保障管理事务支出 (99) holds either kind of spending.
    assert!(!fires("CL107", &codes("", &wrong("2101599\t其他医疗保障管理事务支出"))));
}

/// The 支出总表 of luanchuan-2020 prints codes without names (the name is the 收入总表's) and a
/// second 合计 column that its header puts under 基本支出.
#[test]
fn cl107_a_table_of_codes_named_by_another_and_a_total_under_the_basic_header() {
    let income = "2020年部门收入总体情况表\n单位：万元\n科目编码\t\t\t科目名称\t合计\n210\t15\t01\t行政运行\t97.45\n210\t15\t02\t一般行政管理事务\t30.34\n210\t13\t01\t城乡医疗救助\t1054.6";
    let expense = |row: &str| {
        format!(
            "2020年部门支出总体情况表\n单位：万元\n科目编码\t\t\t总计\t基本支出\t\t\t\t项目支出\n\t\t\t\t合计\t小计\t人员支出\t公用支出\t小计\n210\t15\t01\t97.45\t97.45\t97.45\t97.45\t\t\n{row}\n210\t13\t01\t1054.6\t1054.6\t\t\t\t1054.6"
        )
    };
    let wrong = format!("{income}\n\n{}", expense("210\t15\t02\t30.34\t30.34\t7.25\t\t7.25\t23.09"));
    let found = codes_in(2020, &wrong);
    assert_eq!(found.iter().filter(|c| **c == "CL107").count(), 1, "{found:?}");
    // The 1054.6 under 基本支出/合计 of 城乡医疗救助 repeats the row's total: 1054.6 − 1054.6 is no basic expenditure.
    let right = format!("{income}\n\n{}", expense("210\t15\t02\t30.34\t30.34\t\t\t\t30.34"));
    assert!(!fires("CL107", &codes_in(2020, &right)));
}

/// The narrative of the Shanghai template names each item by class, 款 and 项 with their codes.
#[test]
fn cl103_a_class_the_narrative_names_with_its_former_name() {
    let said = |class: &str| format!("1、{class}（210类）行政事业单位医疗（11款）行政单位医疗（01项）100.00万元。主要用于：行政单位医疗保险缴费经费。");
    let table = expense(2025, "210\t卫生健康支出", "2101101\t行政单位医疗");
    assert!(fires("CL103", &codes(&said("医疗卫生与计划生育支出"), &table)));
    assert!(!fires("CL103", &codes(&said("卫生健康支出"), &table)));
}

/// The economic lists are the 2018 reform's: a 2017 document's names (30311 住房公积金 under 303)
/// are judged by no list; the same row in a 2018 document is.
#[test]
fn cl104_a_document_before_the_2018_lists_is_not_judged_by_them() {
    let table = |year: u16| {
        format!(
            "{year}年一般公共预算基本支出表\n单位名称：测试县医疗保障局\n单位：万元\n部门经济分类\t\t本年一般公共预算基本支出\n科目编码\t科目名称\t合计\n\t合计\t10.00\n30311\t住房公积金\t10.00"
        )
    };
    assert!(!fires("CL104", &codes_in(2017, &table(2017))));
    assert!(fires("CL104", &codes_in(2018, &table(2018))));
}
