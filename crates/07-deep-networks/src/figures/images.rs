//! Grey images drawn as SVG rectangles: each row's runs of equal shade (in
//! sixteen shades) become one rectangle, which keeps the file small.

use ndarray::ArrayView1;
use plotters::prelude::*;
use toolkit::figure::{Area, FigureError};
use toolkit::plot::{TICK_SIZE, Theme};

const SHADES: u8 = 15;

/// One image of `side` × `side` pixels in [0, 1] (row by row), ink dark on
/// the light theme and light on the dark one, with a caption above it.
pub fn grey_image(
    panel: &Area<'_>,
    theme: &Theme,
    caption: &str,
    pixels: ArrayView1<'_, f64>,
    side: usize,
) -> Result<(), FigureError> {
    let n = side as i32;
    // A square image in whatever panel it is given, under its caption.
    let (w, h) = panel.dim_in_pixel();
    let caption_height = 18;
    let square = w.min(h.saturating_sub(caption_height)).saturating_sub(6);
    let sideways = (w.saturating_sub(square) / 2) as i32;
    let below = (h.saturating_sub(square + caption_height)) as i32;
    let mut chart = ChartBuilder::on(panel)
        .margin_left(sideways)
        .margin_right(sideways)
        .margin_bottom(below)
        .caption(caption, theme.font(TICK_SIZE - 2.0))
        .build_cartesian_2d(0..n, 0..n)?;
    // A whole number of steps, so that equal shades compare exactly.
    let shade = |v: f64| (v.clamp(0.0, 1.0) * f64::from(SHADES)).round() as u8;
    let ink = theme.text;
    for row in 0..side {
        let mut start = 0;
        for col in 1..=side {
            let at = |c: usize| shade(pixels[row * side + c]);
            if col == side || at(col) != at(start) {
                let level = at(start);
                if level > 0 {
                    let (top, left, right) =
                        (n - row as i32, start as i32, col as i32);
                    chart.draw_series(std::iter::once(Rectangle::new(
                        [(left, top), (right, top - 1)],
                        ink.mix(f64::from(level) / f64::from(SHADES)).filled(),
                    )))?;
                }
                start = col;
            }
        }
    }
    // A thin frame, so that an image with dark edges still reads as a square.
    chart.draw_series(std::iter::once(Rectangle::new(
        [(0, 0), (n, n)],
        theme.grid.stroke_width(1),
    )))?;
    Ok(())
}
