//! The chapter's figures, one per experiment.

mod images;
mod regions;

use gradient_descent::figures::cost_curves;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use relu_vs_sigmoid::flower::flower;
use toolkit::figure::{Area, Figure, FigureError, Render};
use toolkit::plot::{TICK_SIZE, Theme};

use crate::course::python_float;
use crate::experiments::{
    activations, course_runs, fashion, held_out, hyperparameters, init_scale,
    planar_sets, symmetry,
};
use regions::regions;

pub const FIGURES: &[Figure] = &[
    Figure {
        name: "flower-sizes",
        caption: "Week 3's sweep: the regions where the network says 1 (orange) and 0 (blue) \
                  on the course's flower, with no hidden layer (logistic regression) and with \
                  one hidden tanh layer of each size, trained as the course trains them, and \
                  the training accuracy of each.",
        size: (720, 400),
        draw: Render::Svg(flower_sizes),
    },
    Figure {
        name: "hidden-activations",
        caption: "The same network with four different hidden activations. Without one the \
                  two layers are a single linear function, and the boundary is a straight \
                  line.",
        size: (720, 220),
        draw: Render::Svg(hidden_activations),
    },
    Figure {
        name: "activation-costs",
        caption: "The cost during training for each hidden activation, everything else as the \
                  course sets it. tanh falls fastest; the linear layer stops where logistic \
                  regression stops.",
        size: Figure::SIZE,
        draw: Render::Svg(activation_costs),
    },
    Figure {
        name: "symmetry",
        caption: "The incoming weights of the four hidden units during training, one colour \
                  per unit (solid: from x₁, dashed: from x₂). From zeros nothing moves; from \
                  equal weights the four units move as one; from a random start they part.",
        size: (720, 300),
        draw: Render::Svg(symmetry_figure),
    },
    Figure {
        name: "init-scale",
        caption: "The cost on the flower for three sizes of the first weights, log scales. \
                  × 0.01 starts on a plateau, × 10 starts with most tanh units saturated and a \
                  large cost and never recovers the ground.",
        size: Figure::SIZE,
        draw: Render::Svg(init_scale_figure),
    },
    Figure {
        name: "held-out",
        caption: "Training and held-out accuracy on the flower against the hidden layer's \
                  size: past a few units the training accuracy still rises, the held-out \
                  accuracy does not.",
        size: Figure::SIZE,
        draw: Render::Svg(held_out_figure),
    },
    Figure {
        name: "planar-sets",
        caption: "The course's other data sets: top, with no hidden layer; bottom, with four \
                  hidden tanh units.",
        size: (720, 400),
        draw: Render::Svg(planar_figure),
    },
    Figure {
        name: "hyperparameters",
        caption: "Held-out accuracy on the flower after each number of iterations, one line \
                  per learning rate, one panel per hidden layer size.",
        size: (720, 320),
        draw: Render::Svg(hyperparameters_figure),
    },
    Figure {
        name: "fashion-costs",
        caption: "Week 4's two models, as the course trains them, on the bundled shirts and \
                  T-shirts: the cost every 100 iterations.",
        size: Figure::SIZE,
        draw: Render::Svg(fashion_costs),
    },
    Figure {
        name: "fashion-wrong",
        caption: "Test images the L-layer model gets wrong, with their labels and the \
                  model's probability that each is a shirt.",
        size: (720, 230),
        draw: Render::Svg(fashion_wrong),
    },
];

fn data_error(e: String) -> FigureError {
    FigureError::Draw(e)
}

fn flower_sizes(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let runs = course_runs::sweep().map_err(data_error)?;
    let (x, y) = flower();
    for (run, panel) in runs.iter().zip(area.split_evenly((2, 4)).iter()) {
        let title = match run.hidden {
            0 => format!(
                "{}: {} %",
                theme.t("no hidden layer"),
                python_float(run.accuracy)
            ),
            h => theme
                .t_with("{} hidden: {} %", &[&h, &python_float(run.accuracy)]),
        };
        regions(panel, theme, &title, &run.network, (&x, &y))?;
    }
    Ok(())
}

fn hidden_activations(
    area: &Area<'_>,
    theme: &Theme,
) -> Result<(), FigureError> {
    let runs = activations::activations().map_err(data_error)?;
    let (x, y) = flower();
    for (run, panel) in runs.iter().zip(area.split_evenly((1, 4)).iter()) {
        let title = format!(
            "{}: {:.2} %",
            theme.t(run.activation.name()),
            run.accuracy
        );
        regions(panel, theme, &title, &run.network, (&x, &y))?;
    }
    Ok(())
}

fn activation_costs(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let runs = activations::activations().map_err(data_error)?;
    let curves: Vec<(String, &[(usize, f64)])> = runs
        .iter()
        .map(|r| (theme.t(r.activation.name()), r.costs.as_slice()))
        .collect();
    cost_curves(area, theme, &curves, crate::course::FLOWER_ITERATIONS)
}

