//! The chapter's figures, drawn from the reference code in this crate.

use plotters::prelude::*;
use toolkit::figure::{Area, Figure, FigureError, Render};
use toolkit::plot::Theme;

use crate::convexity::{self, ITERATIONS, LEARNING_RATE};
use crate::loss::{sigmoid, sigmoid_derivative};

/// A named function of one variable, drawn as a line.
type Curve = (&'static str, fn(f64) -> f64);

pub const FIGURES: &[Figure] = &[
    Figure {
        name: "sigmoid",
        caption: "The sigmoid σ(z) squeezes any number into (0, 1): near 1 for large \
                  positive z, near 0 for large negative z, exactly 0.5 at z = 0. Its slope \
                  σ'(z) = σ(z)(1 − σ(z)) is never more than 1/4, reached at z = 0.",
        size: Figure::SIZE,
        draw: Render::Svg(sigmoid_figure),
    },
    Figure {
        name: "losses",
        caption: "The loss of one example against the prediction ŷ. For a positive example \
                  (y = 1) it is −ln ŷ, which grows without bound as ŷ falls to 0; for a \
                  negative one (y = 0) it is −ln(1 − ŷ), which grows as ŷ rises to 1.",
        size: Figure::SIZE,
        draw: Render::Svg(losses_figure),
    },
    Figure {
        name: "convexity",
        caption: "The cost of a one-weight model (b = 0) on a small dataset, cross-entropy \
                  on the left, squared error on the right. Open circles are six starting \
                  weights, filled ones where gradient descent ended. Every cross-entropy run \
                  reaches the same minimum; a squared-error run that starts on the flat \
                  left stays there.",
        size: (720, 380),
        draw: Render::Svg(convexity_figure),
    },
    Figure {
        name: "decision-boundary",
        caption: "Two features of the breast-cancer data and the decision boundary of a \
                  logistic regression trained on them: the line where wᵀx + b = 0, that is \
                  ŷ = 0.5. The model predicts malignant on one side and benign on the other; \
                  its accuracy is in the run's output.",
        size: (720, 480),
        draw: Render::Svg(boundary_figure),
    },
];

fn sigmoid_figure(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d(-8.0f64..8.0, -0.05f64..1.05)?;
    theme.mesh(&mut chart.configure_mesh()).x_desc("z").draw()?;
    let zs: Vec<f64> = (0..=320).map(|i| -8.0 + f64::from(i) * 0.05).collect();
    let curves: [Curve; 2] = [
        ("σ(z)", sigmoid),
        ("σ'(z) = σ(z)(1 − σ(z))", sigmoid_derivative),
    ];
    for (i, (name, f)) in curves.into_iter().enumerate() {
        let colour = theme.series(i);
        chart
            .draw_series(LineSeries::new(
                zs.iter().map(|&z| (z, f(z))),
                colour.stroke_width(2),
            ))?
            .label(name)
            .legend(move |(x, y)| {
                PathElement::new([(x, y), (x + 20, y)], colour.stroke_width(2))
            });
    }
    let dashed = |y: f64| {
        DashedLineSeries::new([(-8.0, y), (8.0, y)], 4, 4, theme.muted.into())
    };
    chart.draw_series(dashed(0.25))?;
    chart.draw_series([Circle::new(
        (0.0, 0.25),
        4,
        theme.series(1).filled(),
    )])?;
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::UpperLeft)
        .draw()?;
    Ok(())
}

fn losses_figure(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d(0.0f64..1.0, 0.0f64..5.0)?;
    theme
        .mesh(&mut chart.configure_mesh())
        .x_desc(theme.t("prediction ŷ"))
        .y_desc(theme.t("loss"))
        .draw()?;
    let ys: Vec<f64> = (1..1000).map(|i| f64::from(i) / 1000.0).collect();
    let curves: [Curve; 2] = [
        ("y = 1: −ln ŷ", |p| -p.ln()),
        ("y = 0: −ln(1 − ŷ)", |p| -(1.0 - p).ln()),
    ];
    for (i, (name, f)) in curves.into_iter().enumerate() {
        let colour = theme.series(i);
        let points = ys.iter().map(|&p| (p, f(p))).filter(|&(_, l)| l <= 5.0);
        chart
            .draw_series(LineSeries::new(points, colour.stroke_width(2)))?
            .label(name)
            .legend(move |(x, y)| {
                PathElement::new([(x, y), (x + 20, y)], colour.stroke_width(2))
            });
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::UpperMiddle)
        .draw()?;
    Ok(())
}

