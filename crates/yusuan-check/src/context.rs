//! A read document as the rules see it: the facts by where they were stated, the source lines,
//! and the places of facts for findings.

use crate::finding::Place;
use yusuan_model::{Decimal, Fact, FactSource, FactValue, Money, Table};
use yusuan_read::Reading;

pub struct Checked<'a> {
    pub reading: &'a Reading,
    lines: Vec<&'a str>,
}

impl<'a> Checked<'a> {
    pub fn new(reading: &'a Reading) -> Checked<'a> {
        Checked { reading, lines: reading.source.lines().collect() }
    }

    /// The source line `n` (1-based).
    pub fn line(&self, n: u32) -> Option<&'a str> {
        self.lines.get((n as usize).checked_sub(1)?).copied()
    }

    /// How many source lines there are.
    pub fn line_count(&self) -> u32 {
        u32::try_from(self.lines.len()).unwrap_or(u32::MAX)
    }

    pub fn tables(&self) -> &'a [Table] {
        &self.reading.document.tables
    }

    pub fn facts(&self) -> &'a [Fact] {
        &self.reading.facts
    }

    /// Facts stated in the narrative, with the paragraph they are in.
    pub fn narrative_facts(&self) -> impl Iterator<Item = (usize, &'a Fact)> {
        self.facts().iter().filter_map(|f| match f.source {
            FactSource::Text { paragraph, .. } => Some((paragraph, f)),
            _ => None,
        })
    }

    /// Facts of the cells of table `index`.
    pub fn table_facts(&self, index: usize) -> impl Iterator<Item = &'a Fact> {
        self.facts().iter().filter(move |f| matches!(f.source, FactSource::Table { table, .. } if table == index))
    }

    /// The year a narrative sentence speaks of when it names one before the figure (`2020年，我部门
    /// 对17个项目进行了…`): figures about another year are not this document's.
    pub fn sentence_year(&self, fact: &Fact) -> Option<u16> {
        let FactSource::Text { paragraph, at } = fact.source else { return None };
        let chars: Vec<char> = self.reading.document.paragraphs.get(paragraph)?.text.chars().collect();
        let start = chars[..at.min(chars.len())].iter().rposition(|c| *c == '。').map_or(0, |p| p + 1);
        let sentence: String = chars[start..at.min(chars.len())].iter().collect();
        let at_year = sentence.find('年')?;
        let digits: String = sentence[..at_year].chars().rev().take_while(char::is_ascii_digit).collect::<Vec<_>>().into_iter().rev().collect();
        digits.parse().ok().filter(|y| (2000..2100).contains(y))
    }

    /// The amount of every project the tables list, by name: from the 项目支出表, else the
    /// project performance tables, else the tasks of the department's performance table.
    pub fn project_amounts(&self) -> Vec<(&'a str, &'a Fact)> {
        use yusuan_model::TableKind::*;
        for kinds in [&[ProjectExpense][..], &[ProjectPerformance], &[DepartmentPerformance]] {
            let found: Vec<(&str, &Fact)> = self
                .facts()
                .iter()
                .filter(|f| f.concept == "project.amount" && f.dims.len() == 1)
                .filter(|f| matches!(f.source, FactSource::Table { table, .. } if kinds.contains(&self.tables()[table].kind)))
                .filter_map(|f| Some((f.dims.get("project")?.as_str(), f)))
                .collect();
            if !found.is_empty() {
                return found;
            }
        }
        Vec::new()
    }

    /// The first line of `table` that shows `text` (its title, a header name), else its first line.
    pub fn table_line_with(&self, table: &Table, text: &str) -> u32 {
        (table.first_line..=table.last_line).find(|&n| self.line(n).is_some_and(|l| l.contains(text))).unwrap_or(table.first_line)
    }

    /// Where a fact was stated, for a finding: its line, the figure to point at, and what it is.
    pub fn place(&self, fact: &Fact) -> Place {
        let (label, label_en) = match fact.source {
            FactSource::Table { table, .. } | FactSource::Indicator { table, .. } => {
                let t = &self.tables()[table];
                (format!("表“{}”", t.title), format!("table {:?}", t.title))
            }
            FactSource::Text { .. } => ("情况说明".to_string(), "narrative".to_string()),
        };
        let needle = self.line(fact.span.line).and_then(|line| written_forms(fact).into_iter().find(|w| contains_number(line, w)));
        Place { span: fact.span, needle, label, label_en }
    }
}

/// Where a narrative fact stands: its paragraph and char offset; table facts sort after all text.
pub fn text_position(f: &Fact) -> (usize, usize) {
    match f.source {
        FactSource::Text { paragraph, at } => (paragraph, at),
        _ => (usize::MAX, 0),
    }
}

/// Whether `line` holds `number` as a whole number (not inside a longer one).
fn contains_number(line: &str, number: &str) -> bool {
    line.match_indices(number).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + number.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit() || c == '.') && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

/// How a fact's figure may be written: in 万元 or in 元 at its precision, or as a percentage.
pub fn written_forms(fact: &Fact) -> Vec<String> {
    match &fact.value {
        FactValue::Money(m) => [4, 0].iter().filter_map(|&unit| written_in(*m, unit)).collect(),
        FactValue::Percent(d) => vec![d.to_string()],
        FactValue::Count(n) => vec![n.to_string()],
        FactValue::Quantity { value, .. } => vec![value.to_string()],
    }
}

/// Money written in a unit of 10^unit 元 with the digits its precision says.
fn written_in(m: Money, unit: i32) -> Option<String> {
    let scale = m.decimals + unit;
    if !(0..=6).contains(&scale) {
        return None;
    }
    // fen → units of 10^-scale in the written unit: fen × 10^(scale - unit - 2).
    let shift = scale - unit - 2;
    let mantissa = if shift >= 0 { m.fen.checked_mul(10i64.checked_pow(shift as u32)?)? } else { m.fen / 10i64.pow((-shift) as u32) };
    Some(Decimal { mantissa, scale: scale as u8 }.to_string())
}

/// A money amount in 万元 with two decimals and thousands separators, as the documents print it
/// (`1,182.39 万元`).
pub fn wan_yuan(fen: i128) -> String {
    // 0.01 万元 is 10,000 分.
    let hundredths = (fen.abs() + 5_000) / 10_000;
    let sign = if fen < 0 && hundredths > 0 { "-" } else { "" };
    format!("{sign}{}.{:02} 万元", thousands(hundredths / 100), hundredths % 100)
}

/// A whole number with thousands separators (`13,459`).
pub fn thousands(n: i128) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_written_as_the_documents_do() {
        assert_eq!(wan_yuan(1_182_390_000), "1,182.39 万元");
        assert_eq!(wan_yuan(-274_100_000), "-274.10 万元");
        assert_eq!(wan_yuan(12_345_678_900_000), "12,345,678.90 万元");
        let m = Money::from_written(Decimal::parse("1.5000").unwrap(), 4).unwrap();
        assert_eq!(written_in(m, 4).as_deref(), Some("1.5000"));
        assert!(contains_number("支出预算为 1.00万元", "1.00"));
        assert!(!contains_number("支出预算为 11.00万元", "1.00"));
    }
}
