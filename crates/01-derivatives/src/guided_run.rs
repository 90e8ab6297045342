//! The guided run behind `cargo run -p derivatives`: every table the chapter
//! talks about, each recorded for the book.

use std::io::Write;

use clap::Args;
use toolkit::cli::{Failure, finite_f64, positive_f64};
use toolkit::guide::{Guide, NoCommand, Section, no_commands};

use crate::autodiff::{Tape, Var};
use crate::gradcheck::{numerical_gradient, relative_error};
use crate::graph::{self, COURSE_INPUTS};
use crate::numeric::{
    TANGENT_POINTS, best_steps, central_difference, cubic, cubic_slope,
    forward_difference, h_sweep, theoretical_best_steps,
};

pub const GUIDE: Guide<Knobs, NoCommand> = Guide {
    package: env!("CARGO_PKG_NAME"),
    version: env!("CARGO_PKG_VERSION"),
    about: "Derivatives as slopes, finite differences, the chain rule and \
            backpropagation",
    run_as: "cargo run -p derivatives --",
    sections: &[
        Section::with_knobs("tangents.txt", tangent_slopes),
        Section::with_knobs("steps.txt", step_sweep),
        Section::new("graph.txt", course_graph),
        Section::with_knobs("autodiff.txt", autodiff_versus_differences),
    ],
    records: &[],
    commands: no_commands,
    figures: crate::figures::FIGURES,
};

/// Where the tables look.
#[derive(Args, Debug, Clone)]
pub struct Knobs {
    /// The point where slopes are estimated and gradients compared (−1000 to 1000)
    #[arg(long, default_value_t = 1.0, value_parser = moderate_x, allow_negative_numbers = true)]
    pub x: f64,
    /// The finite-difference step (greater than 0)
    #[arg(long, default_value_t = 1e-5, value_parser = positive_f64)]
    pub h: f64,
}

/// Beyond a thousand, x³ and eˣ leave the range where these tables say anything useful.
fn moderate_x(text: &str) -> Result<f64, String> {
    let x = finite_f64(text)?;
    if x.abs() <= 1000.0 {
        Ok(x)
    } else {
        Err(format!("{text:?} is outside −1000 to 1000"))
    }
}

/// A number for a table: plain when of moderate size, in e-notation otherwise.
fn short(x: f64) -> String {
    let x = x + 0.0; // −0 prints as 0
    if x == 0.0 || (1e-4..1e6).contains(&x.abs()) {
        format!("{x}")
    } else {
        format!("{x:.3e}")
    }
}

fn tangent_slopes(knobs: &Knobs, out: &mut dyn Write) -> Result<(), Failure> {
    writeln!(
        out,
        "1. The slope of f(x) = x³ − 3x, exactly and from two nearby points (h = {:e})",
        knobs.h
    )?;
    writeln!(
        out,
        "\n{:>8}  {:>14}  {:>14}  {:>14}",
        "x", "exact 3x² − 3", "forward", "central"
    )?;
    let mut points = TANGENT_POINTS.to_vec();
    if !points.contains(&knobs.x) {
        points.push(knobs.x);
    }
    for x in points {
        writeln!(
            out,
            "{x:>8.3}  {:>14.9}  {:>14.9}  {:>14.9}",
            cubic_slope(x),
            forward_difference(cubic, x, knobs.h),
            central_difference(cubic, x, knobs.h)
        )?;
    }
    Ok(())
}

fn step_sweep(knobs: &Knobs, out: &mut dyn Write) -> Result<(), Failure> {
    let x = knobs.x;
    let exact = x.cos();
    writeln!(
        out,
        "2. Error of each estimate of d/dx sin x at x = {x} (exact: cos {x} = {exact:.12})"
    )?;
    writeln!(
        out,
        "\n{:>8}  {:>15}  {:>15}",
        "h", "forward error", "central error"
    )?;
    // One row per decade for the table; the figure uses four per decade.
    let decades = (0..=16).map(|k| 10f64.powi(-k));
    for row in h_sweep(f64::sin, exact, x, decades) {
        writeln!(
            out,
            "{:>8.0e}  {:>15.3e}  {:>15.3e}",
            row.h, row.forward_error, row.central_error
        )?;
    }
    let fine = h_sweep(f64::sin, exact, x, crate::numeric::sweep_steps());
    if let Some((fwd, ctr)) = best_steps(&fine) {
        let (fwd_theory, ctr_theory) = theoretical_best_steps();
        writeln!(out, "\nSmallest error, searching four steps per decade:")?;
        writeln!(
            out,
            "  forward at h = {:.1e} (error {:.1e}); theory: near √ε = {fwd_theory:.1e}",
            fwd.h, fwd.forward_error
        )?;
        writeln!(
            out,
            "  central at h = {:.1e} (error {:.1e}); theory: near ∛ε = {ctr_theory:.1e}",
            ctr.h, ctr.central_error
        )?;
        writeln!(out, "  (ε = 2⁻⁵³, the unit round-off of f64)")?;
    }
    Ok(())
}

