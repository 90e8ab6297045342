//! How large the first weights are: the course's × 0.01, × 1 and × 10, the
//! flower network otherwise as the course trains it.

use std::sync::OnceLock;

use relu_vs_sigmoid::activation::Activation;
use relu_vs_sigmoid::flower::flower;

use super::{ExperimentError, LR, once, train};
use crate::course::{FLOWER_ITERATIONS, FLOWER_SEED, network};
use crate::init::Init;
use crate::network::{accuracy, model_backward, model_forward};

pub const HIDDEN_UNITS: usize = 4;
pub const SCALES: [f64; 3] = [0.01, 1.0, 10.0];
pub const EVERY: usize = 10;
/// A tanh unit counts as saturated where |a| is above this: its slope
/// 1 − a² is then below 0.02.
pub const SATURATED: f64 = 0.99;

#[derive(Debug, Clone)]
pub struct ScaleRun {
    pub scale: f64,
    /// The share of hidden activations (units × points) that are saturated
    /// at the start.
    pub saturated: f64,
    /// ‖dW^[1]‖ at the start.
    pub first_gradient: f64,
    pub costs: Vec<(usize, f64)>,
    pub accuracy: f64,
}

pub fn init_scales() -> Result<&'static [ScaleRun], ExperimentError> {
    static CELL: OnceLock<Result<Vec<ScaleRun>, ExperimentError>> =
        OnceLock::new();
    once(&CELL, || {
        let (x, y) = flower();
        SCALES
            .into_iter()
            .map(|scale| {
                let start = network(
                    &[2, HIDDEN_UNITS, 1],
                    Activation::Tanh,
                    Init::Scaled(scale),
                    FLOWER_SEED,
                );
                let forward = model_forward(&start, &x);
                let hidden = &forward.a[0];
                let saturated =
                    hidden.iter().filter(|a| a.abs() > SATURATED).count()
                        as f64
                        / hidden.len() as f64;
                let grads = model_backward(&start, &x, &y, &forward);
                let first_gradient =
                    grads[0].dw.iter().map(|g| g * g).sum::<f64>().sqrt();
                let run = train(start, (&x, &y), LR, FLOWER_ITERATIONS, EVERY)?;
                Ok(ScaleRun {
                    scale,
                    saturated,
                    first_gradient,
                    accuracy: accuracy(&run.network, &x, &y),
                    costs: run.costs,
                })
            })
            .collect()
    })
    .map(Vec::as_slice)
}
