//! Which year a column's figures are of. Most columns hold the document's year; some templates
//! print the year before and the change beside it (`2019年 | 2020年 | 增减变化情况`, `上年预算数 |
//! 本年预算数 | 增减`). Figures of the year before and changes are other facts than this year's
//! (`….previous`, `….change`, as the narrative's), or none when the header names another year or a
//! rate.

/// What a column's header says of its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// The document's year (or no year named).
    Current,
    /// The year before the document's.
    Previous,
    /// This year's amount less the year before's.
    Change,
    /// Another year, or a rate of change: no fact of this document's amounts.
    Other,
}

/// The period the header path of a column names; `year` is the document's, when known.
pub fn of_column(header: &[String], year: Option<u16>) -> Period {
    let mut period = Period::Current;
    for label in header {
        let label: String = label.chars().filter(|c| !c.is_whitespace()).collect();
        let named = match named_year(&label) {
            Some(y) => match year {
                Some(doc) if y == doc => Period::Current,
                Some(doc) if y + 1 == doc => Period::Previous,
                Some(_) => Period::Other,
                None => Period::Current,
            },
            None if is_change(&label) => Period::Change,
            None if is_rate(&label) => Period::Other,
            None if is_previous(&label) => Period::Previous,
            None => Period::Current,
        };
        if named != Period::Current {
            period = named;
        }
    }
    period
}

/// Whether a row's label names a span of several years (`实施期资金总额`: a project's whole
/// period), whose amount is not the year's.
pub fn spans_years(label: &str) -> bool {
    label.contains("实施期") || label.contains("项目周期")
}

/// `2019年`, `2019年度预算数`: the year a header starts with.
fn named_year(label: &str) -> Option<u16> {
    let digits = label.bytes().take_while(u8::is_ascii_digit).count();
    (digits == 4 && label[digits..].starts_with('年')).then(|| label[..digits].parse().ok()).flatten()
}

/// `增减变化情况`, `比上年增减`, `增减额`, `增（减）`: a change, not a rate of it.
fn is_change(label: &str) -> bool {
    let change = ["增减", "增（减）", "增(减)", "变动", "变化"].iter().any(|w| label.contains(w));
    change && !is_rate(label)
}

/// `增长率`, `增减%`, `增减幅度`: a rate.
fn is_rate(label: &str) -> bool {
    label.contains('率') || label.contains('%') || label.contains('％') || label.contains("幅度")
}

/// `上年预算数`, `上年执行数`, `上年度`, `上一年`: the year before (not `上年结转`, spending of a
/// carry-over in this year).
fn is_previous(label: &str) -> bool {
    (label.starts_with("上年") || label.starts_with("上一年")) && !label.starts_with("上年结转") && !label.starts_with("上年结余")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(header: &[&str], year: u16) -> Period {
        of_column(&header.iter().map(|h| h.to_string()).collect::<Vec<_>>(), Some(year))
    }

    #[test]
    fn years_changes_and_carry_overs() {
        assert_eq!(of(&["2019年", "合计"], 2020), Period::Previous);
        assert_eq!(of(&["2020年", "合计"], 2020), Period::Current);
        assert_eq!(of(&["2018年", "合计"], 2020), Period::Other);
        assert_eq!(of(&["增减变化情况", "公务接待费"], 2020), Period::Change);
        assert_eq!(of(&["上年预算数"], 2026), Period::Previous);
        assert_eq!(of(&["上年结转", "一般公共预算"], 2026), Period::Current);
        assert_eq!(of(&["增长率"], 2026), Period::Other);
        assert_eq!(of(&["本年预算数"], 2026), Period::Current);
        assert_eq!(of(&["2026年“三公”经费预算数"], 2026), Period::Current);
        assert!(spans_years("资金金额(万元)实施期资金总额：") && !spans_years("年度资金总额"));
    }
}
