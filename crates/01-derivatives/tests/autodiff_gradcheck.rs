//! The autodiff against the gradient checker on many random expressions: seeded, so the same
//! hundred expressions every run, and built so that nodes are often used more than once.

use derivatives::autodiff::{Tape, Var, sigmoid};
use derivatives::gradcheck::check_gradient;
use rand::RngExt;

/// One step of an expression; operands index earlier values (inputs first).
#[derive(Debug, Clone, Copy)]
enum Op {
    Add(usize, usize),
    Mul(usize, usize),
    Pow(usize, f64),
    Exp(usize),
    /// ln(x² + 1): the logarithm, kept on its domain.
    Log(usize),
    Sigmoid(usize),
    Tanh(usize),
    Relu(usize),
}

const INPUTS: usize = 3;

fn random_program(rng: &mut toolkit::rng::Rng, steps: usize) -> Vec<Op> {
    (0..steps)
        .map(|k| {
            let live = INPUTS + k;
            let (i, j) = (rng.random_range(0..live), rng.random_range(0..live));
            match rng.random_range(0..8) {
                0 => Op::Add(i, j),
                1 => Op::Mul(i, j),
                2 => Op::Pow(i, if rng.random_bool(0.5) { 2.0 } else { 3.0 }),
                3 => Op::Exp(i),
                4 => Op::Log(i),
                5 => Op::Sigmoid(i),
                6 => Op::Tanh(i),
                _ => Op::Relu(i),
            }
        })
        .collect()
}

/// The program on the autodiff: returns the output node.
fn on_tape<'t>(program: &[Op], inputs: &[Var<'t>]) -> Var<'t> {
    let mut v: Vec<Var<'t>> = inputs.to_vec();
    for op in program {
        let next = match *op {
            Op::Add(i, j) => v[i] + v[j],
            Op::Mul(i, j) => v[i] * v[j],
            Op::Pow(i, n) => v[i].pow(n),
            Op::Exp(i) => v[i].exp(),
            Op::Log(i) => (v[i] * v[i] + 1.0).log(),
            Op::Sigmoid(i) => v[i].sigmoid(),
            Op::Tanh(i) => v[i].tanh(),
            Op::Relu(i) => v[i].relu(),
        };
        v.push(next);
    }
    v[v.len() - 1]
}

/// The same program in plain f64 arithmetic, written independently of the autodiff. Also
/// reports the smallest |input| any relu saw (finite differences are wrong across its kink).
fn plain(program: &[Op], inputs: &[f64]) -> (f64, f64) {
    let mut v = inputs.to_vec();
    let mut nearest_kink = f64::INFINITY;
    for op in program {
        let next = match *op {
            Op::Add(i, j) => v[i] + v[j],
            Op::Mul(i, j) => v[i] * v[j],
            Op::Pow(i, n) => v[i].powf(n),
            Op::Exp(i) => v[i].exp(),
            Op::Log(i) => (v[i] * v[i] + 1.0).ln(),
            Op::Sigmoid(i) => sigmoid(v[i]),
            Op::Tanh(i) => v[i].tanh(),
            Op::Relu(i) => {
                nearest_kink = nearest_kink.min(v[i].abs());
                v[i].max(0.0)
            }
        };
        v.push(next);
    }
    (v[v.len() - 1], nearest_kink)
}

fn reuses_a_node(program: &[Op]) -> bool {
    let mut uses = vec![0; INPUTS + program.len()];
    for op in program {
        match *op {
            Op::Add(i, j) | Op::Mul(i, j) => {
                uses[i] += 1;
                uses[j] += 1;
            }
            Op::Pow(i, _)
            | Op::Exp(i)
            | Op::Log(i)
            | Op::Sigmoid(i)
            | Op::Tanh(i)
            | Op::Relu(i) => uses[i] += 1,
        }
    }
    uses.iter().any(|&n| n > 1)
}

#[test]
fn autodiff_matches_central_differences_on_100_random_expressions() {
    let mut rng = toolkit::rng::seeded(2024);
    let (mut checked, mut with_reuse) = (0, 0);
    while checked < 100 {
        let program = random_program(&mut rng, 6);
        let x: Vec<f64> =
            (0..INPUTS).map(|_| rng.random_range(-1.0..1.0)).collect();
        let (value, nearest_kink) = plain(&program, &x);
        // Skip what finite differences cannot judge: a relu input within reach of its kink,
        // or a value too large for a fixed step to be meaningful.
        if nearest_kink < 1e-3 || !value.is_finite() || value.abs() > 1e6 {
            continue;
        }
        let tape = Tape::new();
        let vars: Vec<Var> = x.iter().map(|&xi| tape.var(xi)).collect();
        let out = on_tape(&program, &vars);
        assert!(
            (out.value() - value).abs() <= 1e-12 * (1.0 + value.abs()),
            "{program:?}"
        );
        out.backward();
        let analytic: Vec<f64> = vars.iter().map(|v| v.grad()).collect();
        if analytic.iter().map(|g| g * g).sum::<f64>() < 1e-16 {
            continue; // a flat spot (e.g. a dead relu): the relative error means nothing there
        }
        let check =
            check_gradient(|p: &[f64]| plain(&program, p).0, &x, &analytic);
        assert!(
            check.relative_error < 1e-6,
            "{program:?} at {x:?}: autodiff {analytic:?}, numerical {:?}, relative error {:e}",
            check.numerical,
            check.relative_error
        );
        checked += 1;
        with_reuse += usize::from(reuses_a_node(&program));
    }
    // Reuse is what breaks a naive backward pass (overwriting instead of adding).
    assert!(
        with_reuse >= 30,
        "only {with_reuse} of 100 expressions reuse a node"
    );
}
