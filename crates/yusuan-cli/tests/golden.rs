//! Golden outputs of `yusuan facts`, `yusuan read` and `yusuan check` for the corpus documents. Each golden file
//! was checked line by line against its source document (see tests/golden/README.md); a change
//! in the output fails here and its diff has to be read against the source before the golden file
//! is updated.

mod common;

fn check(document: &str) {
    let source = format!("tests/fixtures/corpus/{document}.txt");
    for (args, status, golden) in [
        (vec!["facts", source.as_str(), "--format", "csv"], 0, format!("tests/golden/{document}.facts.csv")),
        (vec!["read", source.as_str()], 0, format!("tests/golden/{document}.read.txt")),
        // Every corpus document has genuine defects: `check` finds them and exits 1.
        (vec!["check", "--notes", source.as_str()], 1, format!("tests/golden/{document}.check.txt")),
    ] {
        common::assert_golden(&args, status, &golden);
    }
}

#[test]
fn luanchuan_2020() {
    check("luanchuan-2020");
}

#[test]
fn luanchuan_2025() {
    check("luanchuan-2025");
}

#[test]
fn luolong_2021() {
    check("luolong-2021");
}
