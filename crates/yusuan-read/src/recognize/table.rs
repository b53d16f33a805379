//! One standard table from its blocks: header, unit lines, notes, rows with codes and cells.

use super::blocks::{self, Level};
use super::codes::{self, Code};
use super::evidence::Evidence;
use super::words;
use super::header::{self, ColumnKind};
use super::performance;
use super::title::{unit_line, UnitLine};
use super::tokens::{self, Classified, Token};
use crate::diagnostic;
use crate::layout::{Block, Separation};
use crate::normalize::remove_whitespace;
use std::borrow::Cow;
use yusuan_model::concept::normalize_label;
use yusuan_model::{
    CellValue, ConceptKind, MoneyUnit, ReadDiagnostic, RowCodes, Side, Span, Table, TableKind, TableRow, Taxonomy,
};

/// What every table of a document shares.
#[derive(Clone, Copy)]
pub struct DocumentContext<'a> {
    pub taxonomy: &'a Taxonomy,
    /// See [`crate::layout::Layout::columns_final`].
    pub columns_final: bool,
    pub unit_name: Option<&'a str>,
    pub evidence: &'a Evidence,
}

pub struct TableInput<'a> {
    pub kind: TableKind,
    pub title: String,
    pub title_span: Span,
    /// The blocks after the title up to the next table or part.
    pub blocks: &'a [Block],
}

/// What row parsing needs besides the blocks.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub kind: TableKind,
    pub taxonomy: &'a Taxonomy,
    pub columns_final: bool,
    /// The document's unit name, to tell a unit code (`307 栾川县医疗保障局`) from a class code.
    pub unit_name: Option<&'a str>,
    /// What the rest of the document states, for placing figures of tables that lost their
    /// empty cells.
    pub evidence: &'a Evidence,
}

pub fn parse(input: TableInput, doc: DocumentContext, diags: &mut Vec<ReadDiagnostic>) -> Table {
    let ctx = Context { kind: input.kind, taxonomy: doc.taxonomy, columns_final: doc.columns_final, unit_name: doc.unit_name, evidence: doc.evidence };
    let mut table = Table {
        kind: input.kind,
        title: input.title,
        unit_name: None,
        money_unit: None,
        columns: Vec::new(),
        rows: Vec::new(),
        note: None,
        indicators: Vec::new(),
        first_line: input.title_span.line,
        last_line: input.blocks.last().map_or(input.title_span.line, |b| b.span.line),
    };
    let body = take_meta(input.blocks, &mut table);
    let grid = body.iter().filter(|b| b.separation == Separation::Columns).count() * 2 > body.len();
    let levels = if grid {
        parse_grid(&body, &mut table, &ctx, diags)
    } else {
        words::parse(&body, &mut table, &ctx, diags);
        Vec::new()
    };
    nest_under_carryover(&mut table.rows, ctx.taxonomy);
    blocks::resolve(&mut table.rows, &levels);
    if table.money_unit.is_none() {
        table.money_unit = unit_in_headers(&table);
    }
    table
}

/// A money unit printed in a column header or row label (`项目金额（万元）`, `部门预算总额（万元）`)
/// of a table without a unit line.
fn unit_in_headers(table: &Table) -> Option<MoneyUnit> {
    let headers = table.columns.iter().flat_map(|c| &c.header).map(String::as_str);
    let labels = table.rows.iter().map(|r| r.label.as_str());
    headers.chain(labels).find_map(|t| {
        let t = t.replace('（', "(").replace('）', ")").replace(' ', "");
        if t.contains("(万元)") {
            Some(MoneyUnit::WanYuan)
        } else {
            t.contains("(元)").then_some(MoneyUnit::Yuan)
        }
    })
}

/// Sources listed under `二、上年结转` (`（一）一般公共预算拨款 15.45`) are carried over:
/// `income.general_budget` there means `income.carryover.general_budget`. The 决算's 财政拨款收支
/// 总表 numbers them afresh (`年初财政拨款结转和结余` over `一、一般公共预算财政拨款`): a source
/// after a carry-over is one of its parts too, as the sources of the year's income come first.
fn nest_under_carryover(rows: &mut [TableRow], taxonomy: &Taxonomy) {
    let mut under_carryover = false;
    for row in rows.iter_mut().filter(|r| r.side != Side::Expense) {
        let Some(concept) = row.concept else { continue };
        let carried = header::carried_over(concept, taxonomy);
        let sub_item = row.label.starts_with('（') || row.label.starts_with('(') || row.label.starts_with("其中") || carried != concept;
        if !sub_item {
            under_carryover = concept == "income.carryover";
        } else if under_carryover {
            row.concept = Some(carried);
        }
    }
}

