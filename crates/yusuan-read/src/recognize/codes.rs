//! Classification codes in every shape they are printed: `2101501`, `210 15 01`, `210⇥15⇥01`
//! (类/款/项 in separate cells), `210 1501` (款 merged into 项), economic `30101`, `301 01`.

/// Which classification a code belongs to, judged by its first digit and length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Code {
    /// 支出功能分类: 3, 5 or 7 digits starting with 2.
    Function(String),
    /// 部门预算支出经济分类: 3, 5 or 7 digits starting with 30/31/39.
    EconDept(String),
    /// 政府预算支出经济分类: 3 or 5 digits starting with 5.
    EconGov(String),
}

/// Joins the code pieces at the start of a row (`["210","15","01"]`) into codes; pieces that
/// follow a label are joined separately by the caller. Returns the codes and how many pieces
/// were used.
pub fn join_pieces(pieces: &[&str]) -> (Vec<Code>, usize) {
    let mut codes = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let head = pieces[i];
        let mut code = head.to_string();
        let mut used = 1;
        // 类 (3 digits) followed by 款/项 pieces of two digits (or 款项 merged as four).
        if head.len() == 3 {
            while i + used < pieces.len() && code.len() < 7 {
                let next = pieces[i + used];
                if next.len() == 2 || (next.len() == 4 && code.len() == 3) {
                    code.push_str(next);
                    used += 1;
                } else if next.len() == 1 && next != "0" && next.bytes().all(|b| b.is_ascii_digit()) {
                    // `301 | 2`: a 款 printed without its leading zero (万里街道 2024) is 30102.
                    code.push('0');
                    code.push_str(next);
                    used += 1;
                } else {
                    break;
                }
            }
        }
        match kind_of(&code) {
            Some(c) => codes.push(c),
            None => break,
        }
        i += used;
    }
    (codes, i)
}

pub fn kind_of(code: &str) -> Option<Code> {
    if !matches!(code.len(), 3 | 5 | 7) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let b = code.as_bytes();
    match (b[0], b[1]) {
        (b'2', b'0'..=b'3') => Some(Code::Function(code.to_string())),
        (b'3', b'0' | b'1' | b'9') => Some(Code::EconDept(code.to_string())),
        (b'5', b'0' | b'1' | b'9') => Some(Code::EconGov(code.to_string())),
        _ => None,
    }
}

/// A code printed in one cell with its name: `2010801-行政运行`, `[201]一般公共服务支出`,
/// `【30101】基本工资`, `2101501 行政运行`, `30101基本工资` → the code and the name. The code must
/// be a classification code ([`kind_of`]) and the name must start with a CJK character, so that
/// `2026年`, `100万元以上` or a project number stay text.
pub fn split_code_name(cell: &str) -> Option<(&str, &str)> {
    let cell = cell.trim();
    let (open, rest) = match cell.chars().next()? {
        c @ ('[' | '【' | '(' | '（') => (Some(c), &cell[c.len_utf8()..]),
        _ => (None, cell),
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let code = &rest[..digits];
    kind_of(code)?;
    let mut name = &rest[digits..];
    if let Some(open) = open {
        let close = match open {
            '[' => ']',
            '【' => '】',
            '(' => ')',
            _ => '）',
        };
        name = name.strip_prefix(close)?;
    }
    let name = name.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '－' | '—' | '_' | ':' | '：' | '.' | '、'));
    name.chars().next().is_some_and(is_cjk).then_some((code, name))
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Splits a cell such as `210 15 01` or `2101501` into its pieces.
pub fn pieces(cell: &str) -> Vec<&str> {
    cell.split_whitespace().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Code {
        kind_of(s).unwrap()
    }

    #[test]
    fn joins_every_printed_shape() {
        assert_eq!(join_pieces(&["2101501"]).0, vec![f("2101501")]);
        assert_eq!(join_pieces(&["210", "15", "01"]).0, vec![f("2101501")]);
        assert_eq!(join_pieces(&["210", "1501"]).0, vec![f("2101501")]);
        assert_eq!(join_pieces(&["210", "15"]).0, vec![f("21015")]);
        assert_eq!(join_pieces(&["301", "03"]).0, vec![Code::EconDept("30103".into())]);
        assert_eq!(join_pieces(&["301", "2"]).0, vec![Code::EconDept("30102".into())]);
        assert_eq!(join_pieces(&["30101", "50101"]).0, vec![Code::EconDept("30101".into()), Code::EconGov("50101".into())]);
        assert_eq!(join_pieces(&["3010201"]).0, vec![Code::EconDept("3010201".into())]);
        assert_eq!(join_pieces(&["307001"]), (vec![], 0));
        assert_eq!(pieces("210 15 01"), vec!["210", "15", "01"]);
    }

    #[test]
    fn splits_a_code_from_its_name_in_one_cell() {
        assert_eq!(split_code_name("2010801-行政运行"), Some(("2010801", "行政运行")));
        assert_eq!(split_code_name("[201]一般公共服务支出"), Some(("201", "一般公共服务支出")));
        assert_eq!(split_code_name("【30101】基本工资"), Some(("30101", "基本工资")));
        assert_eq!(split_code_name("3021101-差旅费"), Some(("3021101", "差旅费")));
        assert_eq!(split_code_name("50101 工资奖金津补贴"), Some(("50101", "工资奖金津补贴")));
        assert_eq!(split_code_name("2026年预算"), None);
        assert_eq!(split_code_name("100万元以上"), None);
        assert_eq!(split_code_name("[201"), None);
        assert_eq!(split_code_name("2101501"), None);
    }
}
