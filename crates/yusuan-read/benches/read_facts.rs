//! Read + facts on the corpus documents: MB/s of text per core. Run `cargo bench -p yusuan-read`;
//! figures are recorded in BENCHMARKS.md.

use std::time::{Duration, Instant};

fn main() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/corpus");
    for name in ["luanchuan-2020.txt", "luanchuan-2025.txt", "luolong-2021.txt"] {
        let bytes = std::fs::read(dir.join(name)).expect("corpus fixture");
        let mut runs = 0u32;
        let start = Instant::now();
        let mut facts = 0;
        while start.elapsed() < Duration::from_secs(2) {
            let r = yusuan_read::read_bytes(std::hint::black_box(&bytes)).expect("reads");
            facts = r.facts.len();
            runs += 1;
        }
        let per_doc = start.elapsed() / runs;
        let mb_s = bytes.len() as f64 / per_doc.as_secs_f64() / 1e6;
        println!("{name:<20} {:>6} B  {facts:>4} facts  {:>8.3} ms/doc  {mb_s:>6.1} MB/s", bytes.len(), per_doc.as_secs_f64() * 1e3);
    }
}
