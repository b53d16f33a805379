//! The narrative's list of spending by function class or item
//! (`26.“城乡社区支出（类）城乡社区管理事务（款）城管执法（项）”604.34万元，主要用于…。…比2023年预算执行数
//! 减少10.69%。主要原因是：…经费减少。`): for each entry, the name it is printed under, the way its
//! amount went, and what it says the money is for and why it changed. NR111 and NR112 compare
//! them.

use crate::context::{text_position, Checked};
use yusuan_model::{Fact, FactValue, Paragraph};

/// One entry of the list.
pub struct Entry<'a> {
    /// The heading as printed, without numbering, quotes and the `（类）（05款）` marks:
    /// `城乡社区支出城乡社区管理事务城管执法`.
    pub heading: String,
    /// The names the entry goes by: its 项 alone and after its 款 (`城管执法`,
    /// `城乡社区管理事务城管执法`), or its 款 or 类 when it is one.
    pub names: Vec<String>,
    /// The entry's amount.
    pub amount: &'a Fact,
    /// How the amount went against the year before, from the entry's figures.
    pub direction: Option<Direction>,
    /// `主要用于X` and `主要原因是：X` of the entry.
    pub clauses: Vec<Clause<'a>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Flat,
}

impl Direction {
    pub fn zh(self) -> &'static str {
        match self {
            Direction::Up => "增加",
            Direction::Down => "减少",
            Direction::Flat => "持平",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Direction::Up => "rose",
            Direction::Down => "fell",
            Direction::Flat => "stayed level",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseKind {
    /// `主要用于X`.
    Purpose,
    /// `主要原因是：X`.
    Reason,
}

/// A clause of an entry and the subject it names: `城乡社区管理事务一般行政管理事务经费减少` names
/// `城乡社区管理事务一般行政管理事务`, going down.
pub struct Clause<'a> {
    pub kind: ClauseKind,
    pub text: String,
    /// What the clause names, without `经费`, `支出`'s amount words and the direction.
    pub subject: String,
    pub direction: Option<Direction>,
    pub paragraph: &'a Paragraph,
    /// The char of the paragraph where the clause's text starts.
    pub at: usize,
}

impl Clause<'_> {
    /// The char of the paragraph where the clause's last `n` chars start (its direction word).
    pub fn end_at(&self, n: usize) -> usize {
        self.at + self.text.chars().count().saturating_sub(n)
    }
}

const UP: [&str; 5] = ["增加", "增长", "提高", "上升", "增多"];
const DOWN: [&str; 4] = ["减少", "下降", "降低", "减小"];
const FLAT: [&str; 3] = ["保持不变", "不变", "持平"];

/// The entries of the narrative, in reading order: each narrative amount of a function class or
/// item (`expense.current_year` with a function code) that starts one, up to the next.
pub fn entries<'a>(doc: &Checked<'a>) -> Vec<Entry<'a>> {
    let paragraphs = &doc.reading.document.paragraphs;
    let facts: Vec<&Fact> = doc.narrative_facts().map(|(_, f)| f).collect();
    let starts: Vec<&Fact> = facts
        .iter()
        .copied()
        .filter(|f| f.concept == "expense.current_year" && f.dims.len() == 1 && f.dims.contains_key("function"))
        .fold(Vec::new(), |mut starts: Vec<&Fact>, f| {
            // The entry's amount stated again (`2024年预算安排25.77万元`) starts no new entry.
            if starts.last().is_none_or(|last| last.dims != f.dims) {
                starts.push(f);
            }
            starts
        });
    let mut entries = Vec::new();
    for (k, start) in starts.iter().enumerate() {
        let from = text_position(start);
        let to = starts.get(k + 1).map_or((paragraphs.len(), 0), |next| heading_start(paragraphs, next));
        let Some(printed) = paragraphs.get(from.0).map(|p| heading_before(p, from.1)) else { continue };
        let (heading, names) = (as_name(&printed), names_of(&printed));
        let own = |f: &&Fact| f.dims == start.dims && (from..to).contains(&text_position(f));
        let direction = direction_of(facts.iter().copied().filter(own));
        let clauses = (from.0..=to.0.min(paragraphs.len() - 1))
            .flat_map(|p| {
                let chars: Vec<char> = paragraphs[p].text.chars().collect();
                let begin = if p == from.0 { from.1 } else { 0 };
                let end = if p == to.0 { to.1 } else { chars.len() };
                clauses_in(&paragraphs[p], &chars, begin, end)
            })
            .collect();
        entries.push(Entry { heading, names, amount: start, direction, clauses });
    }
    entries
}

