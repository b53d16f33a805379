//! The corpus survey as a library: the manifest a folder's documents were checked by hand
//! against, what yusuan makes of each file, and the report. The binary and the corpus tests share
//! it, so the manifest is read and the identity compared in one place.

pub mod manifest;
pub mod outcome;
pub mod report;
