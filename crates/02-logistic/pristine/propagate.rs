//! **propagate**: the cost and its gradient for m examples, with loops.
//!
//! For each example j: z = wᵀx + b, a = σ(z), and by the chain rule
//! dz = a − y, dw = x·dz, db = dz. Average all three over the m examples.
//! Return the gradients and the cost.
//!
//! Shapes as in `cost`; `dw` has the shape of `w`.

use ndarray::Array2;

use crate::model::Gradients;

pub fn propagate(
    w: &Array2<f64>,
    b: f64,
    x: &Array2<f64>,
    y: &Array2<f64>,
) -> (Gradients, f64) {
    todo!()
}
