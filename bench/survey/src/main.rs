//! `yusuan-survey FOLDER [--findings FILE]`: reads and checks every file a folder's
//! `MANIFEST.tsv` lists and measures the result against the manifest — identity (unit, year,
//! kind, scope), non-disclosures refused, standard tables found against printed, findings per
//! disclosure by severity and rule, and time — beside the goals of issue 12.
//!
//! `--findings FILE` writes every finding as TSV (file, code, severity, page, line, message), the
//! list a reviewer reads against the rendered pages.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use yusuan_survey::{manifest, outcome, report};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut folder = None;
    let mut findings = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--findings" => findings = args.next().map(PathBuf::from),
            _ if folder.is_none() => folder = Some(PathBuf::from(arg)),
            _ => {
                eprintln!("用法 / usage: yusuan-survey FOLDER [--findings FILE.tsv]");
                return ExitCode::from(2);
            }
        }
    }
    let Some(folder) = folder else {
        eprintln!("用法 / usage: yusuan-survey FOLDER [--findings FILE.tsv]");
        return ExitCode::from(2);
    };
    let entries = match manifest::load(&folder) {
        Ok(e) => e,
        Err(message) => {
            eprintln!("错误 / error: {message}");
            return ExitCode::from(2);
        }
    };
    let started = std::time::Instant::now();
    let outcomes = survey(&folder, &entries);
    let wall = started.elapsed();
    print!("{}", report::render(&folder, &entries, &outcomes, wall));
    if let Some(path) = findings {
        if let Err(e) = std::fs::write(&path, report::findings_tsv(&entries, &outcomes)) {
            eprintln!("错误 / error: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

/// Reads and checks every entry on every core; outcomes in manifest order.
fn survey(folder: &std::path::Path, entries: &[manifest::Entry]) -> Vec<outcome::Outcome> {
    let next = AtomicUsize::new(0);
    let done = Mutex::new(vec![None; entries.len()]);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(entry) = entries.get(i) else { break };
                let result = outcome::measure(&folder.join(&entry.file));
                done.lock().expect("no thread panics holding the lock")[i] = Some(result);
            });
        }
    });
    done.into_inner().expect("no thread panics holding the lock").into_iter().map(|o| o.expect("every entry measured")).collect()
}
