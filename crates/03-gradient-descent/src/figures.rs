//! The chapter's figures, drawn from [`crate::experiments`] and
//! [`crate::descent`].

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use toolkit::figure::{Area, BitmapArea, Figure, FigureError, Render};
use toolkit::plot::{TICK_SIZE, Theme};

use crate::descent::{QUADRATIC_RATES, quadratic_path};
use crate::experiments::{
    self, B_RANGE, CONTOUR_FEATURE, Checkpoint, Grid, W_RANGE,
};

pub const FIGURES: &[Figure] = &[
    Figure {
        name: "quadratic-steps",
        caption: "Ten gradient-descent steps on J(w) = (w − 1)² from w = −2 with four \
                  learning rates. Too small crawls towards the minimum; a good one gets \
                  there in a few steps; a large one overshoots back and forth but still \
                  closes in; too large overshoots further every time and diverges.",
        size: (720, 520),
        draw: Render::Svg(quadratic_steps),
    },
    Figure {
        name: "contour",
        caption: "The cost J(w, b) of logistic regression on one standardized feature of \
                  the breast-cancer data (worst_radius), darker where it is lower, and \
                  forty steps of gradient descent from the same start with three learning \
                  rates. The path always leaves a point at right angles to the contour \
                  through it: the gradient is the direction of steepest ascent.",
        size: (720, 480),
        draw: Render::Svg(contour),
    },
    Figure {
        name: "descent",
        caption: "The α = 1 path of the figure above, two steps per frame.",
        size: (560, 380),
        draw: Render::Gif {
            frames: experiments::CONTOUR_STEPS as u32 / 2 + 1,
            delay_ms: 250,
            draw: descent_frame,
        },
    },
    Figure {
        name: "learning-rates",
        caption: "The training cost over 1500 iterations for the three learning rates the \
                  course compares, on a real task: is this digit a 0? (pixels divided by 16). \
                  Every curve falls; the smaller the rate, the slower.",
        size: Figure::SIZE,
        draw: Render::Svg(learning_rates),
    },
    Figure {
        name: "train-test",
        caption: "Training and test accuracy along one run on the breast-cancer data \
                  (standardized, α = 0.1), iterations on a logarithmic axis. Accuracy on the \
                  held-out test set is what matters; the dot marks its best value.",
        size: Figure::SIZE,
        draw: Render::Svg(train_test),
    },
];

fn describe(e: impl std::fmt::Display) -> FigureError {
    FigureError::Draw(e.to_string())
}

fn quadratic_steps(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let panels = area.split_evenly((2, 2));
    for (panel, &(alpha, name)) in panels.iter().zip(&QUADRATIC_RATES) {
        let mut chart = ChartBuilder::on(panel)
            .margin(10)
            .caption(
                format!("α = {alpha}: {}", theme.t(name)),
                theme.font(TICK_SIZE + 2.0),
            )
            .x_label_area_size(36)
            .y_label_area_size(40)
            .build_cartesian_2d(-8.0f64..10.0, 0.0f64..65.0)?;
        theme.mesh(&mut chart.configure_mesh()).x_desc("w").draw()?;
        let curve = (0..=180)
            .map(|i| -8.0 + f64::from(i) * 0.1)
            .map(|w| (w, (w - 1.0).powi(2)));
        chart
            .draw_series(LineSeries::new(curve, theme.muted.stroke_width(2)))?;
        let path: Vec<(f64, f64)> = quadratic_path(-2.0, alpha, 10)
            .into_iter()
            .map(|w| (w, (w - 1.0).powi(2)))
            .filter(|(w, _)| (-8.0..=10.0).contains(w))
            .collect();
        let colour = theme.series(1);
        chart.draw_series(LineSeries::new(
            path.clone(),
            colour.stroke_width(1),
        ))?;
        chart.draw_series(
            path.iter().map(|&p| Circle::new(p, 3, colour.filled())),
        )?;
    }
    Ok(())
}

/// The filled contour under the paths: cells shaded by the band of ln J,
/// equal steps in the logarithm so that both the steep walls and the flat
/// floor show. Runs of equal cells in a row are drawn as one rectangle.
fn shade_surface<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, Plane>,
    grid: &Grid,
    theme: &Theme,
) -> Result<(), FigureError>
where
    DB::ErrorType: 'static,
{
    let (nw, nb) = grid.cells;
    let (dw, db) = Grid::cell_size(grid.cells);
    let band = |c: f64| ((c.ln() + 2.5) / 0.5).floor().clamp(0.0, 9.0) as u8;
    let ink = theme.series(0);
    let mut rects = Vec::new();
    for k in 0..nb {
        let row = &grid.costs[k * nw..(k + 1) * nw];
        let mut start = 0;
        while start < nw {
            let level = band(row[start]);
            let mut end = start + 1;
            while end < nw && band(row[end]) == level {
                end += 1;
            }
            let y = B_RANGE.0 + k as f64 * db;
            let corners = [
                (W_RANGE.0 + start as f64 * dw, y),
                (W_RANGE.0 + end as f64 * dw, y + db),
            ];
            rects.push(Rectangle::new(
                corners,
                ink.mix(0.65 - 0.065 * f64::from(level)).filled(),
            ));
            start = end;
        }
    }
    chart.draw_series(rects).map_err(describe)?;
    Ok(())
}

/// The (w, b) plane of the contour figures.
type Plane = Cartesian2d<RangedCoordf64, RangedCoordf64>;

