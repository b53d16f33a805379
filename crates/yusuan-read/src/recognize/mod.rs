//! From a [`Layout`] to a [`Document`]: the identity, the narrative's parts and sections, and
//! every standard table, found by title and header rather than by position.

mod blocks;
mod codes;
mod evidence;
mod header;
mod identity;
mod narrative;
mod performance;
mod placement;
mod table;
mod template;
mod title;
mod tokens;
mod words;

pub use table::join_label;
pub use title::table_kind;
pub use tokens::amount;

use crate::diagnostic;
use crate::error::ReadError;
use crate::layout::{Block, Layout, Separation};
use evidence::Evidence;
use yusuan_model::{Document, MoneyUnit, Taxonomy};

/// How many blocks after a title candidate may pass before its unit line or first row.
const TITLE_LOOKAHEAD: usize = 8;

pub fn recognize(layout: &Layout) -> Result<Document, ReadError> {
    let taxonomy = Taxonomy::builtin();
    let blocks = &layout.blocks;
    let starts = table_starts(blocks);
    let ends: Vec<usize> =
        starts.iter().enumerate().map(|(n, &(start, _))| table_end(blocks, start, starts.get(n + 1).map_or(blocks.len(), |&(i, _)| i))).collect();
    let narrative_end = starts.first().map_or(blocks.len(), |&(i, _)| i);
    let mut doc = Document { identity: identity::find(blocks, &starts), ..Document::default() };
    if doc.identity.year.is_none() && doc.identity.kind.is_none() && starts.is_empty() {
        return Err(ReadError::not_disclosure(
            "未找到年度、预算/决算字样或任何标准表格 / found no year, no 预算/决算 and no standard table".into(),
        ));
    }
    narrative::read(&blocks[..narrative_end], &mut doc);
    for (n, &end) in ends.iter().enumerate() {
        let resumes_until = starts.get(n + 1).map_or(blocks.len(), |&(i, _)| i);
        narrative::read_body(&blocks[end..resumes_until], &mut doc);
    }
    let unit_name = doc.identity.unit.clone();
    let mut evidence = Evidence::default();
    evidence.add_facts(&crate::facts::narrative_amounts(&doc));
    for (&(start, kind), &end) in starts.iter().zip(&ends) {
        let input = table::TableInput {
            kind,
            title: wrapped_title(blocks, start).map_or_else(|| blocks[start].text(), |(_, title)| title),
            title_span: blocks[start].span,
            blocks: &blocks[start + 1..end],
        };
        let shared = table::DocumentContext { taxonomy, columns_final: layout.columns_final, unit_name: unit_name.as_deref(), evidence: &evidence };
        let table = table::parse(input, shared, &mut doc.diagnostics);
        evidence.add_table(&table, table.money_unit.unwrap_or(MoneyUnit::WanYuan));
        if table.rows.is_empty() && table.note.is_none() {
            doc.diagnostics.push(diagnostic::empty_table(&table.title, blocks[start].span));
        }
        if table.money_unit.is_none() && !table.rows.is_empty() {
            doc.diagnostics.push(diagnostic::no_money_unit(&table.title, blocks[start].span));
        }
        doc.tables.push(table);
    }
    Ok(doc)
}

/// Where a table's blocks end: where the narrative resumes after it (a part heading, a
/// `…说明` title, 名词解释), or at the next table.
fn table_end(blocks: &[Block], start: usize, next: usize) -> usize {
    (start + 1..next).find(|&i| resumes_narrative(&blocks[i])).unwrap_or(next)
}

fn resumes_narrative(b: &Block) -> bool {
    if b.separation != crate::layout::Separation::Text {
        return false;
    }
    let text = crate::normalize::remove_whitespace(&b.text()).into_owned();
    if text.starts_with('注') || text.starts_with("说明") || text.starts_with("备注") {
        return false;
    }
    // A numbered line alone (`二十九、其他支出`) is also a row of a summary table whose other
    // side is empty; only a part heading or a title of the narrative ends the table.
    let part_heading = narrative::heading(&text).is_some_and(|(level, _, _)| level == 1);
    part_heading || (text.ends_with("说明") && text.chars().count() <= 40) || text == "名词解释"
}

/// A row of cells: explicit columns, or at least three words that do not read as a sentence.
fn looks_like_row(b: &Block) -> bool {
    match b.separation {
        crate::layout::Separation::Columns => true,
        crate::layout::Separation::Words => b.cells.len() >= 3 && !b.text().contains(['，', '。']),
        crate::layout::Separation::Text => false,
    }
}

