//! Facts stated in the narrative: `基本支出 194.97万元`, `占70.30%`, `减少27.41万元，下降8.99%`,
//! `共有车辆1辆`, `共4个项目`. The subject of a figure is the concept named just before it in its
//! clause (or right after a count: `4个项目`); shares and changes without one refer to the last
//! subject of the paragraph.

use crate::diagnostic;
use std::collections::HashMap;
use yusuan_model::concept::normalize_label;
use yusuan_model::{ConceptKind, Decimal, Dims, DocKind, Document, Fact, FactSource, FactValue, Money, ReadDiagnostic, Span, Taxonomy};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Unit {
    Yuan,
    WanYuan,
    Percent,
    Count,
    /// `比上年持平`: no figure, a change of nothing.
    Level,
}

/// What a figure says about its subject.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Amount,
    Share,
    Change { negative: bool },
    /// The amount of the year compared with (`2025年当年预算执行数为1690.69万元`).
    Previous,
    /// A final account's budgeted amount (`年初预算为1560.05万元`).
    Budgeted,
    /// A final account's actual as a share of the budgeted amount (`完成年初预算的98.20%`).
    Completion,
}

/// Clause endings that state the amount of the year compared with.
const PREVIOUS_WORDS: [&str; 4] = ["预算执行数为", "执行数为", "上年预算数为", "上年预算为"];

/// Clause endings of a final account's budgeted amount and of its completion rate.
const BUDGETED_WORDS: [&str; 2] = ["年初预算数为", "年初预算为"];
const COMPLETION_WORDS: [&str; 3] = ["完成年初预算的", "完成预算的", "完成年初预算"];

const CHANGE_WORDS: [(&str, bool); 15] = [
    ("增加（减少）", false),
    ("减少（增加）", true),
    ("增长（下降）", false),
    ("下降（增长）", true),
    ("增加了", false),
    ("减少了", true),
    ("增长了", false),
    ("下降了", true),
    ("增幅", false),
    ("降幅", true),
    ("增加", false),
    ("增长", false),
    ("减少", true),
    ("下降", true),
    ("降低", true),
];

/// Words between a subject and its figure: `年初预算为`, `共有`, `各`, `支出` (`“三公”经费支出预算为`).
const FILLERS: [&str; 22] = [
    "年初预算为", "预算安排", "预算为", "预算数为", "共有", "共计", "合计", "总额为", "安排", "为", "是", "各", "共", "约", "达",
    "支出预算", "支出", "预算数", "预算", "支出决算为", "决算为", "决算",
];

/// A subject: concept id and dimensions (a function class or item named in the text).
#[derive(Clone, Debug)]
struct Subject {
    concept: &'static str,
    dims: Dims,
}

pub fn extract(doc: &Document, taxonomy: &Taxonomy, facts: &mut Vec<Fact>, diags: &mut Vec<ReadDiagnostic>) {
    let items = function_items(doc);
    let names = function_names(taxonomy, &items);
    let rows = function_rows(doc);
    let final_account = doc.identity.kind == Some(DocKind::FinalAccount);
    // An item heading that the converter left as a paragraph of its own (`…行政运行（项）。主要用于：`
    // ends a line) names the subject of the next paragraph.
    let mut carried: Option<Subject> = None;
    let mut item_before: Option<Subject> = None;
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let chars = chars_of(&para.text, doc.identity.unit.as_deref());
        // `1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：…` names the item that
        // the paragraph's figures are about.
        let heading = para.text.split('。').next().unwrap_or("");
        let item = printed_function_code(heading).or_else(|| printed_function_number(heading, taxonomy)).or_else(|| printed_function_path(heading, taxonomy, &rows)).map(function_subject);
        if item.is_some() && figures(&chars).next().is_none() {
            carried = item;
            continue;
        }
        // An item's sentences that the author began on a line of their own (`2023年当年预算执行数为
        // 20.30万元，…` after `12.“…行政单位离退休（项）”24.31万元，主要用于行政单位离退休。`) go on
        // with that item.
        // `商品和服务支出（302）4464.76万元，其中：公用经费621.37万元…`: a paragraph about one
        // economic class; its 公用经费, 人员经费 and 专项 figures are that class's parts, not the
        // department's, and the model has no fact of them.
        if opens_with_economic_class(&chars) {
            for Figure { at, after_unit, .. } in figures(&chars) {
                diags.push(diagnostic::unknown_subject(&chars[at..after_unit].iter().collect::<String>(), Span::line(para.line_at(at))));
            }
            continue;
        }
        let goes_on = item.is_none() && opens_with_previous_year(&chars, final_account);
        let before = std::mem::replace(&mut item_before, item.clone());
        let mut last_subject: Option<Subject> = item.or(carried.take()).or(before.filter(|_| goes_on));
        let mut appropriations = false;
        let mut sentence = Sentence::default();
        let mut breakdown: Option<Breakdown> = None;
        let mut named_at: Vec<(usize, Subject)> = Vec::new();
        let spending_part_from = spending_part_heading(&chars);
        for Figure { at, after_unit, number, unit } in figures(&chars) {
            let clause = clause_before(&chars, at);
            let (role, subject_text) = role_of(&clause, final_account);
            let span = Span::line(para.line_at(at));
            let fund_part = fund_part(subject_text, last_subject.as_ref(), taxonomy, &names, &rows);
            if let Some(Some(part)) = &fund_part {
                breakdown = Breakdown::after(&chars, after_unit, part);
            }
            let subject = match (unit, fund_part) {
                (Unit::Count, _) => count_subject(&chars[after_unit..], taxonomy).or_else(|| subject_of(subject_text, taxonomy, &names, &rows)),
                // What is level is what the sentence is about.
                (Unit::Level, _) => None,
                (_, Some(part)) => part,
                _ => subject_of(subject_text, taxonomy, &names, &rows).map(|s| match breakdown.as_ref().filter(|b| at < b.end) {
                    Some(b) => b.apply(s),
                    None => s,
                }),
            };
            let role = if unit == Unit::Level { Role::Change { negative: false } } else { role };
            // Another body's figure (`…研究院预算减少2.44万元`) is neither a subject of its own nor
            // the sentence's, and the sum of a list of things (`会议费、培训费预算支出共…`) no one
            // thing's: the model has no fact of either.
            if names_another_body(&normalize_label(subject_text), doc.identity.unit.as_deref()) || joined_to_previous(&chars, at) {
                diags.push(diagnostic::unknown_subject(&chars[at..after_unit].iter().collect::<String>(), span));
                continue;
            }
            let named = subject.is_some();
            let subject = match (role, subject) {
                (_, Some(s)) => Some(s),
                (Role::Amount, None) if !restates_subject(subject_text) => None,
                // A change after a `其中` list is its head's, or unknown when the head is.
                (_, None) => match list_head_before(&chars, at) {
                    Some(head) => {
                        let head = named_at.iter().rfind(|(end, _)| *end == head).map(|(_, s)| s.clone());
                        last_subject = head.clone();
                        head
                    }
                    None => last_subject.clone(),
                },
            };
            let refined = subject.and_then(|s| sentence.refine(s, unit, &chars, at, &clause));
            // A count of 项目 in other words than the budget's counts something else: neither it nor
            // the money of what it counts is a fact (the count is unknown to the sentence).
            let refined = refined.filter(|s| unit != Unit::Count || s.concept != "projects" || counts_budget_projects(subject_text));
            let Some(subject) = refined else {
                if unit == Unit::Count {
                    sentence.count_unknown(&chars, at);
                }
                diags.push(diagnostic::unknown_subject(&chars[at..after_unit].iter().collect::<String>(), span));
                continue;
            };
            // `机关运行经费预算总计82万元，其中：…公务接待费2万元`: the items of the 机关运行经费 are
            // its parts, not the department's 三公 or other totals.
            let part_of_item = subject.dims.contains_key("function") && spending_part_from.is_some_and(|from| from <= at);
            if part_of_item || (!subject.concept.starts_with("admin_operation") && within_admin_operation(&chars, at)) {
                diags.push(diagnostic::unknown_subject(&chars[at..after_unit].iter().collect::<String>(), span));
                continue;
            }
            // `本部门财政拨款收入预算总计181807.13万元，…。支出预算总计181807.13万元`: a paragraph that
            // opens on the appropriations' totals speaks of them in its other totals too.
            let mut subject = subject;
            appropriations |= subject.concept == "income.fiscal_appropriation" || subject.dims.get("fund").is_some_and(|f| f == "fiscal_appropriation");
            if appropriations && matches!(subject.concept, "income.total" | "expense.total") && !subject.dims.contains_key("fund") {
                subject.dims.insert("fund", "fiscal_appropriation".to_string());
            }
            if named && unit != Unit::Count {
                last_subject = Some(subject.clone());
                named_at.push((after_unit, subject.clone()));
            }
            let source = FactSource::Text { paragraph: p, at };
            facts.extend(make_fact(&subject, role, unit, number, source.clone(), span, taxonomy));
            // `收支总计各减少27.41万元`: the same change for both sides.
            let other_side = match subject.concept {
                "income.total" => Some("expense.total"),
                "expense.total" => Some("income.total"),
                _ => None,
            };
            if let Some(other) = other_side.filter(|_| names_both_sides(&chars[..at])) {
                let other = Subject { concept: other, dims: subject.dims.clone() };
                facts.extend(make_fact(&other, role, unit, number, source, span, taxonomy));
            }
        }
    }
}

