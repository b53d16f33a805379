//! The one file that talks to the PDF engine (hayro): each page becomes the glyphs it shows and
//! the ruling lines it draws, in points from the top-left corner of the page box. Everything
//! after this works on [`PageInk`] alone, so the engine can be swapped by rewriting this file.

use crate::error::ReadError;
use hayro_interpret::font::GlyphRun;
use hayro_interpret::kurbo::{Affine, BezPath, PathEl, Point, Rect, Shape};
use hayro_interpret::{
    interpret_page, BlendMode, ClipPath, Context, Device, DrawMode, DrawProps, Image, ImageDrawProps, InterpreterCache,
    InterpreterSettings, SoftMask,
};
use hayro_syntax::{LoadPdfError, Pdf};

/// A glyph as shown: its character, where its baseline starts, its size and advance (points).
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub ch: char,
    pub x: f32,
    pub baseline: f32,
    pub size: f32,
    pub advance: f32,
}

impl Glyph {
    pub fn right(&self) -> f32 {
        self.x + self.advance
    }
}

/// An axis-parallel ruling line (a table border), with `x0 <= x1` and `y0 <= y1`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl Rule {
    pub fn is_horizontal(&self) -> bool {
        self.y1 - self.y0 <= self.x1 - self.x0
    }
}

/// What one page shows.
#[derive(Debug, Default)]
pub struct PageInk {
    /// 1-based.
    pub number: u32,
    pub width: f32,
    pub height: f32,
    pub glyphs: Vec<Glyph>,
    pub rules: Vec<Rule>,
    /// Images drawn over at least half the page: a scanned page.
    pub page_images: usize,
}

/// A rectangle thinner than this (points) is a line, not a cell's background.
const RULE_THICKNESS: f64 = 2.5;

/// Reads every page of a PDF.
pub fn pages(bytes: &[u8]) -> Result<Vec<PageInk>, ReadError> {
    let pdf = Pdf::new(bytes.to_vec()).map_err(|e| match e {
        LoadPdfError::Decryption(_) => ReadError::unreadable(
            "PDF 已加密，需要密码才能读取 / the PDF is encrypted and needs a password".into(),
        ),
        LoadPdfError::Invalid => ReadError::unreadable(
            "PDF 文件已损坏或不完整，无法解析 / the PDF is damaged or incomplete and cannot be parsed".into(),
        ),
    })?;
    let settings = InterpreterSettings::default();
    let cache = InterpreterCache::new();
    let mut out = Vec::new();
    for (i, page) in pdf.pages().iter().enumerate() {
        let (width, height) = page.render_dimensions();
        let mut ink = Ink { page: Rect::new(0.0, 0.0, width as f64, height as f64), clips: Vec::new(), out: PageInk::default() };
        let initial = Affine::new(page.initial_transform(true).as_coeffs());
        let mut context = Context::new(initial, ink.page, &cache, pdf.xref(), settings.clone());
        interpret_page(page, &mut context, &mut ink);
        let mut page_ink = ink.out;
        page_ink.number = i as u32 + 1;
        page_ink.width = width;
        page_ink.height = height;
        drop_overprinted(&mut page_ink.glyphs);
        out.push(page_ink);
    }
    Ok(out)
}

/// WPS prints bold text twice (fill, then stroke) or shifted by a hair: one glyph is kept.
fn drop_overprinted(glyphs: &mut Vec<Glyph>) {
    let mut kept: Vec<Glyph> = Vec::with_capacity(glyphs.len());
    for g in glyphs.drain(..) {
        let repeat = kept.iter().rev().take(64).any(|k| {
            k.ch == g.ch && (k.x - g.x).abs() < 0.3 * g.size.max(1.0) && (k.baseline - g.baseline).abs() < 0.3 * g.size.max(1.0)
        });
        if !repeat {
            kept.push(g);
        }
    }
    *glyphs = kept;
}

/// The device that collects what a page shows, within the page box and the clip.
struct Ink {
    page: Rect,
    /// The clip's bounding box at each depth (device space).
    clips: Vec<Rect>,
    out: PageInk,
}

