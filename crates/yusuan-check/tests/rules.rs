//! Every rule fires on a small realistic document with its defect, and stays quiet on the same
//! document corrected. The documents are written in the converters' tab layout.

mod common;
use common::*;

#[test]
fn id101_another_units_name_in_a_header() {
    let wrong = SUMMARY.replace("单位名称：测试县医疗保障局", "单位名称：四川医药健康产业局");
    assert!(fires("ID101", &codes("", &wrong)));
    assert!(!fires("ID101", &codes("", SUMMARY)));
}

#[test]
fn nr101_rate_that_does_not_follow_from_the_change() {
    let said = |rate: &str| format!("测试县医疗保障局2025年支出总计100.00万元，比2024年增加10.00万元，增长{rate}%。");
    assert!(fires("NR101", &codes(&said("20.00"), "")));
    // 10.00 ÷ 90.00 = 11.11%.
    assert!(!fires("NR101", &codes(&said("11.11"), "")));
}

/// The Shanghai template states the year compared with and the rate, without the change:
/// `2025年当年预算执行数为77.99万元，2026年预算安排91.97万元，比2025年预算执行数增加17.66%`.
#[test]
fn nr101_rate_that_does_not_follow_from_the_previous_amount() {
    let said = |rate: &str| {
        format!("1、社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位职业年金缴费支出（06项）91.97万元。主要用于：支付职业年金。2024年当年预算执行数为77.99万元，2025年预算安排91.97万元，比2024年预算执行数增加{rate}%。主要原因是：职业年金支出增加。")
    };
    assert!(fires("NR101", &codes(&said("17.66"), "")));
    assert!(!fires("NR101", &codes(&said("17.93"), "")));
}

#[test]
fn nr102_rate_from_a_nil_base() {
    let zero = "公务接待费1.00万元，比2024年增加1.00万元，增长0.00%。";
    assert!(fires("NR102", &codes(zero, "")));
    let doubled = "公务接待费1.00万元，比2024年增加0.50万元，增长100.00%。";
    let found = codes(doubled, "");
    assert!(!fires("NR102", &found) && !fires("NR101", &found));
}

#[test]
fn nr103_narrative_amount_the_tables_contradict() {
    assert!(fires("NR103", &codes("测试县医疗保障局2025年基本支出50.00万元。", SUMMARY)));
    assert!(!fires("NR103", &codes("测试县医疗保障局2025年基本支出60.00万元。", SUMMARY)));
}

#[test]
fn ar101_parts_that_do_not_add_up() {
    let said = |public: &str| format!("基本支出50.00万元，其中：人员经费30.00万元；公用经费{public}万元。");
    assert!(fires("AR101", &codes(&said("10.00"), "")));
    assert!(!fires("AR101", &codes(&said("20.00"), "")));
    // Rounding of written figures never fires: 33.33 + 16.66 is 49.99 ± 0.01.
    assert!(!fires("AR101", &codes("基本支出50.00万元，其中：人员经费33.34万元；公用经费16.66万元。", "")));
}

#[test]
fn ar102_a_row_whose_total_is_not_the_sum_of_its_columns() {
    let table = |last: &str| {
        format!(
            "2025年部门支出预算表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t150.00\t100.00\t50.00\n2101501\t行政运行\t100.00\t100.00\t\n2101502\t一般行政管理事务\t{last}\t\t50.00"
        )
    };
    assert!(fires("AR102", &codes("", &table("55.00"))));
    assert!(!fires("AR102", &codes("", &table("50.00"))));
}

#[test]
fn tx101_sentence_cut_off_where_the_reason_should_be() {
    assert!(fires("TX101", &codes("比2024年增加5.00万元，主要原因是。", "")));
    assert!(!fires("TX101", &codes("比2024年增加5.00万元，主要原因是人员增加。", "")));
}

