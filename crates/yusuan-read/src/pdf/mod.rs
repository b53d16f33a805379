//! The PDF reader (text layer): glyphs with positions → lines → table grids from the ruling
//! lines → the same [`crate::layout::Layout`] the text reader makes. Alongside it, a plain-text rendering of
//! the layout (one line per block, cells separated by tabs) is the "source" that spans point
//! into, so that findings can quote a line; each span also carries its page.
//!
//! ```text
//! bytes ──engine──▶ PageInk (glyphs, rules) ──grid / lines──▶ rows and text lines ──▶ Layout + source
//! ```

mod engine;
mod grid;
mod lines;

use crate::builder::{LayoutBuilder, Rendered};
use crate::error::ReadError;
use crate::text::align_space_columns;
use engine::{Glyph, PageInk};
use lines::{text_of, Line};
use yusuan_model::concept::strip_numbering;

/// A width of this many points stands for one display column of the unruled rows, whose cells
/// are aligned the way converter text aligns them (half a 10-point CJK glyph).
const POINTS_PER_COLUMN: f32 = 5.0;

/// Whether bytes are a PDF: the header may follow some junk, as readers allow.
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)].windows(5).any(|w| w == b"%PDF-")
}

pub fn read_pdf(bytes: &[u8]) -> Result<Rendered, ReadError> {
    let pages = engine::pages(bytes)?;
    let glyph_count: usize = pages.iter().map(|p| p.glyphs.iter().filter(|g| !g.ch.is_whitespace()).count()).sum();
    if glyph_count == 0 {
        let scanned = pages.iter().filter(|p| p.page_images > 0).count();
        return Err(ReadError::no_text_layer(format!(
            "{} 页中没有可提取的文字（{scanned} 页是整页图像）/ no extractable text on any of {} pages ({scanned} are full-page images)",
            pages.len(),
            pages.len()
        )));
    }
    let mut out = LayoutBuilder::default();
    // Blocks of unruled rows, whose cells are placed by position.
    let mut aligned = Vec::new();
    // The column boundaries of the last grid of the page before, for a table that goes on.
    let mut last_columns: Option<Vec<f32>> = None;
    for page in &pages {
        last_columns = read_page(page, last_columns.as_deref(), &mut out, &mut aligned);
    }
    align_space_columns(out.blocks_mut(), &aligned);
    Ok(out.finish())
}

/// What a page contributes, in reading order (top to bottom).
enum Item {
    Row(Vec<(usize, String)>),
    Line(Line),
}

/// Reads one page; returns the column boundaries of its last grid (in the numbering of the table
/// it continues, if it does).
fn read_page(page: &PageInk, continued: Option<&[f32]>, out: &mut LayoutBuilder, aligned: &mut Vec<usize>) -> Option<Vec<f32>> {
    let grids = grid::grids(&page.rules);
    let mut in_grid: Vec<Vec<&Glyph>> = vec![Vec::new(); grids.len()];
    let mut loose: Vec<Glyph> = Vec::new();
    for g in &page.glyphs {
        match grids.iter().position(|grid| grid.holds(g)) {
            Some(k) => in_grid[k].push(g),
            None => loose.push(g.clone()),
        }
    }
    let mut items: Vec<(f32, Item)> = Vec::new();
    let first_grid = (0..grids.len()).min_by(|&a, &b| grids[a].top().total_cmp(&grids[b].top()));
    let mut last: Option<(f32, Vec<f32>)> = None;
    for (k, (grid, glyphs)) in grids.iter().zip(&in_grid).enumerate() {
        // A table going on from the page before may print fewer columns (a 合计 row merging the
        // code and name cells): its columns take the numbers of the same boundaries there.
        let renumber = continued.filter(|_| Some(k) == first_grid).and_then(|before| grid.columns_within(before));
        let mut rows = grid.rows(glyphs);
        if let Some(map) = &renumber {
            rows.iter_mut().flat_map(|r| r.cells.iter_mut()).for_each(|(column, _)| *column = map[*column]);
        }
        let boundaries = match (&renumber, continued) {
            (Some(_), Some(before)) => before.to_vec(),
            _ => grid.xs().to_vec(),
        };
        if last.as_ref().is_none_or(|(top, _)| grid.top() > *top) {
            last = Some((grid.top(), boundaries));
        }
        items.extend(rows.into_iter().map(|row| (row.top, Item::Row(row.cells))));
    }
    for line in lines::lines(&loose) {
        if !is_page_number(&line, page) {
            items.push((line.baseline - line.size, Item::Line(line)));
        }
    }
    items.sort_by(|a, b| a.0.total_cmp(&b.0));
    let margins = Margins::of(items.iter().filter_map(|(_, item)| match item {
        Item::Line(line) => Some(line),
        Item::Row(_) => None,
    }));
    out.start_page(page.number);
    let mut before: Option<&Line> = None;
    for (_, item) in &items {
        match item {
            Item::Row(cells) => {
                out.row(cells, true);
                before = None;
            }
            Item::Line(line) => {
                let goes_on = before.zip(margins).is_some_and(|(b, m)| m.wraps(b, line));
                line_block(line, goes_on, out, aligned);
                before = Some(line);
            }
        }
    }
    last.map(|(_, boundaries)| boundaries)
}

