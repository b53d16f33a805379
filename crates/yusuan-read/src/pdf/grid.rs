//! Ruled tables: the ruling lines of a page → grids → rows of cells, with column boundaries
//! from the lines' positions, not from spaces. Near-coincident lines (Word draws every cell's
//! rectangle with hairline offsets) are merged first; a cell merged across columns or rows keeps
//! its text whole.

use super::engine::{Glyph, Rule};
use super::lines::{join_lines, lines};

/// Lines closer than this (points) are one line.
const SAME_LINE: f32 = 2.0;

/// A table's ruling: its column and row boundaries and the lines that draw them.
#[derive(Debug)]
pub struct Grid {
    xs: Vec<f32>,
    ys: Vec<f32>,
    horizontals: Vec<Rule>,
    verticals: Vec<Rule>,
}

/// One row of a grid: its top and its non-empty cells by first grid column.
#[derive(Debug)]
pub struct GridRow {
    pub top: f32,
    pub cells: Vec<(usize, String)>,
}

impl Grid {
    /// The column boundaries, left to right.
    pub fn xs(&self) -> &[f32] {
        &self.xs
    }

    pub fn top(&self) -> f32 {
        self.ys[0]
    }

    /// When every column boundary of this grid is one of `boundaries` (a grid of the same table
    /// on the page before), the number there of each of this grid's boundaries.
    pub fn columns_within(&self, boundaries: &[f32]) -> Option<Vec<usize>> {
        self.xs.iter().map(|x| boundaries.iter().position(|b| (b - x).abs() <= SAME_LINE * 1.5)).collect()
    }

    /// Whether a glyph stands inside the grid.
    pub fn holds(&self, g: &Glyph) -> bool {
        let (x, y) = middle(g);
        self.xs[0] <= x && x <= self.xs[self.xs.len() - 1] && self.ys[0] <= y && y <= self.ys[self.ys.len() - 1]
    }

    fn vertical_at(&self, x: f32, y: f32) -> bool {
        self.verticals.iter().any(|v| (v.x0 - x).abs() <= SAME_LINE && v.y0 - SAME_LINE <= y && y <= v.y1 + SAME_LINE)
    }

    fn horizontal_at(&self, y: f32, x: f32) -> bool {
        self.horizontals.iter().any(|h| (h.y0 - y).abs() <= SAME_LINE && h.x0 - SAME_LINE <= x && x <= h.x1 + SAME_LINE)
    }

    /// The cells of each row band as (first column, last column + 1) and the cell that owns
    /// them: the cell itself, or the one above when no line separates them.
    fn cells(&self) -> Vec<Vec<(usize, usize, (usize, usize))>> {
        let mut bands: Vec<Vec<(usize, usize, (usize, usize))>> = Vec::with_capacity(self.ys.len() - 1);
        for r in 0..self.ys.len() - 1 {
            let mid_y = (self.ys[r] + self.ys[r + 1]) / 2.0;
            let last = self.xs.len() - 1;
            let bounds: Vec<usize> = (0..=last).filter(|&k| k == 0 || k == last || self.vertical_at(self.xs[k], mid_y)).collect();
            let mut row = Vec::with_capacity(bounds.len());
            for pair in bounds.windows(2) {
                let (left, right) = (pair[0], pair[1]);
                let mid_x = (self.xs[left] + self.xs[right]) / 2.0;
                let owner = if r > 0 && !self.horizontal_at(self.ys[r], mid_x) {
                    bands[r - 1].iter().find(|&&(a, b, _)| self.xs[a] <= mid_x && mid_x <= self.xs[b]).map_or((r, left), |c| c.2)
                } else {
                    (r, left)
                };
                row.push((left, right, owner));
            }
            bands.push(row);
        }
        bands
    }

    /// The grid's rows with the text of the glyphs inside it.
    pub fn rows(&self, glyphs: &[&Glyph]) -> Vec<GridRow> {
        let bands = self.cells();
        let mut owned: Vec<((usize, usize), Vec<Glyph>)> = Vec::new();
        for g in glyphs {
            let (x, y) = middle(g);
            let Some(r) = (0..self.ys.len() - 1).find(|&r| y < self.ys[r + 1]).or(Some(self.ys.len() - 2)) else { continue };
            let Some(&(_, _, owner)) = bands[r].iter().find(|&&(a, b, _)| x < self.xs[b] && x >= self.xs[a]).or(bands[r].last()) else { continue };
            match owned.iter_mut().find(|(o, _)| *o == owner) {
                Some((_, list)) => list.push((*g).clone()),
                None => owned.push((owner, vec![(*g).clone()])),
            }
        }
        let mut rows: Vec<GridRow> = Vec::new();
        owned.sort_by_key(|(o, _)| *o);
        for ((r, column), cell_glyphs) in owned {
            let text = join_lines(&lines(&cell_glyphs));
            if text.is_empty() {
                continue;
            }
            match rows.last_mut() {
                Some(row) if row.top == self.ys[r] => row.cells.push((column, text)),
                _ => rows.push(GridRow { top: self.ys[r], cells: vec![(column, text)] }),
            }
        }
        rows
    }
}