/// The facts of the amounts the narrative states (`公务接待费1.00万元`), as [`extract`] makes
/// them, without shares, changes and counts. An amount is named in its own clause, so it needs
/// none of the figures before it; this reads the narrative in a fraction of the time.
pub fn amounts(doc: &Document, taxonomy: &Taxonomy) -> Vec<Fact> {
    let final_account = doc.identity.kind == Some(DocKind::FinalAccount);
    let items = function_items(doc);
    let names = function_names(taxonomy, &items);
    let rows = function_rows(doc);
    let mut facts = Vec::new();
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let chars = chars_of(&para.text, doc.identity.unit.as_deref());
        for Figure { at, number, unit, .. } in figures(&chars).filter(|f| matches!(f.unit, Unit::Yuan | Unit::WanYuan)) {
            let clause = clause_before(&chars, at);
            let (Role::Amount, subject_text) = role_of(&clause, final_account) else { continue };
            if names_another_body(&normalize_label(subject_text), doc.identity.unit.as_deref()) {
                continue;
            }
            let Some(subject) = subject_of(subject_text, taxonomy, &names, &rows) else { continue };
            let span = Span::line(para.line_at(at));
            facts.extend(make_fact(&subject, Role::Amount, unit, number, FactSource::Text { paragraph: p, at }, span, taxonomy));
        }
    }
    facts
}

/// A paragraph's chars, with the document's own unit name blanked (ideographic spaces, which the
/// subjects' normalizing drops): `上海市…技术中心2026年收入预算` is the document's own figure, while
/// another body's name before a figure makes it that body's ([`names_another_body`]).
fn chars_of(text: &str, unit: Option<&str>) -> Vec<char> {
    let mut chars: Vec<char> = text.chars().collect();
    let Some(name) = unit.map(|u| u.split(['（', '(']).next().unwrap_or(u)).filter(|u| u.chars().count() >= 2) else { return chars };
    let name: Vec<char> = name.chars().collect();
    let mut i = 0;
    while i + name.len() <= chars.len() {
        if chars[i..i + name.len()] == name[..] {
            chars[i..i + name.len()].iter_mut().for_each(|c| *c = '\u{3000}');
            i += name.len();
        } else {
            i += 1;
        }
    }
    chars
}

/// A number in the narrative followed by its unit.
struct Figure {
    /// Where the number starts, in chars.
    at: usize,
    /// Where its unit ends.
    after_unit: usize,
    number: Decimal,
    unit: Unit,
}

/// The figures of a paragraph in order, leaving out years and thresholds.
fn figures(chars: &[char]) -> impl Iterator<Item = Figure> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < chars.len() {
            if is_level_at(chars, i) {
                i += 2;
                return Some(Figure { at: i - 2, after_unit: i, number: Decimal { mantissa: 0, scale: 2 }, unit: Unit::Level });
            }
            let Some((number, end)) = number_at(chars, i) else {
                i += 1;
                continue;
            };
            let Some((unit, after_unit)) = unit_after(chars, end) else {
                i = end;
                continue;
            };
            let at = i;
            i = after_unit;
            if !is_year_or_threshold(chars, at, after_unit) {
                return Some(Figure { at, after_unit, number, unit });
            }
        }
        None
    })
}

/// Whether a paragraph's first figure is the year before's amount with nothing named but the year
/// (`2023年当年预算执行数为20.30万元`).
fn opens_with_previous_year(chars: &[char], final_account: bool) -> bool {
    let Some(first) = figures(chars).next() else { return false };
    let clause = clause_before(chars, first.at);
    let (role, subject) = role_of(&clause, final_account);
    let bare = subject.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches('年');
    role == Role::Previous && bare.len() < subject.len() && matches!(bare, "" | "当年" | "度" | "度当年")
}

/// `持平` at `i` after a comparison in its clause (`比2023年预算执行数持平`, `与上年持平`), or
/// `一致` after one with a year (`与上年预算数一致`): the amount did not change. Not `基本持平`
/// (about level) nor `保持平稳`.
fn is_level_at(chars: &[char], i: usize) -> bool {
    let word = chars.get(i..i + 2);
    let level = word == Some(&['持', '平'][..]) && !chars.get(i + 2).is_some_and(|&c| c == '稳' || c == '衡');
    let same = word == Some(&['一', '致'][..]);
    if !level && !same {
        return false;
    }
    let clause = clause_before(chars, i);
    let roughly = ["基本", "大致", "略", "总体", "保", "大体"].iter().any(|w| clause.ends_with(w));
    let compared = clause.starts_with('比') || clause.starts_with('与') || clause.starts_with("同比") || clause.starts_with("较");
    !roughly && compared && (level || clause.contains('年'))
}

