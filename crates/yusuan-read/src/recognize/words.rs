//! Tables whose cells are separated by single spaces (PDF-to-text output): the cells of a row
//! are in order but empty cells are gone. Labels wrapped onto several lines are joined; the
//! figures are placed in the columns of the table's template (`data/column-templates.txt`) by the
//! table's own arithmetic (see [`super::placement`]). A table with no template keeps its first
//! figure, the row total, and says what it could not place.

use super::evidence::ColumnEvidence;
use super::header;
use super::placement::{self, Placement, TableRows};
use super::table::{finish_row, new_row, two_sided, Context};
use super::template::{self, Template};
use super::tokens::{self, Classified, Token};
use crate::diagnostic;
use crate::layout::Block;
use std::ops::Range;
use yusuan_model::concept::{normalize_label, strip_numbering};
use yusuan_model::{CellValue, Column, Indicator, Money, MoneyUnit, ReadDiagnostic, Side, Span, Table, TableKind, TableRow, Target};

/// A row with its figures not yet placed.
struct WordsRow {
    row: TableRow,
    figures: Vec<CellValue>,
}

pub fn parse(body: &[&Block], table: &mut Table, ctx: &Context, diags: &mut Vec<ReadDiagnostic>) {
    let first_data = body.iter().position(|b| has_amount(b)).unwrap_or(body.len());
    let header: String = body[..first_data]
        .iter()
        .flat_map(|b| b.cells.iter())
        .flat_map(|c| c.text.chars())
        .filter(|c| !c.is_whitespace())
        .collect();
    let Lines { rows, indicators, loose_indicator_lines } = read_rows(&body[first_data..], ctx);
    if let (Some(&first), Some(&last)) = (loose_indicator_lines.first(), loose_indicator_lines.last()) {
        diags.push(diagnostic::loose_indicators(&table.title, first, last, Span::line(first)));
    }
    table.indicators = indicators;
    let sides: &[Side] = if two_sided(table.kind) { &[Side::Income, Side::Expense] } else { &[Side::Single] };
    let mut placed: Vec<Option<Vec<Option<CellValue>>>> = vec![None; rows.len()];
    let mut offset = 0;
    let mut columns = Vec::new();
    for &side in sides {
        let members: Vec<usize> = (0..rows.len()).filter(|&r| rows[r].row.side == side).collect();
        let side_rows: Vec<&WordsRow> = members.iter().map(|&r| &rows[r]).collect();
        let laid = match template::find(table.kind, side, &header) {
            Some(t) => by_template(t, &side_rows, table, ctx, diags),
            None => from_the_left(&side_rows, table, diags),
        };
        for (&r, cells) in members.iter().zip(laid.cells) {
            let mut full = vec![None; offset];
            full.extend(cells);
            placed[r] = Some(full);
        }
        offset += laid.columns.len();
        columns.extend(laid.columns);
    }
    table.columns = columns;
    for (words_row, cells) in rows.into_iter().zip(placed) {
        let mut row = words_row.row;
        row.cells = cells.unwrap_or_default();
        row.cells.resize(offset, None);
        table.rows.push(row);
    }
}

/// The columns of one side of a table and the cells of each of its rows.
struct Laid {
    columns: Vec<Column>,
    cells: Vec<Vec<Option<CellValue>>>,
}

