//! The document's identity: unit name and code, year, budget or final account, scope.
//!
//! Each part is voted on, so a table headed with another unit's name does not change the
//! document's identity. The evidence, in order of weight:
//! * headings: `栾川县医疗保障局2020年度部门预算`, `2026年烟台市教育局部门预算`,
//!   `2019年部门综合预算公开报表`, wherever they stand; the cover title also when it is broken
//!   over up to three lines (`2026年烟台市人民政府办公室部` / `门预算`);
//! * the unit lines of table headers: `部门名称：…`, `预算单位：…`;
//! * the tables themselves: the year of their titles (`2021年部门收支总体情况表`, `（2026年度）`
//!   under a title), and, only where no heading says it, budget or final account from their labels
//!   and titles (`预算01表收支总表`, `2019年部门综合预算收支总表`) — a tables-only annex has no
//!   heading at all.
//!
//! A heading is a title, not a sentence of the text: a line with sentence punctuation names
//! nothing, nor one where the kind word is followed by 的 (`纳入…2026年部门预算编制范围的…`,
//! where 部门预算 qualifies a noun that follows). A unit name is the words on one side of the year
//! (`上海市2026年市级单位预算` names a government and a level, not a unit) and never holds
//! 年 or 预算/决算; a wrong name is worse than none.
//!
//! Scope is 部门 unless the document says 单位. Every department publishes its 部门预算/决算
//! (预算法 art. 14); a unit's own budget is published beside it and always calls itself
//! 单位预算/单位决算. A budget or final account that never says so — a tables-only annex labelled
//! `预算01表`…`预算13表` — is therefore a department's.

use super::title::{self, SENTENCE_MARKS};
use crate::layout::Block;
use crate::normalize::remove_whitespace;
use std::collections::HashMap;
use yusuan_model::concept::strip_numbering;
use yusuan_model::{DocKind, Identity, Scope, TableKind};

/// A heading weighs more than a unit line: there are fewer of them, and they name the document.
const HEADING_WEIGHT: usize = 2;
const UNIT_LINE_WEIGHT: usize = 1;

pub fn find(blocks: &[Block], starts: &[(usize, TableKind)]) -> Identity {
    let mut votes = Votes::default();
    if let Some(h) = cover_title(blocks) {
        votes.heading(h);
    }
    for b in blocks {
        let Some(text) = short_compact_text(b) else { continue };
        if let Some(u) = title::unit_line(&text).and_then(|u| u.unit_name) {
            votes.unit(u, UNIT_LINE_WEIGHT);
        }
        if let Some(h) = heading_identity(&text) {
            votes.heading(h);
        }
    }
    let kind_from_headings = votes.budget + votes.final_account > 0;
    for &(i, _) in starts {
        let title = remove_whitespace(&blocks[i].text()).into_owned();
        if let Some(y) = table_year(&title, &blocks[i + 1..]) {
            votes.year(y);
        }
        if let Some(k) = table_title_kind(&title).filter(|_| !kind_from_headings) {
            votes.kind(k);
        }
    }
    votes.identity(blocks)
}

/// What a heading says of the document.
#[derive(Debug, PartialEq, Eq)]
struct Heading {
    unit: Option<String>,
    year: u16,
    kind: DocKind,
    scope: Scope,
}

#[derive(Default)]
struct Votes {
    units: HashMap<String, usize>,
    years: HashMap<u16, usize>,
    budget: usize,
    final_account: usize,
    department: usize,
    unit_scope: usize,
}

impl Votes {
    fn heading(&mut self, h: Heading) {
        if let Some(u) = h.unit {
            self.unit(u, HEADING_WEIGHT);
        }
        self.year(h.year);
        self.kind(h.kind);
        match h.scope {
            Scope::Department => self.department += 1,
            Scope::Unit => self.unit_scope += 1,
        }
    }

    fn unit(&mut self, name: String, weight: usize) {
        *self.units.entry(name).or_default() += weight;
    }

    fn year(&mut self, year: u16) {
        *self.years.entry(year).or_default() += 1;
    }

