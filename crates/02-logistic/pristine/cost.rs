//! The **cost** J(w, b): the mean loss over the m examples, with loops.
//!
//! `w` is a column (n_x, 1), `x` is (n_x, m) with one example per column,
//! `y` is (1, m). The shapes fit; you need not check them. Use your `loss`
//! (`super::loss`), which takes z.

use ndarray::Array2;

pub fn cost(w: &Array2<f64>, b: f64, x: &Array2<f64>, y: &Array2<f64>) -> f64 {
    todo!()
}
