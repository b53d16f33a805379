//! NR113 parts-exceed-total

use crate::context::{thousands, Checked};
use crate::finding::{Finding, Severity};
use crate::rule::{Category, Rule, RuleMeta};
use crate::rules::ar::totals::calculations;
use crate::rules::tx::text::narrative_place;
use yusuan_model::{Decimal, Fact, FactSource};

pub struct PartsExceedTotal;

static META: RuleMeta = RuleMeta {
    code: "NR113",
    name: "parts-exceed-total",
    category: Category::Narrative,
    severity: Severity::Error,
    summary: "说明中“其中”所列各项之和大于其总数",
    summary_en: "the parts a narrative lists after 其中 add up to more than their total",
    doc: "检查什么：说明的一句话写出总数，紧接着用“其中”（“其中：”“其中，”“（其中”）列出它的组成部分时，\
          同一单位（万元、元、平方米、辆、台（套）、个、人……）的各项之和不得大于总数。\
          列举可以不全，各项之和小于总数不报告；括号里的“其中”是它前面那一项的组成，不是外层总数的组成。\
          按书写精度的区间比较（写出的数代表其末位的半个单位以内的值，辆、台、个、人等整数计数是精确的），\
          舍入误差不报告。占比（占X%）、增减额（比上年增加X万元）、“合计”“总额”等复述、\
          “100万元以上”等门槛数字都不是组成部分；列举在句末、另一单位的数字、门槛或另一陈述（收入之后的支出）处结束，\
          同时列出各项预算数和决算数的列举不读。完整列出 data/calculations.tsv 的一个勾稽关系\
          （基本支出 = 人员经费 + 公用经费）时由 AR101 报告，本规则不重复。\n\
          为什么：部分大于整体必有一个数字写错（总数或某一项的笔误），而这类数字往往只出现在说明里，\
          没有表格可以对照。\n\
          示例：“本工程规划建筑面积约为13459平方米，其中地上建筑面积为8013平方米（其中计容面积7998平方米，\
          不计容面积105平方米），地下建筑面积为5356平方米”——7,998 + 105 = 8,103 平方米，大于 8,013 平方米\
          （8,103 + 5,356 = 13,459，8013 应为 8103）。\n\n\
          What it checks: a total stated in the narrative and the parts listed after 其中 in the same \
          sentence and unit: the parts may be partial, but their sum (as intervals of the written \
          precision) must not exceed the total. Parts in parentheses are parts of the part before them. \
          Shares, changes, restated totals and thresholds are not parts; a complete sum of \
          data/calculations.tsv is left to AR101.\n\
          Why: a part larger than its whole means a typo in the total or in a part.",
};

/// A figure written in a paragraph: a number and its unit.
#[derive(Debug, Clone)]
struct Figure {
    /// Char offset of the number's first digit, and just after its unit.
    start: usize,
    end: usize,
    /// The number as written (`1,182.39`).
    written: String,
    value: Decimal,
    /// The unit as written (`万元`, `平方米`), and what it measures (`元`, `平方米`, `%`).
    unit: &'static str,
    dim: &'static str,
    /// The unit is 10^exponent of `dim` (万元: 4).
    exponent: u32,
    /// A whole count (辆, 个, 人…) is exact, not ± half a unit.
    exact: bool,
}

