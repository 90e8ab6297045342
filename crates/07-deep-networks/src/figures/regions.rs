//! Decision regions: the plane coloured by the class a network predicts,
//! the data on top.

use std::ops::Range;

use ndarray::Array2;
use plotters::prelude::*;
use relu_vs_sigmoid::network::Network;
use toolkit::figure::{Area, FigureError};
use toolkit::plot::{TICK_SIZE, Theme};

/// Cells per side of the grid the network is asked about.
const GRID: usize = 48;

/// A square around the points, with a margin.
pub fn square_around(x: &Array2<f64>) -> Range<f64> {
    let (lo, hi) = x
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    let pad = 0.08 * (hi - lo).max(1e-9);
    lo - pad..hi + pad
}

/// One panel: the regions where `net` says 1 and 0, then the points of
/// (x, y) in their class's colour.
pub fn regions(
    panel: &Area<'_>,
    theme: &Theme,
    title: &str,
    net: &Network,
    (x, y): (&Array2<f64>, &Array2<f64>),
) -> Result<(), FigureError> {
    let range = square_around(x);
    let cell = (range.end - range.start) / GRID as f64;
    // Every grid centre as one (2, GRID²) batch.
    let centres = Array2::from_shape_fn((2, GRID * GRID), |(axis, k)| {
        let index = if axis == 0 { k % GRID } else { k / GRID };
        range.start + (index as f64 + 0.5) * cell
    });
    let colours = [theme.series(0), theme.series(1)];
    let mut chart = ChartBuilder::on(panel)
        .margin(6)
        .caption(title, theme.font(TICK_SIZE))
        .build_cartesian_2d(range.clone(), range.clone())?;
    let p = net.probabilities(&centres);
    // One rectangle per run of equal cells in a row keeps the file small.
    for row in 0..GRID {
        let mut start = 0;
        for col in 1..=GRID {
            let class = |c: usize| p[[0, row * GRID + c]] > 0.5;
            if col == GRID || class(col) != class(start) {
                let colour = colours[usize::from(class(start))];
                let x0 = range.start + start as f64 * cell;
                let x1 = range.start + col as f64 * cell;
                let y0 = range.start + row as f64 * cell;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x0, y0), (x1, y0 + cell)],
                    colour.mix(0.22).filled(),
                )))?;
                start = col;
            }
        }
    }
    let points = (0..x.ncols()).map(|j| {
        let colour = colours[usize::from(y[[0, j]] > 0.5)];
        Circle::new((x[[0, j]], x[[1, j]]), 2, colour.filled())
    });
    chart.draw_series(points)?;
    Ok(())
}