/// Removes unit lines, notes and table labels (`预算 01 表`, `表十`), filling the table's
/// meta fields; returns the blocks that hold the header and rows.
fn take_meta<'a>(blocks: &'a [Block], table: &mut Table) -> Vec<&'a Block> {
    let mut body = Vec::new();
    let mut note = String::new();
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        if note.is_empty() && !may_be_meta(b) {
            body.push(b);
            i += 1;
            continue;
        }
        let text = b.text();
        let has_figure = b.cells.iter().any(|c| c.text.contains('.') && tokens::amount(&c.text).is_some());
        if is_table_label(&text) {
            i += 1;
            continue;
        }
        if !has_figure && b.non_empty_cells().count() <= 4 {
            let mut line = Cow::Borrowed(text.as_str());
            if (line.ends_with("单位：") || line.ends_with("单位:")) && i + 1 < blocks.len() {
                line.to_mut().push_str(&blocks[i + 1].text());
                i += 1;
            }
            if let Some(UnitLine { money_unit, unit_name }) = unit_line(&line) {
                table.money_unit = table.money_unit.or(money_unit);
                if table.unit_name.is_none() {
                    table.unit_name = unit_name;
                }
                i += 1;
                continue;
            }
        }
        if !note.is_empty() || is_note_start(&text) {
            note.push_str(&text.replace(' ', ""));
            i += 1;
            continue;
        }
        body.push(b);
        i += 1;
    }
    if !note.is_empty() {
        table.note = Some(note);
    }
    body
}

/// Every table label holds 表, every unit line 单 or 名, and every note start one of the others
/// (`注：`, `说明：`, `此表无数据`, `故此表为空`, `年无`, `没有`, `未使用`).
const META_CHARS: [char; 9] = ['表', '单', '名', '注', '说', '无', '空', '没', '未'];

/// Whether a block may be a table label, unit line or note start: most rows are none, and
/// are passed over without joining their cells. Cells of figures and codes are ASCII.
fn may_be_meta(b: &Block) -> bool {
    b.cells.iter().any(|c| !c.text.is_ascii() && c.text.chars().any(|ch| META_CHARS.contains(&ch)))
}

pub(super) fn is_table_label(text: &str) -> bool {
    // Both shapes hold 表.
    if !text.contains('表') {
        return false;
    }
    let t = remove_whitespace(text);
    // `预算01表`, `公开表2`, `附表3`, `决算02表`: the label's prefix, then the number before or after 表.
    let t = ["公开", "预算", "决算", "附"].iter().fold(t.as_ref(), |t, p| t.strip_prefix(p).unwrap_or(t));
    let numeral = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || c == '-' || "一二三四五六七八九十".contains(c));
    t.strip_prefix('表').is_some_and(numeral) || t.strip_suffix('表').is_some_and(numeral)
}

fn is_note_start(text: &str) -> bool {
    let t = text.trim_start_matches(['<', 'p', '>']);
    t.starts_with("注：") || t.starts_with("注:") || t.starts_with("说明：") || t.starts_with("说明:")
        || t.contains("此表无数据") || t.contains("故此表为空")
        || ["年无", "没有", "未使用"].iter().any(|w| t.contains(w))
}

/// Tables whose rows hold two items side by side: 收入 on the left, 支出 on the right.
pub(super) fn two_sided(kind: TableKind) -> bool {
    matches!(kind, TableKind::IncomeExpenseSummary | TableKind::FiscalSummary | TableKind::SoeCapitalExpense)
}

