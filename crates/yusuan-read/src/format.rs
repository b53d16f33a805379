//! Which reader a file needs, told by its content (magic bytes, the parts of a zip), not by its
//! name: a disclosure saved as `.txt` that is really a workbook still reads.

use crate::error::ReadError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    /// An Office Open XML workbook (`.xlsx`).
    Xlsx,
    /// An Office Open XML document (`.docx`).
    Docx,
    /// A web page.
    Html,
    /// Text from a converter, in any of the encodings [`crate::decode`] knows.
    Text,
}

/// The format of `bytes`, or why no reader takes them.
pub fn detect(bytes: &[u8]) -> Result<Format, ReadError> {
    let head = &bytes[..bytes.len().min(1024)];
    if crate::pdf::is_pdf(bytes) {
        return Ok(Format::Pdf);
    }
    if head.starts_with(b"PK\x03\x04") {
        return zip_format(bytes);
    }
    if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(ReadError::unsupported(
            "旧版 Office 文件（.xls/.doc），请另存为 .xlsx/.docx 或 PDF / a legacy Office file (.xls/.doc): save it as .xlsx/.docx or PDF".into(),
        ));
    }
    if let Some(kind) = image_kind(head) {
        return Err(ReadError::no_text_layer(format!("这是一张 {kind} 图片，没有文字层 / a {kind} image, with no text layer")));
    }
    if looks_like_html(head) {
        return Ok(Format::Html);
    }
    Ok(Format::Text)
}

/// A zip is a workbook or a Word document by the parts it holds (`xl/…`, `word/…`).
fn zip_format(bytes: &[u8]) -> Result<Format, ReadError> {
    // The central directory names every part; a scan for the folder names is enough to tell.
    let holds = |name: &[u8]| bytes.windows(name.len()).any(|w| w == name);
    if holds(b"xl/workbook.xml") {
        Ok(Format::Xlsx)
    } else if holds(b"word/document.xml") {
        Ok(Format::Docx)
    } else {
        Err(ReadError::unsupported("ZIP 压缩包，不是 .xlsx 或 .docx 文档 / a ZIP archive that is neither .xlsx nor .docx".into()))
    }
}

fn image_kind(head: &[u8]) -> Option<&'static str> {
    let signatures: [(&[u8], &str); 6] = [
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"GIF87a", "GIF"),
        (b"GIF89a", "GIF"),
        (b"II*\x00", "TIFF"),
        (b"MM\x00*", "TIFF"),
    ];
    signatures.iter().find(|(magic, _)| head.starts_with(magic)).map(|&(_, kind)| kind)
}

/// A web page starts (after a BOM, blanks or comments) with a doctype or an `<html>`, `<head>`,
/// `<meta>` or `<body>` tag (a page saved without its first lines).
fn looks_like_html(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut start = text.trim_start_matches('\u{feff}').trim_start();
    while let Some(comment) = start.strip_prefix("<!--") {
        start = comment.split_once("-->").map_or("", |(_, rest)| rest).trim_start();
    }
    ["<!doctype html", "<html", "<head", "<meta", "<body"].iter().any(|tag| start.starts_with(tag)) || (start.starts_with("<?xml") && text.contains("<html"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_formats_by_content() {
        assert_eq!(detect(b"%PDF-1.7\n...").ok(), Some(Format::Pdf));
        assert_eq!(detect(b"<!DOCTYPE html><html><body>").ok(), Some(Format::Html));
        assert_eq!(detect(b"\xEF\xBB\xBF<!-- saved --> <META charset=gbk><p>").ok(), Some(Format::Html));
        assert_eq!(detect(b"<table><tr><td>converter text</td></tr></table>").ok(), Some(Format::Text));
        assert_eq!(detect("洛龙区医疗保障局2021年部门预算".as_bytes()).ok(), Some(Format::Text));
        assert!(detect(b"\x89PNG\r\n\x1a\n....").is_err());
        assert!(detect(b"PK\x03\x04 just a zip").is_err());
    }
}
