//! The three corpus documents (tests/fixtures/corpus/, copied from shared/corpus/): identity,
//! every table's kind and unit, and figures checked by hand against the source text.

mod common;

use common::{kinds, read, table_values, text_values};
use yusuan_model::{DocKind, Scope, TableKind::*};

#[test]
fn luolong_2021() {
    let r = read("corpus/luolong-2021.txt");
    let id = &r.document.identity;
    assert_eq!(id.unit.as_deref(), Some("洛龙区医疗保障局"));
    assert_eq!(id.unit_code.as_deref(), Some("312001"));
    assert_eq!((id.year, id.kind, id.scope), (Some(2021), Some(DocKind::Budget), Some(Scope::Department)));
    let wan = Some("万元");
    assert_eq!(
        kinds(&r),
        vec![
            (IncomeExpenseSummary, wan), (Income, wan), (Expense, wan), (FiscalSummary, wan),
            (GeneralBudgetExpense, wan), (ThreePublic, wan), (GovFundExpense, wan), (AdminOperation, wan),
            (SoeCapitalExpense, wan), (GeneralBudgetBasic, wan), (DepartmentPerformance, None),
            // The 项目绩效目标表 names its unit in a header, 项目金额 (万元); the 整体绩效目标表 nowhere.
            (ProjectPerformance, wan),
        ]
    );
    // 五、: “一般公共服务(类)支出4.79万元” — the narrative's figure, which the tables contradict.
    assert_eq!(text_values(&r, "expense.current_year", &[("function", "201")]), ["47900"]);
    // 财政拨款收支总表 line 260: 一、一般公共服务 10.45 (the table's own figure for class 201).
    let general_budget = [("function", "201"), ("fund", "general_budget")];
    assert_eq!(table_values(&r, FiscalSummary, "expense.current_year", &general_budget), ["104500"]);
    // 十、（一）: 机关运行经费 1.5万元，比2020年减少0.5万元，下降（增长）25%.
    assert_eq!(text_values(&r, "admin_operation", &[]), ["15000"]);
    assert_eq!(text_values(&r, "admin_operation.change", &[]), ["-5000"]);
    assert_eq!(text_values(&r, "admin_operation.change_rate", &[]), ["-25"]);
    // 机关运行经费表: 合计 1.5000 written with four decimals (to the 元).
    let admin = r.facts.iter().find(|f| f.concept == "admin_operation" && matches!(f.source, yusuan_model::FactSource::Table { .. })).unwrap();
    assert_eq!((admin.value_string().as_str(), admin.decimals()), ("15000", 0));
    // 基本支出表 30101 基本工资 / 50101: 13.29.
    let basic = table_values(&r, GeneralBudgetBasic, "expense.basic", &[("econ_dept", "30101"), ("econ_gov", "50101")]);
    assert_eq!(basic, ["132900"]);
    let personnel = table_values(&r, GeneralBudgetBasic, "expense.basic.personnel", &[("econ_dept", "30101"), ("econ_gov", "50101")]);
    assert_eq!(personnel, ["132900"]);
}

/// 收支总表, lines 167–183: the converter split the 支出 `项 目` into two cells (line 168), which
/// puts `合 计` and `本年支出小计` one column right of their figures; `一般公共预算`/`小计` (lines
/// 169–170) stand right. Row 172: 1、工资福利支出 47.14 in all three columns (合计, the current year's
/// part, and its 一般公共预算).
#[test]
fn luolong_2021_summary_header_over_its_figures() {
    let r = read("corpus/luolong-2021.txt");
    let headers: Vec<&[String]> = r.document.tables[0].columns.iter().map(|c| c.header.as_slice()).collect();
    assert_eq!(
        headers,
        [&["收入", "金 额"][..], &["支出", "合 计"], &["支出", "本年支出小计"], &["支出", "本年支出小计", "一般公共预算", "小计"]]
    );
    let wages = [("econ_dept", "301")];
    assert_eq!(table_values(&r, IncomeExpenseSummary, "expense.current_year", &wages), ["471400"]);
    let wages_current = [("econ_dept", "301"), ("fund", "current_year")];
    assert_eq!(table_values(&r, IncomeExpenseSummary, "expense.current_year", &wages_current), ["471400"]);
    let wages_general = [("econ_dept", "301"), ("fund", "general_budget")];
    assert_eq!(table_values(&r, IncomeExpenseSummary, "expense.current_year", &wages_general), ["471400"]);
}