/// Returns, for each row pushed, the level (类/款/项) its header gives the column of its last code.
fn parse_grid(body: &[&Block], table: &mut Table, ctx: &Context, diags: &mut Vec<ReadDiagnostic>) -> Vec<Option<Level>> {
    let blocks = body.iter().copied().filter(|b| b.separation != Separation::Text || has_amount(b));
    let blocks: Vec<&Block> = blocks.collect();
    let columns = ColumnPlaces::of(&blocks);
    let mut grid: Vec<GridRow> = blocks.iter().map(|b| GridRow::new(b, &columns)).collect();
    let form = take_performance_cells(&mut grid, table, ctx.unit_name);
    // In a grid whose cells stand in their columns, a table without a single figure (a blank
    // template, an empty 政府性基金 table) still has its columns: the header names them.
    let figureless = ctx.columns_final && !grid.iter().any(GridRow::has_figure);
    let first_data = if figureless {
        figureless_header(&mut grid)
    } else {
        // Converter text without a figure keeps its rows of labels (an empty “三公” table).
        let first_data = grid.iter().position(GridRow::is_data).unwrap_or(grid.len().min(1));
        // Rows printed without a figure just above the first figure (`共 计` and `1、因公出国（境）费用`
        // over `2、公务接待费 1.70`) are rows left blank, not header.
        (1..first_data).rev().take_while(|&r| grid[r].is_blank_row(&grid[first_data], ctx.taxonomy)).last().unwrap_or(first_data)
    };
    if !two_sided(table.kind) {
        if let Some(panel) = panel_width(&grid[..first_data]) {
            grid = split_panels(grid, first_data, panel);
        }
    }
    let expense_start = if ctx.columns_final {
        two_sided(table.kind).then(|| Halves::find(&grid[first_data..]).map(|h| h.expense)).flatten()
    } else {
        realign(&mut grid[first_data..], two_sided(table.kind))
    };
    let width = grid.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    grid.iter_mut().for_each(|r| r.pad(width));
    let header_rows: Vec<Vec<&str>> = grid[..first_data]
        .iter()
        .filter(|r| !r.numbers_columns())
        .map(GridRow::texts)
        .filter(|r| !r.iter().all(|t| t.is_empty() || header::is_column_number(t)))
        .collect();
    let data = &grid[first_data..];
    let kinds = column_kinds(data, width);
    let header_rows = if ctx.columns_final { header::as_printed(&header_rows) } else { header::align(&header_rows, &kinds, expense_start) };
    let paths = header::column_paths(&header_rows, &kinds, width);
    let header_words: Vec<&str> = grid[..first_data].iter().flat_map(GridRow::texts).filter(|t| !t.is_empty()).collect();
    let numeric = if figureless {
        figure_headers(&paths)
    } else if ctx.columns_final {
        let blank = blank_figure_columns(data, &header_words, &paths);
        numeric_columns(data, &paths, width).iter().zip(blank).map(|(&figures, blank)| figures || blank).collect()
    } else {
        numeric_columns(data, &paths, width)
    };
    // A column of serial numbers (序号, 行次) is neither a figure nor a code.
    let serial = serial_columns(data, &paths, width);
    let numeric: Vec<bool> = numeric.iter().zip(&serial).map(|(&n, &s)| n && !s).collect();
    let split = match expense_start {
        Some(s) => Some(s),
        None if two_sided(table.kind) => side_split(data, &numeric),
        None => None,
    };
    let column_of: Vec<Option<usize>> = {
        let mut next = 0;
        numeric.iter().map(|&n| n.then(|| { next += 1; next - 1 })).collect()
    };
    table.columns = (0..width).filter(|&c| numeric[c]).map(|c| header::resolve(&paths[c], table.kind, ctx.taxonomy)).collect();
    let column_levels: Vec<Option<Level>> = paths.iter().map(|p| p.last().and_then(|l| Level::of_header(l))).collect();
    let mut levels = Vec::new();
    for row in data.iter().filter(|r| !r.repeats_header(&header_words) && !r.numbers_columns()) {
        let row = &row.keep(|c| !serial[c]);
        let sides: Vec<(Side, std::ops::Range<usize>)> = match split {
            Some(s) => vec![(Side::Income, 0..s), (Side::Expense, s..width)],
            None => vec![(Side::Single, 0..width)],
        };
        for (side, range) in sides {
            for group in label_figure_groups(&numeric, range, row) {
                let level = last_code_column(row, group.clone(), &column_of).and_then(|c| column_levels[c]);
                let parsed = parse_grid_row(row, group, side, &column_of, ctx, diags);
                if !parsed.label.is_empty() || parsed.cells.iter().any(Option::is_some) {
                    table.rows.push(parsed);
                    levels.push(level);
                }
            }
        }
    }
    let (form_project, form_amount) = form;
    if let (Some(project), Some(amount)) = (&form_project, form_amount) {
        performance::add_form_amount(table, amount, project, ctx.taxonomy);
    }
    if !table.indicators.is_empty() || form_project.is_some() {
        performance::assign_projects(table, form_project.as_deref());
    }
    levels
}

/// The last column of a row's group that holds a code (digits only), not a figure.
fn last_code_column(row: &GridRow, range: std::ops::Range<usize>, column_of: &[Option<usize>]) -> Option<usize> {
    range.rev().find(|&c| column_of[c].is_none() && matches!(row.token(c), Token::Integer(_)))
}

/// In a performance table, moves the indicator cells into `table.indicators`; returns the
/// project a project form names and the form's amount.
fn take_performance_cells(
    grid: &mut [GridRow],
    table: &mut Table,
    unit_name: Option<&str>,
) -> (Option<String>, Option<performance::FormAmount>) {
    if !matches!(table.kind, TableKind::DepartmentPerformance | TableKind::ProjectPerformance) {
        return (None, None);
    }
    let lines: Vec<u32> = grid.iter().map(|r| r.line).collect();
    let mut texts: Vec<Vec<String>> = grid.iter().map(|r| r.cells.iter().map(|c| c.text.to_string()).collect()).collect();
    table.indicators = performance::take_indicators(&mut texts, &lines);
    let form_project = performance::form_project(&texts, unit_name);
    let amount = form_project.as_ref().and_then(|_| performance::take_form_amount(&mut texts, &lines));
    // The extraction only empties cells (a row it moves is emptied from the move on).
    for (row, t) in grid.iter_mut().zip(texts) {
        for (c, cell) in row.cells.iter_mut().enumerate() {
            if t.get(c).is_none_or(String::is_empty) {
                *cell = Classified::empty(cell.span);
            }
        }
    }
    (form_project, amount)
}

/// One row of a grid: the cell in each column, borrowed from the block and classified once.
struct GridRow<'a> {
    cells: Vec<Classified<'a>>,
    line: u32,
}

/// Where each column of a table's blocks stands in its grid rows: where it is, but in a table
/// wider than any disclosure prints ([`MAX_TABLE_COLUMNS`]; a crafted page of cells spanning
/// thousands of columns), the columns that hold a cell, side by side, so that the grid stays the
/// size of its cells.
enum ColumnPlaces {
    AsPrinted,
    Packed(std::collections::HashMap<usize, usize>),
}

/// More columns than any standard table has (the widest, a 收入预算表, has about 30).
const MAX_TABLE_COLUMNS: usize = 256;

impl ColumnPlaces {
    fn of(blocks: &[&Block]) -> ColumnPlaces {
        let cells = || blocks.iter().flat_map(|b| &b.cells);
        if cells().all(|c| c.column < MAX_TABLE_COLUMNS) {
            return ColumnPlaces::AsPrinted;
        }
        let used: std::collections::BTreeSet<usize> = cells().map(|c| c.column).collect();
        ColumnPlaces::Packed(used.into_iter().enumerate().map(|(place, column)| (column, place)).collect())
    }