#[test]
fn tx102_doubled_punctuation() {
    assert!(fires("TX102", &codes("主要用于机构正常运转。。", "")));
    assert!(!fires("TX102", &codes("主要用于机构正常运转。", "")));
}

const PROJECTS: &str = "2025年项目支出预算表\n单位名称：测试县医疗保障局\n单位：万元\n项目名称\t合计\n合计\t250.00\n城乡居民医疗工作经费\t150.00\n信息系统维护\t60.00\n医保政策宣传\t40.00";

#[test]
fn nr104_project_count_against_the_project_list() {
    assert!(fires("NR104", &codes("涉及预算拨款250.00万元，共4个项目。", PROJECTS)));
    assert!(!fires("NR104", &codes("涉及预算拨款250.00万元，共3个项目。", PROJECTS)));
    // A sentence about another year is not compared.
    assert!(!fires("NR104", &codes("2024年，我部门对17个项目进行了预算绩效评价。", PROJECTS)));
}

#[test]
fn nr105_projects_of_a_million_or_more() {
    let said = |n: &str, total: &str| format!("其中预算支出100万元及100万元以上项目{n}个，支出总额{total}万元。");
    assert!(fires("NR105", &codes(&said("1", "140"), PROJECTS)));
    assert!(fires("NR105", &codes(&said("2", "150"), PROJECTS)));
    assert!(!fires("NR105", &codes(&said("1", "150"), PROJECTS)));
}

#[test]
fn xt101_a_row_printed_twice() {
    let table = |second: &str| format!("2025年机关运行经费预算表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t机关运行经费\n\t合计\t3.00\n30201\t办公费\t1.50\n{second}\t1.50");
    assert!(fires("XT101", &codes("", &table("30201\t办公费"))));
    assert!(!fires("XT101", &codes("", &table("30211\t差旅费"))));
}

/// The same class under two groups of a two-level list is two items (Xi'an: `工资福利支出` under
/// `一、人员经费和公用经费支出` and under `二、专项业务经费支出`).
#[test]
fn xt101_the_same_class_under_two_groups_is_two_items() {
    let table = |heading: &str| format!("2025年一般公共预算基本支出表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t合计\n\t合计\t3.00\n\t一、人员经费\t1.50\n301\t工资福利支出\t1.50\n{heading}\t1.50\n301\t工资福利支出\t1.50");
    assert!(!fires("XT101", &codes("", &table("\t二、专项业务经费支出"))));
    assert!(fires("XT101", &codes("", &table("\t其他"))));
}

#[test]
fn nr106_share_of_the_paragraphs_total() {
    let said = |share: &str| format!("测试县医疗保障局2025年支出合计200.00万元，其中：基本支出50.00万元，占{share}%；项目支出150.00万元，占75.00%。");
    assert!(fires("NR106", &codes(&said("20.00"), "")));
    assert!(!fires("NR106", &codes(&said("25.00"), "")));
    // Written as a whole percentage, 25% stands for 24.5–25.5%.
    assert!(!fires("NR106", &codes(&said("25"), "")));
}

/// §一 states the totals with the carry-over, §三 the current year's; the shares of §三 are
/// computed over 支出总计 (277.33, with the 15.45 carried over) instead of 本年支出合计 (261.88).
fn carry_over_shares(basic: &str, project: &str) -> String {
    format!(
        "测试县医疗保障局2025年收入总计277.33万元，支出总计277.33万元。\n\n三、支出预算总体情况说明\n\n\
         测试县医疗保障局2025年本年支出合计261.88万元，其中：基本支出194.97万元，占{basic}%；项目支出66.91万元，占{project}%。"
    )
}

