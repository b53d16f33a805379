//! Text clean-up shared by the readers: converter markup and full-width forms.

use std::borrow::Cow;

/// Folds full-width ASCII digits, letters and the number punctuation `．％－＋` to ASCII, and
/// the ideographic space to a space. Chinese punctuation (，：（）) is kept.
pub fn fold_width(text: &str) -> String {
    // The chars folded below are encoded with the lead byte 0xEF (full-width forms), 0xE3
    // (U+3000) or 0xC2 (U+00A0); most cells hold none and are copied as they are.
    if !text.bytes().any(|b| matches!(b, 0xC2 | 0xE3 | 0xEF)) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    out.extend(text.chars().map(|c| match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '．' | '％' | '－' | '＋' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        '\u{3000}' | '\u{a0}' => ' ',
        c => c,
    }));
    out
}

/// Removes inline markup converters leave in cells: `**bold**`, `<p>`, `</p>`, `<br>`, other
/// tags, and decodes the common HTML entities. Most cells have none and are borrowed as they are.
pub fn strip_markup(text: &str) -> Cow<'_, str> {
    // A byte test: the markers are ASCII, and no byte of a multi-byte char is.
    if !text.bytes().any(|b| matches!(b, b'<' | b'*' | b'&')) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(['<', '*', '&']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(r) = rest.strip_prefix("**") {
            rest = r;
        } else if rest.starts_with('<') {
            match rest.find('>') {
                Some(end) if is_tag(&rest[1..end]) => {
                    if rest[1..end].eq_ignore_ascii_case("br") || rest[1..end].eq_ignore_ascii_case("br/") {
                        out.push(' ');
                    }
                    rest = &rest[end + 1..];
                }
                _ => {
                    out.push('<');
                    rest = &rest[1..];
                }
            }
        } else if rest.starts_with('&') {
            match decode_entity(rest) {
                // A no-break space is a space in converter text.
                Some((c, len)) => {
                    out.push(if c == '\u{a0}' { ' ' } else { c });
                    rest = &rest[len..];
                }
                None => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
        } else {
            out.push('*');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The text without the chars `drop` matches; borrowed when it has none.
pub fn remove_chars(text: &str, drop: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.contains(&drop) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    out.extend(text.chars().filter(|&c| !drop(c)));
    Cow::Owned(out)
}

/// The text without whitespace: `2021 年部门收支总体情况表` → `2021年部门收支总体情况表`.
pub fn remove_whitespace(text: &str) -> Cow<'_, str> {
    remove_chars(text, char::is_whitespace)
}

/// The lines of one cell, top to bottom, as one text: joined directly (a wrapped CJK cell), with
/// a space between two Latin words. Empty lines are skipped.
pub fn join_wrapped<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for text in lines.into_iter().filter(|t| !t.is_empty()) {
        if out.chars().last().is_some_and(|c| c.is_ascii_alphabetic()) && text.starts_with(|c: char| c.is_ascii_alphabetic()) {
            out.push(' ');
        }
        out.push_str(text);
    }
    out
}

fn is_tag(inner: &str) -> bool {
    let name = inner.trim_start_matches('/');
    let name = name.split([' ', '/']).next().unwrap_or("");
    !name.is_empty() && name.len() <= 10 && name.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The character an HTML entity at the start of `s` stands for, and the entity's length: the
/// named ones disclosures use (`&nbsp;` also without its `;`, as old pages write it) and numeric
/// ones (`&#8220;`, `&#x201C;`). `None` when `s` does not start with one.
pub(crate) fn decode_entity(s: &str) -> Option<(char, usize)> {
    let body = s.strip_prefix('&')?;
    let end = body.bytes().take(12).position(|b| b == b';');
    if let Some(num) = body.strip_prefix('#') {
        let end = end? - 1;
        let digits = &num[..end];
        let code = match digits.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => digits.parse().ok()?,
        };
        return Some((char::from_u32(code).filter(|&c| c != '\0').unwrap_or('\u{fffd}'), end + 3));
    }
    const NAMED: [(&str, char); 24] = [
        ("nbsp", '\u{a0}'),
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("ldquo", '“'),
        ("rdquo", '”'),
        ("lsquo", '‘'),
        ("rsquo", '’'),
        ("mdash", '—'),
        ("ndash", '–'),
        ("hellip", '…'),
        ("middot", '·'),
        ("times", '×'),
        ("divide", '÷'),
        ("yen", '¥'),
        ("permil", '‰'),
        ("plusmn", '±'),
        ("le", '≤'),
        ("ge", '≥'),
        ("emsp", '\u{3000}'),
        ("ensp", ' '),
        ("thinsp", ' '),
    ];
    match end {
        Some(end) => NAMED.iter().find(|(name, _)| &body[..end] == *name).map(|&(_, c)| (c, end + 2)),
        None => body.starts_with("nbsp").then_some(('\u{a0}', 5)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_full_width_numbers() {
        assert_eq!(fold_width("５１１０．３７万元，占９９％"), "5110.37万元，占99%");
    }

    #[test]
    fn strips_markup() {
        assert_eq!(strip_markup("**二、部门预算单位构成**"), "二、部门预算单位构成");
        assert_eq!(strip_markup("<p>该项目</p> <p>《通知》</p>"), "该项目 《通知》");
        assert_eq!(strip_markup("a&nbsp;&amp;b <5"), "a &b <5");
        assert_eq!(strip_markup("科目编码 *"), "科目编码 *");
        assert_eq!(strip_markup("&ldquo;三公&rdquo;&#8220;&#x201D;&#0;&#99999999;&bogus; &amp;nbsp;"), "“三公”“”\u{fffd}\u{fffd}&bogus; &nbsp;");
    }
}
