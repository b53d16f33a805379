//! The concept taxonomy and the classification lists, loaded from data embedded at build time.

use std::collections::HashMap;

/// What kind of quantity a concept holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConceptKind {
    Money,
    Count,
    /// A performance target: a percentage, money or a quantity in its own measure.
    Target,
}

#[derive(Debug, Clone)]
pub struct Concept {
    pub id: &'static str,
    pub kind: ConceptKind,
    pub label_zh: &'static str,
    pub label_en: &'static str,
    pub synonyms: Vec<String>,
}

/// A classification entry: 功能分类 类, or 部门/政府经济分类 类/款.
#[derive(Debug, Clone)]
pub struct ClassEntry {
    pub code: &'static str,
    pub name: &'static str,
    /// The name before a rename (功能分类 类 only), e.g. 医疗卫生与计划生育支出 for 210.
    pub former: Option<&'static str>,
}

/// Concepts plus the code lists the recognizer needs to name things.
pub struct Taxonomy {
    concepts: Vec<Concept>,
    by_synonym: HashMap<String, usize>,
    /// Synonyms by their last char, in concept order: the candidates [`Taxonomy::by_suffix`]
    /// compares a text with.
    by_last_char: HashMap<char, Vec<Synonym>>,
    /// 功能分类 code by class name (current or former) without `支出`; the first class wins.
    function_class_by_bare_name: HashMap<&'static str, &'static str>,
    /// 部门经济分类 code by name; the first entry wins.
    econ_dept_by_exact_name: HashMap<&'static str, &'static str>,
    pub function_classes: Vec<ClassEntry>,
    pub econ_dept: Vec<ClassEntry>,
    pub econ_gov: Vec<ClassEntry>,
}

/// A concept's normalized synonym and its length in chars.
struct Synonym {
    concept: usize,
    text: String,
    chars: usize,
}

const CONCEPTS: &str = include_str!("../data/concepts.tsv");
const FUNCTION_CLASSES: &str = include_str!("../data/function_classes.csv");
const ECON_DEPT: &str = include_str!("../data/dept_econ_classification.csv");
const ECON_GOV: &str = include_str!("../data/gov_econ_classification.csv");