/// Places figures by the template's columns and sums, rows chosen together so that the columns
/// add up to the 合计 row; evidence from the rest of the document breaks remaining ties.
fn by_template(t: &Template, rows: &[&WordsRow], table: &Table, ctx: &Context, diags: &mut Vec<ReadDiagnostic>) -> Laid {
    let columns: Vec<Column> = t.columns.iter().map(|p| header::resolve(p, table.kind, ctx.taxonomy)).collect();
    let evidence: Vec<ColumnEvidence> = columns.iter().map(|c| ctx.evidence.about(c, &sources(c, table.kind))).collect();
    let constraints = placement::Constraints::new(t.structure(), columns.len());
    let unit = table.money_unit.unwrap_or(MoneyUnit::WanYuan);
    let scale = rows.iter().flat_map(|r| &r.figures).map(|f| f.written.scale).max().unwrap_or(0);
    let figures: Vec<Vec<i64>> = rows.iter().map(|r| r.figures.iter().filter_map(|f| at_scale(f, scale)).collect()).collect();
    let placements: Vec<Vec<Placement>> = rows
        .iter()
        .zip(&figures)
        .map(|(r, values)| {
            if values.len() != r.figures.len() {
                return Vec::new();
            }
            // Figure `f` in column `c` at `f * width + c`.
            let penalties: Vec<u32> = r
                .figures
                .iter()
                .flat_map(|f| {
                    let fen = Money::from_written(f.written, unit.exponent()).map_or(0, |m| m.fen);
                    columns.iter().zip(&evidence).map(move |(c, e)| e.penalty(&r.row, c, fen))
                })
                .collect();
            constraints.placements(values, &|f, c| penalties[f * columns.len() + c])
        })
        .collect();
    let choice = row_roles(rows, ctx).and_then(|(total, leaves)| {
        placement::choose_together(&TableRows { placements: &placements, figures: &figures, total, leaves: &leaves, width: columns.len() })
    });
    let mut cells = Vec::new();
    let mut ambiguous = 0;
    for (r, row) in rows.iter().enumerate() {
        let mut out = vec![None; columns.len()];
        let chosen = placements[r].get(choice.as_ref().map_or(0, |c| c[r]));
        match chosen {
            Some(p) => {
                for (f, c) in p.columns().enumerate() {
                    out[c] = Some(row.figures[f]);
                }
                ambiguous += usize::from(placements[r].len() > 1);
            }
            None if row.figures.is_empty() => {}
            None => {
                diags.push(diagnostic::unplaced_row(row.figures.len(), &t.name, Span::line(row.row.line)));
                out[0] = Some(row.figures[0]);
            }
        }
        cells.push(out);
    }
    if ambiguous > 0 {
        diags.push(diagnostic::placed_by_template(&table.title, &t.name, ambiguous, Span::line(table.first_line)));
    }
    Laid { columns, cells }
}

/// Without a template only the first figure, the row total, has a known column.
fn from_the_left(rows: &[&WordsRow], table: &Table, diags: &mut Vec<ReadDiagnostic>) -> Laid {
    let width = rows.iter().map(|r| r.figures.len()).max().unwrap_or(0);
    if width > 1 {
        diags.push(diagnostic::unnamed_columns(&table.title, width, Span::line(table.first_line)));
    }
    let cells = rows
        .iter()
        .map(|r| {
            let n = r.figures.len();
            let keep = if n > 1 && n < width { 1 } else { n };
            if keep < n {
                diags.push(diagnostic::lost_columns(n, width, Span::line(r.row.line)));
            }
            let mut cells: Vec<Option<CellValue>> = r.figures[..keep].iter().cloned().map(Some).collect();
            cells.resize(width, None);
            cells
        })
        .collect();
    Laid { columns: (0..width).map(unnamed_column).collect(), cells }
}

/// A column of a table whose header could not be matched to its figures. Only the first, the
/// row total, takes the table's default concept; the others have an empty header and make no
/// facts (the table-level RD106 says so).
fn unnamed_column(index: usize) -> Column {
    let header = if index == 0 { vec!["合计".to_string()] } else { Vec::new() };
    Column { header, concept: None, fund: None, econ_dept: None }
}

/// The income sources a column's figures come from: its fund (`carryover.general_budget`), or in
/// an income table the source it names.
fn sources(column: &Column, kind: TableKind) -> Vec<&'static str> {
    let named = match (column.fund, column.concept) {
        (Some(f), _) => Some(f),
        (None, Some(c)) if kind == TableKind::Income => c.strip_prefix("income."),
        _ => None,
    };
    named.map_or(Vec::new(), |n| n.split('.').collect())
}

fn at_scale(cell: &CellValue, scale: u8) -> Option<i64> {
    let d = cell.written;
    d.mantissa.checked_mul(10i64.checked_pow(u32::from(scale - d.scale))?)
}

/// The 合计 row and the rows that add up to it: the rows of items (a class, an economic class or
/// a project) that have no printed sub-item, leaving out the unit's own rows.
fn row_roles(rows: &[&WordsRow], ctx: &Context) -> Option<(usize, Vec<usize>)> {
    let total = rows.iter().position(|r| {
        !r.figures.is_empty() && (tokens::is_total_label(&r.row.label) || (r.row.label.is_empty() && is_uncoded(&r.row)))
    })?;
    let items: Vec<usize> = (0..rows.len())
        .filter(|&i| i != total && !rows[i].figures.is_empty() && !is_unit_row(&rows[i].row, ctx))
        .collect();
    let keys: Vec<CodePair> = rows.iter().map(|r| (r.row.codes.function.as_deref(), r.row.codes.econ_dept.as_deref())).collect();
    // A row whose code pair another item's codes extend is a subtotal, not a leaf. Many rows
    // share a pair (project rows have none), so the pairs are compared once each.
    let mut pairs: Vec<CodePair> = items.iter().map(|&i| keys[i]).collect();
    pairs.sort_unstable();
    pairs.dedup();
    let subtotals: Vec<CodePair> = pairs.iter().copied().filter(|&p| pairs.iter().any(|&q| extends(q, p))).collect();
    let leaves = items.iter().copied().filter(|&i| subtotals.binary_search(&keys[i]).is_err()).collect();
    Some((total, leaves))
}

