//! **Week 3's forward pass.** For the examples in the columns of X:
//! Z1 = W1·X + b1, A1 = tanh(Z1), Z2 = W2·A1 + b2, A2 = σ(Z2). Return all
//! four: the backward pass needs them.

use ndarray::Array2;

use crate::shallow::{Shallow, ShallowCache};

pub fn forward_propagation(x: &Array2<f64>, params: &Shallow) -> ShallowCache {
    todo!()
}
