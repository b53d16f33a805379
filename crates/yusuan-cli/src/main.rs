//! The `yusuan` command. It only wires the library crates together.

mod check_output;
mod config;
mod facts_output;
mod read_output;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use check_output::{Format, Shown};
use yusuan_check::report::Lang;
use yusuan_check::Selection;
use yusuan_read::Reading;

#[derive(Parser)]
#[command(name = "yusuan", version, about = "预算 — 部门预决算公开文档的读取与检查 / read and check Chinese department budget disclosures")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// 显示文档的身份、结构和表格 / show a document's identity, parts and tables
    Read {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = ReadFormat::Text)]
        format: ReadFormat,
    },
    /// 输出文档中的全部事实（数字） / print every fact (figure) the document states
    Facts {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = FactsFormat::Json)]
        format: FactsFormat,
    },
    /// 检查文档（文件或目录） / check documents (files or directories)
    Check {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// 只运行这些规则（代码或前缀，逗号分隔） / run only these rules (codes or prefixes)
        #[arg(long, value_delimiter = ',')]
        select: Vec<String>,
        /// 不运行这些规则 / skip these rules
        #[arg(long, value_delimiter = ',')]
        ignore: Vec<String>,
        /// 只报告不低于此级别的问题 / report findings at or above: info, warning, error
        #[arg(long)]
        severity: Option<String>,
        /// 设置文件（默认向上查找 yusuan.toml） / settings file (default: the nearest yusuan.toml)
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = LangArg::Zh)]
        lang: LangArg,
        /// 文本报告中也列出提示（读取时未能理解之处）；默认只计数 / list the notes (what the reader could not understand) in the text report too; by default they are only counted
        #[arg(long)]
        notes: bool,
    },
    /// 列出全部规则 / list all rules
    Rules,
    /// 显示一条规则的说明 / show a rule's documentation
    Rule { code: String },
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
    Sarif,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Zh,
    En,
}

#[derive(Clone, Copy, ValueEnum)]
enum ReadFormat {
    Text,
    Json,
    /// The text the reader made of the file (for a PDF or a workbook: a line per row, cells by
    /// tabs, and the page or sheet of each line).
    Lines,
}

#[derive(Clone, Copy, ValueEnum)]
enum FactsFormat {
    Json,
    Csv,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Check { paths, format, select, ignore, severity, config, lang, notes } => {
            let lang = match lang {
                LangArg::Zh => Lang::Zh,
                LangArg::En => Lang::En,
            };
            let settings = match settings(config.as_deref()) {
                Ok(s) => s,
                Err(message) => {
                    eprintln!("错误 / error: {message}");
                    return ExitCode::from(2);
                }
            };
            let minimum = match severity.as_deref() {
                None => settings.severity.unwrap_or(yusuan_check::Severity::Info),
                Some(name) => match config::severity(name) {
                    Some(s) => s,
                    None => {
                        eprintln!("错误 / error: --severity 应为 info、warning 或 error / must be info, warning or error");
                        return ExitCode::from(2);
                    }
                },
            };
            let pick = |flag: &Vec<String>, file: Vec<String>| if flag.is_empty() { file } else { flag.clone() };
            let selection = Selection { select: pick(select, settings.select), ignore: pick(ignore, settings.ignore), minimum };
            let format = match format {
                // Asking for notes by severity shows them too.
                CheckFormat::Text => Format::Text { lang, notes: *notes || severity.as_deref() == Some("info") },
                CheckFormat::Json => Format::Json,
                CheckFormat::Sarif => Format::Sarif,
                CheckFormat::Html => Format::Html(lang),
            };
            return check(paths, &selection, format);
        }
        Command::Rules => Ok(rules_list()),
        Command::Rule { code } => yusuan_check::rule(code).map(rule_doc).ok_or_else(|| format!("没有规则 {code} / no rule {code}")),
        Command::Read { file, format } => load(file).map(|r| match format {
            ReadFormat::Text => read_output::text(&r),
            ReadFormat::Json => read_output::json(&r),
            ReadFormat::Lines => read_output::lines(&r),
        }),
        Command::Facts { file, format } => load(file).map(|r| match format {
            FactsFormat::Json => facts_output::json(&r),
            FactsFormat::Csv => facts_output::csv(&r),
        }),
    };
    match result {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("错误 / error: {message}");
            ExitCode::from(2)
        }
    }
}

