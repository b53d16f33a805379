//! The OLE compound file ([MS-CFB]) that legacy Office files are: a little file system of
//! fixed-size sectors, chained through a file allocation table (FAT), with a directory of named
//! streams (`Workbook` in an .xls, `WordDocument` in a .doc). Read here, not through calamine,
//! because a damaged compound file must end in an error, not in a panic, a loop or an allocation
//! the size of a declared length: every chain is followed at most as many steps as the file has
//! sectors, every sector is checked to lie in the file, every length against what is read.
//!
//! [`write`] makes the smallest compound file that holds some streams, for handing a checked
//! workbook stream to calamine ([`crate::xls`]).
//!
//! [MS-CFB]: https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-cfb/

use std::fmt;

pub const SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Sector numbers at or above this one are markers, not sectors.
const MAX_REGULAR_SECTOR: u32 = 0xFFFF_FFFA;
const DIFAT_SECTOR: u32 = 0xFFFF_FFFC;
const FAT_SECTOR: u32 = 0xFFFF_FFFD;
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
const FREE_SECTOR: u32 = 0xFFFF_FFFF;
const NO_STREAM: u32 = 0xFFFF_FFFF;
/// Streams shorter than this live in the mini stream, in 64-byte sectors.
const MINI_CUTOFF: u64 = 4096;
const MINI_SECTOR: usize = 64;
const DIRECTORY_ENTRY: usize = 128;

/// The error of [`Compound::stream`] for a stream longer than the limit it is given.
pub const TOO_LONG: &str = "the stream is longer than the limit";

/// Why a compound file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CfbError(pub &'static str);

impl fmt::Display for CfbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// A directory entry: a stream, a storage (a folder) or the root.
#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    /// 1 storage, 2 stream, 5 root.
    pub kind: u8,
    start: u32,
    size: u64,
}

/// An open compound file: its FAT and its directory. Streams are read on demand.
#[derive(Debug)]
pub struct Compound<'a> {
    bytes: &'a [u8],
    sector_size: usize,
    fat: Vec<u32>,
    pub entries: Vec<Entry>,
    mini_fat_start: u32,
}

pub fn is_compound(bytes: &[u8]) -> bool {
    bytes.starts_with(&SIGNATURE)
}

