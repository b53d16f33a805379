//! The typed model of a published budget disclosure: exact numbers, source spans,
//! classification codes, the concept taxonomy, the recognized [`Document`] and its [`Fact`]s.
//!
//! No I/O happens here: readers build these types, checkers and reporters consume them.

pub mod concept;
pub mod document;
pub mod fact;
pub mod number;
pub mod span;
pub mod structure;
pub mod target;

pub use concept::{Concept, ConceptKind, Taxonomy};
pub use document::{
    CellValue, Column, DocKind, Document, Identity, Indicator, MoneyUnit, Paragraph, ReadDiagnostic, RowCodes,
    Scope, Section, Side, Table, TableKind, TableRow,
};
pub use fact::{Dims, Fact, FactSource, FactValue};
pub use number::{Decimal, Money};
pub use span::Span;
pub use target::{Comparator, Target};
