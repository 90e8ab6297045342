//! Figures: a chapter lists what it draws, and both its binary (`--out`) and
//! `cargo xtask figures` render the same list, in every theme.

use std::error::Error;
use std::io::Write;
use std::path::{Path, PathBuf};

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::cli::Failure;
use crate::files::write_atomic;
use crate::language::Language;
use crate::plot::{THEMES, Theme};

/// Where a figure is drawn: an SVG canvas of the figure's size, transparent background.
pub type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// Draws one figure in one theme.
pub type Draw = fn(&Area<'_>, &Theme) -> Result<(), FigureError>;

/// Where one frame of an animation is drawn: pixels, on the theme's page
/// colour (GIF has no partial transparency).
pub type BitmapArea<'a> = DrawingArea<BitMapBackend<'a>, Shift>;

/// Draws frame `k` of an animation in one theme.
pub type DrawFrame =
    fn(&BitmapArea<'_>, &Theme, u32) -> Result<(), FigureError>;

/// How a figure is made: a still SVG, or an animated GIF where motion is the
/// point.
#[derive(Debug, Clone, Copy)]
pub enum Render {
    Svg(Draw),
    Gif {
        frames: u32,
        /// Time between frames.
        delay_ms: u32,
        draw: DrawFrame,
    },
}

/// One figure of a chapter.
#[derive(Debug, Clone, Copy)]
pub struct Figure {
    /// File stem, e.g. `sigmoid` → `sigmoid.light.svg` and `sigmoid.dark.svg`.
    pub name: &'static str,
    /// The caption the book prints under it (plain text, one sentence or two).
    pub caption: &'static str,
    /// Width and height in pixels.
    pub size: (u32, u32),
    pub draw: Render,
}

#[derive(Debug, thiserror::Error)]
pub enum FigureError {
    #[error("drawing failed: {0}")]
    Draw(String),
    #[cfg(feature = "data")]
    #[error("{0}")]
    Data(#[from] crate::dataset::DataError),
    #[error("{0}")]
    Measured(#[from] crate::measured::MeasuredError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("figure `{name}` ({theme}): {source}")]
    In {
        name: &'static str,
        theme: &'static str,
        source: Box<FigureError>,
    },
}

impl<E: Error + Send + Sync> From<DrawingAreaErrorKind<E>> for FigureError {
    fn from(err: DrawingAreaErrorKind<E>) -> Self {
        FigureError::Draw(err.to_string())
    }
}

impl Figure {
    /// The usual size, 720 × 440: wide enough for two panels, short enough to read beside text.
    pub const SIZE: (u32, u32) = (720, 440);

    /// The file's bytes for this figure in `theme`.
    pub fn render(&self, theme: &Theme) -> Result<Vec<u8>, FigureError> {
        let within = |e: FigureError| FigureError::In {
            name: self.name,
            theme: theme.mode.as_str(),
            source: Box::new(e),
        };
        match self.draw {
            Render::Svg(draw) => {
                let mut svg = String::new();
                {
                    let area = SVGBackend::with_string(&mut svg, self.size)
                        .into_drawing_area();
                    draw(&area, theme)
                        .and_then(|()| {
                            area.present().map_err(FigureError::from)
                        })
                        .map_err(within)?;
                }
                Ok(svg.into_bytes())
            }
            Render::Gif {
                frames,
                delay_ms,
                draw,
            } => render_gif(self.size, frames, delay_ms, draw, theme)
                .map_err(within),
        }
    }

    /// `name.light.svg` / `name.dark.svg` (or `.gif`).
    pub fn file_name(&self, theme: &Theme) -> String {
        let extension = match self.draw {
            Render::Svg(_) => "svg",
            Render::Gif { .. } => "gif",
        };
        format!("{}.{}.{extension}", self.name, theme.mode.as_str())
    }
}

/// Each frame is drawn into an RGB buffer and encoded as plotters' own GIF
/// backend would (the same encoder and settings), in memory: plotters'
/// encoder also brings an image library with JPEG and PNG, which nothing
/// here needs and every build would compile.
fn render_gif(
    size: (u32, u32),
    frames: u32,
    delay_ms: u32,
    draw: DrawFrame,
    theme: &Theme,
) -> Result<Vec<u8>, FigureError> {
    let gif = |e: gif::EncodingError| FigureError::Draw(e.to_string());
    let (w, h) = size;
    let (Ok(w16), Ok(h16)) = (u16::try_from(w), u16::try_from(h)) else {
        return Err(FigureError::Draw(format!(
            "{w} × {h} is too large for a GIF"
        )));
    };
    let mut bytes = Vec::new();
    {
        let mut encoder =
            gif::Encoder::new(&mut bytes, w16, h16, &[]).map_err(gif)?;
        encoder.set_repeat(gif::Repeat::Infinite).map_err(gif)?;
        let mut pixels = vec![0u8; w as usize * h as usize * 3];
        for k in 0..frames {
            {
                let area = BitMapBackend::with_buffer(&mut pixels, size)
                    .into_drawing_area();
                area.fill(&theme.background)?;
                draw(&area, theme, k)?;
                area.present()?;
            }
            let mut frame = gif::Frame::from_rgb_speed(w16, h16, &pixels, 10);
            // In hundredths of a second, rounded.
            frame.delay =
                u16::try_from((delay_ms + 5) / 10).unwrap_or(u16::MAX);
            encoder.write_frame(&frame).map_err(gif)?;
        }
    }
    Ok(bytes)
}

/// Renders every figure in every theme into `dir` (created if missing); returns the paths.
/// Each file is written whole or not at all.
pub fn write_figures(
    figures: &[Figure],
    dir: &Path,
) -> Result<Vec<PathBuf>, FigureError> {
    write_figures_in(figures, dir, None, &mut |_, _| {})
}

/// [`write_figures`] with the words in `language` (`None`: English); after
/// each figure, `asked` gets its name and the phrases it passed through
/// [`Theme::t`], which the language noted.
pub fn write_figures_in(
    figures: &[Figure],
    dir: &Path,
    language: Option<&'static Language>,
    asked: &mut dyn FnMut(&'static str, Vec<String>),
) -> Result<Vec<PathBuf>, FigureError> {
    let mut written = Vec::new();
    for figure in figures {
        for theme in &THEMES {
            let theme = theme.in_language(language);
            let bytes = figure.render(&theme)?;
            let path = dir.join(figure.file_name(&theme));
            write_atomic(&path, &bytes).map_err(|source| {
                FigureError::Write {
                    path: path.display().to_string(),
                    source,
                }
            })?;
            written.push(path);
        }
        if let Some(language) = language {
            asked(figure.name, language.take_asked());
        }
    }
    Ok(written)
}

/// What a chapter binary does with `--out`: write the figures there and say
/// so, or, without it, say how to get them.
pub fn write_figures_if_asked(
    figures: &[Figure],
    dir: Option<&Path>,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    match dir {
        Some(dir) => {
            let written = write_figures(figures, dir)?;
            writeln!(
                out,
                "\nWrote {} figure files to {}.",
                written.len(),
                dir.display()
            )?;
        }
        None => {
            writeln!(out, "\nAdd --out DIR to write this chapter's figures.")?
        }
    }
    Ok(())
}