/// 收入总表, lines 191–224: the sub-headers of 一般公共预算 (line 193) stand three columns left,
/// under 单位代码. The figures are 总计, 一般公共预算 小计 and 财政拨款 — never 行政事业性收费.
#[test]
fn luolong_2021_income_columns_are_total_general_budget_appropriation() {
    let r = read("corpus/luolong-2021.txt");
    // Line 194: 合计 5110.37 5110.37 5110.37.
    assert_eq!(table_values(&r, Income, "income.total", &[]), ["51103700"]);
    assert_eq!(table_values(&r, Income, "income.general_budget", &[]), ["51103700"]);
    assert_eq!(table_values(&r, Income, "income.fiscal_appropriation", &[]), ["51103700"]);
    // Line 196: 201 29 06 工会事务 0.45 0.45 0.45.
    let union = [("function", "2012906")];
    for concept in ["income.total", "income.general_budget", "income.fiscal_appropriation"] {
        assert_eq!(table_values(&r, Income, concept, &union), ["4500"], "{concept}");
    }
    for concept in ["income.admin_fees", "income.special_revenue", "income.state_asset_use"] {
        assert!(r.facts.iter().all(|f| f.concept != concept || matches!(f.source, yusuan_model::FactSource::Text { .. })), "{concept}");
    }
}

/// 财政拨款收支总表, lines 256–290. The header (257) and rows 266–289 lack the cell of the 收入
/// 金额 column, so their 支出 half stands one column left of rows 260–265 and 290. Figures:
/// 合计, 一般公共预算 小计, 财政拨款.
#[test]
fn luolong_2021_fiscal_summary_rows_keep_their_function_class() {
    let r = read("corpus/luolong-2021.txt");
    // Lines 260, 267, 269, 279: 一般公共服务 10.45, 社会保障和就业 3.94, 卫生健康 5092.87, 住房保障 3.11.
    for (class, value) in [("201", "104500"), ("208", "39400"), ("210", "50928700"), ("221", "31100")] {
        for fund in [None, Some("general_budget"), Some("fiscal_appropriation")] {
            let mut dims = vec![("function", class)];
            dims.extend(fund.map(|f| ("fund", f)));
            assert_eq!(table_values(&r, FiscalSummary, "expense.current_year", &dims), [value], "{class} {fund:?}");
        }
    }
    // Line 290: 收入合计 5110.37 | 支出合计 5110.37 ×3 (the totals, as 收入合计 is); line 261: 财政拨款 5110.37.
    // The 收入合计 of this table counts 财政拨款 only; the 支出合计 keeps no fund, as its row has
    // a `其中：财政拨款` figure of its own.
    assert_eq!(table_values(&r, FiscalSummary, "income.total", &[("fund", "fiscal_appropriation")]), ["51103700"]);
    assert_eq!(table_values(&r, FiscalSummary, "income.fiscal_appropriation", &[]), ["51103700"]);
    assert_eq!(table_values(&r, FiscalSummary, "expense.total", &[]), ["51103700"]);
    assert!(table_values(&r, FiscalSummary, "expense.current_year", &[("fund", "admin_fees")]).is_empty());
}

/// 机关运行经费表, lines 352–354: `30201 办公费 1.5000` is printed twice under 合计 1.5000. The
/// source repeats the row (the 基本支出表, line 395, has 办公费 1.5 once); the reader keeps both.
#[test]
fn luolong_2021_admin_operation_repeats_30201_as_the_source_does() {
    let r = read("corpus/luolong-2021.txt");
    assert_eq!(table_values(&r, AdminOperation, "admin_operation", &[("econ_dept", "30201")]), ["15000", "15000"]);
    let table = r.document.tables.iter().find(|t| t.kind == AdminOperation).unwrap();
    let lines: Vec<u32> = table.rows.iter().map(|row| row.line).collect();
    assert_eq!(lines, [352, 353, 354]);
}