/// Units as written (the longest that matches is taken): (written, dimension, 10^exponent of the
/// dimension, whole counts are exact).
const UNITS: &[(&str, &str, u32, bool)] = &[
    ("亿元", "元", 8, false),
    ("万元", "元", 4, false),
    ("千元", "元", 3, false),
    ("元", "元", 0, false),
    ("万平方米", "平方米", 4, false),
    ("平方公里", "平方公里", 0, false),
    ("平方米", "平方米", 0, false),
    ("平米", "平方米", 0, false),
    ("立方米", "立方米", 0, false),
    ("公顷", "公顷", 0, false),
    ("万亩", "亩", 4, false),
    ("亩", "亩", 0, false),
    ("公里", "公里", 0, false),
    ("千米", "公里", 0, false),
    ("米", "米", 0, false),
    ("万吨", "吨", 4, false),
    ("吨", "吨", 0, false),
    ("台（套）", "台套", 0, true),
    ("台(套)", "台套", 0, true),
    ("台套", "台套", 0, true),
    ("台", "台套", 0, true),
    ("套", "台套", 0, true),
    ("辆", "辆", 0, true),
    ("个百分点", "%", 0, false),
    ("个", "个", 0, true),
    ("万人次", "人次", 4, false),
    ("人次", "人次", 0, true),
    ("万人", "人", 4, false),
    ("人", "人", 0, true),
    ("名", "人", 0, true),
    ("项", "项", 0, true),
    ("家", "家", 0, true),
    ("户", "户", 0, true),
    ("批", "批", 0, true),
    ("件", "件", 0, true),
    ("所", "所", 0, true),
    ("座", "座", 0, true),
    ("%", "%", 0, false),
    ("％", "%", 0, false),
    // `1170.00万`: 万 alone is 万元 in a budget.
    ("万", "元", 4, false),
    ("亿", "元", 8, false),
];

/// Words before a figure that make it a change or a comparison, not an amount of the total.
const CHANGE: &[&str] = &[
    "比", "较", "相比", "同比", "环比", "增加", "减少", "增长", "下降", "持平", "增幅", "降幅", "增减", "上升", "降低", "提高", "节约",
    "压减", "缩减", "调减", "调增", "追加", "净增", "净减", "新增",
];
/// Words before a figure that make it approximate.
const APPROXIMATE: &[&str] = &["约", "近", "逾", "超过", "不足", "将近", "接近", "不到"];
/// Words before a figure that make it a threshold (`单价100万元（含）以上`).
const THRESHOLD_BEFORE: &[&str] = &["单价", "价值", "不超过", "低于", "高于", "不低于", "达到", "以上", "以下"];
/// Words after a figure that make it a threshold or approximate.
const THRESHOLD_AFTER: &[&str] = &["以上", "以下", "以内", "及以上", "及以下", "及", "起", "左右", "上下", "余", "多"];
/// Words before a figure that make it another total (a restated one, or of another thing).
const ANOTHER_TOTAL: &[&str] = &[
    "合计", "总计", "共计", "小计", "累计", "共有", "总额", "总数", "总量", "总共", "一共", "平均", "人均", "总投资", "总预算", "总金额",
    "总面积", "总规模", "其中",
    // `人员编制142人，其中行政编制32人、事业编制110人；实有人员102人`: the staff in post are another
    // count than the posts, never one of them.
    "实有",
];
/// Words before a figure that make it a detail of the part before (`主要用于……5万元`).
const DETAIL: &[&str] = &["主要用于", "主要包括", "主要是", "主要原因", "用于", "包括", "包含", "含", "即"];

/// Words of a budgeted amount and of an actual one: a list that names both lists two amounts of
/// each part, not parts.
const BUDGETED: &[&str] = &["年初预算", "调整预算", "全年预算", "预算数", "预算为"];
const ACTUAL: &[&str] = &["决算", "执行数", "执行为", "实际支出", "实际完成"];

/// Whether words speak of income (`收入`) or of expenditure (`支出`), when only one.
fn side(words: &str) -> Option<bool> {
    match (words.contains("收入"), words.contains("支出")) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || c == '\t'
}

/// The figures of `chars`: numbers followed by a known unit. Years, ordinals (`第3项`), codes and
/// rates (`500元/人`) are left out.
/// Whether the number at `i..j` stands in a run of characters each one space apart (`2 0 2 6`).
fn letter_spaced(chars: &[char], i: usize, j: usize) -> bool {
    let in_number = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit() || matches!(c, ',' | '.'));
    let before = i >= 2 && chars[i - 1] == ' ' && in_number(chars.get(i - 2));
    let after = chars.get(j) == Some(&' ') && in_number(chars.get(j + 1));
    j - i <= 2 && (before || after)
}