    fn place(&self, column: usize) -> usize {
        match self {
            ColumnPlaces::AsPrinted => column,
            ColumnPlaces::Packed(places) => places[&column],
        }
    }
}

impl<'a> GridRow<'a> {
    fn new(block: &'a Block, columns: &ColumnPlaces) -> GridRow<'a> {
        let width = block.cells.iter().map(|c| columns.place(c.column) + 1).max().unwrap_or(0);
        let mut cells = vec![Classified::empty(block.span); width];
        for c in &block.cells {
            cells[columns.place(c.column)] = Classified::new(c);
        }
        GridRow { cells, line: block.span.line }
    }

    fn pad(&mut self, width: usize) {
        let span = self.cells.first().map(|c| c.span).unwrap_or_default();
        self.cells.resize(width, Classified::empty(span));
    }

    /// Puts back `count` empty cells at `at`: cells the converter left out of the row.
    fn insert_empty(&mut self, at: usize, count: usize) {
        let span = self.cells.get(at).or(self.cells.last()).map(|c| c.span).unwrap_or_default();
        self.cells.splice(at..at, std::iter::repeat_n(Classified::empty(span), count));
    }

    /// The row with only the cells of the columns `keep` accepts.
    fn keep(&self, keep: impl Fn(usize) -> bool) -> GridRow<'a> {
        let cells = self.cells.iter().enumerate().map(|(c, cell)| if keep(c) { *cell } else { Classified::empty(cell.span) }).collect();
        GridRow { cells, line: self.line }
    }

    fn texts(&self) -> Vec<&'a str> {
        self.cells.iter().map(|c| c.text).collect()
    }

    /// What column `c` holds; empty past the row's last cell.
    fn token(&self, c: usize) -> Token<'a> {
        self.cells.get(c).map_or(Token::Empty, |cell| cell.token)
    }

    fn first_figure(&self) -> Option<usize> {
        self.cells.iter().position(Classified::is_amount)
    }

    /// Whether column `c` comes after all of the row's texts, with a text or figure before it: a
    /// whole number there is an amount (`医保政策宣传培训费 10`; `210 15 02 30.34 … 23.09 5`), not a
    /// code (`210 15 01 行政运行`, `基本工资 50101 工资奖金津补贴`).
    fn after_labels(&self, c: usize) -> bool {
        let before = &self.cells[..c.min(self.cells.len())];
        let last_text = self.cells.iter().rposition(Classified::is_text);
        before.iter().any(|x| x.is_text() || x.is_amount()) && last_text.is_none_or(|t| t < c)
    }

    /// A header printed again where the table goes on over a page: no figure, and every text
    /// (two at least: a lone label such as `财政专户` may also name a column) one of the header's.
    fn repeats_header(&self, header_words: &[&str]) -> bool {
        let texts: Vec<&str> = self.texts().into_iter().filter(|t| !t.is_empty()).collect();
        !self.is_data() && texts.len() >= 2 && texts.iter().all(|t| header_words.contains(t))
    }

    /// A row left blank: one label and nothing else, in the labels' part of the row `data` (a row
    /// with figures), that names a total (`共 计`) or an amount (`因公出国（境）费用`), not a column.
    fn is_blank_row(&self, data: &GridRow, taxonomy: &Taxonomy) -> bool {
        let mut filled = self.cells.iter().enumerate().filter(|(_, c)| !c.text.trim().is_empty());
        let (Some((at, cell)), None) = (filled.next(), filled.next()) else { return false };
        let names_amount = || taxonomy.by_label(cell.text).is_some_and(|c| c.kind == ConceptKind::Money);
        cell.is_text()
            && data.first_figure().is_some_and(|f| at < f)
            && !header::is_label_header(cell.text)
            && (tokens::is_total_label(cell.text) || names_amount())
    }

    /// The row of column numbers (栏次) some templates print under the header or above the total:
    /// `栏次 | | 1 | 2 | 3`, `项目 | 行次 | 1 | 2`, `1 | 2 | 3 | 4`. No amount, numbers that count
    /// from one, and no text but the words that name such a row or a label column. Its numbers
    /// are not figures.
    fn numbers_columns(&self) -> bool {
        let mut numbers = Vec::new();
        for cell in self.cells.iter().filter(|c| !c.text.trim().is_empty()) {
            match cell.token {
                Token::Integer(n) => match serial_number(n) {
                    Some(n) => numbers.push(n),
                    None => return false,
                },
                Token::Text(t) if header::is_column_number(t) => {}
                Token::Text(t) if header::is_serial_word(t) || header::is_label_header(t) => {}
                _ => return false,
            }
        }
        counts_from_one(&numbers)
    }

    /// Whether a cell holds an amount: a decimal one, or a whole number after the row's labels.
    fn has_figure(&self) -> bool {
        if self.numbers_columns() {
            return false;
        }
        (0..self.cells.len()).any(|c| match self.cells[c].token {
            Token::Amount(_) => true,
            Token::Integer(_) => self.after_labels(c),
            _ => false,
        })
    }

    /// A row with a figure: a decimal amount, or a whole number after a text label. The row of
    /// column numbers some templates print under the header (`科目编码 * | * | 1`) is not one.
    fn is_data(&self) -> bool {
        if self.numbers_columns() || self.cells.iter().any(|c| c.text.trim_end().ends_with('*')) {
            return false;
        }
        let mut seen_text = false;
        for c in &self.cells {
            match c.token {
                Token::Amount(_) => return true,
                Token::Integer(_) if seen_text => return true,
                Token::Text(s) if !header::is_column_number(s) => seen_text = true,
                _ => {}
            }
        }
        false
    }
}

