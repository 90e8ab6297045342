//! The hidden layer's activation, everything else as the course sets it:
//! no activation at all (the layer is linear), the sigmoid, tanh, ReLU.

use std::sync::OnceLock;

use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::flower::flower;
use relu_vs_sigmoid::network::Network;

use super::{ExperimentError, LR, flower_network, once, train};
use crate::course::FLOWER_ITERATIONS;
use crate::network::{accuracy, model_forward};

pub const HIDDEN_UNITS: usize = 4;
pub const ACTIVATIONS: [Activation; 4] = [
    Activation::Linear,
    Activation::Sigmoid,
    Activation::Tanh,
    Activation::Relu,
];
/// The cost is noted this often, for the curves.
pub const EVERY: usize = 50;

#[derive(Debug, Clone)]
pub struct ActivationRun {
    pub activation: Activation,
    pub network: Network,
    pub costs: Vec<(usize, f64)>,
    pub accuracy: f64,
    /// The mean hidden activation over units and points, at the start and
    /// at the end: how far from zero-centred the next layer's input is.
    pub mean_start: f64,
    pub mean_end: f64,
}

pub fn activations() -> Result<&'static [ActivationRun], ExperimentError> {
    static CELL: OnceLock<Result<Vec<ActivationRun>, ExperimentError>> =
        OnceLock::new();
    once(&CELL, || {
        let (x, y) = flower();
        let mean_hidden = |net: &Network| {
            model_forward(net, &x).a[0].mean().unwrap_or(f64::NAN)
        };
        ACTIVATIONS
            .into_iter()
            .map(|activation| {
                let start = flower_network(HIDDEN_UNITS, activation);
                let mean_start = mean_hidden(&start);
                let run = train(start, (&x, &y), LR, FLOWER_ITERATIONS, EVERY)?;
                Ok(ActivationRun {
                    activation,
                    mean_start,
                    mean_end: mean_hidden(&run.network),
                    accuracy: accuracy(&run.network, &x, &y),
                    network: run.network,
                    costs: run.costs,
                })
            })
            .collect()
    })
    .map(Vec::as_slice)
}

/// The cost of a run at iteration `i` (the last noted at or before it).
pub fn cost_at(costs: &[(usize, f64)], i: usize) -> f64 {
    costs
        .iter()
        .take_while(|c| c.0 <= i)
        .last()
        .map_or(f64::NAN, |c| c.1)
}

#[cfg(test)]
mod tests {
    use ndarray::Array2;
    use relu_vs_sigmoid::network::Layer;
    use toolkit::numpy_legacy::NumpyLegacy;

    use super::*;

    // ANCHOR: collapse
    #[test]
    fn two_linear_layers_are_one() {
        let mut rng = NumpyLegacy::seed(5);
        let layer = |rng: &mut NumpyLegacy, n_out, n_in| Layer {
            w: rng.randn(n_out, n_in),
            b: rng.randn(n_out, 1),
            activation: Activation::Linear,
        };
        let (first, second) = (layer(&mut rng, 6, 3), layer(&mut rng, 2, 6));
        let x = rng.randn(3, 50);
        let two = Network {
            layers: vec![first.clone(), second.clone()],
        };
        let through_both = model_forward(&two, &x).a[1].clone();
        // W = W2·W1 and b = W2·b1 + b2: one layer, the same function.
        let w = second.w.dot(&first.w);
        let b = second.w.dot(&first.b) + &second.b;
        let one: Array2<f64> = w.dot(&x) + &b;
        let gap = (&through_both - &one)
            .mapv(f64::abs)
            .fold(0.0, |m: f64, &v| m.max(v));
        assert!(gap < 1e-12, "largest difference {gap:e}");
    }
    // ANCHOR_END: collapse
}
