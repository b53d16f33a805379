//! A web page's bytes as text: a BOM, else the encoding its `<meta charset>` (or `http-equiv`
//! `content="…; charset=…"`, or an XML declaration's `encoding`) names, else UTF-8, else
//! GB18030 (a superset of GBK and GB2312). A page is decoded whatever it holds: malformed bytes
//! become U+FFFD rather than stopping the reading.

use crate::markup::find_ci;
use encoding_rs::{Encoding, GB18030, UTF_8};

pub(super) fn decode_page(bytes: &[u8]) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom_len..]).0.into_owned();
    }
    match declared(&bytes[..bytes.len().min(4096)]) {
        // A page labelled UTF-8 that is not (a CMS template copied from a GBK site) is
        // decoded as what it is.
        Some(encoding) if encoding != UTF_8 => encoding.decode_without_bom_handling(bytes).0.into_owned(),
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => match GB18030.decode_without_bom_handling(bytes) {
                (text, false) => text.into_owned(),
                _ => String::from_utf8_lossy(bytes).into_owned(),
            },
        },
    }
}

/// The encoding the head of a page declares. A UTF-16 label means UTF-8 here: a page whose
/// tags can be read as ASCII is not UTF-16 (the HTML standard says the same).
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(head);
    let mut rest: &str = &head;
    while let Some(at) = ["<meta", "<?xml"].iter().filter_map(|t| find_ci(rest, t)).min() {
        let tag_end = rest[at..].find('>').map_or(rest.len(), |i| at + i);
        let tag = &rest[at..tag_end];
        if let Some(encoding) = ["charset", "encoding"].iter().find_map(|key| label_after(tag, key)).and_then(|l| Encoding::for_label(l.as_bytes())) {
            return Some(if encoding.name().starts_with("UTF-16") { UTF_8 } else { encoding });
        }
        rest = &rest[tag_end..];
    }
    None
}

/// The value after `key=` in a tag: `charset="gbk"`, `charset=gb2312`, `…; charset=UTF-8"`.
fn label_after<'a>(tag: &'a str, key: &str) -> Option<&'a str> {
    let at = find_ci(tag, key)? + key.len();
    let value = tag[at..].trim_start().strip_prefix('=')?.trim_start().trim_start_matches(['"', '\'']);
    let end = value.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))).unwrap_or(value.len());
    Some(&value[..end]).filter(|l| !l.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_declared_encoding() {
        let (gbk, _, _) = encoding_rs::GBK.encode("预算");
        let page = |meta: &str| [meta.as_bytes(), &gbk].concat();
        assert_eq!(decode_page(&page("<meta charset=\"gb2312\">")), "<meta charset=\"gb2312\">预算");
        assert!(decode_page(&page("<META http-equiv=Content-Type content='text/html; charset=GBK'>")).ends_with("预算"));
        assert_eq!(decode_page(&page("<meta charset=utf-8>")), "<meta charset=utf-8>预算");
        assert_eq!(decode_page(&page("<p>")), "<p>预算");
        assert_eq!(decode_page("<meta charset=utf-8>预算".as_bytes()), "<meta charset=utf-8>预算");
        assert_eq!(decode_page(&[0xFF, 0xFE, b'a', 0]), "a");
    }
}