/// One side of a grid row as a table row: figures in figure columns, codes and label parts from
/// the other cells.
fn parse_grid_row(
    row: &GridRow,
    range: std::ops::Range<usize>,
    side: Side,
    column_of: &[Option<usize>],
    ctx: &Context,
    diags: &mut Vec<ReadDiagnostic>,
) -> TableRow {
    let mut parsed = new_row(side, column_of.iter().flatten().count(), row.line);
    let mut label_parts: Vec<&str> = Vec::new();
    let mut code_pieces: Vec<&str> = Vec::new();
    let mut names = std::collections::BTreeMap::new();
    for (cell, column) in row.cells[range.clone()].iter().zip(&column_of[range]) {
        let (text, span) = (cell.text, cell.span);
        if text.is_empty() {
            continue;
        }
        if let Some(col) = *column {
            match cell.token {
                Token::Amount(d) => parsed.cells[col] = Some(CellValue { written: d, span }),
                Token::Integer(i) => parsed.cells[col] = tokens::amount(i).map(|d| CellValue { written: d, span }),
                _ => diags.push(diagnostic::unreadable_cell(text, span)),
            }
            continue;
        }
        let pieces = codes::pieces(text);
        if pieces.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            code_pieces.extend(pieces);
        } else if let Some((code, name)) = codes::split_code_name(text) {
            code_pieces.push(code);
            label_parts.push(name);
            names.insert(code.to_string(), name.to_string());
        } else {
            label_parts.push(text);
        }
    }
    finish_row(&mut parsed, &label_parts, &code_pieces, ctx);
    parsed.codes.names = names;
    parsed
}

/// A number as serial numbers are written: without a leading zero (`01` is a 款 or 项 code).
fn serial_number(text: &str) -> Option<u64> {
    (text == "0" || !text.starts_with('0')).then(|| text.parse().ok()).flatten()
}

/// `1, 2, 3…` (or from 0): two numbers at least, each one more than the one before. Codes may
/// count up by one too (the units `242001, 242002…` of a department), but never from one.
fn counts_from_one(numbers: &[u64]) -> bool {
    numbers.len() >= 2 && numbers[0] <= 1 && numbers.windows(2).all(|w| w[1] == w[0] + 1)
}

/// The columns that number the rows (`序号`, `行次`): named so by the header, or holding whole
/// numbers only that count from one, in three rows at least. A code column never counts from
/// one (`205`, `20508`, `2050803`; `242001, 242002…`); an amount column does not either.
fn serial_columns(data: &[GridRow], paths: &[Vec<&str>], width: usize) -> Vec<bool> {
    (0..width)
        .map(|c| {
            if paths.get(c).and_then(|p| p.last()).is_some_and(|h| header::is_serial_word(h)) {
                return true;
            }
            let mut numbers = Vec::new();
            for row in data {
                match row.token(c) {
                    Token::Empty => {}
                    Token::Integer(n) => match serial_number(n) {
                        Some(n) => numbers.push(n),
                        None => return false,
                    },
                    _ => return false,
                }
            }
            counts_from_one(&numbers) && numbers.len() >= 3
        })
        .collect()
}

fn has_amount(b: &Block) -> bool {
    b.cells.iter().any(|c| matches!(tokens::classify(&c.text), Token::Amount(_)))
}

/// What each column of the data rows holds: figures where amounts are at least as many as
/// texts, labels where texts or codes are.
fn column_kinds(data: &[GridRow], width: usize) -> Vec<ColumnKind> {
    (0..width)
        .map(|c| {
            let (mut figures, mut labels) = (0, 0);
            for r in data {
                match r.token(c) {
                    Token::Amount(_) => figures += 1,
                    // A whole number after the row's labels is an amount (`医保政策宣传培训费 10`);
                    // before or between them, a code (`210 15 01 行政运行`, `基本工资 50101 工资…`).
                    Token::Integer(_) if r.after_labels(c) => figures += 1,
                    Token::Integer(_) | Token::Text(_) => labels += 1,
                    Token::Empty => {}
                }
            }
            if figures > 0 && figures >= labels {
                ColumnKind::Figure
            } else if labels > 0 {
                ColumnKind::Label
            } else {
                ColumnKind::Empty
            }
        })
        .collect()
}

/// Columns whose data cells are mostly figures. A whole number counts as a figure when a text
/// stands left of it in its row and either a figure does too or the column has a header.
fn numeric_columns(data: &[GridRow], paths: &[Vec<&str>], width: usize) -> Vec<bool> {
    let (mut figures, mut texts) = (vec![0; width], vec![0; width]);
    for r in data {
        // Rows are padded to `width`; the first figure decides for every column right of it.
        let first_figure = r.first_figure().unwrap_or(width);
        for (c, cell) in r.cells.iter().enumerate() {
            match cell.token {
                Token::Amount(_) => figures[c] += 1,
                Token::Integer(_) if r.after_labels(c) && (first_figure < c || !paths[c].is_empty()) => figures[c] += 1,
                Token::Text(_) => texts[c] += 1,
                _ => {}
            }
        }
    }
    (0..width)
        .map(|c| !paths[c].last().is_some_and(|l| header::is_label_header(l)) && figures[c] > 0 && figures[c] >= texts[c])
        .collect()
}