/// Where the heading of the entry whose amount is `fact` begins: after the sentence before it.
fn heading_start(paragraphs: &[Paragraph], fact: &Fact) -> (usize, usize) {
    let (p, at) = text_position(fact);
    let Some(para) = paragraphs.get(p) else { return (p, at) };
    let chars: Vec<char> = para.text.chars().take(at).collect();
    (p, chars.iter().rposition(|&c| c == '。').map_or(0, |i| i + 1))
}

/// The entry's heading as printed: the text before its amount back to the sentence before.
fn heading_before(para: &Paragraph, at: usize) -> String {
    let before: Vec<char> = para.text.chars().take(at).collect();
    let start = before.iter().rposition(|&c| c == '。').map_or(0, |i| i + 1);
    before[start..].iter().collect()
}

/// The names of a heading's levels, each before its mark: `（类）`, `（05款）`, `（05项）`.
fn level_names(printed: &str) -> Vec<(char, String)> {
    let mut names = Vec::new();
    let mut name = String::new();
    let mut chars = printed.chars();
    while let Some(c) = chars.next() {
        if c != '（' {
            name.push(c);
            continue;
        }
        let inner: String = chars.clone().take_while(|&c| c != '）').collect();
        match inner.chars().next_back().filter(|_| level_mark(&inner)) {
            Some(level) => {
                names.push((level, as_name(&std::mem::take(&mut name))));
                chars.nth(inner.chars().count());
            }
            None => name.push(c),
        }
    }
    names
}

/// `类`, `208类`, `05款`, `05项`.
fn level_mark(inner: &str) -> bool {
    inner.ends_with(['类', '款', '项']) && inner.chars().count() <= 5 && inner.chars().rev().skip(1).all(|c| c.is_ascii_digit())
}

/// See [`Entry::names`].
fn names_of(printed: &str) -> Vec<String> {
    let levels = level_names(printed);
    let of = |l: char| levels.iter().find(|(level, _)| *level == l).map(|(_, n)| n.clone());
    match (of('款'), of('项')) {
        (Some(kuan), Some(xiang)) => vec![format!("{kuan}{xiang}"), xiang],
        (kuan, None) => kuan.or_else(|| of('类')).into_iter().collect(),
        (None, Some(xiang)) => vec![xiang],
    }
}

/// A heading or subject as a bare name: no numbering (`26.`, `8、`), quotes, spaces or level
/// marks (`（类）`, `（208类）`, `（05款）`).
fn as_name(text: &str) -> String {
    let t = text.trim_start_matches(|c: char| c.is_ascii_digit() || "．.、 ".contains(c));
    let mut name = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '（' || c == '(' {
            let mark: String = chars.clone().take_while(|&c| c != '）' && c != ')').collect();
            if level_mark(&mark) {
                chars.nth(mark.chars().count());
                continue;
            }
        }
        if !matches!(c, '“' | '”' | '"' | ' ' | '\u{3000}') {
            name.push(c);
        }
    }
    name
}

/// Which way the entry's amount went: the sign of its stated rate or change, else its amount
/// against the year before's.
fn direction_of<'a>(facts: impl Iterator<Item = &'a Fact> + Clone) -> Option<Direction> {
    let money = |f: &Fact| match f.value {
        FactValue::Money(m) => Some(i128::from(m.fen)),
        _ => None,
    };
    let signed = facts.clone().find_map(|f| match (&f.value, f.concept.as_str()) {
        (FactValue::Percent(d), c) if c.ends_with(".change_rate") => Some(i128::from(d.mantissa)),
        (_, c) if c.ends_with(".change") => money(f),
        _ => None,
    });
    let signed = signed.or_else(|| {
        let previous = facts.clone().find(|f| f.concept.ends_with(".previous")).and_then(money)?;
        let current = facts.clone().find(|f| f.concept == "expense.current_year").and_then(money)?;
        Some(current - previous)
    })?;
    Some(match signed.signum() {
        1 => Direction::Up,
        -1 => Direction::Down,
        _ => Direction::Flat,
    })
}