fn figures(chars: &[char]) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = i.checked_sub(1).map(|p| chars[p]);
        if !c.is_ascii_digit() || prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == ',' || p == '_') {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == ',' || (chars[j] == '.' && chars.get(j + 1).is_some_and(char::is_ascii_digit))) {
            j += 1;
        }
        // A digit of a letter-spaced number (`2 0 2 6 年`, `1 4 , 7 7 0. 6 2 万元`) is no figure of
        // its own: the whole is not read here.
        if letter_spaced(chars, i, j) {
            i = j;
            continue;
        }
        let mut raw: String = chars[i..j].iter().collect();
        while raw.ends_with(',') {
            raw.pop();
        }
        let value = match Decimal::parse(&raw) {
            Some(v) => v,
            None => {
                // `3,4`: a list of two numbers, not thousands.
                raw = raw.split(',').next().unwrap_or_default().to_string();
                match Decimal::parse(&raw) {
                    Some(v) => v,
                    None => {
                        i = j;
                        continue;
                    }
                }
            }
        };
        let number_end = i + raw.chars().count();
        let mut k = number_end;
        while k < chars.len() && is_space(chars[k]) {
            k += 1;
        }
        let unit = UNITS.iter().filter(|(w, ..)| starts_with(chars, k, w)).max_by_key(|(w, ..)| w.chars().count());
        let ordinal = prev == Some('第');
        if let (Some(&(written_unit, dim, exponent, exact)), false) = (unit, ordinal) {
            let end = k + written_unit.chars().count();
            let rate = chars.get(end).is_some_and(|&c| c == '/' || c == '／' || c == '每');
            if !rate && usize::from(value.scale) <= 6 + exponent as usize {
                out.push(Figure { start: i, end, written: raw, value, unit: written_unit, dim, exponent, exact: exact && exponent == 0 && value.scale == 0 });
            }
        }
        i = number_end.max(i + 1);
    }
    out
}

fn starts_with(chars: &[char], at: usize, word: &str) -> bool {
    (at..).zip(word.chars()).all(|(k, w)| chars.get(k) == Some(&w))
}