impl Taxonomy {
    /// The taxonomy shipped with yusuan.
    pub fn builtin() -> &'static Taxonomy {
        static TAXONOMY: std::sync::OnceLock<Taxonomy> = std::sync::OnceLock::new();
        TAXONOMY.get_or_init(|| Taxonomy::parse(CONCEPTS))
    }

    fn parse(tsv: &'static str) -> Taxonomy {
        let mut concepts = Vec::new();
        let mut by_synonym = HashMap::new();
        for line in tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let fields: Vec<&'static str> = line.split('\t').collect();
            let [id, kind, label_zh, label_en, synonyms] = fields[..] else {
                panic!("concepts.tsv: malformed line {line:?}");
            };
            let kind = match kind {
                "money" => ConceptKind::Money,
                "count" => ConceptKind::Count,
                "target" => ConceptKind::Target,
                other => panic!("concepts.tsv: unknown kind {other:?}"),
            };
            let synonyms: Vec<String> = synonyms.split('|').map(normalize_label).collect();
            for s in synonyms.iter().chain(std::iter::once(&normalize_label(label_zh))) {
                by_synonym.entry(s.clone()).or_insert(concepts.len());
            }
            concepts.push(Concept { id, kind, label_zh, label_en, synonyms });
        }
        let function_classes = parse_classes(FUNCTION_CLASSES);
        let econ_dept = parse_classes(ECON_DEPT);
        Taxonomy {
            by_last_char: synonyms_by_last_char(&concepts),
            function_class_by_bare_name: first_code_by_name(
                function_classes.iter().flat_map(|c| std::iter::once(c.name).chain(c.former).map(|n| (without_expense(n), c.code))),
            ),
            econ_dept_by_exact_name: first_code_by_name(econ_dept.iter().map(|c| (c.name, c.code))),
            concepts,
            by_synonym,
            function_classes,
            econ_dept,
            econ_gov: parse_classes(ECON_GOV),
        }
    }

    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    pub fn get(&self, id: &str) -> Option<&Concept> {
        self.concepts.iter().find(|c| c.id == id)
    }

    /// The concept whose label or synonym equals this (normalized) label.
    pub fn by_label(&self, label: &str) -> Option<&Concept> {
        self.by_normalized_label(&normalize_label(label))
    }

    /// [`Taxonomy::by_label`] for a label already passed through [`normalize_label`].
    pub fn by_normalized_label(&self, label: &str) -> Option<&Concept> {
        self.by_synonym.get(label).map(|&i| &self.concepts[i])
    }

    /// The concept whose longest synonym ends `text` (normalized), with the synonym's length
    /// in characters; among equal synonyms, the first concept. Used for narrative subjects:
    /// `…其中：基本支出` → `expense.basic`.
    pub fn by_suffix(&self, text: &str) -> Option<(&Concept, usize)> {
        let text = normalize_label(text);
        let candidates = text.chars().next_back().and_then(|c| self.by_last_char.get(&c))?;
        let mut best: Option<&Synonym> = None;
        for s in candidates.iter().filter(|s| text.ends_with(s.text.as_str())) {
            if best.is_none_or(|b| s.chars > b.chars) {
                best = Some(s);
            }
        }
        best.map(|s| (&self.concepts[s.concept], s.chars))
    }

    /// 功能分类 类 code for a printed class name (current or former): `卫生健康支出`, `卫生健康`.
    pub fn function_class_by_name(&self, name: &str) -> Option<&'static str> {
        self.function_class_by_normalized_name(&normalize_label(name))
    }

    /// [`Taxonomy::function_class_by_name`] for a name already passed through [`normalize_label`].
    pub fn function_class_by_normalized_name(&self, name: &str) -> Option<&'static str> {
        let bare = without_expense(name.trim_end_matches("(类)").trim_end_matches("类"));
        self.function_class_by_bare_name.get(bare).copied()
    }

    /// 部门经济分类 code (3 or 5 digits) for a printed name: `工资福利支出` → `301`.
    pub fn econ_dept_by_name(&self, name: &str) -> Option<&'static str> {
        self.econ_dept_by_normalized_name(&normalize_label(name))
    }

    /// [`Taxonomy::econ_dept_by_name`] for a name already passed through [`normalize_label`].
    pub fn econ_dept_by_normalized_name(&self, name: &str) -> Option<&'static str> {
        self.econ_dept_by_exact_name.get(name).copied()
    }
}

/// Every non-empty synonym, grouped by its last char, in concept order.
fn synonyms_by_last_char(concepts: &[Concept]) -> HashMap<char, Vec<Synonym>> {
    let mut by_last: HashMap<char, Vec<Synonym>> = HashMap::new();
    for (i, c) in concepts.iter().enumerate() {
        for s in &c.synonyms {
            if let Some(last) = s.chars().next_back() {
                by_last.entry(last).or_default().push(Synonym { concept: i, text: s.clone(), chars: s.chars().count() });
            }
        }
    }
    by_last
}

/// A map from name to code in which the first entry for a name wins, as a search in list order
/// would find it.
fn first_code_by_name(entries: impl Iterator<Item = (&'static str, &'static str)>) -> HashMap<&'static str, &'static str> {
    let mut map = HashMap::new();
    for (name, code) in entries {
        map.entry(name).or_insert(code);
    }
    map
}

/// A class name without its trailing `支出` (`卫生健康支出` → `卫生健康`).
fn without_expense(name: &str) -> &str {
    name.trim_end_matches("支出")
}

/// Reads `code,name,…` rows; for 功能分类 the fourth column holds the former name.
fn parse_classes(csv: &'static str) -> Vec<ClassEntry> {
    csv.lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split(',');
            let code = fields.next()?;
            let name = fields.next()?;
            let former = fields.nth(1).and_then(|f| f.split(" (").next()).filter(|f| !f.is_empty() && !f.starts_with('('));
            Some(ClassEntry { code, name, former })
        })
        .collect()
}