#[test]
fn luanchuan_2020() {
    let r = read("corpus/luanchuan-2020.txt");
    let id = &r.document.identity;
    assert_eq!(id.unit.as_deref(), Some("栾川县医疗保障局"));
    assert_eq!((id.year, id.kind), (Some(2020), Some(DocKind::Budget)));
    let t = &r.document.tables;
    assert_eq!((t[0].kind, t[0].unit_name.as_deref()), (IncomeExpenseSummary, Some("四川医药健康产业局")));
    assert_eq!(t.iter().filter(|t| t.kind == ProjectPerformance).count(), 10);
    assert!(t.iter().all(|t| t.money_unit.is_some()));
    // 十、（一）: 机关运行经费 9.08万元 … 增加9.08万元，增长9.08%.
    assert_eq!(text_values(&r, "admin_operation", &[]), ["90800"]);
    assert_eq!(text_values(&r, "admin_operation.change", &[]), ["90800"]);
    assert_eq!(text_values(&r, "admin_operation.change_rate", &[]), ["9.08"]);
    // 三、: 基本支出 104.70 万元，占 8.85%.
    assert_eq!(text_values(&r, "expense.basic.share", &[]), ["8.85"]);
    assert_eq!(table_values(&r, IncomeExpenseSummary, "income.total", &[]), ["11823900"]);
    // “三公” table, lines 283–288: 共 计 and 因公出国（境）费用 printed blank above 公务接待费 1.70 are
    // rows, not header.
    let three = t.iter().find(|t| t.kind == ThreePublic).unwrap();
    let rows: Vec<(u32, &str)> = three.rows.iter().map(|r| (r.line, r.label.as_str())).collect();
    assert_eq!(&rows[..2], [(283, "共计"), (284, "1、因公出国（境）费用")]);
    assert_eq!(three.columns.len(), 1);
    assert!(three.rows[0].cells[0].is_none());
}

#[test]
fn luanchuan_2025() {
    let r = read("corpus/luanchuan-2025.txt");
    let id = &r.document.identity;
    assert_eq!(id.unit.as_deref(), Some("栾川县医疗保障局"));
    assert_eq!(id.unit_code.as_deref(), Some("307"));
    assert_eq!((id.year, id.kind, id.scope), (Some(2025), Some(DocKind::Budget), Some(Scope::Department)));
    let expected = [
        IncomeExpenseSummary, Income, Expense, FiscalSummary, GeneralBudgetExpense, GeneralBudgetBasic,
        EconomicSummary, ThreePublic, GovFundExpense, SoeCapitalExpense, AdminOperation, ProjectExpense,
        DepartmentPerformance, ProjectPerformance,
    ];
    assert_eq!(r.document.tables.iter().map(|t| t.kind).collect::<Vec<_>>(), expected);
    // 预算09/10 are printed empty with their 空表说明.
    assert!(r.document.tables[8].note.as_deref().is_some_and(|n| n.contains("故此表无数据")));
    // 三、 and 五、: 基本支出 194.97万元，占 70.30%; 六、: 基本支出年初预算为 194.97万元.
    assert_eq!(text_values(&r, "expense.basic", &[]), ["1949700", "1949700", "1949700"]);
    assert_eq!(text_values(&r, "expense.basic.share", &[]), ["70.30", "70.30"]);
    // 一、: 收支总计各减少 27.41万元，下降 8.99%.
    assert_eq!(text_values(&r, "income.total.change", &[]), ["-274100"]);
    assert_eq!(text_values(&r, "income.total.change_rate", &[]), ["-8.99"]);
    // 七、（二）: 公务接待费1.00万元 … 增加1.00万元，增长0.00%.
    assert_eq!(text_values(&r, "three_public.reception.change_rate", &[]), ["0.00"]);
    // 预算01表: 上年结转结余 15.45, 收入总计 277.33.
    assert_eq!(table_values(&r, IncomeExpenseSummary, "income.carryover", &[]), ["154500"]);
    // 预算06表 30217 公务接待费 50206: 1.00 in 合计 and 公用经费.
    let reception = [("econ_dept", "30217"), ("econ_gov", "50206")];
    assert_eq!(table_values(&r, GeneralBudgetBasic, "expense.basic", &reception), ["10000"]);
    assert_eq!(table_values(&r, GeneralBudgetBasic, "expense.basic.public", &reception), ["10000"]);
    assert!(table_values(&r, GeneralBudgetBasic, "expense.basic.personnel", &reception).is_empty());
    // 30101 基本工资 64.54 is 人员经费.
    let salary = [("econ_dept", "30101"), ("econ_gov", "50101")];
    assert_eq!(table_values(&r, GeneralBudgetBasic, "expense.basic.personnel", &salary), ["645400"]);
}

