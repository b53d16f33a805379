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

/// Jiangsu (无锡, 苏州 2026): the money 涉及 names after a count is that of the projects counted,
/// not the whole department's stated before it.
#[test]
fn the_money_involved_is_that_of_what_was_counted() {
    let found = facts("四、绩效目标设置情况\n\n2026年度，本部门整体支出纳入绩效目标管理，涉及财政性资金17,466.65万元；本部门共17个项目纳入绩效目标管理，涉及财政性资金合计12,796.25万元，占财政性资金总额的比例为100%。");
    assert!(has(&found, "performance.targets_total{}=Money(Money { fen: 1279625000"), "{found:?}");
    assert_eq!(found.iter().filter(|f| f.starts_with("funds.government{}")).count(), 1, "{found:?}");
}

/// Shanghai units (2026): targets counted whose kind is not known; the money involved is not known either.
#[test]
fn the_money_of_something_counted_but_not_known_is_no_fact() {
    let found = facts("四、绩效目标设置情况\n\n本单位实现了绩效目标的全覆盖。其中，编报单位整体绩效目标1个；政策绩效目标0个、涉及预算资金0万元；项目绩效目标共1个，涉及项目预算资金382.00万元。");
    assert!(!has(&found, "project.amount"), "{found:?}");
}

/// Yantai (2026): the projects chosen for a key evaluation, counted or named, are not all the
/// projects; `其中财政拨款` is the part of the amount before paid from that fund.
#[test]
fn a_stage_named_after_the_count_and_a_part_from_a_fund() {
    let found = facts("八、绩效目标设置情况\n\n测试区司法局2026年政策和项目全面实施绩效目标管理，涉及一级预算项目10个，预算资金2385.28万元，其中财政拨款2285.28万元。拟对养老服务发展资金1个项目开展部门重点绩效评价，涉及预算资金5450万元，其中财政拨款5450万元。拟对地质环境监测项目开展部门重点绩效评价，涉及预算资金77万元。");
    assert!(has(&found, "projects.key_evaluated{}=Count(1)"), "{found:?}");
    assert!(has(&found, "performance.key_evaluated_total{}=Money(Money { fen: 545000000"), "{found:?}");
    assert!(has(&found, "performance.key_evaluated_total{\"fund\": \"fiscal_appropriation\"}=Money(Money { fen: 545000000"), "{found:?}");
    assert!(has(&found, "performance.key_evaluated_total{}=Money(Money { fen: 7700000"), "{found:?}");
    // Shandong's 一级预算项目 group every project the tables list, staff and running costs
    // included: their money is no 项目支出 (issue 12 precision review, Yantai housing p36).
    assert!(!has(&found, "expense.project"), "{found:?}");
    assert!(!has(&found, "income.fiscal_appropriation"), "{found:?}");
    assert!(!has(&found, "project.amount"), "{found:?}");
}

/// Chongqing (2026): the procurement from the general budget, and the goods, works and services
/// listed after its colon, are parts of the whole procurement, not the whole stated again; the
/// general budget's share of the projects under performance management is not its income.
#[test]
fn a_funds_part_and_its_breakdown() {
    let found = facts("三、其他重要事项的情况说明\n\n（二）政府采购情况。所属各预算单位政府采购预算总额6,546.82万元:政府采购货物预算1,267.79万元、政府采购工程预算465.53万元、政府采购服务预算4,813.5万元;其中一般公共预算拨款政府采购5,499.84万元:政府采购货物预算564.79万元、政府采购工程预算121.55万元、政府采购服务预算4,813.5万元。\n\n（三）绩效目标设置情况。2026年项目支出均实行了绩效目标管理,涉及一般公共预算财政拨款58,397.75万元。");
    assert!(has(&found, "procurement.total{\"fund\": \"general_budget\"}=Money(Money { fen: 549984000"), "{found:?}");
    assert!(has(&found, "procurement.goods{\"fund\": \"general_budget\"}=Money(Money { fen: 56479000"), "{found:?}");
    assert!(has(&found, "procurement.goods{}=Money(Money { fen: 126779000"), "{found:?}");
    assert!(!has(&found, "income.general_budget"), "{found:?}");
}

/// Chongqing (2026): the appropriation of one fund is that fund's income.
#[test]
fn a_funds_appropriation_is_that_funds_income() {
    let found = facts("一、收支预算总体情况说明\n\n2026年一般公共预算财政拨款收入101,833.84万元。2026年政府性基金预算财政拨款收入41,534.73万元,政府性基金预算支出41,534.73万元。");
    assert!(has(&found, "income.general_budget{}=Money(Money { fen: 10183384000"), "{found:?}");
    assert!(has(&found, "income.gov_fund{}=Money(Money { fen: 4153473000"), "{found:?}");
    assert!(!has(&found, "income.fiscal_appropriation"), "{found:?}");
}

