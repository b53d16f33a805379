//! Golden outputs for the corpus PDFs, read in place from `../shared/corpus/pdf/` (beside the
//! checkout, as CI has it; each test says it was skipped when the folder is absent):
//! `yusuan read --format lines` (the text the reader made of the PDF, a line per row or text line,
//! with its page), `yusuan facts --format csv`, `yusuan read` and `yusuan check`. Each was compared with the rendered pages
//! (`pdftoppm`) before it was committed, and every finding read against its page
//! (tests/golden/pdf/README.md).

mod common;

fn check(document: &str, findings: bool) {
    let source = format!("../shared/corpus/pdf/{document}.pdf");
    if !common::repo().join(&source).exists() {
        eprintln!("skipped: {source} is absent (the shared corpus is not beside the checkout)");
        return;
    }
    for (args, status, golden) in [
        (vec!["read", source.as_str(), "--format", "lines"], 0, format!("tests/golden/pdf/{document}.lines.txt")),
        (vec!["facts", source.as_str(), "--format", "csv"], 0, format!("tests/golden/pdf/{document}.facts.csv")),
        (vec!["read", source.as_str()], 0, format!("tests/golden/pdf/{document}.read.txt")),
        (vec!["check", "--notes", source.as_str()], i32::from(findings), format!("tests/golden/pdf/{document}.check.txt")),
    ] {
        common::assert_golden(&args, status, &golden);
    }
}

#[test]
fn final_account_template() {
    check("final-account-template", false);
}

#[test]
fn jiangsu_party_office_2019_budget() {
    check("jiangsu-party-office-2019-budget", true);
}

#[test]
fn jiangsu_procuratorate_2019_budget() {
    check("jiangsu-procuratorate-2019-budget", true);
}

#[test]
fn shanghai_finance_2025_budget() {
    check("shanghai-finance-2025-budget", false);
}

#[test]
fn shanghai_putuo_commerce_2025_budget() {
    check("shanghai-putuo-commerce-2025-budget", true);
}

#[test]
fn shanghai_putuo_finance_2024_final() {
    check("shanghai-putuo-finance-2024-final", true);
}

#[test]
fn shanghai_putuo_justice_2026_budget() {
    check("shanghai-putuo-justice-2026-budget", true);
}

#[test]
fn shanghai_putuo_wanli_2024_budget() {
    check("shanghai-putuo-wanli-2024-budget", true);
}

/// A directory of PDFs is checked as a whole, with a line per document in the summary.
#[test]
fn a_directory_of_pdfs_is_checked() {
    if !common::repo().join("../shared/corpus/pdf").exists() {
        eprintln!("skipped: ../shared/corpus/pdf is absent");
        return;
    }
    let out = common::run(&["check", "../shared/corpus/pdf/", "--ignore", "RD"], 1);
    for name in ["final-account-template.pdf", "shanghai-putuo-justice-2026-budget.pdf", "jiangsu-party-office-2019-budget.pdf"] {
        assert!(out.lines().any(|l| l.starts_with(name)), "{name} in the summary:\n{out}");
    }
    // The jiangsu party office's tables printed apart and shanghai-finance's two empty tables
    // the narrative accounts for are notes (issue 12).
    assert!(out.lines().any(|l| l == "共 40 处：错误 18，警告 19，提示 3"), "{out}");
}
