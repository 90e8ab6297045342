//! Why depth: the parity of n bits (1 when an odd number of them are 1).
//!
//! The course's argument is about logic gates: a tree of XOR gates computes
//! parity with n − 1 gates in log₂ n levels, while a single layer of AND
//! gates feeding one OR needs a gate for each of the 2^(n−1) odd patterns.
//! A network's unit adds before it bends, and that changes the count: one
//! hidden layer of n ReLU units can already compute parity, because parity
//! depends on the bits only through their sum. Both networks are built here
//! by hand and tested; then gradient descent is asked to find such
//! networks, from random starts, and what it finds is measured.

use std::sync::OnceLock;

use ndarray::Array2;
use rayon::prelude::*;
use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::network::{Layer, Network};

use super::{ExperimentError, once, train_with};
use crate::course::network;
use crate::fit::Schedule;
use crate::init::Init;
use crate::network::accuracy;

pub const BITS: usize = 8;
/// How sure the hand-built networks' output unit is: σ(±SHARPNESS / 2).
pub const SHARPNESS: f64 = 20.0;

/// All 2^n patterns of n bits as columns, and their parities.
pub fn patterns(n: usize) -> (Array2<f64>, Array2<f64>) {
    let m = 1 << n;
    let x = Array2::from_shape_fn((n, m), |(bit, j)| ((j >> bit) & 1) as f64);
    let y = Array2::from_shape_fn((1, m), |(_, j)| {
        f64::from(j.count_ones() % 2 == 1)
    });
    (x, y)
}

fn layer(w: Array2<f64>, b: Vec<f64>, activation: Activation) -> Layer {
    let n = b.len();
    Layer {
        w,
        b: Array2::from_shape_vec((n, 1), b)
            .unwrap_or_else(|_| Array2::zeros((n, 1))),
        activation,
    }
}

// ANCHOR: shallow
/// One hidden layer of n ReLU units, unit k = relu(s − k) with s the number
/// of 1 bits: the output Σ c_k·unit_k with c = 1, −2, 2, −2, … is 0, 1, 0,
/// 1, … at s = 0, 1, 2, 3, … — parity — and the sigmoid makes it a
/// probability.
pub fn shallow_parity(n: usize) -> Network {
    let hidden = layer(
        Array2::ones((n, n)),
        (0..n).map(|k| -(k as f64)).collect(),
        Activation::Relu,
    );
    let c = Array2::from_shape_fn((1, n), |(_, k)| match k {
        0 => 1.0,
        k if k % 2 == 1 => -2.0,
        _ => 2.0,
    });
    let output =
        layer(c * SHARPNESS, vec![-SHARPNESS / 2.0], Activation::Sigmoid);
    Network {
        layers: vec![hidden, output],
    }
}
// ANCHOR_END: shallow

// ANCHOR: deep
/// A tree of XORs, for n a power of two. XOR(a, b) = relu(a + b) −
/// 2·relu(a + b − 1) for bits a and b: two ReLU units per pair, and the
/// next level reads each XOR as that difference of two units. log₂ n
/// hidden layers of n, n/2, …, 2 units.
pub fn deep_parity(n: usize) -> Network {
    let mut layers = Vec::new();
    // How the current level's values are read from the layer below: value
    // i is Σ_j read[i][j] · unit_j (the bits themselves at first).
    let mut read = Array2::<f64>::eye(n);
    let mut values = n;
    while values > 1 {
        let pairs = values / 2;
        let inputs = read.ncols();
        let mut w = Array2::zeros((2 * pairs, inputs));
        let mut b = Vec::with_capacity(2 * pairs);
        for p in 0..pairs {
            let sum = &read.row(2 * p) + &read.row(2 * p + 1);
            w.row_mut(2 * p).assign(&sum);
            w.row_mut(2 * p + 1).assign(&sum);
            b.extend([0.0, -1.0]);
        }
        layers.push(layer(w, b, Activation::Relu));
        read = Array2::from_shape_fn((pairs, 2 * pairs), |(p, j)| match j {
            j if j == 2 * p => 1.0,
            j if j == 2 * p + 1 => -2.0,
            _ => 0.0,
        });
        values = pairs;
    }
    layers.push(layer(
        read * SHARPNESS,
        vec![-SHARPNESS / 2.0],
        Activation::Sigmoid,
    ));
    Network { layers }
}
// ANCHOR_END: deep

/// Hidden units and parameters of a network.
pub fn size(net: &Network) -> (usize, usize) {
    let hidden = net.layers.iter().rev().skip(1).map(|l| l.w.nrows()).sum();
    let params = net.layers.iter().map(|l| l.w.len() + l.b.len()).sum();
    (hidden, params)
}

/// The shapes gradient descent is asked to train, hidden sizes only.
pub const TRAINED: [&[usize]; 6] =
    [&[8], &[16], &[32], &[64], &[8, 4, 2], &[16, 8, 4]];
pub const SEEDS: [u32; 3] = [1, 2, 3];
pub const LR: f64 = 0.1;
pub const ITERATIONS: usize = 20_000;

#[derive(Debug, Clone)]
pub struct ParityRun {
    pub hidden: Vec<usize>,
    pub hidden_units: usize,
    pub params: usize,
    /// The training accuracy (all 256 patterns) reached from each seed.
    pub accuracy: Vec<f64>,
}

pub fn trained() -> Result<&'static [ParityRun], ExperimentError> {
    static CELL: OnceLock<Result<Vec<ParityRun>, ExperimentError>> =
        OnceLock::new();
    once(&CELL, || {
        let (x, y) = patterns(BITS);
        TRAINED
            .par_iter()
            .map(|hidden| {
                let sizes: Vec<usize> = std::iter::once(BITS)
                    .chain(hidden.iter().copied())
                    .chain([1])
                    .collect();
                let (hidden_units, params) =
                    size(&network(&sizes, Activation::Relu, Init::He, 1));
                let accuracy = SEEDS
                    .iter()
                    .map(|&seed| {
                        // Spikes in the cost are part of what is measured.
                        let schedule = Schedule {
                            keep_going: true,
                            ..Schedule::new(LR, ITERATIONS, ITERATIONS)
                        };
                        let run = train_with(
                            network(&sizes, Activation::Relu, Init::He, seed),
                            (&x, &y),
                            schedule,
                        )?;
                        Ok(accuracy(&run.network, &x, &y))
                    })
                    .collect::<Result<_, ExperimentError>>()?;
                Ok(ParityRun {
                    hidden: hidden.to_vec(),
                    hidden_units,
                    params,
                    accuracy,
                })
            })
            .collect()
    })
    .map(Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[expect(clippy::float_cmp, reason = "every pattern right is exactly 100")]
    fn both_hand_built_networks_compute_parity() {
        for n in [2, 4, 8] {
            let (x, y) = patterns(n);
            for (name, net) in
                [("one layer", shallow_parity(n)), ("tree", deep_parity(n))]
            {
                assert_eq!(accuracy(&net, &x, &y), 100.0, "{name}, {n} bits");
                let p = net.probabilities(&x);
                assert!(
                    p.iter().zip(&y).all(|(p, y)| (p - y).abs() < 1e-4),
                    "{name}: not sure enough"
                );
            }
        }
        assert_eq!(size(&shallow_parity(8)), (8, 8 * 9 + 9));
        assert_eq!(size(&deep_parity(8)).0, 14);
        assert_eq!(deep_parity(8).layers.len(), 4);
    }
}