/// A row's function and economic class codes.
type CodePair<'a> = (Option<&'a str>, Option<&'a str>);

/// Whether the code pair `longer` extends `shorter`: both of its codes start with the
/// corresponding code of `shorter` (a missing code is the start of every code), and at least
/// one is longer.
fn extends(longer: CodePair, shorter: CodePair) -> bool {
    let len = |code: Option<&str>| code.map_or(0, str::len);
    starts_with(longer.0, shorter.0)
        && starts_with(longer.1, shorter.1)
        && (len(longer.0) > len(shorter.0) || len(longer.1) > len(shorter.1))
}

/// A missing prefix is decided without comparing bytes: codes are never empty, and comparing
/// with an empty `str` (a dangling pointer) is slow in glibc's AVX-512 `memcmp`.
fn starts_with(code: Option<&str>, prefix: Option<&str>) -> bool {
    match (code, prefix) {
        (_, None) => true,
        (Some(c), Some(p)) => c.starts_with(p),
        (None, Some(_)) => false,
    }
}

fn is_uncoded(row: &TableRow) -> bool {
    let c = &row.codes;
    c.function.is_none() && c.econ_dept.is_none() && c.unit.is_none() && c.project.is_none()
}

/// A row for the unit itself (`307 栾川县医疗保障局`), repeating the total.
fn is_unit_row(row: &TableRow, ctx: &Context) -> bool {
    let c = &row.codes;
    let named = ctx.unit_name.is_some_and(|u| !row.label.is_empty() && u.starts_with(row.label.as_str()));
    c.function.is_none() && c.econ_dept.is_none() && row.project.is_none() && (c.unit.is_some() || named)
}

fn has_amount(b: &Block) -> bool {
    b.cells.iter().any(|c| matches!(tokens::classify(&c.text), Token::Amount(_)))
}

/// [`has_amount`] for words already classified.
fn has_figure(words: &[Classified]) -> bool {
    words.iter().any(Classified::is_amount)
}

/// How the lines of a table make rows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Grouping {
    /// Each line is a row (two-sided tables, split into halves; label/value tables).
    PerLine,
    /// A row ends with its figures; the lines before them are its wrapped label.
    UntilFigures,
    /// A row starts at a project code and ends with its figures; the lines after them, up to the
    /// next project, are its performance indicators.
    PerProject,
}

fn grouping(kind: TableKind) -> Grouping {
    match kind {
        TableKind::DepartmentPerformance => Grouping::PerLine,
        TableKind::ProjectPerformance => Grouping::PerProject,
        k if two_sided(k) => Grouping::PerLine,
        _ => Grouping::UntilFigures,
    }
}

/// A project code (`410324250000000013028`): longer than any class or unit code.
fn is_project_code(word: &str) -> bool {
    word.len() > 9 && word.bytes().all(|b| b.is_ascii_digit())
}

/// What the lines of a single-space table hold.
struct Lines {
    rows: Vec<WordsRow>,
    indicators: Vec<Indicator>,
    /// Lines of project indicators whose cell boundaries are lost.
    loose_indicator_lines: Vec<u32>,
}

/// `专项资金细化率 ≥95%`, `绩效管理 绩效目标编制完成率 100%`: a line of the department's
/// indicators, its last word a numeric target.
fn indicator_line(words: &[Classified], line: u32) -> Option<Indicator> {
    let (target, before) = words.split_last()?;
    Target::parse(target.text)?;
    let (name, category) = before.split_last()?;
    if !name.is_text() {
        return None;
    }
    Some(Indicator {
        project: None,
        category: category.iter().map(|w| w.text.to_string()).collect(),
        name: name.text.to_string(),
        target: target.text.to_string(),
        line,
    })
}

