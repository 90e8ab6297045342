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
    use ndarray::Axis;
    let m = x.ncols() as f64;
    let row_sums = |d: &Array2<f64>| d.sum_axis(Axis(1)).insert_axis(Axis(1)) / m;
    let dz2 = &cache.a2 - y;
    let dw2 = dz2.dot(&cache.a1.t()) / m;
    let db2 = row_sums(&dz2);
    let dz1 = params.w2.t().dot(&dz2) * cache.a1.mapv(|a| 1.0 - a * a);
    let dw1 = dz1.dot(&x.t()) / m;
    let db1 = row_sums(&dz1);
    ShallowGrads { dw1, db1, dw2, db2 }
}