fn make_fact(
    subject: &Subject,
    role: Role,
    unit: Unit,
    number: Decimal,
    source: FactSource,
    span: Span,
    taxonomy: &Taxonomy,
) -> Option<Fact> {
    let signed = |d: Decimal, negative: bool| Decimal { mantissa: if negative { -d.mantissa } else { d.mantissa }, ..d };
    let is_count = taxonomy.get(subject.concept).is_some_and(|c| c.kind == ConceptKind::Count);
    let (concept, value) = match (role, unit) {
        (Role::Amount, Unit::Count) if is_count => (subject.concept.to_string(), FactValue::Count(Some(number.mantissa).filter(|_| number.scale == 0)?)),
        (_, Unit::Count) => return None,
        (Role::Amount, Unit::Yuan | Unit::WanYuan) if !is_count => (subject.concept.to_string(), FactValue::Money(money(number, unit)?)),
        (Role::Share, Unit::Percent) => (format!("{}.share", subject.concept), FactValue::Percent(number)),
        (Role::Change { negative }, Unit::Yuan | Unit::WanYuan) => {
            (format!("{}.change", subject.concept), FactValue::Money(money(signed(number, negative), unit)?))
        }
        (Role::Change { negative }, Unit::Percent) => (format!("{}.change_rate", subject.concept), FactValue::Percent(signed(number, negative))),
        (_, Unit::Level) => (format!("{}.change", subject.concept), FactValue::Money(money(number, Unit::WanYuan)?)),
        (Role::Previous, Unit::Yuan | Unit::WanYuan) => (format!("{}.previous", subject.concept), FactValue::Money(money(number, unit)?)),
        (Role::Budgeted, Unit::Yuan | Unit::WanYuan) => (format!("{}.budgeted", subject.concept), FactValue::Money(money(number, unit)?)),
        (Role::Completion, Unit::Percent) => (format!("{}.completion", subject.concept), FactValue::Percent(number)),
        _ => return None,
    };
    Some(Fact { concept, dims: subject.dims.clone(), value, source, span })
}

fn money(number: Decimal, unit: Unit) -> Option<Money> {
    Money::from_written(number, if unit == Unit::WanYuan { 4 } else { 0 })
}

/// A number starting at `i` (not inside a longer number): digits with `,` and `.`.
fn number_at(chars: &[char], i: usize) -> Option<(Decimal, usize)> {
    if !chars[i].is_ascii_digit() || (i > 0 && (chars[i - 1].is_ascii_digit() || chars[i - 1] == '.')) {
        return None;
    }
    if let Some(spaced) = letter_spaced_number(chars, i) {
        return Some(spaced);
    }
    let mut end = i;
    while end < chars.len() && (chars[end].is_ascii_digit() || ((chars[end] == ',' || chars[end] == '.') && chars.get(end + 1).is_some_and(char::is_ascii_digit))) {
        end += 1;
    }
    let text: String = chars[i..end].iter().collect();
    Decimal::parse(&text).or_else(|| Decimal::parse(&text.replace(',', ""))).map(|d| (d, end))
}

/// A number printed with a space after each of its characters (a line justified by letter
/// spacing, Chongqing: `1 4 , 7 7 0. 6 2 万元`): its digits read together. Two spaced digits at least,
/// each space alone between two characters of the number.
fn letter_spaced_number(chars: &[char], i: usize) -> Option<(Decimal, usize)> {
    let in_number = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    let mut end = i;
    let mut spaces = 0;
    while end < chars.len() {
        if in_number(chars[end]) {
            end += 1;
        } else if chars[end] == ' ' && chars.get(end + 1).is_some_and(|c| in_number(*c)) && in_number(chars[end - 1]) {
            spaces += 1;
            end += 1;
        } else {
            break;
        }
    }
    let digits = chars[i..end].iter().filter(|c| c.is_ascii_digit()).count();
    if spaces < 2 || spaces + 1 < digits / 2 {
        return None;
    }
    let text: String = chars[i..end].iter().filter(|c| **c != ' ').collect();
    Decimal::parse(&text).or_else(|| Decimal::parse(&text.replace(',', ""))).map(|d| (d, end))
}

fn unit_after(chars: &[char], end: usize) -> Option<(Unit, usize)> {
    let mut j = end;
    while j < chars.len() && chars[j] == ' ' {
        j += 1;
    }
    let units: [(&[char], Unit); 8] = [
        (&['万', '元'], Unit::WanYuan),
        (&['元'], Unit::Yuan),
        (&['%'], Unit::Percent),
        (&['辆'], Unit::Count),
        (&['个'], Unit::Count),
        (&['项'], Unit::Count),
        (&['台'], Unit::Count),
        (&['套'], Unit::Count),
    ];
    units.iter().find(|(word, _)| chars[j..].starts_with(word)).map(|&(word, unit)| (unit, j + word.len()))
}

/// `2025年`, `100万元及100万元以上项目`, `单价50万元以上`, `每人补助30元`: not figures of the budget.
fn is_year_or_threshold(chars: &[char], start: usize, after_unit: usize) -> bool {
    let next = &chars[after_unit..];
    let before = &chars[start.saturating_sub(3)..start];
    // `（01项）`: a level of a printed function code, not a count.
    let code_level = start > 0 && matches!(chars[start - 1], '(' | '（') && matches!(next.first(), Some(')' | '）'));
    code_level
        || next.starts_with(&['及']) || next.starts_with(&['以', '上']) || next.starts_with(&['以', '下']) || before.contains(&'每')
        || before.ends_with(&['价', '值'])
        || before.ends_with(&['单', '价'])
}

/// Whether the figure at `i` is listed after a `其中` that breaks down a 机关运行经费 (机构运转经费)
/// in its sentence.
fn within_admin_operation(chars: &[char], i: usize) -> bool {
    let start = chars[..i].iter().rposition(|c| *c == '。').map_or(0, |p| p + 1);
    let sentence: String = chars[start..i].iter().collect();
    sentence.rfind("其中").is_some_and(|at| ["机关运行经费", "机构运转经费"].iter().any(|w| sentence[..at].contains(w)))
}

/// Where the first heading of one part of spending in a paragraph ends: after Xi'an's
/// `（2）公用经费：`, `①行政运行（2013201）124.00万元` is the 公用经费 of the item, not all its
/// spending (the model has no fact of an item's part).
fn spending_part_heading(chars: &[char]) -> Option<usize> {
    let headings = ["人员经费", "公用经费", "专项业务经费"].map(|part| part.chars().collect::<Vec<char>>());
    (0..chars.len()).find_map(|at| {
        let heading = headings.iter().find(|h| chars[at..].starts_with(h) && matches!(chars.get(at + h.len()), Some(':' | '：')))?;
        Some(at + heading.len() + 1)
    })
}

/// Whether the clause of the figure at `i` is the last of a list of names without figures
/// (`三公经费及会议费、培训费预算支出共263.72万元`): the part before its `、` ends in a name, not
/// in a figure's unit.
/// `收、支总计各增加…` and `收入、支出预算总计…` name both sides of one total (each gets the figure).
fn joined_to_previous(chars: &[char], i: usize) -> bool {
    let Some(start) = chars[..i].iter().rposition(|c| matches!(c, '，' | ',' | '；' | ';' | '。' | '：' | ':' | '、')) else { return false };
    let both_sides = chars[..start].ends_with(&['收']) || chars[..start].ends_with(&['收', '入']);
    chars[start] == '、' && start > 0 && !both_sides && ('\u{4e00}'..='\u{9fff}').contains(&chars[start - 1]) && !"元个辆项台套人次".contains(chars[start - 1])
}