/// The department's indicators line by line. A name too long for its cell wraps over several
/// lines with the target alone on the last one (`参保群众政策内医疗费` / `用补偿率` / `≥70%`); the
/// name is then the text since the last 一级指标 (`效益指标`), indicator or explanation line, and
/// may begin with the 二级指标 printed beside it.
#[derive(Default)]
struct WrappedIndicators {
    level_one: Option<String>,
    pending: Vec<String>,
}

impl WrappedIndicators {
    fn read(&mut self, words: &[Classified], line: u32) -> Option<Indicator> {
        if let Some(indicator) = indicator_line(words, line) {
            self.pending.clear();
            return Some(indicator);
        }
        let text: String = words.iter().map(|w| w.text).collect();
        if words.len() == 1 && Target::parse(&text).is_some() && !self.pending.is_empty() {
            let name = std::mem::take(&mut self.pending).concat();
            return Some(Indicator { project: None, category: self.level_one.iter().cloned().collect(), name, target: text, line });
        }
        if text.ends_with("指标") && text.chars().count() <= 6 {
            self.level_one = Some(text);
            self.pending.clear();
        } else if text.contains(['=', '×', '*', '。', '；']) {
            self.pending.clear();
        } else {
            self.pending.push(text);
        }
        None
    }
}

/// Joins wrapped lines into rows and reads each row's label, codes and figures; reads the
/// department's indicator lines and the numeric targets of project indicators.
fn read_rows(body: &[&Block], ctx: &Context) -> Lines {
    let grouping = grouping(ctx.kind);
    // The words of every kept line in one list; a row is a range of it.
    let mut words: Vec<Classified> = Vec::new();
    let mut lines: Vec<(Range<usize>, u32)> = Vec::new();
    // Where the words of the row being joined begin.
    let mut pending = 0;
    let mut indicator_lines = Vec::new();
    let mut project_words: Vec<(usize, Vec<(String, u32)>)> = Vec::new();
    let mut indicators = Vec::new();
    let mut in_indicators = false;
    let mut wrapped = WrappedIndicators::default();
    for b in body {
        let start = words.len();
        words.extend(b.non_empty_cells().map(Classified::new));
        let line = &words[start..];
        let with_figures = has_figure(line);
        if ctx.kind == TableKind::DepartmentPerformance && !with_figures {
            indicators.extend(wrapped.read(line, b.span.line));
            words.truncate(start);
            continue;
        }
        if grouping == Grouping::PerLine {
            lines.push((start..words.len(), b.span.line));
            pending = words.len();
            continue;
        }
        let starts_project = line.first().is_some_and(|w| is_project_code(w.text));
        if starts_project {
            in_indicators = false;
        } else if in_indicators {
            indicator_lines.push(b.span.line);
            let record = lines.len() - 1;
            let line_words = words[start..].iter().map(|w| (w.text.to_string(), b.span.line));
            match project_words.last_mut() {
                Some((r, w)) if *r == record => w.extend(line_words),
                _ => project_words.push((record, line_words.collect())),
            }
            words.truncate(start);
            continue;
        }
        if with_figures {
            in_indicators = grouping == Grouping::PerProject && is_project_code(words[pending].text);
            lines.push((pending..words.len(), b.span.line));
            pending = words.len();
        }
    }
    if pending < words.len() {
        lines.push((pending..words.len(), body.last().map_or(0, |b| b.span.line)));
    }
    let mut rows = Vec::new();
    for (range, line) in lines {
        for (side, segment) in split_sides(&words[range], two_sided(ctx.kind), ctx) {
            rows.push(read_row(side, segment, line, ctx));
        }
    }
    for (record, words) in project_words {
        let project = rows.get(record).and_then(|r| r.row.project.clone());
        indicators.extend(loose_targets(&words).into_iter().map(|i| Indicator { project: project.clone(), ..i }));
    }
    Lines { rows, indicators, loose_indicator_lines: indicator_lines }
}