fn symmetry_figure(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let runs = symmetry::symmetry().map_err(data_error)?;
    let (lo, hi) = runs
        .iter()
        .flat_map(|r| r.w1.iter().flat_map(|(_, w)| w.iter().copied()))
        .fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let pad = 0.05 * (hi - lo).max(1e-9);
    for (p, (run, panel)) in runs
        .iter()
        .zip(area.split_evenly((1, 3)).iter())
        .enumerate()
    {
        let mut chart = ChartBuilder::on(panel)
            .margin(8)
            .caption(
                format!("{} {}", theme.t("start"), theme.t(run.start.name())),
                theme.font(TICK_SIZE + 1.0),
            )
            .x_label_area_size(32)
            .y_label_area_size(if p == 0 { 44 } else { 16 })
            .build_cartesian_2d(
                0.0..symmetry::ITERATIONS as f64,
                lo - pad..hi + pad,
            )?;
        let mut mesh = chart.configure_mesh();
        theme
            .mesh(&mut mesh)
            .x_desc(theme.t("iteration"))
            .x_labels(3)
            .x_label_formatter(&|v| format!("{v:.0}"));
        if p == 0 {
            mesh.y_desc(theme.t("weight into unit"));
        } else {
            mesh.y_label_formatter(&|_| String::new());
        }
        mesh.draw()?;
        let units = run.w1.first().map_or(0, |w| w.1.nrows());
        for unit in 0..units {
            let colour = theme.series(unit);
            for input in 0..2 {
                let points: Vec<(f64, f64)> = run
                    .w1
                    .iter()
                    .map(|(i, w)| (*i as f64, w[[unit, input]]))
                    .collect();
                let style = colour.stroke_width(2);
                if input == 0 {
                    chart.draw_series(LineSeries::new(points, style))?;
                } else {
                    chart.draw_series(std::iter::once(
                        DashedPathElement::new(points, 5, 4, style),
                    ))?;
                }
            }
        }
    }
    Ok(())
}

fn init_scale_figure(
    area: &Area<'_>,
    theme: &Theme,
) -> Result<(), FigureError> {
    let runs = init_scale::init_scales().map_err(data_error)?;
    let costs = runs.iter().flat_map(|r| r.costs.iter().map(|c| c.1));
    let (lo, hi) =
        costs.fold((f64::MAX, f64::MIN), |(lo, hi), c| (lo.min(c), hi.max(c)));
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(56)
        .build_cartesian_2d(
            (1.0..crate::course::FLOWER_ITERATIONS as f64).log_scale(),
            (lo * 0.9..hi * 1.1).log_scale(),
        )?;
    theme
        .mesh(&mut chart.configure_mesh())
        .x_desc(format!("{} + 1", theme.t("iteration")))
        .y_desc(format!("{} J", theme.t("cost")))
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| format!("{v:.2}"))
        .draw()?;
    for (i, run) in runs.iter().enumerate() {
        let colour = theme.series(i);
        let points = run.costs.iter().map(|&(it, c)| ((it + 1) as f64, c));
        chart
            .draw_series(LineSeries::new(points, colour.stroke_width(2)))?
            .label(format!(
                "× {} ({:.0} % {})",
                run.scale,
                100.0 * run.saturated,
                theme.t("saturated")
            ))
            .legend(move |(x, y)| {
                PathElement::new([(x, y), (x + 20, y)], colour.stroke_width(2))
            });
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::LowerLeft)
        .draw()?;
    Ok(())
}

fn held_out_figure(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let runs = held_out::held_out().map_err(data_error)?;
    // One evenly spaced position per size, labelled with the size.
    let sizes: Vec<usize> = runs.iter().map(|r| r.hidden).collect();
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(56)
        .build_cartesian_2d(-0.5..sizes.len() as f64 - 0.5, 50.0..100.0)?;
    theme
        .mesh(&mut chart.configure_mesh())
        .x_desc(theme.t("hidden units"))
        .y_desc(theme.t("accuracy (%)"))
        .x_labels(sizes.len())
        .x_label_formatter(&|v| {
            let i = v.round();
            if (v - i).abs() < 1e-6 && i >= 0.0 {
                sizes
                    .get(i as usize)
                    .map_or(String::new(), ToString::to_string)
            } else {
                String::new()
            }
        })
        .y_label_formatter(&|v| format!("{v:.0}"))
        .draw()?;
    let series: [(&str, fn(&held_out::HeldOut) -> f64); 2] = [
        ("training points", |r| r.train),
        ("held-out points", |r| r.test),
    ];
    for (i, (name, pick)) in series.into_iter().enumerate() {
        let points = runs.iter().enumerate().map(|(k, r)| (k as f64, pick(r)));
        theme.marked_line(&mut chart, i, &theme.t(name), points.collect())?;
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::LowerRight)
        .draw()?;
    Ok(())
}

