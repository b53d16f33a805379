//! Read + facts on workbooks, one core: the fixtures of `tests/fixtures/xlsx/` beside the PDFs
//! printed from them (the same document in two formats), and the corpus templates (read in place
//! from `../shared/corpus/xlsx/`, skipped when absent). Run `cargo bench -p yusuan-read --bench
//! read_xlsx`; figures are recorded in BENCHMARKS.md.

mod common;

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let fixtures = manifest.join("../../tests/fixtures/xlsx");
    let corpus = manifest.join("../../../shared/corpus/xlsx");
    let mut files: Vec<PathBuf> = ["shili-2026-sheets.xlsx", "shili-2026-sheets.pdf", "shili-2026-one-sheet.xlsx", "shili-2026-one-sheet.pdf"].iter().map(|n| fixtures.join(n)).collect();
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
        let pages = r.line_pages.last().copied().unwrap_or(0);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        println!("{name:<52} {:>7} B  {pages:>3} sheets/pages  {:>4} facts  {:>8.2} ms/doc", bytes.len(), r.facts.len(), per_doc.as_secs_f64() * 1e3);
    }
}
