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
}
