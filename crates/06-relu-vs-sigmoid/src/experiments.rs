//! The chapter's four experiments. Each
//! runs once per process (the figures and the tables share the result).

use std::sync::OnceLock;

use ndarray::Array2;

use crate::activation::Activation;
use crate::fit::{digits_even_odd, fit};
use crate::flower::flower;
use crate::network::Network;

pub type ExperimentError = String;

/// Builds a seeded network or says why not.
fn network(
    sizes: &[usize],
    hidden: Activation,
    bias: f64,
    seed: u64,
) -> Result<Network, ExperimentError> {
    let mut rng = toolkit::rng::seeded(seed);
    Network::new(sizes, hidden, bias, &mut rng).map_err(|e| e.to_string())
}

/// The fraction of entries that are exactly 0.
pub fn zero_fraction(a: &Array2<f64>) -> f64 {
    let zeros = a.iter().filter(|v| v.to_bits() == 0).count();
    zeros as f64 / a.len().max(1) as f64
}

// ANCHOR: dead
/// The units (rows of a layer's z, one column per example) whose input is
/// ≤ 0 for every example: a ReLU unit there outputs 0 everywhere, its
/// slope is 0 everywhere, and no gradient reaches its weights.
pub fn count_inactive(z: &Array2<f64>) -> usize {
    let rows = z.rows().into_iter();
    rows.filter(|r| r.iter().all(|&z| z <= 0.0)).count()
}

/// [`count_inactive`] for every hidden layer of `network` on the data `x`.
pub fn dead_per_layer(network: &Network, x: &Array2<f64>) -> Vec<usize> {
    let caches = network.forward(x);
    let hidden = caches.len().saturating_sub(1);
    caches[..hidden]
        .iter()
        .map(|c| count_inactive(&c.z))
        .collect()
}
// ANCHOR_END: dead

/// All hidden layers' dead units together.
pub fn dead_units(network: &Network, x: &Array2<f64>) -> usize {
    dead_per_layer(network, x).iter().sum()
}

/// The size of the gradient reaching the weights and biases of units that
/// are inactive on every example: exactly 0 for ReLU, small for leaky ReLU.
pub fn gradient_into_inactive(
    network: &Network,
    x: &Array2<f64>,
    y: &Array2<f64>,
) -> f64 {
    let caches = network.forward(x);
    let (_, grads) = network.gradients(x, y);
    let hidden = caches.len().saturating_sub(1);
    let mut total = 0.0;
    for (cache, grad) in caches[..hidden].iter().zip(&grads) {
        for (unit, z) in cache.z.rows().into_iter().enumerate() {
            if z.iter().all(|&z| z <= 0.0) {
                let row = grad.dw.row(unit);
                total += row.dot(&row) + grad.db[[unit, 0]].powi(2);
            }
        }
    }
    total.sqrt()
}

// ---------------------------------------------------------------- sparsity

pub const SPARSITY_SIZES: [usize; 5] = [64, 64, 64, 64, 1];
pub const SPARSITY_LR: f64 = 0.05;
pub const SPARSITY_ITERATIONS: usize = 300;

/// Exact zeros per hidden layer, before and after training.
#[derive(Debug, Clone)]
pub struct Sparsity {
    pub activation: Activation,
    pub at_init: Vec<f64>,
    pub trained: Vec<f64>,
    pub accuracy: f64,
}

pub fn sparsity() -> Result<&'static [Sparsity], ExperimentError> {
    static CELL: OnceLock<Result<Vec<Sparsity>, ExperimentError>> =
        OnceLock::new();
    CELL.get_or_init(|| {
        let (x, y) = digits_even_odd()?;
        [Activation::Relu, Activation::Sigmoid]
            .into_iter()
            .map(|g| {
                let mut net = network(&SPARSITY_SIZES, g, 0.0, 1)?;
                let zeros = |net: &Network| -> Vec<f64> {
                    let caches = net.forward(&x);
                    let hidden = caches.len() - 1;
                    caches[..hidden]
                        .iter()
                        .map(|c| zero_fraction(&c.a))
                        .collect()
                };
                let at_init = zeros(&net);
                fit(
                    &mut net,
                    &x,
                    &y,
                    SPARSITY_LR,
                    SPARSITY_ITERATIONS,
                    usize::MAX,
                    |_, _, _| {},
                )?;
                Ok(Sparsity {
                    activation: g,
                    at_init,
                    trained: zeros(&net),
                    accuracy: net.accuracy(&x, &y),
                })
            })
            .collect()
    })
    .as_deref()
    .map_err(Clone::clone)
}