/// Columns left blank in every row (a header printed again over a page aside) under a header
/// that names a figure: a 公务用车购置费 column with nothing bought. Only where the grid's
/// columns are true (`columns_final`) can a blank column be told.
fn blank_figure_columns(data: &[GridRow], header_words: &[&str], paths: &[Vec<&str>]) -> Vec<bool> {
    let rows: Vec<&GridRow> = data.iter().filter(|r| !r.repeats_header(header_words)).collect();
    let headed = figure_headers(paths);
    (0..paths.len()).map(|c| headed[c] && rows.iter().all(|r| r.cells[c].text.trim().is_empty())).collect()
}

/// The header rows of a grid without figures: every row up to the first whose cells all stand
/// in row-label columns and do not name one (`合计`, `205 | 教育支出`, `一、一般公共服务支出`,
/// `无`; not `类 | 款 | 项`). A row that also names figure columns gives those names to the header:
/// the blank 决算 template prints 本年支出's `合计 | 基本支出 | 项目支出` on its `合计` row. Returns
/// the first data row.
fn figureless_header(grid: &mut Vec<GridRow>) -> usize {
    for r in 1..grid.len() {
        let above: Vec<Vec<&str>> = grid[..r].iter().map(GridRow::texts).collect();
        let width = grid[..=r].iter().map(|row| row.cells.len()).max().unwrap_or(0);
        let paths = header::column_paths(&above, &[], width);
        let labels_column = |c: usize| paths[c].last().is_some_and(|l| header::is_label_header(l));
        let row = &grid[r];
        let filled: Vec<usize> = (0..row.cells.len()).filter(|&c| !row.cells[c].text.trim().is_empty()).collect();
        let Some(&first) = filled.first() else { continue };
        if !labels_column(first) || header::is_label_header(row.cells[first].text) {
            continue;
        }
        if filled.iter().all(|&c| labels_column(c)) {
            return r;
        }
        let (names, labels) = (row.keep(|c| !labels_column(c)), row.keep(labels_column));
        grid[r] = labels;
        grid.insert(r, names);
        return r + 1;
    }
    grid.len()
}

/// The figure columns of a grid without figures: those with a header that is not a row-label one.
fn figure_headers(paths: &[Vec<&str>]) -> Vec<bool> {
    paths.iter().map(|p| p.last().is_some_and(|l| !header::is_label_header(l))).collect()
}

/// A table printed as two panels of the same columns side by side (the 基本支出决算表: 人员经费
/// left, 公用经费 right, each `经济分类 科目名称 决算数`): the width of one panel, when a header
/// row repeats its first columns' labels, a row-label header among them, right after them.
fn panel_width(headers: &[GridRow]) -> Option<usize> {
    headers.iter().find_map(|row| {
        let texts = row.texts();
        (2..=texts.len() / 2).find(|&w| {
            let (left, right) = (&texts[..w], &texts[w..2 * w]);
            let labels = left.iter().filter(|t| !t.is_empty()).count();
            // Each panel has its own row labels (`科目名称`); repeated 预算数/决算数 pairs do not.
            let own_labels = left.iter().any(|t| header::is_label_header(t));
            own_labels && labels >= 2 && left.iter().zip(right).all(|(a, b)| a.trim() == b.trim()) && texts[2 * w..].iter().all(|t| t.is_empty())
        })
    })
}

/// The rows of a two-panel table as one panel: the header's first panel, then every row's left
/// panel, then every row's right panel (each panel reads top to bottom).
fn split_panels<'a>(grid: Vec<GridRow<'a>>, first_data: usize, panel: usize) -> Vec<GridRow<'a>> {
    let half = |row: &GridRow<'a>, from: usize| -> GridRow<'a> {
        let mut cells: Vec<Classified<'a>> = row.cells.iter().skip(from).take(panel).cloned().collect();
        let span = row.cells.first().map(|c| c.span).unwrap_or_default();
        cells.resize(panel, Classified::empty(span));
        GridRow { cells, line: row.line }
    };
    let headers = grid[..first_data].iter().map(|r| half(r, 0));
    let left = grid[first_data..].iter().map(|r| half(r, 0));
    let right = grid[first_data..].iter().map(|r| half(r, panel));
    headers.chain(left).chain(right).filter(|r| r.cells.iter().any(|c| !c.text.is_empty())).collect()
}

/// The items a side of a row holds: labels then figures, again labels then figures. Jiangsu's
/// 收支预算总表 lists 支出 twice side by side, by 功能分类 and by 支出用途 (`一、一般公共服务支出 |
/// | 一、基本支出 | 15,844.04`); each is an item of its own.
/// A group whose labels are blank in this row (`支出合计 | | | 24,169.74`, a total printed across
/// both) stays with the group before it.
fn label_figure_groups(numeric: &[bool], range: std::ops::Range<usize>, row: &GridRow) -> Vec<std::ops::Range<usize>> {
    let mut groups = Vec::new();
    let mut start = range.start;
    let labelled = |c: usize| (c..range.end).take_while(|&k| !numeric[k]).any(|k| row.cells.get(k).is_some_and(|cell| !cell.text.is_empty()));
    for c in range.start + 1..range.end {
        if numeric[c - 1] && !numeric[c] && labelled(c) {
            groups.push(start..c);
            start = c;
        }
    }
    groups.push(start..range.end);
    groups
}

