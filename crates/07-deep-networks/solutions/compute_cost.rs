//! **The cost.** Given the output A2 (1, m) and the labels Y (1, m),
//! return J = −(1/m) Σ [y·ln a + (1 − y)·ln(1 − a)], the cross-entropy of
//! chapter 02 averaged over the examples.

use ndarray::Array2;

pub fn compute_cost(a2: &Array2<f64>, y: &Array2<f64>) -> f64 {
    let m = y.len() as f64;
    let total: f64 = a2.iter().zip(y).map(|(&a, &y)| y * a.ln() + (1.0 - y) * (1.0 - a).ln()).sum();
    -total / m
}