fn course_graph(out: &mut dyn Write) -> Result<(), Failure> {
    let (a, b, c) = COURSE_INPUTS;
    let f = graph::forward(a, b, c);
    let g = graph::backward(a, b, c);
    writeln!(
        out,
        "3. The course's computation graph J = 3(a + bc) with a = {a}, b = {b}, c = {c}"
    )?;
    writeln!(
        out,
        "\nforward:  u = b·c = {}   v = a + u = {}   J = 3v = {}",
        f.u, f.v, f.j
    )?;
    writeln!(out, "backward: local gradient × upstream gradient")?;
    let rows = [
        ("dJ/dv", "∂J/∂v", 3.0, 1.0, g.dj_dv),
        ("dJ/du", "∂v/∂u", 1.0, g.dj_dv, g.dj_du),
        ("dJ/da", "∂v/∂a", 1.0, g.dj_dv, g.dj_da),
        ("dJ/db", "∂u/∂b", c, g.dj_du, g.dj_db),
        ("dJ/dc", "∂u/∂c", b, g.dj_du, g.dj_dc),
    ];
    for (name, local_name, local, upstream, result) in rows {
        writeln!(
            out,
            "  {name} = {local_name} × upstream = {local} × {upstream} = {result}"
        )?;
    }
    // The same numbers from the autodiff, which knows nothing of this particular graph.
    let tape = Tape::new();
    let (av, bv, cv) = (tape.var(a), tape.var(b), tape.var(c));
    let u = bv * cv;
    let v = av + u;
    let j = 3.0 * v;
    j.backward();
    #[expect(
        clippy::float_cmp,
        reason = "the line printed claims exact equality"
    )]
    let agree = [v.grad(), u.grad(), av.grad(), bv.grad(), cv.grad()]
        == [g.dj_dv, g.dj_du, g.dj_da, g.dj_db, g.dj_dc];
    writeln!(
        out,
        "The autodiff's gradients are {} these.",
        if agree { "exactly" } else { "NOT" }
    )?;
    Ok(())
}

/// An expression the comparison table evaluates, written once, for the autodiff.
struct Expression {
    name: &'static str,
    /// The variables' names, and their values as multiples of `--x`.
    vars: &'static [(&'static str, f64)],
    build: for<'t> fn(&[Var<'t>]) -> Var<'t>,
}

const EXPRESSIONS: [Expression; 4] = [
    Expression {
        name: "x·x + x  (x used twice)",
        vars: &[("x", 1.0)],
        build: |v| v[0] * v[0] + v[0],
    },
    Expression {
        name: "tanh(x)·relu(x + 2)",
        vars: &[("x", 1.0)],
        build: |v| v[0].tanh() * (v[0] + 2.0).relu(),
    },
    Expression {
        name: "σ(w·z + b)",
        vars: &[("w", 1.0), ("z", -0.5), ("b", 0.25)],
        build: |v| (v[0] * v[1] + v[2]).sigmoid(),
    },
    Expression {
        name: "ln(1 + x²)·σ(x)",
        vars: &[("x", 1.0)],
        build: |v| (v[0] * v[0] + 1.0).log() * v[0].sigmoid(),
    },
];

fn autodiff_versus_differences(
    knobs: &Knobs,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    writeln!(
        out,
        "4. Autodiff gradients against central differences (h = {:e}), \
         variables at multiples of x = {}",
        knobs.h,
        short(knobs.x)
    )?;
    writeln!(
        out,
        "\n{:<24} {:>10}  {:>16}  {:>16}  {:>10}",
        "expression", "variable", "autodiff", "numerical", "rel. error"
    )?;
    for e in &EXPRESSIONS {
        let point: Vec<f64> = e.vars.iter().map(|(_, k)| k * knobs.x).collect();
        let tape = Tape::new();
        let vars: Vec<Var> = point.iter().map(|&p| tape.var(p)).collect();
        (e.build)(&vars).backward();
        let analytic: Vec<f64> = vars.iter().map(|v| v.grad()).collect();
        let value_at = |p: &[f64]| {
            let tape = Tape::new();
            let vars: Vec<Var> = p.iter().map(|&q| tape.var(q)).collect();
            (e.build)(&vars).value()
        };
        let numerical = numerical_gradient(value_at, &point, knobs.h);
        let error = format!("{:.1e}", relative_error(&analytic, &numerical));
        for (i, ((var, k), (a, n))) in e
            .vars
            .iter()
            .zip(analytic.iter().zip(&numerical))
            .enumerate()
        {
            let (name, err) = if i == 0 {
                (e.name, error.as_str())
            } else {
                ("", "")
            };
            let at = format!("{var} = {}", short(k * knobs.x));
            writeln!(
                out,
                "{name:<24} {at:>10}  {a:>16.10}  {n:>16.10}  {err:>10}"
            )?;
        }
    }
    Ok(())
}