/// Yantai (2026): a fee paid from the appropriation is the fee's amount, not the appropriation.
#[test]
fn a_fee_paid_from_a_fund_is_not_the_fund() {
    let found = facts("四、委托业务费情况\n\n委托业务费指委托外单位办理业务而支付的各项资金。2026年本部门委托业务费财政拨款预算为649万元，比上年预计减少32万元。");
    assert!(!has(&found, "income.fiscal_appropriation"), "{found:?}");
    assert!(!has(&found, "expense.current_year{\"fund\""), "{found:?}");
}

/// Jiangsu (苏州, 无锡 2026): an item named by its 款 and 项 under a class heading is that 款's
/// item, or not known — not the item of the same name under another 款, nor the class.
#[test]
fn an_item_named_by_its_levels_is_that_item_or_none() {
    let found = facts("五、财政拨款支出预算情况说明\n\n（三）农林水支出（类）\n\n1.林业和草原（款）一般行政管理事务（项）支出 0 万元，与上年相比减少 94.61 万元。\n\n2.其他科学技术支出（款）其他科学技术支出（项）支出 0 万元，与上年相比减少 1,138 万元。");
    assert!(!has(&found, "expense.current_year{\"function\": \"213\"}"), "{found:?}");
    assert!(!has(&found, "expense.current_year{\"function\": \"206\"}"), "{found:?}");
    assert!(!found.iter().any(|f| f.starts_with("expense.current_year{") && f.contains("fen: 0")), "{found:?}");
}

/// Xi'an science (2022, p37): the figures of the bodies under the department, each named before
/// its own (`西安市社会科学院公用经费预算60.57万元`), are neither the department's nor the sentence's;
/// the document's own name before a figure is the document's.
#[test]
fn another_bodys_figure_is_no_fact() {
    let found = facts("三、机关运行经费\n\n局机关行政运行经费预算109.15万元，比上年增加21.79万元。测试研究院公用经费预算60.57万元，比上年减少5万元。主要原因是社科院减少1.79万元，交流中心减少1.09万元。");
    // In 分: 109.15, 60.57, 1.79 and 1.09 万元 (another body's, each of them).
    for fen in ["109150000", "60570000", "1790000", "1090000"] {
        assert!(!found.iter().any(|f| f.contains(&format!("fen: {fen},"))), "{fen}: {found:?}");
    }
    let own = facts("三、机关运行经费\n\n本部门下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为217.83万元。");
    assert!(has(&own, "admin_operation{}"), "{own:?}");
    let own = facts("三、收支预算\n\n测试区司法局2026年收入预算100.00万元。");
    assert!(has(&own, "income.total{}") || has(&own, "income.current_year{}"), "{own:?}");
}

/// Chongqing (meteo 2026, p2) justifies a line by letter spacing: `1 3 , 8 7 3. 3 6 万元` is 13,873.36,
/// not 6 万元.
#[test]
fn a_letter_spaced_number_reads_whole() {
    let found = facts("二、支出预算\n\n其中:自然资源海洋气象等支出 1 3 , 8 7 3. 3 6 万元,社会保障和就业支出120.17万元。");
    assert!(found.iter().any(|f| f.contains("fen: 13873360000,")), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("fen: 6000000,")), "{found:?}");
}

/// A count of 项目 is the budget's only in the budget's words: not a work target (Xi'an science
/// 2022, p6: `推进科技成果就地转化项目500项`) nor another level's items (Yantai: `一级预算项目76个`).
#[test]
fn a_work_target_or_another_levels_projects_are_not_the_budgets() {
    assert!(!has(&facts("一、工作目标\n\n推进科技成果就地转化项目500项，新增企业200家。"), "projects{}"));
    assert!(!has(&facts("七、绩效管理\n\n本部门涉及一级预算项目76个，预算资金45967.29万元。"), "projects{}"));
    assert!(has(&facts("七、项目支出\n\n本部门共安排项目10个，预算资金100.00万元。"), "projects{}=Count(10)"));
}

/// Xi'an (hrss 2020, p19): a paragraph about one economic class by its printed code; its
/// `其中：公用经费` is the class's part, not the department's 公用经费.
#[test]
fn an_economic_class_paragraphs_parts_are_not_the_departments() {
    let found = facts("（一）按照部门预算支出经济分类的类级科目说明\n\n商品和服务支出（302）4464.76万元,其中：公用经费621.37万元,较上年减少147.08万元，属于正常变化。");
    assert!(!has(&found, "expense.basic.public"), "{found:?}");
}

