//! Reader diagnostics (`RD…`): what the reader saw but could not understand, with its place.

use std::fmt;
use yusuan_model::{ReadDiagnostic, Span};

/// Text as `format!("{text:?}")` writes it, for the English messages. CJK ideographs, which
/// titles are made of, are written as they are without the Unicode table look-ups of
/// `Debug` (a measurable share of reading a document whose every table has a diagnostic);
/// every other char is escaped as `Debug` escapes it within a string, where `'` stays as is.
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        f.write_char('"')?;
        for c in self.0.chars() {
            if c == '\'' || ('\u{4E00}'..='\u{9FA5}').contains(&c) {
                f.write_char(c)?;
            } else {
                write!(f, "{}", c.escape_debug())?;
            }
        }
        f.write_char('"')
    }
}

fn rd(code: &'static str, message: String, message_en: String, span: Span) -> ReadDiagnostic {
    ReadDiagnostic { code, message, message_en, span }
}

/// RD101: a cell in a figure column that is not a figure.
pub fn unreadable_cell(text: &str, span: Span) -> ReadDiagnostic {
    rd("RD101", format!("数字列中的单元格无法识别为金额：“{text}”"), format!("cell in a figure column is not a figure: {text}", text = Quoted(text)), span)
}

/// RD102: a row of a table whose empty cells left no trace; figures after the first not placed.
pub fn lost_columns(found: usize, width: usize, span: Span) -> ReadDiagnostic {
    rd(
        "RD102",
        format!("该行有 {found} 个数字而表有 {width} 列，转换时空单元格丢失，无法确定除第一列（合计）外各数字所在的列"),
        format!("row has {found} figures for {width} columns; empty cells were lost in conversion, so only the first figure (the row total) is placed"),
        span,
    )
}

/// RD103: a figure in the narrative whose subject could not be recognized.
pub fn unknown_subject(figure: &str, span: Span) -> ReadDiagnostic {
    rd("RD103", format!("说明中的数字“{figure}”未能识别所指事项"), format!("figure {figure} in the narrative: what it measures was not recognized", figure = Quoted(figure)), span)
}

/// RD104: a table title with no rows under it.
pub fn empty_table(title: &str, span: Span) -> ReadDiagnostic {
    rd("RD104", format!("表“{title}”没有可识别的数据行"), format!("table {title} has no recognizable rows", title = Quoted(title)), span)
}

/// RD105: a table without a money unit line (单位：万元).
pub fn no_money_unit(title: &str, span: Span) -> ReadDiagnostic {
    rd("RD105", format!("表“{title}”未注明金额单位，按文档主要单位读取"), format!("table {title} states no money unit; read in the document's main unit", title = Quoted(title)), span)
}

/// RD106: a table split by single spaces whose header could not be matched to its columns.
pub fn unnamed_columns(title: &str, width: usize, span: Span) -> ReadDiagnostic {
    rd(
        "RD106",
        format!("表“{title}”以空格分隔且空单元格已丢失，{width} 列中仅第一列（合计）可确定含义，其余数字保留在表中但不生成事实"),
        format!("table {title} is split by single spaces with empty cells lost: of {width} columns only the first (the total) is named; other figures stay in the table but make no facts", title = Quoted(title)),
        span,
    )
}

/// RD102: a row of a single-space table whose figures fit no placement in its template's columns.
pub fn unplaced_row(found: usize, template: &str, span: Span) -> ReadDiagnostic {
    rd(
        "RD102",
        format!("该行的 {found} 个数字无法按“{template}”的列及合计关系放入各列（空单元格已丢失），仅第一个数字按合计读取"),
        format!("the row's {found} figures fit no placement in the columns and sums of template {template} (empty cells were lost); only the first is read, as the total", template = Quoted(template)),
        span,
    )
}

/// RD107: a single-space table whose figures were placed by its template and sums.
pub fn placed_by_template(title: &str, template: &str, rows: usize, span: Span) -> ReadDiagnostic {
    rd(
        "RD107",
        format!("表“{title}”以空格分隔且空单元格已丢失；按“{template}”的列及合计关系确定数字所在列，其中 {rows} 行有多种可能，已取各列合计相符且与说明一致的一种"),
        format!("table {title} is split by single spaces with empty cells lost; figures were placed by the columns and sums of template {template}; {rows} rows allowed several placements and the one consistent with the column totals and the narrative was taken", title = Quoted(title), template = Quoted(template)),
        span,
    )
}

/// RD108: performance indicators of a single-space project table, whose cell boundaries are lost:
/// the numeric targets are read, their names only approximately.
pub fn loose_indicators(title: &str, first: u32, last: u32, span: Span) -> ReadDiagnostic {
    rd(
        "RD108",
        format!("表“{title}”第{first}–{last}行的绩效指标以空格分隔、单元格边界已丢失：已读取数值型指标值，指标名称取其前的文字，可能含相邻单元格；定性指标值未读取"),
        format!("performance indicators of table {title} (lines {first}–{last}) are split by single spaces with cell boundaries lost: numeric targets are read, with the preceding text as an approximate name that may include a neighbouring cell; qualitative targets are not read", title = Quoted(title)),
        span,
    )
}

/// RD109: columns of a table whose header does not tell them apart (a merged header cell over
/// unnamed sub-columns); their figures carry the column's position.
pub fn columns_told_apart_by_position(title: &str, columns: &str, span: Span) -> ReadDiagnostic {
    rd(
        "RD109",
        format!("表“{title}”第 {columns} 个数字列的表头与其左侧的列相同，无法区分其含义，按列序号（column）区分"),
        format!("in table {title}, figure columns {columns} have the same header as a column to their left; their facts carry the column position (column)", title = Quoted(title)),
        span,
    )
}

/// RD110: content of a workbook that is hidden (rows, columns or a whole sheet), left out as a
/// printed copy leaves it out. `what`: where, in Chinese and in English (`第 5、7 行`, `rows 5, 7`).
pub fn hidden_content(sheet: &str, what: (&str, &str), span: Span) -> ReadDiagnostic {
    rd(
        "RD110",
        format!("工作表“{sheet}”隐藏了有内容的{}，未读取（打印或导出 PDF 时也不显示）；若应公开，请取消隐藏", what.0),
        format!("sheet {sheet} hides content ({}): not read, as it does not print either; unhide it if it is meant to be published", what.1, sheet = Quoted(sheet)),
        span,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_is_debug() {
        let every_char: String = (0..0x3000).chain(0x4DF0..0x4E10).chain(0x9FA0..0xA010).chain(0xFF00..0x10000).filter_map(char::from_u32).collect();
        for text in [every_char.as_str(), "2025 年部门收支预算表（“三公”经费）'a'\\\"\n\u{301}", "\u{301}表"] {
            assert_eq!(Quoted(text).to_string(), format!("{text:?}"));
        }
    }
}
