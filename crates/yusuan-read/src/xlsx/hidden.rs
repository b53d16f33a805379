//! What calamine does not tell: which rows and columns of a sheet are hidden. They are marked in
//! the sheet's XML part (`<row r="5" hidden="1">`, `<col min="3" max="4" hidden="1"/>`), which the
//! workbook part names through its relationships.

use super::limits::damaged;
use crate::error::ReadError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::XmlVersion;
use std::collections::{BTreeSet, HashMap};
use std::io::{BufReader, Read, Seek};
use zip::ZipArchive;

/// The hidden rows and columns of a sheet, 0-based as calamine counts them.
#[derive(Debug, Default)]
pub struct Hidden {
    pub rows: BTreeSet<u32>,
    /// Ranges of columns, first and last.
    pub columns: Vec<(u32, u32)>,
}

impl Hidden {
    pub fn hides(&self, row: u32, column: u32) -> bool {
        self.rows.contains(&row) || self.columns.iter().any(|&(first, last)| (first..=last).contains(&column))
    }
}

/// The XML part of each sheet, by the sheet's name (`xl/worksheets/sheet1.xml`).
pub fn sheet_parts<R: Read + Seek>(archive: &mut ZipArchive<R>) -> Result<HashMap<String, String>, ReadError> {
    let mut targets = HashMap::new();
    each_element(archive, "xl/_rels/workbook.xml.rels", |e| {
        if e.local_name().as_ref() == "Relationship" {
            if let (Some(id), Some(target)) = (attribute(e, "Id"), attribute(e, "Target")) {
                targets.insert(id, part_path(&target));
            }
        }
    })?;
    let mut parts = HashMap::new();
    each_element(archive, "xl/workbook.xml", |e| {
        if e.local_name().as_ref() == "sheet" {
            // The relationship id is `r:id`; its namespace prefix varies.
            if let (Some(name), Some(id)) = (attribute(e, "name"), attribute(e, "id")) {
                if let Some(path) = targets.get(&id) {
                    parts.insert(name, path.clone());
                }
            }
        }
    })?;
    Ok(parts)
}

/// The hidden rows and columns of the sheet in `part`.
pub fn hidden<R: Read + Seek>(archive: &mut ZipArchive<R>, part: &str) -> Result<Hidden, ReadError> {
    let mut hidden = Hidden::default();
    // A row without its number follows the one before it.
    let mut next_row = 0u32;
    each_element(archive, part, |e| match e.local_name().as_ref() {
        "row" => {
            let row = attribute(e, "r").and_then(|r| r.parse::<u32>().ok()).map_or(next_row, |r| r.saturating_sub(1));
            next_row = row + 1;
            if is_true(attribute(e, "hidden")) {
                hidden.rows.insert(row);
            }
        }
        "col" if is_true(attribute(e, "hidden")) => {
            let bound = |name| attribute(e, name).and_then(|v| v.parse::<u32>().ok()).map(|v| v.saturating_sub(1));
            if let (Some(first), Some(last)) = (bound("min"), bound("max")) {
                hidden.columns.push((first, last));
            }
        }
        _ => {}
    })?;
    Ok(hidden)
}

/// A relationship's target as a path in the archive: relative to `xl/`, or absolute.
fn part_path(target: &str) -> String {
    match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("xl/{target}"),
    }
}

fn is_true(value: Option<String>) -> bool {
    matches!(value.as_deref(), Some("1" | "true"))
}

/// The value of the attribute whose local name is `name`, unescaped.
fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// Calls `visit` on every start or empty element of an XML part, streaming. A part that is not
/// in the archive has no elements.
fn each_element<R: Read + Seek>(archive: &mut ZipArchive<R>, part: &str, mut visit: impl FnMut(&BytesStart<'_>)) -> Result<(), ReadError> {
    let Ok(file) = archive.by_name(part) else {
        return Ok(());
    };
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(file));
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf).map_err(|e| damaged(&e))? {
            Event::Start(e) | Event::Empty(e) => visit(&e),
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}
