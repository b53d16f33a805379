//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.

use crate::error::ReadError;

/// Decodes a text document. Binary data (NUL bytes, undecodable sequences) is refused with an
/// error rather than read as garbage.
pub fn decode(bytes: &[u8]) -> Result<String, ReadError> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(ReadError::not_text(format!("{} 编码有误 / invalid {}", encoding.name(), encoding.name())));
        }
        return checked(text.into_owned());
    }
    if bytes.contains(&0) {
        return Err(ReadError::not_text("含有二进制数据（NUL 字节） / contains binary data (NUL bytes)".into()));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return checked(text.to_owned());
    }
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(ReadError::not_text(
            "既不是 UTF-8 也不是 GB18030/GBK 文本 / neither UTF-8 nor GB18030/GBK text".into(),
        ));
    }
    checked(text.into_owned())
}

/// Refuses text that is mostly control characters: an image or archive that happened to decode.
fn checked(text: String) -> Result<String, ReadError> {
    if controls(&text) * 20 > text.chars().count().max(1) {
        return Err(ReadError::not_text("控制字符过多 / too many control characters".into()));
    }
    Ok(text)
}

/// The control chars (`char::is_control`: U+0000–U+001F, U+007F–U+009F) other than line
/// breaks, tabs and form feeds, counted on bytes: C0 controls and DEL are single bytes, C1
/// controls are `C2 80`–`C2 9F`.
fn controls(text: &str) -> usize {
    let bytes = text.as_bytes();
    // Summed in u8 over chunks of 255 bytes, which the compiler vectorizes (a usize sum it
    // does not).
    let c0: usize = bytes
        .chunks(255)
        .map(|chunk| usize::from(chunk.iter().map(|&b| u8::from(matches!(b, 0x00..=0x08 | 0x0B | 0x0E..=0x1F | 0x7F))).sum::<u8>()))
        .sum();
    let c1 = if bytes.contains(&0xC2) { bytes.windows(2).filter(|w| w[0] == 0xC2 && (0x80..=0x9F).contains(&w[1])).count() } else { 0 };
    c0 + c1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_utf16_and_gbk() {
        assert_eq!(decode("预算".as_bytes()).unwrap(), "预算");
        assert_eq!(decode(b"\xEF\xBB\xBF\xE9\xA2\x84").unwrap(), "预");
        assert_eq!(decode(&[0xFF, 0xFE, 0x84, 0x98, 0x97, 0x7B]).unwrap(), "预算");
        assert_eq!(decode(&[0xD4, 0xA4, 0xCB, 0xE3]).unwrap(), "预算");
        assert!(decode(&[0x89, b'P', b'N', b'G', 0, 0, 0, 13]).is_err());
    }

    #[test]
    fn counts_control_chars_as_char_is_control_does() {
        let all: String = (0..0x800).filter_map(char::from_u32).collect();
        let expected = all.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
        assert_eq!(controls(&all), expected);
    }
}
