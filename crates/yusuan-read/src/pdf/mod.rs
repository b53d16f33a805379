//! The PDF reader (text layer): glyphs with positions → lines → table grids from the ruling
//! lines → the same [`Layout`] the text reader makes. Alongside it, a plain-text rendering of
//! the layout (one line per block, cells separated by tabs) is the "source" that spans point
//! into, so that findings can quote a line; each span also carries its page.
//!
//! ```text
//! bytes ──engine──▶ PageInk (glyphs, rules) ──grid / lines──▶ rows and text lines ──▶ Layout + source
//! ```

mod engine;
mod grid;
mod lines;

use crate::error::ReadError;
use crate::layout::{Block, Cell, Layout, Separation};
use crate::normalize::fold_width;
use crate::text::align_space_columns;
use engine::{Glyph, PageInk};
use lines::{Line, text_of};
use yusuan_model::Span;

/// A width of this many points stands for one display column of the unruled rows, whose cells
/// are aligned the way converter text aligns them (half a 10-point CJK glyph).
const POINTS_PER_COLUMN: f32 = 5.0;

/// A PDF read into blocks, and the text the blocks' spans point into.
pub struct PdfText {
    pub source: String,
    pub layout: Layout,
}

/// Whether bytes are a PDF: the header may follow some junk, as readers allow.
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)].windows(5).any(|w| w == b"%PDF-")
}

pub fn read_pdf(bytes: &[u8]) -> Result<PdfText, ReadError> {
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
    let mut out = Output::default();
    for page in &pages {
        out.page(page);
    }
    align_space_columns(&mut out.layout.blocks, &out.aligned);
    Ok(PdfText { source: out.source, layout: out.layout })
}

/// What a page contributes, in reading order (top to bottom).
enum Item {
    Row(Vec<(usize, String)>),
    Line(Line),
}

#[derive(Default)]
struct Output {
    source: String,
    layout: Layout,
    /// Blocks of unruled rows, whose cells are placed by position.
    aligned: Vec<usize>,
}

impl Output {
    fn page(&mut self, page: &PageInk) {
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
        for (grid, glyphs) in grids.iter().zip(&in_grid) {
            items.extend(grid.rows(glyphs).into_iter().map(|row| (row.top, Item::Row(row.cells))));
        }
        for line in lines::lines(&loose) {
            if !is_page_number(&line, page) {
                items.push((line.baseline - line.size, Item::Line(line)));
            }
        }
        items.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut first = true;
        for (_, item) in items {
            let block = match item {
                Item::Row(cells) => self.block(Separation::Columns, &cells, page.number, true),
                Item::Line(line) => self.line_block(&line, page.number),
            };
            let Some(mut block) = block else { continue };
            block.page_break = std::mem::take(&mut first) && page.number > 1;
            self.layout.blocks.push(block);
        }
    }

    /// A line outside any grid: running text, or the cells of an unruled table row.
    fn line_block(&mut self, line: &Line, page: u32) -> Option<Block> {
        let runs = line.runs();
        if runs.len() < 2 {
            return self.block(Separation::Text, &[(0, line.text())], page, false);
        }
        let cells: Vec<(usize, String)> = runs.iter().map(|r| ((r[0].x / POINTS_PER_COLUMN).round() as usize, text_of(r))).collect();
        let block = self.block(Separation::Columns, &cells, page, false)?;
        self.aligned.push(self.layout.blocks.len());
        Some(block)
    }

    /// Writes one block's line into the source and returns the block with its spans.
    /// `grid_columns`: the cells' columns are a grid's, and the line keeps its empty ones.
    fn block(&mut self, separation: Separation, cells: &[(usize, String)], page: u32, grid_columns: bool) -> Option<Block> {
        if cells.iter().all(|(_, t)| t.trim().is_empty()) {
            return None;
        }
        let line = self.layout.blocks.len() as u32 + 1;
        let line_start = self.source.len();
        let mut out_cells = Vec::with_capacity(cells.len());
        // Empty grid columns stay as empty fields, so the line shows where each cell stands.
        let mut next_column = 0;
        for (n, (column, text)) in cells.iter().enumerate() {
            let skipped = if grid_columns { column.saturating_sub(next_column) } else { 0 };
            self.source.extend(std::iter::repeat_n('\t', usize::from(n > 0) + skipped));
            next_column = column + 1;
            let start = self.source.len() as u32;
            self.source.push_str(text);
            let span = Span { line, start, end: self.source.len() as u32, page: Some(page) };
            out_cells.push(Cell { text: fold_width(text.trim()), column: *column, span });
        }
        self.source.push('\n');
        let span = Span { line, start: line_start as u32, end: self.source.len() as u32 - 1, page: Some(page) };
        Some(Block { separation, cells: out_cells, span, heading: None, page_break: false })
    }
}

/// A page number printed in the bottom margin (`3`, `- 3 -`, `第3页`).
fn is_page_number(line: &Line, page: &PageInk) -> bool {
    let text = line.text();
    let bare = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '—' | '第' | '页' | '/'));
    line.baseline > page.height * 0.9 && !bare.is_empty() && bare.chars().all(|c| c.is_ascii_digit() || c == '/' || c == ' ')
}