// ------------------------------------------------------------- dead units

pub const DEAD_SIZES: [usize; 4] = [2, 50, 50, 1];
pub const DEAD_ITERATIONS: usize = 3000;
pub const DEAD_EVERY: usize = 50;
/// (learning rate, initial bias of the hidden units).
pub const DEAD_SETTINGS: [(f64, f64); 4] =
    [(0.05, 0.0), (0.3, 0.0), (0.6, 0.0), (0.3, -2.0)];

#[derive(Debug, Clone)]
pub struct DeadRun {
    pub activation: Activation,
    pub lr: f64,
    pub bias: f64,
    /// (iteration, dead hidden units) every DEAD_EVERY iterations.
    pub dead: Vec<(usize, usize)>,
    /// Dead units per hidden layer at the end.
    pub per_layer: Vec<usize>,
    /// [`gradient_into_inactive`] at the end.
    pub inactive_gradient: f64,
    pub accuracy: f64,
    /// Chapter 03's message if the run diverged.
    pub diverged: Option<String>,
}

pub fn dead() -> Result<&'static [DeadRun], ExperimentError> {
    static CELL: OnceLock<Result<Vec<DeadRun>, ExperimentError>> =
        OnceLock::new();
    CELL.get_or_init(|| {
        let (x, y) = flower();
        let mut runs = Vec::new();
        for g in [Activation::Relu, Activation::LeakyRelu] {
            for (lr, bias) in DEAD_SETTINGS {
                let mut net = network(&DEAD_SIZES, g, bias, 3)?;
                let mut dead = Vec::new();
                let outcome = fit(
                    &mut net,
                    &x,
                    &y,
                    lr,
                    DEAD_ITERATIONS,
                    DEAD_EVERY,
                    |i, _, n| {
                        dead.push((i, dead_units(n, &x)));
                    },
                );
                runs.push(DeadRun {
                    activation: g,
                    lr,
                    bias,
                    dead,
                    per_layer: dead_per_layer(&net, &x),
                    inactive_gradient: gradient_into_inactive(&net, &x, &y),
                    accuracy: net.accuracy(&x, &y),
                    diverged: outcome.err(),
                });
            }
        }
        Ok(runs)
    })
    .as_deref()
    .map_err(Clone::clone)
}

// ---------------------------------------------------- vanishing gradients

pub const DEPTHS: std::ops::RangeInclusive<usize> = 2..=10;
pub const DEEP_WIDTH: usize = 32;

/// The sizes of a network with `depth` hidden layers of DEEP_WIDTH units
/// on the 64 digit pixels.
pub fn deep_sizes(depth: usize) -> Vec<usize> {
    let mut sizes = vec![64];
    sizes.extend(std::iter::repeat_n(DEEP_WIDTH, depth));
    sizes.push(1);
    sizes
}

/// One kind of deep network, as the gradient experiment compares them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kind {
    pub label: &'static str,
    /// For table headings.
    pub short: &'static str,
    pub activation: Activation,
    /// Every hidden unit's initial bias: 3 pushes sigmoid inputs to where
    /// the curve is flat (σ'(3) ≈ 0.045, against 0.25 at 0).
    pub bias: f64,
}

pub const KINDS: [Kind; 3] = [
    Kind {
        label: "ReLU, He",
        short: "ReLU, He",
        activation: Activation::Relu,
        bias: 0.0,
    },
    Kind {
        label: "sigmoid, Glorot",
        short: "sigmoid, Glorot",
        activation: Activation::Sigmoid,
        bias: 0.0,
    },
    Kind {
        label: "sigmoid, biases 3 (saturated)",
        short: "sigmoid, biases 3",
        activation: Activation::Sigmoid,
        bias: 3.0,
    },
];

