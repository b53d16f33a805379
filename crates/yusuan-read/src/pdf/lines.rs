//! Glyphs → lines → runs. A line is grouped by baseline and font size, not by ink boxes (which
//! would put `,` `.` `、` on lines of their own); a run is a stretch of a line without a wide gap.

use super::engine::Glyph;

/// A gap wider than this many font sizes ends a run (a cell of an unruled table).
const RUN_GAP_EMS: f32 = 1.5;
/// Baselines closer than this many font sizes are one line.
const SAME_LINE_EMS: f32 = 0.4;

/// Glyphs that share a baseline, left to right.
#[derive(Debug, Clone)]
pub struct Line {
    pub baseline: f32,
    pub size: f32,
    pub glyphs: Vec<Glyph>,
}

impl Line {
    /// The text of the line's glyphs, with runs of spaces kept as one.
    pub fn text(&self) -> String {
        text_of(&self.glyphs)
    }

    /// The line cut at wide gaps.
    pub fn runs(&self) -> Vec<&[Glyph]> {
        let mut runs = Vec::new();
        let mut start = 0;
        let ink: Vec<usize> = (0..self.glyphs.len()).filter(|&i| !self.glyphs[i].ch.is_whitespace()).collect();
        for pair in ink.windows(2) {
            let (a, b) = (&self.glyphs[pair[0]], &self.glyphs[pair[1]]);
            let covered = self.glyphs[pair[0]..pair[1]].iter().any(|g| g.ch.is_whitespace() && g.advance > 0.0 && gap_is_spaced(a, b, g));
            if b.x - a.right() > RUN_GAP_EMS * a.size.max(b.size) && !covered {
                runs.push(&self.glyphs[start..pair[1]]);
                start = pair[1];
            }
        }
        if start < self.glyphs.len() {
            runs.push(&self.glyphs[start..]);
        }
        runs.retain(|r| r.iter().any(|g| !g.ch.is_whitespace()));
        runs
    }
}

/// A gap mostly filled by typed spaces is a space in the text (`目  录`), not a column gap —
/// unless the spaces are few and narrow next to it.
fn gap_is_spaced(a: &Glyph, b: &Glyph, space: &Glyph) -> bool {
    space.advance * 2.0 >= (b.x - a.right()).min(4.0 * a.size)
}

/// Groups glyphs into lines, top to bottom.
pub fn lines(glyphs: &[Glyph]) -> Vec<Line> {
    let mut sorted: Vec<&Glyph> = glyphs.iter().collect();
    sorted.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<Line> = Vec::new();
    for g in sorted {
        let joins = lines.last().is_some_and(|l| (g.baseline - l.baseline).abs() <= SAME_LINE_EMS * l.size.min(g.size).max(1.0));
        if joins {
            let line = lines.last_mut().expect("checked");
            line.size = line.size.max(g.size);
            line.glyphs.push(g.clone());
        } else {
            lines.push(Line { baseline: g.baseline, size: g.size, glyphs: vec![g.clone()] });
        }
    }
    for line in &mut lines {
        line.glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
    }
    lines
}

/// The text of glyphs on one line: a space where a gap or typed spaces separate two Latin
/// letters or digits, nothing between CJK characters.
pub fn text_of(glyphs: &[Glyph]) -> String {
    let mut out = String::new();
    let mut last: Option<&Glyph> = None;
    let mut pending_space = false;
    for g in glyphs {
        if g.ch.is_whitespace() {
            pending_space = last.is_some();
            continue;
        }
        if let Some(prev) = last {
            let gap = g.x - prev.right() > 0.25 * g.size.max(prev.size);
            if (pending_space || gap) && (prev.ch.is_ascii_alphanumeric() || g.ch.is_ascii_alphanumeric()) && !out.ends_with(' ') {
                out.push(' ');
            }
        }
        out.push(g.ch);
        last = Some(g);
        pending_space = false;
    }
    out
}

/// The text of several lines of one cell, top to bottom: joined directly (a wrapped CJK cell),
/// with a space between two Latin words.
pub fn join_lines(lines: &[Line]) -> String {
    let texts: Vec<String> = lines.iter().map(Line::text).collect();
    crate::normalize::join_wrapped(texts.iter().map(String::as_str))
}
