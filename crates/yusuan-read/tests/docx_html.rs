//! The Word and web page readers on one fictional disclosure published both ways
//! (tests/fixtures/docx and tests/fixtures/html, see their README): the same identity, tables and
//! facts; and on malformed input: zip bombs, truncated files, damaged markup.

mod common;

use common::{fixture, kinds, read, table_values, text_values};
use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use yusuan_model::{DocKind, Scope, TableKind};
use yusuan_read::{read_bytes, ReadErrorKind, Reading};

const DOCX: &str = "docx/jiangan-stats-2024.docx";
const HTML: &str = "html/jiangan-stats-2024.html";

/// Every fact as (concept, dims, value), counted: what two readings of one document share.
fn fact_set(r: &Reading) -> BTreeMap<String, usize> {
    let mut set = BTreeMap::new();
    for f in &r.facts {
        *set.entry(format!("{} {:?} {}", f.concept, f.dims, f.value_string())).or_insert(0) += 1;
    }
    set
}

#[test]
fn both_formats_read_the_identity_and_the_nine_tables() {
    for name in [DOCX, HTML] {
        let r = read(name);
        let id = &r.document.identity;
        assert_eq!(id.unit.as_deref(), Some("江岸县统计局"), "{name}");
        assert_eq!((id.year, id.kind, id.scope), (Some(2024), Some(DocKind::Budget), Some(Scope::Department)), "{name}");
        let wan = Some("万元");
        assert_eq!(
            kinds(&r),
            vec![
                (TableKind::IncomeExpenseSummary, wan),
                (TableKind::Income, wan),
                (TableKind::Expense, wan),
                (TableKind::FiscalSummary, wan),
                (TableKind::GeneralBudgetExpense, wan),
                (TableKind::GeneralBudgetBasic, wan),
                (TableKind::ThreePublic, wan),
                (TableKind::GovFundExpense, wan),
                (TableKind::SoeCapitalExpense, wan),
            ],
            "{name}"
        );
        assert!(r.line_pages.is_empty(), "{name}: not a paged format");
    }
}

#[test]
fn both_formats_state_the_same_facts() {
    let (docx, html) = (read(DOCX), read(HTML));
    assert!(docx.facts.len() > 150, "{} facts", docx.facts.len());
    assert_eq!(fact_set(&docx), fact_set(&html));
    // The renderings are the same text, line for line: the page's scripts, styles and head left
    // no trace, and LibreOffice's merged cells (gridSpan, vMerge) land where the colspans and
    // rowspans put them.
    assert_eq!(docx.source, html.source);
}

/// 一般公共预算支出表: codes in 类/款/项 cells under a merged 科目编码, 基本支出 split into
/// 人员经费 and 公用经费 under a merged header.
#[test]
fn the_general_budget_table_keeps_codes_and_merged_headers() {
    for name in [DOCX, HTML] {
        let r = read(name);
        let g = |concept: &str, function: &str| table_values(&r, TableKind::GeneralBudgetExpense, concept, &[("function", function)]);
        assert_eq!(g("expense.basic.personnel", "2010501"), ["2411000"], "{name}");
        assert_eq!(g("expense.basic.public", "2010501"), ["272000"], "{name}");
        assert_eq!(g("expense.project", "2010505"), ["420000"], "{name}");
        assert_eq!(g("expense.project", "20105"), ["670000"], "{name}");
        assert_eq!(g("expense.current_year", "201"), ["3353000"], "{name}");
        let three = |concept: &str| table_values(&r, TableKind::ThreePublic, concept, &[]);
        assert_eq!(three("three_public.vehicle"), ["36000"], "{name}");
        assert_eq!(three("three_public.reception"), ["8000"], "{name}");
        assert_eq!(text_values(&r, "expense.total.change_rate", &[]), ["3.29"], "{name}");
    }
}

#[test]
fn a_gbk_page_reads_as_its_utf8_original() {
    let utf8 = std::fs::read_to_string(fixture(HTML)).unwrap();
    let declared = utf8.replace("charset=utf-8", "charset=gb2312");
    assert_ne!(declared, utf8);
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&declared);
    assert!(!unmappable);
    let r = read_bytes(&gbk).expect("reads");
    assert_eq!(fact_set(&r), fact_set(&read(HTML)));
}

