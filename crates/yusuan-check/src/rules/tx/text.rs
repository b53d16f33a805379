//! What the text rules share: the place of a char of a narrative paragraph.

use crate::finding::Place;
use yusuan_model::{Paragraph, Span};

/// The line of the char at `char_at` in `para`, pointing at `needle`.
pub fn narrative_place(para: &Paragraph, char_at: usize, needle: &str) -> Place {
    Place { span: Span::line(para.line_at(char_at)), needle: Some(needle.to_string()), label: "说明".into(), label_en: "narrative".into() }
}
