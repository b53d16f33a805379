//! The web page reader: a disclosure published as HTML → lines of text and table rows → the
//! same [`crate::layout::Layout`] every reader makes, with a plain-text rendering as the source
//! (see [`crate::builder`]).
//!
//! ```text
//! bytes ──charset──▶ text ──tokens──▶ tags and text ──▶ LayoutBuilder ──▶ Layout + source
//! ```
//!
//! What a browser would not show is left out: the `<head>`, scripts, styles, comments. Block
//! elements (`p`, `div`, `h1`–`h6`, `li`, `br`, …) end a line of text; a table's rows become rows
//! of grid cells, merged cells (`colspan`, `rowspan`) placed in the columns they start at; the
//! paragraphs and line breaks of a cell are joined into one text. Missing end tags are implied
//! as a browser implies them (`<td>` ends the cell before it, `<tr>` the row, the end of the
//! page every open table). A table nested in a cell gives rows of its own, before the row of
//! the cell that holds it (a layout table wrapping the real one leaves only the real one's rows).

mod charset;
mod tokens;

use crate::builder::{LayoutBuilder, Rendered};
use crate::error::ReadError;
use crate::markup::{attr_number, join_paragraph, SpanGrid};
use crate::normalize::decode_entity;
use tokens::{Token, Tokens};

/// A web page never fails to read: whatever it holds is read as far as it makes sense (a page
/// with no disclosure in it fails later, in recognition).
pub fn read_html(bytes: &[u8]) -> Result<Rendered, ReadError> {
    let html = charset::decode_page(bytes);
    let mut page = Page::default();
    for token in Tokens::new(&html) {
        match token {
            Token::Text(text) => page.text(text),
            Token::Start { name, tag } => page.start(&name, tag),
            Token::End { name } => page.end(&name),
        }
    }
    while !page.tables.is_empty() {
        page.end_table();
    }
    page.flush_lines();
    Ok(page.out.finish())
}

/// Elements that start and end a line of text (in a cell: a paragraph of the cell).
const BLOCKS: [&str; 34] = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "br", "hr", "section", "article", "header", "footer", "nav", "main",
    "aside", "blockquote", "pre", "form", "fieldset", "address", "figure", "figcaption", "center", "caption", "body", "html",
];

/// Elements a `<head>` holds; any other closes it.
const HEAD_ELEMENTS: [&str; 9] = ["head", "meta", "link", "title", "style", "script", "base", "noscript", "template"];

#[derive(Default)]
struct Page {
    out: LayoutBuilder,
    /// Running text not yet written, lines separated by `\n`.
    lines: String,
    /// The tables being read, innermost last.
    tables: Vec<Table>,
    /// Inside `<head>`.
    in_head: bool,
}

#[derive(Default)]
struct Table {
    grid: SpanGrid,
    row: Option<Vec<(usize, String)>>,
    /// The open cell: its column and its text, paragraphs separated by `\n`.
    cell: Option<(usize, String)>,
}