fn planar_figure(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let runs = planar_sets::planar_sets().map_err(data_error)?;
    let panels = area.split_evenly((2, 4));
    let sets = runs.len() / 2;
    for (k, run) in runs.iter().enumerate() {
        // Runs come as (set, none), (set, four): none on top, four below.
        let (set, row) = (k / 2, k % 2);
        let Some(panel) = panels.get(row * sets + set) else {
            continue;
        };
        let title =
            format!("{}: {:.1} %", theme.t(run.set.name()), run.accuracy);
        regions(panel, theme, &title, &run.network, (&run.x, &run.y))?;
    }
    Ok(())
}

fn hyperparameters_figure(
    area: &Area<'_>,
    theme: &Theme,
) -> Result<(), FigureError> {
    use hyperparameters::{CHECKPOINTS, RATES, SIZES};
    let settings = hyperparameters::hyperparameters().map_err(data_error)?;
    let last = CHECKPOINTS[CHECKPOINTS.len() - 1] as f64;
    for (p, (hidden, panel)) in SIZES
        .iter()
        .zip(area.split_evenly((1, SIZES.len())).iter())
        .enumerate()
    {
        let mut chart = ChartBuilder::on(panel)
            .margin(8)
            .caption(
                theme.t_with("{} hidden units", &[&hidden]),
                theme.font(TICK_SIZE + 1.0),
            )
            .x_label_area_size(32)
            .y_label_area_size(if p == 0 { 48 } else { 16 })
            .build_cartesian_2d(
                (CHECKPOINTS[0] as f64 * 0.8..last * 1.25).log_scale(),
                40.0..100.0,
            )?;
        let mut mesh = chart.configure_mesh();
        theme
            .mesh(&mut mesh)
            .x_desc(theme.t("iterations"))
            .x_label_formatter(&|v| format!("{v:.0}"));
        if p == 0 {
            mesh.y_desc(theme.t("held-out accuracy (%)"))
                .y_label_formatter(&|v| format!("{v:.0}"));
        } else {
            mesh.y_label_formatter(&|_| String::new());
        }
        mesh.draw()?;
        for s in settings.iter().filter(|s| s.hidden == *hidden) {
            #[expect(clippy::float_cmp, reason = "the same constants")]
            let i = RATES.iter().position(|&r| r == s.lr).unwrap_or(0);
            let colour = theme.series(i);
            let points: Vec<(f64, f64)> =
                s.accuracy.iter().map(|&(it, a)| (it as f64, a)).collect();
            let drawn = chart.draw_series(LineSeries::new(
                points.clone(),
                colour.stroke_width(2),
            ))?;
            if p == SIZES.len() - 1 {
                drawn.label(format!("α = {}", s.lr)).legend(move |(x, y)| {
                    PathElement::new(
                        [(x, y), (x + 16, y)],
                        colour.stroke_width(2),
                    )
                });
            }
            chart.draw_series(
                points
                    .into_iter()
                    .map(|q| Circle::new(q, 3, colour.filled())),
            )?;
        }
        if p == SIZES.len() - 1 {
            theme
                .legend(&mut chart.configure_series_labels())
                .position(SeriesLabelPosition::LowerRight)
                .draw()?;
        }
    }
    Ok(())
}

fn fashion_costs(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let runs = fashion::models().map_err(data_error)?;
    let curves: Vec<(String, &[(usize, f64)])> = runs
        .iter()
        .map(|r| {
            (
                format!(
                    "{} ({:.1} % {})",
                    theme.t(r.name),
                    r.test_accuracy,
                    theme.t("on test")
                ),
                r.costs.as_slice(),
            )
        })
        .collect();
    cost_curves(area, theme, &curves, crate::course::IMAGE_ITERATIONS)
}

/// How many of the wrong answers the grid shows.
const WRONG_SHOWN: usize = 16;

fn fashion_wrong(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let runs = fashion::models().map_err(data_error)?;
    let images = fashion::images().map_err(data_error)?;
    let Some(deep) = runs.last() else {
        return Ok(());
    };
    let (x, y) = &images.test;
    let p = deep.network.probabilities(x);
    let names = ["T-shirt", "shirt"];
    for (&j, panel) in deep
        .wrong
        .iter()
        .take(WRONG_SHOWN)
        .zip(area.split_evenly((2, WRONG_SHOWN / 2)).iter())
    {
        let label = theme.t(names[usize::from(y[[0, j]] > 0.5)]);
        let caption = format!("{label}, p = {:.2}", p[[0, j]]);
        images::grey_image(panel, theme, &caption, x.column(j), fashion::SIDE)?;
    }
    Ok(())
}
