//! The Word reader (`.docx`): the zip's `word/document.xml` → paragraphs as lines of text and
//! tables as rows of grid cells, in document order → the same [`crate::layout::Layout`] every
//! reader makes, with a plain-text rendering as the source (see [`crate::builder`]).
//!
//! ```text
//! bytes ──archive (size-capped)──▶ document.xml ──body (quick-xml events)──▶ LayoutBuilder ──▶ Layout + source
//! ```

mod archive;
mod body;

use crate::builder::Rendered;
use crate::error::ReadError;

/// The most `word/document.xml` may decompress to (a disclosure's is a few MB); a zip bomb
/// is refused before or while it is inflated.
pub const MAX_DOCUMENT_XML: u64 = 200 << 20;

pub fn read_docx(bytes: &[u8]) -> Result<Rendered, ReadError> {
    let xml = archive::document_xml(bytes, MAX_DOCUMENT_XML)?;
    body::read_body(&xml)
}
