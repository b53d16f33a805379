//! Reading disclosures: bytes → [`layout::Layout`] (one reader per format) → recognized
//! [`yusuan_model::Document`] → [`yusuan_model::Fact`]s.
//!
//! ```text
//! bytes ──decode──▶ text ──text::read_text──▶ Layout ──recognize──▶ Document ──facts::extract──▶ Facts
//! ```

pub mod decode;
pub mod diagnostic;
pub mod error;
pub mod facts;
pub mod layout;
pub mod normalize;
pub mod recognize;
pub mod text;

pub use error::{ReadError, ReadErrorKind};

use yusuan_model::{Document, Fact};

/// A document read end to end.
#[derive(Debug)]
pub struct Reading {
    /// The decoded source text, for showing lines.
    pub source: String,
    pub document: Document,
    pub facts: Vec<Fact>,
}

/// Reads a converter-text disclosure from its bytes: the document, its facts, and every
/// diagnostic (in `document.diagnostics`).
pub fn read_bytes(bytes: &[u8]) -> Result<Reading, ReadError> {
    let source = decode::decode(bytes)?;
    let layout = text::read_text(&source);
    let mut document = recognize::recognize(&layout)?;
    let (facts, diagnostics) = facts::extract(&document);
    document.diagnostics.extend(diagnostics);
    document.diagnostics.sort_by_key(|d| d.span.line);
    Ok(Reading { source, document, facts })
}