    fn kind(&mut self, kind: DocKind) {
        match kind {
            DocKind::Budget => self.budget += 1,
            DocKind::FinalAccount => self.final_account += 1,
        }
    }

    fn identity(self, blocks: &[Block]) -> Identity {
        let unit = majority(self.units);
        let kind = (self.budget + self.final_account > 0)
            .then_some(if self.final_account > self.budget { DocKind::FinalAccount } else { DocKind::Budget });
        // 部门 unless it says 单位: see the module doc.
        let scope = kind.map(|_| if self.unit_scope > self.department { Scope::Unit } else { Scope::Department });
        Identity { unit_code: unit.as_deref().and_then(|u| unit_code(blocks, u)), unit, year: majority(self.years), kind, scope }
    }
}

/// Lines longer than this, without whitespace, are text, not headings or unit lines.
const MAX_HEADING_CHARS: usize = 60;

/// The chars that [`title::unit_line`] (`单`, `名`, `门`) and [`heading_identity`] (`算`) need one of.
const IDENTITY_CHARS: [char; 4] = [title::UNIT_LINE_CHARS[0], title::UNIT_LINE_CHARS[1], title::UNIT_LINE_CHARS[2], '算'];

/// The block's text without whitespace, if it is at most [`MAX_HEADING_CHARS`] chars long and
/// holds one of [`IDENTITY_CHARS`]. Headings are short; a long line is passed over as soon as it
/// is known to be long, and the text is built only for the few lines that hold a needed char.
fn short_compact_text(b: &Block) -> Option<String> {
    let mut chars = 0;
    let mut holds_needed = false;
    for text in b.cells.iter().map(|cell| cell.text.as_str()) {
        if text.is_ascii() {
            // Figures and codes: no needed char is ASCII, and ASCII whitespace is a byte each.
            chars += text.bytes().filter(|b| !matches!(b, b'\t'..=b'\r' | b' ')).count();
        } else {
            for c in text.chars().filter(|c| !c.is_whitespace()) {
                chars += 1;
                if chars > MAX_HEADING_CHARS {
                    return None;
                }
                holds_needed |= IDENTITY_CHARS.contains(&c);
            }
        }
        if chars > MAX_HEADING_CHARS {
            return None;
        }
    }
    holds_needed.then(|| compact_text(b))
}

fn compact_text(b: &Block) -> String {
    let mut out = String::with_capacity(b.cells.iter().map(|cell| cell.text.len()).sum());
    b.cells.iter().for_each(|cell| out.push_str(&remove_whitespace(&cell.text)));
    out
}

fn majority<K: Ord + Clone>(votes: HashMap<K, usize>) -> Option<K> {
    let mut v: Vec<(K, usize)> = votes.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.into_iter().next().map(|(k, _)| k)
}

/// How many lines at the top of the first page a cover title may start on, and run over.
const COVER_STARTS: usize = 4;
const COVER_LINES: usize = 3;

/// The cover title broken over two or three lines (`北京市教育委员会部门` / `2026年度部门预算信息公开`):
/// the first run of lines at the top of the first page that reads as a heading naming a unit.
/// `None` when one of those lines names a unit on its own: it is read as a heading anyway.
fn cover_title(blocks: &[Block]) -> Option<Heading> {
    let page = blocks.first()?.span.page;
    let lines: Vec<String> = blocks
        .iter()
        .take_while(|b| b.span.page == page)
        .take(COVER_STARTS + COVER_LINES - 1)
        .map(compact_text)
        .take_while(|t| t.chars().count() <= MAX_HEADING_CHARS)
        .collect();
    let naming_unit = |text: &str| heading_identity(text).filter(|h| h.unit.is_some());
    if lines.iter().any(|l| naming_unit(l).is_some()) {
        return None;
    }
    (0..lines.len().min(COVER_STARTS))
        .flat_map(|start| (2..=COVER_LINES).map(move |n| start..start + n))
        .filter(|run| run.end <= lines.len())
        .find_map(|run| joined_title(&lines[run]).and_then(|t| naming_unit(&t)))
}