fn contains_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// The text of `chars[from..to]` outside parentheses (`（含外宾接待支出）` is left out).
fn outside_parentheses(chars: &[char], from: usize, to: usize) -> String {
    let mut depth = 0i32;
    let mut out = String::new();
    for &c in &chars[from..to] {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = (depth - 1).max(0),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The text right after a figure, past a `（含）`.
fn after(chars: &[char], figure: &Figure) -> String {
    let rest: String = chars[figure.end..chars.len().min(figure.end + 8)].iter().collect();
    let rest = rest.trim_start_matches(is_space);
    rest.strip_prefix("（含）").or_else(|| rest.strip_prefix("(含)")).unwrap_or(rest).to_string()
}

fn is_threshold_after(chars: &[char], figure: &Figure) -> bool {
    let rest = after(chars, figure);
    THRESHOLD_AFTER.iter().any(|w| rest.starts_with(w))
}

/// A list after 其中: the total before it and the parts it lists (indices into the figures).
#[derive(Debug)]
struct List {
    total: usize,
    parts: Vec<usize>,
}

/// Every 其中 list of a paragraph whose total is the figure right before 其中.
fn lists(chars: &[char], figs: &[Figure]) -> Vec<List> {
    let mut out = Vec::new();
    for q in 0..chars.len().saturating_sub(1) {
        if chars[q] != '其' || chars[q + 1] != '中' {
            continue;
        }
        if let Some(list) = list_at(chars, figs, q) {
            out.push(list);
        }
    }
    out
}

/// Whether the char at `i` separates: `、，；` and ASCII `,;`, but not a thousands separator.
fn separates(chars: &[char], i: usize, separators: &[char]) -> bool {
    separators.contains(&chars[i]) && !(chars[i] == ',' && i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(char::is_ascii_digit))
}

const SENTENCE_END: [char; 5] = ['。', '！', '？', '!', '?'];
const CLAUSE_BOUNDARY: [char; 13] = ['，', ',', '；', ';', '。', '：', ':', '、', '（', '(', '）', ')', '\n'];

/// Where the list after the 其中 at `q` begins: past `：` or `，`.
fn list_start(chars: &[char], q: usize) -> usize {
    let mut s = q + 2;
    while s < chars.len() && (is_space(chars[s]) || matches!(chars[s], '：' | ':' | '，' | ',')) {
        s += 1;
    }
    s
}

/// Where a list beginning at `s` ends (the sentence's end or the parenthesis that encloses it), and
/// the depth of parentheses of each char in it.
fn extent(chars: &[char], s: usize) -> (usize, Vec<i32>) {
    let mut depth = vec![0i32; chars.len() + 1];
    let mut d = 0i32;
    let mut e = s;
    while e < chars.len() {
        let c = chars[e];
        if SENTENCE_END.contains(&c) || c == '\n' {
            break;
        }
        depth[e] = d;
        match c {
            '（' | '(' => d += 1,
            '）' | ')' => {
                if d == 0 {
                    break;
                }
                d -= 1;
            }
            _ => {}
        }
        e += 1;
    }
    (e, depth)
}

/// The separators of a list's items: the first after its first figure, and the stronger ones
/// (`、` within `，` within `；`). `None` when the list has no figure.
fn item_separators(chars: &[char], figs: &[Figure], s: usize, e: usize, depth: &[i32]) -> Option<&'static [char]> {
    let first = figs.iter().find(|f| f.start >= s && f.end <= e && depth[f.start] == 0)?;
    Some(match (first.end..e).find(|&i| depth[i] == 0 && separates(chars, i, &['、', '，', ',', '；', ';'])).map(|i| chars[i]) {
        Some('、') => &['、', '，', ',', '；', ';'],
        Some('，' | ',') => &['，', ',', '；', ';'],
        Some(_) => &['；', ';'],
        None => &[],
    })
}

/// The 其中 before the one at `q` in the same sentence and parentheses, if any.
fn enclosing_qizhong(chars: &[char], q: usize) -> Option<usize> {
    let mut depth = 0i32;
    for i in (0..q).rev() {
        match chars[i] {
            c if SENTENCE_END.contains(&c) || c == '\n' => return None,
            '）' | ')' => depth += 1,
            '（' | '(' => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
            '其' if depth == 0 && chars.get(i + 1) == Some(&'中') => return Some(i),
            _ => {}
        }
    }
    None
}

fn list_at(chars: &[char], figs: &[Figure], q: usize) -> Option<List> {
    // The total: the figure whose unit ends right before `其中`, past `，`, `（` or `。`.
    let mut k = q;
    let mut punctuation = 0;
    while k > 0 {
        let c = chars[k - 1];
        if is_space(c) {
            k -= 1;
        } else if matches!(c, '，' | ',' | '（' | '(' | '。') && punctuation < 2 {
            punctuation += 1;
            k -= 1;
        } else {
            break;
        }
    }
    let total = figs.iter().position(|f| f.end == k)?;
    let t = &figs[total];
    if t.dim == "%" {
        return None;
    }
    let clause_start = (0..t.start).rev().find(|&i| separates(chars, i, &CLAUSE_BOUNDARY)).map_or(0, |p| p + 1);
    let before: String = chars[clause_start..t.start].iter().collect();
    let total_side = side(&before);
    if contains_any(&before, CHANGE) || contains_any(&before, APPROXIMATE) || contains_any(&before, THRESHOLD_BEFORE) {
        return None;
    }

    let s = list_start(chars, q);
    let (mut e, depth) = extent(chars, s);
    // A bare 其中 within another list (`其中：……；公务用车购置及运行费3.60万元，其中公务用车购置费0万元、
    // 公务用车运行维护费3.60万元；公务接待费0.80万元`) lists the part before it up to the next
    // separator of the enclosing list.
    if let Some(outer) = enclosing_qizhong(chars, q) {
        let s0 = list_start(chars, outer);
        let (e0, depth0) = extent(chars, s0);
        if let Some(outer_separators) = item_separators(chars, figs, s0, e0, &depth0) {
            if let Some(cut) = (s..e).find(|&i| depth[i] == 0 && separates(chars, i, outer_separators)) {
                e = cut;
            }
        }
    }
    let inside = |f: &Figure| f.start >= s && f.end <= e && depth[f.start] == 0;
    let separators = item_separators(chars, figs, s, e, &depth)?;
    let strict = !separators.is_empty() && separators[0] != '；';
    let mut items = Vec::new();
    let mut from = s;
    for (i, &d) in depth.iter().enumerate().take(e).skip(s) {
        if d == 0 && separates(chars, i, separators) {
            items.push((from, i));
            from = i + 1;
        }
    }
    items.push((from, e));

    let mut parts = Vec::new();
    let (mut budgeted, mut actual) = (false, false);
    for (from, to) in items {
        let in_item: Vec<usize> = (0..figs.len()).filter(|&i| inside(&figs[i]) && figs[i].start >= from && figs[i].end <= to).collect();
        let own_words = outside_parentheses(chars, from, to);
        let Some(&first) = in_item.first() else {
            // A bare 其中 starts a list of the part before it; the outer list ends there.
            if own_words.contains("其中") {
                break;
            }
            continue;
        };
        let f = &figs[first];
        let before = outside_parentheses(chars, from, f.start);
        if contains_any(&before, ANOTHER_TOTAL) || (before.trim_end_matches(is_space).ends_with('共') && !before.trim_end_matches(is_space).ends_with("公共")) {
            break;
        }
        // `A10万元，其中B5万元`: what follows a bare 其中 is of the part before it.
        let nested = own_words[before.len()..].contains("其中");
        if f.dim == "%" || contains_any(&before, CHANGE) || contains_any(&before, DETAIL) || contains_any(&before, APPROXIMATE) {
            continue;
        }
        if contains_any(&before, THRESHOLD_BEFORE) || is_threshold_after(chars, f) || f.dim != t.dim {
            break;
        }
        // Two amounts of one kind in one item (`年初预算10万元，决算8万元` split by `；` only
        // keeps the first; `A10万元及B5万元` is not a list this rule reads).
        if strict && !nested && in_item[1..].iter().any(|&i| figs[i].dim == t.dim) {
            break;
        }
        // `收入预算100万元，其中：财政拨款收入100万元；支出预算100万元……`: the expenditure starts
        // another statement.
        if total_side.is_some_and(|t| side(&before).is_some_and(|p| p != t)) {
            break;
        }
        budgeted |= contains_any(&before, BUDGETED);
        actual |= contains_any(&before, ACTUAL);
        parts.push(first);
        // Within `；` the nested list ends at the item's end; within `，` or `、` nothing says where.
        if nested && strict {
            break;
        }
    }
    // `其中：因公出国（境）费年初预算0.50万元，支出决算0.30万元`: two amounts of each part.
    if budgeted && actual {
        return None;
    }
    (!parts.is_empty()).then_some(List { total, parts })
}

/// A figure as an interval in millionths of its dimension's base unit, doubled: (mid, width).
fn interval(f: &Figure) -> (i128, i128) {
    let unit = 10i128.pow(6 + f.exponent - u32::from(f.value.scale));
    let mid2 = 2 * i128::from(f.value.mantissa) * unit;
    let width2 = if f.exact || f.value.is_zero() { 0 } else { unit };
    (mid2, width2)
}

/// Decimals to show a figure with in the unit of 10^`exponent`.
fn decimals_in(f: &Figure, exponent: u32) -> u32 {
    (i64::from(f.value.scale) + i64::from(exponent) - i64::from(f.exponent)).clamp(0, 6 + i64::from(exponent)) as u32
}

/// `mid2` (doubled millionths of the base unit) in the unit of 10^`exponent`, with `decimals`
/// and thousands separators.
fn show(mid2: i128, exponent: u32, decimals: u32) -> String {
    let per = 10i128.pow(6 + exponent - decimals);
    let value = mid2 / 2;
    let rounded = (value.abs() + per / 2) / per;
    let pow = 10i128.pow(decimals);
    let grouped = thousands(rounded / pow);
    let sign = if value < 0 && rounded > 0 { "-" } else { "" };
    if decimals == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{:0width$}", rounded % pow, width = decimals as usize)
    }
}