/// Xi'an (DRC 2019, p26): the sum of several things named together is no one thing's figure;
/// `收、支总计` still names both sides.
#[test]
fn the_sum_of_things_named_together_is_no_ones() {
    let found = facts("六、“三公”经费等预算情况\n\n2019年本部门一般公共预算“三公”经费及会议费、培训费预算支出共263.72万元，其中：培训费预算70.52万元。");
    assert!(!found.iter().any(|f| f.contains("fen: 263720000,")), "{found:?}");
    assert!(has(&found, "training_fees{}=Money(Money { fen: 70520000,"), "{found:?}");
    let found = facts("“三公”经费及会议费预算共10.00万元。");
    assert!(found.is_empty(), "{found:?}");
}

/// Xi'an transport (2022, p22): `机关运行经费（公用经费）预算总额` is the 机关运行经费, not a project's
/// amount (`总额` alone names one).
#[test]
fn a_concepts_total_is_that_concepts() {
    let found = facts("十、机关运行经费安排情况说明\n\n2022年本部门机关运行经费（公用经费）预算总额为1703.46万元，较上年增加314.25万元。");
    assert!(has(&found, "admin_operation{}=Money"), "{found:?}");
    assert!(!has(&found, "project.amount"), "{found:?}");
}

/// Xi'an hrss (2020, p12): a paragraph that opens on the appropriations' income speaks of them in
/// its 支出预算总计 too.
#[test]
fn a_paragraph_on_appropriations_keeps_their_scope() {
    let found = facts("二、财政拨款收支预算情况说明\n\n本部门财政拨款收入预算总计181807.13万元，全部为一般公共预算拨款。支出预算总计181807.13万元。");
    assert!(has(&found, "expense.total{\"fund\": \"fiscal_appropriation\"}"), "{found:?}");
    assert!(!has(&found, "expense.total{}"), "{found:?}");
}

/// Xi'an hrss (2020, p25): the items of the 机关运行经费 are its parts: its 公务接待费 is not the
/// department's “三公” 公务接待费.
#[test]
fn the_items_of_the_admin_operation_are_its_parts() {
    let found = facts("十、机关运行经费安排情况\n\n2020年机关运行经费预算总计82万元，其中：办公经费41.47万元，公务接待费2万元，公务用车运行维护费12万元。");
    assert!(!has(&found, "three_public"), "{found:?}");
    let alone = facts("七、“三公”经费\n\n2020年“三公”经费预算3.30万元，其中：公务接待费2万元。");
    assert!(has(&alone, "three_public.reception{}"), "the same words outside a 机关运行经费 list: {alone:?}");
}

/// 西安市公安局 (2026, p9): parts joined by `、` after `其中` are one list; the change after it is
/// the head's (129,422.00 ÷ 473,869.70 = 27.31 %), not the last part's.
#[test]
fn a_change_after_a_list_of_parts_is_the_heads() {
    let found = facts("一、收支预算总体情况说明\n\n本部门财政拨款收入467,755.51万元，其中：一般公共预算拨款324,638.50万元、上年结转13,102.70万元，较上年减少130,014.30万元，下降27.80%。");
    assert!(has(&found, "income.fiscal_appropriation.change{}=Money(Money { fen: -13001430000"), "{found:?}");
    assert!(has(&found, "income.fiscal_appropriation.change_rate{}"), "{found:?}");
    assert!(!has(&found, "income.carryover.change"), "{found:?}");
}

/// 西安市公安局 (2026, p11): an item printed with its whole code is that item, even when no table
/// has its row; `其他公安支出` is not the 款 `公安` its name ends with.
#[test]
fn an_item_printed_with_its_code_is_that_item() {
    let found = facts("七、一般公共预算支出情况说明\n\n6.其他公安支出（2040299）0.00万元，较上年减少53,433.52万元，下降100.00%。");
    assert!(has(&found, "expense.current_year{\"function\": \"2040299\"}=Money(Money { fen: 0"), "{found:?}");
    assert!(has(&found, "expense.current_year.change{\"function\": \"2040299\"}"), "{found:?}");
}

/// 西安市委宣传部 (2021, p7–8): under `（2）公用经费：` an item's figure is its 公用经费, not all of
/// its spending, so it is no fact of the item.
#[test]
fn an_items_part_of_spending_is_not_the_item() {
    let found = facts("七、一般公共预算支出情况说明\n\n（2）公用经费：①行政运行（2013201）124.00万元，较上年减少55.42万元。");
    assert!(!has(&found, "expense.current_year{\"function\": \"2013201\"}"), "{found:?}");
}
