//! Reading disclosures: bytes → [`layout::Layout`] (one reader per format) → recognized
//! [`yusuan_model::Document`] → [`yusuan_model::Fact`]s.
//!
//! ```text
//! bytes ──format::detect──▶ pdf::read_pdf | xlsx::read_xlsx | xls::read_xls | docx::read_docx | html::read_html (through builder::LayoutBuilder)
//!       | decode + text::read_text ──▶ Layout ──recognize──▶ Document ──facts::extract──▶ Facts
//! ```

pub mod builder;
mod cfb;
pub mod decode;
pub mod diagnostic;
pub mod docx;
pub mod error;
pub mod facts;
pub mod format;
pub mod html;
pub mod layout;
mod markup;
pub mod normalize;
pub mod pdf;
pub mod recognize;
pub mod text;
pub mod xls;
pub mod xlsx;

pub use error::{ReadError, ReadErrorKind};

use yusuan_model::{Document, Fact};

/// A document read end to end.
#[derive(Debug)]
pub struct Reading {
    /// The decoded source text, for showing lines.
    pub source: String,
    /// For a paged format, the page of each source line (index 0 = line 1): a PDF's page, a
    /// workbook's sheet (1 = the first sheet); empty for text.
    pub line_pages: Vec<u32>,
    pub document: Document,
    pub facts: Vec<Fact>,
}

impl Reading {
    /// The page a source line is on, for a paged format.
    pub fn page_of(&self, line: u32) -> Option<u32> {
        self.line_pages.get((line as usize).checked_sub(1)?).copied()
    }
}

/// The page (or sheet) of each line, when every block has one (a paged format); else empty.
fn paged_lines(layout: &layout::Layout) -> Vec<u32> {
    layout.blocks.iter().map(|b| b.span.page).collect::<Option<Vec<u32>>>().unwrap_or_default()
}

/// Reads a disclosure from its bytes, whatever the format (told by the content, not the file
/// name): the document, its facts, and every diagnostic (in `document.diagnostics`).
pub fn read_bytes(bytes: &[u8]) -> Result<Reading, ReadError> {
    let builder::Rendered { source, layout, diagnostics: noted } = match format::detect(bytes)? {
        format::Format::Pdf => pdf::read_pdf(bytes)?,
        format::Format::Docx => docx::read_docx(bytes)?,
        format::Format::Html => html::read_html(bytes)?,
        format::Format::Xlsx => xlsx::read_xlsx(bytes)?,
        format::Format::Xls => xls::read_xls(bytes)?,
        format::Format::Text => {
            let source = decode::decode(bytes)?;
            let layout = text::read_text(&source);
            builder::Rendered { source, layout, diagnostics: Vec::new() }
        }
    };
    let line_pages = paged_lines(&layout);
    let mut document = recognize::recognize(&layout)?;
    let (facts, diagnostics) = facts::extract(&document);
    document.diagnostics.extend(diagnostics);
    document.diagnostics.extend(noted);
    document.diagnostics.sort_by_key(|d| d.span.line);
    Ok(Reading { source, line_pages, document, facts })
}
