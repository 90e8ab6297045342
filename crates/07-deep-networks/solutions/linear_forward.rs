//! **A layer's linear part.** Z = W·A_prev + b, with W (n, n_prev),
//! A_prev (n_prev, m) and b (n, 1): b is added to each of the m columns.

use ndarray::Array2;

pub fn linear_forward(a_prev: &Array2<f64>, w: &Array2<f64>, b: &Array2<f64>) -> Array2<f64> {
    w.dot(a_prev) + b
}
