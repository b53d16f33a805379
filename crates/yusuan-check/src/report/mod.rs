//! Reporters: the terminal (rustc/ruff style), JSON and SARIF 2.1.0.

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
