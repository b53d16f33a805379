//! Golden outputs of `yusuan facts`, `yusuan read` and `yusuan check` for the corpus documents. Each golden file
//! was checked line by line against its source document (see tests/golden/README.md); a change
//! in the output fails here and its diff has to be read against the source before the golden file
//! is updated.

use std::path::PathBuf;
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The output of `yusuan ARGS`, which must exit with `status` (`check` exits 1 on findings).
fn run(args: &[&str], status: i32) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_yusuan")).args(args).current_dir(repo()).output().expect("runs yusuan");
    assert_eq!(out.status.code(), Some(status), "yusuan {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// The first differing line, to show instead of two whole files.
fn first_difference(expected: &str, actual: &str) -> String {
    let pairs = expected.lines().zip(actual.lines()).enumerate();
    match pairs.clone().find(|(_, (e, a))| e != a) {
        Some((i, (e, a))) => format!("line {}:\n  golden: {e}\n  now:    {a}", i + 1),
        None => format!("golden has {} lines, output {}", expected.lines().count(), actual.lines().count()),
    }
}

fn check(document: &str) {
    let source = format!("tests/fixtures/corpus/{document}.txt");
    for (args, status, golden) in [
        (vec!["facts", source.as_str(), "--format", "csv"], 0, format!("tests/golden/{document}.facts.csv")),
        (vec!["read", source.as_str()], 0, format!("tests/golden/{document}.read.txt")),
        // Every corpus document has genuine defects: `check` finds them and exits 1.
        (vec!["check", source.as_str()], 1, format!("tests/golden/{document}.check.txt")),
    ] {
        let expected = std::fs::read_to_string(repo().join(&golden)).unwrap_or_else(|e| panic!("{golden}: {e}"));
        let actual = run(&args, status);
        assert!(expected == actual, "{golden} differs from the output; {}", first_difference(&expected, &actual));
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
