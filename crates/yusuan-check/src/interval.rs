//! A figure as written is an interval: `1,182.39` 万元 means 1,182.385–1,182.395 万元. A computed
//! value is consistent with a stated one when their intervals meet (the idea of XBRL Calculations
//! 1.1), so rounding never raises a finding and a real 0.01 difference does.
//!
//! Values are held in half-分 so that the half of every written unit is a whole number.

use yusuan_model::{CellValue, Decimal, Fact, FactValue, Money, MoneyUnit};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    /// Twice the value, in the value's unit (half-分 for money, half-hundredths… for percent).
    mid2: i128,
    /// Twice the half-width: the written unit.
    unit2: i128,
}

impl Interval {
    /// Money as written: ± half a unit of its last written digit. A written zero (`0万元`, `0.00`)
    /// is nothing, exactly: no one writes 0 for an amount that rounds to it.
    pub fn money(m: Money) -> Interval {
        if m.fen == 0 {
            return Interval::zero();
        }
        // `decimals` is relative to 元; one written unit is 10^-decimals 元 = 10^(2-decimals) 分.
        let unit_fen = 10i128.pow((2 - m.decimals).max(0) as u32);
        Interval { mid2: 2 * i128::from(m.fen), unit2: unit_fen }
    }

    /// A table cell in its table's money unit.
    pub fn cell(value: &CellValue, unit: MoneyUnit) -> Option<Interval> {
        Money::from_written(value.written, unit.exponent()).map(Interval::money)
    }

    /// Nothing: what a blank cell adds to a sum.
    pub fn zero() -> Interval {
        Interval { mid2: 0, unit2: 0 }
    }

    /// A percentage as written, in units of 10^-6 percent.
    pub fn percent(d: Decimal) -> Interval {
        let scale = 6 - i32::from(d.scale.min(6));
        let mid = i128::from(d.mantissa) * 10i128.pow(scale as u32);
        Interval { mid2: 2 * mid, unit2: 10i128.pow(scale as u32) }
    }

    /// An exact percentage (computed), in units of 10^-6 percent, from a ratio `num / den × 100`.
    pub fn ratio_percent(num: Interval, den: Interval) -> Option<Interval> {
        // Bounds of num/den over both intervals, with den bounded away from zero.
        let (nl, nh) = num.bounds2();
        let (dl, dh) = den.bounds2();
        if dl <= 0 && dh >= 0 {
            return None;
        }
        let quotients = [nl * 100_000_000 / dl, nl * 100_000_000 / dh, nh * 100_000_000 / dl, nh * 100_000_000 / dh];
        let lo = *quotients.iter().min()?;
        let hi = *quotients.iter().max()?;
        Some(Interval { mid2: lo + hi, unit2: hi - lo + 2 })
    }

    pub fn of(fact: &Fact) -> Option<Interval> {
        match &fact.value {
            FactValue::Money(m) => Some(Interval::money(*m)),
            FactValue::Percent(d) => Some(Interval::percent(*d)),
            _ => None,
        }
    }

    /// A stated percentage may have been cut rather than rounded (`10.158%` written `10.15%`, as
    /// spreadsheets' TRUNC and hand calculation do): the interval of the values that round or
    /// truncate to it, from half a unit below to a whole unit above (in size). A reviewer does not
    /// count a truncated rate as wrong.
    pub fn rounded_or_truncated(self) -> Interval {
        // Bounds (doubled): rounding gives mid2 ± unit2, truncation adds up to 2·unit2 away from 0.
        let (low, high) = self.bounds2();
        let (low, high) = match self.mid2.signum() {
            1 => (low, self.mid2 + 2 * self.unit2),
            -1 => (self.mid2 - 2 * self.unit2, high),
            _ => (self.mid2 - 2 * self.unit2, self.mid2 + 2 * self.unit2),
        };
        // Kept whole: a doubled bound is even when the written unit is (it is for every percent
        // written with at most five decimals).
        Interval { mid2: (low + high) / 2, unit2: (high - low) / 2 }
    }

    /// The amount (in 分) that grows by the percentage `rate` to this one: what the year before
    /// must have been if a stated rate is right. `None` for a fall of 100% or more.
    pub fn before_growth(self, rate: Interval) -> Option<i128> {
        let factor = growth_factor(rate);
        (factor > 0).then(|| self.fen() * 100_000_000 / factor)
    }

    /// The amount (in 分) this one grows to by the percentage `rate`.
    pub fn after_growth(self, rate: Interval) -> i128 {
        self.fen() * growth_factor(rate) / 100_000_000
    }

    /// Twice the lowest and highest value.
    fn bounds2(self) -> (i128, i128) {
        (self.mid2 - self.unit2, self.mid2 + self.unit2)
    }

    pub fn plus(self, other: Interval) -> Interval {
        Interval { mid2: self.mid2 + other.mid2, unit2: self.unit2 + other.unit2 }
    }

    pub fn minus(self, other: Interval) -> Interval {
        Interval { mid2: self.mid2 - other.mid2, unit2: self.unit2 + other.unit2 }
    }