/// Where a glyph counts: the middle of its body.
fn middle(g: &Glyph) -> (f32, f32) {
    (g.x + g.advance / 2.0, g.baseline - g.size / 3.0)
}

/// The grids a page's ruling lines draw: groups of touching lines with at least two of each
/// direction.
pub fn grids(rules: &[Rule]) -> Vec<Grid> {
    let (h, v): (Vec<Rule>, Vec<Rule>) = rules.iter().partition(|r| r.is_horizontal());
    let horizontals = merge_collinear(h, true);
    let verticals = merge_collinear(v, false);
    let n = horizontals.len();
    let mut parent: Vec<usize> = (0..n + verticals.len()).collect();
    for (i, hr) in horizontals.iter().enumerate() {
        for (j, vr) in verticals.iter().enumerate() {
            if touches(hr, vr) {
                union(&mut parent, i, n + j);
            }
        }
    }
    let mut groups: Vec<(usize, Vec<Rule>, Vec<Rule>)> = Vec::new();
    for i in 0..parent.len() {
        let root = find(&mut parent, i);
        let slot = match groups.iter().position(|g| g.0 == root) {
            Some(p) => p,
            None => {
                groups.push((root, Vec::new(), Vec::new()));
                groups.len() - 1
            }
        };
        if i < n {
            groups[slot].1.push(horizontals[i]);
        } else {
            groups[slot].2.push(verticals[i - n]);
        }
    }
    groups
        .into_iter()
        .filter(|(_, h, v)| h.len() >= 2 && v.len() >= 2)
        .map(|(_, horizontals, verticals)| {
            let xs = cluster(verticals.iter().map(|r| r.x0).collect());
            let ys = cluster(horizontals.iter().map(|r| r.y0).collect());
            Grid { xs, ys, horizontals, verticals }
        })
        .filter(|g| g.xs.len() >= 2 && g.ys.len() >= 2)
        .collect()
}

fn touches(h: &Rule, v: &Rule) -> bool {
    let tol = 2.5;
    h.x0 - tol <= v.x0 && v.x0 <= h.x1 + tol && v.y0 - tol <= h.y0 && h.y0 <= v.y1 + tol
}

fn find(parent: &mut [usize], i: usize) -> usize {
    let mut root = i;
    while parent[root] != root {
        root = parent[root];
    }
    parent[i] = root;
    root
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    parent[ra] = rb;
}

/// Lines on one level that touch or overlap, joined.
fn merge_collinear(mut rules: Vec<Rule>, horizontal: bool) -> Vec<Rule> {
    let level = |r: &Rule| if horizontal { r.y0 } else { r.x0 };
    let span = |r: &Rule| if horizontal { (r.x0, r.x1) } else { (r.y0, r.y1) };
    rules.sort_by(|a, b| level(a).total_cmp(&level(b)).then(span(a).0.total_cmp(&span(b).0)));
    let mut out: Vec<Rule> = Vec::new();
    let mut i = 0;
    while i < rules.len() {
        let mut j = i;
        while j + 1 < rules.len() && level(&rules[j + 1]) - level(&rules[i]) <= SAME_LINE {
            j += 1;
        }
        let mut same_level = rules[i..=j].to_vec();
        same_level.sort_by(|a, b| span(a).0.total_cmp(&span(b).0));
        let at = same_level.iter().map(level).sum::<f32>() / same_level.len() as f32;
        let mut current: Option<(f32, f32)> = None;
        for r in &same_level {
            let (s, e) = span(r);
            current = match current {
                Some((cs, ce)) if s <= ce + SAME_LINE => Some((cs, ce.max(e))),
                Some((cs, ce)) => {
                    out.push(make(horizontal, at, cs, ce));
                    Some((s, e))
                }
                None => Some((s, e)),
            };
        }
        if let Some((cs, ce)) = current {
            out.push(make(horizontal, at, cs, ce));
        }
        i = j + 1;
    }
    out
}

fn make(horizontal: bool, at: f32, start: f32, end: f32) -> Rule {
    if horizontal {
        Rule { x0: start, y0: at, x1: end, y1: at }
    } else {
        Rule { x0: at, y0: start, x1: at, y1: end }
    }
}

/// Positions within [`SAME_LINE`] of each other, as one (their mean), ascending.
fn cluster(mut values: Vec<f32>) -> Vec<f32> {
    values.sort_by(f32::total_cmp);
    let mut out: Vec<(f32, usize)> = Vec::new();
    for v in values {
        match out.last_mut() {
            Some((sum, n)) if v - *sum / *n as f32 <= SAME_LINE => {
                *sum += v;
                *n += 1;
            }
            _ => out.push((v, 1)),
        }
    }
    out.into_iter().map(|(sum, n)| sum / n as f32).collect()
}