#[test]
fn nr108_shares_of_the_current_year_computed_over_the_total_with_the_carry_over() {
    // 194.97 ÷ 277.33 = 70.30%, 66.91 ÷ 277.33 = 24.13%; over 261.88 they are 74.45% and 25.55%.
    let found = codes(&carry_over_shares("70.30", "24.13"), "");
    assert!(fires("NR108", &found) && !fires("NR106", &found), "{found:?}");
    let found = codes(&carry_over_shares("74.45", "25.55"), "");
    assert!(!fires("NR108", &found) && !fires("NR106", &found), "{found:?}");
    // Wrong over every total of the document: NR106's finding, not NR108's.
    let found = codes(&carry_over_shares("72.00", "25.55"), "");
    assert!(fires("NR106", &found) && !fires("NR108", &found), "{found:?}");
}

#[test]
fn nr108_a_class_share_computed_over_the_basic_expenditure() {
    let said = |share: &str| {
        format!(
            "测试县医疗保障局2025年支出合计200.00万元，其中：基本支出160.00万元；项目支出40.00万元。\n\n五、一般公共预算支出预算情况说明\n\n\
             测试县医疗保障局2025年一般公共预算支出年初预算为200.00万元。主要用于以下方面：一般公共服务支出40.00万元，占{share}%；卫生健康支出160.00万元，占80.00%。"
        )
    };
    // 40.00 ÷ 160.00 (基本支出) = 25.00%; ÷ 200.00 = 20.00%.
    let found = codes(&said("25.00"), "");
    assert!(fires("NR108", &found) && !fires("NR106", &found), "{found:?}");
    assert!(!fires("NR108", &codes(&said("20.00"), "")));
    // Written as a whole percentage, 25% stands for 24.5–25.5%, too wide to name the total used.
    let found = codes(&said("25"), "");
    assert!(fires("NR106", &found) && !fires("NR108", &found), "{found:?}");
}

#[test]
fn cl101_economic_classes_paired_against_the_mapping() {
    let table = |gov: &str| {
        format!(
            "2025年一般公共预算基本支出预算表\n单位名称：测试县医疗保障局\n单位：万元\n部门预算支出经济分类科目\t\t政府预算支出经济分类科目\t\t本年一般公共预算基本支出\t\t\n科目编码\t科目名称\t科目编码\t科目名称\t合计\t人员经费\t公用经费\n合计\t\t\t\t3.00\t\t3.00\n30201\t办公费\t{gov}\t\t3.00\t\t3.00"
        )
    };
    assert!(fires("CL101", &codes("", &table("50101"))));
    assert!(!fires("CL101", &codes("", &table("50201"))));
    assert!(!fires("CL101", &codes("", &table("50502"))));
}

/// A project performance table whose first project's target is `target`.
fn targets(target: &str) -> String {
    targets_beside(target, "60.35")
}

/// A project with `target`, beside a project of `amount` 万元 whose own target is its amount.
fn targets_beside(target: &str, amount: &str) -> String {
    format!(
        "2025年项目支出绩效目标表\n单位名称：测试县医疗保障局\n单位：万元\n项目名称\t资金总额\t三级指标\t指标值\n城乡居民医疗工作经费\t150.00\t工作经费\t{target}\n信息系统维护\t{amount}\t维护费用\t≤{amount}万元"
    )
}

#[test]
fn pf101_money_target_above_the_projects_amount() {
    assert!(fires("PF101", &codes("", &targets("≥200万元"))));
    assert!(!fires("PF101", &codes("", &targets("≥150万元"))));
    assert!(!fires("PF101", &codes("", &targets("≤200万元"))));
}

#[test]
fn pf102_money_target_of_another_project() {
    assert!(fires("PF102", &codes("", &targets("=60.35万元"))));
    assert!(!fires("PF102", &codes("", &targets("=150万元"))));
    // A round amount (`≤10万元`, `=60万元`) is met by chance: it proves no copying.
    assert!(!fires("PF102", &codes("", &targets_beside("=60万元", "60.00"))));
}

