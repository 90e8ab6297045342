//! The chapter's figures, drawn from the reference code in this crate.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use toolkit::figure::{Area, Figure, FigureError, Render};
use toolkit::plot::{TICK_SIZE, Theme};

use crate::graph::{self, COURSE_INPUTS};
use crate::numeric::{
    TANGENT_POINTS, best_steps, cubic, cubic_slope, h_sweep, sweep_steps,
    theoretical_best_steps,
};

pub const FIGURES: &[Figure] = &[
    Figure {
        name: "tangents",
        caption: "f(x) = x³ − 3x with its tangent lines at four points. The derivative at a \
                  point is the slope of the tangent there: rise over run of the line that \
                  just touches the curve.",
        size: Figure::SIZE,
        draw: Render::Svg(tangents),
    },
    Figure {
        name: "step-error",
        caption: "Error of the forward and the central difference for d/dx sin x at x = 1, \
                  against the step h, both axes logarithmic. Going right to left, truncation \
                  error falls (slope 1 for forward, 2 for central) until round-off takes over \
                  and the error climbs again. The dots mark each estimate's best step.",
        size: Figure::SIZE,
        draw: Render::Svg(step_error),
    },
    Figure {
        name: "course-graph",
        caption: "The computation graph of J = 3(a + bc) with a = 5, b = 3, c = 2. Boxes hold \
                  the forward values. On each edge, the local gradient (grey) times the \
                  gradient arriving from above gives the gradient of J with respect to the \
                  edge's source (coloured).",
        size: (720, 380),
        draw: Render::Svg(course_graph),
    },
];

fn tangents(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d(-2.6f64..2.6, -6.0f64..6.0)?;
    theme
        .mesh(&mut chart.configure_mesh())
        .x_desc("x")
        .y_desc("f(x)")
        .draw()?;
    // Only the part of the curve inside the plot: plotters would flatten the rest onto the edge.
    let xs = (0..=260).map(|i| -2.6 + f64::from(i) * 0.02);
    let curve = xs.map(|x| (x, cubic(x))).filter(|(_, y)| y.abs() <= 6.0);
    chart.draw_series(LineSeries::new(curve, theme.text.stroke_width(2)))?;
    for (i, &x0) in TANGENT_POINTS.iter().enumerate() {
        let (y0, slope) = (cubic(x0), cubic_slope(x0));
        let colour = theme.series(i);
        let reach = 0.9 / (1.0 + slope * slope / 9.0).sqrt(); // shorter for steep lines
        let line = [-reach, reach].map(|d| (x0 + d, y0 + slope * d));
        chart.draw_series(LineSeries::new(line, colour.stroke_width(2)))?;
        chart.draw_series([Circle::new((x0, y0), 4, colour.filled())])?;
        // Label on the side of the point the tangent leaves free: above a flat one, upper
        // left of a rising one, upper right of a falling one.
        let label = format!("{} {slope:.2}", theme.t("slope"));
        let (dx, h_pos) = match slope {
            s if s > 0.0 => (-0.12, HPos::Right),
            s if s < 0.0 => (0.12, HPos::Left),
            _ => (0.0, HPos::Center),
        };
        let style = theme
            .font_in(TICK_SIZE + 1.0, colour)
            .pos(Pos::new(h_pos, VPos::Bottom));
        chart.draw_series([Text::new(label, (x0 + dx, y0 + 0.35), style)])?;
    }
    Ok(())
}

fn step_error(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    const FLOOR: f64 = 1e-17; // an error of exactly 0 has no place on a log axis
    let rows = h_sweep(f64::sin, 1f64.cos(), 1.0, sweep_steps());
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .x_label_area_size(44)
        .y_label_area_size(64)
        .build_cartesian_2d(
            (1e-16f64..1.0).log_scale(),
            (FLOOR..1.0).log_scale(),
        )?;
    theme
        .mesh(&mut chart.configure_mesh())
        .x_desc(theme.t("step h"))
        .y_desc(theme.t("|estimate − exact|"))
        .x_label_formatter(&|v| format!("{v:.0e}"))
        .y_label_formatter(&|v| format!("{v:.0e}"))
        .draw()?;
    type ErrorOf = fn(&crate::numeric::SweepRow) -> f64;
    let series: [(&str, &str, ErrorOf); 2] = [
        ("forward", "(f(x+h) − f(x)) / h", |r| r.forward_error),
        ("central", "(f(x+h) − f(x−h)) / 2h", |r| r.central_error),
    ];
    for (i, (name, formula, error)) in series.into_iter().enumerate() {
        let colour = theme.series(i);
        let points = rows.iter().map(|r| (r.h, error(r).max(FLOOR)));
        chart
            .draw_series(LineSeries::new(points, colour.stroke_width(2)))?
            .label(format!("{} {formula}", theme.t(name)))
            .legend(move |(x, y)| {
                PathElement::new([(x, y), (x + 20, y)], colour.stroke_width(2))
            });
    }
    if let Some((fwd, ctr)) = best_steps(&rows) {
        let (fwd_theory, ctr_theory) = theoretical_best_steps();
        // Forward's label goes left of its dot (the central curve runs just below it),
        // central's below its dot.
        let marks = [
            (
                fwd.h,
                fwd.forward_error,
                fwd_theory,
                "√ε",
                0,
                (0.5, 0.125),
                (HPos::Right, VPos::Center),
            ),
            (
                ctr.h,
                ctr.central_error,
                ctr_theory,
                "∛ε",
                1,
                (1.0, 0.25),
                (HPos::Center, VPos::Top),
            ),
        ];
        for (h, err, theory, symbol, colour, (dx, dy), (h_pos, v_pos)) in marks
        {
            let (colour, err) = (theme.series(colour), err.max(FLOOR));
            chart.draw_series([Circle::new((h, err), 5, colour.filled())])?;
            let label = format!(
                "{} = {h:.0e}  ({} {symbol} = {theory:.0e})",
                theme.t("best h"),
                theme.t("theory"),
            );
            let style =
                theme.font_in(TICK_SIZE, colour).pos(Pos::new(h_pos, v_pos));
            chart.draw_series([Text::new(label, (h * dx, err * dy), style)])?;
        }
    }
    theme
        .legend(&mut chart.configure_series_labels())
        .position(SeriesLabelPosition::LowerLeft)
        .draw()?;
    Ok(())
}

