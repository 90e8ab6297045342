//! **Back through a layer's linear part.** Given dZ (n, m) for
//! Z = W·A_prev + b, return (dA_prev, dW, db):
//!
//! - dW = dZ·A_prevᵀ / m, the shape of W;
//! - db = the row sums of dZ / m, the shape of b;
//! - dA_prev = Wᵀ·dZ, the shape of A_prev: what the layer before receives.

use ndarray::Array2;

pub fn linear_backward(
    dz: &Array2<f64>,
    a_prev: &Array2<f64>,
    w: &Array2<f64>,
) -> (Array2<f64>, Array2<f64>, Array2<f64>) {
    let m = dz.ncols() as f64;
    let dw = dz.dot(&a_prev.t()) / m;
    let db = dz.sum_axis(ndarray::Axis(1)).insert_axis(ndarray::Axis(1)) / m;
    (w.t().dot(dz), dw, db)
}