fn contour_chart<'a, DB: DrawingBackend + 'a>(
    area: &'a DrawingArea<DB, Shift>,
    theme: &Theme,
) -> Result<ChartContext<'a, DB, Plane>, FigureError>
where
    DB::ErrorType: 'static,
{
    let mut chart = ChartBuilder::on(area)
        .margin(14)
        .x_label_area_size(36)
        .y_label_area_size(44)
        .build_cartesian_2d(W_RANGE.0..W_RANGE.1, B_RANGE.0..B_RANGE.1)
        .map_err(describe)?;
    theme
        .mesh(&mut chart.configure_mesh())
        .disable_mesh()
        .x_desc(format!("w ({CONTOUR_FEATURE})"))
        .y_desc("b")
        .draw()
        .map_err(describe)?;
    Ok(chart)
}

fn contour(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let surface = experiments::surface().map_err(describe)?;
    let mut chart = contour_chart(area, theme)?;
    shade_surface(&mut chart, &surface.fine, theme)?;
    for (i, (alpha, path)) in surface.paths.iter().enumerate() {
        let colour = theme.series(i + 1);
        chart
            .draw_series(LineSeries::new(path.clone(), colour.stroke_width(2)))?
            .label(format!("α = {alpha}"))
            .legend(move |(x, y)| {
                PathElement::new([(x, y), (x + 20, y)], colour.stroke_width(2))
            });
        chart.draw_series(
            path.iter().map(|&p| Circle::new(p, 2, colour.filled())),
        )?;
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::UpperLeft)
        .draw()?;
    Ok(())
}

fn descent_frame(
    area: &BitmapArea<'_>,
    theme: &Theme,
    frame: u32,
) -> Result<(), FigureError> {
    let surface = experiments::surface().map_err(describe)?;
    let mut chart = contour_chart(area, theme)?;
    shade_surface(&mut chart, &surface.coarse, theme)?;
    let (alpha, path) = surface
        .paths
        .iter()
        .find(|(a, _)| (*a - 1.0).abs() < 1e-12)
        .ok_or_else(|| describe("no α = 1 path"))?;
    let shown = &path[..=(2 * frame as usize).min(path.len() - 1)];
    let colour = theme.series(2);
    chart
        .draw_series(LineSeries::new(shown.to_vec(), colour.stroke_width(2)))?;
    if let Some(&last) = shown.last() {
        chart.draw_series([Circle::new(last, 5, colour.filled())])?;
    }
    let label = format!(
        "α = {alpha}, {}",
        theme.t_with("step {} of {}", &[&(shown.len() - 1), &(path.len() - 1)])
    );
    chart.draw_series([Text::new(
        label,
        (W_RANGE.0 + 0.3, B_RANGE.1 - 0.3),
        theme.font(TICK_SIZE + 2.0),
    )])?;
    Ok(())
}

fn learning_rates(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let runs = experiments::learning_rates().map_err(describe)?;
    let curves: Vec<(String, &[(usize, f64)])> = runs
        .iter()
        .map(|r| (format!("α = {}", r.learning_rate), r.costs.as_slice()))
        .collect();
    cost_curves(area, theme, &curves, experiments::RATE_ITERATIONS)
}

/// Cost against iteration, one labelled line per run, over `iterations`:
/// how every chapter shows training.
pub fn cost_curves(
    area: &Area<'_>,
    theme: &Theme,
    curves: &[(String, &[(usize, f64)])],
    iterations: usize,
) -> Result<(), FigureError> {
    let top = curves
        .iter()
        .flat_map(|c| c.1.iter().map(|p| p.1))
        .fold(0.0, f64::max);
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(56)
        .build_cartesian_2d(0.0..iterations as f64, 0.0..top * 1.05)?;
    theme
        .mesh(&mut chart.configure_mesh())
        .x_desc(theme.t("iteration"))
        .y_desc(theme.t("cost J"))
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| format!("{v:.2}"))
        .draw()?;
    for (i, (label, costs)) in curves.iter().enumerate() {
        let colour = theme.series(i);
        let points = costs.iter().map(|&(it, c)| (it as f64, c));
        chart
            .draw_series(LineSeries::new(points, colour.stroke_width(2)))?
            .label(label.clone())
            .legend(move |(x, y)| {
                PathElement::new([(x, y), (x + 20, y)], colour.stroke_width(2))
            });
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::UpperRight)
        .draw()?;
    Ok(())
}

fn train_test(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let curve = experiments::accuracy_curve().map_err(describe)?;
    let points: Vec<_> =
        curve.points.iter().filter(|p| p.iteration > 0).collect();
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(56)
        .build_cartesian_2d(
            (10.0..experiments::CURVE_ITERATIONS as f64).log_scale(),
            0.9f64..1.0,
        )?;
    theme
        .mesh(&mut chart.configure_mesh())
        .x_desc(theme.t("iteration"))
        .y_desc(theme.t("accuracy"))
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| format!("{:.0} %", v * 100.0))
        .draw()?;
    let series: [(&str, fn(&Checkpoint) -> f64); 2] =
        [("training set", |p| p.train), ("test set", |p| p.test)];
    for (i, (name, pick)) in series.into_iter().enumerate() {
        let colour = theme.series(i);
        let line = points.iter().map(|p| (p.iteration as f64, pick(p)));
        chart
            .draw_series(LineSeries::new(line, colour.stroke_width(2)))?
            .label(theme.t(name))
            .legend(move |(x, y)| {
                PathElement::new([(x, y), (x + 20, y)], colour.stroke_width(2))
            });
    }
    if let Some(Checkpoint {
        iteration: i, test, ..
    }) = curve.best_test()
    {
        chart.draw_series([Circle::new(
            (i as f64, test),
            5,
            theme.series(1).filled(),
        )])?;
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::LowerRight)
        .draw()?;
    Ok(())
}
