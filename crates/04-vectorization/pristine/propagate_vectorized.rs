//! **Vectorized propagate** with ndarray, no loop over examples:
//!
//! Z = wᵀX + b,  A = σ(Z),  J = mean of the losses,  dZ = A − Y,
//! dw = X·dZᵀ / m,  db = mean(dZ)
//!
//! `w` is (n_x, 1), `x` is (n_x, m), `y` is (1, m). Compute the cost from Z
//! with chapter 02's stable `logistic::loss::loss(z, y)` (use `Zip` or zip
//! the iterators), and σ with `logistic::loss::sigmoid`. Return (dw, db, J).

use ndarray::Array2;

pub fn propagate_vectorized(
    w: &Array2<f64>,
    b: f64,
    x: &Array2<f64>,
    y: &Array2<f64>,
) -> (Array2<f64>, f64, f64) {
    todo!()
}
