//! The PDF reader on the corpus PDFs (read in place from `../shared/corpus/pdf/`, which CI has
//! beside the checkout; each test says it was skipped when the folder is absent) and on
//! malformed input made from them.

mod common;

use yusuan_model::TableKind;
use yusuan_read::{read_bytes, ReadErrorKind};

fn corpus_pdf(name: &str) -> Option<Vec<u8>> {
    common::shared_corpus("pdf", name)
}

const CORPUS_PDFS: [&str; 8] = [
    "final-account-template.pdf",
    "jiangsu-party-office-2019-budget.pdf",
    "jiangsu-procuratorate-2019-budget.pdf",
    "shanghai-finance-2025-budget.pdf",
    "shanghai-putuo-commerce-2025-budget.pdf",
    "shanghai-putuo-finance-2024-final.pdf",
    "shanghai-putuo-justice-2026-budget.pdf",
    "shanghai-putuo-wanli-2024-budget.pdf",
];

#[test]
fn every_corpus_pdf_reads_with_pages_on_every_line() {
    for name in CORPUS_PDFS {
        let Some(bytes) = corpus_pdf(name) else { return };
        let r = read_bytes(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let lines = r.source.lines().count();
        assert!(lines > 100, "{name}: only {lines} lines");
        assert_eq!(r.line_pages.len(), lines, "{name}: a page for every line");
        assert!(r.line_pages.windows(2).all(|w| w[0] <= w[1]), "{name}: lines in page order");
        assert!(!r.source.contains(char::REPLACEMENT_CHARACTER), "{name}: a glyph without its character");
    }
}

/// The justice budget's 部门收入预算总表 (page 11): a ruled grid whose code columns 类/款/项
/// are cells of their own, amounts in 元 with two decimals.
#[test]
fn a_ruled_table_keeps_its_columns() {
    let Some(bytes) = corpus_pdf("shanghai-putuo-justice-2026-budget.pdf") else { return };
    let r = read_bytes(&bytes).expect("reads");
    let line = r.source.lines().find(|l| l.contains("其他行政事业单位养老支出") && l.contains("6440.00")).expect("the row");
    assert_eq!(line, "208\t05\t99\t其他行政事业单位养老支出\t6440.00\t6440.00\t0.00\t0.00\t0.00");
    // The 财政拨款收支总表's fourth 支出 row has nothing on its 收入 side: two empty fields.
    assert!(r.source.lines().any(|l| l == "\t\t四、住房保障支出\t4,521,559.00\t4,521,559.00"), "empty cells keep their place");
}

/// WPS prints a tall merged cell whole on every page it crosses; the part outside the page
/// box or the clip is invisible and must not be read twice.
#[test]
fn text_clipped_away_is_not_read() {
    let Some(bytes) = corpus_pdf("shanghai-putuo-justice-2026-budget.pdf") else { return };
    let r = read_bytes(&bytes).expect("reads");
    assert_eq!(r.source.matches("（十）完成区委、区政府交办的其他任务。").count(), 1);
}

#[test]
fn the_justice_budget_is_recognized() {
    let Some(bytes) = corpus_pdf("shanghai-putuo-justice-2026-budget.pdf") else { return };
    let r = read_bytes(&bytes).expect("reads");
    assert_eq!(r.document.identity.year, Some(2026));
    let kinds: Vec<TableKind> = r.document.tables.iter().map(|t| t.kind).collect();
    assert!(kinds.contains(&TableKind::GeneralBudgetExpense), "{kinds:?}");
    assert!(kinds.contains(&TableKind::ThreePublic), "{kinds:?}");
    let page_of_three_public = r.document.tables.iter().find(|t| t.kind == TableKind::ThreePublic).and_then(|t| r.page_of(t.first_line));
    assert_eq!(page_of_three_public, Some(21));
}

/// Every table of every corpus PDF has a kind, a unit and its columns, also a table printed
/// without a single figure (the blank 决算 template; empty 政府性基金 tables).
#[test]
fn every_corpus_table_has_a_unit_and_columns() {
    for name in CORPUS_PDFS {
        let Some(bytes) = corpus_pdf(name) else { return };
        let r = read_bytes(&bytes).expect("reads");
        for t in &r.document.tables {
            assert!(t.money_unit.is_some(), "{name}: {} has no unit", t.title);
            assert!(!t.columns.is_empty(), "{name}: {} has no columns", t.title);
        }
    }
}

/// The blank template's 财政拨款“三公”经费支出决算表 (p12) is all header: 预算数 and 决算数 under
/// each of six items, no row. Its 政府性基金 table (p13) prints 本年支出's parts on its 合计 row.
#[test]
fn a_table_without_figures_takes_its_columns_from_the_header() {
    let Some(bytes) = corpus_pdf("final-account-template.pdf") else { return };
    let r = read_bytes(&bytes).expect("reads");
    let table = |kind| r.document.tables.iter().find(|t| t.kind == kind).expect("the table");
    let three_public = table(TableKind::ThreePublic);
    assert!(three_public.rows.is_empty());
    let headers: Vec<String> = three_public.columns.iter().map(|c| c.header.last().cloned().unwrap_or_default()).collect();
    assert_eq!(headers, ["预算数", "决算数"].repeat(6));
    assert_eq!(three_public.columns[6].concept, Some("three_public.vehicle.purchase"));
    let gov_fund = table(TableKind::GovFundExpense);
    let paths: Vec<String> = gov_fund.columns.iter().map(|c| c.header.join("/")).collect();
    assert_eq!(paths, ["年初结转和结余", "本年收入", "本年支出/合计", "本年支出/基本支出", "本年支出/项目支出", "年末结转和结余"]);
    assert_eq!(gov_fund.rows.iter().map(|r| r.label.as_str()).collect::<Vec<_>>(), ["合计"]);
}

/// A column blank in every row is still a column (the 决算's “三公” table, p18: 0.95 under 合计
/// and 公务接待费's 预算数, every 决算数 blank); the header printed again on the next page does not
/// fill it (shanghai-finance-2025's 收入预算总表, p8–9: 事业收入 … 其他收入 blank).
#[test]
fn blank_columns_keep_their_place() {
    let Some(final_account) = corpus_pdf("shanghai-putuo-finance-2024-final.pdf") else { return };
    let r = read_bytes(&final_account).expect("reads");
    let three_public = r.document.tables.iter().find(|t| t.kind == TableKind::ThreePublic).expect("the table");
    assert_eq!(three_public.columns.len(), 12);
    let Some(budget) = corpus_pdf("shanghai-finance-2025-budget.pdf") else { return };
    let r = read_bytes(&budget).expect("reads");
    let income = r.document.tables.iter().find(|t| t.kind == TableKind::Income).expect("the table");
    let concepts: Vec<Option<&str>> = income.columns.iter().map(|c| c.concept).collect();
    assert_eq!(concepts, [None, Some("income.fiscal_appropriation"), Some("income.business"), Some("income.business_operation"), Some("income.other")]);
}

/// The 决算's 财政拨款收入支出决算总表 (p12–13) counts 财政拨款 only: its totals and carry-overs
/// are not the 收入支出决算总表's (2,961.68 against 2,995.39 万元), the `一、一般公共预算财政拨款
/// 2.16` under 年初财政拨款结转和结余 is that carry-over's part, and the narrative's
/// `财政拨款收入支出总计0.3万元` (p21) is its total.
#[test]
fn the_fiscal_summary_of_a_final_account_counts_appropriations_only() {
    use common::{table_values, text_values};
    let Some(bytes) = corpus_pdf("shanghai-putuo-finance-2024-final.pdf") else { return };
    let r = read_bytes(&bytes).expect("reads");
    let fiscal = [("fund", "fiscal_appropriation")];
    assert_eq!(table_values(&r, TableKind::FiscalSummary, "income.total", &fiscal), ["29616800"]);
    assert_eq!(table_values(&r, TableKind::IncomeExpenseSummary, "income.total", &[]), ["29953900"]);
    assert_eq!(table_values(&r, TableKind::FiscalSummary, "income.carryover", &fiscal), ["216300"]);
    assert_eq!(table_values(&r, TableKind::FiscalSummary, "income.carryover.general_budget", &[]), ["216300"]);
    assert!(table_values(&r, TableKind::FiscalSummary, "income.general_budget", &[]).iter().all(|v| v != "216300"));
    assert_eq!(text_values(&r, "expense.total", &fiscal), ["3000"]);
}

#[test]
fn a_truncated_pdf_reads_what_is_left_or_says_why() {
    let Some(bytes) = corpus_pdf("shanghai-putuo-justice-2026-budget.pdf") else { return };
    for keep in [bytes.len() / 2, bytes.len() / 10, 2000, 9] {
        match read_bytes(&bytes[..keep]) {
            Ok(r) => assert!(!r.source.is_empty()),
            Err(e) => assert!(matches!(e.kind, ReadErrorKind::Unreadable | ReadErrorKind::NoTextLayer | ReadErrorKind::NotDisclosure), "{keep}: {e}"),
        }
    }
}

#[test]
fn garbage_after_a_pdf_header_is_an_error_not_a_panic() {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    bytes.extend((0..4000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    let e = read_bytes(&bytes).expect_err("not a PDF body");
    assert_eq!(e.kind, ReadErrorKind::Unreadable, "{e}");
    assert!(e.to_string().contains("PDF"), "{e}");
}

/// A landscape table turned onto a portrait page and shown upright by `/Rotate 90`
/// (tests/fixtures/pdf/README.md) reads as the upright original does.
#[test]
fn a_rotated_page_reads_as_the_upright_one() {
    let facts = |path: &str| {
        let r = read_bytes(&std::fs::read(common::fixture(path)).expect("fixture")).expect("reads");
        let mut facts: Vec<String> = r.facts.iter().map(|f| format!("{} {:?} {:?}", f.concept, f.dims, f.value)).collect();
        facts.sort();
        facts
    };
    let upright = facts("xlsx/shili-2026-sheets.pdf");
    assert!(upright.len() > 200);
    assert_eq!(facts("pdf/shili-2026-rotated.pdf"), upright);
}

/// A PDF that needs a password (tests/fixtures/pdf/encrypted.pdf) is refused, saying so.
#[test]
fn an_encrypted_pdf_says_it_needs_a_password() {
    let path = common::fixture("pdf/encrypted.pdf");
    let e = read_bytes(&std::fs::read(path).expect("fixture")).expect_err("encrypted");
    assert_eq!(e.kind, ReadErrorKind::Unreadable, "{e}");
    assert!(e.to_string().contains("加密") && e.to_string().contains("encrypted"), "{e}");
}

/// A PDF of one blank page: no text layer, so the message says OCR is needed.
#[test]
fn a_pdf_without_text_asks_for_ocr() {
    let pdf = minimal_pdf("");
    let e = read_bytes(&pdf).expect_err("no text");
    assert_eq!(e.kind, ReadErrorKind::NoTextLayer, "{e}");
    assert!(e.to_string().contains("OCR"), "{e}");
}

/// A one-page PDF with the given content stream, its xref offsets computed.
fn minimal_pdf(content: &str) -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len() + 1),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).bytes());
    out
}

mod mutated {
    use super::corpus_pdf;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    /// The justice budget's bytes, read once for all cases (empty when the corpus is absent).
    fn justice() -> &'static [u8] {
        static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
        BYTES.get_or_init(|| corpus_pdf("shanghai-putuo-justice-2026-budget.pdf").unwrap_or_default())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Bytes of a real PDF overwritten at random places (content streams, fonts, the xref):
        /// the reader reads what it can or says why, and never panics.
        #[test]
        fn a_damaged_pdf_never_panics(edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..40)) {
            let original = justice();
            if original.is_empty() {
                return Ok(());
            }
            let mut bytes = original.to_vec();
            for (at, byte) in edits {
                let i = at % bytes.len();
                bytes[i] = byte;
            }
            let _ = yusuan_read::read_bytes(&bytes);
        }
    }
}