/// Where the figure heading a `其中` list ends, when the clause of the figure at `i` follows that
/// list: `收入344,447.70万元，其中：A324,638.50万元、…、其他收入3,444.00万元，较上年减少129,422.00万元`.
/// Parts joined by `、` are one list, so the change after its `，` is the total's, not the last part's.
fn list_head_before(chars: &[char], i: usize) -> Option<usize> {
    let clause_start = chars[..i].iter().rposition(|c| matches!(c, '，' | ',' | '；' | ';' | '。' | '：' | ':' | '、'))?;
    if !matches!(chars[clause_start], '，' | ',') {
        return None;
    }
    // A `。` ends any list, so the list is looked for in the sentence only.
    let sentence_start = chars[..clause_start].iter().rposition(|c| *c == '。').map_or(0, |p| p + 1);
    let list: String = chars[sentence_start..clause_start].iter().collect();
    let within = list.rfind("其中")?;
    let parts: Vec<char> = list[within + "其中".len()..].chars().collect();
    let thousands = |w: &[char]| w[0].is_ascii_digit() && w[1] == ',' && w[2].is_ascii_digit();
    let clause_break = parts.windows(3).any(|w| matches!(w[1], '，' | '；' | ';' | '。') || (w[1] == ',' && !thousands(w)));
    if !parts.contains(&'、') || clause_break {
        return None;
    }
    let head = list[..within].trim_end_matches([' ', '，', ',']);
    Some(sentence_start + head.chars().count())
}

/// The text of the clause before position `i` (after the last `，；。：、` or sentence start).
fn clause_before(chars: &[char], i: usize) -> String {
    let start = chars[..i].iter().rposition(|c| matches!(c, '，' | ',' | '；' | ';' | '。' | '：' | ':' | '、')).map_or(0, |p| p + 1);
    let clause = &chars[start..i];
    // Trimmed as `str::trim` trims, before the chars are collected.
    let first = clause.iter().position(|c| !c.is_whitespace()).unwrap_or(clause.len());
    let end = clause.iter().rposition(|c| !c.is_whitespace()).map_or(first, |p| p + 1);
    clause[first..end].iter().collect()
}

/// Splits `收支总计各减少` into the role (change, negative) and the subject text `收支总计各`.
/// `年初预算为` is the budgeted amount only in a final account; a budget calls its own amount so.
fn role_of(clause: &str, final_account: bool) -> (Role, &str) {
    let c = clause.trim_end();
    if let Some(rest) = c.strip_suffix('占') {
        return (Role::Share, rest);
    }
    for (word, negative) in CHANGE_WORDS {
        if let Some(rest) = c.strip_suffix(word) {
            return (Role::Change { negative }, rest);
        }
    }
    if let Some(rest) = PREVIOUS_WORDS.iter().find_map(|w| c.strip_suffix(w)) {
        return (Role::Previous, rest);
    }
    if let Some(rest) = BUDGETED_WORDS.iter().find_map(|w| c.strip_suffix(w)).filter(|_| final_account) {
        return (Role::Budgeted, rest);
    }
    if let Some(rest) = COMPLETION_WORDS.iter().find_map(|w| c.strip_suffix(w)) {
        return (Role::Completion, rest);
    }
    (Role::Amount, c)
}

/// A clause that names no subject, only what the amount is: a year and 预算安排 (`2026年预算安排`,
/// after the comparison year's amount) or a final account's `支出决算为` (after `年初预算为`): the
/// amount of the paragraph's subject.
fn restates_subject(clause: &str) -> bool {
    let rest = clause.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches('年').trim_start_matches('度');
    (rest != clause && ["预算安排", "预算数为", "预算为", "安排"].contains(&rest)) || ["支出决算为", "支出决算数为", "决算为", "决算数为"].contains(&rest)
}

/// The concept named at the end of `text`, trying again without filler words; a function class
/// (`卫生健康支出（类）`) or an item that the tables list (`城乡医疗救助支出`) also names one.
/// `上海市普陀区司法局收入预算9628.22万元`, `支出预算9628.22万元`: when nothing else is named, the
/// department's total income or spending.
fn document_total(t: &str, taxonomy: &Taxonomy) -> Option<Subject> {
    let id = if t.ends_with("收入预算") { "income.total" } else if t.ends_with("支出预算") { "expense.total" } else { return None };
    taxonomy.get(id).map(|c| Subject { concept: c.id, dims: Dims::new() })
}

/// `财政拨款支出预算`, `一般公共预算拨款支出预算`, `国有资本经营预算拨款支出`: the year's spending
/// from a fund (a source of income), not the income.
fn spending_of_fund(t: &str, taxonomy: &Taxonomy) -> Option<Subject> {
    let before = ["支出预算", "支出预算数", "预算支出", "支出"].iter().find_map(|w| t.strip_suffix(w)).filter(|b| !b.is_empty())?;
    // `政府性基金支出预算支出`: Jiangsu says 支出 twice.
    let before = before.strip_suffix("支出").filter(|b| !b.is_empty()).unwrap_or(before);
    let (concept, len) = taxonomy.by_suffix(before)?;
    let fund = concept.id.strip_prefix("income.")?;
    // What stands before the fund may name what is paid from it (`“三公”经费财政拨款支出`): then
    // the subject is that, not the fund's spending. A unit's name and year (`省委办公厅2019年`) name
    // nothing.
    let prefix: String = before.chars().take(before.chars().count() - len).collect();
    if taxonomy.by_suffix(&prefix).is_some() {
        return None;
    }
    matches!(fund, "fiscal_appropriation" | "general_budget" | "gov_fund" | "soe_capital")
        .then(|| Subject { concept: "expense.current_year", dims: Dims::from([("fund", fund.to_string())]) })
}

/// An item named level by level (`…（类）…（款）…（项）`, with codes or names) is that item.
fn subject_of(text: &str, taxonomy: &Taxonomy, names: &[FunctionName], rows: &[(String, String)]) -> Option<Subject> {
    if let Some(code) = printed_function_code(text).or_else(|| printed_function_number(text, taxonomy)).or_else(|| printed_function_path(text, taxonomy, rows)) {
        return Some(function_subject(code));
    }
    if names_levels(text) {
        return None;
    }
    let t = without_remark(without_class_levels(normalize_label(without_comparison(text))));
    if names_several(&t, taxonomy) {
        return None;
    }
    if let Some(paid) = fee_from_fund(&t, taxonomy, names) {
        return paid;
    }
    if let Some(income) = appropriation_of_fund(&t, taxonomy) {
        return Some(income);
    }
    // `“三公”经费财政拨款支出`: the subject is what is paid from the appropriation, unless it is
    // a fund (`一般公共预算财政拨款`).
    let qualified = ["财政拨款支出", "财政拨款"].iter().find_map(|q| t.strip_suffix(q)).filter(|prefix| !prefix.is_empty() && !prefix.ends_with("预算"));
    // `财政专户管理资金收入预算总计0万元`: the income of that source, not the total income.
    let source_total = ["收入预算总计", "收入预算"].iter().find_map(|q| t.strip_suffix(q)).filter(|prefix| !prefix.is_empty());
    if let Some(spending) = spending_of_fund(&t, taxonomy) {
        return Some(spending);
    }
    if let Some(rest) = ["上年结转结余的", "上年结转和结余的", "上年结转的", "上年结余的", "年初结转和结余的"].iter().find_map(|p| t.strip_prefix(p)) {
        return carryover_of(rest, taxonomy, names);
    }
    qualified
        .or(source_total)
        .and_then(|prefix| subject_without_fillers(prefix, taxonomy, names))
        .or_else(|| subject_without_fillers(&t, taxonomy, names))
        .or_else(|| document_total(&t, taxonomy))
}

