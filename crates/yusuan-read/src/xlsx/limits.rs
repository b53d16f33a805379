//! Bounds on what a workbook may unpack to, checked before any part is inflated: a zip bomb (a
//! small file whose parts inflate to gigabytes) is refused from its central directory, which
//! states every part's uncompressed size. A part that inflates past its stated size is cut off by
//! the zip reader with an error, so the stated sizes bound the memory and time of reading.
//!
//! A legacy .xls ([`crate::xls`]) is held to the same limits: its workbook stream (not
//! compressed) at most [`MAX_UNPACKED_BYTES`], at most [`MAX_CELLS`] cells and [`MAX_MERGES`]
//! merged ranges a sheet, counted from its records before calamine reads them; and, as calamine
//! keeps each sheet as a full grid, at most [`MAX_GRID_CELLS`] cells of used ranges.

use crate::error::ReadError;
use std::io::Cursor;
use zip::ZipArchive;

/// The most a workbook's parts may unpack to, together. A department's budget workbook is well
/// under a megabyte unpacked; this leaves room for a whole year's tables of a large department.
pub const MAX_UNPACKED_BYTES: u64 = 200 * 1024 * 1024;

/// The most non-empty cells a workbook may hold (a budget workbook has a few thousand).
pub const MAX_CELLS: usize = 1_000_000;

/// The most merged ranges a sheet may hold.
pub const MAX_MERGES: usize = 100_000;

const MB: u64 = 1024 * 1024;

/// The archive of a workbook whose parts unpack to no more than [`MAX_UNPACKED_BYTES`].
pub fn open_archive(bytes: &[u8]) -> Result<ZipArchive<Cursor<&[u8]>>, ReadError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(&e))?;
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let part = archive.by_index_raw(i).map_err(|e| damaged(&e))?;
        total = total.saturating_add(part.size());
        if total > MAX_UNPACKED_BYTES {
            let (name, size) = (part.name().map(|n| n.into_owned()).unwrap_or_default(), part.size());
            return Err(ReadError::unreadable(format!(
                "工作簿解压后超过 {} MB（其中 {name} 一项即 {} MB），疑为压缩炸弹，未读取 / the workbook unpacks to more than {} MB ({name} alone is {} MB): a likely zip bomb, not read",
                MAX_UNPACKED_BYTES / MB,
                size / MB,
                MAX_UNPACKED_BYTES / MB,
                size / MB
            )));
        }
    }
    Ok(archive)
}

/// The most cells a legacy .xls's sheets may span together, counted over each sheet's used range
/// (from its first row and column with a value to its last): calamine's `Xls` keeps every sheet as
/// a full grid of its used range while it reads the workbook (32 bytes a cell, 128 MB at this
/// limit), so that a few stray cells far apart would otherwise take gigabytes.
pub const MAX_GRID_CELLS: u64 = 4_000_000;

/// A workbook that is not a whole zip archive (truncated, damaged).
pub fn damaged(e: &dyn std::fmt::Display) -> ReadError {
    ReadError::unreadable(format!("工作簿（.xlsx）已损坏或不完整：{e} / the workbook (.xlsx) is damaged or incomplete: {e}"))
}

/// A legacy workbook (.xls) that cannot be read: its compound file or its records are damaged.
pub fn damaged_xls(e: &dyn std::fmt::Display) -> ReadError {
    ReadError::unreadable(format!("旧版工作簿（.xls）已损坏或不完整：{e} / the legacy workbook (.xls) is damaged or incomplete: {e}"))
}

/// A legacy workbook whose workbook stream is larger than [`MAX_UNPACKED_BYTES`].
pub fn too_large_xls() -> ReadError {
    ReadError::unreadable(format!(
        "旧版工作簿（.xls）的数据超过 {} MB，不像是预决算公开文档，未读取 / the legacy workbook (.xls) holds more than {} MB of data, too much for a budget disclosure: not read",
        MAX_UNPACKED_BYTES / MB,
        MAX_UNPACKED_BYTES / MB
    ))
}

/// A legacy workbook encrypted with a password (a `FilePass` record).
pub fn encrypted_xls() -> ReadError {
    ReadError::unreadable(
        "旧版工作簿（.xls）设有打开密码（已加密），无法读取；请取消密码后另存 / the legacy workbook (.xls) is encrypted with a password: remove the password and save it again".into(),
    )
}

/// Sheets whose used ranges span more than [`MAX_GRID_CELLS`] cells together.
pub fn too_large_grid() -> ReadError {
    ReadError::unreadable(format!(
        "旧版工作簿（.xls）各表的已用区域合计超过 {MAX_GRID_CELLS} 个单元格（可能有远离表格的零散单元格），未读取；请删除多余单元格或另存为 .xlsx / the sheets of the legacy workbook (.xls) span more than {MAX_GRID_CELLS} cells together (perhaps stray cells far from the tables): not read; delete the stray cells or save it as .xlsx"
    ))
}

/// More cells than [`MAX_CELLS`].
pub fn too_many_cells() -> ReadError {
    ReadError::unreadable(format!(
        "工作簿的非空单元格超过 {MAX_CELLS} 个，不像是预决算公开文档，未读取 / the workbook has more than {MAX_CELLS} non-empty cells, too many for a budget disclosure: not read"
    ))
}

/// More merged ranges on a sheet than [`MAX_MERGES`].
pub fn too_many_merges(sheet: &str) -> ReadError {
    ReadError::unreadable(format!(
        "工作表“{sheet}”的合并单元格超过 {MAX_MERGES} 处，未读取 / sheet {sheet:?} has more than {MAX_MERGES} merged ranges: not read"
    ))
}
