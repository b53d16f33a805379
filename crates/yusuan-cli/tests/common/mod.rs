//! What the golden tests share: running the binary and comparing its output with a golden file.

use std::path::PathBuf;
use std::process::Command;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The output of `yusuan ARGS` run in the repository, which must exit with `status` (`check`
/// exits 1 on findings).
pub fn run(args: &[&str], status: i32) -> String {
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

/// `yusuan ARGS` prints exactly the golden file (a path in the repository).
pub fn assert_golden(args: &[&str], status: i32, golden: &str) {
    let expected = std::fs::read_to_string(repo().join(golden)).unwrap_or_else(|e| panic!("{golden}: {e}"));
    let actual = run(args, status);
    assert!(expected == actual, "{golden} differs from the output; {}", first_difference(&expected, &actual));
}
