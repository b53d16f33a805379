//! The one part of the zip container that holds the text, inflated within a size limit.

use crate::error::ReadError;
use std::io::{Cursor, Read};

fn damaged(detail: impl std::fmt::Display) -> ReadError {
    ReadError::unreadable(format!("DOCX 文件已损坏或不完整（{detail}）/ the DOCX file is damaged or truncated ({detail})"))
}

fn too_large(size: u64, limit: u64) -> ReadError {
    let (mb, limit_mb) = (size >> 20, limit >> 20);
    ReadError::unreadable(format!(
        "word/document.xml 解压后超过 {mb} MB，超出 {limit_mb} MB 的上限（疑似压缩炸弹）/ word/document.xml decompresses to more than {mb} MB, over the {limit_mb} MB limit (a zip bomb?)"
    ))
}

/// `word/document.xml` as text. The size the central directory declares is checked before
/// inflating, and inflating stops past `limit` whatever was declared.
pub(super) fn document_xml(bytes: &[u8], limit: u64) -> Result<String, ReadError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let mut part = zip.by_name("word/document.xml").map_err(damaged)?;
    if part.size() > limit {
        return Err(too_large(part.size(), limit));
    }
    let mut xml = Vec::with_capacity(part.size() as usize);
    (&mut part).take(limit + 1).read_to_end(&mut xml).map_err(damaged)?;
    if xml.len() as u64 > limit {
        return Err(too_large(limit, limit));
    }
    match String::from_utf8(xml) {
        Ok(text) => Ok(text),
        Err(e) => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn docx(xml: &[u8]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(xml).unwrap();
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn refuses_a_part_over_the_limit() {
        let xml = vec![b' '; 5000];
        assert_eq!(document_xml(&docx(&xml), 5000).unwrap().len(), 5000);
        let e = document_xml(&docx(&xml), 4999).unwrap_err();
        assert!(e.detail.contains("zip bomb"), "{e}");
        let e = document_xml(&docx(&xml)[..100], 5000).unwrap_err();
        assert!(e.detail.contains("truncated"), "{e}");
    }
}
