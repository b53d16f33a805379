//! `yusuan.toml`: the same choices as `check`'s flags, kept with the documents. Looked up in the
//! working directory and its parents; flags given on the command line win.
//!
//! ```toml
//! # yusuan.toml
//! select = ["AR", "NR", "ID101"]   # rule codes or prefixes; all when absent
//! ignore = ["TX102"]
//! severity = "warning"             # report findings at or above: info, warning, error
//! ```
//!
//! Only these keys, with string or string-array values, are read; anything else is an error that
//! names the line, so that a misspelt key is not silently ignored.

use std::path::{Path, PathBuf};
use yusuan_check::Severity;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Config {
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub severity: Option<Severity>,
}

/// The nearest `yusuan.toml` from `dir` upwards.
pub fn find(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().map(|d| d.join("yusuan.toml")).find(|p| p.is_file())
}

pub fn load(path: &Path) -> Result<Config, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: 无法读取 / cannot read: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn severity(name: &str) -> Option<Severity> {
    match name {
        "info" => Some(Severity::Info),
        "warning" => Some(Severity::Warning),
        "error" => Some(Severity::Error),
        _ => None,
    }
}

fn parse(text: &str) -> Result<Config, String> {
    let mut config = Config::default();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let bad = |what: &str| format!("第{}行 line {}: {what}: {raw}", n + 1, n + 1);
        let (key, value) = line.split_once('=').ok_or_else(|| bad("应为 key = value / expected key = value"))?;
        match key.trim() {
            "select" => config.select = strings(value.trim()).ok_or_else(|| bad("应为字符串数组 / expected an array of strings"))?,
            "ignore" => config.ignore = strings(value.trim()).ok_or_else(|| bad("应为字符串数组 / expected an array of strings"))?,
            "severity" => {
                let name = string(value.trim()).ok_or_else(|| bad("应为字符串 / expected a string"))?;
                config.severity = Some(severity(&name).ok_or_else(|| bad("应为 info、warning 或 error / expected info, warning or error"))?);
            }
            other => return Err(bad(&format!("未知的设置 / unknown key {other:?}"))),
        }
    }
    Ok(config)
}

fn string(value: &str) -> Option<String> {
    value.strip_prefix('"')?.strip_suffix('"').filter(|s| !s.contains('"')).map(str::to_string)
}

fn strings(value: &str) -> Option<Vec<String>> {
    let inner = value.strip_prefix('[')?.strip_suffix(']')?.trim();
    if inner.is_empty() {
        return Some(Vec::new());
    }
    inner.split(',').map(str::trim).filter(|s| !s.is_empty()).map(string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_keys_and_names_a_bad_line() {
        let c = parse("# checks\nselect = [\"AR\", \"NR101\"]\nignore = []\nseverity = \"warning\"  # no notes\n").unwrap();
        assert_eq!(c, Config { select: vec!["AR".into(), "NR101".into()], ignore: vec![], severity: Some(Severity::Warning) });
        assert!(parse("selct = [\"AR\"]").unwrap_err().contains("第1行"));
        assert!(parse("severity = \"fatal\"").is_err());
        assert!(parse("select = AR").is_err());
    }
}