#[test]
fn cp101_a_required_table_missing() {
    assert!(fires("CP101", &codes("", SUMMARY)));
    let all = [
        "2025年部门收支预算总表", "2025年部门收入预算表", "2025年部门支出预算表", "2025年财政拨款收支预算表",
        "2025年一般公共预算支出预算表", "2025年一般公共预算基本支出预算表", "2025年一般公共预算“三公”经费支出预算表",
        "2025年政府性基金预算支出预算表", "2025年国有资本经营预算支出预算表",
    ]
    .iter()
    .map(|title| format!("{title}\n单位名称：测试县医疗保障局\n单位：万元\n项目\t金额\n合计\t1.00"))
    .collect::<Vec<_>>()
    .join("\n\n");
    assert!(!fires("CP101", &codes("", &all)));
}

#[test]
fn tx103_comparison_with_another_year_than_the_last() {
    assert!(fires("TX103", &codes("公务接待费1.00万元，比2023年增加0.50万元。", "")));
    assert!(!fires("TX103", &codes("公务接待费1.00万元，比2024年增加0.50万元。", "")));
}

#[test]
fn tx104_characters_that_did_not_render() {
    assert!(fires("TX104", &codes("主要用于办公\u{fffd}支出。", "")));
    assert!(!fires("TX104", &codes("主要用于办公费支出。", "")));
}

#[test]
fn nr107_one_amount_stated_twice_in_a_section() {
    let said = |second: &str| format!("基本支出208.80万元，主要用于保障机构正常运转。2025年基本支出预算为{second}万元。");
    assert!(fires("NR107", &codes(&said("201.50"), "")));
    assert!(!fires("NR107", &codes(&said("208.80"), "")));
}

#[test]
fn xt102_summary_tables_that_disagree() {
    let income = |total: &str| format!("2025年部门收入预算表\n单位名称：测试县医疗保障局\n单位：万元\n项目\t本年收入合计\n合计\t{total}");
    let both = |total: &str| format!("{SUMMARY}\n\n{}", income(total));
    assert!(fires("XT102", &codes("", &both("90.00"))));
    assert!(!fires("XT102", &codes("", &both("100.00"))));
}

#[test]
fn pf103_indicators_without_a_target() {
    assert!(fires("PF103", &codes("", &targets(""))));
    assert!(!fires("PF103", &codes("", &targets("≥150万元"))));
}

#[test]
fn cp102_an_empty_table_without_its_note() {
    let empty = "2025年政府性基金预算支出表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t合计\n\t合计\t";
    assert!(fires("CP102", &codes("", empty)));
    let noted = format!("{empty}\n注：本部门无政府性基金预算拨款安排的支出，故此表无数据。");
    assert!(!fires("CP102", &codes("", &noted)));
}

/// The narrative that says the fund is nothing (Shanghai: `政府性基金拨款支出预算为0`) accounts for
/// the empty table: a note, not a warning.
#[test]
fn cp102_an_empty_table_the_narrative_accounts_for_is_a_note() {
    let empty = "2025年政府性基金预算支出表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t合计\n\t合计\t";
    let severity = |body: &str| findings(body, empty).into_iter().find(|f| f.code == "CP102").map(|f| f.severity);
    assert_eq!(severity("一般公共预算拨款支出预算100万元；政府性基金拨款支出预算为0。"), Some(yusuan_check::Severity::Info));
    assert_eq!(severity("一般公共预算拨款支出预算100万元；政府性基金拨款支出预算为10万元。"), Some(yusuan_check::Severity::Warning));
}

#[test]
fn ar103_a_class_that_is_not_the_sum_of_its_items() {
    let table = |item: &str| {
        format!(
            "2025年一般公共预算支出预算表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t150.00\t100.00\t50.00\n210\t卫生健康支出\t150.00\t100.00\t50.00\n21015\t医疗保障管理事务\t150.00\t100.00\t50.00\n2101501\t行政运行\t100.00\t100.00\t\n2101502\t一般行政管理事务\t{item}\t\t{item}"
        )
    };
    // 一般行政管理事务 45.00: 款 21015 is 150.00 in both columns, its items 145.00.
    assert!(fires("AR103", &codes("", &table("45.00"))));
    assert!(!fires("AR103", &codes("", &table("50.00"))));
    // Rounding never fires: three items of 33.33 make a class of 100.00 within their precision.
    let thirds = "2025年一般公共预算支出预算表\n单位：万元\n科目编码\t科目名称\t合计\n\t合计\t99.99\n2101501\t行政运行\t33.33\n2101502\t一般行政管理事务\t33.33\n2101550\t事业运行\t33.33";
    assert!(!fires("AR103", &codes("", thirds)));
}