/// The `主要用于` and `主要原因` clauses between chars `begin` and `end` of a paragraph.
fn clauses_in<'a>(para: &'a Paragraph, chars: &[char], begin: usize, end: usize) -> Vec<Clause<'a>> {
    let (begin, end) = (begin.min(chars.len()), end.min(chars.len()));
    let mut clauses = Vec::new();
    if begin >= end {
        return clauses;
    }
    let text: String = chars[begin..end].iter().collect();
    for (kind, opener) in [(ClauseKind::Purpose, "主要用于"), (ClauseKind::Reason, "主要原因")] {
        for (byte, _) in text.match_indices(opener) {
            let rest = &text[byte + opener.len()..];
            let rest = rest.trim_start_matches(['是', '为', '：', ':']);
            let skipped = text[byte..].chars().count() - rest.chars().count();
            let clause: String = rest.chars().take_while(|&c| !matches!(c, '。' | '；' | ';')).collect();
            if clause.is_empty() {
                continue;
            }
            let at = begin + text[..byte].chars().count() + skipped;
            let (subject, direction) = subject_and_direction(&clause);
            clauses.push(Clause { kind, text: clause, subject, direction, paragraph: para, at });
        }
    }
    clauses
}

/// `城乡社区管理事务一般行政管理事务经费减少` → (`城乡社区管理事务一般行政管理事务`, down).
fn subject_and_direction(clause: &str) -> (String, Option<Direction>) {
    let words = [(Direction::Flat, &FLAT[..]), (Direction::Up, &UP[..]), (Direction::Down, &DOWN[..])];
    let found = words.iter().find_map(|(d, ws)| ws.iter().find_map(|w| clause.strip_suffix(w)).map(|s| (s, *d)));
    let (subject, direction) = match found {
        Some((s, d)) => (s, Some(d)),
        None => (clause, None),
    };
    let subject = subject.trim_end_matches("保持").trim_end_matches(['有', '所']);
    let subject = ["经费", "资金", "费用"].iter().find_map(|w| subject.strip_suffix(w)).unwrap_or(subject);
    (as_name(subject), direction)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_as_names() {
        assert_eq!(as_name("26.“城乡社区支出（类）城乡社区管理事务（款）城管执法（项）”"), "城乡社区支出城乡社区管理事务城管执法");
        assert_eq!(as_name("8、社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位基本养老保险缴费支出（05项）"), "社会保障和就业支出行政事业单位养老支出机关事业单位基本养老保险缴费支出");
        assert_eq!(as_name("因公出国（境）费"), "因公出国（境）费");
    }

    #[test]
    fn names_of_a_heading() {
        assert_eq!(names_of("26.“城乡社区支出（类）城乡社区管理事务（款）城管执法（项）”"), ["城乡社区管理事务城管执法", "城管执法"]);
        assert_eq!(names_of("8、社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位基本养老保险缴费支出（05项）"), ["行政事业单位养老支出机关事业单位基本养老保险缴费支出", "机关事业单位基本养老保险缴费支出"]);
        assert_eq!(names_of("2．社会保障和就业（类）支出"), ["社会保障和就业"]);
        assert!(names_of("因公出国（境）费").is_empty());
    }

    #[test]
    fn subjects_and_directions() {
        let (s, d) = subject_and_direction("城乡社区管理事务一般行政管理事务经费减少");
        assert_eq!((s.as_str(), d), ("城乡社区管理事务一般行政管理事务", Some(Direction::Down)));
        let (s, d) = subject_and_direction("科普活动经费保持不变");
        assert_eq!((s.as_str(), d), ("科普活动", Some(Direction::Flat)));
        assert_eq!(subject_and_direction("项目调整").1, None);
    }
}
