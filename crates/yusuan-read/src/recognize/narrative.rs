//! The narrative (情况说明): parts (第X部分), numbered sections (一、 （一）) and paragraphs
//! joined across the lines a converter wrapped them onto. The 目录 is skipped.

use crate::layout::{Block, Separation};
use yusuan_model::concept::strip_numbering;
use yusuan_model::{Document, Paragraph, Section, Span};

/// A line at least this long that does not end a sentence was wrapped by the converter.
const WRAPPED_LINE_CHARS: usize = 20;

/// The narrative before the first table, after the 目录.
pub fn read(blocks: &[Block], doc: &mut Document) {
    read_body(&blocks[after_contents(blocks)..], doc);
}

/// Narrative text with no 目录 in it: the parts that resume after a table.
pub fn read_body(blocks: &[Block], doc: &mut Document) {
    let mut current: Option<(String, Vec<u32>, Span)> = None;
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        // A row of a table that is none of the standard ones (a list of the department's units):
        // cells, not prose.
        if b.separation == Separation::Columns && b.non_empty_cells().count() >= 2 {
            flush(&mut current, doc);
            i += 1;
            continue;
        }
        let text = b.text();
        if let Some((level, number, mut title)) = heading(&text) {
            flush(&mut current, doc);
            if level == 1 && title.is_empty() {
                if let Some(next) = blocks.get(i + 1).map(Block::text).filter(|t| heading(t).is_none() && t.chars().count() <= 40) {
                    title = next;
                    i += 1;
                }
            }
            doc.sections.push(Section { level, number, title, line: b.span.line });
            i += 1;
            continue;
        }
        let line_chars = text.chars().count();
        match &mut current {
            Some((t, lines, span)) if continues(t) || b.wraps => {
                t.push_str(&text);
                lines.extend(std::iter::repeat_n(b.span.line, line_chars));
                span.end = b.span.end;
            }
            _ => {
                flush(&mut current, doc);
                current = Some((text, vec![b.span.line; line_chars], b.span));
            }
        }
        if b.separation == Separation::Columns {
            flush(&mut current, doc);
        }
        i += 1;
    }
    flush(&mut current, doc);
}

/// A paragraph goes on when its text so far is a long line cut mid-sentence.
/// A bracket left open (`（其中，…项目XX个。` wrapped before its `）`) also goes on.
fn continues(text_so_far: &str) -> bool {
    let last_line_long = text_so_far.chars().count() >= WRAPPED_LINE_CHARS;
    let ended = text_so_far.ends_with(['。', '；', ';', '：', ':', '！', '？']);
    let open_bracket = text_so_far.matches(['（', '(']).count() > text_so_far.matches(['）', ')']).count();
    last_line_long && (!ended || open_bracket)
}

fn flush(current: &mut Option<(String, Vec<u32>, Span)>, doc: &mut Document) {
    if let Some((text, char_lines, span)) = current.take() {
        let section = doc.sections.len().checked_sub(1);
        doc.paragraphs.push(Paragraph { text, char_lines, span, section });
    }
}

/// `第二部分 …` (1), `一、…` (2), `（一）…` (3). Long lines and full sentences are list items
/// of the text, not headings.
pub fn heading(text: &str) -> Option<(u8, String, String)> {
    let t = text.trim();
    // A sentence that ends within the line and goes on (`（七）落实医疗保障待遇清单制度。按照“…`) is a
    // numbered paragraph, not a heading.
    if t.chars().count() > 40 || t.ends_with('。') || t.contains(['，', '；', '。']) {
        return None;
    }
    // `三、财政专户管理资金：包括专户管理行政事业性收费（主` is a definition wrapped onto the next
    // line, not a heading: text after a colon, or a bracket left open.
    let after_colon = t.split_once(['：', ':']).is_some_and(|(_, rest)| !rest.trim().is_empty());
    let open_brackets = t.matches(['（', '(']).count() > t.matches(['）', ')']).count();
    if after_colon || open_brackets {
        return None;
    }
    if let Some(rest) = t.strip_prefix('第') {
        if let Some(end) = rest.find("部分") {
            let number = &rest[..end];
            if !number.is_empty() && number.chars().all(is_cn_numeral) {
                let title = rest[end + "部分".len()..].trim().to_string();
                return Some((1, format!("第{number}部分"), title));
            }
        }
    }
    let folded = t.replace('（', "(").replace('）', ")");
    let rest = strip_numbering(&folded);
    if rest.len() == folded.len() {
        return None;
    }
    let number = &folded[..folded.len() - rest.len()];
    let cn = number.chars().any(is_cn_numeral);
    let level = match (number.starts_with('('), cn) {
        (false, true) => 2,
        (true, true) => 3,
        _ => return None,
    };
    let original_number: String = t.chars().take(number.chars().count()).collect();
    Some((level, original_number, rest.trim().to_string()))
}

fn is_cn_numeral(c: char) -> bool {
    "一二三四五六七八九十".contains(c)
}

/// The index of the first block after the 目录: the second block that opens part one.
fn after_contents(blocks: &[Block]) -> usize {
    let opens_part_one = |b: &Block| b.holds_any(&['第']) && b.text().replace(' ', "").starts_with("第一部分");
    let is_contents = |b: &Block| b.holds_any(&['目']) && matches!(b.text().replace(' ', "").as_str(), "目录" | "目次");
    let Some(contents) = blocks.iter().position(is_contents) else {
        return 0;
    };
    let first = blocks[contents..].iter().position(opens_part_one).map(|i| i + contents);
    let second = first.and_then(|f| blocks[f + 1..].iter().position(opens_part_one).map(|i| i + f + 1));
    // Without parts, the entries of the 目录 are the lines with dot leaders (`一、部门主要职能……`).
    second.unwrap_or_else(|| contents + 1 + blocks[contents + 1..].iter().take_while(|b| b.holds_any(&['…', '·'])).count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_heading_levels() {
        assert_eq!(heading("第二部分").map(|h| h.0), Some(1));
        assert_eq!(heading("一、收入支出预算总体情况说明"), Some((2, "一、".into(), "收入支出预算总体情况说明".into())));
        assert_eq!(heading("（一）机关运行经费支出情况").map(|h| (h.0, h.1)), Some((3, "（一）".into())));
        assert_eq!(heading("(三）绩效目标设置情况").map(|h| h.0), Some(3));
        assert_eq!(heading("1、拟订医疗保险"), None);
        assert_eq!(heading("（十）完成县委、县政府交办的其他事项。"), None);
        assert_eq!(heading("（七）落实医疗保障待遇清单制度。按照“确定基本保障内涵、明"), None);
    }
}
