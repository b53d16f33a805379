//! Nothing consistent is flagged: the layout fixtures (an excerpt of luolong-2021 whose defects
//! lie outside it, in six converter layouts) check clean. Mutation tests change one number, name
//! or word of a clean document and assert which rule fires. The excerpts hold three of the
//! required tables, so the completeness rules (CP) are not run on them. The clean copies of whole
//! corpus documents (tests/fixtures/clean, each defect corrected as its README says) run every rule
//! but the reader's (RD): those say what the reader could not understand, not that the document
//! is inconsistent, and the read snapshots (tests/golden/*.read.txt) pin them.

use std::path::PathBuf;
use yusuan_check::{check, Selection};

fn fixture(name: &str) -> String {
    read_fixture("layouts", name)
}

/// A hand-corrected copy of a whole corpus document.
fn clean_copy(name: &str) -> String {
    read_fixture("clean", name)
}

fn read_fixture(folder: &str, name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(folder).join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match yusuan_read::decode::decode(&bytes) {
        Ok(text) => text,
        Err(e) => panic!("{name}: {e}"),
    }
}

fn codes(text: &str) -> Vec<&'static str> {
    codes_with(text, &Selection { ignore: vec!["CP".to_string(), "RD".to_string()], ..Selection::default() })
}

fn codes_with(text: &str, selection: &Selection) -> Vec<&'static str> {
    let reading = yusuan_read::read_bytes(text.as_bytes()).expect("reads");
    check(&reading, selection).into_iter().map(|f| f.code).collect()
}

const LAYOUTS: [&str; 6] = ["cell-per-line.txt", "markdown-pipe.md", "html-tables.txt", "space-columns.txt", "gbk.txt", "utf16.txt"];

#[test]
fn every_layout_checks_clean() {
    for name in LAYOUTS {
        assert_eq!(codes(&fixture(name)), Vec::<&str>::new(), "{name}");
    }
}

/// One change to the clean markdown document, and the rule it must set off.
fn mutated(from: &str, to: &str) -> Vec<&'static str> {
    let clean = fixture("markdown-pipe.md");
    assert!(clean.contains(from), "{from:?} not in the fixture");
    codes(&clean.replacen(from, to, 1))
}

#[test]
fn another_units_name_in_a_header_fires_id101() {
    assert_eq!(mutated("单位名称：洛龙区医疗保障局", "单位名称：伊川县医疗保障局"), ["ID101"]);
}

#[test]
fn a_narrative_amount_off_by_a_cent_fires_nr103() {
    assert_eq!(mutated("基本支出51.93万元", "基本支出51.94万元"), ["NR103"]);
}

#[test]
fn a_share_off_by_one_point_fires_nr106() {
    assert_eq!(mutated("基本支出51.93万元，占1%", "基本支出51.93万元，占2%"), ["NR106"]);
}

#[test]
fn a_rate_that_does_not_follow_fires_nr101() {
    assert_eq!(mutated("减少10.21%", "减少11.21%"), ["NR101"]);
}

/// A total of one part must be written as the part; a total of two may differ from their sum by the
/// rounding of both (5,110.38 against 51.93 + 5,058.44).
#[test]
fn a_row_total_off_by_a_cent_fires_ar102_unless_rounding_explains_it() {
    let found = mutated("| 201 | 29 | 06 | 312001 | 工会事务 | 0.45 |", "| 201 | 29 | 06 | 312001 | 工会事务 | 0.46 |");
    assert!(found.contains(&"AR102"), "{found:?}");
    let found = mutated("| **合计** | **5,110.37** |", "| **合计** | **5,110.38** |");
    assert!(!found.contains(&"AR102"), "{found:?}");
}

#[test]
fn a_doubled_full_stop_fires_tx102() {
    assert_eq!(mutated("压减一般性项目支出等。", "压减一般性项目支出等。。"), ["TX102"]);
}

/// Every rule, CP included, on a whole clean copy.
fn all_codes(text: &str) -> Vec<&'static str> {
    codes_with(text, &Selection { ignore: vec!["RD".to_string()], ..Selection::default() })
}

#[test]
fn the_clean_copy_of_luolong_2021_checks_clean() {
    assert_eq!(all_codes(&clean_copy("luolong-2021-clean.txt")), Vec::<&str>::new());
}

/// Line 107 states 一般公共预算收支预算 277.33 万元, carry-over included, as the 财政拨款收支预算表
/// does: a concept of its own, not the current year's 一般公共预算 income (261.88).
#[test]
fn the_clean_copy_of_luanchuan_2025_checks_clean() {
    assert_eq!(all_codes(&clean_copy("luanchuan-2025-clean.txt")), Vec::<&str>::new());
}

/// The OCR/markdown layout: the three tables the 目录 lists and the body lacked are written on the
/// empty lines where they were lost (tests/fixtures/clean/README.md).
#[test]
fn the_clean_copy_of_luanchuan_2020_checks_clean() {
    assert_eq!(all_codes(&clean_copy("luanchuan-2020-clean.txt")), Vec::<&str>::new());
}

/// One correction of a clean copy reverted, and the rules that this adds to the copy's findings.
fn reverted(name: &str, corrected: &str, original: &str) -> Vec<&'static str> {
    let clean = clean_copy(name);
    assert!(clean.contains(corrected), "{corrected:?} not in {name}");
    let mut found = all_codes(&clean.replacen(corrected, original, 1));
    for code in all_codes(&clean) {
        if let Some(at) = found.iter().position(|c| *c == code) {
            found.remove(at);
        }
    }
    found
}

