//! The figure and output registry: a chapter lists what it draws and records, and both its
//! binary (`--out`) and `cargo xtask figures`/`outputs` go through the same list.

use std::error::Error;
use std::io::Write;
use std::path::{Path, PathBuf};

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::cli::Failure;
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

/// One recorded program output the book includes, written to `book/src/outputs/<chapter>/`.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    /// File name, e.g. `run.txt`.
    pub file: &'static str,
    /// Writes the output, exactly as the reader would see it.
    pub record: fn(&mut dyn Write) -> Result<(), Failure>,
}

/// A chapter's guided run: each section in turn, a blank line between,
/// then the chapter's figures if `--out DIR` asked for them.
pub fn guided_run(
    sections: &[fn(&mut dyn Write) -> Result<(), Failure>],
    figures: &[Figure],
    dir: Option<&Path>,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    for (i, section) in sections.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        section(out)?;
    }
    write_figures_if_asked(figures, dir, out)
}

/// One exercise: a stub in the chapter's `src/exercises/`, graded by `cargo xtask check`.
#[derive(Debug, Clone, Copy)]
pub struct Exercise {
    /// What the reader types: `cargo xtask check <name>`.
    pub name: &'static str,
    /// The file to edit, relative to the workspace root. Its `//!` lines are the task text.
    pub file: &'static str,
    /// The reference solution, shown to the reader only once the exercise passes.
    pub solution: &'static str,
    /// The test (in the chapter's `tests/exercises.rs`) that grades it; a filter for
    /// `cargo test`, matched exactly.
    pub test: &'static str,
    /// Shown when the exercise is the next one to do.
    pub hint: &'static str,
}

/// Everything a chapter contributes to the generated parts of the book and to the grader.
#[derive(Debug, Clone, Copy)]
pub struct Chapter {
    /// Folder name under `book/src/figures/` and `book/src/outputs/`, e.g. `02-logistic`.
    pub slug: &'static str,
    /// The Cargo package (`logistic`), or `None` for a book page without a crate.
    pub package: Option<&'static str>,
    pub figures: &'static [Figure],
    pub outputs: &'static [Output],
    /// In the order a reader should do them.
    pub exercises: &'static [Exercise],
}

#[derive(Debug, thiserror::Error)]
pub enum FigureError {
    #[error("drawing failed: {0}")]
    Draw(String),
    #[error("{0}")]
    Data(#[from] crate::dataset::DataError),
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

/// plotters encodes GIFs only into a file, so each is drawn into a temporary
/// one and read back.
fn render_gif(
    size: (u32, u32),
    frames: u32,
    delay_ms: u32,
    draw: DrawFrame,
    theme: &Theme,
) -> Result<Vec<u8>, FigureError> {
    let io = |e: std::io::Error| FigureError::Draw(e.to_string());
    let file = tempfile::NamedTempFile::new().map_err(io)?;
    {
        let area = BitMapBackend::gif(file.path(), size, delay_ms)
            .map_err(|e| FigureError::Draw(e.to_string()))?
            .into_drawing_area();
        for k in 0..frames {
            area.fill(&theme.background)?;
            draw(&area, theme, k)?;
            area.present()?;
        }
    }
    std::fs::read(file.path()).map_err(io)
}

/// Renders every figure in every theme into `dir` (created if missing); returns the paths.
/// Each file is written whole or not at all.
pub fn write_figures(
    figures: &[Figure],
    dir: &Path,
) -> Result<Vec<PathBuf>, FigureError> {
    let mut written = Vec::new();
    for figure in figures {
        for theme in &THEMES {
            let bytes = figure.render(theme)?;
            let path = dir.join(figure.file_name(theme));
            write_atomic(&path, &bytes).map_err(|source| {
                FigureError::Write {
                    path: path.display().to_string(),
                    source,
                }
            })?;
            written.push(path);
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

impl Exercise {
    /// An exercise whose test has the exercise's name.
    pub const fn new(
        name: &'static str,
        file: &'static str,
        solution: &'static str,
        hint: &'static str,
    ) -> Self {
        Exercise {
            name,
            file,
            solution,
            test: name,
            hint,
        }
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a
/// reader never sees half a file, even if the program is stopped midway.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let file_name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("the path has no file name"))?;
    let tmp = dir.join(format!(".{}.partial", file_name.to_string_lossy()));
    let result = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
