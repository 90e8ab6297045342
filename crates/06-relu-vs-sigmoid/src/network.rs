//! An L-layer fully connected network for binary classification: hidden
//! layers with a chosen activation, one sigmoid output unit, chapter 02's
//! cross-entropy cost, and chapter 03's gradient descent.

use std::error::Error;
use std::fmt;

use gradient_descent::descent::Objective;
use logistic::loss::{loss, sigmoid};
use ndarray::{Array2, Axis};
use rand_distr::{Distribution, StandardNormal};

use crate::activation::Activation;

/// One layer: z = W·a_prev + b, a = g(z). W is (n_out, n_in), b is (n_out, 1).
#[derive(Debug, Clone, PartialEq)]
pub struct Layer {
    pub w: Array2<f64>,
    pub b: Array2<f64>,
    pub activation: Activation,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    /// Hidden layers first; the last layer is the sigmoid output unit.
    pub layers: Vec<Layer>,
}

/// What the forward pass keeps for the backward pass: each layer's z and a.
#[derive(Debug, Clone)]
pub struct Cache {
    pub z: Array2<f64>,
    pub a: Array2<f64>,
}

/// One layer's share of the gradient.
#[derive(Debug, Clone, PartialEq)]
pub struct Gradient {
    pub dw: Array2<f64>,
    pub db: Array2<f64>,
}

/// A layer list the network cannot be built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayersError {
    TooFew(usize),
    Zero(usize),
    Output(usize),
    Input { layers: usize, features: usize },
}

impl fmt::Display for LayersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayersError::TooFew(n) => write!(
                f,
                "--layers needs at least an input and an output size, got {n} \
                 size(s)"
            ),
            LayersError::Zero(i) => {
                write!(
                    f,
                    "--layers: size {} is 0; every layer needs a unit",
                    i + 1
                )
            }
            LayersError::Output(n) => write!(
                f,
                "--layers must end in 1 (one sigmoid output unit), not {n}"
            ),
            LayersError::Input { layers, features } => write!(
                f,
                "--layers starts with {layers} inputs but the data has \
                 {features} features"
            ),
        }
    }
}

impl Error for LayersError {}

/// Checks a layer list: at least two sizes, none zero, ending in 1.
/// The bytes training a network of `sizes` on `m` examples takes at the
/// most: its weights and biases three times over (the parameters, their
/// gradients, a copy while checking), and for every layer Z, A, dZ and dA
/// for every example. `None` if that is too many to count.
pub fn memory_need(sizes: &[usize], m: usize) -> Option<u64> {
    let as_u64 = |n: usize| u64::try_from(n).ok();
    let mut parameters: u64 = 0;
    let mut units: u64 = 0;
    for pair in sizes.windows(2) {
        let weights =
            as_u64(pair[1])?.checked_mul(as_u64(pair[0])?.checked_add(1)?)?;
        parameters = parameters.checked_add(weights)?;
        units = units.checked_add(as_u64(pair[1])?)?;
    }
    let values = parameters
        .checked_mul(3)?
        .checked_add(units.checked_mul(as_u64(m)?)?.checked_mul(4)?)?;
    toolkit::memory::of_f64s(Some(values))
}

pub fn check_sizes(sizes: &[usize]) -> Result<(), LayersError> {
    if sizes.len() < 2 {
        return Err(LayersError::TooFew(sizes.len()));
    }
    if let Some(i) = sizes.iter().position(|&s| s == 0) {
        return Err(LayersError::Zero(i));
    }
    match sizes.last() {
        Some(1) => Ok(()),
        Some(&n) => Err(LayersError::Output(n)),
        None => Err(LayersError::TooFew(0)),
    }
}

impl Network {
    /// Random weights with the activation's matching scale (He or Glorot),
    /// every bias `bias`; the output unit gets Glorot weights and bias 0.
    pub fn new(
        sizes: &[usize],
        hidden: Activation,
        bias: f64,
        rng: &mut toolkit::rng::Rng,
    ) -> Result<Network, LayersError> {
        check_sizes(sizes)?;
        let last = sizes.len() - 2;
        let layers = sizes
            .windows(2)
            .enumerate()
            .map(|(l, pair)| {
                let (n_in, n_out) = (pair[0], pair[1]);
                let activation = if l == last {
                    Activation::Sigmoid
                } else {
                    hidden
                };
                let scale = activation.init_scale(n_in, n_out);
                let w = Array2::from_shape_fn((n_out, n_in), |_| {
                    let g: f64 = StandardNormal.sample(rng);
                    g * scale
                });
                let b = if l == last { 0.0 } else { bias };
                Layer {
                    w,
                    b: Array2::from_elem((n_out, 1), b),
                    activation,
                }
            })
            .collect();
        Ok(Network { layers })
    }

    pub fn inputs(&self) -> usize {
        self.layers.first().map_or(0, |l| l.w.ncols())
    }