#[test]
fn the_large_projects_total_reverted_in_luolong_2021_fires_nr105() {
    assert_eq!(reverted("luolong-2021-clean.txt", "支出总额4843万元", "支出总额4703万元"), ["NR105"]);
}

#[test]
fn the_project_count_reverted_in_luanchuan_2025_fires_nr104() {
    assert_eq!(reverted("luanchuan-2025-clean.txt", "共6个项目", "共4个项目"), ["NR104"]);
}

/// A changed item of the 一般公共预算支出表 no longer adds up into the table's total (AR103, on
/// the 合计 row) nor across its row (AR101 for 基本 + 项目, AR102 for the header's sums).
#[test]
fn an_item_off_by_a_tenth_in_luolong_2021_fires_ar103_ar101_ar102() {
    assert_eq!(reverted("luolong-2021-clean.txt", "本行政单位医疗\t142.59", "本行政单位医疗\t142.69"), ["AR103", "AR101", "AR102"]);
}

#[test]
fn the_unspent_carry_over_reverted_in_luanchuan_2025_fires_xt103() {
    let spent = "一、本年支出 277.33 277.33 242.33";
    assert_eq!(reverted("luanchuan-2025-clean.txt", spent, "一、本年支出 261.88 261.88 226.88"), ["XT103"]);
}

/// 484 back under 非税收入 of the 部门收入总体情况表, beside a third 财政拨款 column of 570.6: the
/// 总计 row (1,182.39 in each column, nothing under 非税收入) no longer adds up in the third column
/// (AR103), and its blank 非税收入 stands over the 484 (AR104).
#[test]
fn the_non_tax_484_reverted_in_luanchuan_2020_fires_ar103_and_ar104() {
    let corrected = "城乡医疗救助\t1054.6\t1054.6\t1054.6\t1054.6\t";
    assert_eq!(reverted("luanchuan-2020-clean.txt", corrected, "城乡医疗救助\t1054.6\t1054.6\t1054.6\t570.6\t484"), ["AR103", "AR104"]);
}

#[test]
fn the_admin_operation_reverted_in_luanchuan_2020_fires_xt104() {
    assert_eq!(reverted("luanchuan-2020-clean.txt", "302\t商品和服务支出\t7.25", "302\t商品和服务支出\t9.08"), ["XT104"]);
}

#[test]
fn the_econ_class_name_reverted_in_luanchuan_2020_fires_cl104() {
    assert_eq!(reverted("luanchuan-2020-clean.txt", "302\t商品和服务支出", "302\t公用经费"), ["CL104"]);
}

#[test]
fn the_nil_base_rate_reverted_in_luanchuan_2020_fires_nr102() {
    assert_eq!(reverted("luanchuan-2020-clean.txt", "各增加 1182.39 万元。", "各增加 1182.39 万元，增长 100%。"), ["NR102"]);
}

/// A basic expenditure off by a tenth in the added 一般公共预算支出情况表, on 行政运行 (which carries
/// the whole 基本支出 104.70 since the 公用经费 7.25 moved there from 一般行政管理事务, CL107): the
/// table's 合计 row (AR103) and the row's own 合计 (AR102, a blank 项目支出 counting as zero) no
/// longer add up, and the added 一般公共预算基本支出情况表 states 104.70 (XT103). No AR101: the row
/// states no 项目支出, and 本年支出 = 基本支出 + 项目支出 is checked only where all three are written
/// (before the move, the changed row was 一般行政管理事务's, which states all three).
#[test]
fn a_basic_expense_off_by_a_tenth_in_luanchuan_2020_fires_ar103_ar102_xt103() {
    let corrected = "\t01\t行政运行\t104.70\t104.70\t";
    assert_eq!(reverted("luanchuan-2020-clean.txt", corrected, "\t01\t行政运行\t104.70\t104.80\t"), ["AR103", "AR102", "XT103"]);
}

/// The fictional budget published as a Word file and as a web page (tests/fixtures/docx and
/// html, see their README) checks clean under every rule, the reader's notes included (the rows
/// 30217 公务接待费 and 30231 公务用车运行维护费 of its 基本支出表 are those economic classes, not
/// the “三公” concepts their names also name).
#[test]
fn the_word_and_web_page_budget_checks_clean() {
    for path in ["docx/jiangan-stats-2024.docx", "html/jiangan-stats-2024.html"] {
        let bytes = std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(path)).unwrap();
        let reading = yusuan_read::read_bytes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        let found: Vec<(&str, u32)> = check(&reading, &Selection::default()).iter().map(|f| (f.code, f.places[0].span.line)).collect();
        assert_eq!(found, [], "{path}");
    }
}

/// The same page with one figure changed: the checks run on what the web page reader read.
#[test]
fn a_figure_changed_in_the_web_page_budget_is_found() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/html/jiangan-stats-2024.html");
    let page = std::fs::read_to_string(path).unwrap();
    let row = "<td>专项统计业务</td><td>42.00</td><td></td><td></td><td>42.00</td>";
    assert!(page.contains(row));
    let reading = yusuan_read::read_bytes(page.replace(row, &row.replacen("42.00", "43.00", 1)).as_bytes()).expect("reads");
    let codes: Vec<&str> = check(&reading, &Selection { ignore: vec!["RD".into()], ..Selection::default() }).iter().map(|f| f.code).collect();
    assert!(codes.contains(&"AR102"), "{codes:?}");
}
