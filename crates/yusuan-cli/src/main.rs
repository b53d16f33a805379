//! The `yusuan` command. It only wires the library crates together.

mod facts_output;
mod read_output;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
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
}

#[derive(Clone, Copy, ValueEnum)]
enum ReadFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FactsFormat {
    Json,
    Csv,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Read { file, format } => load(file).map(|r| match format {
            ReadFormat::Text => read_output::text(&r),
            ReadFormat::Json => read_output::json(&r),
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

/// Reads a file; errors name the file, in Chinese and English.
fn load(path: &Path) -> Result<Reading, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "文件不存在 / file not found".to_string(),
            std::io::ErrorKind::PermissionDenied => "没有读取权限 / permission denied".to_string(),
            _ if path.is_dir() => "这是一个目录 / is a directory".to_string(),
            _ => format!("无法读取 / cannot read: {e}"),
        };
        format!("{}: {why}", path.display())
    })?;
    yusuan_read::read_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}
