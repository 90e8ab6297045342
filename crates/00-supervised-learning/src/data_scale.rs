//! "Why is deep learning taking off?", measured: held-out accuracy against
//! the number of training examples, for logistic regression and for two
//! networks (chapter 06's), on the bundled digits (even against odd).

use std::io::Write;
use std::sync::OnceLock;

use ndarray::{Array2, Axis};
use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::fit::{digits_even_odd, fit};
use relu_vs_sigmoid::network::Network;
use toolkit::cli::Failure;
use toolkit::rng::{permutation, seeded};

/// Training-set sizes, each twice the one before (the last is all of the
/// training pool).
pub const SIZES: [usize; 7] = [25, 50, 100, 200, 400, 800, 1400];
/// Digits held out to measure accuracy on; the rest is the training pool.
pub const HELD_OUT: usize = 397;
pub const LR: f64 = 0.5;
pub const ITERATIONS: usize = 1000;
const SEED: u64 = 1;

/// A model: its name and its layer sizes (ReLU hidden layers, a sigmoid
/// output; no hidden layer is logistic regression).
pub const MODELS: [(&str, &[usize]); 3] = [
    ("logistic regression", &[64, 1]),
    ("small network, 8 units", &[64, 8, 1]),
    ("larger network, 32 + 32 units", &[64, 32, 32, 1]),
];

/// Held-out accuracy (0 to 1) of each model (rows, as [`MODELS`]) trained
/// on the first `size` examples of the pool, for each size (columns).
#[derive(Debug, Clone)]
pub struct Curves {
    pub accuracy: Vec<Vec<f64>>,
}

pub fn curves() -> Result<&'static Curves, String> {
    static CELL: OnceLock<Result<Curves, String>> = OnceLock::new();
    CELL.get_or_init(measure).as_ref().map_err(Clone::clone)
}

fn measure() -> Result<Curves, String> {
    let (x, y) = digits_even_odd()?;
    let order = permutation(x.ncols(), SEED);
    let (held, pool) = order.split_at(HELD_OUT);
    let pick = |a: &Array2<f64>, idx: &[usize]| a.select(Axis(1), idx);
    let (test_x, test_y) = (pick(&x, held), pick(&y, held));
    let accuracy = MODELS
        .iter()
        .enumerate()
        .map(|(k, (_, sizes))| {
            SIZES
                .iter()
                .map(|&m| {
                    let idx = &pool[..m];
                    let mut rng = seeded(SEED + k as u64);
                    let mut net =
                        Network::new(sizes, Activation::Relu, 0.0, &mut rng)
                            .map_err(|e| e.to_string())?;
                    fit(
                        &mut net,
                        &pick(&x, idx),
                        &pick(&y, idx),
                        LR,
                        ITERATIONS,
                        ITERATIONS,
                        |_, _, _| {},
                    )?;
                    Ok(net.accuracy(&test_x, &test_y))
                })
                .collect::<Result<Vec<f64>, String>>()
        })
        .collect::<Result<_, String>>()?;
    Ok(Curves { accuracy })
}

/// The table the book shows beside the figure.
pub fn table(out: &mut dyn Write) -> Result<(), Failure> {
    let c = curves()?;
    writeln!(
        out,
        "Held-out accuracy on {HELD_OUT} digits (even against odd), by training examples; \
         α = {LR}, {ITERATIONS} iterations\n"
    )?;
    write!(out, "{:<30}", "model")?;
    for m in SIZES {
        write!(out, " {m:>6}")?;
    }
    writeln!(out)?;
    for ((name, _), row) in MODELS.iter().zip(&c.accuracy) {
        write!(out, "{name:<30}")?;
        for a in row {
            write!(out, " {:>5.1}%", 100.0 * a)?;
        }
        writeln!(out)?;
    }
    Ok(())
}