#[test]
fn id102_a_county_unit_defining_its_money_as_the_citys() {
    let defined = |level: &str| format!("一、财政拨款收入：是指{level}级财政当年拨付的资金。");
    assert!(fires("ID102", &codes(&defined("市"), "")));
    assert!(!fires("ID102", &codes(&defined("县"), "")));
    // Money of another level is not the unit's own level.
    assert!(!fires("ID102", &codes("城乡医疗救助市级配套资金50.00万元。", "")));
}

#[test]
fn id103_a_table_titled_with_last_years_year() {
    assert!(fires("ID103", &codes("", &SUMMARY.replacen("2025年", "2024年", 1))));
    assert!(!fires("ID103", &codes("", SUMMARY)));
}

#[test]
fn xt103_fiscal_summary_and_general_budget_table_disagree() {
    let tables = |basic: &str| {
        format!(
            "2025年财政拨款收支预算总表\n单位名称：测试县医疗保障局\n单位：万元\n收入\t\t支出\t\t\n项目\t金额\t项目\t合计\t一般公共预算\n一、一般公共预算\t100.00\t一、基本支出\t60.00\t{basic}\n\t\t二、项目支出\t40.00\t40.00\n收入总计\t100.00\t支出总计\t100.00\t100.00\n\n\
             2025年一般公共预算支出预算表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t100.00\t60.00\t40.00\n2101501\t行政运行\t60.00\t60.00\t\n2101502\t一般行政管理事务\t40.00\t\t40.00"
        )
    };
    assert!(fires("XT103", &codes("", &tables("50.00"))));
    assert!(!fires("XT103", &codes("", &tables("60.00"))));
}

#[test]
fn cp103_a_narrative_without_government_procurement() {
    let narrative = |procurement: &str| {
        format!(
            "测试县医疗保障局主要职责是贯彻落实医疗保障政策，内设办公室等3个股室。\n\n\
             2025年收支总计100.00万元，比2024年增加5.00万元，增长5.26%。主要原因是人员增加。\n\n\
             2025年机关运行经费10.00万元。“三公”经费1.00万元。{procurement}\n\n\
             2024年期末，共有车辆0辆。2025年项目均编制了绩效目标。\n\n第三部分 名词解释"
        )
    };
    assert!(fires("CP103", &codes(&narrative(""), SUMMARY)));
    assert!(!fires("CP103", &codes(&narrative("2025年政府采购预算0万元。"), SUMMARY)));
}

#[test]
fn xt104_admin_operation_above_the_public_funds() {
    let said = |admin: &str| format!("基本支出50.00万元，其中：人员经费40.00万元；公用经费10.00万元。\n\n2025年机关运行经费{admin}万元。");
    assert!(fires("XT104", &codes(&said("12.00"), "")));
    assert!(!fires("XT104", &codes(&said("10.00"), "")));
}

#[test]
fn nr110_completion_rate_that_does_not_follow() {
    let said = |rate: &str| format!("一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的{rate}%。");
    assert!(fires("NR110", &final_account_codes(&said("98.50"))));
    assert!(!fires("NR110", &final_account_codes(&said("98.20"))));
}