/// A list whose parts add up to more than its total.
#[derive(Debug)]
struct Excess {
    total: Figure,
    parts: Vec<Figure>,
    /// The total, the sum, each part and the difference as the message shows them.
    total_shown: String,
    sum_shown: String,
    parts_shown: Vec<String>,
    difference_shown: String,
}

fn excesses(text: &str) -> Vec<Excess> {
    let chars: Vec<char> = text.chars().collect();
    let figs = figures(&chars);
    let mut out = Vec::new();
    for list in lists(&chars, &figs) {
        let total = &figs[list.total];
        let (total_mid, total_width) = interval(total);
        let (mut sum_mid, mut sum_width) = (0i128, 0i128);
        for &p in &list.parts {
            let (m, w) = interval(&figs[p]);
            sum_mid += m;
            sum_width += w;
        }
        // The least the parts can be against the most the total can be: rounding never fires.
        if sum_mid - sum_width <= total_mid + total_width {
            continue;
        }
        let e = total.exponent;
        let part_decimals: Vec<u32> = list.parts.iter().map(|&p| decimals_in(&figs[p], e)).collect();
        let decimals = part_decimals.iter().copied().chain([decimals_in(total, e)]).max().unwrap_or(0);
        out.push(Excess {
            total: total.clone(),
            parts: list.parts.iter().map(|&p| figs[p].clone()).collect(),
            total_shown: show(total_mid, e, decimals_in(total, e)),
            sum_shown: show(sum_mid, e, decimals),
            parts_shown: list.parts.iter().zip(&part_decimals).map(|(&p, &d)| show(interval(&figs[p]).0, e, d)).collect(),
            difference_shown: show(sum_mid - total_mid, e, decimals),
        });
    }
    out
}

