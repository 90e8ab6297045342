//! Where the weights start: all zero, all equal, or random. With the same
//! start every hidden unit computes the same function and receives the
//! same gradient, so it stays the same as the others for ever.

use std::sync::OnceLock;

use ndarray::Array2;
use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::flower::flower;
use relu_vs_sigmoid::network::Network;

use super::{ExperimentError, LR, flower_network, once};
use crate::fit::{Schedule, fit};
use crate::network::{accuracy, cost, model_forward};

pub const HIDDEN_UNITS: usize = 4;
pub const ITERATIONS: usize = 2_000;
/// W^[1] is noted this often.
pub const EVERY: usize = 20;
/// The "all equal" start: every weight this value.
pub const EQUAL: f64 = 0.5;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Start {
    Zeros,
    Equal,
    Random,
}

impl Start {
    pub const ALL: [Start; 3] = [Start::Zeros, Start::Equal, Start::Random];

    pub fn name(self) -> &'static str {
        match self {
            Start::Zeros => "all zero",
            Start::Equal => "all 0.5",
            Start::Random => "random × 0.01",
        }
    }

    /// The flower network with this start (biases 0 in every case).
    pub fn network(self) -> Network {
        let mut net = flower_network(HIDDEN_UNITS, Activation::Tanh);
        for layer in &mut net.layers {
            match self {
                Start::Zeros => layer.w.fill(0.0),
                Start::Equal => layer.w.fill(EQUAL),
                Start::Random => {}
            }
        }
        net
    }
}

#[derive(Debug, Clone)]
pub struct SymmetryRun {
    pub start: Start,
    /// (iteration, W^[1]) every [`EVERY`] iterations.
    pub w1: Vec<(usize, Array2<f64>)>,
    pub network: Network,
    pub accuracy: f64,
    pub final_cost: f64,
}

impl SymmetryRun {
    /// The largest difference between any hidden unit's incoming weights
    /// and the first unit's, at the end.
    pub fn spread(&self) -> f64 {
        let w = &self.network.layers[0].w;
        let first = w.row(0);
        w.rows()
            .into_iter()
            .flat_map(|row| {
                row.iter()
                    .zip(first.iter())
                    .map(|(a, b)| (a - b).abs())
                    .collect::<Vec<_>>()
            })
            .fold(0.0, f64::max)
    }
}

pub fn symmetry() -> Result<&'static [SymmetryRun], ExperimentError> {
    static CELL: OnceLock<Result<Vec<SymmetryRun>, ExperimentError>> =
        OnceLock::new();
    once(&CELL, || {
        let (x, y) = flower();
        Start::ALL
            .into_iter()
            .map(|start| run(start, &x, &y))
            .collect()
    })
    .map(Vec::as_slice)
}

fn run(
    start: Start,
    x: &Array2<f64>,
    y: &Array2<f64>,
) -> Result<SymmetryRun, ExperimentError> {
    let mut network = start.network();
    let mut w1 = Vec::new();
    // One iteration at a time, to look at W^[1] in between.
    for i in 0..ITERATIONS {
        if i % EVERY == 0 {
            w1.push((i, network.layers[0].w.clone()));
        }
        fit(&mut network, x, y, Schedule::new(LR, 1, 1), |_, _| {})
            .map_err(|e| e.to_string())?;
    }
    w1.push((ITERATIONS, network.layers[0].w.clone()));
    Ok(SymmetryRun {
        start,
        w1,
        accuracy: accuracy(&network, x, y),
        final_cost: cost(model_forward(&network, x).z_out(), y),
        network,
    })
}

/// Logistic regression from w = 0, for contrast: its one unit has no twin
/// to stay equal to, and its gradient at zero is not zero.
pub fn logistic_from_zeros() -> Result<&'static (f64, f64), ExperimentError> {
    static CELL: OnceLock<Result<(f64, f64), ExperimentError>> =
        OnceLock::new();
    once(&CELL, || {
        let (x, y) = flower();
        let mut net = flower_network(0, Activation::Tanh);
        net.layers[0].w.fill(0.0);
        let costs = fit(
            &mut net,
            &x,
            &y,
            Schedule::new(LR, ITERATIONS, ITERATIONS),
            |_, _| {},
        )
        .map_err(|e| e.to_string())?;
        let first = costs.first().map_or(f64::NAN, |c| c.1);
        Ok((first, cost(model_forward(&net, &x).z_out(), &y)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // ANCHOR: symmetry_test
    #[test]
    fn units_that_start_equal_stay_equal() {
        for run in symmetry().unwrap() {
            let w = &run.network.layers[0].w;
            let rows_equal = w.rows().into_iter().all(|r| r == w.row(0));
            match run.start {
                // Bit for bit: the same numbers go through the same steps.
                Start::Zeros | Start::Equal => {
                    assert!(rows_equal, "{}: {w}", run.start.name())
                }
                Start::Random => {
                    assert!(run.spread() > 0.1, "random units should differ")
                }
            }
        }
    }
    // ANCHOR_END: symmetry_test

    #[test]
    fn logistic_regression_learns_from_zeros() {
        let (first, last) = *logistic_from_zeros().unwrap();
        assert!((first - std::f64::consts::LN_2).abs() < 1e-12, "{first}");
        assert!(last < first);
    }
}
