//! Read + facts on the corpus PDFs (read in place from `../shared/corpus/pdf/`): pages per
//! second on one core. Run `cargo bench -p yusuan-read --bench read_pdf`; `bench/pdfplumber_baseline.py`
//! does the same job with pdfplumber for comparison; figures are recorded in BENCHMARKS.md.

mod common;

use std::time::Duration;

fn main() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/pdf");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: {} is absent", dir.display());
        return;
    };
    let mut names: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "pdf")).collect();
    names.sort();
    let (mut all_pages, mut all_time) = (0usize, Duration::ZERO);
    for path in names {
        let bytes = std::fs::read(&path).expect("corpus PDF");
        let (per_doc, r) = common::time_reading(&bytes);
        let (pages, facts) = (r.line_pages.last().copied().unwrap_or(0) as usize, r.facts.len());
        all_pages += pages;
        all_time += per_doc;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        println!("{name:<42} {pages:>3} pages  {facts:>4} facts  {:>8.2} ms/doc  {:>7.0} pages/s", per_doc.as_secs_f64() * 1e3, pages as f64 / per_doc.as_secs_f64());
    }
    println!("{:<42} {all_pages:>3} pages  {:>8.2} ms  {:>7.0} pages/s", "all", all_time.as_secs_f64() * 1e3, all_pages as f64 / all_time.as_secs_f64());
}
