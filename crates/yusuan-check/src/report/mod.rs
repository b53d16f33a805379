//! Reporters: the terminal (rustc/ruff style), JSON, SARIF 2.1.0 and a self-contained HTML page.

pub mod html;
pub mod json;
pub mod sarif;
pub mod terminal;

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}
