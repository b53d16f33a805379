//! `word/document.xml` read as a stream of XML events: paragraphs (`w:p`) become lines of text,
//! tables (`w:tbl`) rows of grid cells, in the order the document has them.
//!
//! In a paragraph, `w:t` is text, `w:tab` a tab (a paragraph with tabs becomes a row of cells,
//! as the text reader splits a tabbed line) and `w:br`/`w:cr` a line break (each line its own
//! block). In a table, a cell spanning columns (`w:gridSpan`) takes the column of its first grid
//! column and the cells after it shift; a continued vertical merge (`w:vMerge` without
//! `restart`) is an empty cell, the text staying in the first; a row's skipped grid columns
//! (`w:gridBefore`) stay empty; the paragraphs of a cell are joined into one text. A table
//! nested in a cell gives rows of its own, before the row of the cell that holds it (a layout
//! table wrapping the real one leaves only the real one's rows).
//!
//! Text that Word does not show is left out: deleted and moved-away revisions (`w:del`,
//! `w:moveFrom`, whose text is `w:delText` or sits in them), the fallback copy of a drawing
//! (`mc:Fallback`), field codes (`w:instrText`), tab stops (`w:tabs` in `w:pPr`).

use crate::builder::{LayoutBuilder, Rendered};
use crate::error::ReadError;
use crate::markup::{join_paragraph, MAX_COLSPAN};
use crate::normalize::decode_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