/// The numeric targets among a project's indicator words when the cell boundaries are lost
/// (`城乡居民 医疗工作 经费 ≥15 万 元 医药机构的 …`): a target begins with a comparator or a digit
/// and may wrap its measure onto the next word; its name is the text since the previous target,
/// which may include a neighbouring qualitative cell.
fn loose_targets(words: &[(String, u32)]) -> Vec<Indicator> {
    let mut out = Vec::new();
    let mut name = String::new();
    let mut i = 0;
    while i < words.len() {
        let (word, line) = &words[i];
        i += 1;
        let opens = word.starts_with(['≥', '≤', '>', '<', '=', '≈']) || word.starts_with(|c: char| c.is_ascii_digit());
        if !opens || name.is_empty() {
            name.push_str(word);
            continue;
        }
        let mut target = word.clone();
        while let Some((next, _)) = words.get(i) {
            let longer = format!("{target}{next}");
            let measure_only = next.chars().count() <= 2 && !next.contains(|c: char| c.is_ascii_digit());
            if !(measure_only && Target::parse(&longer).is_some()) {
                break;
            }
            target = longer;
            i += 1;
        }
        if Target::parse(&target).is_some() {
            out.push(Indicator { project: None, category: Vec::new(), name: std::mem::take(&mut name), target, line: *line });
        } else {
            name.push_str(&target);
        }
    }
    out
}

fn read_row(side: Side, segment: &[Classified], line: u32, ctx: &Context) -> WordsRow {
    let mut label_parts = Vec::new();
    let mut pieces = Vec::new();
    let mut figures = Vec::new();
    let last_text = segment.iter().rposition(Classified::is_text);
    for (at, w) in segment.iter().enumerate() {
        let next = segment.get(at + 1).map(|n| n.text);
        let span = w.span;
        match w.token {
            Token::Amount(d) => figures.push(CellValue { written: d, span }),
            // A year in a project's name: `2025 年非税收入安排的支出`.
            Token::Integer(i) if next.is_some_and(|n| n.starts_with('年')) => label_parts.push(i),
            // After the label, whole numbers in the closing run of numbers are figures; before a
            // further label they are codes (`奖金 501 01 工资奖金津补贴`).
            Token::Integer(i) if !label_parts.is_empty() && last_text.is_none_or(|t| t < at) => {
                if let Some(d) = tokens::amount(i) {
                    figures.push(CellValue { written: d, span })
                }
            }
            Token::Integer(i) => pieces.push(i),
            Token::Text(t) => label_parts.push(t),
            Token::Empty => {}
        }
    }
    let mut row = new_row(side, 0, line);
    finish_row(&mut row, &label_parts, &pieces, ctx);
    WordsRow { row, figures }
}

/// Whether a word opens a new label: a list number (`十、`, `（二）`) or `其中：`.
fn opens_label(w: &str) -> bool {
    let folded = w.replace('（', "(").replace('）', ")");
    strip_numbering(&folded).len() < folded.len() || w.starts_with("其中")
}

/// Splits a line of a two-sided table into its 收入 and 支出 halves. The 支出 half begins at the
/// first label after the 收入 label's figures (`上年结转结余 15.45 年终结转结余 0.00`), or at a
/// second numbered label (`九、其他收入 十、卫生健康 277.33`). A line with one label belongs to
/// the side its label names (`二、年终结转结余`, `（十）卫生健康支出`); otherwise, to 支出 when
/// it has no figure of its own (the 支出 list runs longer than the 收入 list).
fn split_sides<'w, 'a>(words: &'w [Classified<'a>], sided: bool, ctx: &Context) -> Vec<(Side, &'w [Classified<'a>])> {
    if !sided {
        return vec![(Side::Single, words)];
    }
    let mut label_seen = false;
    let mut figure_after_label = false;
    for (i, w) in words.iter().enumerate() {
        if w.is_amount() {
            figure_after_label |= label_seen;
            continue;
        }
        if label_seen && (figure_after_label || opens_label(w.text)) && !matches!(w.token, Token::Integer(_)) {
            return vec![(Side::Income, &words[..i]), (Side::Expense, &words[i..])];
        }
        label_seen = true;
    }
    let label: String = words.iter().filter(|w| !w.is_amount()).map(|w| w.text).collect();
    let label = normalize_label(&label);
    let side = match ctx.taxonomy.by_normalized_label(&label).map(|c| c.id) {
        Some(id) if id.starts_with("income.") => Side::Income,
        Some(_) => Side::Expense,
        None if ctx.taxonomy.function_class_by_normalized_name(&label).is_some() || !figure_after_label => Side::Expense,
        None => Side::Income,
    };
    vec![(side, words)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_words_open_labels() {
        assert!(opens_label("十、卫生健康"));
        assert!(opens_label("（二）外交支出"));
        assert!(opens_label("其中：财政拨款"));
        assert!(!opens_label("卫生健康"));
        assert!(!opens_label("2025"));
    }
}
