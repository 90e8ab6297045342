//! The chapter's figures: the activations, and one figure per experiment.

use gradient_descent::figures::cost_curves;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use toolkit::figure::{Area, Figure, FigureError, Render};
use toolkit::plot::{TICK_SIZE, Theme};

use crate::activation::Activation;
use crate::experiments::{
    DEAD_ITERATIONS, DEEP_TRAIN_ITERATIONS, dead, deep_training, sparsity,
    vanishing,
};

pub const FIGURES: &[Figure] = &[
    Figure {
        name: "activations",
        caption: "Left: the four activations. Right: their slopes. The sigmoid's \
                  slope is at most 1/4; tanh's at most 1; ReLU's is exactly 1 for every \
                  positive input and exactly 0 for every negative one; leaky ReLU keeps \
                  0.01 there.",
        size: Figure::SIZE,
        draw: Render::Svg(activations),
    },
    Figure {
        name: "sparsity",
        caption: "The fraction of hidden activations that are exactly 0, per layer, \
                  for the digits network before and after training. ReLU's are near \
                  one half; the sigmoid's bars are absent because none is ever 0.",
        size: Figure::SIZE,
        draw: Render::Svg(sparsity_figure),
    },
    Figure {
        name: "dead-units",
        caption: "Hidden units that are inactive (input ≤ 0) on every flower point, \
                  during training: solid ReLU, dashed leaky ReLU, one colour per \
                  learning rate and initial bias. Large steps switch units off early.",
        size: Figure::SIZE,
        draw: Render::Svg(dead_figure),
    },
    Figure {
        name: "gradient-norms",
        caption: "The size of the gradient ‖dW‖ at initialisation, log scale. Left: \
                  of the first hidden layer, as hidden layers are added. Right: of every \
                  layer of the ten-hidden-layer networks, the output layer last. Through \
                  sigmoids the gradient shrinks layer by layer towards the input, and \
                  much faster when the units start saturated.",
        size: Figure::SIZE,
        draw: Render::Svg(norms_figure),
    },
    Figure {
        name: "deep-training",
        caption: "The cost of the ten-hidden-layer networks during training on the \
                  digits: the ReLU network learns, the sigmoid network stays at \
                  ln 2 ≈ 0.693, the cost of answering 1/2 for everything.",
        size: Figure::SIZE,
        draw: Render::Svg(deep_figure),
    },
];

fn data_error(e: String) -> FigureError {
    FigureError::Draw(e)
}

fn activations(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let panels = area.split_evenly((1, 2));
    for (p, panel) in panels.iter().enumerate() {
        let (title, y_range) = if p == 0 {
            ("g(z)", -1.2..3.2)
        } else {
            ("g′(z)", -0.1..1.15)
        };
        let mut chart = ChartBuilder::on(panel)
            .margin(12)
            .caption(title, theme.font(TICK_SIZE + 3.0))
            .x_label_area_size(32)
            .y_label_area_size(40)
            .build_cartesian_2d(-4.0f64..4.0, y_range)?;
        theme.mesh(&mut chart.configure_mesh()).x_desc("z").draw()?;
        for (i, g) in Activation::ALL.into_iter().enumerate() {
            let colour = theme.series(i);
            // Split at 0 so ReLU's jumping slope is drawn as a jump.
            for side in [-1.0, 1.0] {
                let points = (0..=200).map(|k| {
                    let z = side * 4.0 * f64::from(k) / 200.0;
                    let z = if k == 0 { side * 1e-9 } else { z };
                    (z, if p == 0 { g.apply(z) } else { g.derivative(z) })
                });
                let series = chart.draw_series(LineSeries::new(
                    points,
                    colour.stroke_width(2),
                ))?;
                if side > 0.0 {
                    series.label(theme.t(g.name())).legend(move |(x, y)| {
                        PathElement::new(
                            [(x, y), (x + 18, y)],
                            colour.stroke_width(2),
                        )
                    });
                }
            }
        }
        if p == 0 {
            theme
                .legend(&mut chart.configure_series_labels())
                .position(SeriesLabelPosition::UpperLeft)
                .draw()?;
        }
    }
    Ok(())
}

fn sparsity_figure(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let runs = sparsity().map_err(data_error)?;
    let bars: Vec<(String, &Vec<f64>)> = runs
        .iter()
        .flat_map(|r| {
            let name = theme.t(r.activation.name());
            [
                (format!("{name}, {}", theme.t("at init")), &r.at_init),
                (format!("{name}, {}", theme.t("trained")), &r.trained),
            ]
        })
        .collect();
    let hidden_layer = theme.t("hidden layer");
    let layers = bars.first().map_or(0, |b| b.1.len());
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(56)
        .build_cartesian_2d(0.0..layers as f64, 0.0..100.0)?;
    theme
        .mesh(&mut chart.configure_mesh())
        .disable_x_mesh()
        .x_labels(layers * 2 + 1)
        .x_label_formatter(&|v| {
            let i = v.floor();
            if (v - i - 0.5).abs() < 0.01 {
                format!("{hidden_layer} {}", i + 1.0)
            } else {
                String::new()
            }
        })
        .y_desc(format!("{} 0 (%)", theme.t("activations exactly")))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .draw()?;
    let width = 0.8 / bars.len() as f64;
    for (b, (label, values)) in bars.iter().enumerate() {
        let colour = theme.series(b);
        let rects = values.iter().enumerate().map(move |(layer, v)| {
            let x0 = layer as f64 + 0.1 + b as f64 * width;
            Rectangle::new(
                [(x0, 0.0), (x0 + width * 0.9, 100.0 * v)],
                colour.filled(),
            )
        });
        chart
            .draw_series(rects)?
            .label(label.clone())
            .legend(move |(x, y)| {
                Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.filled())
            });
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::UpperRight)
        .draw()?;
    Ok(())
}