/// The settings of `--config FILE`, else of the nearest `yusuan.toml`, else none.
fn settings(file: Option<&Path>) -> Result<config::Config, String> {
    let found = match file {
        Some(f) => Some(f.to_path_buf()),
        None => std::env::current_dir().ok().and_then(|d| config::find(&d)),
    };
    found.map_or(Ok(config::Config::default()), |f| config::load(&f))
}

/// Runs `check`: exit 0 when nothing is found (or only notes, 提示), 1 with warnings or errors, 2
/// when a document cannot be read.
fn check(paths: &[PathBuf], selection: &Selection, format: Format) -> ExitCode {
    let files = check_output::expand(paths);
    let done = check_output::check_all(&files, selection, format);
    let mut findings = Vec::new();
    let mut sarif_results = Vec::new();
    let mut html_sections = Vec::new();
    let mut unreadable = false;
    for c in &done {
        match &c.result {
            Ok((Shown::Text(shown), found)) => {
                println!("{shown}");
                findings.extend(found.iter().cloned());
            }
            Ok((Shown::Sarif(results), found)) => {
                sarif_results.extend(results.iter().cloned());
                findings.extend(found.iter().cloned());
            }
            Ok((Shown::Html(section), found)) => {
                html_sections.push(section.clone());
                findings.extend(found.iter().cloned());
            }
            Err(message) => {
                eprintln!("错误 / error: {message}");
                unreadable = true;
            }
        }
    }
    match format {
        Format::Text { lang, notes } => {
            if done.len() > 1 {
                print!("{}", check_output::summary_table(&done, lang));
            }
            println!("{}", yusuan_check::report::terminal::summary(&findings, lang));
            let hidden = findings.iter().filter(|f| f.severity == yusuan_check::Severity::Info).count();
            if !notes && hidden > 0 {
                println!("{}", check_output::notes_hint(hidden, lang));
            }
        }
        Format::Sarif => println!("{:#}", yusuan_check::report::sarif::report(sarif_results)),
        Format::Html(lang) => {
            let summary = yusuan_check::report::terminal::summary(&findings, lang);
            print!("{}", yusuan_check::report::html::page(&html_sections, &summary, lang));
        }
        Format::Json => {}
    }
    let defects = findings.iter().any(|f| f.severity >= yusuan_check::Severity::Warning);
    match (unreadable, defects) {
        (true, _) => ExitCode::from(2),
        (false, false) => ExitCode::SUCCESS,
        (false, true) => ExitCode::from(1),
    }
}

fn rules_list() -> String {
    let width = yusuan_check::rules::ALL.iter().map(|r| r.meta().name.len()).max().unwrap_or(0);
    yusuan_check::rules::ALL
        .iter()
        .map(|r| {
            let m = r.meta();
            format!("{}  {:<width$} {:<8} {}  {}\n", m.code, m.name, m.severity.id(), m.summary, m.summary_en)
        })
        .collect()
}

fn rule_doc(rule: &'static dyn yusuan_check::Rule) -> String {
    let m = rule.meta();
    format!(
        "{} {}（{} {}，默认 {}）\n{}\n{}\n\n{}\n",
        m.code,
        m.name,
        m.category.prefix(),
        m.category.label_zh(),
        m.severity.label_zh(),
        m.summary,
        m.summary_en,
        m.doc
    )
}

/// Reads a file; errors name the file, in Chinese and English.
pub(crate) fn load(path: &Path) -> Result<Reading, String> {
    let bytes = read_file(path)?;
    yusuan_read::read_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// A file's bytes; the error names the file, in Chinese and English.
/// The largest file read: a disclosure is at most tens of megabytes (a scanned PDF); anything
/// larger is refused before it is read, so that a stray 1 GB file cannot exhaust memory.
const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>, String> {
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.is_file() && meta.len() > MAX_FILE_BYTES {
            return Err(format!(
                "{}: 文件过大（{} MB，上限 {} MB），不像是一份公开文档 / too large ({} MB, the limit is {} MB) for a disclosure",
                path.display(),
                meta.len() / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024),
                meta.len() / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ));
        }
    }
    std::fs::read(path).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "文件不存在 / file not found".to_string(),
            std::io::ErrorKind::PermissionDenied => "没有读取权限 / permission denied".to_string(),
            _ if path.is_dir() => "这是一个目录 / is a directory".to_string(),
            _ => format!("无法读取 / cannot read: {e}"),
        };
        format!("{}: {why}", path.display())
    })
}
