//! `yusuan check` in each format, and its exit codes: 0 clean, 1 findings, 2 unreadable.

use std::path::PathBuf;
use std::process::Command;

fn yusuan(args: &[&str]) -> (Option<i32>, String) {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new(env!("CARGO_BIN_EXE_yusuan")).args(args).current_dir(repo).output().expect("runs yusuan");
    (out.status.code(), String::from_utf8(out.stdout).expect("UTF-8"))
}

const LUOLONG: &str = "tests/fixtures/corpus/luolong-2021.txt";

#[test]
fn exit_codes_say_clean_findings_or_unreadable() {
    assert_eq!(yusuan(&["check", "--ignore", "CP", "tests/fixtures/layouts/"]).0, Some(0));
    assert_eq!(yusuan(&["check", LUOLONG]).0, Some(1));
    assert_eq!(yusuan(&["check", "tests/fixtures/no-such-file.txt"]).0, Some(2));
}

#[test]
fn json_lists_the_findings_with_their_arithmetic() {
    let (_, out) = yusuan(&["check", LUOLONG, "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(out.trim()).expect("one JSON document");
    let findings = doc["findings"].as_array().expect("findings");
    let narrative = findings.iter().find(|f| f["code"] == "NR103" && f["spans"][0]["line"] == 85).expect("NR103 on line 85");
    assert_eq!((narrative["expected"].as_str(), narrative["found"].as_str()), (Some("10.45 万元"), Some("4.79 万元")));
}

#[test]
fn sarif_is_one_run_with_every_rule_and_result() {
    let (_, out) = yusuan(&["check", LUOLONG, "--format", "sarif"]);
    let log: serde_json::Value = serde_json::from_str(&out).expect("SARIF is JSON");
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["rules"].as_array().map(Vec::len), Some(yusuan_check::rules::ALL.len()));
    let (_, json) = yusuan(&["check", LUOLONG, "--format", "json"]);
    let plain: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    assert_eq!(run["results"].as_array().map(Vec::len), plain["findings"].as_array().map(Vec::len));
    // The figure is located on its line: 4.79 on line 85 (UTF-16 columns).
    let share = run["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == "NR103" && r["locations"][0]["physicalLocation"]["region"]["startLine"] == 85).unwrap();
    assert!(share["locations"][0]["physicalLocation"]["region"]["startColumn"].as_u64().is_some());
}

#[test]
fn html_is_one_page_with_every_finding_marked() {
    let (status, page) = yusuan(&["check", LUOLONG, "--format", "html"]);
    assert_eq!(status, Some(1));
    assert!(page.starts_with("<!DOCTYPE html>") && page.trim_end().ends_with("</html>"));
    let (_, json) = yusuan(&["check", LUOLONG, "--format", "json"]);
    let plain: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    assert_eq!(page.matches("class=\"finding ").count(), plain["findings"].as_array().unwrap().len());
    assert!(page.contains("<mark>4.79</mark>"));
    assert!(!page.contains("<script"));
}

#[test]
fn severity_and_settings_file_choose_what_is_reported() {
    let (_, json) = yusuan(&["check", LUOLONG, "--format", "json", "--severity", "error"]);
    let doc: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    let findings = doc["findings"].as_array().unwrap();
    assert!(!findings.is_empty() && findings.iter().all(|f| f["severity"] == "error"));

    let dir = std::env::temp_dir().join(format!("yusuan-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("yusuan.toml"), "select = [\"NR103\"]\n").unwrap();
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").join(LUOLONG);
    let out = Command::new(env!("CARGO_BIN_EXE_yusuan")).args(["check", "--format", "json"]).arg(&source).current_dir(&dir).output().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["findings"].as_array().unwrap().iter().all(|f| f["code"] == "NR103"));
    std::fs::write(dir.join("yusuan.toml"), "selct = [\"NR103\"]\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_yusuan")).arg("check").arg(&source).current_dir(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("selct"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `read --format lines` of a workbook: each line with its sheet (`p7`: the seventh sheet), cells
/// by tabs, amounts as stored.
#[test]
fn read_lines_of_a_workbook_show_the_sheets() {
    let (status, out) = yusuan(&["read", "--format", "lines", "tests/fixtures/xlsx/shili-2026-sheets.xlsx"]);
    assert_eq!(status, Some(0));
    assert!(out.lines().any(|l| l == "    1 p1   上海市普陀区2026年区级部门预算"), "{out}");
    assert!(out.lines().any(|l| l.ends_with(" p7   2026年部门财务收支预算总表")), "{out}");
    assert!(out.lines().any(|l| l.ends_with(" p7   一、财政拨款收入\t16427278.39\t一、一般公共服务支出\t12892720.65")), "{out}");
}