/// The single-space tables of luanchuan-2025 lost their empty cells; every figure is placed in
/// its column. Expected values read from the source lines cited.
#[test]
fn luanchuan_2025_single_space_tables() {
    let r = read("corpus/luanchuan-2025.txt");
    // 预算01表, line 330: 十、卫生健康 277.33 on the 支出 side of the line `九、其他收入 十、卫生健康 277.33`.
    assert_eq!(table_values(&r, IncomeExpenseSummary, "expense.current_year", &[("function", "210")]), ["2773300"]);
    assert!(table_values(&r, IncomeExpenseSummary, "income.other", &[]).is_empty());
    // 预算02表, line 488: 合计 277.33 261.88 261.88 226.88 15.45 15.45.
    assert_eq!(table_values(&r, Income, "income.total", &[]), ["2773300"]);
    assert_eq!(table_values(&r, Income, "income.current_year", &[]), ["2618800"]);
    assert_eq!(table_values(&r, Income, "income.general_budget", &[]), ["2618800"]);
    assert_eq!(table_values(&r, Income, "income.fiscal_appropriation", &[]), ["2268800"]);
    assert_eq!(table_values(&r, Income, "income.carryover.general_budget", &[]), ["154500"]);
    // 预算03表, lines 525–533: 一般行政管理事务 56.91 is 其他运转类 (only then do the columns add up
    // to 72.36); 其他医疗保障管理事务支出 splits 15.45 其他运转类 + 10.00 特定目标类.
    let item = |code| [("function", code)];
    assert_eq!(table_values(&r, Expense, "expense.project.operating", &item("2101502")), ["569100"]);
    assert!(table_values(&r, Expense, "expense.basic", &item("2101502")).is_empty());
    assert_eq!(table_values(&r, Expense, "expense.project.operating", &item("2101599")), ["154500"]);
    assert_eq!(table_values(&r, Expense, "expense.project.specific", &item("2101599")), ["100000"]);
    let salaries = [("function", "2101501"), ("econ_dept", "301")];
    assert_eq!(table_values(&r, Expense, "expense.basic.personnel", &salaries), ["1667900"]);
    // 预算04表, line 571: （十）卫生健康支出 261.88 261.88 226.88; line 563 (一)一般公共预算拨款 15.45
    // under 二、上年结转.
    let health = [("function", "210"), ("fund", "fiscal_appropriation")];
    assert_eq!(table_values(&r, FiscalSummary, "expense.current_year", &health), ["2268800"]);
    assert_eq!(table_values(&r, FiscalSummary, "income.carryover.general_budget", &[]), ["154500"]);
    // 预算07表, line 872: 30299/50299 其他商品和服务支出 25.45 10.00 10.00 15.45 (15.45 is 上年结转).
    let other = [("econ_dept", "30299"), ("econ_gov", "50299"), ("fund", "carryover")];
    assert_eq!(table_values(&r, EconomicSummary, "expense.current_year", &other), ["154500"]);
    // 预算08表, line 891: `1.00 1.00` is the total and 公务接待费 (the narrative: 因公出国（境）费 0).
    assert_eq!(table_values(&r, ThreePublic, "three_public.reception", &[]), ["10000"]);
    assert!(table_values(&r, ThreePublic, "three_public.overseas", &[]).is_empty());
    // 预算12表, lines 1277 and 1289: the 2024 projects are 财政拨款结转结余 (the column sums 15.45).
    let carried = [("fund", "carryover.general_budget"), ("project", "2024年中央财政医疗服务与保障能力提升补助资金（2024年上级结转）")];
    assert_eq!(table_values(&r, ProjectExpense, "project.amount", &carried), ["152000"]);
    // 项目绩效目标表, line 1764: 2025 年城乡居民医疗工作经费 其他运转类 15.00 15.00.
    let project = [("project", "2025年城乡居民医疗工作经费")];
    assert_eq!(table_values(&r, ProjectPerformance, "project.amount", &project), ["150000"]);
    // No figure of these tables is left unplaced.
    assert!(!r.document.diagnostics.iter().any(|d| d.code == "RD102" || d.code == "RD106"));
}
