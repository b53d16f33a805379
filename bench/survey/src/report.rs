//! The survey's figures, beside the goals of issue 12, and the list of every finding.

use crate::manifest::{Disclosure, Entry};
use crate::outcome::{identity_right, Outcome, Read};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;
use std::time::Duration;
use yusuan_check::Severity;

/// The survey as text: identity, refusals, tables, findings, time, then what went wrong by file.
pub fn render(folder: &Path, entries: &[Entry], outcomes: &[Outcome], wall: Duration) -> String {
    let mut out = String::new();
    let count = |d: Disclosure| entries.iter().filter(|e| e.disclosure == d).count();
    let _ = writeln!(
        out,
        "yusuan 语料调查 / corpus survey — {} ({} 个文件 files: {} 完整 yes, {} 部分 partial, {} 非公开文档 no)\n",
        folder.display(),
        entries.len(),
        count(Disclosure::Yes),
        count(Disclosure::Partial),
        count(Disclosure::No)
    );
    let pairs: Vec<(&Entry, &Outcome)> = entries.iter().zip(outcomes).collect();
    let disclosures: Vec<(&Entry, &Outcome)> = pairs.iter().copied().filter(|(e, _)| e.disclosure != Disclosure::No).collect();
    identity(&mut out, &disclosures);
    refusals(&mut out, &pairs);
    tables(&mut out, &disclosures);
    findings(&mut out, &disclosures);
    by_rule(&mut out, &disclosures);
    let cpu: Duration = outcomes.iter().map(|o| o.time).sum();
    let _ = writeln!(
        out,
        "\n时间 time: {:.2} s 墙钟 wall, {:.2} s 合计 summed over files, {:.1} ms/文件 file",
        wall.as_secs_f64(),
        cpu.as_secs_f64(),
        cpu.as_secs_f64() * 1000.0 / outcomes.len().max(1) as f64
    );
    out
}

fn percent(part: usize, whole: usize) -> f64 {
    100.0 * part as f64 / whole.max(1) as f64
}

/// Identity right against the manifest, part by part and all four together.
fn identity(out: &mut String, docs: &[(&Entry, &Outcome)]) {
    let read: Vec<(&Entry, &Read)> = docs.iter().filter_map(|(e, o)| o.result.as_ref().ok().map(|r| (*e, r))).collect();
    let unit = |e: &Entry, r: &Read| identity_right(e, r)[0];
    let year = |e: &Entry, r: &Read| identity_right(e, r)[1];
    let kind = |e: &Entry, r: &Read| identity_right(e, r)[2];
    let scope = |e: &Entry, r: &Read| identity_right(e, r)[3];
    let all = |e: &Entry, r: &Read| identity_right(e, r).iter().all(|right| *right);
    let _ = writeln!(out, "身份 identity（公开文档 {} 份 disclosures, 未读出的算错 / unread count as wrong）", docs.len());
    let rows: [(&str, &dyn Fn(&Entry, &Read) -> bool); 5] =
        [("单位 unit", &unit), ("年度 year", &year), ("预算/决算 kind", &kind), ("部门/单位 scope", &scope), ("四项全对 all four", &all)];
    for (name, right) in rows {
        let n = read.iter().filter(|(e, r)| right(e, r)).count();
        let goal = if name.starts_with("四项") { "目标 goal ≥ 95 %" } else { "" };
        let _ = writeln!(out, "  {name:<18} {n:>3}/{:<3} {:>5.1} %   {goal}", docs.len(), percent(n, docs.len()));
    }
    for (e, r) in read.iter().filter(|(e, r)| !all(e, r)) {
        let _ = writeln!(
            out,
            "    ✗ {}: 读出 read {:?} {:?} {} {}，应为 manifest {:?} {:?} {} {}",
            e.file,
            r.unit.as_deref().unwrap_or("—"),
            r.year,
            r.kind.unwrap_or("—"),
            r.scope.unwrap_or("—"),
            e.unit.as_deref().unwrap_or("—"),
            e.year,
            e.kind.as_deref().unwrap_or("—"),
            e.scope.as_deref().unwrap_or("—"),
        );
    }
}

/// Non-disclosures refused, and disclosures refused by mistake.
fn refusals(out: &mut String, pairs: &[(&Entry, &Outcome)]) {
    let not: Vec<&(&Entry, &Outcome)> = pairs.iter().filter(|(e, _)| e.disclosure == Disclosure::No).collect();
    let refused = not.iter().filter(|(_, o)| o.result.is_err()).count();
    let _ = writeln!(out, "\n非公开文档被拒 non-disclosures refused: {refused}/{}   目标 goal: 全部 all", not.len());
    for (e, _) in not.iter().filter(|(_, o)| o.result.is_ok()) {
        let _ = writeln!(out, "    ✗ 被当作公开文档读入 read as a disclosure: {}", e.file);
    }
    let wrongly: Vec<_> = pairs.iter().filter(|(e, o)| e.disclosure != Disclosure::No && o.result.is_err()).collect();
    let _ = writeln!(out, "公开文档读入 disclosures read: {}/{}", pairs.iter().filter(|(e, _)| e.disclosure != Disclosure::No).count() - wrongly.len(), pairs.iter().filter(|(e, _)| e.disclosure != Disclosure::No).count());
    for (e, o) in wrongly {
        let _ = writeln!(out, "    ✗ {}: {}", e.file, o.result.as_ref().err().map_or("", |m| m.as_str()));
    }
}

