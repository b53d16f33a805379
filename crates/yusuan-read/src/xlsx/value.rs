//! A cell's value as text: numbers as stored, not as displayed. The number format of a cell
//! rounds what it shows (`#,##0` shows 96282213.44 as 96,282,213) and adds separators; the text
//! here keeps every stored digit, written the shortest way that reads back as the same number.
//! Formula cells give their cached value (what the program that saved the file computed).

use calamine::{Data, DataRef};

/// Excel keeps numbers to 15 significant digits; any digit after them in a stored value is the
/// noise of binary arithmetic (a cached `=0.1+0.2` is 0.30000000000000004).
const SIGNIFICANT_DIGITS: usize = 15;

/// The text of a cell. `percent`: the cell's number format shows it as a percentage, so the
/// stored 0.0523 is written 5.23% (the same number; only the scale of the format is applied).
pub fn cell_text(value: &DataRef<'_>, percent: bool) -> String {
    let scaled = |digits: String| if percent { format!("{}%", shift_point(&digits, 2)) } else { digits };
    match value {
        DataRef::Int(i) => scaled(i.to_string()),
        DataRef::Float(f) => scaled(number(*f)),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        DataRef::DateTime(d) if d.is_datetime() => {
            let (year, month, day, hour, minute, second, _) = d.to_ymd_hms_milli();
            match (hour, minute, second) {
                (0, 0, 0) => format!("{year}年{month}月{day}日"),
                _ => format!("{year}年{month}月{day}日 {hour:02}:{minute:02}:{second:02}"),
            }
        }
        DataRef::DateTime(d) => number(d.as_f64()),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => e.to_string(),
        DataRef::Empty => String::new(),
    }
}

/// A cell value that a reader keeps (a legacy .xls's) as the borrowed value that
/// [`cell_text`] takes.
pub fn borrowed(value: &Data) -> DataRef<'_> {
    match value {
        Data::Int(i) => DataRef::Int(*i),
        Data::Float(f) => DataRef::Float(*f),
        Data::String(s) => DataRef::SharedString(s),
        Data::Bool(b) => DataRef::Bool(*b),
        Data::DateTime(d) => DataRef::DateTime(*d),
        Data::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        Data::DurationIso(s) => DataRef::DurationIso(s.clone()),
        Data::Error(e) => DataRef::Error(e.clone()),
        Data::Empty => DataRef::Empty,
    }
}

/// A stored number, to 15 significant digits and no more digits than it needs: 96282213.44 →
/// `96282213.44`, 1149678.0 → `1149678`, 0.30000000000000004 → `0.3`.
pub fn number(f: f64) -> String {
    let rounded: f64 = format!("{f:.*e}", SIGNIFICANT_DIGITS - 1).parse().unwrap_or(f);
    // `Display` writes the shortest digits that read back as the same f64, never an exponent.
    if rounded == 0.0 {
        "0".to_string()
    } else {
        rounded.to_string()
    }
}

/// Whether a number format shows numbers as percentages: a `%` outside quoted text and escapes.
pub fn is_percent_format(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if !quoted => escaped = true,
            '"' => quoted = !quoted,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// Decimal digits with the point moved `places` to the right, exactly: `0.0523` → `5.23`.
fn shift_point(digits: &str, places: usize) -> String {
    let (sign, unsigned) = digits.strip_prefix('-').map_or(("", digits), |rest| ("-", rest));
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let frac = format!("{frac:0<places$}");
    let (moved, rest) = frac.split_at(places);
    let int = format!("{int}{moved}");
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let rest = rest.trim_end_matches('0');
    match rest {
        "" => format!("{sign}{int}"),
        _ => format!("{sign}{int}.{rest}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_stored_without_float_noise() {
        assert_eq!(number(96282213.44), "96282213.44");
        assert_eq!(number(1149678.0), "1149678");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(1149678.4400000001), "1149678.44");
        assert_eq!(number(371514655.0), "371514655");
        assert_eq!(number(-6440.5), "-6440.5");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(1e20), "100000000000000000000");
        assert_eq!(number(0.000123), "0.000123");
    }

    #[test]
    fn percentages_keep_the_stored_digits() {
        assert_eq!(cell_text(&DataRef::Float(0.0523), true), "5.23%");
        assert_eq!(cell_text(&DataRef::Float(1.0), true), "100%");
        assert_eq!(cell_text(&DataRef::Float(-0.125), true), "-12.5%");
        assert_eq!(cell_text(&DataRef::Float(0.5), true), "50%");
        assert_eq!(cell_text(&DataRef::Float(0.0523), false), "0.0523");
        assert!(is_percent_format("0.00%") && is_percent_format("0%;[Red]-0%"));
        assert!(!is_percent_format("#,##0.00_ ") && !is_percent_format("0.00\"%\"") && !is_percent_format("0\\%"));
    }
}