impl Page {
    /// Where text goes: the open cell of the innermost table, or the running text.
    fn target(&mut self) -> &mut String {
        match self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
            Some((_, text)) => text,
            None => &mut self.lines,
        }
    }

    fn text(&mut self, raw: &str) {
        if self.in_head {
            if raw.trim_ascii().is_empty() {
                return;
            }
            // Text is no part of a head: the body has begun.
            self.in_head = false;
        }
        let out = self.target();
        let mut rest = raw;
        while let Some(c) = rest.chars().next() {
            if c == '&' {
                if let Some((decoded, len)) = decode_entity(rest) {
                    out.push(decoded);
                    rest = &rest[len..];
                    continue;
                }
            }
            // Runs of white space are one space, as a browser shows them.
            if c.is_ascii_whitespace() {
                if !out.ends_with([' ', '\n']) && !out.is_empty() {
                    out.push(' ');
                }
            } else {
                out.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
    }

    fn start(&mut self, name: &str, tag: &str) {
        // A page that forgot to close its head: the first element of a body closes it.
        if self.in_head && !HEAD_ELEMENTS.contains(&name) {
            self.in_head = false;
        }
        match name {
            "head" => self.in_head = true,
            "body" => self.in_head = false,
            _ if self.in_head => {}
            "table" => {
                self.break_line();
                self.tables.push(Table::default());
            }
            "tr" => {
                if let Some(row) = self.tables.last_mut().and_then(Table::end_row) {
                    self.write_row(&row);
                }
                if let Some(table) = self.tables.last_mut() {
                    table.row = Some(Vec::new());
                }
            }
            "td" | "th" => {
                if let Some(table) = self.tables.last_mut() {
                    table.end_cell();
                    table.row.get_or_insert_with(Vec::new);
                    let colspan = attr_number(tag, "colspan").unwrap_or(1);
                    let (column, _) = table.grid.place(colspan, attr_number(tag, "rowspan").unwrap_or(1));
                    table.cell = Some((column, String::new()));
                }
            }
            _ if BLOCKS.contains(&name) => self.break_line(),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "head" => self.in_head = false,
            _ if self.in_head => {}
            "table" if !self.tables.is_empty() => self.end_table(),
            "tr" | "tbody" | "thead" | "tfoot" => {
                if let Some(row) = self.tables.last_mut().and_then(Table::end_row) {
                    self.write_row(&row);
                }
            }
            "td" | "th" => {
                if let Some(table) = self.tables.last_mut() {
                    table.end_cell();
                }
            }
            _ if BLOCKS.contains(&name) => self.break_line(),
            _ => {}
        }
    }

    /// A block boundary: a new paragraph in a cell, a new line outside tables.
    fn break_line(&mut self) {
        let out = self.target();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
    }

    fn end_table(&mut self) {
        if let Some(row) = self.tables.pop().as_mut().and_then(Table::end_row) {
            self.write_row(&row);
        }
        self.break_line();
    }

    fn write_row(&mut self, cells: &[(usize, String)]) {
        // Text before the row (a caption, text foster-parented out of the table) comes first.
        self.flush_lines();
        self.out.row(cells, true);
    }

    fn flush_lines(&mut self) {
        for line in std::mem::take(&mut self.lines).split('\n') {
            self.out.text(line.trim());
        }
    }
}

impl Table {
    fn end_cell(&mut self) {
        if let Some((column, text)) = self.cell.take() {
            let mut joined = String::new();
            for paragraph in text.split('\n') {
                join_paragraph(&mut joined, paragraph);
            }
            self.row.get_or_insert_with(Vec::new).push((column, joined));
        }
    }

    /// Ends the open cell and row, if any: the row's cells.
    fn end_row(&mut self) -> Option<Vec<(usize, String)>> {
        self.end_cell();
        let row = self.row.take()?;
        self.grid.end_row();
        Some(row)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(html: &str) -> String {
        read_html(html.as_bytes()).unwrap().source
    }

    #[test]
    fn reads_text_and_tables_in_order() {
        let html = "<!DOCTYPE html><html><head><title>不读</title><style>td{}</style></head><body>\
            <h1>某某局2024年部门预算</h1><p>收入&nbsp;100.00万元，<b>支出</b>\n  100.00万元。<br>第二行</p>\
            <table><caption>收支总表</caption><tr><th colspan=2>收入</th><th rowspan=2>备注</th></tr>\
            <tr><td>项目<td><p>1.00</p><p>万元</p></td></tr><tr><td>&amp;<td>&#50;</table><script>x</script><p>完";
        assert_eq!(
            lines(html),
            "某某局2024年部门预算\n收入\u{a0}100.00万元，支出 100.00万元。\n第二行\n收支总表\n收入\t\t备注\n项目\t1.00万元\n&\t2\n完\n"
        );
    }

    #[test]
    fn malformed_pages_read_what_they_can() {
        assert_eq!(lines("<p>甲<table><tr><td>1<td colspan=\"99999\">2"), "甲\n1\t2\n");
        assert_eq!(lines("</td></tr></table><td>x</p>"), "x\n");
        assert_eq!(lines(""), "");
        assert_eq!(lines("<html><head><title>t</title><meta charset=utf-8><p>正文"), "正文\n");
        assert_eq!(lines("<head><style>p{}</style>正文"), "正文\n");
    }
}
