//! Building a [`Layout`] from a structured format (PDF, workbook, Word, web page): each block is
//! written as one line of a plain-text rendering, cells separated by tabs, which becomes the
//! document's source, the text every span points into and findings quote.

use crate::layout::{Block, Cell, Layout, Separation};
use crate::normalize::fold_width;
use yusuan_model::{ReadDiagnostic, Span};

/// A document read from a structured format: its blocks and the text their spans point into.
#[derive(Debug, Default)]
pub struct Rendered {
    pub source: String,
    pub layout: Layout,
    /// What the reader noted about the file itself (hidden content of a workbook).
    pub diagnostics: Vec<ReadDiagnostic>,
}

#[derive(Debug, Default)]
pub struct LayoutBuilder {
    out: Rendered,
    /// The page (PDF) or sheet (workbook, 1-based) that the next blocks are on.
    page: Option<u32>,
    page_started: bool,
}

impl LayoutBuilder {
    /// The blocks pushed from now on are on `page`; the first of them starts a new page.
    pub fn start_page(&mut self, page: u32) {
        self.page = Some(page);
        self.page_started = true;
    }

    /// A line of running text.
    pub fn text(&mut self, text: &str) -> Option<usize> {
        self.push(Separation::Text, &[(0, text.to_string())], false)
    }

    /// A line of running text that goes on from the line before (see [`Block::wraps`]).
    pub fn text_going_on(&mut self, text: &str) -> Option<usize> {
        let block = self.text(text)?;
        self.out.layout.blocks[block].wraps = true;
        Some(block)
    }

    /// A row of cells, each with its column. `grid_columns`: the columns are a grid's (a ruled
    /// table, a sheet, a Word or HTML table), and the line keeps the empty ones as empty fields so
    /// that it shows where each cell stands; otherwise the columns are positions to be aligned.
    /// Returns the index of the block, if the row had any text.
    pub fn row(&mut self, cells: &[(usize, String)], grid_columns: bool) -> Option<usize> {
        self.push(Separation::Columns, cells, grid_columns)
    }

    /// Notes something about the file, with the place it concerns.
    pub fn note(&mut self, diagnostic: ReadDiagnostic) {
        self.out.diagnostics.push(diagnostic);
    }

    pub fn blocks_mut(&mut self) -> &mut [Block] {
        &mut self.out.layout.blocks
    }

    /// The rendered document; its rows' columns are final (see [`Layout::columns_final`]).
    pub fn finish(mut self) -> Rendered {
        self.out.layout.columns_final = true;
        self.out
    }

    fn push(&mut self, separation: Separation, cells: &[(usize, String)], grid_columns: bool) -> Option<usize> {
        if cells.iter().all(|(_, t)| t.trim().is_empty()) {
            return None;
        }
        let source = &mut self.out.source;
        let line = self.out.layout.blocks.len() as u32 + 1;
        let line_start = source.len();
        let mut out_cells = Vec::with_capacity(cells.len());
        let mut next_column = 0;
        for (n, (column, text)) in cells.iter().enumerate() {
            // Tabs and line breaks inside a cell would split the line.
            let text = text.replace(['\t', '\n', '\r'], " ");
            let skipped = if grid_columns { column.saturating_sub(next_column) } else { 0 };
            source.extend(std::iter::repeat_n('\t', usize::from(n > 0) + skipped));
            next_column = column + 1;
            let start = source.len() as u32;
            source.push_str(&text);
            let span = Span { line, start, end: source.len() as u32, page: self.page };
            out_cells.push(Cell { text: fold_width(text.trim()), column: *column, span });
        }
        source.push('\n');
        let span = Span { line, start: line_start as u32, end: source.len() as u32 - 1, page: self.page };
        let page_break = std::mem::take(&mut self.page_started) && self.page.is_some_and(|p| p > 1);
        self.out.layout.blocks.push(Block { separation, cells: out_cells, span, heading: None, page_break, wraps: false });
        Some(self.out.layout.blocks.len() - 1)
    }
}