/// Without a row that shows both halves: the first text column right of a figure column.
fn side_split(data: &[GridRow], numeric: &[bool]) -> Option<usize> {
    let first_numeric = numeric.iter().position(|&n| n)?;
    (first_numeric + 1..numeric.len())
        .find(|&c| !numeric[c] && data.iter().filter(|r| r.cells[c].is_text()).count() >= 2)
}

/// Converters leave out the copies of merged cells (an empty category cell, a 收入 cell merged
/// over two columns), which moves the rest of a row left; they do not add cells. So a part of a
/// row that starts left of where the fullest rows show it was moved, and is moved back. Returns
/// the first column of the 支出 half of a side-by-side table.
fn realign(data: &mut [GridRow], sided: bool) -> Option<usize> {
    if sided {
        let halves = Halves::find(data)?;
        data.iter_mut().for_each(|r| halves.realign(r));
        return Some(halves.expense);
    }
    let kinds = column_kinds(data, data.iter().map(|r| r.cells.len()).max().unwrap_or(0));
    let first_figures = kinds.iter().position(|&k| k == ColumnKind::Figure)?;
    for row in data {
        if let Some(f) = row.first_figure().filter(|&f| f < first_figures) {
            row.insert_empty(f, first_figures - f);
        }
    }
    None
}

/// Where the halves of a side-by-side table (收入 left, 支出 right) stand, read from the rows
/// that show a 收入 figure followed by a 支出 label, the fullest of which set the columns.
struct Halves {
    /// The last column of 收入 labels.
    income_labels_end: usize,
    /// The first 收入 figure column.
    income_figures: usize,
    /// The first column of the 支出 half.
    expense: usize,
}

impl Halves {
    fn find(data: &[GridRow]) -> Option<Halves> {
        let both: Vec<(usize, usize, usize)> = data
            .iter()
            .filter_map(|r| {
                let f = r.first_figure()?;
                let e = (f + 1..r.cells.len()).find(|&c| is_label_cell(&r.cells[c]))?;
                let labels_end = (0..f).rev().find(|&c| !r.cells[c].text.is_empty())?;
                Some((labels_end, f, e))
            })
            .collect();
        let expense = both.iter().map(|&(_, _, e)| e).max()?;
        let fullest = both.iter().filter(|&&(_, _, e)| e == expense);
        Some(Halves {
            income_labels_end: fullest.clone().map(|&(l, _, _)| l).max()?,
            income_figures: fullest.map(|&(_, f, _)| f).min()?,
            expense,
        })
    }

    /// The 支出 half of a row begins at its first label after a figure, or right of the 收入
    /// labels.
    fn expense_of(&self, row: &GridRow) -> Option<usize> {
        let first_figure = row.first_figure().unwrap_or(usize::MAX);
        (0..row.cells.len()).find(|&c| is_label_cell(&row.cells[c]) && (c > first_figure || c > self.income_labels_end))
    }

    fn realign(&self, row: &mut GridRow) {
        let expense = self.expense_of(row);
        let income_figure = row.first_figure().filter(|&f| expense.is_none_or(|e| f < e));
        let mut moved = 0;
        if let Some(f) = income_figure.filter(|&f| f < self.income_figures) {
            moved = self.income_figures - f;
            row.insert_empty(f, moved);
        }
        if let Some(e) = expense.map(|e| e + moved).filter(|&e| e < self.expense) {
            row.insert_empty(e, self.expense - e);
        }
    }
}

/// A cell of a row's labels: text or a code, not a figure.
fn is_label_cell(cell: &Classified) -> bool {
    matches!(cell.token, Token::Text(_) | Token::Integer(_))
}

pub(super) fn new_row(side: Side, columns: usize, line: u32) -> TableRow {
    TableRow {
        side,
        label: String::new(),
        concept: None,
        codes: RowCodes::default(),
        project: None,
        cells: vec![None; columns],
        line,
    }
}