fn u16_at(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([bytes[at], bytes[at + 1]])
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

fn u32s(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
}

impl<'a> Compound<'a> {
    /// Reads the header, the FAT and the directory of `bytes`.
    pub fn open(bytes: &'a [u8]) -> Result<Self, CfbError> {
        if bytes.len() < 512 || !is_compound(bytes) {
            return Err(CfbError("not a compound file, or shorter than its header"));
        }
        let sector_size = match u16_at(bytes, 30) {
            9 => 512,
            12 => 4096,
            _ => return Err(CfbError("the sector size is neither 512 nor 4096 bytes")),
        };
        let mut cfb = Compound { bytes, sector_size, fat: Vec::new(), entries: Vec::new(), mini_fat_start: u32_at(bytes, 60) };
        // The FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors whose last
        // entry names the next one.
        let mut fat_sectors: Vec<u32> = u32s(&bytes[76..512]).collect();
        let mut difat = u32_at(bytes, 68);
        let mut steps = 0;
        while difat < MAX_REGULAR_SECTOR {
            steps += 1;
            if steps > cfb.sector_count() {
                return Err(CfbError("the DIFAT chain loops"));
            }
            let sector = cfb.sector(difat)?;
            let (entries, next) = sector.split_at(sector.len() - 4);
            fat_sectors.extend(u32s(entries));
            difat = u32_at(next, 0);
        }
        let fat_sectors: Vec<u32> = fat_sectors.into_iter().filter(|&s| s < MAX_REGULAR_SECTOR).collect();
        if fat_sectors.len() > cfb.sector_count() {
            return Err(CfbError("more FAT sectors than the file has sectors"));
        }
        let mut fat = Vec::with_capacity(fat_sectors.len() * (sector_size / 4));
        for &s in &fat_sectors {
            fat.extend(u32s(cfb.sector(s)?));
        }
        cfb.fat = fat;
        let directory = cfb.chain_bytes(u32_at(bytes, 48), None)?;
        cfb.entries = directory.chunks_exact(DIRECTORY_ENTRY).map(|e| entry(e, sector_size)).collect();
        if cfb.entries.first().is_none_or(|root| root.kind != 5) {
            return Err(CfbError("the directory has no root entry"));
        }
        Ok(cfb)
    }

    /// Whether a stream of this name is in the directory (names compared as Office does, without
    /// regard to ASCII case).
    pub fn has_stream(&self, name: &str) -> bool {
        self.find(name).is_some()
    }

    fn find(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.kind == 2 && e.name.eq_ignore_ascii_case(name))
    }

    /// The bytes of the stream `name`, at most `max` of them (a longer stream is an error, before
    /// anything is read).
    pub fn stream(&self, name: &str, max: u64) -> Result<Vec<u8>, CfbError> {
        let entry = self.find(name).ok_or(CfbError("no such stream"))?;
        if entry.size > max {
            return Err(CfbError(TOO_LONG));
        }
        if entry.size >= MINI_CUTOFF {
            return self.chain_bytes(entry.start, Some(entry.size as usize));
        }
        // A short stream: 64-byte sectors of the mini stream (the root entry's stream), chained
        // through the mini FAT.
        let root = &self.entries[0];
        let mini_stream = self.chain_bytes(root.start, Some(root.size.min(self.bytes.len() as u64) as usize))?;
        let mini_fat: Vec<u32> = u32s(&self.chain_bytes(self.mini_fat_start, None)?).collect();
        let size = entry.size as usize;
        let mut out = Vec::with_capacity(size);
        let mut sector = entry.start;
        let mut seen = vec![false; mini_stream.len() / MINI_SECTOR];
        while out.len() < size {
            let unseen = seen.get_mut(sector as usize).map(|seen| !std::mem::replace(seen, true));
            let at = (sector as usize * MINI_SECTOR).min(mini_stream.len());
            let Some(chunk) = mini_stream.get(at..at + MINI_SECTOR).filter(|_| unseen == Some(true)) else {
                return Err(CfbError("a short stream's chain leaves the mini stream or loops"));
            };
            out.extend_from_slice(&chunk[..MINI_SECTOR.min(size - out.len())]);
            sector = mini_fat.get(sector as usize).copied().unwrap_or(END_OF_CHAIN);
        }
        Ok(out)
    }

    /// How many whole or partial sectors follow the header.
    fn sector_count(&self) -> usize {
        (self.bytes.len() - 512).div_ceil(self.sector_size)
    }

    /// The bytes of a sector (the last one of a file may be short).
    fn sector(&self, id: u32) -> Result<&'a [u8], CfbError> {
        let start = (id as usize + 1).checked_mul(self.sector_size).filter(|&s| s < self.bytes.len() && id < MAX_REGULAR_SECTOR);
        let start = start.ok_or(CfbError("a sector lies past the end of the file"))?;
        let sector = &self.bytes[start..self.bytes.len().min(start + self.sector_size)];
        if !sector.len().is_multiple_of(4) {
            return Err(CfbError("the file ends inside a sector"));
        }
        Ok(sector)
    }

    /// The bytes of a chain of sectors from `start`: `size` of them, or the whole chain.
    fn chain_bytes(&self, start: u32, size: Option<usize>) -> Result<Vec<u8>, CfbError> {
        let mut out = Vec::with_capacity(size.unwrap_or(self.sector_size).min(self.bytes.len()));
        let mut seen = vec![false; self.sector_count()];
        let mut sector = start;
        while sector != END_OF_CHAIN && size.is_none_or(|size| out.len() < size) {
            let bytes = self.sector(sector)?;
            if std::mem::replace(&mut seen[sector as usize], true) {
                return Err(CfbError("a chain of sectors loops"));
            }
            let take = size.map_or(bytes.len(), |size| bytes.len().min(size - out.len()));
            out.extend_from_slice(&bytes[..take]);
            sector = self.fat.get(sector as usize).copied().ok_or(CfbError("a sector is not in the FAT"))?;
        }
        if size.is_some_and(|size| out.len() < size) {
            return Err(CfbError("a stream is shorter than its directory entry says"));
        }
        Ok(out)
    }
}

fn entry(bytes: &[u8], sector_size: usize) -> Entry {
    let name_bytes = (u16_at(bytes, 64) as usize).min(64).saturating_sub(2);
    let units: Vec<u16> = bytes[..name_bytes].chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
    let name = String::from_utf16_lossy(&units);
    let low = u32_at(bytes, 120) as u64;
    // A version 3 file (512-byte sectors) keeps only the low 32 bits; writers leave the high ones
    // undefined.
    let size = if sector_size == 512 { low } else { low | (u32_at(bytes, 124) as u64) << 32 };
    Entry { name, kind: bytes[66], start: u32_at(bytes, 116), size }
}

