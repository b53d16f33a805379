//! The performance-target (PF104–PF106) and text (TX105–TX107) rules fire on a small realistic
//! document with their defect and stay quiet on the same document corrected.

mod common;
use common::*;

/// A project, its amount and its indicators (name, target).
type Project<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

/// A project performance table.
fn performance(projects: &[Project]) -> String {
    let mut table = String::from("2025年项目支出绩效目标表\n单位名称：测试县医疗保障局\n单位：万元\n项目名称\t资金总额\t三级指标\t指标值");
    for (project, amount, indicators) in projects {
        for (i, (name, target)) in indicators.iter().enumerate() {
            let (p, a) = if i == 0 { (*project, *amount) } else { ("", "") };
            table.push_str(&format!("\n{p}\t{a}\t{name}\t{target}"));
        }
    }
    table
}

fn one_indicator(name: &str, target: &str) -> String {
    performance(&[("城乡居民医疗工作经费", "150.00", &[("工作经费", "≤150万元"), (name, target)])])
}

#[test]
fn pf104_target_against_the_way_its_indicator_is_better() {
    assert!(fires("PF104", &codes("", &one_indicator("符合条件的人员发放工资率", "≤100%"))));
    assert!(fires("PF104", &codes("", &one_indicator("参保群众满意度", "≥105%"))));
    assert!(fires("PF104", &codes("", &one_indicator("报销成本", "不低于140万元"))));
    assert!(!fires("PF104", &codes("", &one_indicator("符合条件的人员发放工资率", "≥95%"))));
    assert!(!fires("PF104", &codes("", &one_indicator("报销成本", "≤140万元"))));
    assert!(!fires("PF104", &codes("", &one_indicator("“三公经费”控制率", "≤99%"))));
}

const UPKEEP: [(&str, &str); 5] = [
    ("业务应用系统维护项目数量", "≥1个"),
    ("系统维护对提升医疗保障水平的影响程度", "明显"),
    ("系统运行维护响应时间", "≤2小时"),
    ("对工作效率、管理和决策支持的改善或提升程度", "明显"),
    ("社会公众满意度", "≥90%"),
];

#[test]
fn pf105_indicators_copied_from_another_project() {
    let network: [(&str, &str); 5] = [
        ("医保信息专网开通乡镇数量", "≥15个"),
        ("专网故障对医保结算的影响程度", "明显降低"),
        ("专网故障恢复时间", "≤4小时"),
        ("对工作效率、管理和决策支持的改善或提升程度", "明显"),
        ("社会公众满意度", "≥90%"),
    ];
    let table = |second: &[(&str, &str)]| performance(&[("信息系统维护", "60.00", &UPKEEP), ("医保信息专网", "3.40", second)]);
    assert!(fires("PF105", &codes("", &table(&UPKEEP))));
    // One shared effect and a satisfaction indicator are not a copied set.
    assert!(!fires("PF105", &codes("", &table(&network))));
    // A figure of the other project's own is copied on its own.
    let figure = [("为全县203个村级卫生室缴纳网络服务费6.09万元", "到位100%")];
    let own = [("为全县15个乡镇卫生院开通慢病结算权限", "到位100%")];
    let two = |second: &[(&str, &str)]| performance(&[("村标准卫生室软件网络服务费", "6.09", &figure), ("乡镇卫生院慢病用药软件费", "12.00", second)]);
    assert!(fires("PF105", &codes("", &two(&figure))));
    assert!(!fires("PF105", &codes("", &two(&own))));
}

const PROJECT_LIST: &str = "2025年项目支出预算表\n单位名称：测试县医疗保障局\n单位：万元\n项目名称\t合计\n合计\t210.00\n城乡居民医疗工作经费\t150.00\n信息系统维护\t60.00";

#[test]
fn pf106_performance_amount_against_the_project_list() {
    let table = |amount: &str| format!("{PROJECT_LIST}\n\n{}", performance(&[("城乡居民医疗工作经费", amount, &[("工作经费", "≤150万元")])]));
    assert!(fires("PF106", &codes("", &table("160.00"))));
    assert!(!fires("PF106", &codes("", &table("150.00"))));
    // Written to another precision, the same amount: 150 万元 is 149.5–150.5.
    assert!(!fires("PF106", &codes("", &table("150"))));
}

#[test]
fn tx105_quotes_and_brackets_that_do_not_pair() {
    assert!(fires("TX105", &codes("公务接待费1.00万元，主要用于“三公经费的接待支出。", "")));
    assert!(fires("TX105", &codes("使用以前年度积累的事业基金（即以前各年度收支相抵后的基金)弥补收支缺口。", "")));
    assert!(!fires("TX105", &codes("公务接待费1.00万元，主要用于“三公”经费中的公务接待（含外宾接待）支出。", "")));
}

#[test]
fn tx106_department_and_unit_wording_mixed() {
    let said = |last: &str| {
        format!("2025年，我部门纳入预算绩效管理的支出总额为100.00万元。\n\n我部门负责管理的专项转移支付项目共有0项。\n\n2025年{last}按照财政预算公开要求，将所属预算单位全部纳入预算公开范围。")
    };
    assert!(fires("TX106", &codes(&said("我单位"), "")));
    assert!(!fires("TX106", &codes(&said("我部门"), "")));
}

#[test]
fn tx107_last_paragraph_of_a_section_without_its_full_stop() {
    let said = |end: &str| format!("测试县医疗保障局部门预算包括局机关本级预算和所属单位预算。\n\n所属单位预算包括：测试县医疗保障服务中心{end}\n\n二、收入预算总体情况说明\n\n收入预算100.00万元。");
    assert!(fires("TX107", &codes(&said(""), "")));
    assert!(!fires("TX107", &codes(&said("。"), "")));
}

/// Headings and captions that end a section are not sentences: a line numbered as headings are,
/// commas and all, and a short line with only a colon. An item numbered `3.` is a sentence.
#[test]
fn tx107_headings_and_captions_are_not_sentences() {
    let ending = |last: &str| format!("测试县医疗保障局部门预算包括局机关本级预算和所属单位预算。\n\n{last}\n\n二、收入预算总体情况说明\n\n收入预算100.00万元。");
    assert!(!fires("TX107", &codes(&ending("（二）加快构建现代产业体系，促进经济高质量发展"), "")));
    assert!(!fires("TX107", &codes(&ending("第一部分：部门概况"), "")));
    assert!(fires("TX107", &codes(&ending("3.收支预算减少的主要原因，所属单位上划导致基本支出和项目支出减少"), "")));
}