    // ANCHOR: forward
    /// Every layer's z and a for the examples in the columns of `x`.
    pub fn forward(&self, x: &Array2<f64>) -> Vec<Cache> {
        let mut caches: Vec<Cache> = Vec::with_capacity(self.layers.len());
        for layer in &self.layers {
            let input = caches.last().map_or(x, |c| &c.a);
            let z = layer.w.dot(input) + &layer.b; // b: (n, 1), broadcast
            let a = z.mapv(|z| layer.activation.apply(z));
            caches.push(Cache { z, a });
        }
        caches
    }
    // ANCHOR_END: forward

    /// The cross-entropy cost, from the output's z (chapter 02's stable
    /// form), and each layer's gradient.
    pub fn gradients(
        &self,
        x: &Array2<f64>,
        y: &Array2<f64>,
    ) -> (f64, Vec<Gradient>) {
        let caches = self.forward(x);
        let m = x.ncols() as f64;
        let Some(out) = caches.last() else {
            return (f64::NAN, Vec::new());
        };
        let cost = cross_entropy(&out.z, y);
        // ANCHOR: backward
        // Output: with a sigmoid and cross-entropy, dJ/dz = a − y.
        let mut dz = &out.a - y;
        let mut grads = Vec::with_capacity(self.layers.len());
        for l in (0..self.layers.len()).rev() {
            let a_prev = if l == 0 { x } else { &caches[l - 1].a };
            grads.push(Gradient {
                dw: dz.dot(&a_prev.t()) / m,
                db: dz.sum_axis(Axis(1)).insert_axis(Axis(1)) / m,
            });
            if l > 0 {
                // Back through W, then through the previous layer's g.
                let da = self.layers[l].w.t().dot(&dz);
                let g = self.layers[l - 1].activation;
                dz = da * caches[l - 1].z.mapv(|z| g.derivative(z));
            }
        }
        // ANCHOR_END: backward
        grads.reverse();
        (cost, grads)
    }

    pub fn cost(&self, x: &Array2<f64>, y: &Array2<f64>) -> f64 {
        let caches = self.forward(x);
        caches
            .last()
            .map_or(f64::NAN, |out| cross_entropy(&out.z, y))
    }

    /// Predicted probabilities, (1, m).
    pub fn probabilities(&self, x: &Array2<f64>) -> Array2<f64> {
        let caches = self.forward(x);
        caches.last().map_or_else(
            || Array2::zeros((1, x.ncols())),
            |c| c.z.mapv(sigmoid),
        )
    }

    /// The fraction of examples whose prediction (probability > 1/2)
    /// matches the label.
    pub fn accuracy(&self, x: &Array2<f64>, y: &Array2<f64>) -> f64 {
        correct(&self.probabilities(x), y) as f64 / x.ncols().max(1) as f64
    }

    /// All parameters as one vector: W₁ (row by row), b₁, W₂, b₂, …
    pub fn params(&self) -> Vec<f64> {
        self.layers
            .iter()
            .flat_map(|l| l.w.iter().chain(l.b.iter()).copied())
            .collect()
    }

    /// The inverse of [`Network::params`]; `theta` must have the same length.
    pub fn set_params(&mut self, theta: &[f64]) {
        let mut values = theta.iter().copied();
        for layer in &mut self.layers {
            for v in layer.w.iter_mut().chain(layer.b.iter_mut()) {
                *v = values.next().unwrap_or(f64::NAN);
            }
        }
    }

    /// Gradients in the order of [`Network::params`].
    pub fn flatten(grads: &[Gradient]) -> Vec<f64> {
        grads
            .iter()
            .flat_map(|g| g.dw.iter().chain(g.db.iter()).copied())
            .collect()
    }
}

/// How many examples are on the right side of 1/2: probability (or
/// prediction) above 1/2 where the label is 1, at most 1/2 where it is 0.
pub fn correct(p: &Array2<f64>, y: &Array2<f64>) -> usize {
    p.iter()
        .zip(y)
        .filter(|&(&p, &y)| (p > 0.5) == (y > 0.5))
        .count()
}

/// Chapter 02's cost, the mean stable loss, from the output unit's z.
pub fn cross_entropy(z: &Array2<f64>, y: &Array2<f64>) -> f64 {
    let total: f64 = z.iter().zip(y).map(|(&z, &y)| loss(z, y)).sum();
    total / z.len().max(1) as f64
}

/// A network's cost over fixed data, as chapter 03's gradient descent sees
/// it: θ is [`Network::params`].
#[derive(Debug, Clone)]
pub struct NetworkObjective {
    pub network: Network,
    pub x: Array2<f64>,
    pub y: Array2<f64>,
}

impl Objective for NetworkObjective {
    fn cost_and_gradient(
        &self,
        theta: &[f64],
    ) -> Result<(f64, Vec<f64>), Box<dyn Error + Send + Sync>> {
        let mut net = self.network.clone();
        net.set_params(theta);
        let (cost, grads) = net.gradients(&self.x, &self.y);
        Ok((cost, Network::flatten(&grads)))
    }
}
