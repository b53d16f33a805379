//! Read + check on the corpus documents: ms per document. Run `cargo bench -p yusuan-check`;
//! figures are recorded in BENCHMARKS.md (target, issue 3: under 5 ms for 40 KB).

use std::time::{Duration, Instant};
use yusuan_check::{check, Selection};

fn main() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/corpus");
    for name in ["luanchuan-2020.txt", "luanchuan-2025.txt", "luolong-2021.txt"] {
        let bytes = std::fs::read(dir.join(name)).expect("corpus fixture");
        let (mut runs, mut findings) = (0u32, 0);
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(2) {
            let reading = yusuan_read::read_bytes(std::hint::black_box(&bytes)).expect("reads");
            findings = check(&reading, &Selection::default()).len();
            runs += 1;
        }
        let per_doc = start.elapsed() / runs;
        println!("{name:<20} {:>6} B  {findings:>3} findings  {:>8.3} ms/doc (read + check)", bytes.len(), per_doc.as_secs_f64() * 1e3);
    }
}
