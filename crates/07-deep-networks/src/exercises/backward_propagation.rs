//! **Week 3's backward pass.** From the forward pass's values, return the
//! gradient of the cost with respect to every parameter:
//!
//! - dZ2 = A2 − Y, dW2 = dZ2·A1ᵀ / m, db2 = the row sums of dZ2 / m;
//! - dZ1 = (W2ᵀ·dZ2) ⊙ (1 − A1²) — tanh's slope, from its output;
//! - dW1 = dZ1·Xᵀ / m, db1 = the row sums of dZ1 / m.
//!
//! The tests check every entry with chapter 01's gradient checker.

use ndarray::Array2;

use crate::shallow::{Shallow, ShallowCache, ShallowGrads};

pub fn backward_propagation(
    params: &Shallow,
    cache: &ShallowCache,
    x: &Array2<f64>,
    y: &Array2<f64>,
) -> ShallowGrads {
    todo!()
}
