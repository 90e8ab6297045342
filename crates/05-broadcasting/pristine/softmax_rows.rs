//! **Softmax over rows**: each row x becomes e^(xⱼ) / Σₖ e^(xₖ) — positive
//! numbers summing to 1. Use broadcasting for the division (the row sums as
//! an (n, 1) column), and make it safe for large inputs: e^1000 is infinite
//! in f64, so a row like [1000, 0] must not produce NaN.
//!
//! [[9, 2, 5, 0, 0], [7, 5, 0, 0, 0]] gives
//! [[0.980898, 0.000894, 0.017966, 0.000121, 0.000121],
//!  [0.878680, 0.118916, 0.000801, 0.000801, 0.000801]].

use ndarray::Array2;

pub fn softmax_rows(x: &Array2<f64>) -> Array2<f64> {
    todo!()
}