/// Lines joined into one title; `None` where two figures would run together (`附件2` / `2019年…`).
fn joined_title(lines: &[String]) -> Option<String> {
    let figures_meet = lines.windows(2).any(|w| {
        w[0].ends_with(|c: char| c.is_ascii_digit()) && w[1].starts_with(|c: char| c.is_ascii_digit())
    });
    (!figures_meet).then(|| lines.concat())
}

/// `栾川县医疗保障局2020年度部门预算`, `2025年栾川县医疗保障局部门预算情况说明`,
/// `第二部分 洛龙区医疗保障局2021年部门预算表`: unit (if printed), year, kind and scope.
fn heading_identity(text: &str) -> Option<Heading> {
    // 预算 and 决算 both end in 算; most lines have none, and a cheap char search skips them.
    // A standard table's title (`2026年部门一般公共预算基本支出部门预算经济分类预算表`) names no unit.
    if !text.contains('算') || title::table_kind(text).is_some() {
        return None;
    }
    let text = without_label(text);
    if text.contains(SENTENCE_MARKS) {
        return None;
    }
    let (at, end, kind, scope) = kind_word(text)?;
    if text[end..].contains('的') {
        return None;
    }
    let before = &text[..at];
    let year_at = before.find('年')?;
    let digits_start = before[..year_at].rfind(|c: char| !c.is_ascii_digit()).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let year = year_of(&before[digits_start..year_at])?;
    let lead = &before[..digits_start];
    let after_year = before[year_at..].trim_start_matches('年').trim_start_matches('度');
    // The name stands before the year or after it; with words on both sides it is neither.
    let unit = match (lead.is_empty(), after_year.is_empty()) {
        (false, true) => unit_name(lead),
        (true, false) => unit_name(after_year),
        _ => None,
    };
    Some(Heading { unit, year, kind, scope })
}

/// The heading without what labels it: `附件：`, `附件2：`, a part (`第二部分`), a list number (`五、`).
fn without_label(text: &str) -> &str {
    let text = match text.strip_prefix("附件") {
        Some(rest) => rest.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches([':', '：']),
        None => text,
    };
    let text = without_part_number(text);
    strip_numbering(text)
}

/// `第二部分 …` → `…`.
fn without_part_number(text: &str) -> &str {
    match (text.strip_prefix('第'), text.find("部分")) {
        (Some(_), Some(at)) => &text[at + "部分".len()..],
        _ => text,
    }
}

const DEPARTMENT_WORD: &str = "部门";
const UNIT_WORD: &str = "单位";

/// Where the kind word stands (`部门预算`, `单位决算`, `部门综合预算`), its end, and what it says.
fn kind_word(text: &str) -> Option<(usize, usize, DocKind, Scope)> {
    text.match_indices(['预', '决']).find_map(|(i, _)| {
        let kind = match &text[i..] {
            t if t.starts_with("预算") => DocKind::Budget,
            t if t.starts_with("决算") => DocKind::FinalAccount,
            _ => return None,
        };
        let before = text[..i].strip_suffix("综合").unwrap_or(&text[..i]);
        let scope = match before {
            b if b.ends_with(DEPARTMENT_WORD) => Scope::Department,
            b if b.ends_with(UNIT_WORD) => Scope::Unit,
            _ => return None,
        };
        // Both scope words are two chars of three bytes.
        Some((before.len() - DEPARTMENT_WORD.len(), i + "预算".len(), kind, scope))
    })
}

/// The unit a heading names, without the scope word some headings repeat before the year
/// (`北京市信访办公室部门2026年度部门预算`). Not a name: fewer than three chars (`本部门`), or
/// holding 年 or 算 (a date, a budget's own words).
fn unit_name(text: &str) -> Option<String> {
    let name = text.strip_suffix(DEPARTMENT_WORD).or_else(|| text.strip_suffix(UNIT_WORD)).unwrap_or(text);
    (name.chars().count() >= 3 && !name.contains(['年', '算'])).then(|| name.to_string())
}

