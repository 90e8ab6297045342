//! **A dense layer's backward pass.** The layer computed Z = W·A_prev + b
//! for m examples (one per column): W is (n, n_prev), A_prev is
//! (n_prev, m), b is (n, 1). You are given dZ = ∂L/∂Z, one column per
//! example. Return, in the course's convention,
//!
//! - dW = dZ·A_prevᵀ / m (n, n_prev): the average over the examples,
//! - db = the mean of dZ over the examples (n, 1),
//! - dA_prev = Wᵀ·dZ (n_prev, m): what the layer before receives.
//!
//! The tests check all three with chapter 01's gradient checker.

use ndarray::Array2;

pub fn dense_backward(
    dz: &Array2<f64>,
    a_prev: &Array2<f64>,
    w: &Array2<f64>,
) -> (Array2<f64>, Array2<f64>, Array2<f64>) {
    todo!()
}