/// A box in the graph figure: where it sits and what it says.
struct Node {
    centre: (i32, i32),
    name: &'static str,
    formula: &'static str,
    value: f64,
}

/// Width and height of a node's box.
const BOX: (i32, i32) = (90, 50);

/// An edge drawn as an elbow: right from the source, along x = `turn`, then right into the
/// target at height `enter`. Its labels sit on the first, horizontal stretch.
struct Edge {
    from: usize,
    to: usize,
    turn: i32,
    enter: i32,
    /// The local gradient's name and value: ∂(to)/∂(from).
    local: (&'static str, f64),
    /// ∂J/∂(from).
    upstream_product: f64,
}

fn course_graph(area: &Area<'_>, theme: &Theme) -> Result<(), FigureError> {
    let (a, b, c) = COURSE_INPUTS;
    let f = graph::forward(a, b, c);
    let g = graph::backward(a, b, c);
    let node = |centre, name, formula, value| Node {
        centre,
        name,
        formula,
        value,
    };
    let nodes = [
        node((60, 60), "a", "a", a),
        node((60, 200), "b", "b", b),
        node((60, 320), "c", "c", c),
        node((300, 260), "u", "u = b·c", f.u),
        node((500, 130), "v", "v = a + u", f.v),
        node((668, 130), "J", "J = 3v", f.j),
    ];
    let edge = |from, to, turn, enter, local, upstream_product| Edge {
        from,
        to,
        turn,
        enter,
        local,
        upstream_product,
    };
    let edges = [
        edge(0, 4, 410, 120, ("∂v/∂a", 1.0), g.dj_da),
        edge(1, 3, 225, 250, ("∂u/∂b", c), g.dj_db),
        edge(2, 3, 225, 270, ("∂u/∂c", b), g.dj_dc),
        edge(3, 4, 432, 142, ("∂v/∂u", 1.0), g.dj_du),
        edge(4, 5, 600, 130, ("∂J/∂v", 3.0), g.dj_dv),
    ];
    let centred =
        |style: TextStyle<'static>, v| style.pos(Pos::new(HPos::Center, v));
    let text = centred(theme.font(TICK_SIZE + 2.0), VPos::Center);
    let local_style =
        centred(theme.font_in(TICK_SIZE, theme.muted), VPos::Bottom);
    let grad_style =
        centred(theme.font_in(TICK_SIZE + 1.0, theme.series(1)), VPos::Top);
    for e in &edges {
        let (sx, sy) =
            (nodes[e.from].centre.0 + BOX.0 / 2, nodes[e.from].centre.1);
        let tx = nodes[e.to].centre.0 - BOX.0 / 2;
        let path = [(sx, sy), (e.turn, sy), (e.turn, e.enter), (tx, e.enter)];
        area.draw(&PathElement::new(path, theme.muted.stroke_width(2)))?;
        arrow_head(area, (tx, e.enter), theme.muted)?;
        let mid = (sx + e.turn) / 2;
        let (local_name, local) = e.local;
        let local_text = format!("{local_name} = {local}");
        area.draw(&Text::new(local_text, (mid, sy - 5), local_style.clone()))?;
        let grad_text =
            format!("∂J/∂{} = {}", nodes[e.from].name, e.upstream_product);
        area.draw(&Text::new(grad_text, (mid, sy + 5), grad_style.clone()))?;
    }
    for n in &nodes {
        let (x, y) = n.centre;
        let corners = [
            (x - BOX.0 / 2, y - BOX.1 / 2),
            (x + BOX.0 / 2, y + BOX.1 / 2),
        ];
        area.draw(&Rectangle::new(corners, theme.text.stroke_width(2)))?;
        area.draw(&Text::new(n.formula, (x, y - 10), text.clone()))?;
        area.draw(&Text::new(
            format!("{}", n.value),
            (x, y + 12),
            text.clone(),
        ))?;
    }
    Ok(())
}

/// A filled triangle with its tip at `tip`, pointing right (every edge ends going right).
fn arrow_head(
    area: &Area<'_>,
    tip: (i32, i32),
    colour: RGBColor,
) -> Result<(), FigureError> {
    let (x, y) = tip;
    area.draw(&Polygon::new(
        [(x, y), (x - 10, y - 5), (x - 10, y + 5)],
        colour.filled(),
    ))?;
    Ok(())
}