#[test]
fn lines_of_a_docx_are_its_text() {
    let r = read(DOCX);
    let lines: Vec<&str> = r.source.lines().collect();
    assert_eq!(lines[0], "江岸县统计局2024年部门预算");
    // A vertically merged 科目名称 leaves its lower cell empty; the 类 row's 款 and 项 are empty.
    assert!(lines.contains(&"类\t款\t项\t\t\t人员经费\t公用经费"), "{lines:?}");
    assert!(lines.contains(&"201\t\t\t一般公共服务支出\t335.30\t241.10\t27.20\t67.00"), "{lines:?}");
}

// ---- malformed input ----

/// A zip of `(name, method, data, declared uncompressed size)` entries, written by hand so that
/// the sizes can lie (method 0: stored, 8: deflated; CRCs are left 0).
fn zip_of(entries: &[(&str, u16, &[u8], u32)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for &(name, method, data, size) in entries {
        let offset = out.len() as u32;
        let header = |sig: u32, central: bool| {
            let mut h = sig.to_le_bytes().to_vec();
            if central {
                h.extend(20u16.to_le_bytes()); // made by
            }
            h.extend(20u16.to_le_bytes()); // needed
            h.extend(0u16.to_le_bytes()); // flags
            h.extend(method.to_le_bytes());
            h.extend([0u8; 4]); // time, date
            h.extend(0u32.to_le_bytes()); // crc
            h.extend((data.len() as u32).to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes()); // extra
            if central {
                h.extend([0u8; 6]); // comment length, disk, internal attributes
                h.extend(0u32.to_le_bytes()); // external attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(data);
        central.extend(header(0x0201_4b50, true));
    }
    let (cd_offset, cd_size) = (out.len() as u32, central.len() as u32);
    out.extend(central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend(cd_size.to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// A raw deflate stream of `mb` MiB of `<`: one MiB compressed once, its blocks repeated (each
/// refers only to itself), then an empty final block.
fn deflated_mib(mb: usize) -> Vec<u8> {
    let chunk = vec![b'<'; 1 << 20];
    let mut z = flate2::Compress::new(flate2::Compression::best(), false);
    let mut one = Vec::with_capacity(4096);
    z.compress_vec(&chunk, &mut one, flate2::FlushCompress::Full).unwrap();
    assert_eq!(z.total_in(), 1 << 20);
    let mut out = one.repeat(mb);
    out.extend([0x03, 0x00]);
    out
}

#[test]
fn a_zip_bomb_that_declares_its_size_is_refused_before_inflating() {
    let bomb = deflated_mib(1024);
    assert!(bomb.len() < 2 << 20, "{} bytes", bomb.len());
    let zip = zip_of(&[("[Content_Types].xml", 0, b"<Types/>", 8), ("word/document.xml", 8, &bomb, 1 << 30)]);
    let started = std::time::Instant::now();
    let e = read_bytes(&zip).expect_err("a bomb");
    assert_eq!(e.kind, ReadErrorKind::Unreadable, "{e}");
    assert!(e.to_string().contains("压缩炸弹") && e.to_string().contains("zip bomb"), "{e}");
    assert!(started.elapsed().as_secs() < 2, "{:?}", started.elapsed());
}

#[test]
fn a_zip_bomb_that_lies_about_its_size_stops_at_the_limit() {
    // Declares 1 KiB; inflates to 1 GiB. The zip crate stops at the declared size (a damaged
    // file); the reader's own cap on what it inflates is the second guard (see the unit test
    // in src/docx/archive.rs).
    let bomb = deflated_mib(1024);
    let zip = zip_of(&[("word/document.xml", 8, &bomb, 1024)]);
    let e = read_bytes(&zip).expect_err("a bomb");
    assert_eq!(e.kind, ReadErrorKind::Unreadable, "{e}");
    assert!(e.to_string().contains("declared uncompressed size"), "{e}");
}

#[test]
fn a_truncated_docx_is_an_error() {
    let bytes = std::fs::read(fixture(DOCX)).unwrap();
    for keep in [bytes.len() - 1, bytes.len() * 3 / 4, bytes.len() / 2, 100, 4] {
        let e = read_bytes(&bytes[..keep]).expect_err("truncated");
        assert!(matches!(e.kind, ReadErrorKind::Unreadable | ReadErrorKind::Unsupported), "{keep}: {e}");
    }
}

/// The fixture's `word/document.xml`.
fn document_xml() -> Vec<u8> {
    let bytes = std::fs::read(fixture(DOCX)).unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut xml = Vec::new();
    zip.by_name("word/document.xml").unwrap().read_to_end(&mut xml).unwrap();
    xml
}

/// A DOCX holding `xml` as its document (stored, with a correct CRC).
fn docx_of(xml: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("word/document.xml", stored).unwrap();
    zip.write_all(xml).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn damaged_document_xml_is_an_error_not_a_panic() {
    let xml = document_xml();
    assert_eq!(read_bytes(&docx_of(&xml)).expect("the whole document reads").facts.len(), read(DOCX).facts.len());
    for cut in [xml.len() / 2, xml.len() - 20] {
        let e = read_bytes(&docx_of(&xml[..cut])).expect_err("cut-off XML");
        assert_eq!(e.kind, ReadErrorKind::Unreadable, "{e}");
    }
    let e = read_bytes(&docx_of(b"<w:document><w:body><w:p><w:t>a</w:p></w:body>")).expect_err("mismatched tags");
    assert!(e.to_string().contains("XML"), "{e}");
}

#[test]
fn a_truncated_or_mangled_page_reads_what_it_can() {
    let html = std::fs::read(fixture(HTML)).unwrap();
    // Cut in the middle of the 一般公共预算支出表: everything before it is there.
    let needle = "<th>人员经费".as_bytes();
    let cut = html.windows(needle.len()).position(|w| w == needle).unwrap() + 2;
    let r = read_bytes(&html[..cut]).expect("reads");
    assert_eq!(r.document.identity.unit.as_deref(), Some("江岸县统计局"));
    assert_eq!(kinds(&r).len(), 5);
    let mangled = String::from_utf8(html).unwrap().replace("</td>", "").replace("</tr>", "").replace("</p>", "");
    assert_eq!(fact_set(&read_bytes(mangled.as_bytes()).expect("reads")), fact_set(&read(HTML)));
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    /// A byte edit: overwrite, insert or delete at a position (taken modulo the length).
    fn edit() -> impl Strategy<Value = (usize, u8, u8)> {
        (any::<usize>(), 0u8..3, prop_oneof![any::<u8>(), Just(b'<'), Just(b'>'), Just(b'"'), Just(b'/'), Just(b'&')])
    }

    fn apply(mut bytes: Vec<u8>, edits: &[(usize, u8, u8)]) -> Vec<u8> {
        for &(at, op, byte) in edits {
            let at = at % (bytes.len() + 1);
            match op {
                0 if at < bytes.len() => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                _ if at < bytes.len() => {
                    bytes.remove(at);
                }
                _ => {}
            }
        }
        bytes
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn mutated_docx_bytes_never_panic(edits in proptest::collection::vec(edit(), 1..20), keep in any::<usize>()) {
            let bytes = apply(std::fs::read(fixture(DOCX)).unwrap(), &edits);
            let keep = bytes.len() - keep % (bytes.len() / 8 + 1);
            let _ = read_bytes(&bytes[..keep]);
        }

        #[test]
        fn mutated_document_xml_never_panics(edits in proptest::collection::vec(edit(), 1..40)) {
            let _ = read_bytes(&docx_of(&apply(document_xml(), &edits)));
        }

        #[test]
        fn mutated_pages_never_panic(edits in proptest::collection::vec(edit(), 1..60), keep in any::<usize>()) {
            let bytes = apply(std::fs::read(fixture(HTML)).unwrap(), &edits);
            let keep = keep % (bytes.len() + 1);
            let _ = read_bytes(&bytes[..keep]);
        }

        #[test]
        fn arbitrary_markup_never_panics(html in "(<(/?)(table|tr|td|th|p|br|div|script|head|body)( colspan=[0-9]{1,6}| rowspan=\"[0-9]{0,5}\")?>|&#?[a-z0-9]{0,6};?|[^<&]{0,8}){0,80}") {
            let page = format!("<!DOCTYPE html><html>{html}");
            let _ = read_bytes(page.as_bytes());
        }
    }
}
