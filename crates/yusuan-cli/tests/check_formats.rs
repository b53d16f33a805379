//! `yusuan check` in each format, and its exit codes: 0 clean, 1 findings, 2 unreadable.

use std::path::PathBuf;
use std::process::Command;

fn output(args: &[&str]) -> std::process::Output {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    Command::new(env!("CARGO_BIN_EXE_yusuan")).args(args).current_dir(repo).output().expect("runs yusuan")
}

/// The exit code and standard output.
fn yusuan(args: &[&str]) -> (Option<i32>, String) {
    let out = output(args);
    (out.status.code(), String::from_utf8(out.stdout).expect("UTF-8"))
}

/// The exit code and what went to standard error and output (an unreadable file is reported on
/// one of them).
fn yusuan_stderr(args: &[&str]) -> (Option<i32>, String) {
    let out = output(args);
    (out.status.code(), format!("{}{}", String::from_utf8_lossy(&out.stderr), String::from_utf8_lossy(&out.stdout)))
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

/// A Word file and a web page are read by their content: `read --format lines` shows the text
/// the reader made of them, and `check` finds nothing but a reader's note (exit 0).
#[test]
fn word_and_web_page_files_read_and_check() {
    for path in ["tests/fixtures/docx/jiangan-stats-2024.docx", "tests/fixtures/html/jiangan-stats-2024.html"] {
        let (code, out) = yusuan(&["read", "--format", "lines", path]);
        assert_eq!(code, Some(0), "{path}");
        assert_eq!(out.lines().next(), Some("    1 江岸县统计局2024年部门预算"), "{path}");
        assert!(out.contains(" 201\t05\t01\t行政运行\t268.30\t241.10\t27.20\t\n"), "{path}");
        assert_eq!(yusuan(&["check", path]).0, Some(0), "{path}");
    }
}

/// A file of 1 GB is refused from its size, before a byte is read (a sparse file: no disk used).
#[test]
fn a_one_gigabyte_file_is_refused_by_its_size() {
    let path = std::env::temp_dir().join(format!("yusuan-huge-{}.pdf", std::process::id()));
    let file = std::fs::File::create(&path).expect("creates");
    file.set_len(1 << 30).expect("sets the length");
    let (code, err) = yusuan_stderr(&["check", path.to_str().expect("UTF-8 path")]);
    std::fs::remove_file(&path).ok();
    assert_eq!(code, Some(2));
    assert!(err.contains("文件过大") && err.contains("too large"), "{err}");
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

/// `check DIR` takes a directory's legacy workbooks (`.xls`) with its other documents: the budget
/// as a workbook, as the .xls saved from it and as the PDF printed from it all check clean but for
/// the reader's notes (and the empty tables of `cases`, a workbook of test cases).
#[test]
fn a_directory_check_takes_legacy_workbooks() {
    let (status, out) = yusuan(&["check", "--ignore", "RD,CP102", "tests/fixtures/xlsx/"]);
    assert_eq!(status, Some(0), "{out}");
    for name in ["cases.xls ", "shili-2026-one-sheet.xls ", "shili-2026-sheets.xls ", "shili-2026-sheets.xlsx "] {
        assert!(out.lines().any(|l| l.starts_with(name)), "{name}: {out}");
    }
    let (status, out) = yusuan(&["read", "--format", "lines", "tests/fixtures/xlsx/shili-2026-sheets.xls"]);
    assert_eq!(status, Some(0));
    assert!(out.lines().any(|l| l.ends_with(" p7   一、财政拨款收入\t16427278.39\t一、一般公共服务支出\t12892720.65")), "{out}");
}

#[test]
fn notes_are_counted_and_listed_only_when_asked_for() {
    let (_, plain) = yusuan(&["check", LUOLONG]);
    let (_, listed) = yusuan(&["check", "--notes", LUOLONG]);
    let (_, by_severity) = yusuan(&["check", "--severity", "info", LUOLONG]);
    assert!(!plain.contains("提示[RD"), "no note listed by default");
    assert!(plain.contains("条提示未列出") && plain.contains("--notes"), "the notes are counted and the flag named");
    assert!(listed.contains("提示[RD") && !listed.contains("条提示未列出"));
    assert_eq!(listed, by_severity, "--severity info lists the notes as --notes does");
    let summary = |out: &str| out.lines().find(|l| l.starts_with("共 ")).map(str::to_string);
    assert_eq!(summary(&plain), summary(&listed), "the same findings are counted either way");
}
