//! The reader's output: the document as an ordered list of blocks, each a line of text or a row
//! of cells, with spans back into the source. Every format-specific quirk ends here.

use yusuan_model::Span;

/// How the cells of a block were separated in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separation {
    /// A line of running text: one cell.
    Text,
    /// Explicit cells (tabs, pipes, HTML cells, aligned columns): `Cell::column` is meaningful.
    Columns,
    /// Words split by single spaces, as PDF-to-text tools print table rows: the cells are in
    /// order but empty cells left no trace, so column positions are unknown.
    Words,
}

#[derive(Debug, Clone)]
pub struct Cell {
    /// Cleaned text: markup removed, full-width digits and letters folded.
    pub text: String,
    /// Column index within the row (for `Separation::Columns`), else the order of the cell.
    pub column: usize,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub separation: Separation,
    pub cells: Vec<Cell>,
    pub span: Span,
    /// Markdown heading level (`#` count) when the converter marked the line as a heading.
    pub heading: Option<u8>,
    /// The line was preceded by a page break (form feed, or a line the converter began with a
    /// space where a new page starts).
    pub page_break: bool,
    /// The line goes on from the one before, as the page shows: that one ran to the right margin
    /// and this one starts at the left one, not indented and not numbered (a PDF's geometry).
    pub wraps: bool,
}

impl Block {
    /// The whole block as one string, cells joined by a single space.
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(self.cells.iter().map(|c| c.text.len() + 1).sum());
        for c in self.cells.iter().filter(|c| !c.text.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&c.text);
        }
        out
    }

    /// Whether a cell holds one of `chars`: a cheap test before joining the cells with
    /// [`Block::text`] for a look-up that needs one of them.
    pub fn holds_any(&self, chars: &[char]) -> bool {
        // A substring search per char (vectorized) beats decoding every char of the block for
        // the one or two chars asked for.
        self.cells.iter().any(|cell| chars.iter().any(|&c| cell.text.contains(c)))
    }

    pub fn non_empty_cells(&self) -> impl Iterator<Item = &Cell> {
        self.cells.iter().filter(|c| !c.text.is_empty())
    }
}

#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub blocks: Vec<Block>,
    /// The cells of every row stand in their true columns, a merged cell in its first (a PDF's
    /// ruled grid, a sheet, a Word or HTML table): the recognizer does not move header cells or
    /// put back cells that converters leave out.
    pub columns_final: bool,
}
