//! The workbook reader: the fixtures of `tests/fixtures/xlsx/` (a fictional department's budget as
//! a workbook of one part per sheet and as one sheet, each with the PDF LibreOffice prints of
//! it and the legacy .xls LibreOffice saves of it), small workbooks written here for one behaviour
//! each, the corpus templates (read in place from `../shared/corpus/xlsx/`, skipped when absent),
//! and malformed input. The legacy reader (.xls) is tested in `mod xls` below.

mod common;

use rust_xlsxwriter::{Format, Formula, Workbook, XlsxError};
use std::time::{Duration, Instant};
use yusuan_model::{MoneyUnit, TableKind};
use yusuan_read::{read_bytes, ReadErrorKind, Reading};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(common::fixture(&format!("xlsx/{name}"))).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn read(name: &str) -> Reading {
    read_bytes(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every fact as (concept, dimensions, value), sorted: what a reading says, wherever it says it.
fn facts(r: &Reading) -> Vec<String> {
    let mut out: Vec<String> = r.facts.iter().map(|f| format!("{} {:?} {}", f.concept, f.dims, f.value_string())).collect();
    out.sort();
    out
}

#[test]
fn a_workbook_and_the_pdf_printed_from_it_give_the_same_facts() {
    for name in ["shili-2026-sheets", "shili-2026-one-sheet"] {
        let workbook = facts(&read(&format!("{name}.xlsx")));
        let pdf = facts(&read(&format!("{name}.pdf")));
        assert!(workbook.len() > 200, "{name}: only {} facts", workbook.len());
        assert_eq!(workbook, pdf, "{name}: the workbook and its PDF differ");
    }
}

#[test]
fn one_sheet_or_a_sheet_a_part_the_document_is_the_same() {
    assert_eq!(facts(&read("shili-2026-sheets.xlsx")), facts(&read("shili-2026-one-sheet.xlsx")));
}

/// A sheet is a page: each line carries the number of its sheet, the tables are recognized on
/// theirs, in 元 but the “三公” table in 万元 as the template prints it.
#[test]
fn every_sheet_is_read_in_order_as_a_page() {
    let r = read("shili-2026-sheets.xlsx");
    assert_eq!(r.line_pages.len(), r.source.lines().count(), "a sheet for every line");
    assert!(r.line_pages.windows(2).all(|w| w[0] <= w[1]), "sheets in order");
    let sheets: std::collections::BTreeSet<u32> = r.line_pages.iter().copied().collect();
    assert_eq!(sheets, (1..=17).collect(), "all 17 sheets have lines");
    let tables: Vec<(TableKind, Option<u32>, Option<MoneyUnit>)> =
        r.document.tables.iter().map(|t| (t.kind, r.page_of(t.first_line), t.money_unit)).collect();
    assert_eq!(tables.len(), 9, "{tables:?}");
    assert_eq!(tables[2], (TableKind::Expense, Some(9), Some(MoneyUnit::Yuan)));
    assert_eq!(tables[8], (TableKind::ThreePublic, Some(15), Some(MoneyUnit::WanYuan)));
    assert_eq!(r.document.identity.year, Some(2026));
    assert!(r.document.diagnostics.iter().all(|d| d.code != "RD110"), "nothing hidden");
}

/// Amounts as stored, formulas by their cached values: the 合计 of the 支出总表 is a formula.
#[test]
fn figures_are_the_stored_values_not_the_displayed_ones() {
    let r = read("shili-2026-sheets.xlsx");
    let total = r.source.lines().find(|l| l.starts_with("合计\t") && l.contains("13177278.39")).expect("the 合计 row");
    assert_eq!(total, "合计\t\t\t\t16427278.39\t13177278.39\t3250000");
    assert!(r.source.lines().any(|l| l == "201\t03\t50\t事业运行\t1186400.2\t1186400.2"), "no float noise, no trailing zeros");
}

/// A small workbook, written for one test, as bytes.
fn workbook(build: impl FnOnce(&mut Workbook) -> Result<(), XlsxError>) -> Vec<u8> {
    let mut book = Workbook::new();
    build(&mut book).expect("writes");
    book.save_to_buffer().expect("saves")
}

const TITLE: &str = "2026年部门支出预算总表";

#[test]
fn numbers_as_stored_formulas_by_cached_value_percentages_scaled() {
    let bytes = workbook(|book| {
        let sheet = book.add_worksheet();
        let thousands = Format::new().set_num_format("#,##0");
        let percent = Format::new().set_num_format("0.0%");
        sheet.write_string(0, 0, TITLE)?;
        sheet.write_string(1, 0, "单位：元")?;
        sheet.write_string(2, 0, "行政运行")?;
        sheet.write_number_with_format(2, 1, 96282213.44, &thousands)?;
        sheet.write_number(2, 2, 1149678.0)?;
        sheet.write_formula(2, 3, Formula::new("=0.1+0.2").set_result("0.30000000000000004"))?;
        sheet.write_number_with_format(2, 4, 0.0523, &percent)?;
        Ok(())
    });
    let r = read_bytes(&bytes).expect("reads");
    assert!(r.source.lines().any(|l| l == "行政运行\t96282213.44\t1149678\t0.3\t5.23%"), "{}", r.source);
}

/// A merged header's text once, in the first cell of the range, even where the program that
/// wrote the file repeated it in every cell of the range.
#[test]
fn a_merged_range_is_read_once() {
    let bytes = workbook(|book| {
        let sheet = book.add_worksheet();
        let plain = Format::new();
        sheet.write_string(0, 0, TITLE)?;
        sheet.merge_range(1, 1, 1, 3, "支出预算", &plain)?;
        sheet.write_string(1, 2, "支出预算")?;
        sheet.write_string(1, 3, "支出预算")?;
        sheet.write_string(1, 0, "项目")?;
        sheet.write_row(2, 0, ["科目名称", "合计", "基本支出", "项目支出"])?;
        Ok(())
    });
    let r = read_bytes(&bytes).expect("reads");
    assert!(r.source.lines().any(|l| l == "项目\t支出预算"), "{}", r.source);
    assert_eq!(r.source.matches("支出预算").count(), 2, "the title's and the header's");
}

/// A stray cell in the sheet's last column (XFD) does not make every row 16,384 fields wide: a
/// row's cells stand in the columns that hold cells (5,000 such rows took 16 s and 5 GB before).
#[test]
fn a_stray_cell_far_right_does_not_widen_every_row() {
    let bytes = workbook(|book| {
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, TITLE)?;
        sheet.write_string(1, 0, "单位：万元")?;
        sheet.write_row(2, 0, ["科目名称", "合计"])?;
        sheet.write_string(3, 0, "行政运行")?;
        sheet.write_number(3, 1, 12.5)?;
        sheet.write_number(3, 16_383, 1.25)?;
        Ok(())
    });
    let r = read_bytes(&bytes).expect("reads");
    assert!(r.source.lines().any(|l| l == "行政运行\t12.5\t1.25"), "{}", r.source);
}

/// Hidden rows, columns and sheets that hold text are left out, as a printed copy leaves them
/// out, and each is noted (RD110) with the sheet it is on; hidden empty columns are not noted.
#[test]
fn hidden_content_is_left_out_and_noted() {
    let bytes = workbook(|book| {
        let sheet = book.add_worksheet().set_name("支出总表")?;
        sheet.write_string(0, 0, TITLE)?;
        sheet.write_row(1, 0, ["科目名称", "合计", "备注（隐藏列）", "基本支出"])?;
        sheet.write_row(2, 0, ["行政运行", "100.00", "校验", "100.00"])?;
        sheet.write_row(3, 0, ["隐藏的行", "7.00", "", "7.00"])?;
        sheet.set_row_hidden(3)?;
        sheet.set_column_hidden(2)?;
        sheet.set_column_range_hidden(10, 20)?;
        let hidden = book.add_worksheet().set_name("底稿")?;
        hidden.write_string(0, 0, "测算底稿")?;
        hidden.set_hidden(true);
        Ok(())
    });
    let r = read_bytes(&bytes).expect("reads");
    for gone in ["隐藏的行", "备注", "校验", "测算底稿"] {
        assert!(!r.source.contains(gone), "{gone} is hidden: {}", r.source);
    }
    let notes: Vec<&str> = r.document.diagnostics.iter().filter(|d| d.code == "RD110").map(|d| d.message.as_str()).collect();
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert!(notes.iter().any(|m| m.contains("“支出总表”") && m.contains("第 4 行")), "{notes:?}");
    assert!(notes.iter().any(|m| m.contains("“支出总表”") && m.contains("C 列")), "{notes:?}");
    assert!(notes.iter().any(|m| m.contains("“底稿”") && m.contains("整张表")), "{notes:?}");
}

/// A zip whose parts are `(name, declared uncompressed size, deflated or stored data, crc)`,
/// written by hand so that a part can declare a size other than its own.
fn zip(parts: &[(&str, u32, bool, Vec<u8>, u32)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, size, deflated, data, crc) in parts {
        let offset = out.len() as u32;
        let method: u16 = if *deflated { 8 } else { 0 };
        let fields = |out: &mut Vec<u8>| {
            out.extend(20u16.to_le_bytes()); // version needed
            out.extend(0u16.to_le_bytes()); // flags
            out.extend(method.to_le_bytes());
            out.extend([0u8; 4]); // time, date
            out.extend(crc.to_le_bytes());
            out.extend((data.len() as u32).to_le_bytes());
            out.extend(size.to_le_bytes());
            out.extend((name.len() as u16).to_le_bytes());
            out.extend(0u16.to_le_bytes()); // extra
        };
        out.extend(b"PK\x03\x04");
        fields(&mut out);
        out.extend(name.as_bytes());
        out.extend(data);
        directory.extend(b"PK\x01\x02");
        directory.extend(20u16.to_le_bytes()); // version made by
        fields(&mut directory);
        directory.extend([0u8; 10]); // comment length, disk, internal and external attributes
        directory.extend(offset.to_le_bytes());
        directory.extend(name.as_bytes());
    }
    let start = out.len() as u32;
    out.extend(&directory);
    out.extend(b"PK\x05\x06");
    out.extend([0u8; 4]);
    out.extend((parts.len() as u16).to_le_bytes());
    out.extend((parts.len() as u16).to_le_bytes());
    out.extend((directory.len() as u32).to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend([0u8; 2]);
    out
}

/// A workbook whose one sheet inflates to 1 GiB of rows of zeros (about 1.5 MB deflated): each
/// 1 MiB chunk is deflated once and repeated, a full flush between them. `declared`: the sheet's
/// size as the zip states it, or its true size.
fn zip_bomb(declared: Option<u32>) -> Vec<u8> {
    use flate2::{Compress, Compression, FlushCompress};
    let head = br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#;
    let chunk = br#"<row><c t="n"><v>0</v></c></row>"#.repeat(32 * 1024);
    let tail = b"</sheetData></worksheet>";
    let mut deflate = Compress::new(Compression::best(), false);
    let mut deflated = |input: &[u8], flush| {
        let mut out = Vec::with_capacity(input.len() + 1024);
        deflate.compress_vec(input, &mut out, flush).expect("deflates");
        out
    };
    let (head_z, chunk_z, tail_z) = (deflated(head, FlushCompress::Full), deflated(&chunk, FlushCompress::Full), deflated(tail, FlushCompress::Finish));
    let repeats = 1024;
    let mut data = head_z;
    for _ in 0..repeats {
        data.extend(&chunk_z);
    }
    data.extend(tail_z);
    let mut crc = crc32fast::Hasher::new();
    crc.update(head);
    let mut chunk_crc = crc32fast::Hasher::new();
    chunk_crc.update(&chunk);
    for _ in 0..repeats {
        crc.combine(&chunk_crc);
    }
    crc.update(tail);
    let size = (head.len() + chunk.len() * repeats + tail.len()) as u32;
    let stored = |name: &'static str, text: &str| (name, text.len() as u32, false, text.as_bytes().to_vec(), crc32fast::hash(text.as_bytes()));
    zip(&[
        stored("[Content_Types].xml", r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#),
        stored("_rels/.rels", r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        stored("xl/workbook.xml", r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="2026年部门预算" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
        stored("xl/_rels/workbook.xml.rels", r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
        ("xl/worksheets/sheet1.xml", declared.unwrap_or(size), true, data, crc.finalize()),
    ])
}

#[test]
fn a_zip_bomb_is_refused_from_its_directory() {
    let bomb = zip_bomb(None);
    assert!(bomb.len() < 4 << 20, "the bomb is small: {} bytes", bomb.len());
    let start = Instant::now();
    let e = read_bytes(&bomb).expect_err("a bomb");
    assert_eq!(e.kind, ReadErrorKind::Unreadable, "{e}");
    let message = e.to_string();
    assert!(message.contains("200 MB") && message.contains("压缩炸弹") && message.contains("zip bomb"), "{message}");
    assert!(start.elapsed() < Duration::from_secs(2), "refused before inflating: {:?}", start.elapsed());
}

/// A bomb that states a small size: the zip reader stops at the stated size, so reading ends with
/// an error after a few kilobytes instead of inflating a gigabyte.
#[test]
fn a_part_larger_than_it_says_is_cut_off() {
    let bomb = zip_bomb(Some(64 * 1024));
    let start = Instant::now();
    let e = read_bytes(&bomb).expect_err("a bomb");
    assert_eq!(e.kind, ReadErrorKind::Unreadable, "{e}");
    assert!(e.to_string().contains("larger than its declared"), "{e}");
    assert!(start.elapsed() < Duration::from_secs(5), "cut off early: {:?}", start.elapsed());
}

#[test]
fn a_truncated_or_damaged_workbook_is_an_error_not_a_panic() {
    let bytes = fixture("shili-2026-sheets.xlsx");
    for keep in [bytes.len() - 1, bytes.len() - 22, bytes.len() / 2, bytes.len() / 10, 100, 4] {
        let e = read_bytes(&bytes[..keep]).expect_err("truncated");
        assert!(matches!(e.kind, ReadErrorKind::Unreadable | ReadErrorKind::Unsupported | ReadErrorKind::NotText), "{keep}: {e}");
    }
    // Bytes changed here and there: read or refused, never a panic.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..200 {
        let mut damaged = bytes.clone();
        for _ in 0..4 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let at = (state % damaged.len() as u64) as usize;
            damaged[at] ^= (state >> 32) as u8 | 1;
        }
        let _ = read_bytes(&damaged);
    }
}

/// The official templates: every sheet read, the nine tables recognized by title on their
/// sheets, in 元 but the “三公” table, which the template states in 万元.
#[test]
fn the_corpus_templates_read_sheet_by_sheet() {
    let templates = [("shanghai-putuo-2026-department-budget-template.xlsx", 17), ("shanghai-putuo-2026-unit-budget-template.xlsx", 16)];
    for (name, sheet_count) in templates {
        let Some(bytes) = common::shared_corpus("xlsx", name) else { return };
        let r = read_bytes(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let sheets: std::collections::BTreeSet<u32> = r.line_pages.iter().copied().collect();
        assert_eq!(sheets, (1..=sheet_count).collect(), "{name}: every sheet read");
        let kinds: Vec<TableKind> = r.document.tables.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                TableKind::IncomeExpenseSummary,
                TableKind::Income,
                TableKind::Expense,
                TableKind::FiscalSummary,
                TableKind::GeneralBudgetExpense,
                TableKind::GovFundExpense,
                TableKind::SoeCapitalExpense,
                TableKind::GeneralBudgetBasic,
                TableKind::ThreePublic,
            ],
            "{name}"
        );
        for t in &r.document.tables {
            let unit = if t.kind == TableKind::ThreePublic { MoneyUnit::WanYuan } else { MoneyUnit::Yuan };
            assert_eq!(t.money_unit, Some(unit), "{name}: {}", t.title);
        }
        // One table a sheet, from the 7th sheet on.
        let table_sheets: Vec<u32> = r.document.tables.iter().filter_map(|t| r.page_of(t.first_line)).collect();
        assert_eq!(table_sheets, (7..=15).collect::<Vec<u32>>(), "{name}");
    }
}


/// The legacy reader (.xls): each fixture saved as .xls by LibreOffice reads as the .xlsx it was
/// saved from, line for line; compound files that are not workbooks are refused; damaged ones are
/// errors, never panics.
mod xls {
    use super::*;

    #[test]
    fn a_legacy_workbook_reads_as_the_workbook_it_was_saved_from() {
        for name in ["shili-2026-sheets", "shili-2026-one-sheet"] {
            let (legacy, workbook) = (read(&format!("{name}.xls")), read(&format!("{name}.xlsx")));
            assert_eq!(legacy.source, workbook.source, "{name}: the text read");
            assert_eq!(legacy.line_pages, workbook.line_pages, "{name}: the sheet of each line");
            let facts_read = facts(&legacy);
            assert!(facts_read.len() > 200, "{name}: only {} facts", facts_read.len());
            assert_eq!(facts_read, facts(&workbook), "{name}: the facts");
            assert_eq!(facts_read, facts(&read(&format!("{name}.pdf"))), "{name}: the facts of the PDF");
        }
    }

    /// `cases.xls`: numbers as stored and percentages scaled (a format of the workbook's own and a
    /// built-in one), a date, formulas by their cached values, a merged range once although
    /// LibreOffice wrote its text into every cell of it, hidden rows, columns and a hidden sheet
    /// left out and noted, all as from `cases.xlsx`.
    #[test]
    fn cells_formats_merges_and_hidden_content_as_from_the_xlsx() {
        let (legacy, workbook) = (read("cases.xls"), read("cases.xlsx"));
        assert_eq!(legacy.source, workbook.source);
        let lines: Vec<&str> = legacy.source.lines().collect();
        assert!(lines.contains(&"行政运行\t96282213.44\t1149678\t0.3\t5.23%\t12.5%\t2026年1月15日"), "{}", legacy.source);
        assert!(lines.contains(&"合计\t97431891.44"), "{}", legacy.source);
        assert!(lines.contains(&"项目\t支出预算") && legacy.source.matches("\t支出预算").count() == 1, "{}", legacy.source);
        for gone in ["隐藏的行", "备注", "校验", "测算底稿"] {
            assert!(!legacy.source.contains(gone), "{gone} is hidden: {}", legacy.source);
        }
        let notes = |r: &Reading| -> Vec<String> { r.document.diagnostics.iter().filter(|d| d.code == "RD110").map(|d| d.message.clone()).collect() };
        assert_eq!(notes(&legacy), notes(&workbook));
        let notes = notes(&legacy);
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert!(notes.iter().any(|m| m.contains("“支出总表”") && m.contains("第 4 行")), "{notes:?}");
        assert!(notes.iter().any(|m| m.contains("“支出总表”") && m.contains("C 列")), "{notes:?}");
        assert!(notes.iter().any(|m| m.contains("“底稿”") && m.contains("整张表")), "{notes:?}");
    }

    /// A workbook stream shorter than 4096 bytes is kept in the compound file's mini stream.
    #[test]
    fn a_small_workbook_in_the_mini_stream_reads() {
        let r = read("tiny.xls");
        assert_eq!(r.source.lines().collect::<Vec<_>>(), ["2026年部门支出预算总表", "单位：元", "科目名称\t合计", "行政运行\t100.5"]);
    }

    /// The workbook fixture with its `Workbook` stream renamed: a compound file of another kind.
    fn renamed(to: &str) -> Vec<u8> {
        let mut bytes = fixture("shili-2026-sheets.xls");
        let name: Vec<u8> = "Workbook\0".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let at = bytes.windows(name.len()).position(|w| w == name).expect("the Workbook entry");
        let new: Vec<u8> = format!("{to}\0").encode_utf16().flat_map(u16::to_le_bytes).collect();
        bytes[at..at + 64].fill(0);
        bytes[at..at + new.len()].copy_from_slice(&new);
        bytes[at + 64..at + 66].copy_from_slice(&(new.len() as u16).to_le_bytes());
        bytes
    }

    #[test]
    fn a_legacy_word_document_is_refused_with_its_own_message() {
        let e = read_bytes(&renamed("WordDocument")).expect_err("a .doc");
        assert_eq!(e.kind, ReadErrorKind::Unsupported, "{e}");
        let message = e.to_string();
        assert!(message.contains("旧版 Word 文档（.doc）") && message.contains("save it as .docx or PDF"), "{message}");
        let e = read_bytes(&renamed("PowerPoint Document")).expect_err("a .ppt");
        assert_eq!(e.kind, ReadErrorKind::Unsupported, "{e}");
        assert!(e.to_string().contains("neither an .xls workbook nor a .doc"), "{e}");
    }

    #[test]
    fn a_truncated_or_damaged_legacy_workbook_is_an_error_not_a_panic() {
        let bytes = fixture("shili-2026-sheets.xls");
        for keep in [bytes.len() - 1, bytes.len() - 512, bytes.len() / 2, bytes.len() / 10, 600, 512, 100, 8] {
            let e = read_bytes(&bytes[..keep]).expect_err("truncated");
            assert!(matches!(e.kind, ReadErrorKind::Unreadable | ReadErrorKind::NotText), "{keep}: {e}");
            if keep >= 512 {
                assert!(e.to_string().contains(".xls") || e.to_string().contains("OLE"), "{keep}: {e}");
            }
        }
    }

    mod fuzz {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]

            /// Bytes overwritten here and there: the sectors stay in place, so the damage reaches
            /// the directory, the FAT and the workbook's records (in the mini stream of `tiny.xls`).
            #[test]
            fn overwritten_xls_bytes_never_panic(tiny in any::<bool>(), edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..24)) {
                let mut bytes = fixture(if tiny { "tiny.xls" } else { "shili-2026-sheets.xls" });
                for (at, byte) in edits {
                    let at = at % bytes.len();
                    bytes[at] = byte;
                }
                let _ = read_bytes(&bytes);
            }

            /// Bytes inserted, deleted and the end cut off: sectors shift out of place.
            #[test]
            fn shifted_or_cut_xls_bytes_never_panic(edits in proptest::collection::vec((any::<usize>(), any::<bool>(), any::<u8>()), 0..8), keep in any::<usize>()) {
                let mut bytes = fixture("cases.xls");
                for (at, insert, byte) in edits {
                    let at = at % bytes.len();
                    if insert { bytes.insert(at, byte) } else { bytes.remove(at); }
                }
                let keep = bytes.len() - keep % (bytes.len() / 4 + 1);
                let _ = read_bytes(&bytes[..keep]);
            }
        }
    }
}