impl Ink {
    fn visible_area(&self) -> Rect {
        self.clips.last().copied().unwrap_or(self.page)
    }

    fn push_clip(&mut self, rect: Rect) {
        let clipped = self.visible_area().intersect(rect);
        self.clips.push(clipped);
    }

    fn add_rules(&mut self, path: &BezPath, fill_only: bool) {
        let area = self.visible_area();
        for subpath in straight_subpaths(path) {
            match subpath.whole.then(|| as_rectangle(&subpath.points)).flatten() {
                Some(rect) if rect.width() <= RULE_THICKNESS || rect.height() <= RULE_THICKNESS => self.push_rule(rect, area),
                // A stroked box: its four edges.
                Some(rect) if !fill_only => {
                    for edge in [
                        Rect::new(rect.x0, rect.y0, rect.x1, rect.y0),
                        Rect::new(rect.x0, rect.y1, rect.x1, rect.y1),
                        Rect::new(rect.x0, rect.y0, rect.x0, rect.y1),
                        Rect::new(rect.x1, rect.y0, rect.x1, rect.y1),
                    ] {
                        self.push_rule(edge, area);
                    }
                }
                Some(_) => {}
                // A filled sliver drawn with mitred ends (Excel's cell borders: four corners, one
                // edge slanted): a line all the same.
                None if subpath.whole => {
                    if let Some(rect) = thin_polygon(&subpath.points) {
                        self.push_rule(rect, area);
                    } else if !fill_only {
                        self.push_axis_parallel(&subpath.points, area);
                    }
                }
                // Stroked lines that are not a box: the axis-parallel ones.
                None if !fill_only => self.push_axis_parallel(&subpath.points, area),
                None => {}
            }
        }
    }

    /// The axis-parallel segments of a stroked run of lines.
    fn push_axis_parallel(&mut self, points: &[Point], area: Rect) {
        for pair in points.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if (a.x - b.x).abs() < 0.5 || (a.y - b.y).abs() < 0.5 {
                self.push_rule(Rect::from_points(a, b), area);
            }
        }
    }

    fn push_rule(&mut self, rect: Rect, area: Rect) {
        let visible = rect.intersect(area.inflate(1.0, 1.0));
        if visible.width() < 0.0 || visible.height() < 0.0 || (visible.width() < 1.0 && visible.height() < 1.0) {
            return;
        }
        let (x0, y0, x1, y1) = if visible.width() >= visible.height() {
            let y = visible.center().y;
            (visible.x0, y, visible.x1, y)
        } else {
            let x = visible.center().x;
            (x, visible.y0, x, visible.y1)
        };
        self.out.rules.push(Rule { x0: x0 as f32, y0: y0 as f32, x1: x1 as f32, y1: y1 as f32 });
    }
}

/// A run of straight lines of a path; `whole` when no curve cut it short.
struct Subpath {
    points: Vec<Point>,
    whole: bool,
}

/// A path's runs of straight lines, each closed one ending at its first point again.
fn straight_subpaths(path: &BezPath) -> Vec<Subpath> {
    let mut out = Vec::new();
    let mut points: Vec<Point> = Vec::new();
    let mut flush = |points: &mut Vec<Point>, whole: bool| {
        let points = std::mem::take(points);
        if points.len() >= 2 {
            out.push(Subpath { points, whole });
        }
    };
    for el in path.elements() {
        match *el {
            PathEl::MoveTo(p) => {
                flush(&mut points, true);
                points.push(p);
            }
            PathEl::LineTo(p) => points.push(p),
            PathEl::ClosePath => {
                if let Some(&first) = points.first().filter(|f| points.last().is_some_and(|l| l.distance(**f) >= 0.5)) {
                    points.push(first);
                }
                flush(&mut points, true);
            }
            _ => flush(&mut points, false),
        }
    }
    flush(&mut points, true);
    out
}