/// Whether AR101 reports the list already: its total and parts are the narrative facts of one sum
/// of data/calculations.tsv (基本支出 = 人员经费 + 公用经费), each stated once in the paragraph.
fn a_concept_sum(doc: &Checked, paragraph: usize, x: &Excess) -> bool {
    let facts: Vec<&Fact> = doc.narrative_facts().filter(|&(p, _)| p == paragraph).map(|(_, f)| f).collect();
    let fact_at = |fig: &Figure| facts.iter().copied().find(|f| matches!(f.source, FactSource::Text { at, .. } if at == fig.start));
    let Some(total) = fact_at(&x.total) else { return false };
    let Some(parts) = x.parts.iter().map(fact_at).collect::<Option<Vec<&Fact>>>() else { return false };
    let once = |concept: &str| facts.iter().filter(|f| f.dims == total.dims && f.concept == concept).count() == 1;
    calculations().iter().any(|c| {
        c.total == total.concept
            && c.addends.len() == parts.len()
            && parts.iter().all(|p| p.dims == total.dims && c.addends.contains(&p.concept.as_str()))
            && once(c.total)
            && c.addends.iter().all(|a| once(a))
    })
}

impl Rule for PartsExceedTotal {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        for (p, para) in doc.reading.document.paragraphs.iter().enumerate() {
            if !para.text.contains("其中") {
                continue;
            }
            for x in excesses(&para.text) {
                // A complete list of a sum the tables also hold is AR101's (`基本支出 ≠ 人员经费 + 公用经费`).
                if a_concept_sum(doc, p, &x) {
                    continue;
                }
                let unit = x.total.unit;
                let listed = x.parts_shown.join(" + ");
                let mut f = META.finding(
                    format!("其中各项之和 {} {unit}（{listed}）大于总数 {} {unit}", x.sum_shown, x.total_shown),
                    format!("the parts listed after 其中 add up to {} {unit} ({listed}), more than their total {} {unit}", x.sum_shown, x.total_shown),
                );
                f.places.push(narrative_place(para, x.total.start, &x.total.written));
                for p in &x.parts {
                    f.places.push(narrative_place(para, p.start, &p.written));
                }
                f.expected = Some(format!("≤ {} {unit}", x.total_shown));
                f.found = Some(format!("{} {unit}", x.sum_shown));
                f.difference = Some(format!("{} {unit}", x.difference_shown));
                out.push(f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each list of `text` as (total, parts), as written.
    fn read(text: &str) -> Vec<(String, Vec<String>)> {
        let chars: Vec<char> = text.chars().collect();
        let figs = figures(&chars);
        lists(&chars, &figs).into_iter().map(|l| (figs[l.total].written.clone(), l.parts.iter().map(|&p| figs[p].written.clone()).collect())).collect()
    }

    fn list(total: &str, parts: &[&str]) -> (String, Vec<String>) {
        (total.to_string(), parts.iter().map(|p| p.to_string()).collect())
    }

    const WANLI: &str = "本工程规划建筑面积约为13459平方米，其中地上建筑面积为8013平方米（其中计容面积7998平方米，不计容面积105平方米），地下建筑面积为5356平方米，建筑高度为29.8米，地上主楼7层，裙房3层，地下2层。";

    /// shanghai-putuo-wanli-2024-budget p33: 7998 + 105 = 8103 > 8013 (8013 is a typo for 8103:
    /// 8103 + 5356 = 13459). The outer list stops at 29.8米 and its total is approximate.
    #[test]
    fn the_nested_list_of_wanli_exceeds_its_part() {
        assert_eq!(read(WANLI), [list("8013", &["7998", "105"])]);
        let found = excesses(WANLI);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].total.written, "8013");
        assert_eq!((found[0].sum_shown.as_str(), found[0].total_shown.as_str(), found[0].difference_shown.as_str()), ("8,103", "8,013", "90"));
        // Without 约 the outer list is read, and is partial only: 8013 + 5356 ≤ 13459.
        let exact = WANLI.replace("约为", "为");
        assert_eq!(read(&exact), [list("13459", &["8013", "5356"]), list("8013", &["7998", "105"])]);
        assert_eq!(excesses(&exact).len(), 1);
        assert!(excesses(&WANLI.replace("7998", "7908")).is_empty());
    }