#[derive(Debug, Clone)]
pub struct Vanishing {
    pub kind: Kind,
    /// For each depth: ‖dW‖ (Frobenius) of every layer, input side first,
    /// output layer included, at initialisation.
    pub norms: Vec<(usize, Vec<f64>)>,
    /// For the deepest network: the mean |a| of each hidden layer at
    /// initialisation — the signal, which does not vanish.
    pub signal: Vec<f64>,
}

fn deep_network(
    kind: Kind,
    depth: usize,
    seed: u64,
) -> Result<Network, ExperimentError> {
    network(&deep_sizes(depth), kind.activation, kind.bias, seed)
}

/// ‖dW‖ (Frobenius) of every layer, input side first, of a network of
/// `kind` with `depth` hidden layers, at initialisation, on (X, Y).
pub fn gradient_norms(
    kind: Kind,
    depth: usize,
    x: &Array2<f64>,
    y: &Array2<f64>,
) -> Result<Vec<f64>, ExperimentError> {
    let net = deep_network(kind, depth, VANISHING_SEED)?;
    let (_, grads) = net.gradients(x, y);
    Ok(grads
        .iter()
        .map(|g| g.dw.iter().map(|v| v * v).sum::<f64>().sqrt())
        .collect())
}

/// The seed of every network the gradient experiment draws.
pub const VANISHING_SEED: u64 = 5;

pub fn vanishing() -> Result<&'static [Vanishing], ExperimentError> {
    static CELL: OnceLock<Result<Vec<Vanishing>, ExperimentError>> =
        OnceLock::new();
    CELL.get_or_init(|| {
        let (x, y) = digits_even_odd()?;
        KINDS
            .into_iter()
            .map(|kind| {
                let mut norms = Vec::new();
                for depth in DEPTHS {
                    norms.push((depth, gradient_norms(kind, depth, &x, &y)?));
                }
                let net = deep_network(kind, *DEPTHS.end(), VANISHING_SEED)?;
                let caches = net.forward(&x);
                let hidden = caches.len() - 1;
                let signal = caches[..hidden]
                    .iter()
                    .map(|c| {
                        c.a.iter().map(|v| v.abs()).sum::<f64>()
                            / c.a.len() as f64
                    })
                    .collect();
                Ok(Vanishing {
                    kind,
                    norms,
                    signal,
                })
            })
            .collect()
    })
    .as_deref()
    .map_err(Clone::clone)
}

pub const DEEP_TRAIN_DEPTH: usize = 10;
pub const DEEP_TRAIN_LR: f64 = 0.5;
pub const DEEP_TRAIN_ITERATIONS: usize = 400;
pub const DEEP_TRAIN_EVERY: usize = 10;

#[derive(Debug, Clone)]
pub struct Curve {
    pub kind: Kind,
    pub costs: Vec<(usize, f64)>,
    pub accuracy: f64,
    pub diverged: Option<String>,
}

/// Training curves of the deepest networks, ReLU and sigmoid.
pub fn deep_training() -> Result<&'static [Curve], ExperimentError> {
    static CELL: OnceLock<Result<Vec<Curve>, ExperimentError>> =
        OnceLock::new();
    CELL.get_or_init(|| {
        let (x, y) = digits_even_odd()?;
        KINDS[..2]
            .iter()
            .map(|&kind| {
                let mut net = deep_network(kind, DEEP_TRAIN_DEPTH, 5)?;
                let mut costs = Vec::new();
                let outcome = fit(
                    &mut net,
                    &x,
                    &y,
                    DEEP_TRAIN_LR,
                    DEEP_TRAIN_ITERATIONS,
                    DEEP_TRAIN_EVERY,
                    |i, c, _| {
                        costs.push((i, c));
                    },
                );
                Ok(Curve {
                    kind,
                    costs,
                    accuracy: net.accuracy(&x, &y),
                    diverged: outcome.err(),
                })
            })
            .collect()
    })
    .as_deref()
    .map_err(Clone::clone)
}