    /// Whether the two intervals share a value. A written figure stands for the values that round
    /// to it, a half-open interval: `51.93` and `51.94` at the same precision share none. Exact
    /// values (a written zero, a sum of them) meet where they are equal.
    pub fn meets(self, other: Interval) -> bool {
        let distance = (self.mid2 - other.mid2).abs();
        distance < self.unit2 + other.unit2 || distance == 0
    }

    /// Whether the interval's half-width is at most 1/`parts` of its value: `70.30`% is precise to
    /// 1/100 (±0.005), `1`% is not (±0.5).
    pub fn is_precise_to(self, parts: i128) -> bool {
        self.unit2 * parts <= self.mid2.abs()
    }

    /// Whether the interval holds zero, i.e. the value may be nil.
    pub fn may_be_zero(self) -> bool {
        self.mid2.abs() <= self.unit2
    }

    /// The middle value in 分 (for money intervals).
    pub fn fen(self) -> i128 {
        self.mid2 / 2
    }

    /// The middle value as a percentage (for percent intervals), two decimals.
    pub fn percent_string(self) -> String {
        let hundredths = (self.mid2 / 2 + if self.mid2 >= 0 { 5000 } else { -5000 }) / 10_000;
        let sign = if hundredths < 0 { "-" } else { "" };
        format!("{sign}{}.{:02}", hundredths.abs() / 100, hundredths.abs() % 100)
    }
}

/// 1 + rate, in 10^-8 (`rate` is in 10^-6 percent: 100% is 10^8).
fn growth_factor(rate: Interval) -> i128 {
    100_000_000 + rate.mid2 / 2
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_amount_before_a_growth() {
        let current = Interval::money(Money::from_written(Decimal::parse("3845.49").unwrap(), 4).unwrap());
        let rate = Interval::percent(Decimal::parse("17.62").unwrap());
        // 3,845.49 万元 ÷ 1.1762 = 3,269.42 万元, in 分.
        assert_eq!(current.before_growth(rate), Some(3_269_418_466));
        assert_eq!(current.before_growth(Interval::percent(Decimal::parse("-100").unwrap())), None);
        // 198.34 万元 grown by 5.27% is 208.79 万元.
        let previous = Interval::money(Money::from_written(Decimal::parse("198.34").unwrap(), 4).unwrap());
        assert_eq!(previous.after_growth(Interval::percent(Decimal::parse("5.27").unwrap())), 208_792_518);
    }

    #[test]
    fn a_truncated_percent_meets_its_value() {
        let written = Interval::percent(Decimal::parse("10.15").unwrap()).rounded_or_truncated();
        let percent = |s: &str| Interval::percent(Decimal::parse(s).unwrap());
        assert!(percent("10.158000").meets(written));
        assert!(percent("10.145000").meets(written));
        assert!(!percent("10.161000").meets(written));
        assert!(!percent("10.143000").meets(written));
        let negative = Interval::percent(Decimal::parse("-35.77").unwrap()).rounded_or_truncated();
        assert!(percent("-35.777000").meets(negative));
        assert!(!percent("-35.781000").meets(negative));
    }

    use super::*;

    fn wan(s: &str) -> Interval {
        Interval::money(Money::from_written(Decimal::parse(s).unwrap(), 4).unwrap())
    }

    #[test]
    fn rounding_never_fires_and_a_cent_does() {
        // 166.79 + 5.25 = 172.04 exactly; 0.01 of rounding between three written figures is allowed.
        assert!(wan("166.79").plus(wan("5.25")).meets(wan("172.04")));
        assert!(wan("0.33").plus(wan("0.33")).plus(wan("0.33")).meets(wan("1.00")));
        assert!(!wan("166.79").plus(wan("5.25")).meets(wan("172.06")));
        // The same quantity written twice at one precision must be written alike.
        assert!(!wan("51.93").meets(wan("51.94")));
        // A whole-number figure is wide: 5 万元 is 4.5–5.5 万元.
        assert!(wan("5").meets(wan("5.4")));
    }

    /// The 决算's 政府采购 (p24): 4.79 + 0 + 246.47 = 251.26 against 251.25 is rounding (4.786 +
    /// 246.466 = 251.252); the written `0万元` adds nothing, not ±0.5 万元.
    #[test]
    fn a_written_zero_is_exact() {
        let zero = wan("0");
        assert!(zero.meets(Interval::zero()));
        assert!(!zero.meets(wan("0.30")));
        assert!(wan("4.79").plus(zero).plus(wan("246.47")).meets(wan("251.25")));
        assert!(!wan("4.79").plus(zero).plus(wan("246.47")).meets(wan("251.24")));
    }

    #[test]
    fn percentages_from_ratios() {
        let r = Interval::ratio_percent(wan("194.97"), wan("277.33")).unwrap();
        assert!(r.meets(Interval::percent(Decimal::parse("70.30").unwrap())));
        assert!(!r.meets(Interval::percent(Decimal::parse("70.40").unwrap())));
        assert_eq!(r.percent_string(), "70.30");
        assert!(Interval::ratio_percent(wan("1.00"), wan("0.00")).is_none());
        let percent = |s: &str| Interval::percent(Decimal::parse(s).unwrap());
        assert!(percent("70.30").is_precise_to(100) && percent("0.92").is_precise_to(100));
        assert!(!percent("0.08").is_precise_to(100) && !percent("1").is_precise_to(100));
    }
}
