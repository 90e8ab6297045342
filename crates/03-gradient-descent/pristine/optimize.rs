//! **The training loop** (the course's `optimize`): `iterations` times,
//! compute the cost and gradient with chapter 02's `propagate`, then apply
//! your `update`. Record the cost of every `record_every`-th iteration
//! (iteration 0 first) — the cost *before* that iteration's update.
//!
//! Return the final parameters, the gradients of the last iteration (computed
//! before its update, as the course returns them) and the recorded costs.
//!
//! `Params::propagate(&self, x, y, Loss::CrossEntropy)` returns
//! `Result<(Gradients, f64), ShapeError>`; the shapes here always fit, so
//! `.expect("shapes fit")` is fine.

use logistic::loss::Loss;
use logistic::model::{Gradients, Params};
use ndarray::Array2;

/// What `optimize` returns.
#[derive(Debug, Clone, PartialEq)]
pub struct Optimized {
    pub params: Params,
    pub last_gradients: Gradients,
    pub costs: Vec<f64>,
}

pub fn optimize(
    params: Params,
    x: &Array2<f64>,
    y: &Array2<f64>,
    iterations: usize,
    learning_rate: f64,
    record_every: usize,
) -> Optimized {
    let _ = Loss::CrossEntropy; // you will need it
    todo!()
}