/// Budget or final account by a table's label (`预算01表收支总表`, `预算表12 …`, `决算03表`) or by
/// the kind word in its title (`2019年部门综合预算收支总表`). A title's other words do not say it:
/// `部门支出预算总表` may be one table copied out of a budget, not a budget.
fn table_title_kind(title: &str) -> Option<DocKind> {
    label_kind(title).or_else(|| kind_word(title).map(|(_, _, kind, _)| kind))
}

/// `预算01表…`, `预算表12…`, `决算03表…`: the kind and number a table is labelled with.
fn label_kind(title: &str) -> Option<DocKind> {
    let (kind, number) = match (title.strip_prefix("预算"), title.strip_prefix("决算")) {
        (Some(rest), _) => (DocKind::Budget, rest),
        (None, Some(rest)) => (DocKind::FinalAccount, rest),
        (None, None) => return None,
    };
    let number = number.strip_prefix('表').unwrap_or(number);
    number.starts_with(|c: char| c.is_ascii_digit()).then_some(kind)
}

/// How many lines under a table's title may date it (`预算13表部门整体支出绩效目标表` / `（2026年度）`).
const DATE_LINES_UNDER_TITLE: usize = 2;

/// The year a table is dated with: leading its title (`2021年部门收支总体情况表`), in brackets at
/// its end (`收支总表（2026年度）`), or on a line of its own under it (`（2026年度）`) — in a
/// tables-only annex, the one date the document prints.
fn table_year(title: &str, under: &[Block]) -> Option<u16> {
    leading_year(title).or_else(|| bracketed_year(title)).or_else(|| under.iter().take(DATE_LINES_UNDER_TITLE).find_map(date_line_year))
}

/// `（2026年度）` alone on a line.
fn date_line_year(b: &Block) -> Option<u16> {
    let mut cells = b.non_empty_cells();
    let (Some(cell), None) = (cells.next(), cells.next()) else { return None };
    let text = remove_whitespace(&cell.text);
    text.starts_with(['（', '(']).then(|| bracketed_year(&text)).flatten()
}

/// `2021年部门收支总体情况表` → 2021.
fn leading_year(title: &str) -> Option<u16> {
    let digits: String = title.chars().take_while(char::is_ascii_digit).collect();
    title[digits.len()..].starts_with('年').then(|| year_of(&digits)).flatten()
}

/// `（2026年度）`, `收支总表(2026年)` → 2026: a year in brackets at the end of the text.
fn bracketed_year(text: &str) -> Option<u16> {
    let inner = text.strip_suffix('）').or_else(|| text.strip_suffix(')'))?;
    let open = inner.rfind(['（', '('])?;
    let inner = &inner[open..];
    let inner = inner.strip_prefix('（').or_else(|| inner.strip_prefix('('))?;
    let digits = inner.strip_suffix("年度").or_else(|| inner.strip_suffix('年'))?;
    year_of(digits)
}

/// The figures of a year of this century's budgets; `None` for any other number.
fn year_of(digits: &str) -> Option<u16> {
    digits.parse().ok().filter(|y| (2000..2100).contains(y))
}