/// `委托业务费财政拨款预算为`: a fee paid from a fund is the fee's amount, not the fund's; a fee
/// not known is no subject (`Some(None)`).
fn fee_from_fund(t: &str, taxonomy: &Taxonomy, names: &[FunctionName]) -> Option<Option<Subject>> {
    let mut bare = t;
    while let Some(filler) = FILLERS.iter().filter(|f| bare.len() > f.len() && bare.ends_with(*f)).max_by_key(|f| f.len()) {
        bare = &bare[..bare.len() - filler.len()];
    }
    let (fund, len) = taxonomy.by_suffix(bare)?;
    fund_of(fund.id)?;
    let fee: String = bare.chars().take(bare.chars().count() - len).collect();
    fee.ends_with('费').then(|| subject_without_fillers(&fee, taxonomy, names))
}

/// `政府性基金预算财政拨款收入`: the appropriation from one fund is that fund's income, not all
/// the department's appropriations.
fn appropriation_of_fund(t: &str, taxonomy: &Taxonomy) -> Option<Subject> {
    let fund = t.strip_suffix("财政拨款收入")?;
    let (concept, _) = taxonomy.by_suffix(fund)?;
    fund_of(concept.id).filter(|f| *f != "fiscal_appropriation")?;
    Some(Subject { concept: concept.id, dims: Dims::new() })
}

/// The funds a part of an amount can be paid from, by the id of their income concept.
const FUNDS: [&str; 4] = ["fiscal_appropriation", "general_budget", "gov_fund", "soe_capital"];

/// `其中财政拨款4.5万元` after `预算资金781.5万元`, `其中一般公共预算拨款政府采购5,499.84万元`: the
/// part of an amount paid from one fund, that is the subject named after the fund (else the one
/// before) with the fund as a dimension. `Some(None)`: the part of something not known, no
/// subject. `None`: no such part (`其中一般公共预算收入` names the fund's own income).
fn fund_part(text: &str, before: Option<&Subject>, taxonomy: &Taxonomy, names: &[FunctionName], rows: &[(String, String)]) -> Option<Option<Subject>> {
    if !text.trim_start().starts_with("其中") {
        return None;
    }
    let t = normalize_label(text);
    let (fund, rest) = t.char_indices().rev().map(|(at, c)| at + c.len_utf8()).find_map(|end| {
        let fund = fund_of(taxonomy.by_normalized_label(&t[..end])?.id)?;
        Some((fund, &t[end..]))
    })?;
    if ["收入", "支出", "预算"].iter().any(|w| rest.starts_with(w)) {
        return None;
    }
    let whole = if rest.is_empty() { before.cloned() } else { subject_without_fillers(rest, taxonomy, names).or_else(|| subject_of(rest, taxonomy, names, rows)) };
    Some(whole.map(|mut s| {
        s.dims.insert("fund", fund.to_string());
        s
    }))
}

/// `其中一般公共预算拨款政府采购5,499.84万元：政府采购货物预算564.79万元、…；`: the items listed
/// after a fund's part and its colon are that part's, up to the end of the clause run.
struct Breakdown {
    end: usize,
    fund: String,
}

impl Breakdown {
    /// The breakdown a colon right after the figure of `part` opens, if any.
    fn after(chars: &[char], after_unit: usize, part: &Subject) -> Option<Breakdown> {
        let colon = chars[after_unit..].iter().position(|c| !c.is_whitespace()).map(|p| after_unit + p).filter(|&p| matches!(chars[p], '：' | ':'))?;
        let end = chars[colon..].iter().position(|c| matches!(c, '；' | ';' | '。')).map_or(chars.len(), |p| colon + p);
        Some(Breakdown { end, fund: part.dims.get("fund")?.clone() })
    }

    fn apply(&self, mut item: Subject) -> Subject {
        item.dims.entry("fund").or_insert_with(|| self.fund.clone());
        item
    }
}

/// `上年结转结余的一般公共预算收入`: the carry-over of a source, not the source's income of the
/// year. A source without a carry-over concept of its own is no subject: its figure is not
/// settled.
fn carryover_of(source: &str, taxonomy: &Taxonomy, names: &[FunctionName]) -> Option<Subject> {
    let income = subject_without_fillers(source, taxonomy, names)?;
    let of_source = income.concept.strip_prefix("income.")?;
    let concept = taxonomy.get(&format!("income.carryover.{of_source}"))?;
    Some(Subject { concept: concept.id, dims: income.dims })
}

/// The words that end the name of a body under the department (`西安市社会科学院`,
/// `西安地区科技交流中心`), or name the department's own offices (`局机关`, `局本级`): a figure said
/// of one is that body's part, not the department's.
const BODY_SUFFIXES: [&str; 9] = ["院", "中心", "研究所", "学校", "支队", "大队", "纪念馆", "博物馆", "图书馆"];

/// The department's own offices: `局机关`, `委本级`.
const OWN_OFFICES: [&str; 2] = ["机关", "本级"];

/// Whether a subject names a body of its own (`西安市社会科学院日常公用经费`, `社科院`, `交流中心`,
/// `局机关日常公用经费`, `局本级`): a name of three characters at least that ends in one of
/// [`BODY_SUFFIXES`], or an office of the department's own. Such a figure is not the department's,
/// and no fact is made of it. The document's own name, whole or short (`省检察院` for
/// `江苏省人民检察院`, `我院`), names the document.
fn names_another_body(t: &str, unit: Option<&str>) -> bool {
    let chars: Vec<char> = t.chars().collect();
    let own = |end: usize| {
        let tail: String = chars[end.saturating_sub(3)..end].iter().collect();
        ["我院", "本院", "该院", "本中心", "我中心"].iter().any(|w| tail.ends_with(w)) || unit.is_some_and(|u| u.ends_with(&tail))
    };
    let ends_at = |word: &str, at: usize| chars[at..].starts_with(&word.chars().collect::<Vec<_>>());
    (0..chars.len()).any(|at| {
        let body = BODY_SUFFIXES.iter().find(|s| ends_at(s, at)).filter(|s| at + s.chars().count() >= 3 && !own(at + s.chars().count()));
        // `局机关`, `委本级`: one character of the department before the office; not the concepts
        // that begin with 机关 (`机关运行经费`, `机关事业单位…`, `下属1家机关和…`).
        let office = OWN_OFFICES.iter().find(|w| ends_at(w, at)).filter(|_| at >= 1 && "局委厅办部院".contains(chars[at - 1]));
        body.is_some() || office.is_some()
    })
}