    #[test]
    fn a_partial_list_is_silent() {
        let text = "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%。";
        assert_eq!(read(text), [list("2940.05", &["2336.91"])]);
        assert!(excesses(text).is_empty());
        let text = "共有车辆7辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、其他用车6辆；单价100万元（含）以上设备（不含车辆）0台（套）。";
        assert_eq!(read(text), [list("7", &["0", "0", "6"])]);
        assert!(excesses(text).is_empty());
        // A whole count is exact: 8 vehicles are more than 7.
        assert_eq!(excesses(&text.replace("6辆", "8辆")).len(), 1);
        // A letter-spaced number (Chongqing meteo 2026, p2) is not read digit by digit.
        assert!(excesses("支出预算:2 0 2 6 年年初预算数 1 4 , 7 7 0. 6 2 万元,其中:农林水支出579.89万元,住房保障支出56.53万元。").is_empty());
        // The staff in post are not one of the posts (Xi'an, every template year).
        let text = "本部门人员编制414人，其中行政编制60人，事业编制354人；实有人员303人，其中行政71人，事业232人。";
        assert!(excesses(text).is_empty(), "{:?}", read(text));
    }

    #[test]
    fn shares_and_changes_are_not_parts() {
        let text = "其中：基本支出50.00万元，占50%；项目支出50.00万元，占50%。";
        assert!(read(text).is_empty());
        let text = "本年支出合计100.00万元，其中：基本支出50.00万元，占50.00%；项目支出50.00万元，占50.00%。";
        assert_eq!(read(text), [list("100.00", &["50.00", "50.00"])]);
        let text = "2025年，上海市财政局收入预算17,192万元，其中：财政拨款收入17,192万元，比2024年预算减少990万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。";
        assert_eq!(read(text), [list("17,192", &["17,192", "0", "0", "0"])]);
        assert!(excesses(text).is_empty());
        let text = "收入合计100.00万元，其中：财政拨款收入80.00万元，比上年增加30.00万元，增长60.00%；其他收入20.00万元，与上年持平。";
        assert_eq!(read(text), [list("100.00", &["80.00", "20.00"])]);
        assert!(excesses(text).is_empty());
        // A change is not a total either.
        assert!(read("2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元。其中：公务用车购置费25万元，公务用车运行费21.56万元。").is_empty());
    }

    /// luanchuan-2020 line 133: 支出总额 restates a total, 共10个 counts projects, and
    /// `100万元及100万元以上` is a threshold.
    #[test]
    fn restated_totals_and_thresholds_end_the_list() {
        let text = "2020年，我部门纳入预算绩效管理的支出总额为1077.69万元，其中人员经费支出0万元，公用经费支出5万元，支出项目共10个，支出总额1077.69万元，其中预算支出100万元及100万元以上项目3个，支出总额884万元。";
        assert_eq!(read(text), [list("1077.69", &["0", "5"])]);
        assert!(excesses(text).is_empty());
        let text = "2025年度项目总预算1170.00万，其中支持企业规模化发展870.00万，支持企业创新化发展70.00万，支持企业协同化发展180.00万，支持企业国际化发展50.00万，合计1170.00万。";
        assert_eq!(read(text), [list("1170.00", &["870.00", "70.00", "180.00", "50.00"])]);
        assert!(excesses(text).is_empty());
    }