/// Where the running text of a page starts and ends: the leftmost start and rightmost end of its
/// lines.
#[derive(Clone, Copy)]
struct Margins {
    left: f32,
    right: f32,
}

impl Margins {
    fn of<'a>(lines: impl Iterator<Item = &'a Line>) -> Option<Margins> {
        let ends = lines.filter_map(|l| Some((l.glyphs.first()?.x, l.glyphs.last()?.right())));
        ends.fold(None, |m: Option<Margins>, (left, right)| {
            Some(m.map_or(Margins { left, right }, |m| Margins { left: m.left.min(left), right: m.right.max(right) }))
        })
    }

    /// Whether `line` goes on from `before`: that one runs to the right margin (within a
    /// character) and this one starts at the left margin, not indented and not numbered. A
    /// sentence may end at the margin (`…一般行政管理事务。`) and still go on in the next line.
    /// A line cut in the middle of a word goes on even where the next looks numbered: `构建集中统`
    /// then `一、全面覆盖…` is `统一`, not a heading.
    fn wraps(self, before: &Line, line: &Line) -> bool {
        let (Some(last), Some(first)) = (before.glyphs.last(), line.glyphs.first()) else { return false };
        let text = line.text().trim_start().replace('（', "(");
        let numbered = strip_numbering(&text).len() < text.len();
        let mid_word = is_ideograph(last.ch);
        last.right() >= self.right - last.size && first.x <= self.left + first.size / 2.0 && (!numbered || mid_word)
    }
}

/// A CJK ideograph: a line that ends on one has not ended its sentence.
fn is_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// A line outside any grid: running text, or the cells of an unruled table row (placed by
/// position, aligned with the rows around it afterwards). `goes_on`: the text goes on from the
/// line before.
fn line_block(line: &Line, goes_on: bool, out: &mut LayoutBuilder, aligned: &mut Vec<usize>) {
    let runs = line.runs();
    if runs.len() < 2 {
        if goes_on {
            out.text_going_on(&line.text());
        } else {
            out.text(&line.text());
        }
        return;
    }
    let cells: Vec<(usize, String)> = runs.iter().map(|r| ((r[0].x / POINTS_PER_COLUMN).round() as usize, text_of(r))).collect();
    aligned.extend(out.row(&cells, false));
}

/// A page number printed in the bottom margin (`3`, `- 3 -`, `第3页`).
fn is_page_number(line: &Line, page: &PageInk) -> bool {
    let text = line.text();
    let bare = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '—' | '第' | '页' | '/'));
    line.baseline > page.height * 0.9 && !bare.is_empty() && bare.chars().all(|c| c.is_ascii_digit() || c == '/' || c == ' ')
}