/// The box of a polygon of four or five corners (its first point again at the end, when
/// closed) that is thinner than a rule in one direction: a line drawn as a filled shape.
fn thin_polygon(points: &[Point]) -> Option<Rect> {
    if !(4..=6).contains(&points.len()) {
        return None;
    }
    let rect = points.iter().skip(1).fold(Rect::from_points(points[0], points[0]), |r, &p| r.union_pt(p));
    (rect.width().min(rect.height()) <= RULE_THICKNESS && rect.width().max(rect.height()) > 2.0 * RULE_THICKNESS).then_some(rect)
}

/// The rectangle four (or five, the last closing on the first) axis-parallel corners draw.
fn as_rectangle(points: &[Point]) -> Option<Rect> {
    let mut corners = points.to_vec();
    if corners.len() == 5 && corners[0].distance(corners[4]) < 0.5 {
        corners.pop();
    }
    if corners.len() != 4 {
        return None;
    }
    let parallel = (0..4).all(|i| {
        let (a, b) = (corners[i], corners[(i + 1) % 4]);
        (a.x - b.x).abs() < 0.5 || (a.y - b.y).abs() < 0.5
    });
    parallel.then(|| corners.iter().skip(1).fold(Rect::from_points(corners[0], corners[0]), |r, &p| r.union_pt(p)))
}

impl<'a> Device<'a> for Ink {
    fn draw_path(&mut self, path: &BezPath, props: DrawProps<'a>, draw_mode: &DrawMode) {
        let device_path = props.transform * path.clone();
        let fill_only = matches!(draw_mode, DrawMode::Fill(_));
        if matches!(draw_mode, DrawMode::Invisible) {
            return;
        }
        self.add_rules(&device_path, fill_only);
    }

    fn push_clip_path(&mut self, clip_path: &ClipPath) {
        self.push_clip(clip_path.path.bounding_box());
    }

    fn push_clip_rect(&mut self, rect: &Rect) {
        self.push_clip(*rect);
    }

    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}

    fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, _: &DrawMode) {
        let area = self.visible_area();
        for glyph in run.glyphs() {
            let t = props.transform * glyph.transform();
            let origin = t * Point::ORIGIN;
            let up = (t * Point::new(0.0, 1000.0)) - origin;
            let size = up.hypot();
            let advance_units = match &**glyph {
                hayro_interpret::font::Glyph::Outline(o) => o.advance_width(),
                hayro_interpret::font::Glyph::Type3(g) => g.advance_width(),
            }
            .filter(|w| *w > 0.0)
            .unwrap_or(500.0) as f64;
            let advance = ((t * Point::new(advance_units, 0.0)) - origin).hypot();
            // The glyph counts where its middle is: a glyph clipped away or off the page is not shown.
            let middle = Point::new(origin.x + advance / 2.0, origin.y - size / 3.0);
            if !area.contains(middle) {
                continue;
            }
            let chars: Vec<char> = match glyph.as_unicode() {
                Some(hayro_interpret::hayro_cmap::BfString::Char(c)) => vec![c],
                Some(hayro_interpret::hayro_cmap::BfString::String(s)) => s.chars().collect(),
                None => vec![char::REPLACEMENT_CHARACTER],
            };
            let share = advance / chars.len().max(1) as f64;
            for (k, ch) in chars.into_iter().enumerate() {
                self.out.glyphs.push(Glyph {
                    ch,
                    x: (origin.x + share * k as f64) as f32,
                    baseline: origin.y as f32,
                    size: size as f32,
                    advance: share as f32,
                });
            }
        }
    }

    fn draw_image(&mut self, _: Image<'a, '_>, props: ImageDrawProps<'a>) {
        // An image is drawn into the unit square; its transform gives its place on the page.
        let placed = (props.transform * Rect::new(0.0, 0.0, 1.0, 1.0).to_path(0.1)).bounding_box().intersect(self.page);
        if placed.area() * 2.0 >= self.page.area() {
            self.out.page_images += 1;
        }
    }

    fn pop_clip(&mut self) {
        self.clips.pop();
    }

    fn pop_transparency_group(&mut self) {}
}