/// A compound file (version 3, 512-byte sectors) that holds `streams` in its root storage. Each
/// stream is padded with zeros to at least 4096 bytes, so that none is in the mini stream.
pub fn write(streams: &[(&str, &[u8])]) -> Vec<u8> {
    const SECTOR: usize = 512;
    const PER_SECTOR: usize = SECTOR / 4;
    let padded: Vec<usize> = streams.iter().map(|(_, data)| data.len().max(MINI_CUTOFF as usize)).collect();
    let stream_sectors: Vec<usize> = padded.iter().map(|len| len.div_ceil(SECTOR)).collect();
    let directory_sectors = (streams.len() + 1).div_ceil(SECTOR / DIRECTORY_ENTRY);
    let content = directory_sectors + stream_sectors.iter().sum::<usize>();
    // FAT sectors cover every sector, their own and the DIFAT's included; the header lists 109
    // of them, each DIFAT sector 127 more.
    let (mut fat_sectors, mut difat_sectors) = (0, 0);
    loop {
        let fat = (content + fat_sectors + difat_sectors).div_ceil(PER_SECTOR);
        let difat = fat.saturating_sub(109).div_ceil(PER_SECTOR - 1);
        if (fat, difat) == (fat_sectors, difat_sectors) {
            break;
        }
        (fat_sectors, difat_sectors) = (fat, difat);
    }
    let total = fat_sectors + difat_sectors + content;
    let mut fat = vec![FREE_SECTOR; fat_sectors * PER_SECTOR];
    fat[..fat_sectors].fill(FAT_SECTOR);
    fat[fat_sectors..fat_sectors + difat_sectors].fill(DIFAT_SECTOR);
    let mut next = fat_sectors + difat_sectors;
    let mut chain = |fat: &mut Vec<u32>, len: usize| {
        let start = next;
        for (s, entry) in fat.iter_mut().enumerate().skip(start).take(len) {
            *entry = if s + 1 < start + len { s as u32 + 1 } else { END_OF_CHAIN };
        }
        next += len;
        start as u32
    };
    let directory_start = chain(&mut fat, directory_sectors);
    let starts: Vec<u32> = stream_sectors.iter().map(|&len| chain(&mut fat, len)).collect();

    let mut out = Vec::with_capacity((total + 1) * SECTOR);
    out.extend(SIGNATURE);
    out.extend([0u8; 16]); // class id
    out.extend(0x003Eu16.to_le_bytes()); // minor version
    out.extend(3u16.to_le_bytes()); // major version
    out.extend(0xFFFEu16.to_le_bytes()); // byte order
    out.extend(9u16.to_le_bytes()); // sector shift: 512
    out.extend(6u16.to_le_bytes()); // mini sector shift: 64
    out.extend([0u8; 6]);
    out.extend(0u32.to_le_bytes()); // directory sectors (0 in version 3)
    out.extend((fat_sectors as u32).to_le_bytes());
    out.extend(directory_start.to_le_bytes());
    out.extend(0u32.to_le_bytes()); // transaction signature
    out.extend((MINI_CUTOFF as u32).to_le_bytes());
    out.extend(END_OF_CHAIN.to_le_bytes()); // mini FAT: none
    out.extend(0u32.to_le_bytes());
    let first_difat = if difat_sectors > 0 { fat_sectors as u32 } else { END_OF_CHAIN };
    out.extend(first_difat.to_le_bytes());
    out.extend((difat_sectors as u32).to_le_bytes());
    let fat_ids: Vec<u32> = (0..fat_sectors as u32).collect();
    for i in 0..109 {
        out.extend(fat_ids.get(i).copied().unwrap_or(FREE_SECTOR).to_le_bytes());
    }
    for id in &fat {
        out.extend(id.to_le_bytes());
    }
    for d in 0..difat_sectors {
        let ids = fat_ids.iter().skip(109 + d * (PER_SECTOR - 1)).take(PER_SECTOR - 1);
        let written = ids.len();
        ids.for_each(|id| out.extend(id.to_le_bytes()));
        (written..PER_SECTOR - 1).for_each(|_| out.extend(FREE_SECTOR.to_le_bytes()));
        let next = if d + 1 < difat_sectors { (fat_sectors + d + 1) as u32 } else { END_OF_CHAIN };
        out.extend(next.to_le_bytes());
    }
    let directory_at = out.len();
    out.extend(directory_entry("Root Entry", 5, if streams.is_empty() { NO_STREAM } else { 1 }, NO_STREAM, END_OF_CHAIN, 0));
    for (i, (name, _)) in streams.iter().enumerate() {
        let sibling = if i + 1 < streams.len() { i as u32 + 2 } else { NO_STREAM };
        out.extend(directory_entry(name, 2, NO_STREAM, sibling, starts[i], padded[i] as u64));
    }
    out.resize(directory_at + directory_sectors * SECTOR, 0);
    for ((_, data), &sectors) in streams.iter().zip(&stream_sectors) {
        let end = out.len() + sectors * SECTOR;
        out.extend_from_slice(data);
        out.resize(end, 0);
    }
    debug_assert_eq!(out.len(), (total + 1) * SECTOR);
    out
}