/// Folds a label for matching: drops list numbering (`一、` `（一）` `1、` `(1)`), the markers
/// `其中：` `加：` `减：`, spaces, quotation marks and `*`, and folds full-width brackets.
pub fn normalize_label(label: &str) -> String {
    // The chars folded or dropped below are ASCII or begin with the byte 0xE2, 0xE3 or 0xEF;
    // most labels hold none of them, and are only cut.
    if !label.bytes().any(|b| matches!(b, b' ' | b'\t' | b'"' | b'\'' | b'*' | 0xE2 | 0xE3 | 0xEF)) {
        return label[kept(label)].to_string();
    }
    let mut folded = String::with_capacity(label.len());
    folded.extend(label.chars().filter_map(|c| match c {
        '（' => Some('('),
        '）' => Some(')'),
        '：' => Some(':'),
        ' ' | '\u{3000}' | '\t' | '“' | '”' | '"' | '‘' | '’' | '\'' | '*' => None,
        c => Some(c),
    }));
    let kept = kept(&folded);
    // Cut the folded string in place rather than copying the rest into a second one.
    folded.truncate(kept.end);
    folded.drain(..kept.start);
    folded
}

/// The part of a folded label without its leading numbering and markers and trailing colons.
fn kept(folded: &str) -> std::ops::Range<usize> {
    let stripped = strip_label_prefixes(folded);
    let start = folded.len() - stripped.len();
    start..start + stripped.trim_end_matches(':').len()
}

/// Strips list numbering and the markers `其中:` `加:` `减:` `其中` `:` from the front, repeatedly.
fn strip_label_prefixes(folded: &str) -> &str {
    let mut s = folded;
    loop {
        let before = s;
        s = strip_numbering(s);
        for marker in ["其中:", "加:", "减:", "其中", ":"] {
            s = s.strip_prefix(marker).unwrap_or(s);
        }
        if s == before {
            return s;
        }
    }
}

/// Removes one leading list number: `一、` `（十二）` `3、` `(2)` `2.`.
pub fn strip_numbering(s: &str) -> &str {
    const CN: &str = "一二三四五六七八九十百零〇";
    let is_num = |c: char| c.is_ascii_digit() || CN.contains(c);
    if let Some(rest) = s.strip_prefix('(') {
        if let Some(end) = rest.find(')') {
            let inner = &rest[..end];
            if !inner.is_empty() && inner.chars().all(is_num) {
                return &rest[end + 1..];
            }
        }
        return s;
    }
    let digits: usize = s.chars().take_while(|&c| is_num(c)).map(char::len_utf8).sum();
    if digits > 0 {
        let rest = &s[digits..];
        for sep in ["、", ".", "．"] {
            if let Some(r) = rest.strip_prefix(sep) {
                return r;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_concepts_exist() {
        let t = Taxonomy::builtin();
        for id in [
            "income.total", "income.current_year", "income.carryover", "income.general_budget",
            "income.gov_fund", "income.soe_capital", "expense.total", "expense.current_year",
            "expense.basic", "expense.basic.personnel", "expense.basic.public", "expense.project",
            "expense.carryover_end", "three_public.total", "three_public.overseas",
            "three_public.vehicle", "three_public.vehicle.purchase", "three_public.vehicle.operation",
            "three_public.reception", "admin_operation", "procurement.total",
        ] {
            assert!(t.get(id).is_some(), "{id} missing");
        }
    }

    #[test]
    fn labels_match_after_normalizing() {
        let t = Taxonomy::builtin();
        assert_eq!(t.by_label("一、基本支出").unwrap().id, "expense.basic");
        assert_eq!(t.by_label("（一）因公出国（境）费").unwrap().id, "three_public.overseas");
        assert_eq!(t.by_label("其中：财政拨款").unwrap().id, "income.fiscal_appropriation");
        assert_eq!(t.by_label("收 入 总 计").unwrap().id, "income.total");
        assert_eq!(t.by_label("2、公务接待费").unwrap().id, "three_public.reception");
        assert_eq!(t.by_label("“三公”经费合计").unwrap().id, "three_public.total");
        assert!(t.by_label("行政运行").is_none());
    }

    #[test]
    fn names_function_classes_old_and_new() {
        let t = Taxonomy::builtin();
        assert_eq!(t.function_class_by_name("卫生健康支出"), Some("210"));
        assert_eq!(t.function_class_by_name("十、卫生健康"), Some("210"));
        assert_eq!(t.function_class_by_name("一般公共服务(类)"), Some("201"));
        assert_eq!(t.econ_dept_by_name("工资福利支出"), Some("301"));
    }
}