/// `年初预算为` in a budget is the budget's own amount, not a final account's budgeted one.
#[test]
fn nr110_needs_a_final_account() {
    let found = codes("一般公共预算支出年初预算为100.00万元，支出决算为60.00万元，完成年初预算的50.00%。", SUMMARY);
    assert!(fires("NR110", &final_account_codes("一般公共预算财政拨款支出年初预算为100.00万元，支出决算为60.00万元，完成年初预算的50.00%。")));
    assert!(!fires("NR110", &found));
}

/// shanghai-putuo-wanli-2024-budget p33: the parts in parentheses (7998 + 105 = 8103) exceed the
/// part before them (8013, a typo for 8103: 8103 + 5356 = 13459).
#[test]
fn nr113_parts_listed_after_qizhong_exceed_their_total() {
    let said = |above: &str| {
        format!("本工程规划建筑面积约为13459平方米，其中地上建筑面积为{above}平方米（其中计容面积7998平方米，不计容面积105平方米），地下建筑面积为5356平方米，建筑高度为29.8米。")
    };
    assert!(fires("NR113", &codes(&said("8013"), "")));
    assert!(!fires("NR113", &codes(&said("8103"), "")));
}

/// A partial list is allowed, and a change after a part is not a part.
#[test]
fn nr113_a_partial_list_and_a_change_are_not_an_excess() {
    let found = codes("收入合计100.00万元，其中：财政拨款收入80.00万元，比2024年增加30.00万元，增长60.00%；其他收入15.00万元。", "");
    assert!(!fires("NR113", &found));
    let found = codes("收入合计100.00万元，其中：财政拨款收入80.00万元，比2024年增加30.00万元，增长60.00%；其他收入25.00万元。", "");
    assert!(fires("NR113", &found));
}

/// A complete list of a sum of data/calculations.tsv that exceeds its total is AR101's, reported once.
#[test]
fn nr113_leaves_a_concept_sum_to_ar101() {
    let found = codes("基本支出50.00万元，其中：人员经费30.00万元；公用经费30.00万元。", "");
    assert!(fires("AR101", &found) && !fires("NR113", &found));
    // 政府采购 = 货物 + 工程 + 服务 is a sum too; two of its three parts are not.
    let found = codes("2025年政府采购预算10.00万元，其中：政府采购货物预算6.00万元、政府采购服务预算5.00万元。", "");
    assert!(fires("NR113", &found) && !fires("AR101", &found));
}

/// The “三公” table of luanchuan-2020 (lines 282–288): 共计 left blank over 公务接待费 1.70.
fn three_public(total: &str, reception: &str) -> String {
    format!(
        "2025年一般公共预算“三公”经费支出情况表\n单位名称：测试县医疗保障局\n单位：万元\n项 目\t2025年“三公”经费预算数\n共 计\t{total}\n1、因公出国（境）费用\t\n2、公务接待费\t{reception}\n3、公务用车费\t\n其中：（1）公务用车运行维护费\t\n（2）公务用车购置\t"
    )
}

#[test]
fn ar104_a_total_row_left_blank_over_its_items() {
    assert!(fires("AR104", &codes("", &three_public("", "1.70"))));
    let found = codes("", &three_public("1.70", "1.70"));
    assert!(!fires("AR104", &found) && !fires("AR101", &found));
    // Items of nothing make a total of nothing, blank or not.
    assert!(!fires("AR104", &codes("", &three_public("", "0.00"))));
}

#[test]
fn ar104_a_total_column_or_coded_total_row_left_blank() {
    let table = |total_row: &str, item: &str| {
        format!(
            "2025年部门支出预算表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t{total_row}\n2101501\t行政运行\t100.00\t100.00\t\n2101502\t一般行政管理事务\t{item}\t\t50.00"
        )
    };
    // The row's 合计 column blank beside 项目支出 50.00 (AR102 compares only a written total).
    let found = codes("", &table("150.00\t100.00\t50.00", ""));
    assert!(fires("AR104", &found) && !fires("AR102", &found));
    // The table's 合计 row blank over its two codes (AR103 compares only a written total).
    let found = codes("", &table("\t\t", "50.00"));
    assert!(fires("AR104", &found) && !fires("AR103", &found));
    assert!(!fires("AR104", &codes("", &table("150.00\t100.00\t50.00", "50.00"))));
}