/// The table a title names, at block `i`: the block alone, or with the next line where the title
/// wraps (`…“三公”经费、` / `会议费、培训费表（不含上年结转）`), and the title as printed.
fn wrapped_title(blocks: &[Block], i: usize) -> Option<(yusuan_model::TableKind, String)> {
    let b = &blocks[i];
    if b.cells.len() > 3 {
        return None;
    }
    if let Some(kind) = title::block_table_kind(b) {
        return Some((kind, b.text()));
    }
    let next = blocks.get(i + 1).filter(|n| n.cells.len() <= 2 && b.separation == Separation::Text && n.separation == Separation::Text)?;
    let text = b.text();
    let cut = text.trim_end().ends_with(['、', '，', '“', '及', '和']) || text.trim_end().chars().next_back().is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let joined = format!("{}{}", text.trim_end(), next.text().trim_start());
    cut.then(|| title::table_kind(&joined).map(|kind| (kind, joined))).flatten().filter(|_| title::block_table_kind(next).is_none())
}

/// A row of a list of tables (`表9 | 部门综合预算政府性基金收支表 | 是 | 不涉及`, `表 10 | 2022年部门
/// 综合预算专项业务经费支出表`: which tables are empty, a 目录 in columns): it names a table in one of
/// its cells, by its label or a title, and confirms no title.
fn names_a_table(b: &Block) -> bool {
    b.cells.iter().any(|c| {
        let t = crate::normalize::remove_whitespace(&c.text);
        let title_like = t.ends_with('表') && t.chars().count() >= 6 && ["预算", "决算", "支出", "收入", "经费"].iter().any(|w| t.contains(w));
        title::table_kind(&t).is_some() || title_like || table::is_table_label(&t)
    })
}

/// Blocks that start a standard table: a title that the next blocks confirm (a unit line or a
/// row of cells follows before any other title). Entries of the 目录 are titles followed by
/// titles, and are not confirmed.
fn table_starts(blocks: &[Block]) -> Vec<(usize, yusuan_model::TableKind)> {
    let kinds: Vec<Option<yusuan_model::TableKind>> = (0..blocks.len()).map(|i| wrapped_title(blocks, i).map(|(kind, _)| kind)).collect();
    (0..blocks.len())
        .filter_map(|i| {
            let kind = kinds[i]?;
            let confirmed = blocks[i + 1..]
                .iter()
                .zip(&kinds[i + 1..])
                .take(TITLE_LOOKAHEAD)
                .take_while(|(_, k)| k.is_none())
                .any(|(b, _)| title::block_unit_line(b).is_some() || (looks_like_row(b) && !names_a_table(b)));
            confirmed.then_some((i, kind))
        })
        .fold(Vec::new(), |mut starts: Vec<(usize, yusuan_model::TableKind)>, (i, kind)| {
            // `财政拨款“三公”经费支出决算表`, its unit line, then a header cell `财政拨款“三公”经费`:
            // a title-like header right under a title of the same kind is the table's header.
            let header_of_previous = starts.last().is_some_and(|&(p, k)| {
                k == kind && blocks[p + 1..i].iter().all(|b| title::block_unit_line(b).is_some())
            });
            let continues_previous = starts.last().is_some_and(|&(p, k)| continues(blocks, (p, k), (i, kind)));
            if !header_of_previous && !continues_previous {
                starts.push((i, kind));
            }
            starts
        })
}

/// Whether the title at `next` prints the table at `previous` again over a page: the same kind
/// and the same title (a `（续）` aside), with no narrative between. Its rows then go on in that
/// table rather than making a second one, whose part sums would not hold. A performance form
/// repeats its title for every project, and each is a table of its own.
fn continues(blocks: &[Block], previous: (usize, yusuan_model::TableKind), next: (usize, yusuan_model::TableKind)) -> bool {
    use yusuan_model::TableKind::{DepartmentPerformance, ProjectPerformance};
    let ((p, kind), (i, next_kind)) = (previous, next);
    let title = |b: &Block| {
        let t = crate::normalize::remove_whitespace(&b.text()).into_owned();
        ["（续）", "(续)", "续表", "（续表）"].iter().fold(t, |t, mark| t.replace(mark, ""))
    };
    kind == next_kind
        && !matches!(kind, DepartmentPerformance | ProjectPerformance)
        && title(&blocks[p]) == title(&blocks[i])
        && !blocks[p + 1..i].iter().any(resumes_narrative)
}
