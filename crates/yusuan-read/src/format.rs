//! Which reader a file needs, told by its content (magic bytes, the parts of a zip), not by its
//! name: a disclosure saved as `.txt` that is really a workbook still reads.

use crate::cfb;
use crate::error::ReadError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    /// An Office Open XML workbook (`.xlsx`).
    Xlsx,
    /// A legacy Excel workbook (`.xls`, BIFF8 in an OLE compound file).
    Xls,
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
    if cfb::is_compound(head) {
        return compound_format(bytes);
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

/// An OLE compound file is a workbook or a Word document by the streams its directory names
/// (`Workbook`, `WordDocument`); only the directory is read here.
fn compound_format(bytes: &[u8]) -> Result<Format, ReadError> {
    let file = cfb::Compound::open(bytes).map_err(|e| {
        ReadError::unreadable(format!("旧版 Office 文件（OLE 复合文档）已损坏：{e} / a legacy Office file (OLE compound file) that is damaged: {e}"))
    })?;
    if crate::xls::STREAMS.iter().any(|name| file.has_stream(name)) {
        Ok(Format::Xls)
    } else if file.has_stream("WordDocument") {
        Err(ReadError::unsupported(
            "旧版 Word 文档（.doc），请另存为 .docx 或 PDF 后再读取 / a legacy Word document (.doc): save it as .docx or PDF".into(),
        ))
    } else if file.has_stream("EncryptedPackage") {
        Err(ReadError::unreadable(
            "加密的 Office 文件（设有打开密码），无法读取；请取消密码后另存 / an encrypted Office file (it has a password to open): remove the password and save it again".into(),
        ))
    } else {
        Err(ReadError::unsupported(
            "OLE 复合文档，但不是 .xls 工作簿或 .doc 文档（可能是 .ppt、.msg 等） / an OLE compound file that is neither an .xls workbook nor a .doc document (perhaps a .ppt or .msg)".into(),
        ))
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

    /// An OLE compound file by the streams it holds: a workbook reads, a Word document and
    /// anything else are refused, each with its own message.
    #[test]
    fn tells_legacy_office_files_apart() {
        let stream = [0u8; 10];
        assert_eq!(detect(&cfb::write(&[("Workbook", &stream)])).ok(), Some(Format::Xls));
        assert_eq!(detect(&cfb::write(&[("\u{5}SummaryInformation", &stream), ("Book", &stream)])).ok(), Some(Format::Xls));
        let doc = detect(&cfb::write(&[("WordDocument", &stream), ("1Table", &stream)])).expect_err("a .doc");
        assert_eq!(doc.kind, crate::ReadErrorKind::Unsupported);
        assert!(doc.detail.contains(".doc") && doc.detail.contains("save it as .docx or PDF"), "{doc}");
        let other = detect(&cfb::write(&[("PowerPoint Document", &stream)])).expect_err("a .ppt");
        assert!(other.detail.contains("neither an .xls workbook nor a .doc"), "{other}");
        let encrypted = detect(&cfb::write(&[("EncryptionInfo", &stream), ("EncryptedPackage", &stream)])).expect_err("encrypted");
        assert!(encrypted.detail.contains("password"), "{encrypted}");
        let damaged = detect(&cfb::SIGNATURE.repeat(64)).expect_err("damaged");
        assert_eq!(damaged.kind, crate::ReadErrorKind::Unreadable, "{damaged}");
    }
}