/// The code printed before the unit's own name in a table row (`307 栾川县医疗保障局`).
fn unit_code(blocks: &[Block], unit: &str) -> Option<String> {
    blocks.iter().find_map(|b| {
        let cells = || b.non_empty_cells().map(|c| c.text.as_str());
        cells().zip(cells().skip(1)).find_map(|(code, name)| {
            (name == unit && code.len() >= 3 && code.bytes().all(|c| c.is_ascii_digit())).then(|| code.to_string())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(unit: Option<&str>, year: u16, kind: DocKind, scope: Scope) -> Option<Heading> {
        Some(Heading { unit: unit.map(str::to_string), year, kind, scope })
    }

    fn unit_of(text: &str) -> Option<String> {
        heading_identity(text).and_then(|h| h.unit)
    }

    #[test]
    fn reads_headings() {
        use {DocKind::*, Scope::*};
        assert_eq!(heading_identity("栾川县医疗保障局2020年度部门预算"), heading(Some("栾川县医疗保障局"), 2020, Budget, Department));
        assert_eq!(heading_identity("2025年栾川县医疗保障局部门预算情况说明"), heading(Some("栾川县医疗保障局"), 2025, Budget, Department));
        assert_eq!(heading_identity("上海市普陀区财政局2024年度单位决算"), heading(Some("上海市普陀区财政局"), 2024, FinalAccount, Unit));
        assert_eq!(unit_of("第二部分洛龙区医疗保障局2021年部门预算表").as_deref(), Some("洛龙区医疗保障局"));
        assert_eq!(unit_of("附件2：北京市审计局2026年度部门预算报表").as_deref(), Some("北京市审计局"));
        assert_eq!(heading_identity("五、2022年部门预算收支说明"), heading(None, 2022, Budget, Department));
        assert_eq!(leading_year("2021年部门收支总体情况表"), Some(2021));
    }

    #[test]
    fn reads_a_comprehensive_budget() {
        use {DocKind::*, Scope::*};
        assert_eq!(heading_identity("西安市医疗保障局2022年部门综合预算"), heading(Some("西安市医疗保障局"), 2022, Budget, Department));
        assert_eq!(heading_identity("2019年部门综合预算公开报表"), heading(None, 2019, Budget, Department));
    }

    #[test]
    fn a_scope_word_before_the_year_is_not_part_of_the_name() {
        assert_eq!(unit_of("北京市信访办公室部门2026年度部门预算").as_deref(), Some("北京市信访办公室"));
    }

    #[test]
    fn a_sentence_is_not_a_heading() {
        for sentence in [
            "单价20万元以上的设备0台（套）。2019年部门预算安",
            "入编报减少，转入财政代编；2022年本部门预算支出48054.42万元，其中一般公共预算拨",
            "支出1899.9万元。2022年本部门预算支出较上年增加406.39万元，主要是西安市气象",
            "是2021年专项资金列入部门预算的项目金额比2020年增加。",
            "(1)2022年本部门一般公共预算支出93664.78万元，比2021年增加33030.59万元。按部门预算",
            "纳入烟台市人民政府办公室2026年部门预算编制范围的二级预算单位包",
            "8.2024年部门一般公共预算基本支出部门预算经济分类预算表………………",
        ] {
            assert_eq!(heading_identity(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn a_government_and_its_level_are_not_a_unit() {
        assert_eq!(heading_identity("上海市2026年市级单位预算"), heading(None, 2026, DocKind::Budget, Scope::Unit));
    }

    #[test]
    fn reads_table_titles() {
        assert_eq!(table_title_kind("预算01表收支总表"), Some(DocKind::Budget));
        assert_eq!(table_title_kind("预算表12 项目支出绩效目标表"), Some(DocKind::Budget));
        assert_eq!(table_title_kind("决算03表 支出决算表"), Some(DocKind::FinalAccount));
        assert_eq!(table_title_kind("2019年部门综合预算收支总表"), Some(DocKind::Budget));
        assert_eq!(table_title_kind("2026年部门支出预算总表"), None);
        assert_eq!(table_title_kind("预算执行情况表"), None);
        assert_eq!(bracketed_year("（2026年度）"), Some(2026));
        assert_eq!(bracketed_year("收支总表(2026年)"), Some(2026));
        assert_eq!(bracketed_year("支出功能分类（按大类）"), None);
    }

    #[test]
    fn joins_a_cover_title_but_not_two_figures() {
        let lines = ["2026年烟台市人民政府办公室部".to_string(), "门预算".to_string()];
        assert_eq!(joined_title(&lines).and_then(|t| unit_of(&t)).as_deref(), Some("烟台市人民政府办公室"));
        assert_eq!(joined_title(&["附件2".to_string(), "2019年部门综合预算公开报表".to_string()]), None);
    }
}