pub(super) fn read_body(xml: &str) -> Result<Rendered, ReadError> {
    let mut reader = Reader::from_str(xml);
    let mut walker = Walker::default();
    loop {
        let event = reader.read_event().map_err(|e| {
            let at = reader.buffer_position();
            ReadError::unreadable(format!("DOCX 正文 XML 有误（第 {at} 字节：{e}）/ malformed document XML (byte {at}: {e})"))
        })?;
        match event {
            Event::Start(e) => walker.start(&e, false),
            Event::Empty(e) => {
                walker.start(&e, true);
                walker.end(e.local_name().as_ref());
            }
            Event::End(e) => walker.end(e.local_name().as_ref()),
            Event::Text(t) if walker.takes_text() => walker.push_text(&t.xml10_content()),
            Event::CData(t) if walker.takes_text() => walker.push_text(&t),
            Event::GeneralRef(r) if walker.takes_text() => {
                let entity = format!("&{};", &*r);
                walker.push_text(&decode_entity(&entity).map_or(entity.clone(), |(c, _)| c.to_string()));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(walker.out.finish())
}

#[derive(Default)]
struct Walker {
    out: LayoutBuilder,
    /// The paragraphs being read, innermost last (a text box's paragraphs sit inside a run of
    /// the paragraph that anchors it).
    paragraphs: Vec<String>,
    /// The tables being read, innermost last.
    tables: Vec<Table>,
    /// Depth inside an element whose content is not shown (0: not in one).
    hidden: usize,
    /// Inside `w:t`.
    in_text: bool,
    /// Inside `w:pPr` (paragraph properties, whose `w:tab`s are tab stops).
    in_properties: usize,
}

#[derive(Default)]
struct Table {
    row: Option<Row>,
}

#[derive(Default)]
struct Row {
    cells: Vec<(usize, String)>,
    /// The grid column the next cell starts at.
    next_column: usize,
    cell: Option<GridCell>,
}

struct GridCell {
    column: usize,
    span: usize,
    /// A continued vertical merge: the text is the first cell's, above.
    merged_above: bool,
    text: String,
}

/// The `w:val` attribute of an element.
fn val(e: &BytesStart) -> Option<String> {
    e.attributes().flatten().find(|a| a.key.local_name().as_ref() == "val").map(|a| a.value.to_string())
}

impl Walker {
    fn takes_text(&self) -> bool {
        self.in_text && self.hidden == 0
    }

    fn push_text(&mut self, text: &str) {
        if let Some(p) = self.paragraphs.last_mut() {
            p.push_str(text);
        }
    }

    fn row(&mut self) -> Option<&mut Row> {
        self.tables.last_mut()?.row.as_mut()
    }

    fn start(&mut self, e: &BytesStart, empty: bool) {
        let name = e.local_name();
        if self.hidden > 0 {
            self.hidden += 1;
            return;
        }
        match name.as_ref() {
            "del" | "moveFrom" | "Fallback" | "instrText" | "delText" => self.hidden = 1,
            "pPr" => self.in_properties += 1,
            "p" => self.paragraphs.push(String::new()),
            "t" => self.in_text = !empty,
            "tab" if self.in_properties == 0 => self.push_text("\t"),
            "br" | "cr" => self.push_text("\n"),
            "noBreakHyphen" => self.push_text("-"),
            "tbl" => self.tables.push(Table::default()),
            "tr" => {
                if let Some(table) = self.tables.last_mut() {
                    table.row = Some(Row::default());
                }
            }
            "gridBefore" => {
                if let Some(row) = self.row() {
                    row.next_column += val(e).and_then(|v| v.parse().ok()).unwrap_or(0usize).min(MAX_COLSPAN);
                }
            }
            "tc" => {
                if let Some(row) = self.row() {
                    row.cell = Some(GridCell { column: row.next_column, span: 1, merged_above: false, text: String::new() });
                }
            }
            "gridSpan" => {
                if let Some(cell) = self.row().and_then(|r| r.cell.as_mut()) {
                    cell.span = val(e).and_then(|v| v.parse().ok()).unwrap_or(1usize).clamp(1, MAX_COLSPAN);
                }
            }
            "vMerge" => {
                if let Some(cell) = self.row().and_then(|r| r.cell.as_mut()) {
                    cell.merged_above = val(e).is_none_or(|v| v != "restart");
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        if self.hidden > 0 {
            self.hidden -= 1;
            return;
        }
        match name {
            "pPr" => self.in_properties = self.in_properties.saturating_sub(1),
            "t" => self.in_text = false,
            "p" => {
                if let Some(text) = self.paragraphs.pop() {
                    self.end_paragraph(text);
                }
            }
            "tc" => {
                if let Some(row) = self.row() {
                    if let Some(cell) = row.cell.take() {
                        if !cell.merged_above {
                            row.cells.push((cell.column, cell.text));
                        }
                        row.next_column = cell.column + cell.span;
                    }
                }
            }
            "tr" => {
                if let Some(row) = self.tables.last_mut().and_then(|t| t.row.take()) {
                    self.out.row(&row.cells, true);
                }
            }
            "tbl" => {
                self.tables.pop();
            }
            _ => {}
        }
    }

    /// A paragraph ends: into the paragraph around it (a text box), the cell it is in, or the
    /// document as lines.
    fn end_paragraph(&mut self, text: String) {
        if let Some(outer) = self.paragraphs.last_mut() {
            outer.push('\n');
            outer.push_str(&text);
        } else if let Some(cell) = self.row().and_then(|r| r.cell.as_mut()) {
            for line in text.split('\n') {
                join_paragraph(&mut cell.text, &line.replace('\t', " "));
            }
        } else {
            for line in text.split('\n') {
                write_line(&mut self.out, line);
            }
        }
    }
}

/// One line of a paragraph: text, or a row of cells when tabs separate its parts.
fn write_line(out: &mut LayoutBuilder, line: &str) {
    let line = line.trim_matches(|c: char| c == '\t' || c.is_whitespace());
    if !line.contains('\t') {
        out.text(line);
        return;
    }
    let cells: Vec<(usize, String)> = line.split('\t').filter(|part| !part.trim().is_empty()).enumerate().map(|(i, part)| (i, part.to_string())).collect();
    out.row(&cells, false);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The source lines of a body.
    fn lines(body: &str) -> Vec<String> {
        let xml = format!("<w:document xmlns:w=\"w\" xmlns:mc=\"mc\"><w:body>{body}</w:body></w:document>");
        read_body(&xml).unwrap().source.lines().map(str::to_string).collect()
    }

    fn p(text: &str) -> String {
        format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
    }

    fn tc(props: &str, text: &str) -> String {
        format!("<w:tc><w:tcPr>{props}</w:tcPr>{}</w:tc>", p(text))
    }

    #[test]
    fn paragraphs_breaks_and_tabs() {
        let body = "<w:p><w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"9000\"/></w:tabs></w:pPr>\
            <w:r><w:t>单位名称：某局</w:t><w:tab/><w:t xml:space=\"preserve\">单位：万元 </w:t></w:r></w:p>\
            <w:p><w:r><w:t>标题</w:t><w:br/><w:t>2024年&amp;</w:t></w:r></w:p>\
            <w:p><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText><w:t>留</w:t></w:r></w:p>";
        assert_eq!(lines(body), ["单位名称：某局\t单位：万元", "标题", "2024年&", "留"]);
    }

    #[test]
    fn merged_cells_take_their_first_grid_column() {
        // | 科目编码 (3 columns)     | 科目名称 (2 rows) | 金额 |
        // | 类 | 款 | 项           | (continued)       | 1.00 |
        let row1 = format!("<w:tr>{}{}{}</w:tr>", tc("<w:gridSpan w:val=\"3\"/>", "科目编码"), tc("<w:vMerge w:val=\"restart\"/>", "科目名称"), tc("", "金额"));
        let row2 = format!("<w:tr>{}{}{}{}{}</w:tr>", tc("", "类"), tc("", "款"), tc("", "项"), tc("<w:vMerge/>", ""), tc("", "1.00"));
        let row3 = format!("<w:tr><w:trPr><w:gridBefore w:val=\"4\"/></w:trPr>{}</w:tr>", tc("", "2.00"));
        let table = format!("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{row1}{row2}{row3}</w:tbl>");
        assert_eq!(lines(&table), ["科目编码\t\t\t科目名称\t金额", "类\t款\t项\t\t1.00", "\t\t\t\t2.00"]);
    }

    #[test]
    fn cells_join_paragraphs_and_nested_tables_give_their_own_rows() {
        let cell = "<w:tc><w:p><w:r><w:t>单位</w:t></w:r></w:p><w:p><w:r><w:t>(科目名称)</w:t></w:r></w:p></w:tc>";
        let nested = format!("<w:tc>{}<w:tbl><w:tr>{}{}</w:tr></w:tbl></w:tc>", p("外"), tc("", "内1"), tc("", "内2"));
        let table = format!("<w:tbl><w:tr>{cell}{nested}</w:tr></w:tbl>");
        assert_eq!(lines(&table), ["内1\t内2", "单位(科目名称)\t外"]);
    }

    #[test]
    fn a_text_box_is_read_once() {
        let body = format!(
            "<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>{}</w:txbxContent></mc:Choice>\
             <mc:Fallback><w:txbxContent>{}</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>",
            p("封面标题"),
            p("封面标题")
        );
        assert_eq!(lines(&body), ["封面标题"]);
    }
}