    #[test]
    fn another_statement_or_another_amount_of_each_part_is_not_a_list() {
        let text = "2025年收入预算100.00万元，其中：财政拨款收入100.00万元；支出预算100.00万元，其中：基本支出60.00万元，项目支出40.00万元。";
        assert_eq!(read(text), [list("100.00", &["100.00"]), list("100.00", &["60.00", "40.00"])]);
        assert!(excesses(text).is_empty());
        let text = "“三公”经费财政拨款支出决算为0.80万元，其中：因公出国（境）费年初预算为0.50万元，支出决算为0.30万元；公务接待费年初预算为0.60万元，支出决算为0.50万元。";
        assert!(read(text).is_empty());
    }

    /// tests/fixtures/docx/jiangan-stats-2024.docx: a bare 其中 within a `；` list lists the part
    /// before it up to the next `；`.
    #[test]
    fn a_bare_nested_list_ends_with_its_item() {
        let text = "江岸县统计局2024年“三公”经费预算4.40万元，其中：因公出国（境）费0万元；公务用车购置及运行费3.60万元，其中公务用车购置费0万元、公务用车运行维护费3.60万元；公务接待费0.80万元。";
        assert_eq!(read(text), [list("4.40", &["0", "3.60", "0.80"]), list("3.60", &["0", "3.60"])]);
        assert!(excesses(text).is_empty());
        assert_eq!(excesses(&text.replace("运行维护费3.60", "运行维护费3.70")).len(), 1);
        // Within `，` the outer list cannot tell where the nested one ends, and stops.
        let text = "收入合计100.00万元，其中财政拨款80.00万元，其中一般公共预算70.00万元，政府性基金10.00万元，其他收入20.00万元。";
        assert_eq!(read(text), [list("100.00", &["80.00"]), list("80.00", &["70.00"])]);
    }

    #[test]
    fn rounding_never_fires() {
        assert!(excesses("合计1.00万元，其中：A 0.33万元，B 0.33万元，C 0.34万元。").is_empty());
        // 0.34 × 3 = 1.02 is 1.005 at least, 1.00 is 1.005 at most: rounding.
        assert!(excesses("合计1.00万元，其中：A 0.34万元，B 0.34万元，C 0.34万元。").is_empty());
        assert_eq!(excesses("合计1.00万元，其中：A 0.34万元，B 0.34万元，C 0.35万元。").len(), 1);
        // 5 万元 is 4.5–5.5 万元.
        assert!(excesses("合计5万元，其中：A 3.2万元，B 2.2万元。").is_empty());
        assert!(excesses("合计5万元，其中：A 3.3万元，B 2.3万元。").is_empty());
        assert_eq!(excesses("合计5万元，其中：A 3.4万元，B 2.3万元。").len(), 1);
    }

    #[test]
    fn units_must_agree() {
        // 元 parts of a 万元 total convert; 平方米 parts of a 万元 total end the list.
        let found = excesses("政府采购预算1.00万元，其中：货物6,000.00元、服务5,000.00元。");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].sum_shown.as_str(), found[0].total_shown.as_str()), ("1.100000", "1.00"));
        assert!(read("支出1.00万元，其中：面积3平方米。").is_empty());
        assert!(read("车辆5辆，其中：一般公务用车3辆（价值30万元）、执法执勤用车2辆。").iter().all(|(_, p)| p.len() == 2));
    }

    #[test]
    fn message_figures() {
        assert_eq!(show(2 * 8_103_000_000, 0, 0), "8,103");
        assert_eq!(show(2 * 1_234_567_890_000, 4, 2), "123.46");
        assert_eq!(show(-2 * 10_000_000_000, 4, 2), "-1.00");
    }
}
