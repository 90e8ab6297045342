//! One look for every figure: the embedded font, two themes (for the book's light and dark
//! colour schemes), one palette per theme and one set of text sizes.
//!
//! Figures have a transparent background and are rendered once per theme; the book shows the
//! render that matches the reader's theme.

use plotters::chart::MeshStyle;
use plotters::coord::CoordTranslate;
use plotters::coord::ranged1d::Ranged;
use plotters::prelude::*;
use plotters::style::TextStyle;

use crate::language::Language;

/// The font family written into every SVG. Text is measured with the DejaVu Sans that ships in
/// `assets/`; the viewer draws it with DejaVu Sans if installed, else Verdana, whose widths
/// are close, else any sans-serif. (plotters writes the family name verbatim, so the whole
/// fallback list is the name the font is registered under.)
pub const FONT: &str = "DejaVu Sans, Verdana, sans-serif";

#[cfg(not(target_arch = "wasm32"))]
static DEJAVU_SANS: &[u8] = include_bytes!("../assets/DejaVuSans.ttf");

/// Registers the embedded font with plotters; called before any text is measured.
#[cfg(not(target_arch = "wasm32"))]
pub fn ensure_font() {
    use plotters::style::{FontStyle, register_font};
    use std::sync::Once;
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The bytes are compiled in and parsed by tests: failure here is a broken build.
        let registered =
            register_font(FONT, FontStyle::Normal, DEJAVU_SANS).is_ok();
        debug_assert!(registered, "embedded DejaVu Sans failed to parse");
    });
}

/// The book's WebAssembly module draws nothing with plotters (the page
/// draws what it computes), and plotters has no font registry there.
#[cfg(target_arch = "wasm32")]
pub fn ensure_font() {}

/// Text sizes in pixels, shared by every figure.
pub const TITLE_SIZE: f64 = 20.0;
pub const LABEL_SIZE: f64 = 16.0;
pub const TICK_SIZE: f64 = 13.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Light,
    Dark,
}

/// Colours for one of the book's colour schemes.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub mode: Mode,
    /// The figures' words: `None` for the English the code writes.
    pub language: Option<&'static Language>,
    /// Titles, labels, tick numbers.
    pub text: RGBColor,
    /// Axis lines and secondary text.
    pub muted: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// The page behind the figure: SVGs stay transparent, GIFs are filled
    /// with it (the book's light theme and its dark "navy" theme).
    pub background: RGBColor,
    /// Series colours, in the order figures use them.
    pub palette: [RGBColor; 6],
}

/// For the book's light and rust themes (white or beige page).
pub const LIGHT: Theme = Theme {
    mode: Mode::Light,
    language: None,
    text: RGBColor(0x1f, 0x23, 0x28),
    muted: RGBColor(0x57, 0x60, 0x6a),
    grid: RGBColor(0xd8, 0xdc, 0xe0),
    background: RGBColor(0xff, 0xff, 0xff),
    // Okabe–Ito hues (distinguishable with colour-vision deficiencies), the darker ones first.
    palette: [
        RGBColor(0x00, 0x72, 0xb2),
        RGBColor(0xd5, 0x5e, 0x00),
        RGBColor(0x00, 0x9e, 0x73),
        RGBColor(0xcc, 0x79, 0xa7),
        RGBColor(0xe6, 0x9f, 0x00),
        RGBColor(0x56, 0xb4, 0xe9),
    ],
};

/// For the book's navy, coal and ayu themes (near-black page).
pub const DARK: Theme = Theme {
    mode: Mode::Dark,
    language: None,
    text: RGBColor(0xe6, 0xe6, 0xe6),
    muted: RGBColor(0xa0, 0xa8, 0xb0),
    grid: RGBColor(0x3a, 0x40, 0x48),
    background: RGBColor(0x16, 0x19, 0x23),
    // The same hues, lightened where the light-theme shade is too dark on black.
    palette: [
        RGBColor(0x56, 0xb4, 0xe9),
        RGBColor(0xf0, 0x8a, 0x3c),
        RGBColor(0x2e, 0xd3, 0xa0),
        RGBColor(0xe6, 0x9c, 0xc8),
        RGBColor(0xf0, 0xe4, 0x42),
        RGBColor(0x9f, 0xd3, 0xf5),
    ],
};

/// Both themes, in the order figures are rendered.
pub const THEMES: [Theme; 2] = [LIGHT, DARK];

impl Mode {
    /// The word used in file names: `name.light.svg`, `name.dark.svg`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Light => "light",
            Mode::Dark => "dark",
        }
    }
}