/// Fills a row's label, codes and concept from the text and code pieces found on it.
pub(super) fn finish_row(row: &mut TableRow, label_parts: &[&str], pieces: &[&str], ctx: &Context) {
    let Context { kind, taxonomy, unit_name, .. } = *ctx;
    let (found, used) = codes::join_pieces(pieces);
    row.label = join_label(label_parts);
    // A code in front of the unit's own name is the unit code, whatever it looks like (`307`).
    let unit_row = unit_name.is_some_and(|u| !row.label.is_empty() && (row.label == u || u.starts_with(&row.label)));
    let (found, used) = if unit_row { (Vec::new(), 0) } else { (found, used) };
    for code in found {
        match code {
            Code::Function(c) => row.codes.function = Some(c),
            Code::EconDept(c) => row.codes.econ_dept = Some(c),
            Code::EconGov(c) => row.codes.econ_gov = Some(c),
        }
    }
    for rest in &pieces[used..] {
        if rest.len() > 9 {
            row.codes.project = Some(rest.to_string());
        } else if row.codes.unit.is_none() {
            row.codes.unit = Some(rest.to_string());
        }
    }
    if tokens::is_total_label(&row.label) {
        // The 总计 of a side of a summary table is that side's total, carry-overs included (its
        // 合计 is the year's, the table's default).
        if two_sided(kind) && remove_whitespace(&row.label) == "总计" {
            row.concept = match row.side {
                Side::Income => Some("income.total"),
                Side::Expense => Some("expense.total"),
                Side::Single => None,
            };
        }
        return;
    }
    if kind == TableKind::DepartmentPerformance {
        if let Some(task) = task_name(&row.label) {
            row.project = Some(task.to_string());
            return;
        }
    }
    // The rows of a 机关运行经费 table are economic classes of it (`302 公用经费`), not other concepts.
    // Normalized once for the look-ups below.
    let key = normalize_label(&row.label);
    // `人员经费合计`, `公用经费合计`: the totals of a two-panel table's halves.
    let named_total = ["合计", "小计"].iter().find_map(|t| key.strip_suffix(t)).filter(|k| !k.is_empty());
    // A row with a printed economic code is that class (`30217 公务接待费` in a 基本支出表), not
    // the concept its name also names.
    let econ_coded = row.codes.econ_dept.is_some() || row.codes.econ_gov.is_some();
    row.concept = taxonomy
        .by_normalized_label(&key)
        .or_else(|| named_total.and_then(|k| taxonomy.by_normalized_label(k)))
        .map(|c| c.id)
        .filter(|_| kind != TableKind::AdminOperation && !econ_coded)
        // A 政府采购 table's rows are what is bought (`培训费 70.00` of training procured), not
        // the whole amounts their names also name.
        .filter(|id| kind != TableKind::Procurement || id.starts_with("procurement"));
    // `1、资金来源：（1）政府预算资金`: the department's figures are named last on the line.
    // A task row names its concept first (`基本支出 | 保障人员的各项经费…`).
    if kind == TableKind::DepartmentPerformance && row.concept.is_none() {
        let first = label_parts.first().and_then(|p| taxonomy.by_label(p));
        row.concept = first.or_else(|| taxonomy.by_suffix(&row.label).map(|(c, _)| c)).map(|c| c.id);
    }
    // A row that prints a code of its own (`01` under a 款) is not named into another class.
    let printed_code = !pieces.is_empty();
    if row.concept.is_none() && !printed_code && row.codes.classification_count() == 0 {
        row.codes.econ_dept = taxonomy.econ_dept_by_normalized_name(&key).map(str::to_string);
    }
    if matches!(kind, TableKind::ProjectExpense | TableKind::ProjectPerformance)
        && row.concept.is_none()
        && row.codes.unit.is_none()
    {
        let (code, name) = split_project_code(&row.label);
        if let Some(code) = code {
            row.codes.project = Some(code.to_string());
        }
        row.project = Some(project_name(name, unit_name)).filter(|p| !p.is_empty());
    }
    let summary = matches!(kind, TableKind::IncomeExpenseSummary | TableKind::FiscalSummary);
    if summary && row.side != Side::Income && row.concept.is_none() && row.codes.function.is_none() {
        row.codes.function = taxonomy.function_class_by_normalized_name(&key).map(str::to_string);
    }
}

/// `任务1城乡居民医疗救助财政补助专项` → the task's name, in a department's performance table.
fn task_name(label: &str) -> Option<&str> {
    let rest = label.strip_prefix("任务")?;
    let name = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let name = name.trim_start();
    (name.len() < rest.len() && !name.is_empty()).then_some(name)
}

/// `312001-1医保政策宣传培训费` → the project code `312001-1` and the name.
fn split_project_code(label: &str) -> (Option<&str>, &str) {
    let end = label.find(|c: char| !(c.is_ascii_digit() || c == '-')).unwrap_or(label.len());
    let code = &label[..end];
    let numbered = code.contains('-') && code.starts_with(|c: char| c.is_ascii_digit()) && end < label.len();
    if numbered { (Some(code), label[end..].trim_start()) } else { (None, label) }
}

/// Project types that single-space tables print before or after a project's name.
const PROJECT_TYPES: [&str; 3] = ["其他运转类", "特定目标类", "人员类"];

/// A project's name from its row label, without the project type and the unit's name
/// (`其他运转类2025年城乡居民医疗工作经费栾川县医疗保障局`).
fn project_name(label: &str, unit_name: Option<&str>) -> String {
    let mut name = label;
    for t in PROJECT_TYPES {
        name = name.strip_prefix(t).or_else(|| name.strip_suffix(t)).unwrap_or(name);
    }
    if let Some(u) = unit_name {
        name = name.strip_suffix(u).filter(|n| !n.is_empty()).unwrap_or(name);
    }
    name.to_string()
}

/// Joins label fragments: CJK pieces without a space (`本 年 收 入` → `本年收入`).
pub fn join_label(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for p in parts {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        let ascii_edge = out.chars().last().is_some_and(|c| c.is_ascii_alphanumeric())
            && p.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
        if ascii_edge {
            out.push(' ');
        }
        out.push_str(p);
    }
    if out.chars().filter(|c| *c == ' ').count() > 0 && out.chars().all(|c| c == ' ' || !c.is_ascii()) {
        out.retain(|c| c != ' ');
    }
    out
}