/// A 一般公共预算支出表 of 100.00 in 210 卫生健康支出, after the rows `first` (a class before it).
fn health_table(total: &str, first: &str) -> String {
    format!(
        "2025年一般公共预算支出预算表\n单位名称：测试县医疗保障局\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t{total}\t40.00\n{first}210\t卫生健康支出\t100.00\t60.00\t40.00\n2101501\t行政运行\t35.00\t35.00\t\n2101502\t一般行政管理事务\t25.00\t25.00\t\n2101301\t城乡医疗救助\t40.00\t\t40.00"
    )
}

#[test]
fn nr109_an_amount_put_under_a_class_the_tables_do_not_spend_in() {
    let said = |items: &str| format!("测试县医疗保障局2025年一般公共预算支出{items}。");
    let only_health = health_table("100.00\t60.00", "");
    // 60.00 is 21015 (35.00 + 25.00), under 210; the tables have no 201 at all.
    let misnamed = said("100.00万元，主要用于以下方面：一般公共服务（类）支出60.00万元；城乡医疗救助支出40.00万元");
    assert!(fires("NR109", &codes(&misnamed, &only_health)));
    let found = codes(&said("100.00万元，主要用于以下方面：卫生健康（类）支出100.00万元"), &only_health);
    assert!(!fires("NR109", &found) && !fires("NR103", &found));
    // A class the tables do spend in, with another amount, is NR103's alone.
    let with_general = health_table("100.45\t60.45", "201\t一般公共服务支出\t0.45\t0.45\t\n");
    let found = codes(&misnamed.replace("100.00万元", "100.45万元"), &with_general);
    assert!(fires("NR103", &found) && !fires("NR109", &found));
}

#[test]
fn cp104_a_note_that_says_the_table_is_empty_over_figures() {
    let table = |figure: &str| {
        format!("2025年一般公共预算“三公”经费支出情况表\n单位名称：测试县医疗保障局\n单位：万元\n项目\t预算数\n合计\t{figure}\n公务接待费\t{figure}\n注：本部门2025年无“三公”经费预算，故本表为空表。")
    };
    assert!(fires("CP104", &codes("", &table("1.70"))));
    assert!(!fires("CP104", &codes("", &table("0.00"))));
}

/// A final account is held to the final-account tables (收入支出决算总表 …), not the budget's.
#[test]
fn cp101_a_final_account_without_its_tables() {
    let found = final_account_codes("一般公共预算财政拨款支出年初预算为100.00万元，支出决算为100.00万元，完成年初预算的100.00%。");
    assert!(fires("CP101", &found), "{found:?}");
}

/// A final account's narrative is held to the final-account items (预算绩效管理情况, …).
#[test]
fn cp103_a_final_account_narrative_without_its_items() {
    let found = final_account_codes("一般公共预算财政拨款支出年初预算为100.00万元，支出决算为100.00万元，完成年初预算的100.00%。");
    assert!(fires("CP103", &found), "{found:?}");
}

/// A budget that prints none of its tables gives one finding, not one per table: an error, or a
/// note where it says the tables are attached.
#[test]
fn cp101_no_table_at_all_is_one_finding() {
    let found = codes("本部门2025年收入预算100.00万元。", "");
    assert_eq!(found.iter().filter(|c| **c == "CP101").count(), 1, "{found:?}");
    let cp101: Vec<_> = findings("本部门2025年收入预算100.00万元。具体公开表样附后。", "").into_iter().filter(|f| f.code == "CP101").collect();
    assert_eq!(cp101.len(), 1);
    assert_eq!(cp101[0].severity, yusuan_check::Severity::Info, "{:?}", cp101[0].message);
}