/// Distinct standard tables found against the number printed.
fn tables(out: &mut String, docs: &[(&Entry, &Outcome)]) {
    let with_tables: Vec<_> = docs.iter().filter(|(e, _)| e.tables > 0).collect();
    let found = |o: &Outcome| o.result.as_ref().map_or(0, |r| r.tables.len());
    let enough = with_tables.iter().filter(|(e, o)| found(o) >= e.tables).count();
    let printed: usize = with_tables.iter().map(|(e, _)| e.tables).sum();
    let got: usize = with_tables.iter().map(|(e, o)| found(o).min(e.tables)).sum();
    let _ = writeln!(
        out,
        "\n标准表格 standard tables: {enough}/{} 份文档找到的表格不少于印出的 documents with at least as many tables found (distinct titles) as printed; 共 {got}/{printed} ({:.1} %)   目标 goal: 全部 all",
        with_tables.len(),
        percent(got, printed)
    );
    for (e, o) in with_tables.iter().filter(|(e, o)| found(o) < e.tables) {
        let _ = writeln!(out, "    ✗ {}: {}/{}", e.file, found(o), e.tables);
    }
}

fn median(mut values: Vec<usize>) -> f64 {
    values.sort_unstable();
    match values.len() {
        0 => 0.0,
        n if n % 2 == 1 => values[n / 2] as f64,
        n => (values[n / 2 - 1] + values[n / 2]) as f64 / 2.0,
    }
}

fn mean(values: &[usize]) -> f64 {
    values.iter().sum::<usize>() as f64 / values.len().max(1) as f64
}

fn severity_count(r: &Read, s: Severity) -> usize {
    r.findings.iter().filter(|f| f.severity == s).count()
}

/// Findings per disclosure read, by severity, for complete disclosures and for all; the worst ten.
fn findings(out: &mut String, docs: &[(&Entry, &Outcome)]) {
    let _ = writeln!(out, "\n每份公开文档的问题 findings per disclosure read   错误 errors / 警告 warnings / 提示 notes");
    for (label, only_yes) in [("完整 yes", true), ("全部 all", false)] {
        let read: Vec<&Read> = docs
            .iter()
            .filter(|(e, _)| !only_yes || e.disclosure == Disclosure::Yes)
            .filter_map(|(_, o)| o.result.as_ref().ok())
            .collect();
        let errors: Vec<usize> = read.iter().map(|r| severity_count(r, Severity::Error)).collect();
        let warnings: Vec<usize> = read.iter().map(|r| severity_count(r, Severity::Warning)).collect();
        let notes: Vec<usize> = read.iter().map(|r| severity_count(r, Severity::Info)).collect();
        let both: Vec<usize> = errors.iter().zip(&warnings).map(|(e, w)| e + w).collect();
        let _ = writeln!(
            out,
            "  {label:<8} ({:>2} 份): 错误+警告 errors+warnings 平均 mean {:>6.2} (目标 goal ≤ 6)  错误中位数 median errors {:>4.1} (目标 goal ≤ 2)  错误 errors 平均 mean {:.2}  警告 warnings 平均 mean {:.2}  提示 notes 平均 mean {:.2}",
            read.len(),
            mean(&both),
            median(errors.clone()),
            mean(&errors),
            mean(&warnings),
            mean(&notes),
        );
    }
    let mut worst: Vec<(usize, &str, &Read)> = docs
        .iter()
        .filter_map(|(e, o)| o.result.as_ref().ok().map(|r| (severity_count(r, Severity::Error) + severity_count(r, Severity::Warning), e.file.as_str(), r)))
        .collect();
    worst.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let _ = writeln!(out, "  最多的十份 the worst ten (错误+警告 errors+warnings):");
    for (n, file, r) in worst.iter().take(10) {
        let _ = writeln!(out, "    {n:>4}  {file}  ({} 错误 errors)", severity_count(r, Severity::Error));
    }
}

/// Warnings and errors by rule over all disclosures read.
fn by_rule(out: &mut String, docs: &[(&Entry, &Outcome)]) {
    let mut counts: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for r in docs.iter().filter_map(|(_, o)| o.result.as_ref().ok()) {
        for f in &r.findings {
            let c = counts.entry(f.code).or_default();
            match f.severity {
                Severity::Error => c.0 += 1,
                Severity::Warning => c.1 += 1,
                Severity::Info => c.2 += 1,
            }
        }
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| (b.1 .0 + b.1 .1).cmp(&(a.1 .0 + a.1 .1)).then(b.1 .2.cmp(&a.1 .2)));
    let _ = writeln!(out, "\n按规则 by rule          错误 errors  警告 warnings  提示 notes");
    for (code, (e, w, i)) in rows {
        let _ = writeln!(out, "  {code:<8} {e:>16} {w:>14} {i:>11}");
    }
}

/// Every finding as TSV: file, code, severity, page, line, message.
pub fn findings_tsv(entries: &[Entry], outcomes: &[Outcome]) -> String {
    let mut out = String::from("file\tcode\tseverity\tpage\tline\tmessage\n");
    for (e, o) in entries.iter().zip(outcomes) {
        for f in o.result.iter().flat_map(|r| &r.findings) {
            let page = f.page.map(|p| p.to_string()).unwrap_or_default();
            let message = f.message.replace(['\t', '\n'], " ");
            let _ = writeln!(out, "{}\t{}\t{}\t{page}\t{}\t{message}", e.file, f.code, f.severity.id(), f.line);
        }
    }
    out
}