/// Whether the words before a count of 项目 count the budget's projects (`共安排项目`, `项目支出`,
/// `涉及项目`), not a work target (`推进科技成果就地转化项目500项`) nor projects of another level
/// (`一级预算项目76个`: Shandong's 一级 items group the projects the tables list).
fn counts_budget_projects(subject_text: &str) -> bool {
    let t = normalize_label(subject_text);
    // `共10个项目`: the words before the count; `项目10个`: those before 项目.
    let before = t.rfind("项目").map_or(t.as_str(), |at| &t[..at]);
    let before = before.trim_start_matches(|c: char| c.is_ascii_digit() || c == '年' || c == '度');
    const WORDS: [&str; 26] = [
        "共", "安排", "涉及", "包括", "支出", "预算", "其中", "本部门", "部门", "本单位", "单位", "重点", "专项", "的", "本年度", "本年", "年度", "全年",
        "共有", "有", "设置", "实行绩效目标管理", "实施绩效目标管理", "纳入绩效目标管理", "实行预算绩效管理", "纳入预算绩效管理",
    ];
    let mut rest = before;
    while let Some(w) = WORDS.iter().find(|w| rest.starts_with(**w)) {
        rest = &rest[w.len()..];
    }
    rest.is_empty()
}

/// Whether a paragraph opens with an economic class named by its printed code
/// (`商品和服务支出（302）`, `对事业单位经常性补助（505）`): three or five digits from 3 or 5 in
/// brackets, within its first 30 characters, after words only.
fn opens_with_economic_class(chars: &[char]) -> bool {
    let head = &chars[..chars.len().min(30)];
    head.iter().enumerate().any(|(i, c)| {
        let digits = head[i + 1..].iter().take_while(|d| d.is_ascii_digit()).count();
        let close = head.get(i + 1 + digits).is_some_and(|d| matches!(d, '）' | ')'));
        let words_before = head[..i].iter().all(|c| !c.is_ascii_digit() && !matches!(c, '，' | '。' | '；'));
        matches!(c, '（' | '(') && matches!(digits, 3 | 5) && matches!(head[i + 1], '3' | '5') && close && words_before && i > 0
    })
}

/// Whether a subject joins several concepts (`三公经费及会议费、培训费预算支出共`): the figure is
/// their sum, no one of them.
fn names_several(t: &str, taxonomy: &Taxonomy) -> bool {
    // The concept named last, and where its name starts: a `及` inside it (`公务用车购置及运行维护费`)
    // joins nothing.
    let mut t = t;
    while let Some(f) = FILLERS.iter().filter(|f| t.len() > f.len() && t.ends_with(**f)).max_by_key(|f| f.len()) {
        t = &t[..t.len() - f.len()];
    }
    let Some((_, named)) = taxonomy.by_suffix(t) else { return false };
    let name_starts = t.chars().count().saturating_sub(named);
    t.char_indices().enumerate().any(|(i, (at, c))| {
        matches!(c, '及' | '、') && i < name_starts && at > 0 && taxonomy.by_suffix(&t[..at]).is_some_and(|(_, n)| n >= 2)
    })
}

/// The year's spending under a function code.
fn function_subject(code: String) -> Subject {
    Subject { concept: "expense.current_year", dims: Dims::from([("function", code)]) }
}

/// The code a clause prints whole after its name, `其他公安支出（2040299）`: a class, 款 or 项 code
/// of a known class. It names the item even when the tables have no row of it, so that the item
/// is not taken for another whose name ends its own (`公安`).
fn printed_function_number(text: &str, taxonomy: &Taxonomy) -> Option<String> {
    let folded = text.replace('（', "(").replace('）', ")");
    let inner = &folded[folded.rfind('(')? + 1..];
    let code = inner.strip_suffix(')').filter(|c| matches!(c.len(), 3 | 5 | 7) && c.bytes().all(|b| b.is_ascii_digit()))?;
    taxonomy.function_classes.iter().any(|c| code.starts_with(c.code)).then(|| code.to_string())
}

/// The code of the item a clause names level by level, `一般公共服务支出（类）财政事务（款）
/// 行政运行（项）`: the class by its name (current or former), the 款 and 项 by the names of the
/// document's rows under it; none when a level it names is not among them.
fn printed_function_path(text: &str, taxonomy: &Taxonomy, rows: &[(String, String)]) -> Option<String> {
    let folded = text.replace('（', "(").replace('）', ")");
    // A name runs back over CJK characters and one-character brackets (`政府办公厅(室)及相关机构事务`).
    let name_before = |marker: &str| -> Option<&str> {
        let at = folded.find(marker)?;
        let chars: Vec<(usize, char)> = folded[..at].char_indices().collect();
        let mut k = chars.len();
        while k > 0 {
            let c = chars[k - 1].1;
            if is_name_char(c) {
                k -= 1;
            } else if c == ')' && k >= 3 && chars[k - 3].1 == '(' && is_name_char(chars[k - 2].1) && !matches!(chars[k - 2].1, '类' | '款' | '项') {
                k -= 3;
            } else {
                break;
            }
        }
        let start = chars.get(k).map_or(at, |&(i, _)| i);
        Some(&folded[start..at]).filter(|n| !n.is_empty())
    };
    let same = |a: &str, b: &str| a == b || a.strip_suffix("支出") == Some(b) || b.strip_suffix("支出") == Some(a);
    // `林业和草原（款）一般行政管理事务（项）` under a heading of its class: the 款 by its name
    // among the rows of every class.
    let mut code = match name_before("(类)") {
        Some(class_name) => taxonomy.function_classes.iter().find(|c| same(c.name, class_name) || c.former.is_some_and(|f| same(f, class_name)))?.code.to_string(),
        None => String::new(),
    };
    for (marker, digits) in [("(款)", 5), ("(项)", 7)] {
        let Some(name) = name_before(marker) else { break };
        // A level named but not found among the document's rows, or found under two codes: the
        // item is not known.
        let mut found = rows.iter().filter(|(c, label)| c.len() == digits && c.starts_with(&code) && same(label, name)).map(|(c, _)| c);
        let first = found.next()?.clone();
        if found.any(|c| *c != first) {
            return None;
        }
        code = first;
    }
    (code.len() >= 3).then_some(code)
}

/// Whether a clause names an item by its levels (`行政运行（项）`, `人大事务（款）`): then the
/// item is what those levels say or not known, never an item of the same name elsewhere.
fn names_levels(text: &str) -> bool {
    ["（款）", "(款)", "（项）", "(项)"].iter().any(|m| text.contains(m))
}

