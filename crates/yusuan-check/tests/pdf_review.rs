//! The finance bureau's review of `shanghai-putuo-justice-2026-budget.pdf` (see the corpus
//! README): a wrong year in comparisons, a percentage that cannot be right, a renamed class,
//! inconsistent amounts, punctuation. The checker must report each with its page, and nothing
//! else but the reader's notes. Read in place from `../shared/corpus/pdf/` (skipped, with a note,
//! when the corpus is not beside the checkout).

use std::path::PathBuf;
use yusuan_check::{check, Selection};

#[test]
fn the_reviewers_findings_on_the_justice_budget_with_their_pages() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/pdf/shanghai-putuo-justice-2026-budget.pdf");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("skipped: {} is absent (the shared corpus is not beside the checkout)", path.display());
        return;
    };
    let reading = yusuan_read::read_bytes(&bytes).expect("reads");
    let selection = Selection { ignore: vec!["RD".to_string()], ..Selection::default() };
    let found: Vec<(&str, Option<u32>, Option<String>)> =
        check(&reading, &selection).into_iter().map(|f| (f.code, f.places[0].span.page, f.found.clone())).collect();
    let expected: Vec<(&str, Option<u32>, Option<String>)> = vec![
        // 比2026年预算增加793.14万元 and 与2026年预算持平 in a 2026 budget, on four lines of page 8.
        ("TX103", Some(8), Some("2026年".into())),
        ("TX103", Some(8), Some("2026年".into())),
        ("TX103", Some(8), Some("2026年".into())),
        ("TX103", Some(8), Some("2026年".into())),
        // 信息化建设…支出。。2025年
        ("TX102", Some(8), None),
        // 其他司法支出: 43269.3 → 3845.49 is −91.11%, not +17.62%.
        ("NR101", Some(9), Some("17.62%".into())),
        // 职业年金: 77.99 → 91.97 is +17.93%; 17.66% is the 养老保险 line's rate copied.
        ("NR101", Some(9), Some("17.66%".into())),
        // 医疗卫生与计划生育支出（210类）: 卫生健康支出 since 2019.
        ("CL103", Some(9), Some("医疗卫生与计划生育支出".into())),
        // 住房公积金 208.8 (the tables' 2,087,959.00 元) said again as 201.50, with a rate of 208.8.
        ("NR101", Some(9), Some("5.27%".into())),
        ("NR103", Some(9), Some("201.50 万元".into())),
        // 4.开展“人民调解协议书检查”、优秀调解案例”活动: a closing quote without its opening one.
        ("TX105", Some(23), None),
        // The 人民调解 project's 实施周期 is 2025年1月1日-2025年12月31日 in a 2026 budget.
        ("ID104", Some(23), Some("2025 年".into())),
    ];
    let mut found_sorted = found.clone();
    found_sorted.sort();
    let mut expected_sorted = expected.clone();
    expected_sorted.sort();
    assert_eq!(found_sorted, expected_sorted, "in order found: {found:?}");
}
