//! Reporters: the terminal (rustc/ruff style) and JSON.

pub mod json;
pub mod terminal;

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}
