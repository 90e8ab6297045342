//! **Predict** with learned (w, b): for every column of `x`, 1 if
//! ŷ = σ(wᵀx + b) is greater than 0.5, else 0. Return a (1, m) array.

use ndarray::Array2;

pub fn predict(w: &Array2<f64>, b: f64, x: &Array2<f64>) -> Array2<f64> {
    todo!()
}
