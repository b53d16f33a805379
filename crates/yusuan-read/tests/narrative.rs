//! Narrative sentences of the Shanghai and Jiangsu templates read as the facts they state.

use yusuan_read::read_bytes;

/// The facts of a small budget whose narrative is `body`, as `concept{dims}=value` strings.
fn facts(body: &str) -> Vec<String> {
    let text = format!("测试区司法局\n2026年部门预算\n\n第二部分 2026年测试区司法局部门预算情况说明\n\n{body}\n");
    let r = read_bytes(text.as_bytes()).expect("reads");
    r.facts.iter().map(|f| format!("{}{:?}={:?}", f.concept, f.dims, f.value)).collect()
}

fn has(facts: &[String], prefix: &str) -> bool {
    facts.iter().any(|f| f.starts_with(prefix))
}

#[test]
fn the_stages_of_performance_management_are_told_apart() {
    let found = facts("四、绩效目标设置情况\n\n编报绩效目标的2026年度项目4个，涉及预算金额598.42万元；绩效跟踪评价的2026年度项目2个，涉及预算金额100.00万元；绩效自评的项目3个，其中，绩效评级为“优”的项目3个。");
    assert!(has(&found, "projects.with_targets{}=Count(4)"), "{found:?}");
    assert!(has(&found, "performance.targets_total{}"), "{found:?}");
    assert!(has(&found, "projects.tracked{}=Count(2)"), "{found:?}");
    assert!(has(&found, "performance.tracked_total{}"), "{found:?}");
    assert!(has(&found, "projects.self_evaluated{}=Count(3)"), "{found:?}");
    assert!(has(&found, "projects.self_evaluated{\"category\": \"优\"}=Count(3)"), "{found:?}");
}

#[test]
fn spending_from_a_fund_is_not_the_funds_income() {
    let found = facts("一、收支预算总体情况说明\n\n测试区司法局2026年一般公共预算财政拨款支出预算9628.22万元，比2025年预算增加793.14万元。");
    assert!(has(&found, "expense.current_year{\"fund\": \"general_budget\"}"), "{found:?}");
    assert!(!has(&found, "income.general_budget"), "{found:?}");
}

/// 万里街道 (2024, p7): an item's sentences that the author began on a line of their own go on
/// with that item; `持平` is a change of nothing.
#[test]
fn an_items_next_paragraph_and_a_level_change() {
    let found = facts(
        "12、社会保障和就业支出（208类）行政事业单位养老支出（05款）行政单位离退休（01项）24.31万元，主要用于行政单位离退休。\n\
         2025年当年预算执行数为20.30万元，2026年预算安排24.31万元，比2025年预算执行数增加19.75%。\n\
         13、科学技术支出（206类）科学技术普及（07款）科普活动（02项）10.00万元，主要用于科普活动。2025年当年预算执行数为10.00万元，2026年预算安排10.00万元，比2025年预算执行数持平。",
    );
    assert!(has(&found, "expense.current_year.previous{\"function\": \"2080501\"}"), "{found:?}");
    assert!(has(&found, "expense.current_year.change_rate{\"function\": \"2080501\"}"), "{found:?}");
    assert!(has(&found, "expense.current_year.change{\"function\": \"2060702\"}=Money(Money { fen: 0"), "{found:?}");
}

/// Jiangsu (无锡, 苏州 2026): the income sources listed one by one, then their carry-overs.
#[test]
fn a_sources_carry_over_is_not_its_income_of_the_year() {
    let found = facts("二、收入预算情况说明\n\n本年一般公共预算收入17,466.65万元，占100%；\n上年结转结余的一般公共预算收入0万元，占0%；\n上年结转结余的单位资金0万元，占0%。");
    assert!(has(&found, "income.general_budget{}=Money"), "{found:?}");
    assert!(has(&found, "income.carryover.general_budget{}=Money"), "{found:?}");
    assert_eq!(found.iter().filter(|f| f.starts_with("income.general_budget{}")).count(), 1, "{found:?}");
}