#[test]
fn id104_a_project_period_that_ends_before_the_budget_year() {
    let project = |period: &str| format!("人民调解项目经费情况说明\n\n五、实施周期\n\n{period}\n\n六、年度预算安排\n\n795万元");
    assert!(fires("ID104", &codes(&project("2024年1月1日-2024年12月31日"), SUMMARY)));
    assert!(!fires("ID104", &codes(&project("2025年1月1日-2025年12月31日"), SUMMARY)));
    assert!(!fires("ID104", &codes(&project("2024.1.1-2026.12.31"), SUMMARY)));
}

/// 万里街道's list of spending by item (2024 budget, p6–9), two entries in its words, with
/// the table that lists the items.
fn item_list(second_purpose: &str, second_reason: &str, first_rate: &str) -> Vec<&'static str> {
    let body = format!(
        "1.“城乡社区支出（类）城乡社区管理事务（款）一般行政管理事务（项）”1759.10万元，主要用于城乡社区管理事务一般行政管理事务。\
         2024年当年预算执行数为2083.68万元，2025年预算安排1759.10万元，比2024年预算执行数{first_rate}。主要原因是：城乡社区管理事务一般行政管理事务经费减少。\n\
         2.“城乡社区支出（类）城乡社区管理事务（款）城管执法（项）”604.34万元，主要用于{second_purpose}。\
         2024年当年预算执行数为676.66万元，2025年预算安排604.34万元，比2024年预算执行数减少10.69%。主要原因是：{second_reason}。"
    );
    let table = "2025年一般公共预算支出预算表\n单位：万元\n科目编码\t科目名称\t合计\n\t合计\t2363.44\n212\t城乡社区支出\t2363.44\n21201\t城乡社区管理事务\t2363.44\n2120104\t城管执法\t604.34\n2120102\t一般行政管理事务\t1759.10";
    codes(&body, table)
}

#[test]
fn nr111_a_reason_that_has_the_item_go_the_other_way() {
    // Written as a rise, while its reason has 城乡社区管理事务一般行政管理事务 fall.
    assert!(fires("NR111", &item_list("城管执法", "城管执法经费减少", "增加15.58%")));
    assert!(!fires("NR111", &item_list("城管执法", "城管执法经费减少", "减少15.58%")));
}

#[test]
fn nr112_a_purpose_or_reason_copied_from_the_item_before() {
    let copied = item_list("城乡社区管理事务一般行政管理事务", "城乡社区管理事务一般行政管理事务经费减少", "减少15.58%");
    assert_eq!(copied.iter().filter(|c| **c == "NR112").count(), 2);
    assert!(!fires("NR112", &item_list("城管执法", "城管执法经费减少", "减少15.58%")));
}

/// 万里街道 (p7): `2023年当年预算执行数为10.00万元，2024年预算安排10.00万元，比2023年预算执行数持平`.
#[test]
fn nr114_a_change_that_is_not_the_difference() {
    let said = |current: &str, change: &str| {
        format!("1.“科学技术支出（类）科学技术普及（款）科普活动（项）”{current}万元，主要用于科普活动。2024年当年预算执行数为10.00万元，2025年预算安排{current}万元，比2024年预算执行数{change}。")
    };
    let table = |current: &str| format!("2025年一般公共预算支出预算表\n单位：万元\n科目编码\t科目名称\t合计\n\t合计\t{current}\n206\t科学技术支出\t{current}\n20607\t科学技术普及\t{current}\n2060702\t科普活动\t{current}");
    assert!(fires("NR114", &codes(&said("12.00", "持平"), &table("12.00"))));
    assert!(fires("NR114", &codes(&said("12.00", "增加3.00万元"), &table("12.00"))));
    assert!(!fires("NR114", &codes(&said("10.00", "持平"), &table("10.00"))));
    assert!(!fires("NR114", &codes(&said("12.00", "增加2.00万元"), &table("12.00"))));
}