/// A char of a name in the narrative (CJK ideographs).
fn is_name_char(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The function-coded rows of the document's tables: code and normalized label.
fn function_rows(doc: &Document) -> Vec<(String, String)> {
    doc.tables.iter().flat_map(|t| &t.rows).filter_map(|r| Some((r.codes.function.clone()?, normalize_label(&r.label)))).collect()
}

/// The function code a clause prints level by level: `公共安全支出（204类）司法（06款）行政运行
/// （01项）` → `2040601`; a class alone (`（204类）`) → `204`.
fn printed_function_code(text: &str) -> Option<String> {
    let folded = text.replace('（', "(").replace('）', ")");
    let mut code = String::new();
    for (level, digits) in [('类', 3), ('款', 2), ('项', 2)] {
        let found = folded.match_indices('(').find_map(|(at, _)| {
            let inner = &folded[at + 1..];
            let number: String = inner.chars().take_while(char::is_ascii_digit).collect();
            (number.len() == digits && inner[number.len()..].starts_with(level)).then_some(number)
        });
        match found {
            Some(n) => code.push_str(&n),
            None => break,
        }
    }
    (code.len() >= 3).then_some(code)
}

/// The subject named at the end of `t`, else after removing a filler word, shortest first
/// (`支出总额为` keeps its `总额` when `为` alone reveals the subject).
fn subject_without_fillers(t: &str, taxonomy: &Taxonomy, names: &[FunctionName]) -> Option<Subject> {
    named_subject(t, taxonomy, names).or_else(|| {
        let mut fillers: Vec<&str> = FILLERS.iter().copied().filter(|f| t.len() > f.len() && t.ends_with(f)).collect();
        fillers.sort_by_key(|f| f.len());
        fillers.into_iter().find_map(|f| subject_without_fillers(&t[..t.len() - f.len()], taxonomy, names))
    })
}

/// Drops the year compared with (`公务用车购置费预算数比2020年` → `公务用车购置费预算数`).
fn without_comparison(text: &str) -> &str {
    for marker in ["比", "较"] {
        if let Some(at) = text.rfind(marker) {
            let rest = text[at + marker.len()..].trim_start();
            if rest.starts_with(|c: char| c.is_ascii_digit()) || rest.starts_with("上年") {
                return &text[..at];
            }
        }
    }
    text
}

/// Drops a remark in brackets at the end (`政府采购金额(以合同签订为准)为` → `政府采购金额为`); a
/// one-character bracket is part of a name (`因公出国(境)费`).
fn without_remark(label: String) -> String {
    let body = label.strip_suffix('为').unwrap_or(&label);
    let Some(open) = body.strip_suffix(')').and_then(|b| b.rfind('(')) else { return label };
    if body[open..].chars().count() <= 3 {
        return label;
    }
    format!("{}{}", &body[..open], &label[body.len()..])
}

/// Drops the level markers `(类)` `(款)` `(项)`.
fn without_class_levels(label: String) -> String {
    if !label.contains('(') {
        return label;
    }
    label.replace("(类)", "").replace("(款)", "").replace("(项)", "")
}

fn named_subject(t: &str, taxonomy: &Taxonomy, names: &[FunctionName]) -> Option<Subject> {
    let concept = taxonomy.by_suffix(t).map(|(c, n)| amount_of_named(t, c, n, taxonomy));
    let function = function_suffix(t, names);
    // The longer name wins: `一般公共预算支出` is a concept, `一般公共服务支出` a class.
    match (concept, function) {
        (Some((c, n)), Some((_, m))) if n > m => Some(total_of_appropriation(t, c.id, n)),
        (_, Some((code, _))) => Some(Subject { concept: "expense.current_year", dims: Dims::from([("function", code.to_string())]) }),
        (Some((c, n)), None) => Some(total_of_appropriation(t, c.id, n)),
        (None, None) => None,
    }
}

/// `机关运行经费预算总额`: a word for an amount (`总额`, `预算资金`, which alone name a project's
/// amount) after another concept's name is that concept's amount.
fn amount_of_named<'t>(t: &str, found: &'t yusuan_model::Concept, len: usize, taxonomy: &'t Taxonomy) -> (&'t yusuan_model::Concept, usize) {
    if found.id != "project.amount" {
        return (found, len);
    }
    let chars = t.chars().count();
    let before: String = t.chars().take(chars.saturating_sub(len)).collect();
    let before = before.trim_end_matches("预算").trim_end_matches('的');
    // `机关运行经费(公用经费)`: what the name says in brackets is a remark.
    let before = match before.strip_suffix(')').and_then(|b| b.rfind('(').map(|at| &b[..at])) {
        Some(bare) if !bare.is_empty() => bare,
        _ => before,
    };
    match taxonomy.by_suffix(before) {
        Some((other, n)) if other.id != found.id && before.chars().count() >= n => (other, n + chars - before.chars().count()),
        _ => (found, len),
    }
}

/// `财政拨款收入支出总计`: a total named after `财政拨款` is the 财政拨款收支总表's
/// (`fund: fiscal_appropriation`), not the whole department's. `len`: the chars of `t` that name
/// the concept.
fn total_of_appropriation(t: &str, concept: &'static str, len: usize) -> Subject {
    const TOTALS: [&str; 4] = ["income.total", "expense.total", "income.current_year", "expense.current_year"];
    let before: String = t.chars().take(t.chars().count().saturating_sub(len)).collect();
    // `收入支出总计` is read as `支出总计` after `收入`.
    let before = before.strip_suffix("收入").unwrap_or(&before);
    let dims = if TOTALS.contains(&concept) && before.ends_with("财政拨款") {
        Dims::from([("fund", "fiscal_appropriation".to_string())])
    } else {
        Dims::new()
    };
    Subject { concept, dims }
}

/// A function class or item name without its `支出`, its length in chars, and its code.
struct FunctionName<'a> {
    bare: &'a str,
    chars: usize,
    code: &'a str,
}

/// The names [`function_suffix`] looks for: the function classes (current and former names),
/// then the document's items. Built once per document rather than for every figure.
fn function_names<'a>(taxonomy: &'a Taxonomy, items: &'a HashMap<String, String>) -> Vec<FunctionName<'a>> {
    let classes = taxonomy.function_classes.iter().flat_map(|c| std::iter::once(c.name).chain(c.former).map(move |n| (n, c.code)));
    let from_items = items.iter().map(|(name, code)| (name.as_str(), code.as_str()));
    classes
        .chain(from_items)
        .map(|(name, code)| {
            let bare = name.strip_suffix("支出").unwrap_or(name);
            FunctionName { bare, chars: bare.chars().count(), code }
        })
        .filter(|n| n.chars >= 2)
        .collect()
}

/// A function class or table item named at the end of `t`: its code and the length of the name
/// matched (the longest; among equals, the last).
fn function_suffix<'a>(t: &str, names: &[FunctionName<'a>]) -> Option<(&'a str, usize)> {
    let bare = t.strip_suffix("支出").unwrap_or(t);
    names.iter().filter(|n| bare.ends_with(n.bare)).map(|n| (n.code, n.chars)).max_by_key(|&(_, n)| n)
}

/// The stages of performance management a sentence counts projects of: the words, the count's
/// concept and the concept of their budget.
const PERFORMANCE_STAGES: [(&str, &str, &str); 5] = [
    ("编报绩效目标", "projects.with_targets", "performance.targets_total"),
    ("纳入绩效目标管理", "projects.with_targets", "performance.targets_total"),
    ("跟踪评价", "projects.tracked", "performance.tracked_total"),
    ("绩效自评", "projects.self_evaluated", "performance.self_evaluated_total"),
    ("重点绩效评价", "projects.key_evaluated", "performance.key_evaluated_total"),
];