fn convexity_figure(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let panels = area.split_evenly((1, 2));
    let results = convexity::experiment(LEARNING_RATE, ITERATIONS);
    for (panel, (loss, runs)) in panels.iter().zip(results) {
        let curve: Vec<(f64, f64)> = (0..=400)
            .map(|i| -10.0 + f64::from(i) * 0.05)
            .map(|w| (w, convexity::slice_cost(loss, w)))
            .collect();
        let top = curve.iter().map(|p| p.1).fold(0.0, f64::max) * 1.08;
        let mut chart = ChartBuilder::on(panel)
            .margin(12)
            .caption(theme.t(loss.name()), theme.label())
            .x_label_area_size(36)
            .y_label_area_size(46)
            .build_cartesian_2d(-10.0f64..10.0, 0.0..top)?;
        theme
            .mesh(&mut chart.configure_mesh())
            .x_desc("w")
            .y_desc("J(w)")
            .y_label_formatter(&|v| format!("{v:.2}"))
            .draw()?;
        chart
            .draw_series(LineSeries::new(curve, theme.text.stroke_width(2)))?;
        for (i, run) in runs.iter().enumerate() {
            let colour = theme.series(i);
            let start = (run.start, convexity::slice_cost(loss, run.start));
            chart.draw_series([Circle::new(
                start,
                5,
                colour.stroke_width(2),
            )])?;
            chart.draw_series([Circle::new(
                (run.end, run.cost),
                5,
                colour.filled(),
            )])?;
        }
    }
    Ok(())
}

fn boundary_figure(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let model = crate::boundary::train()
        .map_err(|e| FigureError::Draw(e.to_string()))?;
    let x = &model.data.x;
    let range = |row: usize| {
        let values = x.row(row);
        let lo = values.iter().copied().fold(f64::MAX, f64::min);
        let hi = values.iter().copied().fold(f64::MIN, f64::max);
        let pad = (hi - lo) * 0.05;
        (lo - pad)..(hi + pad)
    };
    let (xr, yr) = (range(0), range(1));
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d(xr.clone(), yr.clone())?;
    theme
        .mesh(&mut chart.configure_mesh())
        .x_desc(crate::boundary::FEATURES[0])
        .y_desc(crate::boundary::FEATURES[1])
        .draw()?;
    for (class, name) in [(0.0, "malignant"), (1.0, "benign")] {
        let colour = theme.series(usize::from(class > 0.5));
        let points = (0..x.ncols())
            .filter(|&j| (model.data.y[[0, j]] - class).abs() < 0.5)
            .map(|j| {
                Circle::new((x[[0, j]], x[[1, j]]), 3, colour.mix(0.7).filled())
            });
        chart
            .draw_series(points)?
            .label(format!("{} ({class})", theme.t(name)))
            .legend(move |(px, py)| {
                Circle::new((px + 10, py), 4, colour.filled())
            });
    }
    // The boundary is straight: find where it is inside the plot, then draw
    // one segment between the first and last inside points.
    let inside: Vec<(f64, f64)> = (0..=1000)
        .map(|i| xr.start + (xr.end - xr.start) * f64::from(i) / 1000.0)
        .filter_map(|x1| model.line_at(x1).map(|x2| (x1, x2)))
        .filter(|(_, x2)| yr.contains(x2))
        .collect();
    let line: Vec<(f64, f64)> = inside
        .first()
        .into_iter()
        .chain(inside.last())
        .copied()
        .collect();
    let ink = theme.text;
    chart
        .draw_series(LineSeries::new(line, ink.stroke_width(2)))?
        .label("ŷ = 0.5")
        .legend(move |(x, y)| {
            PathElement::new([(x, y), (x + 20, y)], ink.stroke_width(2))
        });
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::UpperRight)
        .draw()?;
    Ok(())
}