/// A directory entry: `child` and `right` link the tree (the streams of the root, in a chain of
/// right siblings, all black).
fn directory_entry(name: &str, kind: u8, child: u32, right: u32, start: u32, size: u64) -> [u8; DIRECTORY_ENTRY] {
    let mut e = [0u8; DIRECTORY_ENTRY];
    let units: Vec<u16> = name.encode_utf16().take(31).collect();
    for (i, u) in units.iter().enumerate() {
        e[2 * i..2 * i + 2].copy_from_slice(&u.to_le_bytes());
    }
    e[64..66].copy_from_slice(&((units.len() as u16 + 1) * 2).to_le_bytes());
    e[66] = kind;
    e[67] = 1; // black
    e[68..72].copy_from_slice(&NO_STREAM.to_le_bytes()); // left sibling
    e[72..76].copy_from_slice(&right.to_le_bytes());
    e[76..80].copy_from_slice(&child.to_le_bytes());
    e[116..120].copy_from_slice(&start.to_le_bytes());
    e[120..128].copy_from_slice(&size.to_le_bytes());
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back() {
        let long: Vec<u8> = (0..70_000u32).map(|i| (i % 251) as u8).collect();
        let file = write(&[("Workbook", b"short"), ("WordDocument", &long)]);
        let cfb = Compound::open(&file).expect("opens");
        assert!(cfb.has_stream("workbook") && cfb.has_stream("WordDocument") && !cfb.has_stream("Book"));
        let short = cfb.stream("Workbook", u64::MAX).expect("reads");
        assert_eq!(&short[..5], b"short");
        assert!(short.len() >= 4096 && short[5..].iter().all(|&b| b == 0), "padded out of the mini stream");
        assert_eq!(cfb.stream("WordDocument", u64::MAX).expect("reads"), long);
        assert!(cfb.stream("WordDocument", 1000).is_err(), "longer than the limit");
    }

    /// LibreOffice keeps a workbook stream under 4096 bytes in the mini stream; a mini sector that
    /// leads back to itself is a loop.
    #[test]
    fn a_short_stream_is_read_from_the_mini_stream() {
        let file = include_bytes!("../../../tests/fixtures/xlsx/tiny.xls");
        let cfb = Compound::open(file).expect("opens");
        let stream = cfb.stream("Workbook", u64::MAX).expect("reads");
        assert_eq!((stream.len(), &stream[..2]), (1965, &[0x09, 0x08][..]), "a BOF record first");
        let mut looping = file.to_vec();
        let (mini_fat, first) = ((u32_at(file, 60) as usize + 1) * 512, cfb.find("Workbook").expect("a workbook").start as usize);
        looping[mini_fat + 4 * first..mini_fat + 4 * first + 4].copy_from_slice(&(first as u32).to_le_bytes());
        assert!(Compound::open(&looping).expect("opens").stream("Workbook", u64::MAX).is_err());
    }

    /// A stream of more sectors than 109 FAT sectors cover needs DIFAT sectors.
    #[test]
    fn a_large_stream_needs_difat_sectors() {
        let big = vec![7u8; 8 << 20];
        let file = write(&[("Workbook", &big)]);
        assert!(u32_at(&file, 72) > 0, "DIFAT sectors");
        assert_eq!(Compound::open(&file).expect("opens").stream("Workbook", u64::MAX).expect("reads"), big);
    }

    #[test]
    fn a_looping_or_outlying_chain_is_an_error() {
        let file = write(&[("Workbook", &[1u8; 5000])]);
        let cfb = Compound::open(&file).expect("opens");
        let start = cfb.entries[1].start as usize;
        // Point the stream's second sector back at its first.
        let fat_at = 512;
        let mut looping = file.clone();
        looping[fat_at + 4 * (start + 1)..fat_at + 4 * (start + 2)].copy_from_slice(&(start as u32).to_le_bytes());
        // …and make the stream claim 3 GB: the loop is found, nothing that large allocated.
        let mut long = looping.clone();
        let directory_at = 512 * (u32_at(&file, 48) as usize + 1) + DIRECTORY_ENTRY;
        long[directory_at + 120..directory_at + 124].copy_from_slice(&3_000_000_000u32.to_le_bytes());
        assert!(Compound::open(&looping).expect("opens").stream("Workbook", u64::MAX).is_err());
        assert!(Compound::open(&long).expect("opens").stream("Workbook", u64::MAX).is_err());
        let mut outlying = file.clone();
        outlying[fat_at + 4 * start..fat_at + 4 * (start + 1)].copy_from_slice(&0x00FF_FFFFu32.to_le_bytes());
        assert!(Compound::open(&outlying).expect("opens").stream("Workbook", u64::MAX).is_err());
        assert!(Compound::open(&file[..600]).is_err(), "the directory past the end");
    }
}
