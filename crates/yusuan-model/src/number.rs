//! Exact numbers as written: a decimal mantissa with its scale, and money in integer 分.

use std::fmt;

/// A decimal number exactly as written: `mantissa × 10^-scale` (`1,182.39` → 118239, 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    pub mantissa: i64,
    pub scale: u8,
}

impl Decimal {
    /// Parses a plain ASCII number such as `-1,182.39`, `1182`, `.5`, `0.`.
    /// Thousands separators are accepted only between digit groups of three.
    pub fn parse(text: &str) -> Option<Decimal> {
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.strip_prefix('+').unwrap_or(text)),
        };
        let (int_part, frac_part) = match body.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (body, None),
        };
        if int_part.is_empty() && frac_part.is_none_or(str::is_empty) {
            return None;
        }
        if !valid_integer_part(int_part) {
            return None;
        }
        let frac = frac_part.unwrap_or("");
        if !frac.bytes().all(|b| b.is_ascii_digit()) || frac.len() > 12 {
            return None;
        }
        let mut mantissa: i64 = 0;
        for b in int_part.bytes().chain(frac.bytes()).filter(u8::is_ascii_digit) {
            mantissa = mantissa.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
        }
        Some(Decimal { mantissa: if negative { -mantissa } else { mantissa }, scale: frac.len() as u8 })
    }

    pub fn is_zero(&self) -> bool {
        self.mantissa == 0
    }
}

fn valid_integer_part(int_part: &str) -> bool {
    if !int_part.contains(',') {
        return int_part.bytes().all(|b| b.is_ascii_digit());
    }
    let mut groups = int_part.split(',');
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let abs = self.mantissa.unsigned_abs();
        if self.scale == 0 {
            return write!(f, "{sign}{abs}");
        }
        let pow = 10u64.pow(u32::from(self.scale));
        write!(f, "{sign}{}.{:0width$}", abs / pow, abs % pow, width = usize::from(self.scale))
    }
}

/// An amount of money in integer 分 (0.01 元), with its precision as written, expressed as
/// XBRL `decimals` relative to 元: `1,182.39` in 万元 is accurate to 100 元, so `decimals = -2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    pub fen: i64,
    pub decimals: i32,
}

impl Money {
    /// Converts a figure written in a unit of `10^unit_exponent` 元 (元 → 0, 万元 → 4).
    /// `None` when the figure is finer than 1 分 or too large to hold.
    pub fn from_written(written: Decimal, unit_exponent: u32) -> Option<Money> {
        let shift = i64::from(unit_exponent) + 2 - i64::from(written.scale);
        let fen = if shift >= 0 {
            written.mantissa.checked_mul(10i64.checked_pow(shift as u32)?)?
        } else {
            let div = 10i64.checked_pow((-shift) as u32)?;
            if written.mantissa % div != 0 {
                return None;
            }
            written.mantissa / div
        };
        Some(Money { fen, decimals: i32::from(written.scale) - unit_exponent as i32 })
    }

    /// The value in 元 as a decimal string, without trailing zero 分 (`11823900`, `0.5` → `0.50`).
    pub fn yuan_string(&self) -> String {
        let sign = if self.fen < 0 { "-" } else { "" };
        let abs = self.fen.unsigned_abs();
        if abs.is_multiple_of(100) {
            format!("{sign}{}", abs / 100)
        } else {
            format!("{sign}{}.{:02}", abs / 100, abs % 100)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_thousands_and_scale() {
        assert_eq!(Decimal::parse("1,182.39"), Some(Decimal { mantissa: 118239, scale: 2 }));
        assert_eq!(Decimal::parse("-0.50"), Some(Decimal { mantissa: -50, scale: 2 }));
        assert_eq!(Decimal::parse("1.5000").unwrap().to_string(), "1.5000");
        assert_eq!(Decimal::parse("12,34"), None);
        assert_eq!(Decimal::parse("1,2345.0"), None);
        assert_eq!(Decimal::parse("."), None);
        assert_eq!(Decimal::parse("99999999999999999999"), None);
    }

    #[test]
    fn money_keeps_precision_as_written() {
        let m = Money::from_written(Decimal::parse("1,182.39").unwrap(), 4).unwrap();
        assert_eq!((m.fen, m.decimals), (1_182_390_000, -2));
        assert_eq!(m.yuan_string(), "11823900");
        let m = Money::from_written(Decimal::parse("1.5000").unwrap(), 4).unwrap();
        assert_eq!((m.yuan_string().as_str(), m.decimals), ("15000", 0));
        let m = Money::from_written(Decimal::parse("0.5").unwrap(), 0).unwrap();
        assert_eq!(m.yuan_string(), "0.50");
        assert_eq!(Money::from_written(Decimal::parse("0.001").unwrap(), 0), None);
    }
}