fn dead_figure(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let runs = dead().map_err(data_error)?;
    let top = runs
        .iter()
        .flat_map(|r| r.dead.iter().map(|d| d.1))
        .max()
        .unwrap_or(1);
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d(
            0.0..DEAD_ITERATIONS as f64,
            0.0..(top as f64 * 1.15 + 1.0),
        )?;
    theme
        .mesh(&mut chart.configure_mesh())
        .x_desc(theme.t("iteration"))
        .y_desc(theme.t("dead hidden units (of 100)"))
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .draw()?;
    let settings = runs.len() / 2;
    for (i, run) in runs.iter().enumerate() {
        let colour = theme.series(i % settings);
        let style = colour.stroke_width(2);
        let points: Vec<(f64, f64)> = run
            .dead
            .iter()
            .map(|&(it, d)| (it as f64, d as f64))
            .collect();
        let label = format!("α = {}, {} {}", run.lr, theme.t("bias"), run.bias);
        if i < settings {
            chart
                .draw_series(LineSeries::new(points, style))?
                .label(label)
                .legend(move |(x, y)| {
                    PathElement::new([(x, y), (x + 18, y)], style)
                });
        } else {
            chart.draw_series(std::iter::once(DashedPathElement::new(
                points, 6, 4, style,
            )))?;
        }
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::UpperRight)
        .draw()?;
    Ok(())
}

fn norms_figure(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let runs = vanishing().map_err(data_error)?;
    let panels = area.split_evenly((1, 2));
    // Left: the first layer's gradient against depth. Right: every layer
    // of the deepest network.
    let series: [Vec<(&str, Vec<(f64, f64)>)>; 2] = [
        runs.iter()
            .map(|r| {
                let points = r
                    .norms
                    .iter()
                    .filter_map(|(d, n)| Some((*d as f64, *n.first()?)))
                    .collect();
                (r.kind.label, points)
            })
            .collect(),
        runs.iter()
            .filter_map(|r| {
                let norms = &r.norms.last()?.1;
                let points = norms
                    .iter()
                    .enumerate()
                    .map(|(l, &n)| ((l + 1) as f64, n))
                    .collect();
                Some((r.kind.label, points))
            })
            .collect(),
    ];
    let (lo, hi) = series
        .iter()
        .flatten()
        .flat_map(|s| s.1.iter().map(|p| p.1))
        .filter(|v| *v > 0.0)
        .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let titles = [
        (theme.t("first hidden layer"), theme.t("hidden layers")),
        (
            theme.t("ten hidden layers"),
            format!(
                "{} (1 = {})",
                theme.t("layer"),
                theme.t("next to the input")
            ),
        ),
    ];
    for (p, panel) in panels.iter().enumerate() {
        let x_max = series[p]
            .iter()
            .flat_map(|s| s.1.iter().map(|q| q.0))
            .fold(1.0, f64::max);
        let x_min = if p == 0 { 1.5 } else { 0.5 };
        let mut chart = ChartBuilder::on(panel)
            .margin(12)
            .caption(&titles[p].0, theme.font(TICK_SIZE + 2.0))
            .x_label_area_size(36)
            .y_label_area_size(if p == 0 { 56 } else { 20 })
            .build_cartesian_2d(
                x_min..x_max + 0.5,
                (lo / 3.0..hi * 3.0).log_scale(),
            )?;
        let mut mesh = chart.configure_mesh();
        theme
            .mesh(&mut mesh)
            .x_desc(&titles[p].1)
            .x_labels(x_max as usize)
            .x_label_formatter(&|v| format!("{v:.0}"))
            .y_label_formatter(&|v| format!("{v:.0e}"));
        if p == 0 {
            mesh.y_desc(format!("‖dW‖ {}", theme.t("at initialisation")));
        }
        mesh.draw()?;
        for (i, (label, points)) in series[p].iter().enumerate() {
            let colour = theme.series(i);
            let style = colour.stroke_width(2);
            let drawn =
                chart.draw_series(LineSeries::new(points.clone(), style))?;
            if p == 1 {
                drawn.label(theme.t(label)).legend(move |(x, y)| {
                    PathElement::new([(x, y), (x + 18, y)], style)
                });
            }
            chart.draw_series(
                points.iter().map(|&q| Circle::new(q, 3, colour.filled())),
            )?;
        }
        if p == 1 {
            theme
                .legend(&mut chart.configure_series_labels())
                .position(SeriesLabelPosition::LowerRight)
                .draw()?;
        }
    }
    Ok(())
}

fn deep_figure(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let curves = deep_training().map_err(data_error)?;
    let curves: Vec<(String, &[(usize, f64)])> = curves
        .iter()
        .map(|c| (theme.t(c.kind.label), c.costs.as_slice()))
        .collect();
    cost_curves(area, theme, &curves, DEEP_TRAIN_ITERATIONS)
}