/// [`Sentence::last_count`] of a count whose subject is not known.
const UNKNOWN_COUNT: &str = "";

/// What earlier figures of the same sentence say about a later one. `纳入预算绩效管理的支出总额为
/// 1077.69万元，其中人员经费支出0万元，…支出项目共10个，支出总额1077.69万元，其中…100万元及
/// 100万元以上项目3个，支出总额884万元`: the 人员经费 there is the part under performance
/// management, and each `支出总额` totals the projects just counted.
#[derive(Default)]
struct Sentence {
    start: usize,
    performance_managed: bool,
    last_count: Option<&'static str>,
}

impl Sentence {
    /// The subject `subject` has in this sentence; none when it is the money of something
    /// counted that is not known (`政策绩效目标0个、涉及预算资金0万元`).
    fn refine(&mut self, subject: Subject, unit: Unit, chars: &[char], at: usize, clause: &str) -> Option<Subject> {
        self.enter(chars, at);
        // `编报绩效目标的2024年度项目4个，涉及预算金额598.42万元；绩效跟踪评价的…；绩效自评的…`
        // (Shanghai): the projects of each stage of performance management, often a part of the
        // department's projects. Henan's `实施绩效目标管理…共4个项目` counts them all. A count's
        // clause may name its stage after it (`1个项目开展部门重点绩效评价`).
        let upto = if unit == Unit::Count { clause_end(chars, at) } else { at };
        let sentence: String = chars[self.start..upto].iter().collect();
        let stage = PERFORMANCE_STAGES.iter().filter_map(|&(word, count, total)| sentence.rfind(word).map(|p| (p, count, total))).max_by_key(|s| s.0);
        // `本部门共17个项目纳入绩效目标管理，涉及财政性资金合计12,796.25万元`: the money 涉及 names
        // is that of what was just counted, and a fund named there is where it comes from.
        let involved = clause.trim_start().starts_with("涉及");
        let stage_total = |count: &str| PERFORMANCE_STAGES.iter().find(|s| s.1 == count).map(|s| s.2);
        let mut dims = subject.dims;
        let concept = match (subject.concept, self.last_count) {
            ("projects", _) if unit == Unit::Count && stage.is_some() => {
                let (at_stage, count, _) = stage.expect("checked");
                // `绩效评级为“优”的项目4个`: the projects of one grade.
                if let Some(grade) = sentence[at_stage..].rsplit_once("评级为").map(|(_, g)| g.trim_matches(['“', '”', '"']).split(['“', '”', '"']).next().unwrap_or("")) {
                    dims.insert("category", grade.to_string());
                }
                self.last_count = Some(count);
                count
            }
            _ if unit == Unit::Count => {
                self.last_count = Some(subject.concept);
                subject.concept
            }
            (c, Some(UNKNOWN_COUNT)) if involved || matches!(c, "project.amount" | "expense.project") => return None,
            (c, Some(count)) if stage_total(count).is_some() && (involved || matches!(c, "project.amount" | "expense.project" | "performance.managed_total")) => {
                if let Some(fund) = fund_of(c) {
                    dims.insert("fund", fund.to_string());
                }
                stage_total(count).expect("checked")
            }
            // `拟对烟台市地质环境监测项目开展部门重点绩效评价，涉及预算资金77万元`: projects named,
            // not counted, at a stage.
            (_, None) if involved && stage.is_some_and(|(at_stage, _, _)| sentence[..at_stage].contains("项目")) => stage.expect("checked").2,
            (c, _) if involved && fund_of(c).is_some() => return None,
            ("performance.managed_total", _) => {
                self.performance_managed = true;
                subject.concept
            }
            ("project.amount", Some("projects.large")) => "performance.large_projects_total",
            ("project.amount", Some("projects")) => "expense.project",
            ("expense.basic.personnel", _) if self.performance_managed => "performance.managed_total.personnel",
            ("expense.basic.public", _) if self.performance_managed => "performance.managed_total.public",
            (c, _) => c,
        };
        // `2026年部门预算安排购置车辆0辆，其中：…`: vehicles and equipment to be bought, not held.
        if concept.starts_with("assets.") && chars[self.start..at].windows(4).any(|w| w == ['安', '排', '购', '置']) {
            dims.insert("category", "planned_purchase".to_string());
        }
        Some(Subject { concept, dims })
    }

    /// Starts afresh at a new sentence.
    fn enter(&mut self, chars: &[char], at: usize) {
        let start = chars[..at].iter().rposition(|c| *c == '。').map_or(0, |p| p + 1);
        if start != self.start {
            *self = Sentence { start, ..Sentence::default() };
        }
    }

    /// A count whose subject is not known: the money 涉及 names after it is not known either.
    fn count_unknown(&mut self, chars: &[char], at: usize) {
        self.enter(chars, at);
        self.last_count = Some(UNKNOWN_COUNT);
    }
}

/// The fund whose income `concept` is (`income.general_budget` → `general_budget`).
fn fund_of(concept: &str) -> Option<&str> {
    concept.strip_prefix("income.").filter(|f| FUNDS.contains(f))
}

/// Where the clause of the figure at `at` ends (at the next `，；。`).
fn clause_end(chars: &[char], at: usize) -> usize {
    chars[at..].iter().position(|c| matches!(c, '，' | ',' | '；' | ';' | '。')).map_or(chars.len(), |p| at + p)
}

/// Whether the sentence before a figure names 收支 together (`收支总计各减少…，下降…`).
fn names_both_sides(before: &[char]) -> bool {
    let clause: String = before.iter().rev().take_while(|c| !"；;。".contains(**c)).collect::<Vec<_>>().into_iter().rev().collect();
    ["收支总计", "收、支总计", "收支预算总计"].iter().any(|w| clause.contains(w))
}

/// `4个项目`: the concept named right after a count's unit.
fn count_subject(after: &[char], taxonomy: &Taxonomy) -> Option<Subject> {
    // `1个项目作为部门重点绩效目标项目`: what the items are counted as.
    let as_what = after.windows(2).position(|w| w == ['作', '为']).filter(|&p| p <= 4);
    let after = as_what.map_or(after, |p| &after[p + 2..]);
    let longest: String = after[..after.len().min(12)].iter().collect();
    // The first 12, 11, … 2 chars as slices of one string, by the byte end of their last char.
    let mut ends = longest.char_indices().rev().filter(|&(at, _)| at > 0).map(|(at, c)| at + c.len_utf8());
    ends.find_map(|end| {
        taxonomy.by_label(&longest[..end]).filter(|c| c.kind == ConceptKind::Count).map(|c| Subject { concept: c.id, dims: Dims::new() })
    })
}

/// Item names of the document's function-classified rows (`城乡医疗救助` → `2101301`).
fn function_items(doc: &Document) -> HashMap<String, String> {
    doc.tables
        .iter()
        .flat_map(|t| &t.rows)
        .filter_map(|r| {
            let code = r.codes.function.clone()?;
            Some((normalize_label(&r.label), code))
        })
        .filter(|(label, _)| label.chars().count() >= 2)
        .collect()
}