impl Theme {
    /// The same colours, with the words in `language` (`None`: English).
    pub fn in_language(self, language: Option<&'static Language>) -> Theme {
        Theme { language, ..self }
    }

    /// `phrase` (a figure's English words) in the theme's language. Every
    /// word a figure shows goes through here; numbers and symbols around
    /// it are formatted after.
    pub fn t(&self, phrase: &str) -> String {
        match self.language {
            Some(language) => language.say(phrase),
            None => phrase.to_owned(),
        }
    }

    /// `template`'s words in the theme's language with each `{}` filled by
    /// the next of `values`, for words whose order around a number differs
    /// between languages: `theme.t_with("{} hidden", &[&4])` is `4 hidden`,
    /// and in Korean `은닉 유닛 4개`.
    pub fn t_with(
        &self,
        template: &str,
        values: &[&dyn std::fmt::Display],
    ) -> String {
        let words = self.t(template);
        let mut parts = words.split("{}");
        let mut out = parts.next().unwrap_or_default().to_owned();
        let mut values = values.iter();
        for part in parts {
            if let Some(value) = values.next() {
                out.push_str(&value.to_string());
            }
            out.push_str(part);
        }
        out
    }

    /// Series colour `i` (wrapping around the palette).
    pub fn series(&self, i: usize) -> RGBColor {
        self.palette[i % self.palette.len()]
    }

    /// The embedded font at `size` pixels in the theme's text colour.
    pub fn font(&self, size: f64) -> TextStyle<'static> {
        self.font_in(size, self.text)
    }

    /// The embedded font at `size` pixels in `color` (e.g. `theme.muted` for secondary text).
    pub fn font_in(&self, size: f64, color: RGBColor) -> TextStyle<'static> {
        ensure_font();
        let family = self.language.map_or(FONT, |l| l.font);
        (family, size).into_font().color(&color)
    }

    pub fn title(&self) -> TextStyle<'static> {
        self.font(TITLE_SIZE)
    }

    pub fn label(&self) -> TextStyle<'static> {
        self.font(LABEL_SIZE)
    }

    /// Applies the theme to a chart's mesh: grid, axes and their text.
    /// Use as `theme.mesh(&mut chart.configure_mesh()).x_desc("x").draw()?`.
    pub fn mesh<'m, 'a, 'b, X, Y, DB>(
        &self,
        mesh: &'m mut MeshStyle<'a, 'b, X, Y, DB>,
    ) -> &'m mut MeshStyle<'a, 'b, X, Y, DB>
    where
        X: Ranged,
        Y: Ranged,
        DB: DrawingBackend,
    {
        mesh.axis_style(self.muted)
            .bold_line_style(self.grid)
            .light_line_style(TRANSPARENT)
            .label_style(self.font(TICK_SIZE))
            .axis_desc_style(self.label())
    }
}

impl Theme {
    /// Series `series` of the palette as a labelled line through its points,
    /// each marked with a dot, and its swatch in the legend.
    pub fn marked_line<DB, X, Y>(
        &self,
        chart: &mut ChartContext<'_, DB, Cartesian2d<X, Y>>,
        series: usize,
        label: &str,
        points: Vec<(X::ValueType, Y::ValueType)>,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>>
    where
        DB: DrawingBackend,
        X: Ranged,
        Y: Ranged,
        X::ValueType: Clone + 'static,
        Y::ValueType: Clone + 'static,
    {
        let colour = self.series(series);
        chart
            .draw_series(LineSeries::new(
                points.clone(),
                colour.stroke_width(2),
            ))?
            .label(label)
            .legend(move |(x, y)| {
                PathElement::new([(x, y), (x + 20, y)], colour.stroke_width(2))
            });
        chart.draw_series(
            points
                .into_iter()
                .map(|q| Circle::new(q, 3, colour.filled())),
        )?;
        Ok(())
    }

    /// Applies the theme to a chart's legend box: theme text, grid-coloured border, no fill
    /// (the page shows through, light or dark).
    /// Use as `theme.legend(&mut chart.configure_series_labels()).draw()?`.
    pub fn legend<'m, 'a, 'b, DB, CT>(
        &self,
        labels: &'m mut plotters::chart::SeriesLabelStyle<'a, 'b, DB, CT>,
    ) -> &'m mut plotters::chart::SeriesLabelStyle<'a, 'b, DB, CT>
    where
        DB: DrawingBackend + 'a,
        CT: CoordTranslate,
    {
        labels
            .label_font(self.font(TICK_SIZE + 1.0))
            .border_style(self.grid)
            .background_style(TRANSPARENT)
    }
}
