//! `yusuan check`: findings of every document given (files or directories, checked in parallel),
//! in the terminal or as JSON, then a summary table.

use crate::read_file;
use yusuan_read::ReadErrorKind;
use std::path::{Path, PathBuf};
use yusuan_check::context::Checked;
use yusuan_check::report::{html, json, sarif, terminal, Lang};
use yusuan_check::{Finding, Selection, Severity};

/// How findings are shown.
#[derive(Clone, Copy)]
pub enum Format {
    /// The terminal report; notes (提示) shown only when asked for, else counted in the summary.
    Text { lang: Lang, notes: bool },
    Json,
    Sarif,
    Html(Lang),
}

/// One document's findings as shown: text or a JSON line, or a part of one SARIF log or HTML page.
pub enum Shown {
    Text(String),
    Sarif(Vec<serde_json::Value>),
    /// A section of the HTML page.
    Html(String),
}

/// One document's outcome: its findings, or why it could not be read.
pub struct Checked1 {
    pub path: PathBuf,
    pub result: Result<(Shown, Vec<Finding>), String>,
}

/// A file to check, and whether it was found in a directory (where a file that is not a
/// disclosure, a README say, is passed over rather than an error).
pub struct Input {
    pub path: PathBuf,
    pub from_directory: bool,
}

/// The files to check: each file given, and the text files and workbooks of each directory given
/// (sorted).
pub fn expand(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        match std::fs::read_dir(p) {
            Ok(entries) => {
                let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|f| is_document(f)).collect();
                files.sort();
                out.extend(files.into_iter().map(|path| Input { path, from_directory: true }));
            }
            Err(_) => out.push(Input { path: p.clone(), from_directory: false }),
        }
    }
    out
}

/// The files of a directory that are taken as disclosures, by their extension (each is then read
/// by its content): text, PDF, workbook (`.xlsx`, legacy `.xls`), Word file, web page.
fn is_document(path: &Path) -> bool {
    const EXTENSIONS: [&str; 8] = ["txt", "md", "html", "htm", "pdf", "xlsx", "xls", "docx"];
    path.is_file() && path.extension().is_some_and(|e| EXTENSIONS.contains(&e.to_string_lossy().to_lowercase().as_str()))
}

/// Checks every file, in parallel, keeping the order given; passes over the files of a directory
/// that are not disclosures.
pub fn check_all(files: &[Input], selection: &Selection, format: Format) -> Vec<Checked1> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(files.len().max(1));
    let chunk = files.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().filter_map(|f| check_one_guarded(f, selection, format)).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    })
}

/// [`check_one`], with a failure of the program on one file reported as that file's error
/// rather than losing the other files of its thread.
fn check_one_guarded(input: &Input, selection: &Selection, format: Format) -> Option<Checked1> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check_one(input, selection, format))).unwrap_or_else(|_| {
        let name = input.path.display();
        let message = format!("{name}: 读取或检查时程序内部出错，请报告此问题 / an internal error while reading or checking this file: please report it");
        Some(Checked1 { path: input.path.clone(), result: Err(message) })
    })
}

fn check_one(input: &Input, selection: &Selection, format: Format) -> Option<Checked1> {
    let path = input.path.as_path();
    let name = path.display().to_string();
    let reading = match read_file(path).map(|bytes| yusuan_read::read_bytes(&bytes)) {
        Ok(Err(e)) if input.from_directory && e.kind == ReadErrorKind::NotDisclosure => return None,
        Ok(read) => read.map_err(|e| format!("{name}: {e}")),
        Err(message) => Err(message),
    };
    let result = reading.map(|reading| {
        let findings = yusuan_check::check(&reading, selection);
        let doc = Checked::new(&reading);
        let shown = match format {
            Format::Text { lang, notes } => {
                let shown: Vec<Finding> = findings.iter().filter(|f| notes || f.severity > Severity::Info).cloned().collect();
                Shown::Text(terminal::render(&shown, &doc, &name, lang))
            }
            Format::Json => Shown::Text(json::findings(&name, &findings).to_string()),
            Format::Sarif => Shown::Sarif(sarif::results(&name, &doc, &findings)),
            Format::Html(lang) => Shown::Html(html::section(&name, &doc, &findings, lang)),
        };
        (shown, findings)
    });
    Some(Checked1 { path: path.to_path_buf(), result })
}

/// The table printed after several documents: findings per document and severity.
pub fn summary_table(done: &[Checked1], lang: Lang) -> String {
    let mut out = match lang {
        Lang::Zh => String::from("文档                                      错误  警告  提示\n"),
        Lang::En => String::from("document                                  errors warnings notes\n"),
    };
    for c in done {
        let name = c.path.file_name().map_or_else(|| c.path.display().to_string(), |n| n.to_string_lossy().into_owned());
        match &c.result {
            Ok((_, findings)) => {
                let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
                out.push_str(&format!(
                    "{name:<40}  {:>4}  {:>4}  {:>4}\n",
                    count(Severity::Error),
                    count(Severity::Warning),
                    count(Severity::Info)
                ));
            }
            Err(_) => out.push_str(&format!("{name:<40}  {}\n", if lang == Lang::Zh { "无法读取" } else { "unreadable" })),
        }
    }
    out
}

/// The line under the summary when notes were counted but not listed.
pub fn notes_hint(hidden: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("（{hidden} 条提示未列出：不是文档的错误，是未能读懂或无从核对之处；加 --notes 列出）"),
        Lang::En => format!("({hidden} notes not listed: not defects of the document, but what could not be read or checked; --notes lists them)"),
    }
}
