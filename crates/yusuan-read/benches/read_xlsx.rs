//! Read + facts on workbooks, one core: the fixtures of `tests/fixtures/xlsx/` beside the legacy
//! .xls saved from them and the PDFs printed from them (the same document in three formats), and the corpus templates (read in place
//! from `../shared/corpus/xlsx/`, skipped when absent). Run `cargo bench -p yusuan-read --bench
//! read_xlsx`; figures are recorded in BENCHMARKS.md.

mod common;

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let fixtures = manifest.join("../../tests/fixtures/xlsx");
    let corpus = manifest.join("../../../shared/corpus/xlsx");
    let names = [
        "shili-2026-sheets.xlsx",
        "shili-2026-sheets.xls",
        "shili-2026-sheets.pdf",
        "shili-2026-one-sheet.xlsx",
        "shili-2026-one-sheet.xls",
        "shili-2026-one-sheet.pdf",
    ];
    let mut files: Vec<PathBuf> = names.iter().map(|n| fixtures.join(n)).collect();
    match std::fs::read_dir(&corpus) {
        Ok(entries) => {
            let mut templates: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "xlsx")).collect();
            templates.sort();
            files.extend(templates);
        }
        Err(_) => println!("skipped: {} is absent", corpus.display()),
    }
    for path in files {
        let bytes = std::fs::read(&path).expect("a workbook or PDF");
        let (per_doc, r) = common::time_reading(&bytes);
        // The format's reader alone: bytes to layout, before recognition.
        let reader = common::time(|| {
            let bytes = std::hint::black_box(&bytes[..]);
            let _ = match yusuan_read::format::detect(bytes).expect("a known format") {
                yusuan_read::format::Format::Xlsx => yusuan_read::xlsx::read_xlsx(bytes),
                yusuan_read::format::Format::Xls => yusuan_read::xls::read_xls(bytes),
                yusuan_read::format::Format::Pdf => yusuan_read::pdf::read_pdf(bytes),
                _ => unreachable!("a workbook or a PDF"),
            };
        });
        let pages = r.line_pages.last().copied().unwrap_or(0);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        println!(
            "{name:<52} {:>7} B  {pages:>3} sheets/pages  {:>4} facts  {:>8.2} ms/doc  {:>8.2} ms reader",
            bytes.len(),
            r.facts.len(),
            per_doc.as_secs_f64() * 1e3,
            reader.as_secs_f64() * 1e3
        );
    }
}
