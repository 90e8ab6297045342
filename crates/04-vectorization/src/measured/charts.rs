//! The two figures drawn from the recorded run: the dot products against
//! n, and the step's speed-up over the loop on each shape.

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use toolkit::figure::{Area, FigureError};
use toolkit::measured::Measurements;
use toolkit::plot::{TICK_SIZE, Theme};

use super::data::recorded;
use super::ids::{DOT_SIZES, Dot, Precision, SHAPES, Step};

/// numpy is the reference: drawn in the text colours, so that the Rust
/// variants keep the palette to themselves.
fn colour(theme: &Theme, i: usize, numpy: Option<NumpyThreads>) -> RGBColor {
    match numpy {
        None => theme.series(i),
        Some(NumpyThreads::One) => theme.muted,
        Some(NumpyThreads::Default) => theme.text,
    }
}

#[derive(Debug, Clone, Copy)]
enum NumpyThreads {
    One,
    Default,
}

fn dot_numpy(dot: Dot) -> Option<NumpyThreads> {
    match dot {
        Dot::NumpyOneThread => Some(NumpyThreads::One),
        Dot::Numpy => Some(NumpyThreads::Default),
        _ => None,
    }
}

fn step_numpy(step: Step) -> Option<NumpyThreads> {
    match step {
        Step::NumpyOneThread => Some(NumpyThreads::One),
        Step::Numpy => Some(NumpyThreads::Default),
        _ => None,
    }
}

fn no_data(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let style = theme.font(TICK_SIZE + 2.0);
    area.draw(&Text::new(
        theme.t("No measurements recorded yet: run `cargo xtask bench`."),
        (20, 40),
        style,
    ))?;
    Ok(())
}

/// [`Measurements::label`] with its words in the theme's language.
fn provenance(theme: &Theme, m: &Measurements) -> String {
    format!(
        "{} {}, {}",
        theme.t("measured on"),
        m.about("machine"),
        m.about("date")
    )
}

pub fn draw_dot_f64(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    draw_dot(area, theme, Precision::F64)
}

pub fn draw_dot_f32(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    draw_dot(area, theme, Precision::F32)
}

fn draw_dot(
    area: &Area<'_>,
    theme: &Theme,
    precision: Precision,
) -> Result<(), FigureError> {
    let m = recorded()?;
    let series: Vec<(Dot, Vec<(f64, f64)>)> = Dot::ALL
        .iter()
        .map(|&dot| {
            let points = DOT_SIZES
                .iter()
                .filter_map(|&n| {
                    Some((n as f64, m.get(&dot.id(precision, n))? * 1e9))
                })
                .collect();
            (dot, points)
        })
        .filter(|(_, p): &(Dot, Vec<_>)| !p.is_empty())
        .collect();
    if series.is_empty() {
        return no_data(area, theme);
    }
    let (lo, hi) = series
        .iter()
        .flat_map(|s| s.1.iter().map(|p| p.1))
        .fold((f64::MAX, f64::MIN), |(lo, hi), t| (lo.min(t), hi.max(t)));
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .caption(provenance(theme, &m), theme.font(TICK_SIZE))
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(
            (500.0f64..2e6).log_scale(),
            (lo / 2.0..hi * 2.0).log_scale(),
        )?;
    theme
        .mesh(&mut chart.configure_mesh())
        .x_desc(format!("n ({})", theme.t("elements")))
        .y_desc(format!("{}, ns", theme.t("median time")))
        .x_label_formatter(&|v| format!("{v:.0e}"))
        .y_label_formatter(&|v| format!("{v:.0e}"))
        .draw()?;
    for (i, (dot, points)) in series.into_iter().enumerate() {
        let numpy = dot_numpy(dot);
        let colour = colour(theme, i, numpy);
        let style = colour.stroke_width(2);
        if numpy.is_some() {
            let dashed = DashedLineSeries::new(points.clone(), 6, 4, style);
            chart
                .draw_series(dashed)?
                .label(theme.t(dot.label()))
                .legend(move |(x, y)| {
                    DashedPathElement::new([(x, y), (x + 20, y)], 6, 4, style)
                });
        } else {
            chart
                .draw_series(LineSeries::new(points.clone(), style))?
                .label(theme.t(dot.label()))
                .legend(move |(x, y)| {
                    PathElement::new([(x, y), (x + 20, y)], style)
                });
        }
        chart.draw_series(
            points
                .into_iter()
                .map(|p| Circle::new(p, 4, colour.filled())),
        )?;
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::UpperLeft)
        .draw()?;
    Ok(())
}

pub fn draw_steps(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let m = recorded()?;
    // Speed-up over the loop, per shape and variant.
    let speedups: Vec<Vec<Option<f64>>> = (0..SHAPES.len())
        .map(|s| {
            let base = m.get(&Step::Looped.id(s));
            Step::ALL
                .iter()
                .map(|step| Some(base? / m.get(&step.id(s))?))
                .collect()
        })
        .collect();
    if speedups.iter().flatten().all(Option::is_none) {
        return no_data(area, theme);
    }
    let top = speedups
        .iter()
        .flatten()
        .flatten()
        .fold(1.0, |a: f64, &b| a.max(b));
    let groups = SHAPES.len();
    let per = Step::ALL.len();
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .caption(provenance(theme, &m), theme.font(TICK_SIZE))
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d(0.0..groups as f64, 0.0..top * 1.15)?;
    theme
        .mesh(&mut chart.configure_mesh())
        .disable_x_mesh()
        .x_labels(groups * 2 + 1)
        .x_label_formatter(&|v| {
            let i = v.floor() as usize;
            if (v - v.floor() - 0.5).abs() < 0.01 && i < SHAPES.len() {
                format!("{} × {}", SHAPES[i].0, SHAPES[i].1)
            } else {
                String::new()
            }
        })
        .y_desc(theme.t("speed-up over the loop (×)"))
        .draw()?;
    let width = 0.8 / per as f64;
    for (v, step) in Step::ALL.iter().enumerate() {
        let colour = colour(theme, v, step_numpy(*step));
        let bars = speedups.iter().enumerate().filter_map(|(g, row)| {
            let value = row[v]?;
            let x0 = g as f64 + 0.1 + v as f64 * width;
            Some(Rectangle::new(
                [(x0, 0.0), (x0 + width * 0.9, value)],
                colour.filled(),
            ))
        });
        chart
            .draw_series(bars)?
            .label(theme.t(step.label()))
            .legend(move |(x, y)| {
                Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.filled())
            });
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::UpperLeft)
        .draw()?;
    Ok(())
}
